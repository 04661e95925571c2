// Rows sent in bulk with COPY (PostgresCopy) on the test server, each test
// in a schema of its own; without a server, these tests say so and skip.
#include "core/storage/PostgresCopy.h"

#include "core/storage/SqlQuery.h"
#include "tests/support/ServerSchemaTest.h"

#include <QSqlDatabase>

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

class PostgresCopyTest : public ServerSchemaTest {
protected:
    void SetUp() override
    {
        ServerSchemaTest::SetUp();
        if (!ready())
            return;
        ASSERT_TRUE(Sql::exec(db(), QStringLiteral("CREATE TABLE lines (n bigint NOT NULL, t text)")).has_value());
    }

    QList<std::pair<qint64, QVariant>> lines() const
    {
        QList<std::pair<qint64, QVariant>> read;
        auto rows = Sql::exec(db(), QStringLiteral("SELECT n, t FROM lines ORDER BY n"));
        while (rows && rows->next())
            read.append({rows->value(0).toLongLong(), rows->value(1)});
        return read;
    }
};

TEST_F(PostgresCopyTest, EveryTextArrivesAsItWasSent)
{
    // The text format's specials, a text that looks like its null, and
    // characters from beyond the Basic Multilingual Plane.
    const QStringList texts {QStringLiteral("打卡第1天 ✅"),
                             QStringLiteral("a\tb"),
                             QStringLiteral("line one\nline two\r\nthree"),
                             QStringLiteral("C:\\camp\\day 1"),
                             QStringLiteral("\\N"),
                             QStringLiteral("\\."),
                             QStringLiteral("😀👍🏻"),
                             QString()};
    PostgresCopy copy(db(), "lines", "n, t");
    for (qsizetype i = 0; i < texts.size(); ++i) {
        copy.add(qint64(i));
        copy.add(texts.at(i));
        copy.endRow();
    }
    copy.add(qint64(texts.size()));
    copy.addNull();
    copy.endRow();
    EXPECT_EQ(copy.rows(), texts.size() + 1);
    EXPECT_GT(copy.heldBytes(), 0);
    const auto sent = copy.send();
    ASSERT_TRUE(sent.has_value()) << sent.error().message.toStdString();
    EXPECT_EQ(copy.heldBytes(), 0);

    const auto read = lines();
    ASSERT_EQ(read.size(), texts.size() + 1);
    for (qsizetype i = 0; i < texts.size(); ++i) {
        EXPECT_EQ(read.at(i).first, i);
        EXPECT_EQ(read.at(i).second.toString(), texts.at(i)) << i;
        EXPECT_FALSE(read.at(i).second.isNull()) << "an empty text is no null";
    }
    EXPECT_TRUE(read.last().second.isNull());

    // Sending again sends only what was added since.
    copy.add(qint64(100));
    copy.add(QStringLiteral("later"));
    copy.endRow();
    ASSERT_TRUE(copy.send().has_value());
    EXPECT_EQ(lines().size(), texts.size() + 2);
    EXPECT_EQ(copy.rows(), texts.size() + 2);
}

TEST_F(PostgresCopyTest, BytesArriveAsTheyWereSent)
{
    ASSERT_TRUE(Sql::exec(db(), QStringLiteral("CREATE TABLE blobs (n bigint, b bytea)")).has_value());
    const QByteArray every = [] {
        QByteArray bytes;
        for (int byte = 0; byte < 256; ++byte)
            bytes.append(char(byte));
        return bytes;
    }();
    PostgresCopy copy(db(), "blobs", "n, b");
    copy.add(qint64(1));
    copy.addBytes(every);
    copy.endRow();
    copy.add(qint64(2));
    copy.addBytes(QByteArray());
    copy.endRow();
    ASSERT_TRUE(copy.send().has_value());
    auto rows = Sql::exec(db(), QStringLiteral("SELECT b FROM blobs ORDER BY n"));
    ASSERT_TRUE(rows.has_value());
    ASSERT_TRUE(rows->next());
    EXPECT_EQ(rows->value(0).toByteArray(), every) << "every byte value, the text format's specials among them";
    ASSERT_TRUE(rows->next());
    EXPECT_TRUE(rows->value(0).toByteArray().isEmpty());
    EXPECT_FALSE(rows->value(0).isNull()) << "an empty blob is no null";
}

TEST_F(PostgresCopyTest, ARefusedCopyGivesTheServersReasonAndAddsNoRow)
{
    PostgresCopy copy(db(), "lines", "n, t");
    copy.add(qint64(1));
    copy.add(QStringLiteral("kept out"));
    copy.endRow();
    copy.addNull(); // n may not be null: the whole copy is refused
    copy.add(QStringLiteral("no number"));
    copy.endRow();
    const auto sent = copy.send();
    ASSERT_FALSE(sent.has_value());
    EXPECT_TRUE(sent.error().message.contains(QStringLiteral("null value"))) << sent.error().message.toStdString();
    EXPECT_TRUE(lines().isEmpty());

    // The connection is usable afterwards, for the same table and others.
    PostgresCopy again(db(), "lines", "n, t");
    again.add(qint64(2));
    again.add(QStringLiteral("fine"));
    again.endRow();
    ASSERT_TRUE(again.send().has_value());
    EXPECT_EQ(lines().size(), 1);

    PostgresCopy nowhere(db(), "no_such_table", "n");
    nowhere.add(qint64(3));
    nowhere.endRow();
    const auto missing = nowhere.send();
    ASSERT_FALSE(missing.has_value());
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("no_such_table")))
        << missing.error().message.toStdString();
}

TEST(PostgresCopyFileTest, AWorkspaceFileIsRefusedWithTheReason)
{
    QSqlDatabase file = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy-on-a-file"));
    file.setDatabaseName(QStringLiteral(":memory:"));
    ASSERT_TRUE(file.open());
    {
        PostgresCopy copy(file, "lines", "n");
        copy.add(qint64(1));
        copy.endRow();
        const auto sent = copy.send();
        ASSERT_FALSE(sent.has_value());
        EXPECT_TRUE(sent.error().message.contains(QStringLiteral("PostgreSQL")));
    }
    file.close();
    file = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("copy-on-a-file"));
}
