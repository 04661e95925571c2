#include "core/domain/ActivityRepository.h"

#include "core/Workspace.h"
#include "core/domain/CampRepository.h"
#include "tests/support/EngineWorkspace.h"
#include "tests/support/OneCampTest.h"

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

class ActivityRepositoryTest : public OneCampTest {
protected:
    Activity activity(const QString &title, QDateTime start, int minutes = 30) const
    {
        Activity result;
        result.campId = m_camp;
        result.type = ActivityType::SharingSession;
        result.title = title;
        result.start = start;
        result.end = start.addSecs(minutes * 60);
        return result;
    }
};

TEST_P(ActivityRepositoryTest, RoundTripsEveryField)
{
    Activity original = activity(QStringLiteral("分享会：如何写开头"), wallClock(QDate(2027, 3, 6), QTime(20, 0)), 90);
    original.status = ActivityStatus::Skipped;
    original.notes = QStringLiteral("Line 1\nLine 2, with; punctuation");
    original.checklist = {{QStringLiteral("Invite the speaker"), true}, {QStringLiteral("Post the poster"), false}};
    original.templateKey = QStringLiteral("sharing-session");
    auto id = m_workspace->activities().insert(original);
    ASSERT_TRUE(id.has_value()) << id.error().message.toStdString();
    original.id = *id;
    EXPECT_EQ(*m_workspace->activities().find(*id), original);
}

TEST_P(ActivityRepositoryTest, ListsInStartOrderAndUpdates)
{
    ASSERT_TRUE(m_workspace->activities()
                    .insertAll({activity(QStringLiteral("late"), wallClock(QDate(2027, 3, 2), QTime(21, 0))),
                                activity(QStringLiteral("early"), wallClock(QDate(2027, 3, 1), QTime(9, 0))),
                                activity(QStringLiteral("midnight"), wallClock(QDate(2027, 3, 1), QTime(23, 30)), 90)})
                    .has_value());
    auto list = m_workspace->activities().listForCamp(m_camp);
    ASSERT_TRUE(list.has_value());
    ASSERT_EQ(list->size(), 3);
    EXPECT_EQ(list->at(0).title, QStringLiteral("early"));
    EXPECT_EQ(list->at(1).title, QStringLiteral("midnight"));
    EXPECT_EQ(list->at(1).end, wallClock(QDate(2027, 3, 2), QTime(1, 0))) << "an activity may cross midnight";

    Activity moved = list->at(0).movedTo(wallClock(QDate(2027, 3, 3), QTime(8, 0)));
    ASSERT_TRUE(m_workspace->activities().update(moved).has_value());
    EXPECT_EQ(m_workspace->activities().listForCamp(m_camp)->last().title, QStringLiteral("early"));
    EXPECT_EQ(m_workspace->activities().find(moved.id)->end, wallClock(QDate(2027, 3, 3), QTime(8, 30)));
}

TEST_P(ActivityRepositoryTest, InsertAllIsAllOrNothing)
{
    Activity bad = activity(QStringLiteral(""), wallClock(QDate(2027, 3, 1), QTime(9, 0)));
    auto result = m_workspace->activities().insertAll(
        {activity(QStringLiteral("good"), wallClock(QDate(2027, 3, 1), QTime(8, 0))), bad});
    ASSERT_FALSE(result.has_value());
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("title")));
    EXPECT_EQ(*m_workspace->activities().countForCamp(m_camp), 0);
}

TEST_P(ActivityRepositoryTest, RemoveAllAndCascadeWithTheCamp)
{
    auto ids = m_workspace->activities().insertAll(
        {activity(QStringLiteral("a"), wallClock(QDate(2027, 3, 1), QTime(8, 0))),
         activity(QStringLiteral("b"), wallClock(QDate(2027, 3, 1), QTime(9, 0))),
         activity(QStringLiteral("c"), wallClock(QDate(2027, 3, 1), QTime(10, 0)))});
    ASSERT_TRUE(ids.has_value());
    ASSERT_TRUE(m_workspace->activities().removeAll({ids->at(0)}).has_value());
    EXPECT_EQ(*m_workspace->activities().countForCamp(m_camp), 2);
    EXPECT_FALSE(m_workspace->activities().removeAll({ids->at(1), 999999}).has_value());
    EXPECT_EQ(*m_workspace->activities().countForCamp(m_camp), 2) << "a failed removal removes nothing";
    ASSERT_TRUE(m_workspace->camps().remove(m_camp).has_value());
    EXPECT_EQ(*m_workspace->activities().countForCamp(m_camp), 0);
}

TEST_P(ActivityRepositoryTest, WallClockTimesIgnoreTheComputersZone)
{
    // 02:30 on the day clocks jump forward in Europe still exists in a camp's plan.
    const QDateTime gap = wallClock(QDate(2027, 3, 28), QTime(2, 30));
    EXPECT_EQ(wallClockFromString(wallClockToString(gap)), gap);
    EXPECT_EQ(gap.time(), QTime(2, 30));
}

TEST(WallClockTextTest, ReadsItsOwnFormQuicklyAndOtherIsoFormsAsBefore)
{
    EXPECT_EQ(wallClockFromString(QStringLiteral("2027-03-01T19:30:05")),
              wallClock(QDate(2027, 3, 1), QTime(19, 30, 5)));
    EXPECT_EQ(wallClockFromString(QStringLiteral("2027-03-01T19:30")), wallClock(QDate(2027, 3, 1), QTime(19, 30)))
        << "a form without seconds still goes through Qt's parser";
    EXPECT_FALSE(wallClockFromString(QStringLiteral("2027-02-30T19:30:00")).isValid()) << "no 30 February";
    EXPECT_FALSE(wallClockFromString(QStringLiteral("2027-03-01T25:00:00")).isValid());
    EXPECT_FALSE(wallClockFromString(QStringLiteral("2027-0a-01T19:30:00")).isValid());
    EXPECT_FALSE(wallClockFromString(QString()).isValid());
    EXPECT_EQ(wallClockFromString(QStringLiteral("2027-03-01T19:30:05")).timeSpec(), Qt::UTC);
    EXPECT_EQ(dateFromIsoText(u"2027-03-01"), QDate(2027, 3, 1));
    EXPECT_FALSE(dateFromIsoText(u"2027-02-30").isValid());
    EXPECT_FALSE(dateFromIsoText(u"2027-0a-01").isValid());
    EXPECT_FALSE(dateFromIsoText(u"").isValid());
    EXPECT_EQ(dateFromIsoUtf8("2027-03-01"), QDate(2027, 3, 1)) << "the same from SQLite's UTF-8";
    EXPECT_FALSE(dateFromIsoUtf8("2027-02-30").isValid());
    EXPECT_FALSE(dateFromIsoUtf8("2027-0\xe4-01").isValid()) << "a byte above ASCII is no digit";
    EXPECT_FALSE(dateFromIsoUtf8("").isValid());
}

INSTANTIATE_TEST_SUITE_P(Engines, ActivityRepositoryTest, bothEngines(), engineName);
