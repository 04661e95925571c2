// Deleting an activity takes its check-ins with it (and unlinks the
// reviews and copies of lines that name it); ActivityRemoval keeps them, so
// that an undone delete puts the attendance back, and the members' figures
// follow both ways. Both engines.
#include "core/plan/ActivityRemoval.h"

#include "core/Workspace.h"
#include "core/capture/ParticipationRepository.h"
#include "core/capture/ParticipationStats.h"
#include "core/domain/ActivityRepository.h"
#include "core/domain/CampRepository.h"
#include "core/domain/MembershipRepository.h"
#include "core/domain/PersonRepository.h"
#include "core/review/ActivityReviewRepository.h"
#include "core/speech/SpeechRepository.h"
#include "tests/support/EngineWorkspace.h"
#include "tests/support/OneCampTest.h"

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

class ActivityRemovalTest : public OneCampTest {
protected:
    ActivityRemovalTest()
        : OneCampTest(QStringLiteral("写作营"))
    {
    }

    void SetUp() override
    {
        OneCampTest::SetUp();
        if (!m_workspace)
            return;
        for (const QString &name : {QStringLiteral("林晓雨"), QStringLiteral("王子涵")}) {
            const qint64 person = *m_workspace->people().insert({.displayName = name});
            ASSERT_TRUE(m_workspace->memberships().add({.campId = m_camp, .personId = person}).has_value());
            m_people.append(person);
        }
        Activity sharing;
        sharing.campId = m_camp;
        sharing.type = ActivityType::SharingSession;
        sharing.title = QStringLiteral("分享会：如何写开头");
        sharing.start = wallClock(m_day, QTime(20, 0));
        sharing.end = sharing.start.addSecs(3600);
        sharing.id = *m_workspace->activities().insert(sharing);
        m_activity = *m_workspace->activities().find(sharing.id);
    }

    int checkInsOf(qint64 person) const
    {
        const auto totals = ParticipationStats::compute(*m_workspace, m_camp);
        EXPECT_TRUE(totals.has_value()) << totals.error().message.toStdString();
        for (const MemberTotals &member : totals->members) {
            if (member.personId == person)
                return member.checkIns;
        }
        return -1;
    }

    QList<qint64> m_people;
    const QDate m_day {2027, 3, 6};
    Activity m_activity;
};

TEST_P(ActivityRemovalTest, AnUndoneDeletePutsBackTheAttendanceTheFiguresAndTheLinks)
{
    const CheckIn lin {m_people[0], m_day, m_activity.id, CheckInSource::Manual, QStringLiteral("到")};
    const CheckIn wang {m_people[1], m_day, m_activity.id, CheckInSource::Jielong, QStringLiteral("2. 王子涵")};
    const CheckIn linsDay {m_people[0], m_day, 0, CheckInSource::Manual, QString()};
    ASSERT_TRUE(m_workspace->participation().changeCheckIns(m_camp, {lin, wang, linsDay}, {}).has_value());
    ActivityReview review;
    review.campId = m_camp;
    review.activityId = m_activity.id;
    review.activityTitle = m_activity.title;
    review.activityType = m_activity.type;
    review.activityStart = m_activity.start;
    review.createdAt = review.updatedAt = QDateTime(QDate(2027, 3, 6), QTime(14, 0), Qt::UTC);
    review.wentWell = QStringLiteral("气氛很好");
    const qint64 reviewId = *m_workspace->activityReviews().insert(review);
    SpeechTemplate line;
    line.title = QStringLiteral("开场白");
    line.body = QStringLiteral("欢迎大家");
    const qint64 lineId = *m_workspace->speeches().insert(line);
    ASSERT_TRUE(m_workspace->speeches()
                    .recordUse(lineId, m_camp, 6, m_activity.id, QDateTime(m_day, QTime(12, 0), Qt::UTC))
                    .has_value());
    ASSERT_EQ(checkInsOf(m_people[0]), 2);
    ASSERT_EQ(checkInsOf(m_people[1]), 1);

    const auto taken = ActivityRemoval::remove(*m_workspace, {m_activity});
    ASSERT_TRUE(taken.has_value()) << taken.error().message.toStdString();
    EXPECT_EQ(taken->checkIns, (QList<CheckIn> {lin, wang}));
    EXPECT_EQ(taken->links.reviews, (QList<std::pair<qint64, qint64>> {{reviewId, m_activity.id}}));
    ASSERT_EQ(taken->links.speechUses.size(), 1);
    EXPECT_FALSE(m_workspace->activities().find(m_activity.id).has_value());
    EXPECT_EQ(m_workspace->participation().checkIns(m_camp).value_or(QList<CheckIn> {}), QList<CheckIn> {linsDay})
        << "the day's own check-in stays";
    EXPECT_EQ(checkInsOf(m_people[0]), 1) << "the figures follow the delete";
    EXPECT_EQ(checkInsOf(m_people[1]), 0);
    EXPECT_EQ(m_workspace->activityReviews().find(reviewId)->activityId, 0);

    ASSERT_TRUE(m_workspace->activities().insertAll({m_activity}).has_value());
    const auto restored = ActivityRemoval::restore(*m_workspace, {m_activity}, *taken);
    ASSERT_TRUE(restored.has_value()) << restored.error().message.toStdString();
    EXPECT_EQ(m_workspace->participation().activityCheckIns(m_camp, {m_activity.id}).value_or(QList<CheckIn> {}),
              (QList<CheckIn> {lin, wang}))
        << "each check-in as it was, its source and note too";
    EXPECT_EQ(checkInsOf(m_people[0]), 2);
    EXPECT_EQ(checkInsOf(m_people[1]), 1);
    EXPECT_EQ(m_workspace->activityReviews().find(reviewId)->activityId, m_activity.id);
    EXPECT_EQ(m_workspace->activities().linksTo({m_activity.id}).value_or(ActivityLinks {}), taken->links);
}

INSTANTIATE_TEST_SUITE_P(Engines, ActivityRemovalTest, bothEngines(), engineName);
