#pragma once

#include "core/domain/Activity.h"

#include <QSet>

#include <optional>

namespace CampDesk {

// What the plan views show. Empty sets mean "all".
struct ActivityFilter final {
    QSet<ActivityType> types;
    QSet<ActivityStatus> statuses;
    std::optional<qint64> owner; // a membership id; 0 means "nobody yet"
    QString text; // matched against title and notes, any case

    bool isEmpty() const { return types.isEmpty() && statuses.isEmpty() && !owner && text.isEmpty(); }
    bool matches(const Activity &activity) const;
    QList<Activity> apply(const QList<Activity> &activities) const;
};

namespace CalendarMath {

// The first date shown in a six-week month grid whose weeks begin on `firstDayOfWeek`.
QDate monthGridStart(QDate anyDayOfMonth, Qt::DayOfWeek firstDayOfWeek);
// The first day of the week holding `date`.
QDate weekStart(QDate date, Qt::DayOfWeek firstDayOfWeek);

// How much an activity type deserves a place in a crowded day cell:
// ceremonies, sharing sessions, lessons and check-ins (what members take
// part in) before announcements, digests and staff tasks.
int prominence(ActivityType type);

// Places overlapping activities side by side: for each activity (in the
// given order, sorted by start) its lane and the lane count of its cluster
// of mutually overlapping activities.
struct Lane {
    int lane = 0;
    int lanes = 1;
};
QList<Lane> assignLanes(const QList<Activity> &sortedByStart);

} // namespace CalendarMath
} // namespace CampDesk
