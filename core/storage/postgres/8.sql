-- Version 8, a team workspace's only: the history of every change, who made
-- it, when, in which camp, and the row before and after, written by triggers
-- on the server, so that no client, old or new, can change a row without it
-- being recorded. Operators read it; nobody alters it through CampDesk's
-- roles (the owner of the database owns it, as it owns every table). The
-- same triggers announce each change, as "SCHEMA CAMP TABLE" on the channel
-- campdesk_changes, to every other open window (ChangeFeed): a database may
-- hold a workspace in each of several schemas, and a channel is the whole
-- database's. PostgreSQL sends a transaction's notifications at its commit,
-- each text once.

CREATE TABLE campdesk_history (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT statement_timestamp(),
    operator text COLLATE "C" NOT NULL DEFAULT session_user,
    camp_id bigint,
    table_name text COLLATE "C" NOT NULL,
    action text COLLATE "C" NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'push')),
    row_id bigint,
    before jsonb,
    after jsonb
);

CREATE INDEX campdesk_history_camp ON campdesk_history(camp_id, id);

-- The last copy of each speech line (who used it last, for the crew).
CREATE INDEX campdesk_history_table ON campdesk_history(table_name, id);

-- Tables whose rows are the import's bulk or figures computed from others:
-- an import is recorded by its chat_imports row and its check-ins, not by
-- a million messages.
CREATE FUNCTION campdesk_unrecorded_tables() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
    SELECT ARRAY['campdesk_meta', 'campdesk_history', 'chat_messages', 'chat_identity_names', 'identity_minutes',
                 'member_stats', 'activity_stats']
$$;

-- A row's camp: its camp_id, or a camp's own id; people, templates of the
-- whole workspace and settings belong to no camp.
CREATE FUNCTION campdesk_camp_of(table_name name, r jsonb) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN table_name = 'camps' THEN (r ->> 'id')::bigint ELSE (r ->> 'camp_id')::bigint END
$$;

-- The changed rows of one statement into the history, each row's before
-- and after (either may be null), and each changed camp announced once.
CREATE FUNCTION campdesk_record(changed_table name, change text, befores jsonb[], afters jsonb[]) RETURNS void
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO campdesk_history (camp_id, table_name, action, row_id, before, after)
        SELECT campdesk_camp_of(changed_table, coalesce(u.after, u.before)), changed_table, change,
               (coalesce(u.after, u.before) ->> 'id')::bigint, u.before, u.after
        FROM unnest(befores, afters) AS u(before, after);
    PERFORM pg_notify('campdesk_changes', current_schema() || ' ' || coalesce(camp::text, '') || ' ' || changed_table)
        FROM (SELECT DISTINCT campdesk_camp_of(changed_table, coalesce(u.after, u.before)) AS camp
              FROM unnest(befores, afters) AS u(before, after)) AS changed;
END
$$;

-- Inserts and deletions, once per statement from its transition table: an
-- import's tens of thousands of check-ins are one statement. The trigger
-- functions run as their owner, who alone may write the history.
CREATE FUNCTION campdesk_record_rows() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM campdesk_record(TG_TABLE_NAME, 'insert', NULL, ARRAY(SELECT to_jsonb(r) FROM campdesk_new_rows r));
    ELSE
        PERFORM campdesk_record(TG_TABLE_NAME, 'delete', ARRAY(SELECT to_jsonb(r) FROM campdesk_old_rows r), NULL);
    END IF;
    RETURN NULL;
END
$$;

-- Updates row by row, where the row before meets the row after. A camp's
-- participation_revision counts imports for the figures' caches: a change
-- of it alone is no operator's change.
CREATE FUNCTION campdesk_record_update() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
BEGIN
    IF (to_jsonb(OLD) - 'participation_revision') IS DISTINCT FROM (to_jsonb(NEW) - 'participation_revision') THEN
        PERFORM campdesk_record(TG_TABLE_NAME, 'update', ARRAY[to_jsonb(OLD)], ARRAY[to_jsonb(NEW)]);
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION campdesk_record_history_of(target regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    -- (Each statement on one line: the step reader joins a statement's lines.)
    EXECUTE format('CREATE TRIGGER campdesk_history_inserts AFTER INSERT ON %s REFERENCING NEW TABLE AS campdesk_new_rows FOR EACH STATEMENT EXECUTE FUNCTION campdesk_record_rows()', target);
    EXECUTE format('CREATE TRIGGER campdesk_history_deletions AFTER DELETE ON %s REFERENCING OLD TABLE AS campdesk_old_rows FOR EACH STATEMENT EXECUTE FUNCTION campdesk_record_rows()', target);
    EXECUTE format('CREATE TRIGGER campdesk_history_updates AFTER UPDATE ON %s FOR EACH ROW EXECUTE FUNCTION campdesk_record_update()', target);
END
$$;

SELECT campdesk_record_history_of(c.oid) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname <> ALL (campdesk_unrecorded_tables());

-- A push copies a whole workspace into an empty database: one entry says
-- so, not one per row copied. Switching the triggers off and on again is
-- ALTER TABLE, which only the tables' owner may do.
CREATE FUNCTION campdesk_set_history_recording(recording boolean) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    target regclass;
BEGIN
    FOR target IN SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname <> ALL (campdesk_unrecorded_tables())
    LOOP
        EXECUTE format('ALTER TABLE %s %s TRIGGER campdesk_history_inserts', target,
                       CASE WHEN recording THEN 'ENABLE' ELSE 'DISABLE' END);
    END LOOP;
END
$$;

-- Nobody alters what was recorded, not even through the owner's own
-- CampDesk: a row of the history is never updated or deleted.
CREATE FUNCTION campdesk_history_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the history of a CampDesk workspace is only ever added to'
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER campdesk_history_append_only BEFORE UPDATE OR DELETE ON campdesk_history
    FOR EACH ROW EXECUTE FUNCTION campdesk_history_is_append_only();

CREATE TRIGGER campdesk_history_never_truncated BEFORE TRUNCATE ON campdesk_history
    FOR EACH STATEMENT EXECUTE FUNCTION campdesk_history_is_append_only();

REVOKE ALL ON campdesk_history FROM PUBLIC;
