#include "core/WorkspaceTransfer.h"

#include "core/Workspace.h"
#include "core/io/Rename.h"
#include "core/storage/PostgresSchema.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlRecord>
#include <QTimeZone>

namespace CampDesk {

namespace {

// Rows per INSERT: one round trip to a server for many rows, well inside
// SQLite's limit of bound values (32766) for the widest table.
constexpr int RowsPerInsert = 200;

// INSERT INTO table (columns) VALUES (?, …), … for `rows` rows. Table and
// column names are identifiers of CampDesk's own schema, checked when the
// workspace was opened; every value is bound.
QString insertStatement(const QString &schemaTable, const QStringList &columns, int rows)
{
    const QString columnList = columns.join(QStringLiteral(", "));
    const QString rowMarks = u'(' + QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")) + u')';
    const QString valueRows = QStringList(rows, rowMarks).join(QStringLiteral(", "));
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3").arg(schemaTable, columnList, valueRows);
}

// One snapshot of the workspace for the whole copy, taking no write lock:
// on a file, a deferred transaction's first read fixes what it sees (WAL),
// and a window that has the file open goes on saving meanwhile; on a
// server, a read-only repeatable-read transaction.
class ReadSnapshot final {
public:
    explicit ReadSnapshot(const Workspace &workspace)
        : m_workspace(workspace)
    {
    }
    ~ReadSnapshot()
    {
        if (m_open)
            (void)Sql::exec(m_workspace.database(), QStringLiteral("ROLLBACK"));
    }
    Q_DISABLE_COPY_MOVE(ReadSnapshot)

    [[nodiscard]] Result<void> begin()
    {
        auto begun
            = Sql::exec(m_workspace.database(),
                        m_workspace.isServer() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                                               : QStringLiteral("BEGIN DEFERRED"));
        if (!begun)
            return std::unexpected(begun.error());
        m_open = true;
        return {};
    }

private:
    const Workspace &m_workspace;
    bool m_open = false;
};

} // namespace

Result<qint64> WorkspaceTransfer::copy(const Workspace &from, Workspace &to)
{
    ReadSnapshot snapshot(from);
    if (auto begun = snapshot.begin(); !begun)
        return std::unexpected(begun.error());
    Transaction transaction(to.database());
    if (auto begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    if (auto empty = checkEmpty(to.database(), to.isServer() ? to.path() : QDir::toNativeSeparators(to.path())); !empty)
        return std::unexpected(empty.error());
    if (auto quiet = recordHistory(to, false); !quiet)
        return std::unexpected(quiet.error());
    qint64 rows = 0;
    for (const QString &table : PostgresSchema::tables()) {
        auto copied = copyTable(from, to, table);
        if (!copied)
            return copied;
        rows += *copied;
    }
    if (auto recording = recordHistory(to, true); !recording)
        return std::unexpected(recording.error());
    if (auto recorded = recordPush(from, to, rows); !recorded)
        return std::unexpected(recorded.error());
    if (auto continued = continueIdentities(to); !continued)
        return std::unexpected(continued.error());
    if (auto analyzed = analyze(to); !analyzed)
        return std::unexpected(analyzed.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return rows;
}

Result<void> WorkspaceTransfer::checkEmpty(const QSqlDatabase &db, const QString &name)
{
    const QString exists = Sql::isSqlite(db)
        ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?")
        : QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = ?");
    for (const QString &schemaTable : PostgresSchema::tables()) {
        auto found = Sql::scalar(db, exists, {schemaTable});
        if (!found)
            return std::unexpected(found.error());
        if (*found == 0)
            continue;
        auto rows
            = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 LIMIT 1) AS t").arg(schemaTable));
        if (!rows)
            return std::unexpected(rows.error());
        if (*rows > 0)
            return fail(tr("%1 already holds a workspace (its table %2 has rows); a workspace is copied only into an "
                           "empty one. Nothing was changed.")
                            .arg(name, schemaTable));
    }
    return {};
}

Result<qint64> WorkspaceTransfer::copyTable(const Workspace &from, Workspace &to, const QString &schemaTable)
{
    auto source = Sql::exec(from.database(), QStringLiteral("SELECT * FROM %1").arg(schemaTable));
    if (!source)
        return std::unexpected(source.error());
    const QSqlRecord record = source->record();
    QStringList columns;
    for (int column = 0; column < record.count(); ++column)
        columns.append(record.fieldName(column));
    auto empty = Sql::emptyValues(to.database(), schemaTable);
    if (!empty)
        return std::unexpected(empty.error());
    // A file's camp may count its days in "this computer's" zone; on a team's
    // server each laptop's would be another (SqlCampRepository stores the
    // zone of the computer that writes a camp): a pushed camp takes the zone
    // of the computer it was counted on, the pushing one. Given as the row is
    // copied, it is part of the push, not a later change in the history.
    const qsizetype zoneColumn
        = to.isServer() && schemaTable == QLatin1String("camps") ? columns.indexOf(QLatin1String("time_zone")) : -1;
    const QString pushingZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    qint64 rows = 0;
    QVariantList values;
    const auto flush = [&]() -> Result<void> {
        if (values.isEmpty())
            return {};
        auto inserted = Sql::exec(to.database(),
                                  insertStatement(schemaTable, columns, int(values.size() / columns.size())), values);
        values.clear();
        if (!inserted)
            return fail(tr("The table %1 could not be copied: %2").arg(schemaTable, inserted.error().message));
        return {};
    };
    QVariantList row;
    while (source->next()) {
        row.clear();
        for (int column = 0; column < columns.size(); ++column)
            row.append(source->value(column));
        Sql::fillEmpty(row, columns, *empty);
        if (zoneColumn >= 0 && row.at(zoneColumn).toString().isEmpty())
            row[zoneColumn] = pushingZone;
        values += row;
        ++rows;
        if (rows % RowsPerInsert == 0) {
            if (auto flushed = flush(); !flushed)
                return std::unexpected(flushed.error());
        }
    }
    if (source->lastError().isValid())
        return fail(tr("The table %1 could not be read: %2").arg(schemaTable, source->lastError().text()));
    if (auto flushed = flush(); !flushed)
        return std::unexpected(flushed.error());
    return rows;
}

Result<void> WorkspaceTransfer::continueIdentities(Workspace &to)
{
    // Rows came with their ids: a server's identity would hand out id 1
    // again at the next insert. A file's rowids continue by themselves.
    if (!to.isServer())
        return {};
    auto identities = Sql::exec(to.database(),
                                QStringLiteral("SELECT table_name, column_name FROM information_schema.columns"
                                               " WHERE table_schema = current_schema() AND is_identity = 'YES'"));
    if (!identities)
        return std::unexpected(identities.error());
    while (identities->next()) {
        const QString identityTable = identities->value(0).toString();
        const QString identityColumn = identities->value(1).toString();
        auto set
            = Sql::exec(to.database(),
                        QStringLiteral("SELECT setval(pg_get_serial_sequence(?, ?), coalesce(max(%2), 0) + 1, false)"
                                       " FROM %1")
                            .arg(identityTable, identityColumn),
                        {identityTable, identityColumn});
        if (!set)
            return std::unexpected(set.error());
    }
    return {};
}

Result<void> WorkspaceTransfer::recordHistory(Workspace &to, bool recording)
{
    if (!to.isServer())
        return {};
    auto set = Sql::exec(to.database(), QStringLiteral("SELECT campdesk_set_history_recording(CAST(? AS boolean))"),
                         {recording ? QStringLiteral("true") : QStringLiteral("false")});
    if (!set)
        return std::unexpected(set.error());
    return {};
}

Result<void> WorkspaceTransfer::recordPush(const Workspace &from, Workspace &to, qint64 rows)
{
    // The copied rows are the history's starting point, in one entry.
    if (!to.isServer())
        return {};
    auto recorded = Sql::exec(to.database(),
                              QStringLiteral("INSERT INTO campdesk_history (table_name, action, after)"
                                             " VALUES ('workspace', 'push', jsonb_build_object('from', CAST(? AS text),"
                                             " 'rows', CAST(? AS bigint)))"),
                              {QFileInfo(from.path()).fileName(), rows});
    if (!recorded)
        return std::unexpected(recorded.error());
    return {};
}

Result<void> WorkspaceTransfer::analyze(Workspace &to)
{
    // A server plans its queries from each table's statistics, which a
    // table filled in one transaction does not have until autovacuum comes
    // by: the big camp's dashboard took 157 ms straight after a push, and
    // 58 ms once its tables were analysed. A file's planner needs none.
    if (!to.isServer())
        return {};
    for (const QString &schemaTable : PostgresSchema::tables()) {
        if (auto analyzed = Sql::exec(to.database(), QStringLiteral("ANALYZE %1").arg(schemaTable)); !analyzed)
            return std::unexpected(analyzed.error());
    }
    return {};
}

Result<qint64> WorkspaceTransfer::pull(const Workspace &from, const QString &target)
{
    const QString absolute = QFileInfo(target).absoluteFilePath();
    const QString name = QDir::toNativeSeparators(absolute);
    if (Workspace::isOpenHere(absolute))
        return fail(tr("%1 is a workspace that is open; a copy cannot replace it.").arg(name));
    // Row-level security shows an operator of some camps those alone: their
    // copy would be part of the workspace, written as if it were all of it.
    if (from.isServer()) {
        auto everyCamp = Sql::scalar(from.database(), QStringLiteral("SELECT campdesk_sees_every_camp()::int"));
        if (!everyCamp)
            return std::unexpected(everyCamp.error());
        if (*everyCamp == 0)
            return fail(tr("This login is given some of the workspace's camps, not all, so a copy would hold only "
                           "those: copy it as its owner, or as an operator of every camp. %1 was not written.")
                            .arg(name));
    }
    const QString temporary = absolute + QStringLiteral(".part");
    const auto removeTemporary = [&temporary] {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(temporary + suffix);
    };
    // Another copy to the same file may be writing it; one cut short left it.
    if (QFileInfo::exists(temporary))
        return fail(tr("%1 exists: another copy to %2 is being written, or one was cut short. Remove it if none is "
                       "running, and copy again.")
                        .arg(QDir::toNativeSeparators(temporary), name));
    Workspace::OpenOptions options;
    options.backupBeforeUpgrade = false;
    auto copy = Workspace::open(temporary, options);
    if (!copy)
        return fail(tr("%1 could not be written: %2").arg(name, copy.error().message));
    auto copied = WorkspaceTransfer::copy(from, **copy);
    if (!copied) {
        copy->reset();
        removeTemporary();
        return fail(tr("%1 could not be written: %2").arg(name, copied.error().message));
    }
    if (auto closed = closeAsOneFile(std::move(*copy)); !closed) {
        removeTemporary();
        return fail(tr("%1 could not be written: %2").arg(name, closed.error().message));
    }
    // In one step: an older copy at that name stays whole until this one
    // has taken its place.
    if (!Rename::replacing(temporary, absolute)) {
        removeTemporary();
        return fail(tr("%1 could not be replaced.").arg(name));
    }
    return *copied;
}

Result<void> WorkspaceTransfer::closeAsOneFile(std::unique_ptr<Workspace> copy)
{
    const QString path = copy->path();
    {
        const QSqlDatabase &db = copy->database();
        auto folded = Sql::exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        if (!folded)
            return std::unexpected(folded.error());
        // Its first column is 1 when the log could not all be folded in.
        const bool whole = folded->next() && folded->value(0).toInt() == 0;
        folded->finish(); // a statement still open would keep the log in use
        if (!whole)
            return fail(tr("its log could not be folded into it."));
        auto mode = Sql::exec(db, QStringLiteral("PRAGMA journal_mode = DELETE"));
        if (!mode)
            return std::unexpected(mode.error());
        if (!mode->next() || mode->value(0).toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
            return fail(tr("its log could not be switched off."));
    }
    copy.reset();
    if (QFileInfo::exists(path + QStringLiteral("-wal")))
        return fail(tr("its log was left beside it."));
    return Workspace::verify(path);
}

} // namespace CampDesk
