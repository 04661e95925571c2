#include "core/io/InputLimits.h"

#include "core/Workspace.h"
#include "core/capture/ChatFileReader.h"
#include "core/capture/ChatParsers.h"
#include "core/io/CsvWriter.h"
#include "core/io/InputFile.h"
#include "core/roster/DelimitedText.h"
#include "tests/support/TempWorkspace.h"

#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <thread>

using namespace CampDesk;
using namespace CampDesk::Testing;

namespace {

// Parses `text` as `format` and returns the error, or an empty text.
QString parseError(ChatFormat format, const QString &text)
{
    const auto parsed = ChatParsers::parse(format, text, {}, [](ChatMessage &&) { return true; });
    return parsed ? QString() : parsed.error().message;
}

QString wideRow(int fields)
{
    QString row;
    for (int i = 0; i < fields; ++i)
        row += QStringLiteral("1,");
    return row + u'\n';
}

} // namespace

// A CSV row with more cells than any export has stops the parse with the
// line named, in every CSV reader, instead of holding millions of cells.
TEST(InputLimitsTest, ACsvRowWithTooManyFieldsIsRefusedWithItsLine)
{
    const QString wide = wideRow(InputLimits::MaxFields + 5);
    const QList<std::pair<ChatFormat, QString>> cases = {
        {ChatFormat::WeChatMemoTraceCsv,
         QStringLiteral(
             "localId,TalkerId,Type,SubType,IsSender,CreateTime,StrContent,Sender\n1,5,1,0,0,1803859200,hi,wxid_a\n")},
        {ChatFormat::WeChatPyWxDumpCsv,
         QStringLiteral("id,MsgSvrID,type_name,is_sender,talker,room_name,msg,src,CreateTime\n"
                        "1,7001,文本,0,wxid_a,1@chatroom,hi,,2023-03-01 08:00:00\n")},
        {ChatFormat::DiscordCsv,
         QStringLiteral("AuthorID,Author,Date,Content,Attachments,Reactions\n"
                        "\"1\",\"alice\",\"1579570200\",\"hi\",\"\",\"\"\n")},
    };
    for (const auto &[format, head] : cases) {
        SCOPED_TRACE(ChatFormats::key(format).toStdString());
        EXPECT_EQ(parseError(format, head), QString()) << "the rows before it are fine";
        const QString error = parseError(format, head + wide);
        EXPECT_TRUE(error.contains(QStringLiteral("Line 3"))) << error.toStdString();
        EXPECT_TRUE(error.contains(QStringLiteral("more than 1,000 fields"))) << error.toStdString();
    }
    const auto roster = DelimitedText::parse(QStringLiteral("Name\nAmy\n") + wide);
    ASSERT_FALSE(roster.has_value());
    EXPECT_TRUE(roster.error().message.contains(QStringLiteral("Line 3"))) << roster.error().message.toStdString();
    EXPECT_TRUE(DelimitedText::parse(QStringLiteral("Name\n") + wideRow(InputLimits::MaxFields - 1)).has_value())
        << "a row just under the limit is read";
}

// A table of more cells in all than any roster has is refused too (rows of
// a few cells each, so no row is too wide).
TEST(InputLimitsTest, ATableWithTooManyCellsIsRefused)
{
    QString table = QStringLiteral("Name,City\n");
    const QString row = QStringLiteral("a,b\n");
    table.reserve(row.size() * (InputLimits::MaxTableCells / 2 + 10));
    for (qint64 i = 0; i < InputLimits::MaxTableCells / 2 + 5; ++i)
        table += row;
    const auto parsed = DelimitedText::parse(table);
    ASSERT_FALSE(parsed.has_value());
    EXPECT_TRUE(parsed.error().message.contains(QStringLiteral("cells"))) << parsed.error().message.toStdString();
}

// JSON nested deeper than any export stops the tokenizer with the line, for
// Telegram's and Discord's readers alike.
TEST(InputLimitsTest, JsonNestedTooDeepIsRefused)
{
    const QString deep = QStringLiteral("{\"name\": \"x\", \"type\": \"private_group\", \"id\": 1,\n\"messages\": ")
        + QString(100000, u'[');
    for (const ChatFormat format : {ChatFormat::TelegramJson, ChatFormat::DiscordJson}) {
        SCOPED_TRACE(ChatFormats::key(format).toStdString());
        const QString error = parseError(format, deep);
        EXPECT_TRUE(error.contains(QStringLiteral("Line 2"))) << error.toStdString();
        EXPECT_TRUE(error.contains(QStringLiteral("nest more than 64 levels"))) << error.toStdString();
    }
}

// A device is read as a stream with the same limits: /dev/zero, with no line
// break and nothing like a chat in it, stops at once; forced to a line-based
// format it stops at the line limit.
TEST(InputLimitsTest, DevZeroIsRefusedAtOnce)
{
    const auto detected = ChatFileReader::open(QStringLiteral("/dev/zero"), {});
    ASSERT_FALSE(detected.has_value());
    EXPECT_TRUE(detected.error().message.contains(QStringLiteral("not a chat export")))
        << detected.error().message.toStdString();
    ChatFileReader::Options forced;
    forced.format = ChatFormat::WhatsApp;
    forced.maxLineLength = 64 * 1024;
    const auto refused = ChatFileReader::open(QStringLiteral("/dev/zero"), forced);
    ASSERT_FALSE(refused.has_value());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("line 1: the line is longer than")))
        << refused.error().message.toStdString();
}

// A pipe is not a file that can be read twice: it is copied to a private
// temporary file, and its chat reads as the same chat from a file does.
TEST(InputLimitsTest, AChatFromAPipeReadsLikeTheSameFile)
{
    TempDir dir;
    const QString fifo = dir.path(QStringLiteral("chat.fifo"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QByteArray chat
        = "13/3/27, 20:00 - Amy: hello\n13/3/27, 20:01 - Bob: hi\nsecond line\n13/3/27, 20:02 - Amy: bye\n";
    std::thread writer([&fifo, &chat] {
        QFile out(fifo);
        if (out.open(QIODevice::WriteOnly))
            out.write(chat);
    });
    auto reader = ChatFileReader::open(fifo, {});
    writer.join();
    ASSERT_TRUE(reader.has_value()) << reader.error().message.toStdString();
    EXPECT_EQ(reader->fileName(), QStringLiteral("chat.fifo")) << "messages name the pipe, not the copy";
    QStringList texts;
    const auto report = reader->parse({}, [&texts](ChatMessage &&message) {
        texts.append(message.text);
        return true;
    });
    ASSERT_TRUE(report.has_value()) << report.error().message.toStdString();
    EXPECT_EQ(texts, (QStringList {QStringLiteral("hello"), QStringLiteral("hi\nsecond line"), QStringLiteral("bye")}));
}

// A big file a line-based reader cannot cut (a QQ chat read as such without
// member ids, here one with no line break at all) is not read whole: the
// overlong line is named before anything is held.
TEST(InputLimitsTest, ABigFileThatCannotBeCutIsNotReadWhole)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("lineless.txt"));
    writeAll(path, QByteArray(3 * 1024 * 1024, 'y'));
    ChatFileReader::Options options;
    options.format = ChatFormat::QQText;
    options.streamAbove = 1024 * 1024;
    options.maxLineLength = 2 * 1024 * 1024;
    const auto refused = ChatFileReader::open(path, options);
    ASSERT_FALSE(refused.has_value());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("lineless.txt: line 1: the line is longer than 2 MB")))
        << refused.error().message.toStdString();

    // With lines, but bigger than a whole read may be: refused, saying why.
    QByteArray lines;
    while (lines.size() < 3 * 1024 * 1024)
        lines += "2027-03-13 20:00:00 Amy\nhello\n\n";
    writeAll(path, lines);
    options.maxWholeBytes = 2 * 1024 * 1024;
    const auto tooBig = ChatFileReader::open(path, options);
    ASSERT_FALSE(tooBig.has_value());
    EXPECT_TRUE(tooBig.error().message.contains(QStringLiteral("too big to read whole")))
        << tooBig.error().message.toStdString();
}

// Files read whole (rosters, 接龙 lists, speech libraries) stop at their limit,
// from a device as from a file, before holding more.
TEST(InputLimitsTest, FilesReadWholeStopAtTheirLimit)
{
    const auto zero = InputFile::readAll(QStringLiteral("/dev/zero"), 1024 * 1024);
    ASSERT_FALSE(zero.has_value());
    EXPECT_TRUE(zero.error().message.contains(QStringLiteral("larger than 1 MB")))
        << zero.error().message.toStdString();
    TempDir dir;
    const QString path = dir.path(QStringLiteral("roster.csv"));
    writeAll(path, QByteArray(2 * 1024 * 1024, 'x'));
    const auto big = InputFile::readAll(path, 1024 * 1024);
    ASSERT_FALSE(big.has_value());
    EXPECT_TRUE(big.error().message.contains(QStringLiteral("roster.csv"))) << big.error().message.toStdString();
    const auto fits = InputFile::readAll(path, 2 * 1024 * 1024);
    ASSERT_TRUE(fits.has_value());
    EXPECT_EQ(fits->size(), 2 * 1024 * 1024);
}

// One line of a file, read as it goes (the chat import dialog shows the line
// a warning names): CRLF or LF, past the end empty.
TEST(InputLimitsTest, OneLineIsReadWithoutTheRestOfTheFile)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("chat.txt"));
    writeAll(path, QStringLiteral("first\r\nsecond 第二\r\nthird").toUtf8());
    EXPECT_EQ(InputFile::line(path, 2, QStringLiteral("UTF-8")).value(), QStringLiteral("second 第二"));
    EXPECT_EQ(InputFile::line(path, 3, QString()).value(), QStringLiteral("third"));
    EXPECT_EQ(InputFile::line(path, 9, QString()).value(), QString());
}

// Every cell a spreadsheet could run as a formula is guarded, control
// characters (NUL included) too; CampDesk's own reading takes the guard off
// exactly where it put it.
TEST(InputLimitsTest, TheFormulaGuardCoversEveryCellAndComesOffOnImport)
{
    for (const QString &text :
         QStringList {QStringLiteral("=1+1"), QStringLiteral("+86"), QStringLiteral("-2+3"), QStringLiteral("@x"),
                      QStringLiteral("\tx"), QStringLiteral("\rx"), QString(QChar(0)) + QStringLiteral("=1+1"),
                      QString(QChar(0x1b)) + QStringLiteral("x"), QString(QChar(0x7f))}) {
        const QString written = CsvWriter::cell(text);
        const QString unquoted = written.startsWith(u'"') ? written.mid(1, written.size() - 2) : written;
        EXPECT_TRUE(unquoted.startsWith(u'\'')) << text.toStdString();
        EXPECT_EQ(CsvWriter::unguarded(unquoted), text) << text.toStdString();
    }
    EXPECT_EQ(CsvWriter::cell(QStringLiteral("林晓雨")), QStringLiteral("林晓雨"));
    EXPECT_EQ(CsvWriter::unguarded(QStringLiteral("'quoted name")), QStringLiteral("'quoted name"))
        << "an apostrophe CampDesk did not put there stays";
}

// The open workspace is never read as an input: a descriptor of it opened
// and closed beside SQLite would drop this process's locks on it.
TEST(InputLimitsTest, TheOpenWorkspaceIsNoInput)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("open.campdesk"));
    auto workspace = Workspace::open(path);
    ASSERT_TRUE(workspace.has_value());
    const auto chat = ChatFileReader::open(path, {});
    ASSERT_FALSE(chat.has_value());
    EXPECT_TRUE(chat.error().message.contains(QStringLiteral("is the workspace that is open")))
        << chat.error().message.toStdString();
    EXPECT_FALSE(InputFile::readAll(path).has_value());
    EXPECT_FALSE(InputFile::line(path, 1, QString()).has_value());
}
