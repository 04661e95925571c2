#include "core/plan/ActivityFilter.h"

#include <gtest/gtest.h>

using namespace CampDesk;

namespace {
Activity at(qint64 id, QTime start, int minutes, ActivityType type = ActivityType::Lesson)
{
    Activity activity;
    activity.id = id;
    activity.type = type;
    activity.title = QStringLiteral("A%1").arg(id);
    activity.start = wallClock(QDate(2027, 3, 1), start);
    activity.end = activity.start.addSecs(minutes * 60);
    return activity;
}
} // namespace

TEST(ActivityFilterTest, MatchesTypeStatusOwnerAndText)
{
    Activity activity = at(1, QTime(9, 0), 30, ActivityType::SharingSession);
    activity.notes = QStringLiteral("Invite Maya");
    activity.ownerMembershipId = 5;
    ActivityFilter filter;
    EXPECT_TRUE(filter.matches(activity));
    filter.types = {ActivityType::Lesson};
    EXPECT_FALSE(filter.matches(activity));
    filter.types = {ActivityType::SharingSession};
    EXPECT_TRUE(filter.matches(activity));
    filter.statuses = {ActivityStatus::Done};
    EXPECT_FALSE(filter.matches(activity));
    filter.statuses.clear();
    filter.owner = 0;
    EXPECT_FALSE(filter.matches(activity));
    filter.owner = 5;
    EXPECT_TRUE(filter.matches(activity));
    filter.text = QStringLiteral("maya");
    EXPECT_TRUE(filter.matches(activity));
    filter.text = QStringLiteral("nobody");
    EXPECT_FALSE(filter.matches(activity));
}

TEST(ActivityFilterTest, MonthGridStartsOnTheLocalesFirstDay)
{
    // 1 March 2027 is a Monday.
    EXPECT_EQ(CalendarMath::monthGridStart(QDate(2027, 3, 15), Qt::Monday), QDate(2027, 3, 1));
    EXPECT_EQ(CalendarMath::monthGridStart(QDate(2027, 3, 15), Qt::Sunday), QDate(2027, 2, 28));
    // 1 January 2028 is a Saturday: the grid reaches back into 2027.
    EXPECT_EQ(CalendarMath::monthGridStart(QDate(2028, 1, 20), Qt::Monday), QDate(2027, 12, 27));
    EXPECT_EQ(CalendarMath::weekStart(QDate(2027, 3, 7), Qt::Monday), QDate(2027, 3, 1));
    EXPECT_EQ(CalendarMath::weekStart(QDate(2027, 3, 7), Qt::Sunday), QDate(2027, 3, 7));
}

TEST(ActivityFilterTest, OverlappingActivitiesGetLanes)
{
    const QList<Activity> day = {at(1, QTime(9, 0), 60), at(2, QTime(9, 30), 60), at(3, QTime(10, 0), 30),
                                 at(4, QTime(12, 0), 30), at(5, QTime(12, 0), 0)};
    const QList<CalendarMath::Lane> lanes = CalendarMath::assignLanes(day);
    ASSERT_EQ(lanes.size(), 5);
    EXPECT_EQ(lanes[0].lane, 0);
    EXPECT_EQ(lanes[1].lane, 1);
    EXPECT_EQ(lanes[2].lane, 0) << "lane 0 is free again at 10:00";
    EXPECT_EQ(lanes[0].lanes, 2);
    EXPECT_EQ(lanes[2].lanes, 2);
    EXPECT_EQ(lanes[3].lanes, 2) << "a zero-length activity still takes room";
    EXPECT_EQ(lanes[4].lane, 1);
}
