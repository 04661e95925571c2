#include "TempWorkspace.h"
#include "capture/ChatFileReader.h"
#include "capture/ChatGenerator.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

namespace {

struct Parsed
{
    QList<ChatMessage> messages;
    ParseReport report;
    bool streamed = false;
};

Parsed parseFile(const QString &path, const ChatFileReader::Options &reading, DateOrder order = DateOrder::Auto)
{
    Parsed parsed;
    auto reader = ChatFileReader::open(path, reading);
    EXPECT_TRUE(reader.has_value()) << (reader ? std::string() : reader.error().message.toStdString());
    if (!reader)
        return parsed;
    parsed.streamed = reader->streams();
    ParseOptions options;
    options.zone = QTimeZone::utc();
    options.dateOrder = order;
    auto report = reader->parse(options, [&parsed](ChatMessage &&message) {
        parsed.messages.append(std::move(message));
        return true;
    });
    EXPECT_TRUE(report.has_value()) << (report ? std::string() : report.error().message.toStdString());
    if (report)
        parsed.report = *report;
    return parsed;
}

ChatFileReader::Options streamingIn(qint64 pieceBytes)
{
    ChatFileReader::Options options;
    options.streamAbove = 0;
    options.pieceBytes = pieceBytes;
    return options;
}

void expectSameMessages(const Parsed &whole, const Parsed &streamed, const std::string &what)
{
    ASSERT_EQ(streamed.messages.size(), whole.messages.size()) << what;
    EXPECT_EQ(streamed.report.messages, whole.report.messages) << what;
    EXPECT_EQ(streamed.report.dateOrder, whole.report.dateOrder) << what;
    EXPECT_EQ(streamed.report.chatName, whole.report.chatName) << what;
    for (qsizetype i = 0; i < whole.messages.size(); ++i) {
        const ChatMessage &a = whole.messages.at(i);
        const ChatMessage &b = streamed.messages.at(i);
        ASSERT_EQ(b.senderName, a.senderName) << what << " message " << i;
        ASSERT_EQ(b.time, a.time) << what << " message " << i;
        ASSERT_EQ(b.text, a.text) << what << " message " << i;
        ASSERT_EQ(b.kind, a.kind) << what << " message " << i;
        ASSERT_EQ(b.subjects, a.subjects) << what << " message " << i;
        ASSERT_EQ(b.line, a.line) << what << " message " << i << ": line numbers are the whole file's";
    }
}

QString generatedWhatsApp(const TempDir &dir, int messages, int days)
{
    const QString path = dir.path(QStringLiteral("generated.txt"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    ChatGeneratorOptions options;
    options.messages = messages;
    options.days = days;
    options.members = 80;
    EXPECT_TRUE(ChatGenerator::writeWhatsApp(file, options));
    return path;
}

} // namespace

// A big export read a piece at a time gives exactly the messages of the
// whole file, with the whole file's line numbers, and the date order the
// first piece shows.
TEST(ChatFileReader, StreamedPiecesGiveTheWholeFilesMessages)
{
    TempDir dir;
    const QString path = generatedWhatsApp(dir, 4000, 20);
    const Parsed whole = parseFile(path, {});
    ASSERT_FALSE(whole.streamed) << "a small file is read whole";
    ASSERT_GT(whole.messages.size(), 3900);

    const Parsed streamed = parseFile(path, streamingIn(200 * 1024));
    EXPECT_TRUE(streamed.streamed);
    expectSameMessages(whole, streamed, "200 KiB pieces");

    // Pieces of a few kilobytes, an odd size, so characters of Chinese names
    // are split between reads; the date order given, as the first piece of
    // a few lines cannot show it.
    const Parsed tiny = parseFile(path, streamingIn(4099), whole.report.dateOrder);
    expectSameMessages(whole, tiny, "4099-byte pieces");
}

TEST(ChatFileReader, RealExportsStreamedInTinyPiecesMatchTheWholeFile)
{
    const QDir samples(QStringLiteral(CAMPDESK_SAMPLES "/whatsapp"));
    const QStringList files = samples.entryList({QStringLiteral("*.txt")});
    ASSERT_GE(files.size(), 5) << "CAMPDESK_SAMPLES must hold the real exports";
    for (const QString &name : files) {
        const QString path = samples.filePath(name);
        const Parsed whole = parseFile(path, {});
        const Parsed streamed = parseFile(path, streamingIn(97), whole.report.dateOrder);
        expectSameMessages(whole, streamed, name.toStdString());
    }
}

// No chat line is 100 MB: such a file is refused with the line named, in
// the streamed reading (WhatsApp) as in the whole one (QQ text).
TEST(ChatFileReader, ALineOf100MegabytesIsRefused)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("long-line.txt"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("3/1/27, 20:00 - Amy: hello\n3/1/27, 20:01 - Bob: ");
        const QByteArray block(1024 * 1024, 'x');
        for (int i = 0; i < 101; ++i)
            file.write(block);
        file.write("\n3/1/27, 20:02 - Amy: bye\n");
    }
    auto reader = ChatFileReader::open(path, {});
    ASSERT_TRUE(reader.has_value()) << reader.error().message.toStdString();
    EXPECT_TRUE(reader->streams()) << "a 101 MB WhatsApp export is read in pieces";
    int delivered = 0;
    auto report = reader->parse({}, [&delivered](ChatMessage &&) {
        ++delivered;
        return true;
    });
    ASSERT_FALSE(report.has_value());
    EXPECT_TRUE(report.error().message.contains(QStringLiteral("line 2: the line is 101 MB long")))
        << report.error().message.toStdString();

    const QString qq = dir.path(QStringLiteral("qq.txt"));
    {
        QFile file(qq);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("消息记录（此消息记录为文本格式，不支持重新导入）\n\n"
                   "================================================================\n"
                   "消息分组:我的群聊\n================================================================\n"
                   "消息对象:训练营\n================================================================\n\n"
                   "2027-03-01 20:00:00 Amy(10001)\n");
        file.write(QByteArray(5000, 'y'));
        file.write("\n\n");
    }
    ChatFileReader::Options small;
    small.maxLineLength = 4096;
    small.format = ChatFormat::QQText;
    auto refused = ChatFileReader::open(qq, small);
    ASSERT_FALSE(refused.has_value());
    EXPECT_TRUE(refused.error().message.startsWith(QStringLiteral("qq.txt: line 10: the line is")))
        << refused.error().message.toStdString();
}
