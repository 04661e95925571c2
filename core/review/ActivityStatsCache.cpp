#include "core/review/ActivityStatsCache.h"

#include "core/Workspace.h"
#include "core/capture/MessageMinutes.h"
#include "core/io/Varint.h"

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
        offset = m_offsets.insert(
            hour, QDateTime(wallClock.date(), QTime(wallClock.time().hour(), 0), m_zone).offsetFromUtc());
    return (julianDay - unixEpochJulianDay) * 86400 + wallClock.time().msecsSinceStartOfDay() / 1000 - *offset;
}

ActivityWindow ActivityWindowMaker::operator()(qint64 activityId, const QDateTime &start, const QDateTime &end)
{
    const qint64 from = instant(start);
    return {activityId, from, std::max(instant(end), from) + m_tail};
}

ActivityStatsCache::ActivityStatsCache(Workspace &workspace)
    : m_stored(workspace.activityStats())
    , m_participation(workspace.participation())
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
    return m_participation.revision(campId);
}

namespace {

// Windows by the hours they touch, so each message (or minute) is tested
// against the few activities of its hour only.
class WindowsByHour {
public:
    explicit WindowsByHour(const QList<ActivityWindow> &windows)
        : m_windows(windows)
    {
        for (const ActivityWindow &window : windows) {
            if (window.end > window.start) {
                m_from = std::min(m_from, window.start);
                m_to = std::max(m_to, window.end);
            }
        }
        if (empty())
            return;
        m_firstHour = floorDiv(m_from, Hour);
        m_byHour.resize(std::size_t(floorDiv(m_to - 1, Hour) - m_firstHour + 1));
        for (int index = 0; index < windows.size(); ++index) {
            const ActivityWindow &window = windows.at(index);
            if (window.end <= window.start)
                continue;
            for (qint64 h = floorDiv(window.start, Hour); h <= floorDiv(window.end - 1, Hour); ++h)
                m_byHour[std::size_t(h - m_firstHour)].push_back(index);
        }
    }

    bool empty() const { return m_from >= m_to; }
    qint64 hours() const { return empty() ? 0 : floorDiv(m_to - 1, Hour) - floorDiv(m_from, Hour) + 1; }
    qint64 from() const { return m_from; }
    qint64 to() const { return m_to; }

    // Calls hit(window index) for every window holding the instant.
    template<typename Hit> void forEachHolding(qint64 instant, Hit hit) const
    {
        if (instant < m_from || instant >= m_to)
            return;
        for (int index : m_byHour[std::size_t(floorDiv(instant, Hour) - m_firstHour)]) {
            const ActivityWindow &window = m_windows.at(index);
            if (instant >= window.start && instant < window.end)
                hit(index);
        }
    }

private:
    static constexpr qint64 Hour = 3600;
    static qint64 floorDiv(qint64 a, qint64 b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

    const QList<ActivityWindow> &m_windows;
    qint64 m_from = std::numeric_limits<qint64>::max();
    qint64 m_to = std::numeric_limits<qint64>::min();
    qint64 m_firstHour = 0;
    std::vector<std::vector<int>> m_byHour;
};

bool onWholeMinutes(const ActivityWindow &window)
{
    return window.start % 60 == 0 && window.end % 60 == 0;
}

} // namespace

Result<QList<ActivityPeople>> ActivityStatsCache::compute(qint64 campId, const QList<ActivityWindow> &windows) const
{
    auto packed = computePacked(campId, windows);
    if (!packed)
        return std::unexpected(packed.error());
    QList<ActivityPeople> result;
    result.reserve(windows.size());
    for (const ActivityWindow &window : windows) {
        ActivityPeople people {window.activityId, window, {}};
        decode(packed->value(window.activityId), people.people);
        result.append(people);
    }
    return result;
}

Result<QHash<qint64, QByteArray>> ActivityStatsCache::computePacked(qint64 campId,
                                                                    const QList<ActivityWindow> &windows) const
{
    // Windows on whole minutes (every one CampDesk makes) are answered from
    // the identities' posting minutes; any other from the messages.
    QList<ActivityWindow> whole;
    QList<ActivityWindow> other;
    for (const ActivityWindow &window : windows)
        (onWholeMinutes(window) ? whole : other).append(window);
    auto fromMinutes = computeFromMinutes(campId, whole);
    if (!fromMinutes)
        return std::unexpected(fromMinutes.error());
    const std::optional<QList<QByteArray>> &minutes = *fromMinutes;
    if (!minutes) {
        // A damaged row: everything from the messages.
        other = windows;
        whole.clear();
    }
    auto fromMessages = computeFromMessages(campId, other);
    if (!fromMessages)
        return std::unexpected(fromMessages.error());
    QHash<qint64, QByteArray> packed;
    packed.reserve(windows.size());
    if (minutes) {
        for (qsizetype i = 0; i < whole.size(); ++i)
            packed.insert(whole.at(i).activityId, minutes->at(i));
    }
    for (const ActivityPeople &people : std::as_const(*fromMessages))
        packed.insert(people.activityId, encode(people.people));
    return packed;
}

Result<std::optional<QList<QByteArray>>>
ActivityStatsCache::computeFromMinutes(qint64 campId, const QList<ActivityWindow> &windows) const
{
    const qsizetype count = windows.size();
    QList<QByteArray> packed(count);
    const WindowsByHour byHour(windows);
    if (byHour.empty())
        return std::optional<QList<QByteArray>>(packed);
    if (byHour.hours() > 24 * 3660)
        return fail(tr("The activities span more than ten years; their participation is not computed."));
    // One person at a time (their identities are merged): counts per window,
    // packed straight into each window's row in person order, as the cache
    // keeps them (a big camp has millions of pairs: no list of them is built).
    std::vector<int> counts(std::size_t(count), 0);
    std::vector<qint64> previous(std::size_t(count), 0);
    std::vector<int> touched;
    qint64 person = 0;
    const auto flush = [&] {
        for (int index : touched) {
            QByteArray &blob = packed[index];
            Varint::write(blob, quint64(person - previous[std::size_t(index)]));
            Varint::write(blob, quint64(counts[std::size_t(index)]));
            previous[std::size_t(index)] = person;
            counts[std::size_t(index)] = 0;
        }
        touched.clear();
    };
    bool damaged = false;
    auto read = m_stored.forEachPersonMinutes(campId, [&](qint64 personId, QByteArrayView minutes) {
        if (personId != person) {
            flush();
            person = personId;
        }
        const bool ok = MessageMinutes::forEach(minutes, [&](qint64 minute, int messages) {
            byHour.forEachHolding(minute * 60, [&](int index) {
                if (counts[std::size_t(index)] == 0)
                    touched.push_back(index);
                counts[std::size_t(index)] += messages;
            });
        });
        damaged = damaged || !ok;
    });
    if (!read)
        return std::unexpected(read.error());
    if (damaged)
        return std::optional<QList<QByteArray>>();
    flush();
    return std::optional<QList<QByteArray>>(packed);
}

Result<QList<ActivityPeople>> ActivityStatsCache::computeFromMessages(qint64 campId,
                                                                      const QList<ActivityWindow> &windows) const
{
    QList<ActivityPeople> result;
    result.reserve(windows.size());
    for (const ActivityWindow &window : windows)
        result.append({window.activityId, window, {}});
    const WindowsByHour byHour(windows);
    if (byHour.empty())
        return result;
    if (byHour.hours() > 24 * 3660)
        return fail(tr("The activities span more than ten years; their participation is not computed."));

    // (window, person) for every message in a window; sorted, runs give the counts.
    std::vector<std::pair<qint32, qint64>> hits;
    auto read = m_stored.forEachCountedMessage(campId, byHour.from(), byHour.to(), [&](qint64 sentAt, qint64 personId) {
        byHour.forEachHolding(sentAt, [&](int index) { hits.emplace_back(index, personId); });
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
    QHash<qint64, ActivityWindow> wanted;
    wanted.reserve(windows.size());
    for (const ActivityWindow &window : windows)
        wanted.insert(window.activityId, window);
    auto read = m_stored.forEachStored(camp.id, [&](const ActivityStatsRepository::Stored &row) {
        const auto found = wanted.constFind(row.activityId);
        if (found == wanted.constEnd() || found->start != row.windowStart || found->end != row.windowEnd
            || row.revision != *current)
            return;
        // Not decoded here: the reader decodes once, into its own indices,
        // and asks compute() again for a blob that turns out damaged.
        loaded.insert(found->activityId, row.people.toByteArray());
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
    auto computed = computePacked(camp.id, stale);
    if (!computed)
        return std::unexpected(computed.error());
    for (auto it = computed->cbegin(); it != computed->cend(); ++it)
        loaded.insert(it.key(), it.value());
    if (!save)
        return loaded;

    // A cache: when the workspace cannot be written (read-only, busy), the
    // figures are still right, only computed again next time.
    QList<ActivityStatsRepository::Fresh> fresh;
    fresh.reserve(stale.size());
    for (const ActivityWindow &window : std::as_const(stale))
        fresh.append({window.activityId, window.start, window.end, loaded.value(window.activityId)});
    (void)m_stored.store(camp.id, *current, fresh);
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
