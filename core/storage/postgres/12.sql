-- Version 12 (a team's alone): the history reads a recorded row's camp and
-- id from the row's own columns, and the checks of parents plan their query
-- for each statement (at the end of this step).
--
-- A million-message chat import writes some 93,000 check-ins in one
-- statement, and recording them took 1.5 s of the import's 10:
-- campdesk_record read each row's camp and id back out of its JSON, and
-- read every row a second time for the camps to notify. Now one statement
-- per trigger writes the entries and notifies the camps of the entries it
-- wrote; the entries are the same as before, in the same order.
-- (campdesk_record stays, for the per-row updates of tables without an id.)

-- Whether a table has a column of that name (rows of the workspace's
-- settings, for one, have no id).
CREATE FUNCTION campdesk_has_column(target regclass, column_name name) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM pg_attribute a
                   WHERE a.attrelid = target AND a.attname = column_name AND a.attnum > 0 AND NOT a.attisdropped)
$$;

-- How a recorded row r of the table gives its camp and its id, as SQL: what
-- campdesk_camp_of and the JSON's id give for the same row.
CREATE FUNCTION campdesk_row_keys(target regclass, table_name name, OUT camp text, OUT id text) LANGUAGE sql STABLE
    AS $$
    SELECT CASE WHEN table_name = 'camps' THEN 'r.id::bigint'
                WHEN campdesk_has_column(target, 'camp_id') THEN 'r.camp_id::bigint'
                ELSE 'NULL::bigint' END,
           CASE WHEN campdesk_has_column(target, 'id') THEN 'r.id::bigint' ELSE 'NULL::bigint' END
$$;

-- The statement that records a statement's rows, from its transition
-- tables (which only the trigger's own function sees, so it runs this):
-- rows_clause is a FROM clause naming each recorded row r (and, for an
-- update, its row before as o), rest_clause what follows it (which entries,
-- in which order). $1 is the table's name and $2 the change. The camps of
-- the entries written are notified, as campdesk_record does.
CREATE FUNCTION campdesk_history_statement(target regclass, table_name name, before_row text, after_row text,
                                           rows_clause text, rest_clause text) RETURNS text
    LANGUAGE plpgsql STABLE SET search_path FROM CURRENT AS $$
DECLARE
    keys record := campdesk_row_keys(target, table_name);
BEGIN
    RETURN format('WITH entries AS (INSERT INTO campdesk_history (camp_id, table_name, action, row_id, before, after) SELECT %s, $1, $2, %s, %s, %s FROM %s %s RETURNING camp_id) SELECT pg_notify(''campdesk_changes'', current_schema() || '' '' || coalesce(c.camp_id::text, '''') || '' '' || $1) FROM (SELECT DISTINCT camp_id FROM entries) AS c',
                  keys.camp, keys.id, before_row, after_row, rows_clause, rest_clause);
END
$$;

CREATE OR REPLACE FUNCTION campdesk_record_rows() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        EXECUTE campdesk_history_statement(TG_RELID, TG_TABLE_NAME, 'NULL::jsonb', 'to_jsonb(r)',
                                           'campdesk_new_rows r', '') USING TG_TABLE_NAME, 'insert';
    ELSE
        EXECUTE campdesk_history_statement(TG_RELID, TG_TABLE_NAME, 'to_jsonb(r)', 'NULL::jsonb',
                                           'campdesk_old_rows r', '') USING TG_TABLE_NAME, 'delete';
    END IF;
    RETURN NULL;
END
$$;

-- An update's rows are paired by id (see 10.sql), and a row whose only
-- change is participation_revision is no operator's change.
CREATE OR REPLACE FUNCTION campdesk_record_updates() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
BEGIN
    IF (SELECT count(*) FROM campdesk_old_rows o JOIN campdesk_new_rows n ON n.id = o.id)
           <> (SELECT count(*) FROM campdesk_old_rows) THEN
        RAISE EXCEPTION 'an update of % changed the id of a row, which its history cannot follow', TG_TABLE_NAME
            USING ERRCODE = 'feature_not_supported';
    END IF;
    EXECUTE campdesk_history_statement(TG_RELID, TG_TABLE_NAME, 'to_jsonb(o)', 'to_jsonb(r)',
                                       'campdesk_old_rows o JOIN campdesk_new_rows r ON r.id = o.id',
                                       'WHERE (to_jsonb(o) - ''participation_revision'') IS DISTINCT FROM (to_jsonb(r) - ''participation_revision'') ORDER BY r.id')
        USING TG_TABLE_NAME, 'update';
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION campdesk_record_updates_of(target regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('DROP TRIGGER IF EXISTS campdesk_history_updates ON %s', target);
    IF campdesk_has_column(target, 'id') THEN
        EXECUTE format('CREATE TRIGGER campdesk_history_updates AFTER UPDATE ON %s REFERENCING OLD TABLE AS campdesk_old_rows NEW TABLE AS campdesk_new_rows FOR EACH STATEMENT EXECUTE FUNCTION campdesk_record_updates()', target);
    ELSE
        EXECUTE format('CREATE TRIGGER campdesk_history_updates AFTER UPDATE ON %s FOR EACH ROW EXECUTE FUNCTION campdesk_record_update()', target);
    END IF;
END
$$;

-- The checks of a statement's parents (7.sql, 10.sql) plan their query for
-- the statement's own rows. PL/pgSQL keeps a query's plan for the session,
-- made for the transition table of the first statement it checked: after a
-- move of a few thousand messages, a session moved every later batch of
-- 53,000 with that plan, in 1.6 s instead of 0.3 s (a million-message
-- import took 39 s instead of 9). EXECUTE plans each time, which costs a
-- millisecond.
CREATE OR REPLACE FUNCTION campdesk_messages_have_parents() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    named bigint;
    found bigint;
BEGIN
    EXECUTE 'WITH parents AS MATERIALIZED (SELECT DISTINCT camp_id, import_id, identity_id FROM campdesk_written),
                  camps_named AS (SELECT DISTINCT camp_id AS id FROM parents),
                  imports_named AS (SELECT DISTINCT import_id AS id FROM parents),
                  identities_named AS (SELECT DISTINCT identity_id AS id FROM parents WHERE identity_id IS NOT NULL),
                  camps_found AS (SELECT id FROM camps WHERE id IN (SELECT id FROM camps_named) FOR KEY SHARE),
                  imports_found AS (SELECT id FROM chat_imports WHERE id IN (SELECT id FROM imports_named) FOR KEY SHARE),
                  identities_found AS (SELECT id FROM chat_identities WHERE id IN (SELECT id FROM identities_named)
                                       FOR KEY SHARE)
             SELECT (SELECT count(*) FROM camps_named) + (SELECT count(*) FROM imports_named)
                        + (SELECT count(*) FROM identities_named),
                    (SELECT count(*) FROM camps_found) + (SELECT count(*) FROM imports_found)
                        + (SELECT count(*) FROM identities_found)'
        INTO named, found;
    IF found < named THEN
        RAISE foreign_key_violation
            USING MESSAGE = 'a chat message names a camp, chat import or chat identity that does not exist';
    END IF;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION campdesk_check_ins_have_parents() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
DECLARE
    named bigint;
    found bigint;
BEGIN
    EXECUTE 'WITH parents AS MATERIALIZED (SELECT DISTINCT camp_id, person_id, activity_id, import_id FROM campdesk_written),
                  camps_named AS (SELECT DISTINCT camp_id AS id FROM parents),
                  people_named AS (SELECT DISTINCT person_id AS id FROM parents),
                  activities_named AS (SELECT DISTINCT activity_id AS id FROM parents WHERE activity_id IS NOT NULL),
                  imports_named AS (SELECT DISTINCT import_id AS id FROM parents WHERE import_id IS NOT NULL),
                  camps_found AS (SELECT id FROM camps WHERE id IN (SELECT id FROM camps_named) FOR KEY SHARE),
                  people_found AS (SELECT id FROM people WHERE id IN (SELECT id FROM people_named) FOR KEY SHARE),
                  activities_found AS (SELECT id FROM activities WHERE id IN (SELECT id FROM activities_named) FOR KEY SHARE),
                  imports_found AS (SELECT id FROM chat_imports WHERE id IN (SELECT id FROM imports_named) FOR KEY SHARE)
             SELECT (SELECT count(*) FROM camps_named) + (SELECT count(*) FROM people_named)
                        + (SELECT count(*) FROM activities_named) + (SELECT count(*) FROM imports_named),
                    (SELECT count(*) FROM camps_found) + (SELECT count(*) FROM people_found)
                        + (SELECT count(*) FROM activities_found) + (SELECT count(*) FROM imports_found)'
        INTO named, found;
    IF found < named THEN
        RAISE foreign_key_violation
            USING MESSAGE = 'a check-in names a camp, person, activity or chat import that does not exist';
    END IF;
    RETURN NULL;
END
$$;

-- CREATE OR REPLACE sets a function's search path anew: pin every one
-- again, the new ones with them (9.sql).
SELECT campdesk_pin_search_path();
