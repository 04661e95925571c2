#include "core/storage/PostgresSchema.h"

#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

#include <QFile>
#include <QRegularExpression>

namespace CampDesk {

const QString PostgresSchema::ApplicationId = QStringLiteral("CampDesk");

namespace {

// The statements of a step's text, each ending with ";" — except inside a
// function's body, which $$ encloses and whose own statements end so too.
QStringList statementsOf(const QString &text)
{
    QStringList statements;
    const QStringList pieces = text.split(QStringLiteral("$$"));
    QString statement;
    for (qsizetype piece = 0; piece < pieces.size(); ++piece) {
        if (piece % 2 == 1) { // a body: kept whole, with its quotes
            statement += QStringLiteral("$$") + pieces.at(piece) + QStringLiteral("$$");
            continue;
        }
        const QStringList parts = pieces.at(piece).split(u';');
        for (qsizetype part = 0; part < parts.size(); ++part) {
            statement += parts.at(part);
            if (part + 1 < parts.size()) {
                if (!statement.trimmed().isEmpty())
                    statements.append(statement.simplified());
                statement.clear();
            }
        }
    }
    if (!statement.trimmed().isEmpty())
        statements.append(statement.simplified());
    return statements;
}

// The statements of each version's step, from its file in
// core/storage/postgres (a resource of this build): 7.sql makes version 7
// at once, and every later version is the file named by its number. Lines
// starting with "--" are comments; statements end with ";".
QList<QStringList> readSteps()
{
    QList<QStringList> steps;
    for (int version = PostgresSchema::FirstVersion;; ++version) {
        QFile file(QStringLiteral(":/campdesk/postgres/%1.sql").arg(version));
        if (!file.open(QIODevice::ReadOnly))
            return steps;
        QString text;
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
            if (!line.trimmed().startsWith(QLatin1String("--")))
                text += line + u'\n';
        }
        steps.append(statementsOf(text));
    }
}

const QList<QStringList> &steps()
{
    static const QList<QStringList> read = readSteps();
    return read;
}

// The names of what the steps' statements make; `all` the steps', else
// the first's.
QStringList namesMade(const QRegularExpression &pattern, bool all)
{
    QStringList names;
    for (qsizetype step = 0; step < (all ? steps().size() : qMin<qsizetype>(steps().size(), 1)); ++step) {
        for (const QString &statement : steps().at(step)) {
            if (const QRegularExpressionMatch match = pattern.match(statement); match.hasMatch())
                names.append(match.captured(1));
        }
    }
    return names;
}

} // namespace

int PostgresSchema::latestVersion()
{
    return FirstVersion + int(steps().size()) - 1;
}

QStringList PostgresSchema::tables()
{
    static const QRegularExpression table(QStringLiteral("^CREATE TABLE (\\w+)"));
    return namesMade(table, false);
}

QStringList PostgresSchema::indexes()
{
    static const QRegularExpression index(QStringLiteral("^CREATE (?:UNIQUE )?INDEX (\\w+)"));
    return namesMade(index, false);
}

QStringList PostgresSchema::triggers()
{
    static const QRegularExpression trigger(QStringLiteral("^CREATE TRIGGER (\\w+)"));
    QStringList names = namesMade(trigger, true);
    names.removeDuplicates(); // a later step may make one again (10.sql)
    return names;
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

Result<bool> PostgresSchema::holdsWorkspace(const QSqlDatabase &db)
{
    auto tables = Sql::scalar(db,
                              QStringLiteral("SELECT count(*) FROM pg_tables"
                                             " WHERE schemaname = current_schema() AND tablename = 'campdesk_meta'"));
    if (!tables)
        return std::unexpected(tables.error());
    return *tables > 0;
}

Result<int> PostgresSchema::prepareLocked(const QSqlDatabase &db, const QString &name)
{
    auto hasMeta = holdsWorkspace(db);
    if (!hasMeta)
        return std::unexpected(hasMeta.error());
    if (!*hasMeta) {
        auto others = Sql::scalar(db,
                                  QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n"
                                                 " ON n.oid = c.relnamespace WHERE n.nspname = current_schema()"));
        if (!others)
            return std::unexpected(others.error());
        if (*others > 0)
            return fail(tr("%1 is not opened: it holds tables of another program, and CampDesk makes a team"
                           " workspace only in an empty database. Nothing was changed.")
                            .arg(name));
        if (auto made = makeMeta(db); !made)
            return std::unexpected(made.error());
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
    if (auto migrated = migrate(db, version, latestVersion()); !migrated) {
        // A step changes the tables, which only their owners may: the
        // server's refusal alone would speak of a change nobody asked for.
        if (migrated.error().refused && version > 0)
            return fail(tr("%1 is a team workspace of version %2, and this CampDesk works with version %3. Only an"
                           " owner of the workspace can bring it up to date: ask one to open it once with this"
                           " CampDesk. Nothing was changed.")
                            .arg(name)
                            .arg(version)
                            .arg(latestVersion()));
        return std::unexpected(migrated.error());
    }
    auto gone = missing(db);
    if (!gone)
        return std::unexpected(gone.error());
    if (!gone->isEmpty())
        return fail(tr("%1 is not opened: its schema is not that of a CampDesk workspace of version %2 (%3)."
                       " Nothing was changed.")
                        .arg(name)
                        .arg(latestVersion())
                        .arg(*gone));
    return version;
}

Result<void> PostgresSchema::makeVersion(const QSqlDatabase &db, int version)
{
    if (version < FirstVersion || version > latestVersion())
        return fail(tr("CampDesk never made a team workspace of version %1.").arg(version));
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    if (auto made = makeMeta(db); !made)
        return made;
    if (auto migrated = migrate(db, 0, version); !migrated)
        return migrated;
    return transaction.commit();
}

Result<void> PostgresSchema::makeMeta(const QSqlDatabase &db)
{
    if (auto made = Sql::exec(db,
                              QStringLiteral("CREATE TABLE campdesk_meta (key text COLLATE \"C\" PRIMARY KEY,"
                                             " value text COLLATE \"C\" NOT NULL)"));
        !made)
        return std::unexpected(made.error());
    auto marked = Sql::exec(db,
                            QStringLiteral("INSERT INTO campdesk_meta (key, value) VALUES"
                                           " ('application_id', ?), ('schema_version', '0')"),
                            {ApplicationId});
    if (!marked)
        return std::unexpected(marked.error());
    return {};
}

Result<void> PostgresSchema::migrate(const QSqlDatabase &db, int fromVersion, int toVersion)
{
    if (steps().isEmpty())
        return fail(tr("This CampDesk was built without its PostgreSQL schema (core/storage/postgres)."));
    if (fromVersion == toVersion)
        return {};
    // An empty database takes the first step, which makes everything;
    // version N takes the steps after it.
    const qsizetype first = fromVersion == 0 ? 0 : fromVersion - FirstVersion + 1;
    // The steps' notices (10.sql's DROP … CASCADE names each trigger it
    // takes) are the schema's business, not lines for the operator: libpq
    // would print them on the CLI's standard error. Until the commit only.
    if (auto quiet = Sql::exec(db, QStringLiteral("SET LOCAL client_min_messages TO warning")); !quiet)
        return std::unexpected(quiet.error());
    // What a step makes belongs to the tables' owner, not to the owner who
    // happened to open the workspace first: once that login left the team,
    // trigger functions it owned ran without its rights and every write
    // was refused. Until the commit only; a login that is no owner is
    // refused here, before any step.
    if (fromVersion > 0) {
        auto owner = Sql::exec(db,
                               QStringLiteral("SELECT set_config('role', pg_get_userbyid(relowner), true)"
                                              " FROM pg_class WHERE oid = 'campdesk_meta'::regclass"));
        if (!owner)
            return std::unexpected(owner.error());
    }
    for (qsizetype step = first; step <= toVersion - FirstVersion; ++step) {
        for (const QString &statement : steps().at(step)) {
            if (auto done = Sql::exec(db, statement); !done)
                return std::unexpected(done.error());
        }
    }
    auto bumped = Sql::exec(db, QStringLiteral("UPDATE campdesk_meta SET value = ? WHERE key = 'schema_version'"),
                            {QString::number(toVersion)});
    if (!bumped)
        return std::unexpected(bumped.error());
    return {};
}

Result<QString> PostgresSchema::unrecordedTable(const QSqlDatabase &db)
{
    // Every table but the few 8.sql names has the history's three triggers
    // (campdesk_record_history_of): without them, its changes would go
    // unrecorded.
    auto unrecorded = Sql::exec(
        db,
        QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                       " WHERE n.nspname = current_schema() AND c.relkind = 'r'"
                       " AND c.relname <> ALL (campdesk_unrecorded_tables())"
                       " AND (SELECT count(*) FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname IN"
                       " ('campdesk_history_inserts', 'campdesk_history_deletions', 'campdesk_history_updates')"
                       " AND t.tgenabled <> 'D') < 3 ORDER BY c.relname LIMIT 1"));
    if (!unrecorded)
        return std::unexpected(unrecorded.error());
    if (unrecorded->next())
        return tr("the changes of the table %1 are not recorded in the history").arg(unrecorded->value(0).toString());
    return QString();
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
    // The triggers stand in for chat_messages' foreign keys (7.sql): without
    // them, nothing would check a message's camp or take it with its camp.
    auto triggersHere = namesOf(QStringLiteral("SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                                               " JOIN pg_namespace n ON n.oid = c.relnamespace"
                                               " WHERE n.nspname = current_schema() AND NOT t.tgisinternal"));
    if (!triggersHere)
        return std::unexpected(triggersHere.error());
    for (const QString &trigger : triggers()) {
        if (!triggersHere->contains(trigger))
            return tr("the trigger %1 is missing").arg(trigger);
    }
    return unrecordedTable(db);
}

} // namespace CampDesk
