#include "core/storage/Statement.h"

#include <QSqlDatabase>
#include <QStringList>

#include <gtest/gtest.h>

using namespace CampDesk;

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
