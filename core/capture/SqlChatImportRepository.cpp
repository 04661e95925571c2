#include "core/capture/SqlChatImportRepository.h"

#include "core/storage/PostgresCopy.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Statement.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QtEndian>

namespace CampDesk {

SqlChatImportRepository::SqlChatImportRepository(const QSqlDatabase &db)
    : m_db(db)
{
}

Result<qint64> SqlChatImportRepository::add(qint64 campId, const QString &fileName, const QString &format,
                                            const QString &encoding)
{
    auto row = Sql::exec(m_db,
                         QStringLiteral("INSERT INTO chat_imports (camp_id, file_name, format, encoding, imported_at)"
                                        " VALUES (?, ?, ?, ?, ?)"),
                         {campId, fileName, format, encoding, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    if (!row)
        return std::unexpected(row.error());
    return row->lastInsertId().toLongLong();
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
    [[nodiscard]] Result<void> finishMessages() override { return {}; }
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
                       " is_self) VALUES (?, ?, ?, ?, NULL, 0, ?)")
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
    if (auto run = insert.run(); !run)
        return std::unexpected(run.error());
    return insert.lastInsertId();
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

// On a server a statement per message is a round trip per message, so the
// messages are copied in bulk (PostgresCopy) to a staging table and reach
// chat_messages in one INSERT … SELECT at the end. Whether the camp has a
// message cannot then be asked row by row: the camp's keys, with each
// message's identity and text hash, are read once into a book, and every
// message stored adds to it.
class StagedRows final : public PreparedRows {
public:
    explicit StagedRows(const QSqlDatabase &db)
        : PreparedRows(db)
        , m_db(db)
        , m_copy(db, "campdesk_staged_messages",
                 "camp_id, import_id, identity_id, sent_at, day, kind, body, source_key")
    {
    }

    [[nodiscard]] Result<bool> insertMessage(qint64 campId, qint64 importId, qint64 identityId, qint64 sentAt,
                                             QStringView day, QStringView kind, QStringView body,
                                             qint64 sourceKey) override;
    [[nodiscard]] Result<bool> holdsSame(qint64 campId, qint64 sourceKey, qint64 identityId, QStringView body) override;
    [[nodiscard]] Result<void> finishMessages() override;

private:
    // A few megabytes per COPY: large enough that the round trips vanish,
    // small enough that memory stays flat over a 2 GB export.
    static constexpr qsizetype CopyBytes = 4 << 20;

    struct Held {
        qint64 identityId = 0;
        qint64 bodyHash = 0;
    };

    [[nodiscard]] Result<void> begin(qint64 campId);

    QSqlDatabase m_db;
    PostgresCopy m_copy;
    QHash<qint64, Held> m_book;
    qint64 m_campId = 0;
};

Result<void> StagedRows::begin(qint64 campId)
{
    auto staging = Sql::exec(m_db,
                             QStringLiteral("CREATE TEMPORARY TABLE campdesk_staged_messages (camp_id bigint,"
                                            " import_id bigint, identity_id bigint, sent_at bigint, day text,"
                                            " kind text, body text, source_key bigint) ON COMMIT DROP"));
    if (!staging)
        return std::unexpected(staging.error());
    Statement keys(m_db,
                   "SELECT source_key, coalesce(identity_id, 0),"
                   " ('x' || substr(md5(body), 1, 16))::bit(64)::bigint"
                   " FROM chat_messages WHERE camp_id = ?");
    if (!keys.isValid())
        return fail(keys.error());
    keys.bind(1, campId);
    m_book.clear();
    if (auto read = keys.forEachRow([&] {
            m_book.insert(keys.int64At(0), {keys.int64At(1), keys.int64At(2)});
            return Result<void>();
        });
        !read)
        return read;
    m_campId = campId;
    return {};
}

Result<bool> StagedRows::insertMessage(qint64 campId, qint64 importId, qint64 identityId, qint64 sentAt,
                                       QStringView day, QStringView kind, QStringView body, qint64 sourceKey)
{
    if (campId != m_campId) {
        if (auto begun = begin(campId); !begun)
            return std::unexpected(begun.error());
    }
    const qsizetype before = m_book.size();
    Held &held = m_book[sourceKey];
    if (m_book.size() == before)
        return false;
    held = {identityId, bodyHash(body)};
    m_copy.add(campId);
    m_copy.add(importId);
    if (identityId > 0)
        m_copy.add(identityId);
    else
        m_copy.addNull();
    m_copy.add(sentAt);
    m_copy.add(day);
    m_copy.add(kind);
    m_copy.add(body);
    m_copy.add(sourceKey);
    m_copy.endRow();
    if (m_copy.heldBytes() < CopyBytes)
        return true;
    if (auto sent = m_copy.send(); !sent)
        return std::unexpected(sent.error());
    return true;
}

Result<bool> StagedRows::holdsSame(qint64 campId, qint64 sourceKey, qint64 identityId, QStringView body)
{
    Q_ASSERT(campId == m_campId);
    const auto held = m_book.constFind(sourceKey);
    return held != m_book.constEnd() && held->identityId == identityId && held->bodyHash == bodyHash(body);
}

Result<void> StagedRows::finishMessages()
{
    if (m_campId == 0)
        return {};
    if (auto sent = m_copy.send(); !sent)
        return sent;
    auto moved = Sql::exec(m_db,
                           QStringLiteral("INSERT INTO chat_messages"
                                          " (camp_id, import_id, identity_id, sent_at, day, kind, body, source_key)"
                                          " SELECT camp_id, import_id, identity_id, sent_at, day, kind, body,"
                                          " source_key FROM campdesk_staged_messages ON CONFLICT DO NOTHING"));
    if (!moved)
        return std::unexpected(moved.error());
    // The book said every staged message was new to the camp; a message the
    // camp gained meanwhile means another import of the same chat ran
    // alongside this one, and this one's counts would be wrong.
    if (moved->numRowsAffected() != m_copy.rows()) {
        return fail(QCoreApplication::translate(
            "ChatImportRepository",
            "Another import added messages of this chat to the camp while this one ran. Nothing of this "
            "import was kept; import the file again."));
    }
    // Dropped now rather than at commit, for the next import in this transaction.
    if (auto dropped = Sql::exec(m_db, QStringLiteral("DROP TABLE campdesk_staged_messages")); !dropped)
        return std::unexpected(dropped.error());
    m_campId = 0;
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
