#include "core/storage/MessageKeys.h"

#include "core/storage/Statement.h"

#include <QCoreApplication>

#include <algorithm>

namespace CampDesk::MessageKeys {

void ContentHash::add(QStringView text)
{
    for (QChar c : text)
        m_value = (m_value ^ c.unicode()) * 0x100000001b3ULL;
    separator();
}

void ContentHash::add(qint64 number)
{
    for (int i = 0; i < 8; ++i)
        m_value = (m_value ^ quint64((number >> (8 * i)) & 0xff)) * 0x100000001b3ULL;
    separator();
}

void ContentHash::separator()
{
    m_value = (m_value ^ 0x1f) * 0x100000001b3ULL;
}

qint64 timeOrdered(qint64 sentAt, qint64 hash)
{
    const qint64 bucket = std::clamp<qint64>(sentAt, -(qint64(1) << 32), (qint64(1) << 32) - 1);
    return qint64(quint64(bucket) << 31) | (hash & 0x7fffffff);
}

qint64 alternate(qint64 primary, qint64 sentAt, QStringView identityKey, QStringView body, int attempt)
{
    ContentHash hash;
    hash.add(primary);
    hash.add(identityKey);
    hash.add(body);
    hash.add(qint64(attempt));
    return timeOrdered(sentAt, hash.value());
}

Result<void> separateCollisions(const QSqlDatabase &db)
{
    Statement groups(db,
                     "SELECT camp_id, source_key FROM chat_messages"
                     " GROUP BY camp_id, source_key HAVING COUNT(*) > 1");
    Statement rows(db,
                   "SELECT m.id, m.sent_at, ifnull(i.chat_key, ''), m.body FROM chat_messages m"
                   " LEFT JOIN chat_identities i ON i.id = m.identity_id"
                   " WHERE m.camp_id = ? AND m.source_key = ? ORDER BY m.id");
    Statement taken(db, "SELECT 1 FROM chat_messages WHERE camp_id = ? AND source_key = ?");
    Statement rekey(db, "UPDATE chat_messages SET source_key = ? WHERE id = ?");
    for (const Statement *statement : {&groups, &rows, &taken, &rekey}) {
        if (!statement->isValid())
            return fail(statement->error());
    }
    struct Group {
        qint64 campId;
        qint64 key;
    };
    QList<Group> collided;
    if (auto read = groups.forEachRow([&]() -> Result<void> {
            collided.append({groups.int64At(0), groups.int64At(1)});
            return {};
        });
        !read)
        return read;
    for (const Group &group : std::as_const(collided)) {
        struct Row {
            qint64 id;
            qint64 sentAt;
            QString identityKey;
            QString body;
        };
        QList<Row> members;
        rows.bind(1, group.campId);
        rows.bind(2, group.key);
        if (auto read = rows.forEachRow([&]() -> Result<void> {
                members.append({rows.int64At(0), rows.int64At(1), rows.textAt(2), rows.textAt(3)});
                return {};
            });
            !read)
            return read;
        // The first stored keeps the key, as it would have on import.
        for (qsizetype i = 1; i < members.size(); ++i) {
            const Row &row = members.at(i);
            qint64 key = 0;
            for (int attempt = 1; attempt <= MaxAttempts && key == 0; ++attempt) {
                const qint64 candidate = alternate(group.key, row.sentAt, row.identityKey, row.body, attempt);
                taken.bind(1, group.campId);
                taken.bind(2, candidate);
                auto found = taken.runScalar();
                if (!found)
                    return std::unexpected(found.error());
                if (!found->has_value())
                    key = candidate;
            }
            if (key == 0)
                return fail(
                    QCoreApplication::translate("MessageKeys", "Message %1 could not be given a key of its own.")
                        .arg(row.id));
            rekey.bind(1, key);
            rekey.bind(2, row.id);
            if (auto done = rekey.run(); !done)
                return done;
        }
    }
    return {};
}

} // namespace CampDesk::MessageKeys
