#include "core/capture/SqlChatImportRepository.h"

#include "core/storage/PostgresCopy.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Statement.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QtEndian>

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

Result<void> SqlChatImportRepository::setCounts(qint64 importId, int messagesAdded, int duplicates)
{
    auto counted
        = Sql::exec(m_db, QStringLiteral("UPDATE chat_imports SET messages_added = ?, duplicates = ? WHERE id = ?"),
                    {messagesAdded, duplicates, importId});
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
    [[nodiscard]] Result<bool> holdsSame(qint64 campId, qint64 sourceKey, qint64 identityId, QStringView body) override;
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

Result<bool> PreparedRows::holdsSame(qint64 campId, qint64 sourceKey, qint64 identityId, QStringView body)
{
    m_storedMessage.bind(1, campId);
    m_storedMessage.bind(2, sourceKey);
    auto held = oneRow(m_storedMessage, [](Statement &row) { return std::pair(row.int64At(0), row.textAt(1)); });
    if (!held)
        return std::unexpected(held.error());
    const std::optional<std::pair<qint64, QString>> &row = *held;
    return row.has_value() && row->first == identityId && row->second == body;
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
// moved into `table` in one INSERT … SELECT, inside the import's
// transaction. The caller has decided that every row is new to the table,
// unless `onConflict` says how a row that is not replaces the old one. A
// row the table gained meanwhile (another laptop's write) makes `finish`
// refuse with `overtaken`, since the import's counts would then be wrong.
class StagedTable final {
public:
    StagedTable(const QSqlDatabase &db, const char *table, const char *columns, const char *onConflict,
                const char *overtaken)
        : m_db(db)
        , m_stagedTable(QString::fromLatin1(table))
        , m_stagedColumns(QString::fromLatin1(columns))
        , m_onConflict(QString::fromLatin1(onConflict))
        , m_overtaken(overtaken)
        , m_copy(db, QByteArray(QByteArray("campdesk_staged_") + table).constData(), columns)
    {
    }

    PostgresCopy &copy() { return m_copy; }
    bool isStarted() const { return m_started; }
    [[nodiscard]] Result<void> start();
    // Sends what is held once it is a few megabytes: large enough that the
    // round trips vanish, small enough that memory stays flat over a 2 GB export.
    [[nodiscard]] Result<void> rowEnded()
    {
        constexpr qsizetype CopyBytes = 4 << 20;
        return m_copy.heldBytes() < CopyBytes ? Result<void>() : m_copy.send();
    }
    [[nodiscard]] Result<void> finish();

private:
    QSqlDatabase m_db;
    QString m_stagedTable;
    QString m_stagedColumns;
    QString m_onConflict;
    const char *m_overtaken;
    PostgresCopy m_copy;
    bool m_started = false;
};

Result<void> StagedTable::start()
{
    m_started = true;
    auto made = Sql::exec(m_db,
                          QStringLiteral("CREATE TEMPORARY TABLE campdesk_staged_%1 ON COMMIT DROP AS"
                                         " SELECT %2 FROM %1 WITH NO DATA")
                              .arg(m_stagedTable, m_stagedColumns));
    if (!made)
        return std::unexpected(made.error());
    return {};
}

Result<void> StagedTable::finish()
{
    if (!m_started)
        return {};
    if (auto sent = m_copy.send(); !sent)
        return sent;
    // A plain INSERT where every row is new: a unique index refusing one
    // (SQLSTATE 23505) is the other laptop's row, and costs no conflict
    // check for each of the million that are not.
    QSqlQuery move(m_db);
    const QString onConflictClause
        = m_onConflict.isEmpty() ? QString() : QStringLiteral(" ON CONFLICT ") + m_onConflict;
    if (!move.exec(
            QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM campdesk_staged_%1").arg(m_stagedTable, m_stagedColumns)
            + onConflictClause)) {
        if (move.lastError().nativeErrorCode() == QLatin1String("23505"))
            return fail(QCoreApplication::translate("ChatImportRepository", m_overtaken));
        return std::unexpected(Sql::statementError(m_db, move.lastError().text(), move.lastError()));
    }
    if (move.numRowsAffected() != m_copy.rows())
        return fail(QCoreApplication::translate("ChatImportRepository", m_overtaken));
    // Dropped now rather than at commit, for the next import in this transaction.
    m_started = false;
    if (auto dropped = Sql::exec(m_db, QStringLiteral("DROP TABLE campdesk_staged_%1").arg(m_stagedTable)); !dropped)
        return std::unexpected(dropped.error());
    return {};
}

// On a server a statement per row is a round trip per row, so an import's
// messages and chat check-ins are staged (StagedTable) and reach the camp
// in one statement each. Whether the camp has a message or a check-in
// cannot then be asked row by row: the camp's message keys (with each
// message's identity and text hash) and its chat check-ins' days are read
// once, and every row staged adds to them.
class StagedRows final : public PreparedRows {
public:
    explicit StagedRows(const QSqlDatabase &db)
        : PreparedRows(db)
        , m_db(db)
        , m_messages(db, "chat_messages", "camp_id, import_id, identity_id, sent_at, day, kind, body, source_key", "",
                     QT_TRANSLATE_NOOP("ChatImportRepository",
                                       "Another import added messages of this chat to the camp while this one ran. "
                                       "Nothing of this import was kept; import the file again."))
        , m_checkIns(db, "check_ins", "camp_id, person_id, day, source, note, import_id", "",
                     QT_TRANSLATE_NOOP("ChatImportRepository",
                                       "Check-ins for the same members and days were recorded while this import ran. "
                                       "Nothing of this import was kept; import the file again."))
        , m_memberDays(db, "member_stats", "camp_id, person_id, days",
                       "(camp_id, person_id) DO UPDATE SET days = excluded.days",
                       QT_TRANSLATE_NOOP("ChatImportRepository",
                                         "The server did not store every member's figures of this import. Nothing "
                                         "of it was kept; import the file again."))
    {
    }

    [[nodiscard]] Result<bool> insertMessage(qint64 campId, qint64 importId, qint64 identityId, qint64 sentAt,
                                             QStringView day, QStringView kind, QStringView body,
                                             qint64 sourceKey) override;
    [[nodiscard]] Result<bool> holdsSame(qint64 campId, qint64 sourceKey, qint64 identityId, QStringView body) override;
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
    // Starts `staged` at its first row, after reading what the camp holds
    // of it with `read`.
    [[nodiscard]] Result<void> startOnce(StagedTable &staged, qint64 campId, Result<void> (StagedRows::*read)(qint64));

    QSqlDatabase m_db;
    StagedTable m_messages;
    StagedTable m_checkIns;
    StagedTable m_memberDays;
    QHash<qint64, Held> m_book;
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
    if (auto started = staged.start(); !started)
        return started;
    return (this->*read)(campId);
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
    PostgresCopy &copy = m_messages.copy();
    copy.add(campId);
    copy.add(importId);
    if (identityId > 0)
        copy.add(identityId);
    else
        copy.addNull();
    copy.add(sentAt);
    copy.add(day);
    copy.add(kind);
    copy.add(body);
    copy.add(sourceKey);
    copy.endRow();
    if (auto sent = m_messages.rowEnded(); !sent)
        return std::unexpected(sent.error());
    return true;
}

Result<bool> StagedRows::holdsSame(qint64 campId, qint64 sourceKey, qint64 identityId, QStringView body)
{
    Q_UNUSED(campId); // the book holds the one camp this import writes to
    const auto held = m_book.constFind(sourceKey);
    return held != m_book.constEnd() && held->identityId == identityId && held->bodyHash == bodyHash(body);
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
    PostgresCopy &copy = m_checkIns.copy();
    copy.add(campId);
    copy.add(personId);
    copy.add(day);
    copy.add(u"chat");
    copy.add(note);
    copy.add(importId);
    copy.endRow();
    if (auto sent = m_checkIns.rowEnded(); !sent)
        return std::unexpected(sent.error());
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
    PostgresCopy &copy = m_memberDays.copy();
    copy.add(campId);
    copy.add(personId);
    copy.addBytes(days);
    copy.endRow();
    return m_memberDays.rowEnded();
}

Result<void> StagedRows::flush()
{
    for (StagedTable *staged : {&m_messages, &m_checkIns, &m_memberDays}) {
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
