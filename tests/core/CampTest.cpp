#include "core/domain/Camp.h"

#include <gtest/gtest.h>

using namespace CampDesk;

namespace {
Camp sampleCamp()
{
    return Camp::withDefaults(QStringLiteral("Writing camp"), QDate(2026, 12, 1), QDate(2026, 12, 21));
}
} // namespace

TEST(CampTest, DefaultsFollowTheSop)
{
    const Camp camp = sampleCamp();
    EXPECT_EQ(camp.preparationStart, QDate(2026, 11, 28));
    EXPECT_EQ(camp.wrapUpEnd, QDate(2026, 12, 23));
    EXPECT_EQ(camp.courseDays(), 21);
    EXPECT_DOUBLE_EQ(camp.targetActiveRate, 30.0);
    EXPECT_TRUE(camp.validate().has_value());
}

TEST(CampTest, StatusIsDerivedFromDates)
{
    const Camp camp = sampleCamp();
    EXPECT_EQ(camp.statusOn(QDate(2026, 11, 27)), CampStatus::Planning);
    EXPECT_EQ(camp.statusOn(QDate(2026, 11, 28)), CampStatus::Preparing);
    EXPECT_EQ(camp.statusOn(QDate(2026, 11, 30)), CampStatus::Preparing);
    EXPECT_EQ(camp.statusOn(QDate(2026, 12, 1)), CampStatus::Running);
    EXPECT_EQ(camp.statusOn(QDate(2026, 12, 23)), CampStatus::Running);
    EXPECT_EQ(camp.statusOn(QDate(2026, 12, 24)), CampStatus::Finished);
}

TEST(CampTest, RejectsEndBeforeStart)
{
    Camp camp = sampleCamp();
    camp.courseEnd = QDate(2026, 11, 30);
    const auto result = camp.validate();
    ASSERT_FALSE(result.has_value());
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("last course day")));
}

TEST(CampTest, RejectsPreparationAfterCourseStart)
{
    Camp camp = sampleCamp();
    camp.preparationStart = QDate(2026, 12, 2);
    const auto result = camp.validate();
    ASSERT_FALSE(result.has_value());
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("preparation")));
}

TEST(CampTest, RejectsEmptyNameAndBadRates)
{
    Camp camp = sampleCamp();
    camp.name = QStringLiteral("   ");
    EXPECT_FALSE(camp.validate().has_value());
    camp = sampleCamp();
    camp.targetActiveRate = 101;
    EXPECT_FALSE(camp.validate().has_value());
    camp = sampleCamp();
    camp.targetCheckinRate = -1;
    EXPECT_FALSE(camp.validate().has_value());
    camp = sampleCamp();
    camp.wrapUpEnd = camp.courseEnd.addDays(-1);
    EXPECT_FALSE(camp.validate().has_value());
}

TEST(CampTest, OneDayCampAcrossYearBoundaryIsValid)
{
    Camp camp = Camp::withDefaults(QStringLiteral("New year"), QDate(2026, 12, 31), QDate(2027, 1, 1));
    EXPECT_TRUE(camp.validate().has_value());
    EXPECT_EQ(camp.courseDays(), 2);
}

// A camp's day is its zone's date: two laptops in two zones are on the same
// day of the camp, and a camp far east is a day ahead of one far west.
TEST(CampTest, TheCampsDayIsItsZonesDate)
{
    Camp east = Camp::withDefaults(QStringLiteral("晨跑营"), QDate(2027, 3, 1), QDate(2027, 3, 21));
    east.timeZone = QStringLiteral("Pacific/Kiritimati"); // UTC+14
    Camp west = east;
    west.timeZone = QStringLiteral("Etc/GMT+12"); // UTC-12
    const QDateTime noon(QDate(2027, 3, 1), QTime(12, 0), QTimeZone::utc());
    EXPECT_EQ(east.dateAt(noon), QDate(2027, 3, 2));
    EXPECT_EQ(west.dateAt(noon), QDate(2027, 3, 1));
    const QDateTime late(QDate(2027, 3, 1), QTime(9, 59), QTimeZone::utc());
    EXPECT_EQ(east.dateAt(late), QDate(2027, 3, 1));
    EXPECT_EQ(west.dateAt(late), QDate(2027, 2, 28));
    // Whatever the computer's zone, today is the camp's.
    const QDateTime now = QDateTime::currentDateTime();
    EXPECT_EQ(east.today(), now.toTimeZone(QTimeZone(QByteArrayLiteral("Pacific/Kiritimati"))).date());
    EXPECT_LT(west.today(), east.today());
}
