-- Version 9, a team workspace's only: its operators, each a login role of
-- the server with one of four roles, and the rights the server gives each,
-- so that a role's limits hold against any client, old or new, and not only
-- behind CampDesk's disabled buttons.
--   owner      everything: a member of the role that owns the tables
--   assistant  the roster, check-ins, 接龙, chat imports, violations, the
--              plan and reviews of their camps; no camp made, edited or
--              deleted, no goals, templates or team
--   crew       reads the plan and roster of their camps, copies lines and
--              records check-ins
--   viewer     reads
-- Row-level security keeps an operator named to some camps (camps not
-- null) to those: the other camps' rows are not there for any statement
-- of theirs. The owner owns the tables, so none of it applies to owners.
-- Role names are the server's, shared by its every database: a login may
-- work on several workspaces, with a role in each.

CREATE TABLE campdesk_operators (
    login text COLLATE "C" PRIMARY KEY,
    role text COLLATE "C" NOT NULL CHECK (role IN ('owner', 'assistant', 'crew', 'viewer')),
    camps bigint[],
    person_id bigint REFERENCES people(id) ON DELETE SET NULL
);

SELECT campdesk_record_history_of('campdesk_operators');

-- The role that owns the workspace's tables: whoever made it.
CREATE FUNCTION campdesk_owner() RETURNS name LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$
    SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'campdesk_meta'::regclass
$$;

-- A login's role here: owner for the tables' owner and its members, else
-- as the team lists it; null for a stranger.
CREATE FUNCTION campdesk_role_of(who name) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
    SELECT CASE WHEN pg_has_role(who, campdesk_owner(), 'USAGE') THEN 'owner'
                ELSE (SELECT o.role FROM campdesk_operators o WHERE o.login = who) END
$$;

-- The camps the session's operator works on. The policies read it once
-- per statement, as (SELECT campdesk_seen_camps()), not once per row.
CREATE FUNCTION campdesk_seen_camps() RETURNS bigint[] LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
    SELECT ARRAY(SELECT c.id FROM camps c WHERE campdesk_role_of(session_user) = 'owner' OR EXISTS
                 (SELECT 1 FROM campdesk_operators o WHERE o.login = session_user AND (o.camps IS NULL OR c.id = ANY (o.camps))))
$$;

CREATE FUNCTION campdesk_sees_every_camp() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
    SELECT campdesk_role_of(session_user) = 'owner' OR EXISTS
        (SELECT 1 FROM campdesk_operators o WHERE o.login = session_user AND o.camps IS NULL)
$$;

-- A person in no camp at all: just added, before their membership is.
CREATE FUNCTION campdesk_in_no_camp(person bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
    SELECT NOT EXISTS (SELECT 1 FROM memberships m WHERE m.person_id = person)
$$;

-- One policy per table, for reading and writing alike.
CREATE FUNCTION campdesk_guard(target regclass, seen text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
    EXECUTE format('CREATE POLICY campdesk_camps_seen ON %s USING (%s) WITH CHECK (%s)', target, seen, seen);
END
$$;

SELECT campdesk_guard('camps', 'id = ANY ((SELECT campdesk_seen_camps())::bigint[])');

SELECT campdesk_guard(t::regclass, 'camp_id = ANY ((SELECT campdesk_seen_camps())::bigint[])') FROM unnest(ARRAY['subgroups', 'memberships', 'activities', 'camp_variables', 'chat_imports', 'chat_identities', 'chat_messages', 'check_ins', 'name_aliases', 'member_stats', 'activity_stats', 'activity_reviews', 'identity_minutes']) AS t;

-- Templates and uses of no camp are the whole workspace's; a violation of
-- no camp is its person's, seen with the person.
SELECT campdesk_guard(t::regclass, 'camp_id IS NULL OR camp_id = ANY ((SELECT campdesk_seen_camps())::bigint[])') FROM unnest(ARRAY['speech_templates', 'speech_uses']) AS t;

SELECT campdesk_guard('violations', 'camp_id = ANY ((SELECT campdesk_seen_camps())::bigint[]) OR (camp_id IS NULL AND EXISTS (SELECT 1 FROM people p WHERE p.id = person_id))');

SELECT campdesk_guard('campdesk_history', '(camp_id IS NULL AND (SELECT campdesk_sees_every_camp())) OR camp_id = ANY ((SELECT campdesk_seen_camps())::bigint[])');

-- A person is seen through a membership seen, or while in no camp yet.
SELECT campdesk_guard('people', '(SELECT campdesk_sees_every_camp()) OR EXISTS (SELECT 1 FROM memberships m WHERE m.person_id = people.id) OR campdesk_in_no_camp(id)');

-- A membership may name only a person the operator sees: else an assistant
-- could add anyone, by id, to their camp, and so read and change them.
CREATE FUNCTION campdesk_person_seen(person bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
    SELECT campdesk_sees_every_camp() OR campdesk_in_no_camp(person) OR EXISTS
        (SELECT 1 FROM memberships m WHERE m.person_id = person AND m.camp_id = ANY (campdesk_seen_camps()))
$$;

ALTER POLICY campdesk_camps_seen ON memberships WITH CHECK (camp_id = ANY ((SELECT campdesk_seen_camps())::bigint[]) AND campdesk_person_seen(person_id));

SELECT campdesk_guard('person_chat_ids', 'EXISTS (SELECT 1 FROM people p WHERE p.id = person_id)');

SELECT campdesk_guard('chat_identity_names', 'EXISTS (SELECT 1 FROM chat_identities i WHERE i.id = identity_id)');

-- What each role writes besides reading everything of its camps. The
-- figures' caches (member_stats, activity_stats, identity_minutes and a
-- camp's participation_revision) are written by whoever changes what they
-- are computed from.
CREATE FUNCTION campdesk_tables_written_by(role text) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE role
        WHEN 'assistant' THEN ARRAY['people', 'person_chat_ids', 'subgroups', 'memberships', 'activities', 'speech_uses', 'camp_variables', 'violations', 'chat_imports', 'chat_identities', 'chat_messages', 'chat_identity_names', 'check_ins', 'name_aliases', 'member_stats', 'activity_stats', 'activity_reviews', 'identity_minutes']
        WHEN 'crew' THEN ARRAY['speech_uses', 'check_ins', 'member_stats', 'activity_stats']
        ELSE ARRAY[]::text[] END
$$;

-- Gives a login the rights of its role, after taking every right it had
-- here: a change of role leaves nothing of the old one.
CREATE FUNCTION campdesk_grant_rights(who name) RETURNS void LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    given text := (SELECT o.role FROM campdesk_operators o WHERE o.login = who);
    target text;
BEGIN
    -- The tables' owner may be listed, for its staff person; its rights are
    -- its own.
    IF who = campdesk_owner() THEN
        RETURN;
    END IF;
    EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %I', current_schema(), who);
    EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA %I FROM %I', current_schema(), who);
    EXECUTE format('REVOKE USAGE ON SCHEMA %I FROM %I', current_schema(), who);
    IF pg_has_role(who, campdesk_owner(), 'MEMBER') THEN
        EXECUTE format('REVOKE %I FROM %I', campdesk_owner(), who);
    END IF;
    IF given IS NULL THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), who);
    -- An owner acts as the tables' owner. Making logins (CREATEROLE) stays
    -- the server administrator's to give: in PostgreSQL 15 it reaches far
    -- beyond this workspace.
    IF given = 'owner' THEN
        EXECUTE format('GRANT %I TO %I', campdesk_owner(), who);
        RETURN;
    END IF;
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I', current_schema(), who);
    IF given <> 'viewer' THEN
        EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), who);
        EXECUTE format('GRANT UPDATE (participation_revision) ON camps TO %I', who);
    END IF;
    FOREACH target IN ARRAY campdesk_tables_written_by(given) LOOP
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO %I', target, who);
    END LOOP;
END
$$;

-- The team's changes, made by an owner (who needs the server's CREATEROLE
-- to make logins and give the owner's role). A new login's password
-- arrives as the verifier libpq computed from it on the owner's laptop, so
-- the password itself never reaches the server or its log.
CREATE FUNCTION campdesk_team_add(who name, given text, camps bigint[], person bigint, verifier text) RETURNS boolean
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    made boolean := NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = who);
BEGIN
    IF made THEN
        IF verifier IS NULL THEN
            RAISE EXCEPTION 'a new login needs a password' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', who, verifier);
    END IF;
    INSERT INTO campdesk_operators (login, role, camps, person_id) VALUES (who, given, camps, person);
    PERFORM campdesk_grant_rights(who);
    RETURN made;
END
$$;

CREATE FUNCTION campdesk_team_set(who name, given text, camps bigint[]) RETURNS void
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    UPDATE campdesk_operators o SET role = given, camps = campdesk_team_set.camps WHERE o.login = who;
    PERFORM campdesk_grant_rights(who);
END
$$;

CREATE FUNCTION campdesk_team_remove(who name) RETURNS void LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    DELETE FROM campdesk_operators o WHERE o.login = who;
    PERFORM campdesk_grant_rights(who);
END
$$;

-- Every function here that names a table finds this schema's, never a
-- session's temporary table of the same name: PostgreSQL searches pg_temp
-- first unless it is named last. A login that may make temporary tables
-- (everyone's chat import does) could otherwise stand in its own
-- campdesk_operators or campdesk_history for the checks and the history.
CREATE FUNCTION campdesk_pin_search_path() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    target regprocedure;
BEGIN
    FOR target IN SELECT p.oid FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = current_schema() AND p.proname LIKE 'campdesk%'
    LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', target, current_schema());
    END LOOP;
END
$$;

SELECT campdesk_pin_search_path();
