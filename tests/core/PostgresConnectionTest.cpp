// Against the throwaway server the test command starts (TestServer.h);
// without one, these tests say so and skip.
#include "core/storage/PostgresConnection.h"

#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"
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

TEST_F(PostgresConnectionTest, ADatabaseNotInUtf8IsRefusedWithTheWayOut)
{
    // The throwaway server's second database (throwaway-postgres.sh).
    QUrl url(*testServer());
    url.setPath(QStringLiteral("/campdesk_latin1"));
    const auto address = ServerAddress::parse(url.toString());
    ASSERT_TRUE(address.has_value()) << address.error().message.toStdString();
    const auto db = PostgresConnection::open(*address, QStringLiteral("pg-latin1"));
    ASSERT_FALSE(db.has_value()) << "a LATIN1 database cannot hold the chats' texts";
    EXPECT_TRUE(db.error().message.contains(QLatin1String("LATIN1"))) << db.error().message.toStdString();
    EXPECT_TRUE(db.error().message.contains(QLatin1String("--encoding=UTF8"))) << db.error().message.toStdString();
    EXPECT_FALSE(QSqlDatabase::contains(QStringLiteral("pg-latin1")));
}

TEST_F(PostgresConnectionTest, ACommitTheServerTurnedIntoARollbackIsAFailure)
{
    const auto address = ServerAddress::parse(*testServer());
    ASSERT_TRUE(address.has_value()) << address.error().message.toStdString();
    {
        auto db = PostgresConnection::open(*address, QStringLiteral("pg-commit"));
        ASSERT_TRUE(db.has_value()) << db.error().message.toStdString();
        ASSERT_TRUE(Sql::exec(*db, QStringLiteral("CREATE TEMPORARY TABLE kept (n integer)")).has_value());
        {
            Transaction transaction(*db);
            ASSERT_TRUE(transaction.begin().has_value());
            ASSERT_TRUE(Sql::exec(*db, QStringLiteral("INSERT INTO kept VALUES (1)")).has_value());
            // A failure someone ignored: the server aborts the transaction.
            EXPECT_FALSE(Sql::exec(*db, QStringLiteral("SELECT 1 / 0")).has_value());
            const auto committed = transaction.commit();
            ASSERT_FALSE(committed.has_value()) << "the server kept nothing; the commit must not say it saved";
            EXPECT_TRUE(committed.error().message.contains(QStringLiteral("Nothing was saved")))
                << committed.error().message.toStdString();
        }
        EXPECT_EQ(Sql::scalar(*db, QStringLiteral("SELECT count(*) FROM kept")).value_or(-1), 0);
        {
            Transaction transaction(*db);
            ASSERT_TRUE(transaction.begin().has_value()) << "the connection is usable after it";
            ASSERT_TRUE(Sql::exec(*db, QStringLiteral("INSERT INTO kept VALUES (2)")).has_value());
            const auto committed = transaction.commit();
            ASSERT_TRUE(committed.has_value()) << committed.error().message.toStdString();
        }
        EXPECT_EQ(Sql::scalar(*db, QStringLiteral("SELECT count(*) FROM kept")).value_or(-1), 1);
        db->close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pg-commit"));
}

// A server that stops answering holds a connection for seconds, not for the
// system's quarter of an hour; what the address says itself wins.
TEST(PostgresConnectionKeywordsTest, ALostServerIsGivenUpWithinSecondsUnlessTheAddressSaysOtherwise)
{
    const auto valueOf = [](const QList<std::pair<QString, QString>> &keywords, const char *key) {
        QStringList values;
        for (const auto &[name, value] : keywords) {
            if (name == QLatin1String(key))
                values.append(value);
        }
        return values;
    };
    const auto plain = ServerAddress::parse(QStringLiteral("postgresql://mei@camp.example.org/camp?sslmode=require"));
    ASSERT_TRUE(plain.has_value());
    const auto keywords = PostgresConnection::keywords(*plain);
    EXPECT_EQ(valueOf(keywords, "connect_timeout"), QStringList {QStringLiteral("10")});
    EXPECT_EQ(valueOf(keywords, "tcp_user_timeout"), QStringList {QStringLiteral("15000")});
    EXPECT_EQ(valueOf(keywords, "keepalives"), QStringList {QStringLiteral("1")});
    EXPECT_FALSE(valueOf(keywords, "keepalives_idle").isEmpty());
    EXPECT_EQ(valueOf(keywords, "sslmode"), QStringList {QStringLiteral("require")});

    const auto own = ServerAddress::parse(QStringLiteral("postgresql://mei@camp.example.org/camp?connect_timeout=60"));
    ASSERT_TRUE(own.has_value());
    EXPECT_EQ(valueOf(PostgresConnection::keywords(*own), "connect_timeout"), QStringList {QStringLiteral("60")});
}
