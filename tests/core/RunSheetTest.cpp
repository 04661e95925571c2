#include "core/plan/RunSheet.h"

#include "core/domain/Activity.h"
#include "core/domain/Camp.h"

#include <gtest/gtest.h>

using namespace CampDesk;

// The run sheet and the agenda name a day as the calendar shades it: a day
// after the wrap-up is outside the camp, not "Wrap-up".
TEST(RunSheetTest, ADayIsNamedAsTheCalendarShadesIt)
{
    Camp camp = Camp::withDefaults(QStringLiteral("冬令营"), QDate(2025, 12, 29), QDate(2026, 1, 4));
    camp.preparationStart = QDate(2025, 12, 26);
    camp.wrapUpEnd = QDate(2026, 1, 6);
    EXPECT_EQ(RunSheet::phaseText(camp, QDate(2025, 12, 25)), QStringLiteral("Outside the camp's days"));
    EXPECT_EQ(RunSheet::phaseText(camp, QDate(2025, 12, 26)), QStringLiteral("Preparation"));
    EXPECT_EQ(RunSheet::phaseText(camp, QDate(2025, 12, 29)), QStringLiteral("Course day 1"));
    EXPECT_EQ(RunSheet::phaseText(camp, QDate(2026, 1, 4)), QStringLiteral("Course day 7"));
    EXPECT_EQ(RunSheet::phaseText(camp, QDate(2026, 1, 6)), QStringLiteral("Wrap-up"));
    EXPECT_EQ(RunSheet::phaseText(camp, QDate(2026, 1, 7)), QStringLiteral("Outside the camp's days"));
}

// An activity whose start cannot be read (a damaged workspace) may be this
// day's: the sheet is refused naming it, not printed short without a word.
TEST(RunSheetTest, AnActivityWhoseTimeCannotBeReadIsNamedNotLeftOut)
{
    Activity morning;
    morning.id = 1;
    morning.title = QStringLiteral("晨读");
    morning.start = wallClock(QDate(2026, 1, 2), QTime(7, 0));
    morning.end = wallClock(QDate(2026, 1, 2), QTime(7, 30));
    Activity damaged;
    damaged.id = 2;
    damaged.title = QStringLiteral("分享会");
    damaged.start = wallClockFromString(QStringLiteral("2026-01-02 25:99"));
    ASSERT_FALSE(damaged.start.isValid());
    ASSERT_EQ(RunSheet::activitiesOn({morning}, QDate(2026, 1, 2)).value_or(QList<Activity> {}).size(), 1);
    const auto refused = RunSheet::activitiesOn({morning, damaged}, QDate(2026, 1, 3));
    ASSERT_FALSE(refused.has_value());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("“分享会” (activity 2)")))
        << refused.error().message.toStdString();

    // A readable start on another day with an unreadable end is no matter here.
    Activity otherDay = morning;
    otherDay.start = wallClock(QDate(2026, 1, 5), QTime(7, 0));
    otherDay.end = QDateTime();
    EXPECT_TRUE(RunSheet::activitiesOn({otherDay}, QDate(2026, 1, 2)).has_value());
    EXPECT_FALSE(RunSheet::activitiesOn({otherDay}, QDate(2026, 1, 5)).has_value());
}

// A late activity past midnight is still on when the next day begins: it is
// on that day's sheet too, with the day it began; one ending at midnight is not.
TEST(RunSheetTest, AnActivityPastMidnightIsOnTheNextDaysSheet)
{
    Camp camp = Camp::withDefaults(QStringLiteral("冬令营"), QDate(2025, 12, 29), QDate(2026, 1, 4));
    Activity late;
    late.id = 1;
    late.title = QStringLiteral("深夜分享会");
    late.start = wallClock(QDate(2026, 1, 1), QTime(23, 0));
    late.end = wallClock(QDate(2026, 1, 2), QTime(0, 30));
    Activity morning;
    morning.id = 2;
    morning.title = QStringLiteral("晨读");
    morning.start = wallClock(QDate(2026, 1, 2), QTime(7, 0));
    morning.end = wallClock(QDate(2026, 1, 2), QTime(7, 30));
    Activity toMidnight = late;
    toMidnight.id = 3;
    toMidnight.end = wallClock(QDate(2026, 1, 2), QTime(0, 0));

    const auto onTheSecond = RunSheet::activitiesOn({morning, late, toMidnight}, QDate(2026, 1, 2));
    ASSERT_TRUE(onTheSecond.has_value());
    ASSERT_EQ(onTheSecond->size(), 2);
    EXPECT_EQ(onTheSecond->at(0).id, 1) << "the one still on comes first";
    EXPECT_EQ(onTheSecond->at(1).id, 2);
    EXPECT_EQ(RunSheet::activitiesOn({late}, QDate(2026, 1, 1)).value_or(QList<Activity> {}).size(), 1);
    EXPECT_TRUE(RunSheet::activitiesOn({late}, QDate(2026, 1, 3)).value_or(QList<Activity> {{}}).isEmpty());

    const QLocale english(QLocale::English);
    const RunSheetContent sheet = RunSheet::content(camp, QDate(2026, 1, 2), *onTheSecond, {}, english);
    ASSERT_EQ(sheet.table.rows.size(), 2);
    const QString carried = sheet.table.text(0, 0, english);
    EXPECT_EQ(carried, QStringLiteral("1/1 23:00–00:30"));
    EXPECT_EQ(sheet.table.text(1, 0, english), QStringLiteral("07:00–07:30"));
}
