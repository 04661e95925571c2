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

-- Inserts and deletions, once per statement from its transition table: an
-- import's tens of thousands of check-ins are one statement. The functions
-- run as their owner, who alone may write the history.
CREATE FUNCTION campdesk_record_inserts() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO campdesk_history (camp_id, table_name, action, row_id, after)
        SELECT campdesk_camp_of(TG_TABLE_NAME, to_jsonb(r)), TG_TABLE_NAME, 'insert', (to_jsonb(r) ->> 'id')::bigint,
               to_jsonb(r)
        FROM campdesk_new_rows r;
    PERFORM pg_notify('campdesk_changes', current_schema() || ' ' || coalesce(camp::text, '') || ' ' || TG_TABLE_NAME)
        FROM (SELECT DISTINCT campdesk_camp_of(TG_TABLE_NAME, to_jsonb(r)) AS camp FROM campdesk_new_rows r) AS changed;
    RETURN NULL;
END
$$;

CREATE FUNCTION campdesk_record_deletions() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO campdesk_history (camp_id, table_name, action, row_id, before)
        SELECT campdesk_camp_of(TG_TABLE_NAME, to_jsonb(r)), TG_TABLE_NAME, 'delete', (to_jsonb(r) ->> 'id')::bigint,
               to_jsonb(r)
        FROM campdesk_old_rows r;
    PERFORM pg_notify('campdesk_changes', current_schema() || ' ' || coalesce(camp::text, '') || ' ' || TG_TABLE_NAME)
        FROM (SELECT DISTINCT campdesk_camp_of(TG_TABLE_NAME, to_jsonb(r)) AS camp FROM campdesk_old_rows r) AS changed;
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
        INSERT INTO campdesk_history (camp_id, table_name, action, row_id, before, after)
            VALUES (campdesk_camp_of(TG_TABLE_NAME, to_jsonb(NEW)), TG_TABLE_NAME, 'update',
                    (to_jsonb(NEW) ->> 'id')::bigint, to_jsonb(OLD), to_jsonb(NEW));
        PERFORM pg_notify('campdesk_changes', current_schema() || ' '
                          || coalesce(campdesk_camp_of(TG_TABLE_NAME, to_jsonb(NEW))::text, '') || ' ' || TG_TABLE_NAME);
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION campdesk_record_history_of(target regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    -- (Each statement on one line: the step reader joins a statement's lines.)
    EXECUTE format('CREATE TRIGGER campdesk_history_inserts AFTER INSERT ON %s REFERENCING NEW TABLE AS campdesk_new_rows FOR EACH STATEMENT EXECUTE FUNCTION campdesk_record_inserts()', target);
    EXECUTE format('CREATE TRIGGER campdesk_history_deletions AFTER DELETE ON %s REFERENCING OLD TABLE AS campdesk_old_rows FOR EACH STATEMENT EXECUTE FUNCTION campdesk_record_deletions()', target);
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
