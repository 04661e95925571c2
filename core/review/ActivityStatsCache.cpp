#include "review/ActivityStatsCache.h"

#include "io/Varint.h"
#include "storage/SqlQuery.h"
#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"

#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace CampDesk {

ActivityWindow ActivityWindow::of(const Activity &activity, const Camp &camp)
{
    return ActivityWindowMaker(camp)(activity.id, activity.start, activity.end);
}

ActivityWindowMaker::ActivityWindowMaker(const Camp &camp)
    : m_zone(camp.zone())
    , m_tail(qint64(camp.activityTailMinutes) * 60)
{
}

qint64 ActivityWindowMaker::instant(const QDateTime &wallClock)
{
    constexpr qint64 unixEpochJulianDay = 2440588;
    const qint64 julianDay = wallClock.date().toJulianDay();
    const qint64 hour = julianDay * 24 + wallClock.time().hour();
    auto offset = m_offsets.constFind(hour);
    if (offset == m_offsets.constEnd())
        offset = m_offsets.insert(hour, QDateTime(wallClock.date(), QTime(wallClock.time().hour(), 0), m_zone).offsetFromUtc());
    return (julianDay - unixEpochJulianDay) * 86400 + wallClock.time().msecsSinceStartOfDay() / 1000 - *offset;
}

ActivityWindow ActivityWindowMaker::operator()(qint64 activityId, const QDateTime &start, const QDateTime &end)
{
    const qint64 from = instant(start);
    return {activityId, from, std::max(instant(end), from) + m_tail};
}

ActivityStatsCache::ActivityStatsCache(const QSqlDatabase &db)
    : m_db(db)
{
}

QByteArray ActivityStatsCache::encode(const QList<std::pair<qint64, int>> &people)
{
    QByteArray out;
    out.reserve(people.size() * 3);
    qint64 previous = 0;
    for (const auto &[personId, messages] : people) {
        Varint::write(out, quint64(personId - previous));
        Varint::write(out, quint64(messages));
        previous = personId;
    }
    return out;
}

bool ActivityStatsCache::decode(QByteArrayView blob, QList<std::pair<qint64, int>> &people)
{
    return forEachPerson(blob, [&people](qint64 personId, int messages) { people.append({personId, messages}); });
}

Result<qint64> ActivityStatsCache::revision(qint64 campId) const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT participation_revision FROM camps WHERE id = ?"), {campId});
}

Result<QList<ActivityPeople>> ActivityStatsCache::compute(qint64 campId, const QList<ActivityWindow> &windows) const
{
    QList<ActivityPeople> result;
    result.reserve(windows.size());
    qint64 from = std::numeric_limits<qint64>::max(), to = std::numeric_limits<qint64>::min();
    for (const ActivityWindow &window : windows) {
        result.append({window.activityId, window, {}});
        if (window.end > window.start) {
            from = std::min(from, window.start);
            to = std::max(to, window.end);
        }
    }
    if (from >= to)
        return result;

    // Windows by the hours they touch, so each message is tested against the
    // few activities of its hour only.
    constexpr qint64 hour = 3600;
    const qint64 firstHour = from / hour;
    const qint64 hours = (to - 1) / hour - firstHour + 1;
    if (hours > 24 * 3660)
        return fail(tr("The activities span more than ten years; their participation is not computed."));
    QList<QList<int>> byHour(hours);
    for (int index = 0; index < windows.size(); ++index) {
        const ActivityWindow &window = windows.at(index);
        if (window.end <= window.start)
            continue;
        for (qint64 h = window.start / hour; h <= (window.end - 1) / hour; ++h)
            byHour[h - firstHour].append(index);
    }

    SqliteStatement select(m_db, "SELECT m.sent_at, i.person_id FROM chat_messages m"
                                 " JOIN chat_identities i ON i.id = m.identity_id"
                                 " WHERE m.camp_id = ? AND m.sent_at >= ? AND m.sent_at < ?"
                                 " AND i.person_id IS NOT NULL AND m.kind IN ('text', 'media', 'checkin')");
    if (!select.isValid())
        return fail(select.error());
    select.bind(1, campId);
    select.bind(2, from);
    select.bind(3, to);
    // (window, person) for every message in a window; sorted, runs give the counts.
    std::vector<std::pair<qint32, qint64>> hits;
    auto read = select.forEachRow([&]() -> Result<void> {
        const qint64 sentAt = select.int64At(0);
        const qint64 personId = select.int64At(1);
        for (int index : std::as_const(byHour.at(sentAt / hour - firstHour))) {
            const ActivityWindow &window = windows.at(index);
            if (sentAt >= window.start && sentAt < window.end)
                hits.emplace_back(index, personId);
        }
        return {};
    });
    if (!read)
        return std::unexpected(read.error());
    std::sort(hits.begin(), hits.end());
    for (std::size_t at = 0; at < hits.size();) {
        std::size_t next = at;
        while (next < hits.size() && hits[next] == hits[at])
            ++next;
        result[hits[at].first].people.append({hits[at].second, int(next - at)});
        at = next;
    }
    return result;
}

Result<QHash<qint64, QByteArray>> ActivityStatsCache::load(const Camp &camp, const QList<ActivityWindow> &windows,
                                                           bool save)
{
    auto current = revision(camp.id);
    if (!current)
        return std::unexpected(current.error());

    QHash<qint64, QByteArray> loaded;
    loaded.reserve(windows.size());
    SqliteStatement select(m_db, "SELECT activity_id, window_start, window_end, revision, people FROM activity_stats"
                                 " WHERE camp_id = ?");
    if (!select.isValid())
        return fail(select.error());
    select.bind(1, camp.id);
    QHash<qint64, ActivityWindow> wanted;
    wanted.reserve(windows.size());
    for (const ActivityWindow &window : windows)
        wanted.insert(window.activityId, window);
    auto read = select.forEachRow([&]() -> Result<void> {
        const auto found = wanted.constFind(select.int64At(0));
        if (found == wanted.constEnd() || found->start != select.int64At(1) || found->end != select.int64At(2)
            || select.int64At(3) != *current)
            return {};
        // Not decoded here: the reader decodes once, into its own indices,
        // and asks compute() again for a blob that turns out damaged.
        loaded.insert(found->activityId, select.blobAt(4).toByteArray());
        return {};
    });
    if (!read)
        return std::unexpected(read.error());

    QList<ActivityWindow> stale;
    for (const ActivityWindow &window : windows) {
        if (!loaded.contains(window.activityId))
            stale.append(window);
    }
    if (stale.isEmpty())
        return loaded;
    auto computed = compute(camp.id, stale);
    if (!computed)
        return std::unexpected(computed.error());
    for (const ActivityPeople &people : std::as_const(*computed))
        loaded.insert(people.activityId, encode(people.people));
    if (!save)
        return loaded;

    // A cache: when the workspace cannot be written (read-only, busy), the
    // figures are still right, only computed again next time.
    Transaction transaction(m_db);
    if (!transaction.begin())
        return loaded;
    SqliteStatement upsert(m_db, "INSERT INTO activity_stats (activity_id, camp_id, window_start, window_end, revision, people)"
                                 " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (activity_id) DO UPDATE SET"
                                 " window_start = excluded.window_start, window_end = excluded.window_end,"
                                 " revision = excluded.revision, people = excluded.people");
    if (!upsert.isValid())
        return loaded;
    for (const ActivityPeople &people : std::as_const(*computed)) {
        upsert.bind(1, people.activityId);
        upsert.bind(2, camp.id);
        upsert.bind(3, people.window.start);
        upsert.bind(4, people.window.end);
        upsert.bind(5, *current);
        upsert.bindBlob(6, loaded.value(people.activityId));
        if (!upsert.run())
            return loaded;
    }
    if (!transaction.commit())
        return loaded;
    return loaded;
}

Result<void> ActivityStatsCache::refresh(const Camp &camp, const QList<Activity> &activities)
{
    QList<ActivityWindow> windows;
    windows.reserve(activities.size());
    ActivityWindowMaker windowOf(camp);
    for (const Activity &activity : activities)
        windows.append(windowOf(activity.id, activity.start, activity.end));
    auto loaded = load(camp, windows, true);
    if (!loaded)
        return std::unexpected(loaded.error());
    return {};
}

} // namespace CampDesk
