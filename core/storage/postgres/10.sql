-- Version 10, a team workspace's only: two kinds of work the server did
-- row by row, now done once per statement, as an import writes thousands
-- of rows in one statement. Nothing a workspace holds or means changes.

-- Updates recorded once per statement: an import's decisions about five
-- thousand senders, or its five thousand members' joins, called
-- campdesk_record_update once a row (about 0.5 s each time). A table with
-- an id pairs each row before with the row after by it; the three without
-- one (campdesk_operators, name_aliases, workspace_settings) keep the
-- trigger for each row. CampDesk never changes an id; a statement that
-- does is refused rather than recorded wrongly.
CREATE FUNCTION campdesk_record_updates() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
DECLARE
    paired bigint;
    befores jsonb[];
    afters jsonb[];
BEGIN
    SELECT count(*), array_agg(p.before ORDER BY p.id) FILTER (WHERE p.changed),
           array_agg(p.after ORDER BY p.id) FILTER (WHERE p.changed)
      INTO paired, befores, afters
      FROM (SELECT o.id, to_jsonb(o) AS before, to_jsonb(n) AS after,
                   (to_jsonb(o) - 'participation_revision') IS DISTINCT FROM (to_jsonb(n) - 'participation_revision') AS changed
            FROM campdesk_old_rows o JOIN campdesk_new_rows n ON n.id = o.id) AS p;
    IF paired <> (SELECT count(*) FROM campdesk_old_rows) THEN
        RAISE EXCEPTION 'an update of % changed the id of a row, which its history cannot follow', TG_TABLE_NAME
            USING ERRCODE = 'feature_not_supported';
    END IF;
    IF befores IS NOT NULL THEN
        PERFORM campdesk_record(TG_TABLE_NAME, 'update', befores, afters);
    END IF;
    RETURN NULL;
END
$$;

-- The update trigger of a recorded table: once per statement where rows
-- have an id, else once per row.
CREATE FUNCTION campdesk_record_updates_of(target regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('DROP TRIGGER IF EXISTS campdesk_history_updates ON %s', target);
    IF EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = target AND a.attname = 'id' AND NOT a.attisdropped) THEN
        EXECUTE format('CREATE TRIGGER campdesk_history_updates AFTER UPDATE ON %s REFERENCING OLD TABLE AS campdesk_old_rows NEW TABLE AS campdesk_new_rows FOR EACH STATEMENT EXECUTE FUNCTION campdesk_record_updates()', target);
    ELSE
        EXECUTE format('CREATE TRIGGER campdesk_history_updates AFTER UPDATE ON %s FOR EACH ROW EXECUTE FUNCTION campdesk_record_update()', target);
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION campdesk_record_history_of(target regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('CREATE TRIGGER campdesk_history_inserts AFTER INSERT ON %s REFERENCING NEW TABLE AS campdesk_new_rows FOR EACH STATEMENT EXECUTE FUNCTION campdesk_record_rows()', target);
    EXECUTE format('CREATE TRIGGER campdesk_history_deletions AFTER DELETE ON %s REFERENCING OLD TABLE AS campdesk_old_rows FOR EACH STATEMENT EXECUTE FUNCTION campdesk_record_rows()', target);
    PERFORM campdesk_record_updates_of(target);
END
$$;

SELECT campdesk_record_updates_of(c.oid) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname <> ALL (campdesk_unrecorded_tables());

-- check_ins' four parents are checked once per statement, as chat_messages'
-- are (7.sql): an import writes its tens of thousands of check-ins in one
-- statement, and their foreign keys' checks, a query per row and key, took
-- 1.5 s of a million-message import. These triggers do what the keys did
-- (camp, person, activity and chat import, each ON DELETE CASCADE), and
-- what a workspace file's keys still do. They run as the tables' owner, as
-- the keys' checks did: the crew records check-ins but may not lock people
-- or activities, and an assistant of one camp who deletes a person takes
-- that person's check-ins in every camp, rows they do not see.
ALTER TABLE check_ins DROP CONSTRAINT check_ins_camp_id_fkey, DROP CONSTRAINT check_ins_person_id_fkey,
    DROP CONSTRAINT check_ins_activity_id_fkey, DROP CONSTRAINT check_ins_import_id_fkey;

CREATE FUNCTION campdesk_check_ins_have_parents() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
DECLARE
    named bigint;
    found bigint;
BEGIN
    WITH parents AS MATERIALIZED (SELECT DISTINCT camp_id, person_id, activity_id, import_id FROM campdesk_written),
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
               + (SELECT count(*) FROM activities_found) + (SELECT count(*) FROM imports_found)
      INTO named, found;
    IF found < named THEN
        RAISE foreign_key_violation
            USING MESSAGE = 'a check-in names a camp, person, activity or chat import that does not exist';
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER check_ins_inserted_have_parents AFTER INSERT ON check_ins
    REFERENCING NEW TABLE AS campdesk_written FOR EACH STATEMENT EXECUTE FUNCTION campdesk_check_ins_have_parents();

CREATE TRIGGER check_ins_updated_have_parents AFTER UPDATE ON check_ins
    REFERENCING NEW TABLE AS campdesk_written FOR EACH STATEMENT EXECUTE FUNCTION campdesk_check_ins_have_parents();

-- The rows of the table TG_ARGV[0] whose column TG_ARGV[1] names a row this
-- statement deleted: a parent takes its check-ins and messages with it.
-- It runs as the tables' owner, as the keys' cascades did: a person's
-- check-ins in camps their deleter does not see go too.
CREATE FUNCTION campdesk_children_go_with_parent() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
BEGIN
    EXECUTE format('DELETE FROM %I WHERE %I IN (SELECT id FROM campdesk_gone)', TG_ARGV[0], TG_ARGV[1]);
    RETURN NULL;
END
$$;

CREATE TRIGGER camps_take_their_check_ins AFTER DELETE ON camps
    REFERENCING OLD TABLE AS campdesk_gone FOR EACH STATEMENT
    EXECUTE FUNCTION campdesk_children_go_with_parent('check_ins', 'camp_id');

CREATE TRIGGER people_take_their_check_ins AFTER DELETE ON people
    REFERENCING OLD TABLE AS campdesk_gone FOR EACH STATEMENT
    EXECUTE FUNCTION campdesk_children_go_with_parent('check_ins', 'person_id');

CREATE TRIGGER activities_take_their_check_ins AFTER DELETE ON activities
    REFERENCING OLD TABLE AS campdesk_gone FOR EACH STATEMENT
    EXECUTE FUNCTION campdesk_children_go_with_parent('check_ins', 'activity_id');

CREATE TRIGGER chat_imports_take_their_check_ins AFTER DELETE ON chat_imports
    REFERENCING OLD TABLE AS campdesk_gone FOR EACH STATEMENT
    EXECUTE FUNCTION campdesk_children_go_with_parent('check_ins', 'import_id');

-- The messages' parents take them with the same function (7.sql had one
-- of the messages' own).
DROP FUNCTION campdesk_messages_go_with_parent() CASCADE;

CREATE TRIGGER camps_take_their_messages AFTER DELETE ON camps
    REFERENCING OLD TABLE AS campdesk_gone FOR EACH STATEMENT
    EXECUTE FUNCTION campdesk_children_go_with_parent('chat_messages', 'camp_id');

CREATE TRIGGER chat_imports_take_their_messages AFTER DELETE ON chat_imports
    REFERENCING OLD TABLE AS campdesk_gone FOR EACH STATEMENT
    EXECUTE FUNCTION campdesk_children_go_with_parent('chat_messages', 'import_id');

CREATE TRIGGER chat_identities_take_their_messages AFTER DELETE ON chat_identities
    REFERENCING OLD TABLE AS campdesk_gone FOR EACH STATEMENT
    EXECUTE FUNCTION campdesk_children_go_with_parent('chat_messages', 'identity_id');

-- The new functions find this schema's tables, never a session's
-- temporary table of the same name (9.sql).
SELECT campdesk_pin_search_path();
