#include "core/plan/ActivityFilter.h"

namespace CampDesk {

bool ActivityFilter::matches(const Activity &activity) const
{
    if (!types.isEmpty() && !types.contains(activity.type))
        return false;
    if (!statuses.isEmpty() && !statuses.contains(activity.status))
        return false;
    if (owner && activity.ownerMembershipId != *owner)
        return false;
    if (!text.isEmpty() && !activity.title.contains(text, Qt::CaseInsensitive)
        && !activity.notes.contains(text, Qt::CaseInsensitive))
        return false;
    return true;
}

QList<Activity> ActivityFilter::apply(const QList<Activity> &activities) const
{
    if (isEmpty())
        return activities;
    QList<Activity> result;
    for (const Activity &activity : activities) {
        if (matches(activity))
            result.append(activity);
    }
    return result;
}

namespace CalendarMath {

QDate weekStart(QDate date, Qt::DayOfWeek firstDayOfWeek)
{
    const int back = (date.dayOfWeek() - int(firstDayOfWeek) + 7) % 7;
    return date.addDays(-back);
}

QDate monthGridStart(QDate anyDayOfMonth, Qt::DayOfWeek firstDayOfWeek)
{
    return weekStart(QDate(anyDayOfMonth.year(), anyDayOfMonth.month(), 1), firstDayOfWeek);
}

int prominence(ActivityType type)
{
    switch (type) {
    // What members take part in comes before what staff post or do.
    case ActivityType::OpeningCeremony:
    case ActivityType::ClosingCeremony:
        return 4;
    case ActivityType::SharingSession:
        return 3;
    case ActivityType::Lesson:
    case ActivityType::CheckIn:
        return 2;
    case ActivityType::Entertainment:
        return 1;
    case ActivityType::Announcement:
    case ActivityType::Digest:
    case ActivityType::StaffTask:
        return 0;
    }
    return 0;
}

QList<Lane> assignLanes(const QList<Activity> &sortedByStart)
{
    QList<Lane> lanes(sortedByStart.size());
    QList<QDateTime> laneEnds; // end of the last activity in each lane of the current cluster
    qsizetype clusterStart = 0;
    QDateTime clusterEnd;
    const auto closeCluster = [&](qsizetype end) {
        for (qsizetype i = clusterStart; i < end; ++i)
            lanes[i].lanes = int(laneEnds.size());
    };
    for (qsizetype i = 0; i < sortedByStart.size(); ++i) {
        const Activity &activity = sortedByStart.at(i);
        // A zero-length activity still takes room on screen.
        const QDateTime end = std::max(activity.end, activity.start.addSecs(15 * 60));
        if (i > 0 && activity.start >= clusterEnd) {
            closeCluster(i);
            clusterStart = i;
            laneEnds.clear();
        }
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds.at(lane) > activity.start)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds.append(end);
        else
            laneEnds[lane] = end;
        lanes[i].lane = lane;
        clusterEnd = i == clusterStart ? end : std::max(clusterEnd, end);
    }
    closeCluster(sortedByStart.size());
    return lanes;
}

} // namespace CalendarMath
} // namespace CampDesk
