#include "core/storage/PostgresSchema.h"

#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

#include <QRegularExpression>

namespace CampDesk {

const QString PostgresSchema::ApplicationId = QStringLiteral("CampDesk");

namespace {

// Version 7, a file's latest, made at once. Written as a file's tables are
// (Schema.cpp), in PostgreSQL's types: ids are identities a restore may set
// (BY DEFAULT), integers 64-bit as SQLite's, blobs bytea; texts compare
// byte by byte (COLLATE "C", SQLite's BINARY), so a list sorts alike on
// both engines; `Id` and `Text` below stand for those.
const QStringList &version7()
{
    static const QStringList statements = [] {
        const QStringList written {
            QStringLiteral("CREATE TABLE workspace_settings (key Text PRIMARY KEY, value Text NOT NULL)"),
            QStringLiteral("CREATE TABLE people (id Id, display_name Text NOT NULL, notes Text NOT NULL DEFAULT '',"
                           " city Text NOT NULL DEFAULT '', occupation Text NOT NULL DEFAULT '',"
                           " phone Text NOT NULL DEFAULT '', tags Text NOT NULL DEFAULT '')"),
            QStringLiteral(
                "CREATE TABLE camps (id Id, name Text NOT NULL CHECK (length(trim(name)) > 0),"
                " theme Text NOT NULL DEFAULT '', description Text NOT NULL DEFAULT '',"
                " preparation_start Text, course_start Text NOT NULL, course_end Text NOT NULL,"
                " wrap_up_end Text, target_members bigint NOT NULL DEFAULT 0 CHECK (target_members >= 0),"
                " target_active_rate double precision NOT NULL DEFAULT 30,"
                " target_checkin_rate double precision NOT NULL DEFAULT 80,"
                " group_rules Text NOT NULL DEFAULT '', faq Text NOT NULL DEFAULT '',"
                " time_zone Text NOT NULL DEFAULT '', watch_words Text NOT NULL DEFAULT '',"
                " nickname_pattern Text NOT NULL DEFAULT '', warnings_before_removal bigint NOT NULL DEFAULT 1,"
                " activity_tail_minutes bigint NOT NULL DEFAULT 60"
                " CHECK (activity_tail_minutes BETWEEN 0 AND 1440),"
                " silent_after_days bigint NOT NULL DEFAULT 3 CHECK (silent_after_days BETWEEN 1 AND 365),"
                " participation_revision bigint NOT NULL DEFAULT 0, CHECK (course_end >= course_start))"),
            QStringLiteral(
                "CREATE TABLE subgroups (id Id, camp_id bigint NOT NULL REFERENCES camps(id) ON DELETE CASCADE,"
                " name Text NOT NULL, color Text NOT NULL DEFAULT '', leader_membership_id bigint,"
                " UNIQUE (camp_id, name))"),
            QStringLiteral("CREATE TABLE memberships (id Id,"
                           " camp_id bigint NOT NULL REFERENCES camps(id) ON DELETE CASCADE,"
                           " person_id bigint NOT NULL REFERENCES people(id) ON DELETE RESTRICT, role Text NOT NULL,"
                           " joined_on Text, left_on Text, title Text NOT NULL DEFAULT '',"
                           " group_nickname Text NOT NULL DEFAULT '',"
                           " subgroup_id bigint REFERENCES subgroups(id) ON DELETE SET NULL,"
                           " intro_basics Text NOT NULL DEFAULT '', intro_sentence Text NOT NULL DEFAULT '',"
                           " intro_reason Text NOT NULL DEFAULT '', intro_proudest Text NOT NULL DEFAULT '',"
                           " status Text NOT NULL DEFAULT 'active', UNIQUE (camp_id, person_id))"),
            QStringLiteral("CREATE INDEX memberships_person ON memberships(person_id)"),
            QStringLiteral("CREATE TABLE speech_templates (id Id, title Text NOT NULL, category Text NOT NULL,"
                           " body Text NOT NULL, tags Text NOT NULL DEFAULT '', favourite bigint NOT NULL DEFAULT 0,"
                           " camp_id bigint REFERENCES camps(id) ON DELETE CASCADE)"),
            QStringLiteral("CREATE INDEX speech_templates_category ON speech_templates(category)"),
            QStringLiteral(
                "CREATE TABLE activities (id Id, camp_id bigint NOT NULL REFERENCES camps(id) ON DELETE CASCADE,"
                " type Text NOT NULL, title Text NOT NULL, starts_at Text NOT NULL, ends_at Text NOT NULL,"
                " owner_membership_id bigint REFERENCES memberships(id) ON DELETE SET NULL,"
                " subgroup_id bigint, status Text NOT NULL DEFAULT 'planned', notes Text NOT NULL DEFAULT '',"
                " checklist Text NOT NULL DEFAULT '[]', template_key Text NOT NULL DEFAULT '',"
                " speech_template_id bigint REFERENCES speech_templates(id) ON DELETE SET NULL,"
                " speaker_membership_id bigint REFERENCES memberships(id) ON DELETE SET NULL,"
                " CHECK (ends_at >= starts_at))"),
            QStringLiteral("CREATE INDEX activities_camp_start ON activities(camp_id, starts_at)"),
            QStringLiteral("CREATE INDEX activities_owner ON activities(owner_membership_id)"),
            QStringLiteral("CREATE TABLE plan_templates (id Id, name Text NOT NULL UNIQUE, definition Text NOT NULL)"),
            QStringLiteral("CREATE TABLE speech_uses (id Id,"
                           " template_id bigint NOT NULL REFERENCES speech_templates(id) ON DELETE CASCADE,"
                           " camp_id bigint REFERENCES camps(id) ON DELETE CASCADE,"
                           " course_day bigint NOT NULL DEFAULT 0,"
                           " activity_id bigint REFERENCES activities(id) ON DELETE SET NULL, used_at Text NOT NULL)"),
            QStringLiteral("CREATE INDEX speech_uses_template ON speech_uses(template_id, used_at)"),
            QStringLiteral("CREATE INDEX speech_uses_camp ON speech_uses(camp_id, used_at)"),
            QStringLiteral(
                "CREATE TABLE camp_variables (id Id,"
                " camp_id bigint NOT NULL REFERENCES camps(id) ON DELETE CASCADE, name Text NOT NULL,"
                " course_day bigint NOT NULL DEFAULT 0, value Text NOT NULL, UNIQUE (camp_id, name, course_day))"),
            QStringLiteral("CREATE TABLE person_chat_ids (id Id,"
                           " person_id bigint NOT NULL REFERENCES people(id) ON DELETE CASCADE,"
                           " platform Text NOT NULL, chat_id Text NOT NULL, UNIQUE (platform, chat_id))"),
            QStringLiteral("CREATE INDEX person_chat_ids_person ON person_chat_ids(person_id)"),
            QStringLiteral("CREATE TABLE violations (id Id,"
                           " person_id bigint NOT NULL REFERENCES people(id) ON DELETE CASCADE,"
                           " camp_id bigint REFERENCES camps(id) ON DELETE CASCADE, occurred_on Text NOT NULL,"
                           " rule Text NOT NULL, evidence Text NOT NULL DEFAULT '', action Text NOT NULL)"),
            QStringLiteral("CREATE INDEX violations_person ON violations(person_id)"),
            QStringLiteral("CREATE TABLE chat_imports (id Id,"
                           " camp_id bigint NOT NULL REFERENCES camps(id) ON DELETE CASCADE, file_name Text NOT NULL,"
                           " format Text NOT NULL, encoding Text NOT NULL, imported_at Text NOT NULL,"
                           " messages_added bigint NOT NULL DEFAULT 0, duplicates bigint NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX chat_imports_camp ON chat_imports(camp_id)"),
            QStringLiteral("CREATE TABLE chat_identities (id Id,"
                           " camp_id bigint NOT NULL REFERENCES camps(id) ON DELETE CASCADE, platform Text NOT NULL,"
                           " chat_key Text NOT NULL, display_name Text NOT NULL,"
                           " person_id bigint REFERENCES people(id) ON DELETE SET NULL,"
                           " is_staff bigint NOT NULL DEFAULT 0, is_self bigint NOT NULL DEFAULT 0,"
                           " UNIQUE (camp_id, platform, chat_key))"),
            QStringLiteral("CREATE INDEX chat_identities_person ON chat_identities(person_id)"),
            QStringLiteral("CREATE TABLE chat_messages (id Id,"
                           " camp_id bigint NOT NULL REFERENCES camps(id) ON DELETE CASCADE,"
                           " import_id bigint NOT NULL REFERENCES chat_imports(id) ON DELETE CASCADE,"
                           " identity_id bigint REFERENCES chat_identities(id) ON DELETE CASCADE,"
                           " sent_at bigint NOT NULL, day Text NOT NULL, kind Text NOT NULL, body Text NOT NULL,"
                           " source_key bigint NOT NULL)"),
            QStringLiteral("CREATE INDEX chat_messages_identity ON chat_messages(identity_id, day)"),
            QStringLiteral("CREATE UNIQUE INDEX chat_messages_source ON chat_messages(camp_id, source_key)"),
            QStringLiteral("CREATE TABLE check_ins (id Id,"
                           " camp_id bigint NOT NULL REFERENCES camps(id) ON DELETE CASCADE,"
                           " person_id bigint NOT NULL REFERENCES people(id) ON DELETE CASCADE, day Text NOT NULL,"
                           " activity_id bigint REFERENCES activities(id) ON DELETE CASCADE, source Text NOT NULL,"
                           " note Text NOT NULL DEFAULT '',"
                           " import_id bigint REFERENCES chat_imports(id) ON DELETE CASCADE)"),
            QStringLiteral("CREATE UNIQUE INDEX check_ins_unique"
                           " ON check_ins(camp_id, person_id, day, coalesce(activity_id, 0))"),
            QStringLiteral("CREATE INDEX check_ins_activity ON check_ins(camp_id, activity_id, person_id)"
                           " WHERE activity_id IS NOT NULL"),
            QStringLiteral("CREATE TABLE name_aliases (camp_id bigint NOT NULL REFERENCES camps(id) ON DELETE CASCADE,"
                           " alias Text NOT NULL, person_id bigint NOT NULL REFERENCES people(id) ON DELETE CASCADE,"
                           " PRIMARY KEY (camp_id, alias))"),
            QStringLiteral("CREATE TABLE member_stats (camp_id bigint NOT NULL REFERENCES camps(id) ON DELETE CASCADE,"
                           " person_id bigint NOT NULL REFERENCES people(id) ON DELETE CASCADE, days bytea NOT NULL,"
                           " PRIMARY KEY (camp_id, person_id))"),
            QStringLiteral("CREATE INDEX member_stats_person ON member_stats(person_id)"),
            QStringLiteral("CREATE TABLE activity_stats ("
                           " activity_id bigint PRIMARY KEY REFERENCES activities(id) ON DELETE CASCADE,"
                           " camp_id bigint NOT NULL REFERENCES camps(id) ON DELETE CASCADE,"
                           " window_start bigint NOT NULL, window_end bigint NOT NULL, revision bigint NOT NULL,"
                           " people bytea NOT NULL)"),
            QStringLiteral("CREATE INDEX activity_stats_camp ON activity_stats(camp_id)"),
            QStringLiteral("CREATE TABLE activity_reviews (id Id,"
                           " camp_id bigint NOT NULL REFERENCES camps(id) ON DELETE CASCADE,"
                           " activity_id bigint REFERENCES activities(id) ON DELETE SET NULL,"
                           " activity_title Text NOT NULL, activity_type Text NOT NULL, activity_start Text NOT NULL,"
                           " created_at Text NOT NULL, updated_at Text NOT NULL, snapshot Text NOT NULL,"
                           " went_well Text NOT NULL DEFAULT '', to_improve Text NOT NULL DEFAULT '',"
                           " actions Text NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX activity_reviews_camp ON activity_reviews(camp_id, activity_start)"),
            QStringLiteral("CREATE TABLE chat_identity_names ("
                           " identity_id bigint NOT NULL REFERENCES chat_identities(id) ON DELETE CASCADE,"
                           " name Text NOT NULL, import_id bigint REFERENCES chat_imports(id) ON DELETE CASCADE,"
                           " PRIMARY KEY (identity_id, name))"),
            QStringLiteral("CREATE TABLE identity_minutes ("
                           " identity_id bigint NOT NULL REFERENCES chat_identities(id) ON DELETE CASCADE,"
                           " import_id bigint NOT NULL REFERENCES chat_imports(id) ON DELETE CASCADE,"
                           " part bigint NOT NULL, camp_id bigint NOT NULL REFERENCES camps(id) ON DELETE CASCADE,"
                           " minutes bytea NOT NULL, PRIMARY KEY (identity_id, import_id, part))"),
            QStringLiteral("CREATE INDEX identity_minutes_camp ON identity_minutes(camp_id)"),
        };
        static const QRegularExpression id(QStringLiteral("\\bId\\b"));
        static const QRegularExpression text(QStringLiteral("\\bText\\b"));
        QStringList expanded;
        for (QString statement : written) {
            statement.replace(id, QStringLiteral("bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
            statement.replace(text, QStringLiteral("text COLLATE \"C\""));
            expanded.append(statement);
        }
        return expanded;
    }();
    return statements;
}

// The statements of the steps after the first version, by the version they
// make; empty until a file's schema changes after version 7.
QList<QStringList> laterSteps()
{
    return {};
}

QStringList namesMade(const QRegularExpression &pattern)
{
    QStringList names;
    for (const QString &statement : version7()) {
        if (const QRegularExpressionMatch match = pattern.match(statement); match.hasMatch())
            names.append(match.captured(1));
    }
    return names;
}

} // namespace

int PostgresSchema::latestVersion()
{
    return FirstVersion + int(laterSteps().size());
}

QStringList PostgresSchema::tables()
{
    static const QRegularExpression table(QStringLiteral("^CREATE TABLE (\\w+)"));
    return namesMade(table);
}

QStringList PostgresSchema::indexes()
{
    static const QRegularExpression index(QStringLiteral("^CREATE (?:UNIQUE )?INDEX (\\w+)"));
    return namesMade(index);
}

Result<int> PostgresSchema::prepare(const QSqlDatabase &db, const QString &name)
{
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    // One preparer at a time: the key is CampDesk's ("CmpD").
    if (auto locked = Sql::exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(1131245636)")); !locked)
        return std::unexpected(locked.error());
    auto version = prepareLocked(db, name);
    if (!version)
        return version; // the guard rolls back: the database is as it was
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return version;
}

Result<int> PostgresSchema::prepareLocked(const QSqlDatabase &db, const QString &name)
{
    auto hasMeta = Sql::scalar(db,
                               QStringLiteral("SELECT count(*) FROM pg_tables"
                                              " WHERE schemaname = current_schema() AND tablename = 'campdesk_meta'"));
    if (!hasMeta)
        return std::unexpected(hasMeta.error());
    if (*hasMeta == 0) {
        auto others = Sql::scalar(db,
                                  QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n"
                                                 " ON n.oid = c.relnamespace WHERE n.nspname = current_schema()"));
        if (!others)
            return std::unexpected(others.error());
        if (*others > 0)
            return fail(tr("%1 is not opened: it holds tables of another program, and CampDesk makes a team"
                           " workspace only in an empty database. Nothing was changed.")
                            .arg(name));
        if (auto made = Sql::exec(db,
                                  QStringLiteral("CREATE TABLE campdesk_meta (key text COLLATE \"C\" PRIMARY KEY,"
                                                 " value text COLLATE \"C\" NOT NULL)"));
            !made)
            return std::unexpected(made.error());
        if (auto marked = Sql::exec(db,
                                    QStringLiteral("INSERT INTO campdesk_meta (key, value) VALUES"
                                                   " ('application_id', ?), ('schema_version', '0')"),
                                    {ApplicationId});
            !marked)
            return std::unexpected(marked.error());
    }
    auto application = Sql::exec(db, QStringLiteral("SELECT value FROM campdesk_meta WHERE key = 'application_id'"));
    if (!application)
        return std::unexpected(application.error());
    if (!application->next() || application->value(0).toString() != ApplicationId)
        return fail(tr("%1 is not opened: it is a database of another program, not a CampDesk workspace."
                       " Nothing was changed.")
                        .arg(name));
    auto stored = Sql::exec(db, QStringLiteral("SELECT value FROM campdesk_meta WHERE key = 'schema_version'"));
    if (!stored)
        return std::unexpected(stored.error());
    bool isNumber = false;
    const int version = stored->next() ? stored->value(0).toString().toInt(&isNumber) : -1;
    if (!isNumber || version < 0 || (version > 0 && version < FirstVersion))
        return fail(
            tr("%1 is not opened: its schema version is not one CampDesk ever wrote. Nothing was changed.").arg(name));
    if (version > latestVersion())
        return fail(tr("%1 was made by a newer CampDesk (workspace version %2; this CampDesk reads up to version"
                       " %3). Update CampDesk to open it.")
                        .arg(name)
                        .arg(version)
                        .arg(latestVersion()));
    if (auto migrated = migrate(db, version); !migrated)
        return std::unexpected(migrated.error());
    auto gone = missing(db);
    if (!gone)
        return std::unexpected(gone.error());
    if (!gone->isEmpty())
        return fail(tr("%1 is not opened: its schema is not that of a CampDesk workspace of version %2 (%3)."
                       " Nothing was changed.")
                        .arg(name)
                        .arg(latestVersion())
                        .arg(*gone));
    return latestVersion();
}

Result<void> PostgresSchema::migrate(const QSqlDatabase &db, int fromVersion)
{
    if (fromVersion == latestVersion())
        return {};
    QList<QStringList> steps = laterSteps();
    if (fromVersion == 0)
        steps.prepend(version7());
    else
        steps = steps.mid(fromVersion - FirstVersion);
    for (const QStringList &step : std::as_const(steps)) {
        for (const QString &statement : step) {
            if (auto done = Sql::exec(db, statement); !done)
                return std::unexpected(done.error());
        }
    }
    auto bumped = Sql::exec(db, QStringLiteral("UPDATE campdesk_meta SET value = ? WHERE key = 'schema_version'"),
                            {QString::number(latestVersion())});
    if (!bumped)
        return std::unexpected(bumped.error());
    return {};
}

Result<QString> PostgresSchema::missing(const QSqlDatabase &db)
{
    const auto namesOf = [&db](const QString &sql) -> Result<QStringList> {
        auto rows = Sql::exec(db, sql);
        if (!rows)
            return std::unexpected(rows.error());
        QStringList names;
        while (rows->next())
            names.append(rows->value(0).toString());
        return names;
    };
    auto tablesHere = namesOf(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"));
    if (!tablesHere)
        return std::unexpected(tablesHere.error());
    for (const QString &table : tables()) {
        if (!tablesHere->contains(table))
            return tr("the table %1 is missing").arg(table);
    }
    auto indexesHere = namesOf(QStringLiteral("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"));
    if (!indexesHere)
        return std::unexpected(indexesHere.error());
    for (const QString &index : indexes()) {
        if (!indexesHere->contains(index))
            return tr("the index %1 is missing").arg(index);
    }
    return QString();
}

} // namespace CampDesk
