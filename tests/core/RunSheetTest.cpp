#include "core/plan/RunSheet.h"

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
