// Two operators' connections to one team workspace: an edit made on an
// activity the other has changed since is refused, naming who changed it
// and when, and writes nothing; one made on the activity as it is goes
// through. (The window's side, a camp's goal and its undo, is
// MainWindowTeamTest.)

#include "core/team/StaleEdit.h"

#include "core/Workspace.h"
#include "core/domain/ActivityRepository.h"
#include "core/domain/CampRepository.h"
#include "tests/support/ServerSchemaTest.h"

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

namespace {

class StaleEditTest : public ServerSchemaTest {
protected:
    void SetUp() override
    {
        ServerSchemaTest::SetUp();
        if (!ready())
            return;
        for (auto *workspace : {&m_mine, &m_theirs}) {
            auto opened = Workspace::open(m_schema->address());
            ASSERT_TRUE(opened.has_value()) << opened.error().message.toStdString();
            *workspace = std::move(*opened);
        }
        const qint64 camp = *m_mine->camps().insert(
            Camp::withDefaults(QStringLiteral("晨读营"), QDate(2027, 3, 1), QDate(2027, 3, 7)));
        Activity activity;
        activity.campId = camp;
        activity.type = ActivityType::Lesson;
        activity.title = QStringLiteral("第一课");
        activity.start = wallClock(QDate(2027, 3, 1), QTime(20, 0));
        activity.end = wallClock(QDate(2027, 3, 1), QTime(21, 0));
        activity.id = *m_mine->activities().insert(activity);
        m_seen = activity;
    }

    void TearDown() override
    {
        m_theirs.reset();
        m_mine.reset();
    }

    // My edit of the activity as I saw it.
    Result<void> myEdit(const QString &title)
    {
        Activity edited = m_seen;
        edited.title = title;
        return StaleEdit::writeOver<Activity>(
            *m_mine, StaleEdit::Table::Activities, edited, m_seen,
            [this](qint64 id) { return m_mine->activities().find(id); },
            [this](const Activity &row) { return m_mine->activities().update(row); });
    }

    std::unique_ptr<Workspace> m_mine;
    std::unique_ptr<Workspace> m_theirs;
    Activity m_seen;
};

TEST_F(StaleEditTest, AnEditOnWhatIsStillThereGoesThrough)
{
    ASSERT_TRUE(myEdit(QStringLiteral("第一课：开营")).has_value());
    EXPECT_EQ(m_theirs->activities().find(m_seen.id)->title, QStringLiteral("第一课：开营"));
}

TEST_F(StaleEditTest, AnEditOnWhatAnotherOperatorChangedIsRefusedNamingThem)
{
    Activity theirs = m_seen;
    theirs.notes = QStringLiteral("嘉宾改到周二");
    ASSERT_TRUE(m_theirs->activities().update(theirs).has_value());

    const auto refused = myEdit(QStringLiteral("第一课：开营"));
    ASSERT_FALSE(refused.has_value());
    EXPECT_TRUE(refused.error().stale);
    EXPECT_TRUE(refused.error().message.startsWith(QStringLiteral("campdesk changed this activity at ")))
        << refused.error().message.toStdString();
    const Activity now = *m_theirs->activities().find(m_seen.id);
    EXPECT_EQ(now, theirs) << "their change stays, and nothing of mine was written";

    // Deleted meanwhile: said so.
    ASSERT_TRUE(m_theirs->activities().removeAll({m_seen.id}).has_value());
    m_seen = now;
    const auto gone = myEdit(QStringLiteral("第一课：开营"));
    ASSERT_FALSE(gone.has_value());
    EXPECT_TRUE(gone.error().message.contains(QStringLiteral("deleted this activity")))
        << gone.error().message.toStdString();
}

} // namespace
