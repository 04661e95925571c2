// A team workspace's tables on the test server (TestServer.h), each test in
// a schema of its own; without a server, these tests say so and skip.
#include "core/storage/PostgresSchema.h"

#include "core/storage/SqlQuery.h"
#include "tests/support/ServerSchemaTest.h"

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

class PostgresSchemaTest : public ServerSchemaTest {
protected:
    Result<int> prepare() const { return PostgresSchema::prepare(db(), QStringLiteral("camps")); }

    QStringList namesIn(const QString &catalog, const QString &column) const
    {
        QStringList names;
        auto rows = Sql::exec(
            db(),
            QStringLiteral("SELECT %1 FROM %2 WHERE schemaname = current_schema() ORDER BY 1").arg(column, catalog));
        while (rows && rows->next())
            names.append(rows->value(0).toString());
        return names;
    }
    QStringList tablesHere() const { return namesIn(QStringLiteral("pg_tables"), QStringLiteral("tablename")); }
    QStringList indexesHere() const { return namesIn(QStringLiteral("pg_indexes"), QStringLiteral("indexname")); }
    QString meta(const char *key) const
    {
        auto rows = Sql::exec(db(), QStringLiteral("SELECT value FROM campdesk_meta WHERE key = ?"),
                              {QString::fromLatin1(key)});
        return rows && rows->next() ? rows->value(0).toString() : QString();
    }
};

TEST_F(PostgresSchemaTest, AnEmptyDatabaseBecomesAWorkspaceOfTheFilesLatestVersion)
{
    const auto version = prepare();
    ASSERT_TRUE(version.has_value()) << version.error().message.toStdString();
    EXPECT_EQ(*version, PostgresSchema::latestVersion());
    EXPECT_EQ(meta("application_id"), PostgresSchema::ApplicationId);
    EXPECT_EQ(meta("schema_version"), QString::number(PostgresSchema::latestVersion()));
    QStringList expected = PostgresSchema::tables();
    expected.append(QStringLiteral("campdesk_meta"));
    expected.sort();
    EXPECT_EQ(tablesHere(), expected);
    for (const QString &index : PostgresSchema::indexes())
        EXPECT_TRUE(indexesHere().contains(index)) << index.toStdString();
    EXPECT_EQ(PostgresSchema::tables().size(), 22) << "every table a workspace file has";

    const QStringList before = indexesHere();
    const auto again = prepare();
    ASSERT_TRUE(again.has_value()) << again.error().message.toStdString();
    EXPECT_EQ(indexesHere(), before) << "opening it again changes nothing";
}

TEST_F(PostgresSchemaTest, TextsSortByteByByteAsInAFile)
{
    ASSERT_TRUE(prepare().has_value());
    for (const char *name : {"b", "B", "a", "张", "A"})
        ASSERT_TRUE(
            Sql::exec(db(), QStringLiteral("INSERT INTO people (display_name) VALUES (?)"), {QString::fromUtf8(name)})
                .has_value());
    QStringList order;
    auto rows = Sql::exec(db(), QStringLiteral("SELECT display_name FROM people ORDER BY display_name"));
    while (rows && rows->next())
        order.append(rows->value(0).toString());
    EXPECT_EQ(order,
              (QStringList {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("a"), QStringLiteral("b"),
                            QStringLiteral("张")}));
}

TEST_F(PostgresSchemaTest, ADatabaseOfAnotherProgramIsRefusedAndLeftAsItWas)
{
    ASSERT_TRUE(Sql::exec(db(), QStringLiteral("CREATE TABLE invoices (id integer)")).has_value());
    const auto refused = prepare();
    ASSERT_FALSE(refused.has_value());
    EXPECT_TRUE(refused.error().message.contains(QLatin1String("another program")))
        << refused.error().message.toStdString();
    EXPECT_EQ(tablesHere(), QStringList {QStringLiteral("invoices")});
}

TEST_F(PostgresSchemaTest, AnotherApplicationsMetadataIsRefused)
{
    ASSERT_TRUE(prepare().has_value());
    ASSERT_TRUE(Sql::exec(db(), QStringLiteral("UPDATE campdesk_meta SET value = 'Other' WHERE key = 'application_id'"))
                    .has_value());
    const auto refused = prepare();
    ASSERT_FALSE(refused.has_value());
    EXPECT_TRUE(refused.error().message.contains(QLatin1String("not a CampDesk workspace")))
        << refused.error().message.toStdString();
}

TEST_F(PostgresSchemaTest, ANewerWorkspaceIsRefusedUnchanged)
{
    ASSERT_TRUE(prepare().has_value());
    const QString newer = QString::number(PostgresSchema::latestVersion() + 1);
    ASSERT_TRUE(
        Sql::exec(db(), QStringLiteral("UPDATE campdesk_meta SET value = ? WHERE key = 'schema_version'"), {newer})
            .has_value());
    const auto refused = prepare();
    ASSERT_FALSE(refused.has_value());
    EXPECT_TRUE(refused.error().message.contains(QLatin1String("newer CampDesk")))
        << refused.error().message.toStdString();
    EXPECT_EQ(meta("schema_version"), newer);
}

TEST_F(PostgresSchemaTest, AMissingTableOrIndexIsNamed)
{
    ASSERT_TRUE(prepare().has_value());
    ASSERT_TRUE(Sql::exec(db(), QStringLiteral("DROP INDEX chat_messages_source")).has_value());
    const auto noIndex = prepare();
    ASSERT_FALSE(noIndex.has_value());
    EXPECT_TRUE(noIndex.error().message.contains(QLatin1String("chat_messages_source")))
        << noIndex.error().message.toStdString();
    EXPECT_FALSE(indexesHere().contains(QStringLiteral("chat_messages_source"))) << "refused, not repaired";

    ASSERT_TRUE(Sql::exec(db(), QStringLiteral("DROP TABLE check_ins")).has_value());
    const auto noTable = prepare();
    ASSERT_FALSE(noTable.has_value());
    EXPECT_TRUE(noTable.error().message.contains(QLatin1String("check_ins"))) << noTable.error().message.toStdString();
}

TEST_F(PostgresSchemaTest, AStepThatFailsLeavesTheDatabaseEmpty)
{
    // A table in the way of the first version's: the whole preparation is
    // one transaction, so nothing of it stays.
    ASSERT_TRUE(
        Sql::exec(db(), QStringLiteral("CREATE TABLE campdesk_meta (key text PRIMARY KEY, value text NOT NULL)"))
            .has_value());
    ASSERT_TRUE(Sql::exec(db(),
                          QStringLiteral("INSERT INTO campdesk_meta VALUES ('application_id', 'CampDesk'),"
                                         " ('schema_version', '0')"))
                    .has_value());
    ASSERT_TRUE(Sql::exec(db(), QStringLiteral("CREATE TABLE camps (id integer)")).has_value());
    const auto refused = prepare();
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(tablesHere(), (QStringList {QStringLiteral("campdesk_meta"), QStringLiteral("camps")}));
    EXPECT_EQ(meta("schema_version"), QStringLiteral("0"));
}
