#include "core/storage/Statement.h"

#include "tests/support/ServerSchemaTest.h"

#include <QSqlDatabase>
#include <QStringList>

#include <gtest/gtest.h>

#include <limits>

using namespace CampDesk;
using namespace CampDesk::Testing;

namespace {

// A connection of its own, closed and removed with the test.
class MemoryDatabase final {
public:
    MemoryDatabase()
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("sqlite-statement-test"));
        m_db.setDatabaseName(QStringLiteral(":memory:"));
        m_db.open();
    }
    ~MemoryDatabase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("sqlite-statement-test"));
    }
    Q_DISABLE_COPY_MOVE(MemoryDatabase)
    const QSqlDatabase &db() const { return m_db; }

private:
    QSqlDatabase m_db;
};

} // namespace

TEST(StatementTest, TextComesBackAsWrittenInBothForms)
{
    MemoryDatabase memory;
    ASSERT_TRUE(memory.db().isOpen());
    Statement create(memory.db(), "CREATE TABLE t (id INTEGER PRIMARY KEY, s TEXT)");
    ASSERT_TRUE(create.isValid()) << create.error().toStdString();
    ASSERT_TRUE(create.run().has_value());

    const QStringList values {QStringLiteral("林晓雨 🌱 camp"), QStringLiteral("plain ascii"), QString()};
    Statement insert(memory.db(), "INSERT INTO t (id, s) VALUES (?, ?)");
    ASSERT_TRUE(insert.isValid());
    for (int index = 0; index < values.size(); ++index) {
        insert.bind(1, index);
        if (values.at(index).isNull())
            insert.bindNull(2);
        else
            insert.bind(2, values.at(index));
        ASSERT_TRUE(insert.run().has_value());
    }

    Statement select(memory.db(), "SELECT id, s FROM t ORDER BY id");
    ASSERT_TRUE(select.isValid());
    int rows = 0;
    auto read = select.forEachRow([&]() -> Result<void> {
        const QString expected = values.at(int(select.int64At(0)));
        EXPECT_EQ(select.textAt(1), expected);
        EXPECT_EQ(select.utf8At(1).toByteArray(), expected.toUtf8()) << "the stored bytes, not converted";
        EXPECT_EQ(select.isNullAt(1), expected.isNull());
        ++rows;
        return {};
    });
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(rows, 3);
}

// On a server Statement runs through libpq (PostgresStatement): blobs and
// texts come back as their bytes, integers as integers, in results of the
// types it reads in binary; a result with another type (numeric, here)
// comes as text, its blobs decoded from hexadecimal all the same.
class ServerStatementTest : public ServerSchemaTest { };

TEST_F(ServerStatementTest, EveryKindOfValueComesBackAsWrittenInBothResultForms)
{
    Statement create(db(), "CREATE TABLE t (id bigint PRIMARY KEY, n integer, flag boolean, s text, b bytea)");
    ASSERT_TRUE(create.isValid()) << create.error().toStdString();
    ASSERT_TRUE(create.run().has_value());

    QByteArray everyByte;
    for (int byte = 0; byte < 256; ++byte)
        everyByte.append(char(byte));
    const QString text = QStringLiteral("林晓雨 🌱 'quoted' ? not a placeholder");
    Statement insert(db(), "INSERT INTO t (id, n, flag, s, b) VALUES (?, ?, ?, ?, ?)");
    ASSERT_TRUE(insert.isValid()) << insert.error().toStdString();
    insert.bind(1, std::numeric_limits<qint64>::max());
    insert.bind(2, -7);
    insert.bind(3, QStringView(u"true"));
    insert.bind(4, text);
    insert.bindBlob(5, everyByte);
    ASSERT_TRUE(insert.run().has_value());
    EXPECT_EQ(insert.changes(), 1);
    insert.bind(1, -1);
    insert.bindNull(2);
    insert.bindNull(3);
    insert.bind(4, QString());
    insert.bindBlob(5, QByteArray());
    ASSERT_TRUE(insert.run().has_value());

    for (const char *sql : {"SELECT id, n, flag, s, b FROM t ORDER BY id DESC",
                            "SELECT id, n, flag, s, b, 1.5::numeric FROM t ORDER BY id DESC"}) {
        Statement select(db(), sql);
        ASSERT_TRUE(select.isValid()) << select.error().toStdString();
        QList<qint64> ids;
        auto read = select.forEachRow([&]() -> Result<void> {
            ids.append(select.int64At(0));
            if (select.int64At(0) > 0) {
                EXPECT_EQ(select.int64At(1), -7) << sql;
                EXPECT_EQ(select.int64At(2), 1) << sql;
                EXPECT_EQ(select.textAt(3), text) << sql;
                EXPECT_EQ(select.blobAt(4).toByteArray(), everyByte) << sql;
            } else {
                EXPECT_TRUE(select.isNullAt(1)) << sql;
                EXPECT_TRUE(select.isNullAt(2)) << sql;
                EXPECT_EQ(select.textAt(3), QString()) << sql;
                EXPECT_FALSE(select.isNullAt(3)) << "an empty text is no null: " << sql;
                EXPECT_TRUE(select.blobAt(4).isEmpty()) << sql;
                EXPECT_FALSE(select.isNullAt(4)) << "an empty blob is no null: " << sql;
            }
            return {};
        });
        ASSERT_TRUE(read.has_value()) << read.error().message.toStdString();
        EXPECT_EQ(ids, (QList<qint64> {std::numeric_limits<qint64>::max(), -1})) << sql;
    }

    Statement count(db(), "SELECT count(*), sum(id) FROM t WHERE id < ?");
    count.bind(1, 0);
    const auto counted = count.runScalar();
    ASSERT_TRUE(counted.has_value());
    EXPECT_EQ(*counted, std::optional<qint64>(1));

    Statement wrong(db(), "SELECT no_such_column FROM t");
    EXPECT_FALSE(wrong.isValid());
    EXPECT_TRUE(wrong.error().contains(QStringLiteral("no_such_column"))) << wrong.error().toStdString();
}
