#include "core/capture/SqlChatImportRepository.h"

#include "core/storage/MessageKeys.h"
#include "core/storage/PostgresCopy.h"
#include "core/storage/PostgresStatement.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Statement.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QtEndian>

#include <algorithm>
#include <libpq-fe.h>

namespace CampDesk {

SqlChatImportRepository::SqlChatImportRepository(const QSqlDatabase &db)
    : m_db(db)
{
}

Result<qint64> SqlChatImportRepository::add(qint64 campId, const QString &fileName, const QString &format,
                                            const QString &encoding)
{
    // Its id as the insert returns it: on a server, lastval() would be the
    // history's, whose trigger inserted a row after this one.
    return Sql::insertRow(m_db, QStringLiteral("chat_imports"), 0,
                          {QStringLiteral("camp_id"), QStringLiteral("file_name"), QStringLiteral("format"),
                           QStringLiteral("encoding"), QStringLiteral("imported_at")},
                          {campId, fileName, format, encoding, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
}

Result<void> SqlChatImportRepository::setOutcome(qint64 importId, int messagesAdded, int duplicates,
                                                 const QString &encoding)
{
    auto counted = Sql::exec(
        m_db, QStringLiteral("UPDATE chat_imports SET messages_added = ?, duplicates = ?, encoding = ? WHERE id = ?"),
        {messagesAdded, duplicates, Sql::text(encoding), importId});
    if (!counted)
        return std::unexpected(counted.error());
    return {};
}

namespace {

// Steps a statement that selects one row at most and reads it with `read`;
// stepping past the row resets the statement for its next use.
template<typename Read> auto oneRow(Statement &select, Read read) -> Result<std::optional<decltype(read(select))>>
{
    auto row = select.next();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::nullopt;
    auto value = read(select);
    if (auto done = select.next(); !done)
        return std::unexpected(done.error());
    return value;
}

// Each message is written as it comes, and the unique key tells at once
// whether the camp had it: on a file, a statement per message is fast.
class PreparedRows : public ChatImportRepository::Rows {
public:
    explicit PreparedRows(const QSqlDatabase &db);

    [[nodiscard]] Result<void> ready() const override;
    [[nodiscard]] Result<bool> insertMessage(qint64 campId, qint64 importId, qint64 identityId, qint64 sentAt,
                                             QStringView day, QStringView kind, QStringView body,
                                             qint64 sourceKey) override;
    [[nodiscard]] Result<bool> holdsSame(qint64 campId, qint64 sourceKey, qint64 identityId,
                                         std::optional<QStringView> body) override;
    [[nodiscard]] Result<int> sameMessagesAt(qint64 campId, qint64 sentAt, qint64 identityId,
                                             QStringView body) override;
    [[nodiscard]] Result<void> flush() override { return {}; }
    [[nodiscard]] Result<qint64> insertIdentity(qint64 campId, QStringView platform, QStringView chatKey,
                                                QStringView displayName, bool self) override;
    [[nodiscard]] Result<void> updateIdentity(qint64 identityId, qint64 personId, QStringView displayName, bool staff,
                                              bool self) override;
    [[nodiscard]] Result<void> addIdentityName(qint64 identityId, QStringView name, qint64 importId) override;
    [[nodiscard]] Result<void> addMinutes(qint64 identityId, qint64 importId, qint64 part, qint64 campId,
                                          const QByteArray &minutes) override;
    [[nodiscard]] Result<bool> addChatCheckIn(qint64 campId, qint64 personId, QStringView day, QStringView note,
                                              qint64 importId) override;
    [[nodiscard]] Result<std::optional<QByteArray>> memberDays(qint64 campId, qint64 personId) override;
    [[nodiscard]] Result<void> setMemberDays(qint64 campId, qint64 personId, const QByteArray &days) override;

private:
    Statement m_insertMessage;
    Statement m_storedMessage;
    Statement m_sameAt;
    Statement m_insertIdentity;
    Statement m_updateIdentity;
    Statement m_identityName;
    Statement m_minutes;
    Statement m_checkIn;
    Statement m_memberDays;
    Statement m_setMemberDays;
};

PreparedRows::PreparedRows(const QSqlDatabase &db)
    : m_insertMessage(db,
                      "INSERT INTO chat_messages"
                      " (camp_id, import_id, identity_id, sent_at, day, kind, body, source_key)"
                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
    , m_storedMessage(db,
                      "SELECT coalesce(identity_id, 0), body FROM chat_messages WHERE camp_id = ? AND source_key = ?")
    , m_sameAt(db,
               "SELECT COUNT(*) FROM chat_messages WHERE camp_id = ? AND source_key BETWEEN ? AND ?"
               " AND coalesce(identity_id, 0) = ? AND body = ?")
    , m_insertIdentity(db,
                       "INSERT INTO chat_identities (camp_id, platform, chat_key, display_name, person_id, is_staff,"
                       " is_self) VALUES (?, ?, ?, ?, NULL, 0, ?) RETURNING id")
    , m_updateIdentity(db,
                       "UPDATE chat_identities SET person_id = ?, display_name = ?,"
                       " is_staff = CASE WHEN ? = 0 THEN is_staff ELSE 1 END,"
                       " is_self = CASE WHEN ? = 0 THEN is_self ELSE 1 END WHERE id = ?")
    , m_identityName(db,
                     "INSERT INTO chat_identity_names (identity_id, name, import_id) VALUES (?, ?, ?)"
                     " ON CONFLICT DO NOTHING")
    , m_minutes(db,
                "INSERT INTO identity_minutes (identity_id, import_id, part, camp_id, minutes) VALUES (?, ?, ?, ?, ?)")
    , m_checkIn(db,
                "INSERT INTO check_ins (camp_id, person_id, day, source, note, import_id)"
                " VALUES (?, ?, ?, 'chat', ?, ?) ON CONFLICT DO NOTHING")
    , m_memberDays(db, "SELECT days FROM member_stats WHERE camp_id = ? AND person_id = ?")
    , m_setMemberDays(db,
                      "INSERT INTO member_stats (camp_id, person_id, days) VALUES (?, ?, ?)"
                      " ON CONFLICT (camp_id, person_id) DO UPDATE SET days = excluded.days")
{
}

Result<void> PreparedRows::ready() const
{
    for (const Statement *statement : {&m_insertMessage, &m_storedMessage, &m_insertIdentity, &m_updateIdentity,
                                       &m_identityName, &m_minutes, &m_checkIn, &m_memberDays, &m_setMemberDays}) {
        if (!statement->isValid())
            return fail(statement->error());
    }
    return {};
}

Result<bool> PreparedRows::insertMessage(qint64 campId, qint64 importId, qint64 identityId, qint64 sentAt,
                                         QStringView day, QStringView kind, QStringView body, qint64 sourceKey)
{
    Statement &insert = m_insertMessage;
    insert.bind(1, campId);
    insert.bind(2, importId);
    if (identityId > 0)
        insert.bind(3, identityId);
    else
        insert.bindNull(3);
    insert.bind(4, sentAt);
    insert.bind(5, day);
    insert.bind(6, kind);
    insert.bind(7, body);
    insert.bind(8, sourceKey);
    if (auto run = insert.run(); !run)
        return std::unexpected(run.error());
    return insert.changes() > 0;
}

Result<bool> PreparedRows::holdsSame(qint64 campId, qint64 sourceKey, qint64 identityId,
                                     std::optional<QStringView> body)
{
    m_storedMessage.bind(1, campId);
    m_storedMessage.bind(2, sourceKey);
    auto held = oneRow(m_storedMessage, [](Statement &row) { return std::pair(row.int64At(0), row.textAt(1)); });
    if (!held)
        return std::unexpected(held.error());
    const std::optional<std::pair<qint64, QString>> &row = *held;
    return row.has_value() && row->first == identityId && (!body || row->second == *body);
}

Result<int> PreparedRows::sameMessagesAt(qint64 campId, qint64 sentAt, qint64 identityId, QStringView body)
{
    Statement &count = m_sameAt;
    count.bind(1, campId);
    count.bind(2, MessageKeys::timeOrdered(sentAt, 0));
    count.bind(3, MessageKeys::timeOrdered(sentAt, 0x7fffffff));
    count.bind(4, identityId);
    count.bind(5, body);
    auto counted = oneRow(count, [](Statement &row) { return int(row.int64At(0)); });
    if (!counted)
        return std::unexpected(counted.error());
    return counted->value_or(0);
}

Result<qint64> PreparedRows::insertIdentity(qint64 campId, QStringView platform, QStringView chatKey,
                                            QStringView displayName, bool self)
{
    Statement &insert = m_insertIdentity;
    insert.bind(1, campId);
    insert.bind(2, platform);
    insert.bind(3, chatKey);
    insert.bind(4, displayName);
    insert.bind(5, qint64(self ? 1 : 0));
    // Its id comes back with the insert: on a server, asking for it after
    // (lastval) would be a second round trip for each of thousands of senders.
    auto id = insert.runScalar();
    if (!id)
        return std::unexpected(id.error());
    const std::optional<qint64> &made = *id;
    if (!made.has_value())
        return fail(QCoreApplication::translate("ChatImportRepository", "A chat identity was stored without an id."));
    return *made;
}

Result<void> PreparedRows::updateIdentity(qint64 identityId, qint64 personId, QStringView displayName, bool staff,
                                          bool self)
{
    Statement &update = m_updateIdentity;
    if (personId > 0)
        update.bind(1, personId);
    else
        update.bindNull(1);
    update.bind(2, displayName);
    update.bind(3, qint64(staff ? 1 : 0));
    update.bind(4, qint64(self ? 1 : 0));
    update.bind(5, identityId);
    return update.run();
}

Result<void> PreparedRows::addIdentityName(qint64 identityId, QStringView name, qint64 importId)
{
    Statement &insert = m_identityName;
    insert.bind(1, identityId);
    insert.bind(2, name);
    insert.bind(3, importId);
    return insert.run();
}

Result<void> PreparedRows::addMinutes(qint64 identityId, qint64 importId, qint64 part, qint64 campId,
                                      const QByteArray &minutes)
{
    Statement &insert = m_minutes;
    insert.bind(1, identityId);
    insert.bind(2, importId);
    insert.bind(3, part);
    insert.bind(4, campId);
    insert.bindBlob(5, minutes);
    return insert.run();
}

Result<bool> PreparedRows::addChatCheckIn(qint64 campId, qint64 personId, QStringView day, QStringView note,
                                          qint64 importId)
{
    Statement &insert = m_checkIn;
    insert.bind(1, campId);
    insert.bind(2, personId);
    insert.bind(3, day);
    insert.bind(4, note);
    insert.bind(5, importId);
    if (auto run = insert.run(); !run)
        return std::unexpected(run.error());
    return insert.changes() > 0;
}

Result<std::optional<QByteArray>> PreparedRows::memberDays(qint64 campId, qint64 personId)
{
    Statement &select = m_memberDays;
    select.bind(1, campId);
    select.bind(2, personId);
    return oneRow(select, [](Statement &row) { return row.blobAt(0).toByteArray(); });
}

Result<void> PreparedRows::setMemberDays(qint64 campId, qint64 personId, const QByteArray &days)
{
    Statement &upsert = m_setMemberDays;
    upsert.bind(1, campId);
    upsert.bind(2, personId);
    upsert.bindBlob(3, days);
    return upsert.run();
}

// A message's text as a number: the first eight bytes of its MD5, which the
// server computes the same way (StagedRows::loadBook) without sending it.
qint64 bodyHash(QStringView body)
{
    const QByteArray digest = QCryptographicHash::hash(body.toUtf8(), QCryptographicHash::Md5);
    return qFromBigEndian<qint64>(digest.constData());
}

// Rows copied in bulk (PostgresCopy) to a temporary table of their own and
// moved into the camp in one statement, inside the import's transaction.
// The caller has decided that every row is new to the table (or how the
// move treats one that is not). When the move writes another number of rows
// than were staged, another laptop wrote meanwhile, the import's counts
// would then be wrong, and `finish` refuses with `overtaken`; without it, a
// staged row may write nothing (ON CONFLICT DO NOTHING).
struct StagedMove {
    const char *staged; // the temporary table is campdesk_staged_<staged>
    const char *table; // whose columns it takes
    const char *columns;
    // The moving statement, with %1 for the temporary table; null for a
    // plain INSERT INTO table (columns) SELECT columns.
    const char *move;
    const char *overtaken;
};

class StagedTable final {
public:
    StagedTable(const QSqlDatabase &db, const StagedMove &spec)
        : m_db(db)
        , m_spec(spec)
        , m_stagedTable(QStringLiteral("campdesk_staged_") + QLatin1String(spec.staged))
        , m_copy(db, m_stagedTable.toLatin1().constData(), spec.columns)
    {
    }

    ~StagedTable() { takeMoveResults(); }
    Q_DISABLE_COPY_MOVE(StagedTable)

    PostgresCopy &copy() { return m_copy; }
    bool isStarted() const { return m_started; }
    [[nodiscard]] Result<void> start();
    // Whether what is held is a few megabytes: large enough that the round
    // trips vanish, small enough that memory stays flat over a 2 GB export.
    // The first sends are smaller (see m_fullAt).
    bool isFull() const { return m_copy.heldBytes() >= m_fullAt; }
    // Sends what is held once it is full.
    [[nodiscard]] Result<void> rowEnded() { return isFull() ? send() : Result<void>(); }
    // Sends what is held and moves it into the camp without waiting for the
    // server: it moves these rows while the import reads the next ones.
    // Nothing else may use the connection until settle() has taken the result.
    [[nodiscard]] Result<void> moveAhead() { return sendMove(QStringLiteral("TRUNCATE")); }
    // Waits for a move sent ahead, if any, and checks what it wrote.
    [[nodiscard]] Result<void> settle();
    // Moves the rows staged since the last move, if any, and waits for it.
    // The staged table stays for more: making it again would need the
    // connection in the middle of reading the next batch.
    [[nodiscard]] Result<void> moveNow();
    // Moves every row left and drops the staged table (for the next batch or
    // import in this transaction, rather than at commit).
    [[nodiscard]] Result<void> finish();

private:
    static constexpr qsizetype CopyBytes = 4 << 20;
    static constexpr qsizetype FirstSendBytes = 256 << 10;

    // Sends what is held; the next send waits for twice as much (m_fullAt).
    [[nodiscard]] Result<void> send();
    QString moveStatement() const;
    // Sends what is held, then the move and `then` (what becomes of the
    // staged table) in one round trip, without waiting for either.
    [[nodiscard]] Result<void> sendMove(const QString &then);
    // Reads every result of a move sent ahead; the first error, if any.
    std::optional<Error> takeMoveResults();

    std::unexpected<Error> overtaken() const
    {
        return fail(QCoreApplication::translate("ChatImportRepository", m_spec.overtaken));
    }

    QSqlDatabase m_db;
    StagedMove m_spec;
    QString m_stagedTable;
    PostgresCopy m_copy;
    // What makes the next send: the server has nothing to do until the
    // first move, and 4 MB of a chat export take CampDesk 0.4 s to read, so
    // the sends start at 256 KB and double up to CopyBytes.
    qsizetype m_fullAt = FirstSendBytes;
    qint64 m_movedRows = 0; // rows of earlier batches, already moved
    qint64 m_movingRows = -1; // rows of the move sent ahead; -1: none in flight
    qint64 m_movingWritten = 0; // what that move reported writing
    bool m_started = false;
};

QString StagedTable::moveStatement() const
{
    const QString stagedColumns = QLatin1String(m_spec.columns);
    const QString stagedInto = QLatin1String(m_spec.table);
    return m_spec.move != nullptr
        ? QString::fromLatin1(m_spec.move).arg(m_stagedTable)
        : QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3").arg(stagedInto, stagedColumns, m_stagedTable);
}

Result<void> StagedTable::send()
{
    m_fullAt = qMin(2 * m_fullAt, CopyBytes);
    return m_copy.send();
}

Result<void> StagedTable::sendMove(const QString &then)
{
    if (auto sent = send(); !sent)
        return sent;
    pg_conn *connection = postgresHandleOf(m_db);
    if (connection == nullptr)
        return fail(PostgresCopy::tr("Rows can be copied in bulk to a PostgreSQL server only."));
    const QByteArray statements = (moveStatement() + QStringLiteral("; %1 %2").arg(then, m_stagedTable)).toUtf8();
    if (PQsendQuery(connection, statements.constData()) != 1)
        return fail(postgresErrorOf(nullptr, connection));
    m_movingRows = m_copy.rows() - m_movedRows;
    m_movingWritten = -1;
    return {};
}

std::optional<Error> StagedTable::takeMoveResults()
{
    if (m_movingRows < 0)
        return std::nullopt;
    pg_conn *connection = postgresHandleOf(m_db);
    std::optional<Error> failure;
    while (PostgresResult result {PQgetResult(connection)}) {
        const ExecStatusType status = PQresultStatus(result.get());
        if (status == PGRES_COMMAND_OK) {
            // The move's count comes first, the emptying's after it.
            if (m_movingWritten < 0)
                m_movingWritten = QByteArray(PQcmdTuples(result.get())).toLongLong();
            continue;
        }
        if (failure)
            continue;
        // A plain INSERT where every row is new: a unique index refusing one
        // (SQLSTATE 23505) is the other laptop's row, and costs no conflict
        // check for each of the million that are not.
        const QString state = QString::fromLatin1(PQresultErrorField(result.get(), PG_DIAG_SQLSTATE));
        if (m_spec.overtaken != nullptr && state == QLatin1String("23505"))
            failure = overtaken().error();
        else
            failure = Sql::serverError(postgresErrorOf(result.get(), connection), state);
    }
    return failure;
}

Result<void> StagedTable::settle()
{
    if (m_movingRows < 0)
        return {};
    const std::optional<Error> failure = takeMoveResults();
    const qint64 rows = std::exchange(m_movingRows, -1);
    if (failure)
        return std::unexpected(*failure);
    if (m_spec.overtaken != nullptr && m_movingWritten != rows)
        return overtaken();
    m_movedRows += rows;
    return {};
}

Result<void> StagedTable::moveNow()
{
    if (auto settled = settle(); !settled)
        return settled;
    if (!m_started || m_copy.rows() == m_movedRows)
        return {};
    if (auto sent = moveAhead(); !sent)
        return sent;
    return settle();
}

Result<void> StagedTable::start()
{
    m_started = true;
    const QString stagedColumns = QLatin1String(m_spec.columns);
    const QString stagedFrom = QLatin1String(m_spec.table);
    auto made = Sql::exec(m_db,
                          QStringLiteral("CREATE TEMPORARY TABLE %1 ON COMMIT DROP AS SELECT %2 FROM %3 WITH NO DATA")
                              .arg(m_stagedTable, stagedColumns, stagedFrom));
    if (!made)
        return std::unexpected(made.error());
    return {};
}

Result<void> StagedTable::finish()
{
    if (auto settled = settle(); !settled)
        return settled;
    if (!m_started)
        return {};
    m_started = false;
    if (auto sent = sendMove(QStringLiteral("DROP TABLE")); !sent)
        return sent;
    return settle();
}

// What StagedRows refuses with when another laptop's write overtook the import.
const char *const MessagesOvertaken
    = QT_TRANSLATE_NOOP("ChatImportRepository",
                        "Another import added messages of this chat to the camp while this one ran. "
                        "Nothing of this import was kept; import the file again.");

// How each kind of row an import writes reaches the camp, in the order
// flush moves them: a sender's identity before anything that names it.
const StagedMove NewIdentities {"new_identities", "chat_identities",
                                "id, camp_id, platform, chat_key, display_name, is_self", nullptr, MessagesOvertaken};
const StagedMove IdentityDecisions {
    "identity_decisions", "chat_identities", "id, person_id, display_name, is_staff, is_self",
    "UPDATE chat_identities i SET person_id = s.person_id, display_name = s.display_name,"
    " is_staff = CASE WHEN s.is_staff = 0 THEN i.is_staff ELSE 1 END,"
    " is_self = CASE WHEN s.is_self = 0 THEN i.is_self ELSE 1 END FROM %1 s WHERE i.id = s.id",
    MessagesOvertaken};
const StagedMove IdentityNames {"identity_names", "chat_identity_names", "identity_id, name, import_id",
                                "INSERT INTO chat_identity_names (identity_id, name, import_id)"
                                " SELECT identity_id, name, import_id FROM %1 ON CONFLICT DO NOTHING",
                                nullptr};
const StagedMove Minutes {"minutes", "identity_minutes", "identity_id, import_id, part, camp_id, minutes", nullptr,
                          MessagesOvertaken};
const StagedMove Messages {"messages", "chat_messages",
                           "camp_id, import_id, identity_id, sent_at, day, kind, body, source_key", nullptr,
                           MessagesOvertaken};
const StagedMove CheckIns {"check_ins", "check_ins", "camp_id, person_id, day, source, note, import_id", nullptr,
                           QT_TRANSLATE_NOOP("ChatImportRepository",
                                             "Check-ins for the same members and days were recorded while this import "
                                             "ran. Nothing of this import was kept; import the file again.")};
const StagedMove MemberDays {"member_stats", "member_stats", "camp_id, person_id, days",
                             "INSERT INTO member_stats (camp_id, person_id, days) SELECT camp_id, person_id, days"
                             " FROM %1 ON CONFLICT (camp_id, person_id) DO UPDATE SET days = excluded.days",
                             QT_TRANSLATE_NOOP("ChatImportRepository",
                                               "The server did not store every member's figures of this import. "
                                               "Nothing of it was kept; import the file again.")};

// On a server a statement per row is a round trip per row, so every row an
// import writes is staged (StagedTable) and reaches the camp in one
// statement per table. Whether the camp has a message or a check-in
// cannot then be asked row by row: the camp's message keys (with each
// message's identity and text hash) and its chat check-ins' days are read
// once, and every row staged adds to them. A new sender's id is taken from
// the identities' sequence, a block at a time, so that its messages can
// name it before its row is written.
class StagedRows final : public PreparedRows {
public:
    explicit StagedRows(const QSqlDatabase &db)
        : PreparedRows(db)
        , m_db(db)
        , m_reserveIds(db,
                       "SELECT nextval(pg_get_serial_sequence('chat_identities', 'id'))"
                       " FROM generate_series(1, ?)")
        , m_newIdentities(db, NewIdentities)
        , m_identityDecisions(db, IdentityDecisions)
        , m_identityNames(db, IdentityNames)
        , m_minutes(db, Minutes)
        , m_messages(db, Messages)
        , m_checkIns(db, CheckIns)
        , m_memberDays(db, MemberDays)
    {
    }

    [[nodiscard]] Result<void> ready() const override;
    [[nodiscard]] Result<bool> insertMessage(qint64 campId, qint64 importId, qint64 identityId, qint64 sentAt,
                                             QStringView day, QStringView kind, QStringView body,
                                             qint64 sourceKey) override;
    [[nodiscard]] Result<bool> holdsSame(qint64 campId, qint64 sourceKey, qint64 identityId,
                                         std::optional<QStringView> body) override;
    [[nodiscard]] Result<int> sameMessagesAt(qint64 campId, qint64 sentAt, qint64 identityId,
                                             QStringView body) override;
    [[nodiscard]] Result<qint64> insertIdentity(qint64 campId, QStringView platform, QStringView chatKey,
                                                QStringView displayName, bool self) override;
    [[nodiscard]] Result<void> updateIdentity(qint64 identityId, qint64 personId, QStringView displayName, bool staff,
                                              bool self) override;
    [[nodiscard]] Result<void> addIdentityName(qint64 identityId, QStringView name, qint64 importId) override;
    [[nodiscard]] Result<void> addMinutes(qint64 identityId, qint64 importId, qint64 part, qint64 campId,
                                          const QByteArray &minutes) override;
    [[nodiscard]] Result<bool> addChatCheckIn(qint64 campId, qint64 personId, QStringView day, QStringView note,
                                              qint64 importId) override;
    [[nodiscard]] Result<std::optional<QByteArray>> memberDays(qint64 campId, qint64 personId) override;
    [[nodiscard]] Result<void> setMemberDays(qint64 campId, qint64 personId, const QByteArray &days) override;
    [[nodiscard]] Result<void> flush() override;

private:
    struct Held {
        qint64 identityId = 0;
        qint64 bodyHash = 0;
    };

    [[nodiscard]] Result<void> readKeys(qint64 campId);
    [[nodiscard]] Result<void> readCheckInDays(qint64 campId);
    [[nodiscard]] Result<void> readMemberDays(qint64 campId);
    [[nodiscard]] Result<qint64> reservedId();
    qint64 nextIdBlock() const;
    [[nodiscard]] Result<void> reserveIds(qint64 count);
    // Starts `staged` at its first row, after reading what the camp holds
    // of it with `read`, if anything.
    [[nodiscard]] Result<void> startOnce(StagedTable &staged, qint64 campId,
                                         Result<void> (StagedRows::*read)(qint64) = nullptr);
    // Starts `staged` if it is not, hands its copy to `write` for one row,
    // and sends what it holds once that is enough: messages straight on
    // into the camp (moveMessagesAhead), the others to their staged table.
    template<typename Write> [[nodiscard]] Result<void> stage(StagedTable &staged, Write write)
    {
        if (auto started = startOnce(staged, 0); !started)
            return started;
        write(staged.copy());
        staged.copy().endRow();
        if (!staged.isFull())
            return {};
        if (&staged == &m_messages)
            return moveMessagesAhead();
        if (auto settled = m_messages.settle(); !settled)
            return settled;
        return staged.rowEnded();
    }
    // The messages held so far go into the camp while the import reads on:
    // on two cores the server's work (indexes above all) and the parsing
    // overlap. The new senders they name are written first, since the move
    // checks that every message's identity exists.
    [[nodiscard]] Result<void> moveMessagesAhead();

    QSqlDatabase m_db;
    Statement m_reserveIds;
    QList<qint64> m_freeIds; // taken from the sequence, not yet given out
    qsizetype m_nextFreeId = 0;
    qint64 m_lastIdBlock = 0;
    qint64 m_idsGivenInBatch = 0; // since the last batch of messages moved
    StagedTable m_newIdentities;
    StagedTable m_identityDecisions;
    StagedTable m_identityNames;
    StagedTable m_minutes;
    StagedTable m_messages;
    StagedTable m_checkIns;
    StagedTable m_memberDays;
    QHash<qint64, Held> m_book;
    // The book by second (a key's upper bits), made when first asked
    // (sameMessagesAt) and kept from then on: most imports never ask.
    std::optional<QMultiHash<qint64, Held>> m_bySecond;
    QSet<std::pair<qint64, QString>> m_checkInDays; // person, day
    QHash<qint64, QByteArray> m_storedDays; // person → packed days (MemberDayCodec)
};

// Runs a query whose one parameter is the camp, handing each row to `read`.
template<typename Read> Result<void> eachRowOfCamp(const QSqlDatabase &db, const char *sql, qint64 campId, Read read)
{
    Statement rows(db, sql);
    if (!rows.isValid())
        return fail(rows.error());
    rows.bind(1, campId);
    return rows.forEachRow([&] {
        read(rows);
        return Result<void>();
    });
}

Result<void> StagedRows::readKeys(qint64 campId)
{
    m_book.clear();
    m_bySecond.reset();
    return eachRowOfCamp(m_db,
                         "SELECT source_key, coalesce(identity_id, 0),"
                         " ('x' || substr(md5(body), 1, 16))::bit(64)::bigint"
                         " FROM chat_messages WHERE camp_id = ?",
                         campId,
                         [this](Statement &row) { m_book.insert(row.int64At(0), {row.int64At(1), row.int64At(2)}); });
}

Result<void> StagedRows::readCheckInDays(qint64 campId)
{
    // A chat check-in is one a member and day has at most once, whatever
    // its source, except those of an activity (check_ins_unique).
    m_checkInDays.clear();
    return eachRowOfCamp(m_db, "SELECT person_id, day FROM check_ins WHERE camp_id = ? AND activity_id IS NULL", campId,
                         [this](Statement &row) { m_checkInDays.insert({row.int64At(0), row.textAt(1)}); });
}

Result<void> StagedRows::readMemberDays(qint64 campId)
{
    m_storedDays.clear();
    return eachRowOfCamp(m_db, "SELECT person_id, days FROM member_stats WHERE camp_id = ?", campId,
                         [this](Statement &row) { m_storedDays.insert(row.int64At(0), row.blobAt(1).toByteArray()); });
}

Result<void> StagedRows::startOnce(StagedTable &staged, qint64 campId, Result<void> (StagedRows::*read)(qint64))
{
    if (staged.isStarted())
        return {};
    if (auto settled = m_messages.settle(); !settled)
        return settled;
    if (auto started = staged.start(); !started)
        return started;
    return read != nullptr ? (this->*read)(campId) : Result<void>();
}

Result<void> StagedRows::ready() const
{
    if (auto prepared = PreparedRows::ready(); !prepared)
        return prepared;
    if (!m_reserveIds.isValid())
        return fail(m_reserveIds.error());
    return {};
}

// While a batch moves, reading the next one must not need the connection,
// or it waits for the move: the new senders' staged table is kept, and the
// ids the last batch's new senders took are taken again for the next one.
Result<void> StagedRows::moveMessagesAhead()
{
    if (auto settled = m_messages.settle(); !settled)
        return settled;
    if (auto written = m_newIdentities.moveNow(); !written)
        return written;
    const qint64 wanted = std::exchange(m_idsGivenInBatch, 0) - (m_freeIds.size() - m_nextFreeId);
    if (wanted > 0) {
        if (auto reserved = reserveIds(std::max(wanted, nextIdBlock())); !reserved)
            return reserved;
    }
    return m_messages.moveAhead();
}

// Ids for new senders, in blocks that grow from a few (a small chat) to a
// thousand (an export of thousands of senders takes a handful of round trips).
qint64 StagedRows::nextIdBlock() const
{
    return std::clamp<qint64>(2 * m_lastIdBlock, 16, 1024);
}

Result<void> StagedRows::reserveIds(qint64 count)
{
    if (auto settled = m_messages.settle(); !settled)
        return settled;
    m_freeIds.remove(0, m_nextFreeId);
    m_nextFreeId = 0;
    const qsizetype before = m_freeIds.size();
    m_reserveIds.bind(1, count);
    auto taken = m_reserveIds.forEachRow([this] {
        m_freeIds.append(m_reserveIds.int64At(0));
        return Result<void>();
    });
    if (!taken)
        return taken;
    if (m_freeIds.size() - before != count)
        return fail(QCoreApplication::translate("ChatImportRepository", "A chat identity was stored without an id."));
    m_lastIdBlock = count;
    return {};
}

Result<qint64> StagedRows::reservedId()
{
    if (m_nextFreeId == m_freeIds.size()) {
        if (auto reserved = reserveIds(nextIdBlock()); !reserved)
            return std::unexpected(reserved.error());
    }
    ++m_idsGivenInBatch;
    return m_freeIds.at(m_nextFreeId++);
}

Result<qint64> StagedRows::insertIdentity(qint64 campId, QStringView platform, QStringView chatKey,
                                          QStringView displayName, bool self)
{
    auto id = reservedId();
    if (!id)
        return id;
    auto staged = stage(m_newIdentities, [&](PostgresCopy &copy) {
        copy.add(*id);
        copy.add(campId);
        copy.add(platform);
        copy.add(chatKey);
        copy.add(displayName);
        copy.add(qint64(self ? 1 : 0));
    });
    if (!staged)
        return std::unexpected(staged.error());
    return *id;
}

Result<void> StagedRows::updateIdentity(qint64 identityId, qint64 personId, QStringView displayName, bool staff,
                                        bool self)
{
    return stage(m_identityDecisions, [&](PostgresCopy &copy) {
        copy.add(identityId);
        copy.addId(personId);
        copy.add(displayName);
        copy.add(qint64(staff ? 1 : 0));
        copy.add(qint64(self ? 1 : 0));
    });
}

Result<void> StagedRows::addIdentityName(qint64 identityId, QStringView name, qint64 importId)
{
    return stage(m_identityNames, [&](PostgresCopy &copy) {
        copy.add(identityId);
        copy.add(name);
        copy.add(importId);
    });
}

Result<void> StagedRows::addMinutes(qint64 identityId, qint64 importId, qint64 part, qint64 campId,
                                    const QByteArray &minutes)
{
    return stage(m_minutes, [&](PostgresCopy &copy) {
        copy.add(identityId);
        copy.add(importId);
        copy.add(part);
        copy.add(campId);
        copy.addBytes(minutes);
    });
}

Result<bool> StagedRows::insertMessage(qint64 campId, qint64 importId, qint64 identityId, qint64 sentAt,
                                       QStringView day, QStringView kind, QStringView body, qint64 sourceKey)
{
    if (auto started = startOnce(m_messages, campId, &StagedRows::readKeys); !started)
        return std::unexpected(started.error());
    const qsizetype before = m_book.size();
    Held &held = m_book[sourceKey];
    if (m_book.size() == before)
        return false;
    held = {identityId, bodyHash(body)};
    if (m_bySecond)
        m_bySecond->insert(sourceKey >> 31, held);
    auto staged = stage(m_messages, [&](PostgresCopy &copy) {
        copy.add(campId);
        copy.add(importId);
        copy.addId(identityId);
        copy.add(sentAt);
        copy.add(day);
        copy.add(kind);
        copy.add(body);
        copy.add(sourceKey);
    });
    if (!staged)
        return std::unexpected(staged.error());
    return true;
}

Result<bool> StagedRows::holdsSame(qint64 campId, qint64 sourceKey, qint64 identityId, std::optional<QStringView> body)
{
    Q_UNUSED(campId); // the book holds the one camp this import writes to
    const auto held = m_book.constFind(sourceKey);
    return held != m_book.constEnd() && held->identityId == identityId && (!body || held->bodyHash == bodyHash(*body));
}

Result<int> StagedRows::sameMessagesAt(qint64 campId, qint64 sentAt, qint64 identityId, QStringView body)
{
    if (auto started = startOnce(m_messages, campId, &StagedRows::readKeys); !started)
        return std::unexpected(started.error());
    if (!m_bySecond) {
        m_bySecond.emplace();
        m_bySecond->reserve(m_book.size());
        for (auto entry = m_book.cbegin(); entry != m_book.cend(); ++entry)
            m_bySecond->insert(entry.key() >> 31, entry.value());
    }
    const qint64 second = MessageKeys::timeOrdered(sentAt, 0) >> 31;
    const qint64 hash = bodyHash(body);
    int same = 0;
    for (auto held = m_bySecond->constFind(second); held != m_bySecond->cend() && held.key() == second; ++held)
        same += held->identityId == identityId && held->bodyHash == hash ? 1 : 0;
    return same;
}

Result<bool> StagedRows::addChatCheckIn(qint64 campId, qint64 personId, QStringView day, QStringView note,
                                        qint64 importId)
{
    if (auto started = startOnce(m_checkIns, campId, &StagedRows::readCheckInDays); !started)
        return std::unexpected(started.error());
    const qsizetype before = m_checkInDays.size();
    m_checkInDays.insert({personId, day.toString()});
    if (m_checkInDays.size() == before)
        return false;
    auto staged = stage(m_checkIns, [&](PostgresCopy &copy) {
        copy.add(campId);
        copy.add(personId);
        copy.add(day);
        copy.add(u"chat");
        copy.add(note);
        copy.add(importId);
    });
    if (!staged)
        return std::unexpected(staged.error());
    return true;
}

Result<std::optional<QByteArray>> StagedRows::memberDays(qint64 campId, qint64 personId)
{
    if (auto started = startOnce(m_memberDays, campId, &StagedRows::readMemberDays); !started)
        return std::unexpected(started.error());
    const auto stored = m_storedDays.constFind(personId);
    if (stored == m_storedDays.constEnd())
        return std::nullopt;
    return *stored;
}

Result<void> StagedRows::setMemberDays(qint64 campId, qint64 personId, const QByteArray &days)
{
    if (auto started = startOnce(m_memberDays, campId, &StagedRows::readMemberDays); !started)
        return started;
    m_storedDays.insert(personId, days);
    return stage(m_memberDays, [&](PostgresCopy &copy) {
        copy.add(campId);
        copy.add(personId);
        copy.addBytes(days);
    });
}

Result<void> StagedRows::flush()
{
    if (auto settled = m_messages.settle(); !settled)
        return settled;
    for (StagedTable *staged : {&m_newIdentities, &m_identityDecisions, &m_identityNames, &m_minutes, &m_messages,
                                &m_checkIns, &m_memberDays}) {
        if (auto moved = staged->finish(); !moved)
            return moved;
    }
    return {};
}

} // namespace

std::unique_ptr<ChatImportRepository::Rows> SqlChatImportRepository::rows() const
{
    if (Sql::isSqlite(m_db))
        return std::make_unique<PreparedRows>(m_db);
    return std::make_unique<StagedRows>(m_db);
}

} // namespace CampDesk
