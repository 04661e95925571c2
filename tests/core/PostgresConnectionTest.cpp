// Against the throwaway server the test command starts (TestServer.h);
// without one, these tests say so and skip.
#include "core/storage/PostgresConnection.h"

#include "core/storage/SqlQuery.h"
#include "tests/support/TestServer.h"

#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

class PostgresConnectionTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (!testServer())
            GTEST_SKIP() << noTestServer();
    }
};

TEST_F(PostgresConnectionTest, ConnectsAsTheApplicationRoleThroughLibpqsOwnAddress)
{
    const auto address = ServerAddress::parse(*testServer());
    ASSERT_TRUE(address.has_value()) << address.error().message.toStdString();
    {
        auto db = PostgresConnection::open(*address, QStringLiteral("pg-test"));
        ASSERT_TRUE(db.has_value()) << db.error().message.toStdString();
        auto user = Sql::exec(*db,
                              QStringLiteral("SELECT current_user, current_database(),"
                                             " (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)"));
        ASSERT_TRUE(user.has_value()) << user.error().message.toStdString();
        ASSERT_TRUE(user->next());
        EXPECT_EQ(user->value(0).toString(), QStringLiteral("campdesk"));
        EXPECT_EQ(user->value(1).toString(), QStringLiteral("campdesk_test"));
        EXPECT_FALSE(user->value(2).toBool()) << "the suite runs as an ordinary role, as operators will";
        const auto version = PostgresConnection::serverVersion(*db);
        ASSERT_TRUE(version.has_value());
        EXPECT_GE(*version, PostgresConnection::OldestServerVersion);
        db->close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pg-test"));
}

TEST_F(PostgresConnectionTest, AMissingDatabaseIsNamedAndLeavesNoConnectionBehind)
{
    QUrl url(*testServer());
    url.setPath(QStringLiteral("/no_such_camp_db"));
    const auto address = ServerAddress::parse(url.toString());
    ASSERT_TRUE(address.has_value()) << address.error().message.toStdString();
    const auto db = PostgresConnection::open(*address, QStringLiteral("pg-missing"));
    ASSERT_FALSE(db.has_value());
    EXPECT_TRUE(db.error().message.contains(QLatin1String("no_such_camp_db"))) << db.error().message.toStdString();
    EXPECT_FALSE(QSqlDatabase::contains(QStringLiteral("pg-missing")));
}
