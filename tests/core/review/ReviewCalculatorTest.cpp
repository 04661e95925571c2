#include "core/review/ReviewCalculator.h"

#include "core/domain/ActivityRepository.h"
#include "core/domain/MembershipRepository.h"
#include "core/domain/PersonRepository.h"
#include "core/review/ActivityReviewRepository.h"
#include "core/review/ReviewInput.h"
#include "core/review/ReviewJson.h"
#include "core/storage/SqlQuery.h"
#include "tests/support/EngineWorkspace.h"
#include "tests/support/ReviewFixture.h"

#include <QJsonArray>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <numeric>

using namespace CampDesk;
using namespace CampDesk::Testing;

// Every expected number below was worked out by hand from the fixture's
// messages and check-ins (ReviewFixture.cpp).
class ReviewCalculatorTest : public ::testing::TestWithParam<Engine> {
protected:
    void SetUp() override
    {
        if (auto reason = m_place.skipReason())
            GTEST_SKIP() << *reason;
        m_fixture = std::make_unique<ReviewFixture>(m_place.address());
    }
    ReviewInput load()
    {
        auto input = ReviewInputLoader::load(m_fixture->workspace(), m_fixture->campId());
        EXPECT_TRUE(input.has_value()) << (input ? "" : input.error().message.toStdString());
        return input.value_or(ReviewInput {});
    }
    const MemberFigure &memberOf(const ReviewSeries &series, const char *key)
    {
        for (const MemberFigure &figure : series.members) {
            if (figure.personId == m_fixture->person(key))
                return figure;
        }
        ADD_FAILURE() << "no figure for " << key;
        static const MemberFigure none;
        return none;
    }
    static double rate(const std::optional<double> &value) { return value.value_or(-1.0); }

    EngineWorkspace m_place {GetParam()};
    std::unique_ptr<ReviewFixture> m_fixture;
};

// One truth: the leaderboard's messages add up to "messages from members";
// E's post on the day she left is in neither.
TEST_P(ReviewCalculatorTest, TheMembersFiguresAddUpToTheHeadline)
{
    const ReviewSeries series = ReviewCalculator::compute(load(), {});
    int messages = 0;
    for (const MemberFigure &figure : series.members)
        messages += figure.staff ? 0 : figure.messages;
    EXPECT_EQ(messages, series.totalMessages);
    int dayMessages = 0;
    for (const DayFigure &day : series.days)
        dayMessages += day.messages;
    EXPECT_EQ(dayMessages, series.totalMessages);
}

// A post on a day before the roster says a member joined counts in none of
// their figures, and is no silence: they have spoken, on 3 March.
TEST_P(ReviewCalculatorTest, APostBeforeJoiningIsNoSilenceAndNoFigure)
{
    Workspace &workspace = m_fixture->workspace();
    Person gao {0, QStringLiteral("高远"), {}};
    gao.chatIds = {{QStringLiteral("wechat"), QStringLiteral("wxid_G")}};
    const qint64 personId = *workspace.people().insert(gao);
    Membership membership;
    membership.campId = m_fixture->campId();
    membership.personId = personId;
    membership.joinedOn = QDate(2027, 3, 5);
    ASSERT_TRUE(workspace.memberships().add(membership).has_value());
    m_fixture->sayAt("G", ReviewFixture::at(3, 10, 0));

    const ReviewSeries series = ReviewCalculator::compute(load(), {});
    const auto found = std::find_if(series.members.cbegin(), series.members.cend(),
                                    [personId](const MemberFigure &figure) { return figure.personId == personId; });
    ASSERT_NE(found, series.members.cend());
    EXPECT_EQ(found->messages, 0) << "the post was before their days in the camp";
    EXPECT_EQ(found->lastActive, QDate(2027, 3, 3));
    EXPECT_FALSE(found->neverSpoke) << "they spoke, before joining";
    EXPECT_EQ(found->tier, EngagementTier::Silent) << "silent on their days in the camp";
}

TEST_P(ReviewCalculatorTest, DailyActiveRateCountsMembersInTheCampThatDay)
{
    const ReviewInput input = load();
    const ReviewSeries series = ReviewCalculator::compute(input, {});
    EXPECT_EQ(series.from, QDate(2027, 3, 1));
    EXPECT_EQ(series.to, QDate(2027, 3, 7));
    EXPECT_EQ(series.asOf, QDate(2027, 3, 6)) << "the last day with data";
    ASSERT_EQ(series.days.size(), 7);

    struct Expected {
        int members, active, messages, checkedIn, joins, leaves;
        double activeRate, checkInRate; // -1: none
    };
    const QList<Expected> expected = {
        {5, 0, 0, 0, 5, 0, 0.0, -1}, // 1 March, preparation
        {5, 0, 0, 0, 0, 0, 0.0, -1}, // 2 March
        {5, 4, 4, 2, 0, 0, 80.0, 40.0}, // course day 1: A B C E active; staff S not counted
        {6, 4, 3, 4, 1, 0, 400.0 / 6, 400.0 / 6}, // day 2: D joins
        {5, 3, 2, 1, 0, 1, 60.0, 20.0}, // day 3: E left today and is not counted
        {5, 2, 1, 2, 0, 0, 40.0, 40.0}, // day 4: below the 60 % target
        {5, 0, 0, 0, 0, 0, -1, -1}, // wrap-up, after the last data: not elapsed
    };
    for (int index = 0; index < expected.size(); ++index) {
        SCOPED_TRACE(index);
        const DayFigure &day = series.days.at(index);
        EXPECT_EQ(day.members, expected[index].members);
        EXPECT_EQ(day.active, expected[index].active);
        EXPECT_EQ(day.messages, expected[index].messages);
        EXPECT_EQ(day.checkedIn, expected[index].checkedIn);
        EXPECT_EQ(day.joins, expected[index].joins);
        EXPECT_EQ(day.leaves, expected[index].leaves);
        EXPECT_NEAR(rate(day.activeRate), expected[index].activeRate, 1e-9);
        EXPECT_NEAR(rate(day.checkInRate), expected[index].checkInRate, 1e-9);
    }
    EXPECT_EQ(series.days.at(2).courseDay, 1);
    EXPECT_EQ(series.days.at(0).phase, CampPhase::Preparation);
    EXPECT_EQ(series.days.at(6).phase, CampPhase::WrapUp);
    EXPECT_FALSE(series.days.at(6).elapsed);
    EXPECT_EQ(series.daysBelowTarget, QList<QDate> {QDate(2027, 3, 6)});
    // Averages are member-days over the complete course days, not a mean of
    // daily rates: (4 + 4 + 3 + 2) active of (5 + 6 + 5 + 5) members, and
    // (2 + 4 + 1 + 2) checked in, as Participation's header counts them.
    EXPECT_NEAR(rate(series.averageActiveRate), 1300.0 / 21, 1e-9);
    EXPECT_NEAR(rate(series.averageCheckInRate), 900.0 / 21, 1e-9);
    EXPECT_EQ(series.countedCourseDays, 4);
    EXPECT_EQ(series.firstCountedCourseDay, 1);
    EXPECT_EQ(series.lastCountedCourseDay, 4);
    EXPECT_EQ(series.totalMessages, 10) << "staff lines and E's line after leaving are not counted";
}

TEST_P(ReviewCalculatorTest, StaffAndSubgroupFilters)
{
    const ReviewInput input = load();
    ReviewFilter withStaff;
    withStaff.includeStaff = true;
    const ReviewSeries staff = ReviewCalculator::compute(input, withStaff);
    EXPECT_EQ(staff.days.at(2).members, 6);
    EXPECT_EQ(staff.days.at(2).active, 5);
    EXPECT_NEAR(rate(staff.days.at(2).activeRate), 500.0 / 6, 1e-9);
    EXPECT_EQ(staff.activityFigure(m_fixture->activity("X"))->participants, 3);

    ReviewFilter g2;
    g2.subgroupId = m_fixture->subgroup("G2");
    const ReviewSeries subgroup = ReviewCalculator::compute(input, g2);
    EXPECT_EQ(subgroup.days.at(3).members, 3);
    EXPECT_EQ(subgroup.days.at(3).active, 2);
    ASSERT_EQ(subgroup.subgroups.size(), 1);
    EXPECT_EQ(subgroup.memberCount, 3);

    // X (3 March 20:00–20:30, tail to 21:30): A and B of G1, and S, G1's assistant.
    // Y (4 March 23:30 to 5 March 01:00): C of G2, twice.
    EXPECT_EQ(subgroup.activityFigure(m_fixture->activity("X"))->participants, 0);
    EXPECT_EQ(subgroup.activityFigure(m_fixture->activity("Y"))->participants, 1);
    EXPECT_EQ(subgroup.activityFigure(m_fixture->activity("Y"))->messages, 2);
    ReviewFilter g1;
    g1.subgroupId = m_fixture->subgroup("G1");
    EXPECT_EQ(ReviewCalculator::compute(input, g1).activityFigure(m_fixture->activity("X"))->participants, 2);
    EXPECT_EQ(ReviewCalculator::compute(input, g1).activityFigure(m_fixture->activity("Y"))->participants, 0);
    g1.includeStaff = true;
    EXPECT_EQ(ReviewCalculator::compute(input, g1).activityFigure(m_fixture->activity("X"))->participants, 3);
    EXPECT_EQ(ReviewCalculator::compute(input, g1).activityFigure(m_fixture->activity("X"))->messages, 3);

    ReviewFilter none;
    none.subgroupId = ReviewFilter::NoSubgroup;
    EXPECT_EQ(ReviewCalculator::compute(input, none).memberCount, 0) << "E, in no subgroup, has left";
    EXPECT_EQ(ReviewCalculator::compute(input, none).membersLeft, 1);
    EXPECT_EQ(ReviewCalculator::compute(input, none).activityFigure(m_fixture->activity("X"))->participants, 0)
        << "E, in no subgroup, spoke at noon, before X";

    ReviewFilter range;
    range.from = QDate(2027, 3, 3);
    range.to = QDate(2027, 3, 4);
    const ReviewSeries twoDays = ReviewCalculator::compute(input, range);
    ASSERT_EQ(twoDays.days.size(), 2);
    EXPECT_EQ(twoDays.asOf, QDate(2027, 3, 4)) << "silence counts to the end of the range";
    EXPECT_EQ(memberOf(twoDays, "A").messages, 3);
}

TEST_P(ReviewCalculatorTest, MembersTiersLeaderboardAndSilence)
{
    const ReviewSeries series = ReviewCalculator::compute(load(), {});
    ASSERT_EQ(series.members.size(), 6) << "staff are left out";
    QStringList order;
    for (const MemberFigure &figure : series.members)
        order.append(figure.name);
    EXPECT_EQ(order,
              (QStringList {QStringLiteral("安然"), QStringLiteral("陈晨"), QStringLiteral("白雪"),
                            QStringLiteral("丁一"), QStringLiteral("鄂尔"), QStringLiteral("方圆")}));

    const MemberFigure &a = memberOf(series, "A");
    EXPECT_EQ(a.messages, 4);
    EXPECT_EQ(a.activeDays, 4);
    EXPECT_EQ(a.checkIns, 4) << "the day check-in and the activity check-in of 4 March are one day";
    EXPECT_EQ(a.tier, EngagementTier::Core);
    EXPECT_EQ(a.silentDays, 0);

    const MemberFigure &b = memberOf(series, "B");
    EXPECT_EQ(b.messages, 2);
    EXPECT_EQ(b.activeDays, 3);
    EXPECT_EQ(b.checkIns, 1);
    EXPECT_EQ(b.tier, EngagementTier::Active) << "active on 3 of 4 course days, checked in on 1";
    EXPECT_EQ(b.sharingSessions, 1);

    const MemberFigure &c = memberOf(series, "C");
    EXPECT_EQ(c.tier, EngagementTier::Core);
    EXPECT_EQ(c.sharingSessions, 1) << "the closing session has not happened yet";

    const MemberFigure &d = memberOf(series, "D");
    EXPECT_EQ(d.activeDays, 1);
    EXPECT_EQ(d.tier, EngagementTier::Active) << "one of three course days since joining";
    EXPECT_EQ(d.lastActive, QDate(2027, 3, 4));
    EXPECT_EQ(d.silentDays, 2);
    EXPECT_TRUE(d.atRisk);

    const MemberFigure &e = memberOf(series, "E");
    EXPECT_EQ(e.messages, 1) << "her line on the day she left counts nowhere, as in the day figures";
    EXPECT_EQ(e.tier, EngagementTier::Active);
    EXPECT_FALSE(e.atRisk) << "gone: nobody to nudge";

    const MemberFigure &f = memberOf(series, "F");
    EXPECT_TRUE(f.neverSpoke);
    EXPECT_EQ(f.tier, EngagementTier::Silent);
    EXPECT_EQ(f.silentDays, 6);

    EXPECT_EQ(series.tiers[std::size_t(EngagementTier::Core)], 2);
    EXPECT_EQ(series.tiers[std::size_t(EngagementTier::Active)], 2) << "E has left: her tier is in no count";
    EXPECT_EQ(series.tiers[std::size_t(EngagementTier::Occasional)], 0);
    EXPECT_EQ(series.tiers[std::size_t(EngagementTier::Silent)], 1);
    EXPECT_EQ(std::accumulate(series.tiers.cbegin(), series.tiers.cend(), 0), series.memberCount)
        << "the tiers are the members'";
    ASSERT_EQ(series.silentMembers.size(), 2);
    EXPECT_EQ(series.members.at(series.silentMembers.at(0)).personId, m_fixture->person("F"));
    EXPECT_EQ(series.members.at(series.silentMembers.at(1)).personId, m_fixture->person("D"));
}

TEST_P(ReviewCalculatorTest, SubgroupsOverTheElapsedDays)
{
    const ReviewSeries series = ReviewCalculator::compute(load(), {});
    ASSERT_EQ(series.subgroups.size(), 3);
    const SubgroupFigure &g1 = series.subgroups.at(0);
    EXPECT_EQ(g1.name, QStringLiteral("G1"));
    EXPECT_EQ(g1.members, 2);
    // Rates over the course days the camp's averages count (the preparation
    // days are not averaged once a course day is complete).
    EXPECT_EQ(g1.memberDays, 8);
    EXPECT_EQ(g1.activeMemberDays, 7);
    EXPECT_EQ(g1.courseMemberDays, 8);
    EXPECT_EQ(g1.checkInDays, 5);
    EXPECT_EQ(g1.messages, 6);
    EXPECT_NEAR(rate(g1.activeRate), 87.5, 1e-9);
    EXPECT_NEAR(rate(g1.checkInRate), 62.5, 1e-9);

    const SubgroupFigure &g2 = series.subgroups.at(1);
    EXPECT_EQ(g2.members, 3);
    EXPECT_EQ(g2.memberDays, 11);
    EXPECT_EQ(g2.activeMemberDays, 5);
    EXPECT_EQ(g2.courseMemberDays, 11);
    EXPECT_EQ(g2.checkInDays, 4);
    EXPECT_EQ(g2.messages, 3);

    const SubgroupFigure &none = series.subgroups.at(2);
    EXPECT_EQ(none.subgroupId, ReviewFilter::NoSubgroup);
    EXPECT_EQ(none.members, 0) << "E has left";
    EXPECT_EQ(none.memberDays, 2) << "course days 1 and 2, before E left";
    EXPECT_EQ(none.activeMemberDays, 1);
    EXPECT_EQ(none.courseMemberDays, 2);
    EXPECT_EQ(none.messages, 1) << "E's line after leaving is not counted, as in the camp's total";
}

TEST_P(ReviewCalculatorTest, ActivitiesCountTheirWindowAcrossMidnight)
{
    const ReviewSeries series = ReviewCalculator::compute(load(), {});
    ASSERT_EQ(series.activities.size(), 5);
    QList<qint64> order;
    for (const ActivityFigure &figure : series.activities)
        order.append(figure.activityId);
    EXPECT_EQ(order,
              (QList<qint64> {m_fixture->activity("X"), m_fixture->activity("K"), m_fixture->activity("Y"),
                              m_fixture->activity("Z"), m_fixture->activity("W")}));

    const ActivityFigure &x = series.activities.at(0);
    EXPECT_TRUE(x.happened);
    EXPECT_EQ(x.members, 5);
    EXPECT_EQ(x.participants, 2) << "A at 20:10 and B at 20:30; the assistant is staff";
    EXPECT_EQ(x.messages, 2);
    EXPECT_NEAR(rate(x.participationRate), 40.0, 1e-9);
    EXPECT_EQ(x.sameTypeCount, 2);
    EXPECT_DOUBLE_EQ(x.sameTypeParticipants, 1.0);
    EXPECT_DOUBLE_EQ(x.sameTypeMessages, 1.0);

    const ActivityFigure &k = series.activities.at(1);
    EXPECT_EQ(k.participants, 1) << "A at 10:00 is within the hour after the end";

    const ActivityFigure &y = series.activities.at(2);
    EXPECT_EQ(y.participants, 1);
    EXPECT_EQ(y.messages, 2) << "C at 23:50 and again at 00:20 the next day";
    EXPECT_EQ(y.members, 6);

    EXPECT_EQ(series.activities.at(3).participants, 0);
    EXPECT_TRUE(series.activities.at(3).happened);
    EXPECT_FALSE(series.activities.at(4).happened);
    EXPECT_FALSE(series.activities.at(4).participationRate.has_value());

    ASSERT_EQ(series.checkInActivities.size(), 1);
    EXPECT_EQ(series.checkInActivities.at(0).members, 6);
    // A and D for the activity itself, B and C for the day: it is the day's
    // only check-in activity.
    EXPECT_EQ(series.checkInActivities.at(0).checkedIn, 4);
    EXPECT_NEAR(rate(series.checkInActivities.at(0).rate), 400.0 / 6, 1e-9);
}

TEST_P(ReviewCalculatorTest, DrillDownsAndMemberStrip)
{
    const ReviewInput input = load();
    const DayMembers day = ReviewCalculator::dayMembers(input, {}, QDate(2027, 3, 6));
    const auto names = [&input](const QList<int> &members) {
        QStringList list;
        for (int member : members)
            list.append(input.members.at(member).name);
        list.sort();
        return list;
    };
    EXPECT_EQ(names(day.active), (QStringList {QStringLiteral("安然"), QStringLiteral("陈晨")}));
    EXPECT_EQ(names(day.inactive),
              (QStringList {QStringLiteral("丁一"), QStringLiteral("方圆"), QStringLiteral("白雪")}));

    const auto participants = ReviewCalculator::activityMembers(input, {}, m_fixture->activity("Y"));
    ASSERT_EQ(participants.size(), 1);
    EXPECT_EQ(input.members.at(participants.at(0).first).personId, m_fixture->person("C"));
    EXPECT_EQ(participants.at(0).second, 2);
    EXPECT_EQ(ReviewCalculator::subgroupMembers(input, {}, m_fixture->subgroup("G2")).size(), 3);

    const QList<MemberDay> strip = ReviewCalculator::memberStrip(
        input, input.memberIndexOf(m_fixture->person("D")), QDate(2027, 3, 1), QDate(2027, 3, 7), QDate(2027, 3, 6));
    QList<DayState> states;
    for (const MemberDay &cell : strip)
        states.append(cell.state);
    EXPECT_EQ(states,
              (QList<DayState> {DayState::NotInCamp, DayState::NotInCamp, DayState::NotInCamp,
                                DayState::SpokeAndCheckedIn, DayState::Silent, DayState::Silent, DayState::Future}));
}

TEST_P(ReviewCalculatorTest, MovedActivityAndNewMessagesAreCountedAgain)
{
    Activity z = *m_fixture->workspace().activities().find(m_fixture->activity("Z"));
    z = z.movedTo(wallClock(QDate(2027, 3, 5), QTime(7, 30)));
    ASSERT_TRUE(m_fixture->workspace().activities().update(z).has_value());
    EXPECT_EQ(ReviewCalculator::compute(load(), {}).activityFigure(z.id)->participants, 1) << "B at 08:00";

    m_fixture->say({{"F", 3, 20, 15}});
    const ReviewSeries series = ReviewCalculator::compute(load(), {});
    EXPECT_EQ(series.activityFigure(m_fixture->activity("X"))->participants, 3);
    EXPECT_FALSE(memberOf(series, "F").neverSpoke);
}

TEST_P(ReviewCalculatorTest, DaysWithDataOutsideTheCampWidenTheGrid)
{
    const QTimeZone shanghai(QByteArrayLiteral("Asia/Shanghai"));
    m_fixture->sayAt("A", QDateTime(QDate(2027, 2, 27), QTime(10, 0), shanghai).toSecsSinceEpoch());
    m_fixture->sayAt("B", QDateTime(QDate(2027, 3, 9), QTime(18, 0), shanghai).toSecsSinceEpoch());
    const ReviewInput input = load();
    EXPECT_EQ(input.firstDay, QDate(2027, 2, 27)) << "two days before the preparation";
    EXPECT_EQ(input.dayCount, 11) << "27 February to 9 March";
    EXPECT_EQ(input.lastDataDay, QDate(2027, 3, 9));
    const int a = input.memberIndexOf(m_fixture->person("A"));
    const int b = input.memberIndexOf(m_fixture->person("B"));
    ASSERT_GE(a, 0);
    ASSERT_GE(b, 0);
    EXPECT_EQ(input.messagesOf(a, 0), 1u);
    EXPECT_EQ(input.messagesOf(a, input.dayIndex(QDate(2027, 3, 3))), 2u) << "09:00 and 20:10, moved with the grid";
    EXPECT_EQ(input.checkInsOf(a, input.dayIndex(QDate(2027, 3, 3))), 1u);
    EXPECT_EQ(input.checkInsOf(a, input.dayIndex(QDate(2027, 3, 2))), 0u);
    EXPECT_EQ(input.messagesOf(b, input.dayIndex(QDate(2027, 3, 5))), 1u) << "08:00";
    EXPECT_EQ(input.messagesOf(b, 10), 1u);
    EXPECT_EQ(input.messagesOf(b, 9), 0u);
}

TEST_P(ReviewCalculatorTest, ADamagedCacheRowIsCountedAgainFromTheMessages)
{
    ASSERT_EQ(ReviewCalculator::compute(load(), {}).activityFigure(m_fixture->activity("Y"))->messages, 2);
    const QSqlDatabase db = m_fixture->workspace().database();
    // A varint that never ends: the cached row of Y cannot be decoded.
    ASSERT_TRUE(Sql::exec(db, QStringLiteral("UPDATE activity_stats SET people = ? WHERE activity_id = ?"),
                          {QByteArray("\x85\x80\x80", 3), m_fixture->activity("Y")})
                    .has_value());
    const ReviewInput input = load();
    const ReviewSeries series = ReviewCalculator::compute(input, {});
    EXPECT_EQ(series.activityFigure(m_fixture->activity("Y"))->participants, 1);
    EXPECT_EQ(series.activityFigure(m_fixture->activity("Y"))->messages, 2)
        << "C at 23:50 and 00:20, from the messages";
    EXPECT_EQ(series.activityFigure(m_fixture->activity("X"))->participants, 2) << "the other rows are read as cached";
    const auto people = ReviewCalculator::activityMembers(input, {}, m_fixture->activity("Y"));
    ASSERT_EQ(people.size(), 1) << "the drill-down reads the recomputed participants";
    EXPECT_EQ(input.members.at(people.at(0).first).personId, m_fixture->person("C"));
}

TEST_P(ReviewCalculatorTest, AnImpossiblePersonIdIsRefusedNotAllocated)
{
    const QSqlDatabase db = m_fixture->workspace().database();
    qint64 previous = m_fixture->person("A");
    for (const qint64 id : {qint64(1) << 40, qint64(-5)}) {
        ASSERT_TRUE(Sql::exec(db, QStringLiteral("INSERT INTO people (id, display_name) VALUES (?, ?)"),
                              {id, QStringLiteral("Far")})
                        .has_value());
        ASSERT_TRUE(
            Sql::exec(db, QStringLiteral("UPDATE memberships SET person_id = ? WHERE person_id = ?"), {id, previous})
                .has_value());
        previous = id;
        const auto input = ReviewInputLoader::load(m_fixture->workspace(), m_fixture->campId());
        ASSERT_FALSE(input.has_value()) << id;
        EXPECT_TRUE(input.error().message.contains(QStringLiteral("impossible ids")))
            << input.error().message.toStdString();
    }
}

// An activity's participants are the members in the camp that day, as its
// rate's whole is: one who joined later and spoke in it is not counted
// (the rate could pass 100 % in a small subgroup).
TEST_P(ReviewCalculatorTest, AnActivityCountsOnlyMembersInTheCampThatDay)
{
    const auto participantsOfX = [this] {
        const auto input = ReviewInputLoader::load(m_fixture->workspace(), m_fixture->campId());
        EXPECT_TRUE(input.has_value());
        const ReviewSeries series = ReviewCalculator::compute(*input, {});
        for (const ActivityFigure &figure : series.activities) {
            if (figure.activityId == m_fixture->activity("X")) {
                EXPECT_LE(figure.participants, figure.members);
                // The members listed behind the figure are as many (one truth).
                EXPECT_EQ(ReviewCalculator::activityMembers(*input, {}, figure.activityId).size(), figure.participants);
                return figure.participants;
            }
        }
        ADD_FAILURE() << "no figure for X";
        return -1;
    };
    const int before = participantsOfX();
    m_fixture->say({{"D", 3, 20, 16}});
    EXPECT_EQ(participantsOfX(), before) << "丁一 joined on the 4th";
    m_fixture->say({{"F", 3, 20, 15}});
    EXPECT_EQ(participantsOfX(), before + 1);
}

TEST_P(ReviewCalculatorTest, ReviewSnapshotStaysAsItWasWritten)
{
    auto draft = ActivityReviewRepository::draft(m_fixture->workspace(), m_fixture->campId(), m_fixture->activity("X"));
    ASSERT_TRUE(draft.has_value()) << draft.error().message.toStdString();
    EXPECT_EQ(draft->snapshot.value(QStringLiteral("participants")).toInt(), 2);
    draft->wentWell = QStringLiteral("嘉宾准备充分");
    ActivityReviewRepository &reviews = m_fixture->workspace().activityReviews();
    const qint64 id = *reviews.insert(*draft);

    m_fixture->say({{"F", 3, 20, 15}, {"D", 3, 20, 16}});
    const ActivityReview stored = *reviews.find(id);
    EXPECT_EQ(stored.snapshot.value(QStringLiteral("participants")).toInt(), 2) << "later imports never change it";
    EXPECT_EQ(stored.snapshot.value(QStringLiteral("participant_list")).toArray().size(), 2);
    EXPECT_EQ(stored.wentWell, QStringLiteral("嘉宾准备充分"));
    EXPECT_EQ(stored.activityTitle, QStringLiteral("分享会一"));

    auto again = ActivityReviewRepository::draft(m_fixture->workspace(), m_fixture->campId(), m_fixture->activity("X"));
    EXPECT_EQ(again->snapshot.value(QStringLiteral("participants")).toInt(), 3)
        << "方圆 took part; 丁一 joined the day after, so was not in the camp then";

    ActivityReview edited = stored;
    edited.actions = QStringLiteral("提前一天预告");
    ASSERT_TRUE(reviews.updateNotes(edited).has_value());
    EXPECT_EQ(reviews.find(id)->actions, QStringLiteral("提前一天预告"));
    EXPECT_EQ(reviews.find(id)->snapshot, stored.snapshot);
    EXPECT_EQ(reviews.list(m_fixture->campId())->size(), 1);
}

TEST_P(ReviewCalculatorTest, JsonCarriesEverySeries)
{
    const ReviewInput input = load();
    const QJsonObject json = ReviewJson::series(input, ReviewCalculator::compute(input, {}));
    EXPECT_EQ(json.value(QStringLiteral("days")).toArray().size(), 7);
    EXPECT_EQ(
        json.value(QStringLiteral("days")).toArray().at(3).toObject().value(QStringLiteral("active_rate")).toDouble(),
        66.67);
    EXPECT_TRUE(
        json.value(QStringLiteral("days")).toArray().at(6).toObject().value(QStringLiteral("active_rate")).isNull());
    EXPECT_EQ(json.value(QStringLiteral("average_active_rate")).toDouble(), 61.9);
    EXPECT_EQ(json.value(QStringLiteral("tiers")).toObject().value(QStringLiteral("core")).toInt(), 2);
    EXPECT_EQ(json.value(QStringLiteral("subgroups")).toArray().size(), 3);
    EXPECT_EQ(json.value(QStringLiteral("activities")).toArray().size(), 5);
    EXPECT_EQ(json.value(QStringLiteral("check_in_activities")).toArray().size(), 1);
    EXPECT_EQ(json.value(QStringLiteral("silent_members")).toArray().size(), 2);
    EXPECT_EQ(json.value(QStringLiteral("days_below_target")).toArray().first().toString(),
              QStringLiteral("2027-03-06"));

    // As of day 3: the days after it have no counts yet, as the tables show
    // them; day 3 itself, today, is elapsed but not complete.
    ReviewOptions asOfDay3;
    asOfDay3.asOf = input.camp.courseStart.addDays(2);
    asOfDay3.today = asOfDay3.asOf;
    const ReviewSeries early = ReviewCalculator::compute(input, {}, asOfDay3);
    const QJsonArray days = ReviewJson::series(input, early).value(QStringLiteral("days")).toArray();
    for (qsizetype at = 0; at < days.size(); ++at) {
        const QJsonObject day = days.at(at).toObject();
        const DayFigure &figure = early.days.at(at);
        EXPECT_EQ(day.value(QStringLiteral("elapsed")).toBool(), figure.elapsed);
        EXPECT_EQ(day.value(QStringLiteral("complete")).toBool(), figure.complete);
        for (const char *count : {"active", "messages", "checked_in"})
            EXPECT_EQ(day.value(QLatin1String(count)).isNull(), !figure.elapsed) << count << " on day " << at;
    }
    ASSERT_TRUE(std::any_of(early.days.cbegin(), early.days.cend(), [](const DayFigure &d) { return !d.elapsed; }));
}

TEST_P(ReviewCalculatorTest, CampsCompareByCourseDay)
{
    const ReviewInput input = load();
    ReviewFilter later;
    later.from = QDate(2027, 3, 4);
    const QList<CampComparisonRow> rows
        = ReviewCalculator::compare(ReviewCalculator::compute(input, {}), ReviewCalculator::compute(input, later));
    ASSERT_EQ(rows.size(), 7);
    EXPECT_EQ(rows.first().courseDay, -1);
    EXPECT_EQ(rows.at(2).courseDay, 1);
    EXPECT_NEAR(rows.at(2).first.value_or(-1), 80.0, 1e-9);
    EXPECT_FALSE(rows.at(2).second.has_value());
    EXPECT_NEAR(rows.at(3).second.value_or(-1), 400.0 / 6, 1e-9);
}

INSTANTIATE_TEST_SUITE_P(Engines, ReviewCalculatorTest, bothEngines(), engineName);

// "Now" (an activity later today has not happened yet) holds on the camp's
// real today, its zone's date, not the computer's.
TEST(ReviewOptionsTest, TheRealTodayIsTheCampsToday)
{
    Camp east = Camp::withDefaults(QStringLiteral("晨跑营"), QDate(2027, 3, 1), QDate(2027, 3, 21));
    east.timeZone = QStringLiteral("Pacific/Kiritimati"); // UTC+14
    Camp west = east;
    west.timeZone = QStringLiteral("Etc/GMT+12"); // UTC-12
    ASSERT_NE(east.today(), west.today());
    EXPECT_GT(ReviewCalculator::optionsOn(east.today(), east).now, 0);
    EXPECT_EQ(ReviewCalculator::optionsOn(west.today(), east).now, 0) << "a day that is over in the east";
    EXPECT_GT(ReviewCalculator::optionsOn(west.today(), west).now, 0);
    EXPECT_EQ(ReviewCalculator::optionsOn(west.today(), west).today, west.today());
}
