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
