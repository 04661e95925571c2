#include "core/plan/CampPlanner.h"

#include "core/Workspace.h"
#include "core/domain/ActivityRepository.h"
#include "core/domain/CampRepository.h"
#include "core/domain/MembershipRepository.h"
#include "core/domain/PersonRepository.h"
#include "core/plan/PlanTemplateLibrary.h"
#include "core/plan/PlanTemplateRepository.h"
#include "tests/support/EngineWorkspace.h"

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

class CampPlannerTest : public ::testing::TestWithParam<Engine> {
protected:
    void SetUp() override
    {
        m_place.openOrSkip(m_workspace);
        if (!m_workspace)
            return;
        m_template = PlanTemplateLibrary::builtIn().first();
    }

    qint64 plannedCamp(QDate firstDay, int days)
    {
        PlanParameters parameters = m_template.defaultParameters(firstDay, QStringLiteral("en"));
        parameters.courseDays = days;
        const auto activities = m_template.expand(parameters);
        EXPECT_TRUE(activities.has_value());
        auto id = CampPlanner::createCampWithPlan(
            *m_workspace, CampPlanner::campFor(QStringLiteral("Planned"), parameters), *activities);
        EXPECT_TRUE(id.has_value()) << id.error().message.toStdString();
        return id.value_or(0);
    }

    EngineWorkspace m_place {GetParam()};
    std::unique_ptr<Workspace> m_workspace;
    PlanTemplate m_template;
};

TEST_P(CampPlannerTest, CreatesCampAndPlanTogether)
{
    const qint64 id = plannedCamp(QDate(2027, 4, 5), 14);
    const Camp camp = *m_workspace->camps().find(id);
    EXPECT_EQ(camp.preparationStart, QDate(2027, 4, 2));
    EXPECT_EQ(camp.courseEnd, QDate(2027, 4, 18));
    EXPECT_EQ(camp.wrapUpEnd, QDate(2027, 4, 20));
    auto activities = m_workspace->activities().listForCamp(id);
    ASSERT_TRUE(activities.has_value());
    EXPECT_GT(activities->size(), 14 * 5);
    for (const Activity &activity : *activities)
        EXPECT_EQ(activity.campId, id);
}

TEST_P(CampPlannerTest, FailedPlanLeavesNoCampBehind)
{
    Activity broken;
    broken.title = QStringLiteral("ends before it starts");
    broken.start = wallClock(QDate(2027, 1, 2), QTime(10, 0));
    broken.end = wallClock(QDate(2027, 1, 2), QTime(9, 0));
    auto id = CampPlanner::createCampWithPlan(
        *m_workspace, Camp::withDefaults(QStringLiteral("Nope"), QDate(2027, 1, 1), QDate(2027, 1, 7)), {broken});
    EXPECT_FALSE(id.has_value());
    EXPECT_TRUE(m_workspace->camps().list()->isEmpty());
}

TEST_P(CampPlannerTest, DuplicateShiftsThePlanAndLeavesMembersBehind)
{
    const qint64 source = plannedCamp(QDate(2027, 4, 5), 7);
    const qint64 person = *m_workspace->people().insert(Person {0, QStringLiteral("Owner"), {}});
    const qint64 membership
        = *m_workspace->memberships().add({0, source, person, MemberRole::Assistant, QDate(2027, 4, 1), {}});
    QList<Activity> before = *m_workspace->activities().listForCamp(source);
    Activity first = before.first();
    first.ownerMembershipId = membership;
    first.status = ActivityStatus::Done;
    first.checklist.first().done = true;
    ASSERT_TRUE(m_workspace->activities().update(first).has_value());
    before = *m_workspace->activities().listForCamp(source);

    auto copy = CampPlanner::duplicateCamp(*m_workspace, source, QDate(2027, 6, 7), QStringLiteral("Cohort 2"));
    ASSERT_TRUE(copy.has_value()) << copy.error().message.toStdString();
    const Camp camp = *m_workspace->camps().find(*copy);
    EXPECT_EQ(camp.name, QStringLiteral("Cohort 2"));
    EXPECT_EQ(camp.courseStart, QDate(2027, 6, 7));
    EXPECT_EQ(camp.preparationStart, QDate(2027, 6, 4));
    EXPECT_EQ(camp.courseEnd, QDate(2027, 6, 13));
    EXPECT_TRUE(m_workspace->memberships().listForCamp(*copy)->isEmpty());

    const QList<Activity> after = *m_workspace->activities().listForCamp(*copy);
    ASSERT_EQ(after.size(), before.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        EXPECT_EQ(after[i].start, before[i].start.addDays(63));
        EXPECT_EQ(after[i].end, before[i].end.addDays(63));
        EXPECT_EQ(after[i].title, before[i].title);
        EXPECT_EQ(after[i].ownerMembershipId, 0);
        EXPECT_EQ(after[i].status, ActivityStatus::Planned);
        for (const ChecklistItem &item : after[i].checklist)
            EXPECT_FALSE(item.done);
    }
    EXPECT_EQ(m_workspace->activities().listForCamp(source)->size(), before.size()) << "the source is untouched";
}

TEST_P(CampPlannerTest, SavedPlanTemplateRecreatesThePlan)
{
    const qint64 source = plannedCamp(QDate(2027, 4, 5), 10);
    const Camp camp = *m_workspace->camps().find(source);
    const QList<Activity> activities = *m_workspace->activities().listForCamp(source);
    const PlanTemplate saved = PlanTemplate::fromPlan(QStringLiteral("Our spring plan"), camp, activities);
    ASSERT_TRUE(m_workspace->planTemplates().save(saved).has_value());

    auto found = PlanTemplateLibrary::find(*m_workspace, QStringLiteral("Our spring plan"));
    ASSERT_TRUE(found.has_value()) << found.error().message.toStdString();
    EXPECT_FALSE(found->builtIn);
    PlanParameters parameters = found->defaultParameters(QDate(2027, 9, 6), QStringLiteral("en"));
    auto replanned = found->expand(parameters);
    ASSERT_TRUE(replanned.has_value());
    ASSERT_EQ(replanned->size(), activities.size());
    const qint64 shift = QDate(2027, 4, 5).daysTo(QDate(2027, 9, 6));
    for (qsizetype i = 0; i < activities.size(); ++i) {
        EXPECT_EQ(replanned->at(i).start, activities[i].start.addDays(shift)) << i;
        EXPECT_EQ(replanned->at(i).title, activities[i].title);
        EXPECT_EQ(replanned->at(i).type, activities[i].type);
    }
    EXPECT_FALSE(PlanTemplateLibrary::find(*m_workspace, QStringLiteral("no such plan")).has_value());
}

INSTANTIATE_TEST_SUITE_P(Engines, CampPlannerTest, bothEngines(), engineName);

// Adding a plan to a camp takes the plan's course days and never narrows the
// camp's preparation or wrap-up: a wrap-up to the 22nd stays, and an
// activity on the 20th with it, where the plan's two days ended the 17th.
TEST(CampPlannerPeriodsTest, AddingAPlanNeverNarrowsACampsPeriods)
{
    Camp camp = Camp::withDefaults(QStringLiteral("春季营"), QDate(2026, 3, 2), QDate(2026, 3, 15));
    camp.preparationStart = QDate(2026, 2, 25);
    camp.wrapUpEnd = QDate(2026, 3, 22);
    Camp planned = Camp::withDefaults(QStringLiteral("春季营"), QDate(2026, 3, 2), QDate(2026, 3, 15));
    planned.preparationStart = QDate(2026, 3, 2);
    planned.wrapUpEnd = QDate(2026, 3, 17);
    const Camp kept = CampPlanner::withPlanPeriods(camp, planned);
    EXPECT_EQ(kept, camp) << "a plan inside the camp's days changes nothing about it";

    planned.preparationStart = QDate(2026, 2, 16);
    planned.wrapUpEnd = QDate(2026, 3, 30);
    planned.courseEnd = QDate(2026, 3, 28);
    const Camp widened = CampPlanner::withPlanPeriods(camp, planned);
    EXPECT_EQ(widened.preparationStart, QDate(2026, 2, 16));
    EXPECT_EQ(widened.courseStart, QDate(2026, 3, 2));
    EXPECT_EQ(widened.courseEnd, QDate(2026, 3, 28));
    EXPECT_EQ(widened.wrapUpEnd, QDate(2026, 3, 30));
    EXPECT_EQ(widened.name, camp.name);

    camp.preparationStart = QDate();
    EXPECT_EQ(CampPlanner::withPlanPeriods(camp, planned).preparationStart, QDate(2026, 2, 16));
}

// A change of the camp's days says what it does to the plan: each activity
// now on another part of the camp, in order; one whose part stays, nothing.
TEST(CampPlannerNotesTest, AChangeOfTheDaysNamesTheActivitiesItMoves)
{
    const Camp before = Camp::withDefaults(QStringLiteral("晨跑营"), QDate(2027, 3, 12), QDate(2027, 3, 16));
    const auto activity = [](const QString &title, QDate day) {
        Activity a;
        a.title = title;
        a.start = wallClock(day, QTime(20, 0));
        a.end = wallClock(day, QTime(21, 0));
        return a;
    };
    const QList<Activity> planned {activity(QStringLiteral("Closing ceremony"), QDate(2027, 3, 16)),
                                   activity(QStringLiteral("Day 1 lesson"), QDate(2027, 3, 12)),
                                   activity(QStringLiteral("Warm-up"), QDate(2027, 3, 10))};
    EXPECT_TRUE(CampPlanner::datesChangeNotes(before, before, planned).isEmpty());
    const Camp later = Camp::withDefaults(before.name, QDate(2027, 3, 13), QDate(2027, 3, 17));
    const QStringList notes = CampPlanner::datesChangeNotes(before, later, planned);
    ASSERT_EQ(notes.size(), 2) << notes.join(u'\n').toStdString();
    EXPECT_EQ(notes.at(0), QStringLiteral("“Day 1 lesson” on 2027-03-12: Course day 1 before, Preparation now"));
    EXPECT_EQ(notes.at(1), QStringLiteral("“Closing ceremony” on 2027-03-16: Course day 5 before, Course day 4 now"));
}
