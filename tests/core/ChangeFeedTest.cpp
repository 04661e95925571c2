// Other operators' changes as they are committed (ChangeFeed over the
// server's NOTIFY, 8.sql): two connections to one team workspace on the
// test server; without a server, these tests skip.
#include "core/team/ChangeFeed.h"

#include "core/Workspace.h"
#include "core/domain/CampRepository.h"
#include "core/domain/PersonRepository.h"
#include "core/storage/Statement.h"
#include "tests/support/EngineWorkspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

class ChangeFeedTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_place.openOrSkip(m_mine);
        if (!m_mine)
            return;
        auto theirs = m_place.open();
        ASSERT_TRUE(theirs.has_value()) << theirs.error().message.toStdString();
        m_theirs = std::move(*theirs);
        m_feed = std::make_unique<ChangeFeed>(*m_mine);
        const auto listening = m_feed->listen();
        ASSERT_TRUE(listening.has_value()) << listening.error().message.toStdString();
    }

    // What the feed announced within a second, as "CAMP TABLE".
    QStringList announced(QSignalSpy &spy, qsizetype atLeast) const
    {
        // Whether it came in time is what the caller's comparison tells.
        static_cast<void>(QTest::qWaitFor([&] { return spy.size() >= atLeast; }, 1000));
        QTest::qWait(50); // and nothing more
        QStringList seen;
        for (const QList<QVariant> &arguments : std::as_const(spy))
            seen.append(QString::number(arguments.at(0).toLongLong()) + u' ' + arguments.at(1).toString());
        spy.clear();
        return seen;
    }

    Camp camp(const QString &name) const { return Camp::withDefaults(name, QDate(2027, 3, 1), QDate(2027, 3, 21)); }

    EngineWorkspace m_place {Engine::Server};
    std::unique_ptr<Workspace> m_mine;
    std::unique_ptr<Workspace> m_theirs;
    std::unique_ptr<ChangeFeed> m_feed;
};

TEST_F(ChangeFeedTest, AnotherConnectionsCommitsArriveWithinASecondAndOnesOwnDoNot)
{
    QSignalSpy spy(m_feed.get(), &ChangeFeed::changedElsewhere);
    QElapsedTimer clock;
    clock.start();
    auto id = m_theirs->camps().insert(camp(QStringLiteral("晨跑营")));
    ASSERT_TRUE(id.has_value());
    EXPECT_EQ(announced(spy, 1), QStringList {QString::number(*id) + QStringLiteral(" camps")});
    EXPECT_LT(clock.elapsed(), 1000);

    auto person = m_theirs->people().insert({.displayName = QStringLiteral("小林")});
    ASSERT_TRUE(person.has_value());
    EXPECT_EQ(announced(spy, 1), QStringList {QStringLiteral("0 people")}) << "a person belongs to no camp";

    ASSERT_TRUE(m_mine->camps().insert(camp(QStringLiteral("My own"))).has_value());
    EXPECT_TRUE(announced(spy, 1).isEmpty()) << "this connection's own change is its views' already";

    ASSERT_TRUE(m_theirs->camps().remove(*id).has_value());
    EXPECT_EQ(announced(spy, 1), QStringList {QString::number(*id) + QStringLiteral(" camps")});
}

TEST_F(ChangeFeedTest, AReconnectedConnectionListensAgain)
{
    ASSERT_TRUE(m_mine->reconnect().has_value());
    QSignalSpy spy(m_feed.get(), &ChangeFeed::changedElsewhere);
    ASSERT_TRUE(m_theirs->camps().insert(camp(QStringLiteral("Before"))).has_value());
    EXPECT_TRUE(announced(spy, 1).isEmpty()) << "a closed connection forgot what it listened to";
    ASSERT_TRUE(m_feed->listen().has_value());
    auto id = m_theirs->camps().insert(camp(QStringLiteral("After")));
    ASSERT_TRUE(id.has_value());
    EXPECT_EQ(announced(spy, 1), QStringList {QString::number(*id) + QStringLiteral(" camps")});
}

// A notification that waits on the socket while this connection runs a
// statement of its own through libpq (Statement) is read by libpq with the
// statement's result; QtSql's socket watch then has nothing to wake up for,
// and the change must still arrive.
TEST_F(ChangeFeedTest, AChangeReadWithOnesOwnStatementIsNotHeldBack)
{
    QSignalSpy spy(m_feed.get(), &ChangeFeed::changedElsewhere);
    // QtSql looks for notifications once after LISTEN; that look is over.
    QCoreApplication::processEvents();
    ASSERT_TRUE(m_theirs->camps().insert(camp(QStringLiteral("Meanwhile"))).has_value());
    QThread::msleep(200); // the notification is on this connection's socket, no event has run
    {
        Statement statement(m_mine->database(), "SELECT 1");
        ASSERT_TRUE(statement.isValid()) << statement.error().toStdString();
        ASSERT_TRUE(statement.next().has_value());
    }
    EXPECT_EQ(announced(spy, 1).size(), 1) << "the change waited for this connection's next QtSql statement";
}

TEST(ChangeFeedFileTest, AFileHasNoFeed)
{
    EngineWorkspace place(Engine::File);
    auto workspace = place.open();
    ASSERT_TRUE(workspace.has_value());
    ChangeFeed feed(**workspace);
    const auto listening = feed.listen();
    ASSERT_FALSE(listening.has_value());
    EXPECT_TRUE(listening.error().message.contains(QLatin1String("cannot tell what other operators change")));
}
