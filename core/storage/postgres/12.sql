-- Version 12 (a team's alone): the history reads a recorded row's camp and
-- id from the row's own columns. A million-message chat import writes some
-- 93,000 check-ins in one statement, and recording them took 1.5 s of the
-- import's 10: campdesk_record read each row's camp and id back out of its
-- JSON, and read every row a second time for the camps to notify. Now one
-- statement per trigger writes the entries and notifies the camps of the
-- entries it wrote; the entries are the same as before, in the same order.
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
