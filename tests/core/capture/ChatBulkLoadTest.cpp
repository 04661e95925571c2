// A camp's first import sets the message indexes aside and builds them at
// the end (ImportWriter's bulk load). These tests check that it finds the
// same duplicates the indexes would, in both halves of a load that outgrows
// the keys it may hold, and that whatever happens the workspace ends with
// the indexes its schema has.
#include "core/Workspace.h"
#include "core/capture/ChatImporter.h"
#include "core/domain/CampRepository.h"
#include "core/storage/SqlQuery.h"
#include "tests/support/TempWorkspace.h"

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

namespace {

// A WeChat (MemoTrace) CSV row: message id, sender, text, minute past 8:00.
QByteArray row(int id, const char *sender, const QString &text, int minute)
{
    return QStringLiteral(
               "%1,%1,文本,0,%2,晨跑营,\"{\"\"src\"\": \"\"\"\", \"\"msg\"\": \"\"%3\"\"}\",2027-03-02 08:%4:00\n")
        .arg(id)
        .arg(QLatin1String(sender), text)
        .arg(minute, 2, 10, QLatin1Char('0'))
        .toUtf8();
}

const QByteArray header = "id,MsgSvrID,type_name,is_sender,talker,room_name,content,CreateTime\n";

} // namespace

class ChatBulkLoadTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto opened = Workspace::open(m_dir.path(QStringLiteral("bulk.campdesk")));
        ASSERT_TRUE(opened.has_value());
        m_workspace = std::move(*opened);
        m_camp = *m_workspace->camps().insert(
            Camp::withDefaults(QStringLiteral("晨跑营"), QDate(2027, 3, 1), QDate(2027, 3, 21)));
        m_indexes = indexes();
        ASSERT_EQ(m_indexes.size(), 2) << "chat_messages has its two indexes";
    }

    Result<ChatImportSummary> importFile(const QByteArray &rows, const ChatImportOptions &options = {})
    {
        const QString path = m_dir.path(QStringLiteral("chat.csv"));
        writeAll(path, header + rows);
        return ChatImporter(*m_workspace).run(m_camp, path, options);
    }

    // The indexes of chat_messages as the schema holds them.
    QStringList indexes() const
    {
        QStringList found;
        auto rows = Sql::exec(m_workspace->database(),
                              QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index'"
                                             " AND tbl_name = 'chat_messages' AND sql IS NOT NULL ORDER BY name"));
        while (rows && rows->next())
            found.append(rows->value(0).toString());
        return found;
    }

    qint64 messages() const
    {
        return Sql::scalar(m_workspace->database(), QStringLiteral("SELECT COUNT(*) FROM chat_messages")).value_or(-1);
    }

    TempDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_camp = 0;
    QStringList m_indexes;
};

TEST_F(ChatBulkLoadTest, AFirstImportFindsItsOwnDuplicatesAndEndsWithTheSchemasIndexes)
{
    const QByteArray rows = row(1, "wxid_lin", QStringLiteral("早"), 0) + row(2, "wxid_wang", QStringLiteral("晚安"), 1)
        + row(1, "wxid_lin", QStringLiteral("早"), 0) // the same message again, as overlapping exports have it
        + row(1, "wxid_wang", QStringLiteral("早"), 0); // its id reused by another sender: another message
    const auto summary = importFile(rows);
    ASSERT_TRUE(summary.has_value()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->added, 3);
    EXPECT_EQ(summary->duplicates, 1);
    EXPECT_EQ(messages(), 3);
    EXPECT_EQ(indexes(), m_indexes);

    const auto again = importFile(rows);
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->added, 0) << "the rebuilt unique index finds every key of the first import";
    EXPECT_EQ(again->duplicates, 4);
}

TEST_F(ChatBulkLoadTest, KeysPastTheLimitBuildTheIndexesAndDuplicatesAreFoundOnBothSides)
{
    ChatImportOptions options;
    options.bulkKeysHeld = 2; // the indexes are built after the second message
    const QByteArray rows = row(1, "wxid_lin", QStringLiteral("一"), 0) + row(2, "wxid_lin", QStringLiteral("二"), 1)
        + row(3, "wxid_lin", QStringLiteral("三"), 2) + row(1, "wxid_lin", QStringLiteral("一"), 0)
        + row(3, "wxid_lin", QStringLiteral("三"), 2) + row(4, "wxid_lin", QStringLiteral("四"), 3);
    const auto summary = importFile(rows, options);
    ASSERT_TRUE(summary.has_value()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->added, 4);
    EXPECT_EQ(summary->duplicates, 2) << "one held in memory before the limit, one found by the index after it";
    EXPECT_EQ(messages(), 4);
    EXPECT_EQ(indexes(), m_indexes);
}

TEST_F(ChatBulkLoadTest, ACancelledFirstImportLeavesNoMessagesAndTheIndexes)
{
    ChatImportOptions options;
    options.streamAbove = 0; // read a piece at a time, so progress is asked after the first piece
    options.pieceBytes = 200;
    int pieces = 0;
    options.progress = [&pieces](double) { return ++pieces < 2; };
    QByteArray rows;
    for (int id = 1; id <= 8; ++id)
        rows += row(id, "wxid_lin", QStringLiteral("第%1条").arg(id), id);
    const auto summary = importFile(rows, options);
    ASSERT_TRUE(summary.has_value()) << summary.error().message.toStdString();
    EXPECT_TRUE(summary->cancelled);
    EXPECT_EQ(messages(), 0);
    EXPECT_EQ(indexes(), m_indexes);
    m_workspace.reset();
    EXPECT_TRUE(Workspace::open(m_dir.path(QStringLiteral("bulk.campdesk"))).has_value())
        << "the schema check finds every index";
}

TEST_F(ChatBulkLoadTest, AnImportIntoACampWithMessagesFindsDuplicatesThroughTheIndexes)
{
    ASSERT_TRUE(importFile(row(1, "wxid_lin", QStringLiteral("早"), 0)).has_value());
    const auto summary
        = importFile(row(1, "wxid_lin", QStringLiteral("早"), 0) + row(2, "wxid_lin", QStringLiteral("二"), 1));
    ASSERT_TRUE(summary.has_value()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->added, 1);
    EXPECT_EQ(summary->duplicates, 1);
    EXPECT_EQ(indexes(), m_indexes);
}
