#include "core/review/SqlActivityStatsRepository.h"

#include "core/storage/Statement.h"
#include "core/storage/Transaction.h"

namespace CampDesk {

SqlActivityStatsRepository::SqlActivityStatsRepository(const QSqlDatabase &db)
    : m_db(db)
{
}

Result<void> SqlActivityStatsRepository::forEachPersonMinutes(
    qint64 campId, const std::function<void(qint64 personId, QByteArrayView minutes)> &visit) const
{
    Statement select(m_db,
                     "SELECT i.person_id, m.minutes FROM identity_minutes m"
                     " JOIN chat_identities i ON i.id = m.identity_id"
                     " WHERE m.camp_id = ? AND i.person_id IS NOT NULL ORDER BY i.person_id");
    if (!select.isValid())
        return fail(select.error());
    select.bind(1, campId);
    return select.forEachRow([&]() -> Result<void> {
        visit(select.int64At(0), select.blobAt(1));
        return {};
    });
}

Result<void> SqlActivityStatsRepository::forEachCountedMessage(
    qint64 campId, qint64 from, qint64 to, const std::function<void(qint64 sentAt, qint64 personId)> &visit) const
{
    Statement select(m_db,
                     "SELECT m.sent_at, i.person_id FROM chat_messages m"
                     " JOIN chat_identities i ON i.id = m.identity_id"
                     " WHERE m.camp_id = ? AND m.sent_at >= ? AND m.sent_at < ?"
                     " AND i.person_id IS NOT NULL AND m.kind IN ('text', 'media', 'checkin')");
    if (!select.isValid())
        return fail(select.error());
    select.bind(1, campId);
    select.bind(2, from);
    select.bind(3, to);
    return select.forEachRow([&]() -> Result<void> {
        visit(select.int64At(0), select.int64At(1));
        return {};
    });
}

Result<void> SqlActivityStatsRepository::forEachStored(qint64 campId,
                                                       const std::function<void(const Stored &row)> &visit) const
{
    Statement select(m_db,
                     "SELECT activity_id, window_start, window_end, revision, people FROM activity_stats"
                     " WHERE camp_id = ?");
    if (!select.isValid())
        return fail(select.error());
    select.bind(1, campId);
    return select.forEachRow([&]() -> Result<void> {
        visit({select.int64At(0), select.int64At(1), select.int64At(2), select.int64At(3), select.blobAt(4)});
        return {};
    });
}

Result<void> SqlActivityStatsRepository::store(qint64 campId, qint64 revision, const QList<Fresh> &rows)
{
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    Statement upsert(m_db,
                     "INSERT INTO activity_stats (activity_id, camp_id, window_start, window_end, revision, people)"
                     " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (activity_id) DO UPDATE SET"
                     " window_start = excluded.window_start, window_end = excluded.window_end,"
                     " revision = excluded.revision, people = excluded.people");
    if (!upsert.isValid())
        return fail(upsert.error());
    for (const Fresh &row : rows) {
        upsert.bind(1, row.activityId);
        upsert.bind(2, campId);
        upsert.bind(3, row.windowStart);
        upsert.bind(4, row.windowEnd);
        upsert.bind(5, revision);
        upsert.bindBlob(6, row.people);
        if (auto done = upsert.run(); !done)
            return done;
    }
    return transaction.commit();
}

} // namespace CampDesk
