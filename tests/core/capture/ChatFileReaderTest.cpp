#include "core/capture/ChatFileReader.h"

#include "core/capture/ChatParsers.h"
#include "demo/ChatGenerator.h"
#include "tests/support/Samples.h"
#include "tests/support/TempWorkspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

namespace {

struct Parsed {
    QList<ChatMessage> messages;
    ParseReport report;
    bool streamed = false;
};

Parsed parseFile(const QString &path, const ChatFileReader::Options &reading, DateOrder order = DateOrder::Auto,
                 const QString &chat = {})
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
    options.chat = chat;
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
        ASSERT_EQ(b.senderId, a.senderId) << what << " message " << i;
        ASSERT_EQ(b.sourceId, a.sourceId) << what << " message " << i;
    }
}

// Warnings name the whole file's lines, in their line and in their text.
void expectSameWarnings(const Parsed &whole, const Parsed &streamed, const std::string &what)
{
    const QList<ParseWarning> &a = whole.report.warnings;
    const QList<ParseWarning> &b = streamed.report.warnings;
    ASSERT_EQ(b.size(), a.size()) << what;
    for (qsizetype i = 0; i < a.size(); ++i) {
        EXPECT_EQ(b.at(i).line, a.at(i).line) << what << " warning " << i;
        EXPECT_EQ(b.at(i).message, a.at(i).message) << what << " warning " << i;
    }
}

// Every file read in pieces of each size streams and gives exactly what the
// whole file gives.
// `chats`: the chat to read of each file that holds several, by its path.
void expectPiecesGiveTheWhole(const QStringList &paths, std::initializer_list<qint64> pieceSizes,
                              const QHash<QString, QString> &chats = {})
{
    for (const QString &path : paths) {
        const Parsed whole = parseFile(path, {}, DateOrder::Auto, chats.value(path));
        ASSERT_GT(whole.messages.size(), 1) << path.toStdString();
        EXPECT_FALSE(whole.streamed);
        for (const qint64 pieceBytes : pieceSizes) {
            const Parsed streamed = parseFile(path, streamingIn(pieceBytes), DateOrder::Auto, chats.value(path));
            const std::string what = QStringLiteral("%1 in %2-byte pieces").arg(path).arg(pieceBytes).toStdString();
            EXPECT_TRUE(streamed.streamed) << what;
            expectSameMessages(whole, streamed, what);
            expectSameWarnings(whole, streamed, what);
        }
    }
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// A copy of the file with `from` (its first occurrence) made `to`, and one
// cut before `from`: each gives the same error whole and in pieces.
void expectSameErrorsInPieces(const QString &path, const QByteArray &from, const QByteArray &to)
{
    TempDir dir;
    QFile source(path);
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    const QByteArray bytes = source.readAll();
    const qsizetype at = bytes.indexOf(from);
    ASSERT_GE(at, 0) << path.toStdString();
    const QString broken = dir.path(QStringLiteral("broken.json"));
    writeFile(broken, QByteArray(bytes).replace(at, from.size(), to));
    const QString cut = dir.path(QStringLiteral("cut.json"));
    writeFile(cut, bytes.left(at));
    const auto error = [](const QString &file, const ChatFileReader::Options &reading) {
        auto reader = ChatFileReader::open(file, reading);
        if (!reader)
            return reader.error().message;
        auto report = reader->parse({}, [](ChatMessage &&) { return true; });
        return report ? QString() : report.error().message;
    };
    for (const QString &file : {broken, cut}) {
        const QString expected = error(file, {});
        ASSERT_FALSE(expected.isEmpty()) << file.toStdString();
        for (const qint64 pieceBytes : {qint64(1), qint64(64)})
            EXPECT_EQ(error(file, streamingIn(pieceBytes)), expected) << file.toStdString() << " " << pieceBytes;
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
    // Our fixtures of the real exports' quirks, and the real ones when they are here.
    QStringList paths;
    const QDir fixtures(QStringLiteral(CAMPDESK_TEST_DATA "/capture/whatsapp"));
    for (const QString &name : fixtures.entryList({QStringLiteral("*.txt")}))
        paths.append(fixtures.filePath(name));
    ASSERT_GE(paths.size(), 5);
    if (samplesAvailable()) {
        const QDir samples(samplePath(QStringLiteral("whatsapp")));
        for (const QString &name : samples.entryList({QStringLiteral("*.txt")}))
            paths.append(samples.filePath(name));
    }
    for (const QString &path : std::as_const(paths)) {
        const QString name = QFileInfo(path).fileName();
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
    EXPECT_TRUE(report.error().message.contains(QStringLiteral("line 2: the line is longer than 4 MB")))
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

// The CSV exports and MemoTrace's text stream too: every fixture read in
// pieces of a few bytes (so pieces end inside quoted cells, inside CRLFs and
// inside Chinese characters) gives what the whole file gives.
TEST(ChatFileReader, CsvAndMemoTraceTextExportsStreamedInTinyPiecesMatchTheWholeFile)
{
    QStringList paths;
    const QDir data(QStringLiteral(CAMPDESK_TEST_DATA "/capture"));
    for (const QString &folder : {QStringLiteral("wechat"), QStringLiteral("discord")}) {
        const QDir dir(data.filePath(folder));
        for (const QString &name : dir.entryList({QStringLiteral("*.csv"), QStringLiteral("*.txt")}))
            paths.append(dir.filePath(name));
    }
    if (samplesAvailable()) {
        const QDir samples(samplePath(QStringLiteral("wechat")));
        for (const QString &name : samples.entryList({QStringLiteral("*.csv")}))
            paths.append(samples.filePath(name));
    }
    ASSERT_GE(paths.size(), 14);
    for (const QString &path : paths) {
        const Parsed whole = parseFile(path, {});
        ASSERT_GT(whole.messages.size(), 0) << path.toStdString();
        for (const qint64 pieceBytes : {qint64(5), qint64(97), qint64(1000)}) {
            const Parsed streamed = parseFile(path, streamingIn(pieceBytes), whole.report.dateOrder);
            const std::string what = QStringLiteral("%1 in %2-byte pieces").arg(path).arg(pieceBytes).toStdString();
            EXPECT_TRUE(streamed.streamed) << what;
            expectSameMessages(whole, streamed, what);
            expectSameWarnings(whole, streamed, what);
        }
    }
}

// A CSV whose quoted cells hold line breaks, commas, doubled quotes and
// whole lines that look like records, with CRLF line ends: a piece never
// ends inside a cell, and a warning about a row of a later piece names the
// file's line.
TEST(ChatFileReader, AStreamedCsvIsCutOnlyBetweenRecords)
{
    TempDir dir;
    QByteArray csv = "localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,"
                     "Sender\r\n";
    for (int i = 0; i < 300; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray time = QByteArray::number(1677628800 + i * 60);
        if (i % 7 == 3) {
            csv += n + ",5,1,0,0," + time + ",,\"第一行\r\n" + n + ",5,1,0,0," + time
                + ",,not a row\r\n\"\"引号\"\", 逗号\",2023-03-01 08:00:00,,王子涵,wxid_wang002\r\n";
        } else if (i == 250) {
            csv += n + ",5,1\r\n"; // too short: skipped with a warning
        } else {
            csv += n + ",5,1,0,0," + time + ",,早上好 " + n + ",2023-03-01 08:00:00,林晓雨,小雨,wxid_lin001\r\n";
        }
    }
    const QString path = dir.path(QStringLiteral("memotrace.csv"));
    writeFile(path, csv);
    const Parsed whole = parseFile(path, {});
    ASSERT_EQ(whole.messages.size(), 299);
    ASSERT_EQ(whole.report.warnings.size(), 1);
    // Below the header, rows 0–249 take a line each but the 36 holding a
    // quoted cell, which take three: row 250 starts on line 2 + 250 + 72.
    EXPECT_EQ(whole.report.warnings.constFirst().line, 324);
    EXPECT_TRUE(whole.report.warnings.constFirst().message.contains(QStringLiteral("324")));
    for (const qint64 pieceBytes : {qint64(1), qint64(2), qint64(3), qint64(64), qint64(4096)}) {
        const Parsed streamed = parseFile(path, streamingIn(pieceBytes));
        const std::string what = QStringLiteral("%1-byte pieces").arg(pieceBytes).toStdString();
        expectSameMessages(whole, streamed, what);
        expectSameWarnings(whole, streamed, what);
    }
}

// Old Mac line ends (a bare CR) and DiscordChatExporter's semicolons: the
// header line is found and the pieces are cut between records.
TEST(ChatFileReader, ASemicolonCsvWithBareCarriageReturnsStreams)
{
    TempDir dir;
    QByteArray csv = "Author;Date;Content;Attachments;Reactions;\r";
    for (int i = 0; i < 40; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += "\"Amy#" + n + "\";\"15-Mar-24 08:0" + QByteArray::number(i % 10) + " PM\";\"hello;\r" + n
            + "\";\"\";\r";
    }
    const QString path = dir.path(QStringLiteral("discord.csv"));
    writeFile(path, csv);
    const Parsed whole = parseFile(path, {});
    ASSERT_EQ(whole.messages.size(), 40);
    for (const qint64 pieceBytes : {qint64(1), qint64(9), qint64(100)}) {
        const Parsed streamed = parseFile(path, streamingIn(pieceBytes), whole.report.dateOrder);
        EXPECT_TRUE(streamed.streamed);
        expectSameMessages(whole, streamed, std::to_string(pieceBytes));
    }
}

// Big files in GB18030 or UTF-16 stream as well: the decoder carries a
// character split between two reads over to the next.
TEST(ChatFileReader, ExportsInOtherEncodingsStream)
{
    TempDir dir;
    QFile source(QStringLiteral(CAMPDESK_TEST_DATA "/capture/wechat/memotrace-group.txt"));
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(source.readAll());
    const Parsed reference = parseFile(source.fileName(), {});
    ASSERT_GT(reference.messages.size(), 3);
    for (const char *encoding : {"GB18030", "UTF-16LE", "UTF-16BE"}) {
        QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
        ASSERT_TRUE(encoder.isValid()) << encoding;
        const QString path = dir.path(QStringLiteral("memotrace-%1.txt").arg(QLatin1String(encoding)));
        writeFile(path, encoder(text));
        for (const qint64 pieceBytes : {qint64(7), qint64(64)}) {
            const Parsed streamed = parseFile(path, streamingIn(pieceBytes));
            EXPECT_TRUE(streamed.streamed) << encoding;
            expectSameMessages(reference, streamed, std::string(encoding));
        }
    }
}

// DiscordChatExporter's JSON streams like Telegram's: the fixture and the
// real sample in pieces of one byte up give what the whole file gives, and
// so do a broken message's error and a cut file's.
TEST(ChatFileReader, DiscordJsonStreamsInPiecesAsTheWholeFile)
{
    const QString guild = QStringLiteral(CAMPDESK_TEST_DATA "/capture/discord/guild.json");
    QStringList paths {guild, QStringLiteral(CAMPDESK_TEST_DATA "/capture/discord/direct-message.json")};
    if (samplesAvailable())
        paths.append(samplePath(QStringLiteral("discord/chat-analytics__DM_2A_2M.json")));
    expectPiecesGiveTheWhole(paths, {1, 7, 64, 4096});
    expectSameErrorsInPieces(guild, "\"timestamp\"", "\"timestamp\",");
}

// Telegram's JSON streams, cut anywhere: its tokenizer carries its state
// from piece to piece, a first pass finds the chats. The fixtures (one
// group; a full account whose biggest group is imported, with warnings for
// the others), the real samples and an export with the writer's `\x`
// escapes and stray U+FEFF between tokens, in pieces of one byte up, give
// what the whole file gives; so do a broken message's and a cut file's
// errors, line and column.
TEST(ChatFileReader, TelegramJsonStreamsInPiecesAsTheWholeFile)
{
    TempDir dir;
    const QString repaired = dir.path(QStringLiteral("repaired.json"));
    writeFile(repaired,
              QStringLiteral("\uFEFF{\r\n \"name\": \"Camp \\x41\",\r\n \"type\": \"private_supergroup\",\r\n"
                             " \"messages\": [\uFEFF\r\n  {\"id\": 1, \"type\": \"message\", \"date_unixtime\": "
                             "\"1700000000\", \"from\": \"Amy \\x42\", \"from_id\": \"user1\", \"text\": "
                             "\"a\\x43\\\"b\"},\uFEFF\r\n  {\"id\": 2, \"type\": \"service\", \"date_unixtime\": "
                             "\"1700000060\", \"actor\": \"Bob\", \"actor_id\": \"user2\", \"action\": "
                             "\"invite_members\", \"members\": [\"Cat\"], \"text\": \"\"}\r\n ]\r\n}\r\n")
                  .toUtf8());
    QStringList paths {repaired};
    for (const char *name :
         {"/capture/telegram/group.json", "/capture/telegram/full-account.json", "/capture/telegram/single-chat.json"})
        paths.append(QStringLiteral(CAMPDESK_TEST_DATA) + QLatin1String(name));
    if (samplesAvailable()) {
        const QDir samples(samplePath(QStringLiteral("telegram")));
        for (const QString &name : samples.entryList({QStringLiteral("*.json")}))
            paths.append(samples.filePath(name));
    }
    ASSERT_GE(paths.size(), 4);
    const QString fullAccount = QStringLiteral(CAMPDESK_TEST_DATA "/capture/telegram/full-account.json");
    expectPiecesGiveTheWhole(paths, {1, 7, 64, 4096}, {{fullAccount, QStringLiteral("Camp Group")}});
    // Without a choice, a whole account is refused in pieces as it is whole.
    const auto refusal = [&fullAccount](const ChatFileReader::Options &reading) {
        auto reader = ChatFileReader::open(fullAccount, reading);
        EXPECT_TRUE(reader.has_value());
        auto report = reader->parse({}, [](ChatMessage &&) { return true; });
        return report ? QStringList() : report.error().choices;
    };
    const QStringList groups {QStringLiteral("Small Group"), QStringLiteral("Camp Group"), QStringLiteral("Old Camp")};
    EXPECT_EQ(refusal({}), groups);
    EXPECT_EQ(refusal(streamingIn(64)), groups);
    const Parsed camp = parseFile(repaired, streamingIn(3));
    EXPECT_EQ(camp.report.chatName, QStringLiteral("Camp A"));
    ASSERT_EQ(camp.messages.size(), 2);
    EXPECT_EQ(camp.messages.at(0).senderName, QStringLiteral("Amy B"));
    EXPECT_EQ(camp.messages.at(0).text, QStringLiteral("aC\"b"));
    EXPECT_EQ(camp.messages.at(1).line, 6);

    expectSameErrorsInPieces(QStringLiteral(CAMPDESK_TEST_DATA "/capture/telegram/group.json"), "\"id\": 12,",
                             "\"id\": 12,,");
}

// QQ's text streams: a first pass finds its conversations, then each piece
// is parsed with what the pieces before it left. Several conversations (the
// group imported is the second), bodies holding blank lines, a member's
// "=====", a line that looks like an id-less header, bare LFs and a
// 消息分组 line, in pieces of one byte up: all as the whole file gives them.
TEST(ChatFileReader, QQExportsStreamInPiecesAsTheWholeFile)
{
    TempDir dir;
    const QString rule = QStringLiteral("================================================================\r\n");
    const QString text = QStringLiteral("消息记录（此消息记录为文本格式，不支持重新导入）\r\n\r\n") + rule
        + QStringLiteral("消息分组:我的好友\r\n") + rule + QStringLiteral("消息对象:老同学\r\n") + rule
        + QStringLiteral("\r\n2020-05-01 10:00:00 老同学\r\n在吗\r\n\r\n2020-05-01 10:01:00 我\r\n在\r\n\r\n") + rule
        + QStringLiteral("消息分组:我的群聊\r\n") + rule + QStringLiteral("消息对象:跑步群\r\n") + rule
        + QStringLiteral("\r\n2020-05-01 11:00:00 阿强(10001)\r\n=====\r\n\r\n跑了\r\n\r\n"
                         "2020-05-01 11:00:30 阿明(10003)\r\n上一条是\r\n\r\n2020-05-01 11:00:00 阿强\r\n这样\n\n"
                         "2020-05-01 11:00:40 假(10009)\n还是正文\r\n\r\n"
                         "2020-05-01 11:01:00 系统消息(10000)\r\n阿明加入本群\r\n\r\n"
                         "2020-05-01 11:02:00 阿明(10003)\r\n消息分组:不是分组\r\n[图片]\r\n\r\n")
        + rule + QStringLiteral("消息分组:我的群聊\r\n") + rule + QStringLiteral("消息对象:读书群\r\n") + rule
        + QStringLiteral("\r\n2020-05-01 12:00:00 阿花(10002)\r\n读完了\r\n\r\n");
    const QString many = dir.path(QStringLiteral("all-conversations.txt"));
    writeFile(many, text.toUtf8());

    QStringList paths {many, QStringLiteral(CAMPDESK_TEST_DATA "/capture/qq/header-block-only.txt")};
    if (samplesAvailable())
        paths.append(samplePath(QStringLiteral("qq/qq-chat-history__tests_file.txt")));
    for (const char *name : {"group-12h-crlf.utf8.txt", "group-12h-crlf.gbk.txt", "group-12h-crlf.utf16le.txt"})
        paths.append(QStringLiteral(CAMPDESK_TEST_DATA "/capture/qq/") + QLatin1String(name));
    expectPiecesGiveTheWhole(paths, {1, 7, 64, 1000}, {{many, QStringLiteral("跑步群")}});
    const Parsed group = parseFile(many, streamingIn(7), DateOrder::Auto, QStringLiteral("跑步群"));
    EXPECT_EQ(group.report.chatName, QStringLiteral("跑步群"));
    ASSERT_EQ(group.messages.size(), 4);
    EXPECT_EQ(group.messages.at(0).text, QStringLiteral("=====\n\n跑了"));
    EXPECT_EQ(group.messages.at(1).text,
              QStringLiteral("上一条是\n\n2020-05-01 11:00:00 阿强\n这样\n\n2020-05-01 11:00:40 假(10009)\n还是正文"));
    ASSERT_EQ(group.report.warnings.size(), 1);
    EXPECT_TRUE(group.report.warnings.first().message.contains(QStringLiteral("读书群")));
}

// A private chat's export has no ids, so nothing marks where a message
// surely starts: it is read whole, however big.
TEST(ChatFileReader, QQPrivateChatsAreReadWhole)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("friend.txt"));
    writeFile(path,
              QStringLiteral("2020-05-01 10:00:00 老同学\r\n在吗\r\n\r\n2020-05-01 10:01:00 我\r\n在\r\n\r\n"
                             "2020-05-01 10:02:00 老同学\r\n好\r\n")
                  .toUtf8());
    ChatFileReader::Options options = streamingIn(8);
    options.format = ChatFormat::QQText;
    const Parsed whole = parseFile(path, {});
    const Parsed big = parseFile(path, options);
    EXPECT_FALSE(big.streamed);
    ASSERT_EQ(big.messages.size(), 3);
    expectSameMessages(whole, big, "friend.txt");
}

// A million messages whose first twelve days read either way: the order
// comes from the whole file, not from its first piece, so every message is
// read (with the order on auto), also when the file is read in pieces.
TEST(ChatFileReader, AMillionMessagesWithTwelveAmbiguousDaysFirstAreAllReadInPieces)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("million.txt"));
    constexpr int Messages = 1000000;
    constexpr int Days = 40;
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        QByteArray chunk;
        for (int i = 0; i < Messages; ++i) {
            const QDate day = QDate(2026, 3, 1).addDays(i / (Messages / Days));
            const int minute = (i / 17) % 1440;
            chunk += QByteArray::number(day.month()) + '/' + QByteArray::number(day.day()) + QByteArrayLiteral("/26, ")
                + QByteArray::number(minute / 60) + ':' + QByteArray::number(minute % 60).rightJustified(2, '0')
                + QByteArrayLiteral(" - Member ") + QByteArray::number(i % 5000) + QByteArrayLiteral(": message ")
                + QByteArray::number(i) + '\n';
            if (chunk.size() > (1 << 20)) {
                file.write(chunk);
                chunk.clear();
            }
        }
        file.write(chunk);
    }
    auto reader = ChatFileReader::open(path, streamingIn(8 * 1024 * 1024));
    ASSERT_TRUE(reader.has_value());
    EXPECT_TRUE(reader->streams());
    int read = 0;
    qint64 last = 0;
    ParseOptions options;
    options.zone = QTimeZone::utc();
    auto report = reader->parse(options, [&](ChatMessage &&message) {
        ++read;
        last = message.time;
        return true;
    });
    ASSERT_TRUE(report.has_value()) << report.error().message.toStdString();
    EXPECT_EQ(read, Messages);
    EXPECT_EQ(skippedMessages(report->warnings), 0);
    EXPECT_TRUE(report->warnings.isEmpty()) << report->warnings.first().message.toStdString();
    EXPECT_EQ(report->dateOrder, DateOrder::MonthFirst) << "3/13/26 settles it, wherever it is in the file";
    EXPECT_EQ(QDateTime::fromSecsSinceEpoch(last, QTimeZone::utc()).date(), QDate(2026, 3, 1).addDays(Days - 1));
}

// An export whose dates need both orders is refused before any message is
// read, naming a line of each, streamed or not.
TEST(ChatFileReader, DatesThatNeedBothOrdersAreRefusedWholeAndInPieces)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("mixed.txt"));
    QByteArray bytes;
    for (int i = 0; i < 3000; ++i)
        bytes += "1/2/26, 10:00 - Ann: padding " + QByteArray::number(i) + '\n';
    bytes += "13/2/26, 10:00 - Ann: day first\n";
    for (int i = 0; i < 3000; ++i)
        bytes += "1/2/26, 11:00 - Bob: more " + QByteArray::number(i) + '\n';
    bytes += "2/14/26, 10:00 - Bob: month first\n";
    writeFile(path, bytes);
    for (const qint64 pieceBytes : {qint64(0), qint64(4096)}) {
        auto reader = ChatFileReader::open(path, pieceBytes > 0 ? streamingIn(pieceBytes) : ChatFileReader::Options {});
        ASSERT_TRUE(reader.has_value());
        int read = 0;
        auto report = reader->parse(ParseOptions {}, [&read](ChatMessage &&) { return ++read > 0; });
        ASSERT_FALSE(report.has_value()) << pieceBytes;
        EXPECT_TRUE(report.error().message.contains(QStringLiteral("line 3001")))
            << report.error().message.toStdString();
        EXPECT_TRUE(report.error().message.contains(QStringLiteral("line 6002")))
            << report.error().message.toStdString();
        EXPECT_EQ(read, 0) << "nothing is read before the order is decided";
    }
}

// A big file whose first megabyte is plain ASCII and whose later lines are
// GB18030 is read as GB18030, as the same file read whole is.
TEST(ChatFileReader, AnEncodingThatChangesAfterTheFirstMegabyteIsDecidedForTheWholeFile)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("gbk.txt"));
    QByteArray bytes;
    while (bytes.size() < 1200 * 1024)
        bytes += "3/1/26, 10:00 - Ann: plain ascii text line\n";
    QStringEncoder gb18030("GB18030");
    bytes += "3/13/26, 10:00 - " + QByteArray(gb18030(QStringLiteral("林晓雨: 早上好"))) + '\n';
    writeFile(path, bytes);
    const Parsed whole = parseFile(path, {});
    const Parsed streamed = parseFile(path, streamingIn(256 * 1024));
    EXPECT_TRUE(streamed.streamed);
    expectSameMessages(whole, streamed, "GB18030 after the first megabyte");
    ASSERT_FALSE(streamed.messages.isEmpty());
    EXPECT_EQ(streamed.messages.last().senderName, QStringLiteral("林晓雨"));
    auto reader = ChatFileReader::open(path, streamingIn(256 * 1024));
    ASSERT_TRUE(reader.has_value());
    (void)reader->parse(ParseOptions {}, [](ChatMessage &&) { return true; });
    EXPECT_EQ(reader->encoding(), QStringLiteral("GB18030"));
}

// A UTF-8 export with one damaged byte among its Chinese names stays UTF-8,
// whole and in pieces: the byte reads as U+FFFD and a warning names its
// line. It was read as GB18030, every name garbled and nothing said.
TEST(ChatFileReader, AUtf8ExportWithOneInvalidByteStaysUtf8AndNamesTheLine)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("one-bad-byte.txt"));
    QByteArray bytes;
    for (int minute = 0; minute < 40; ++minute)
        bytes += QStringLiteral("13/3/27, 09:%1 - 林晓雨: 打卡第%2天\n")
                     .arg(minute, 2, 10, QChar(u'0'))
                     .arg(minute)
                     .toUtf8();
    bytes += "13/3/27, 10:00 - " + QStringLiteral("王子涵").toUtf8() + ": bad \xff byte\n";
    bytes += "13/3/27, 10:01 - " + QStringLiteral("陈浩然").toUtf8() + ": " + QStringLiteral("好").toUtf8() + "\n";
    writeFile(path, bytes);
    for (const qint64 pieceBytes : {qint64(0), qint64(97), qint64(4096)}) {
        SCOPED_TRACE(pieceBytes);
        auto reader = ChatFileReader::open(path, pieceBytes > 0 ? streamingIn(pieceBytes) : ChatFileReader::Options {});
        ASSERT_TRUE(reader.has_value()) << reader.error().message.toStdString();
        QList<ChatMessage> messages;
        ParseOptions options;
        options.zone = QTimeZone::utc();
        const auto report = reader->parse(options, [&messages](ChatMessage &&message) {
            messages.append(std::move(message));
            return true;
        });
        ASSERT_TRUE(report.has_value()) << report.error().message.toStdString();
        EXPECT_EQ(reader->encoding(), QStringLiteral("UTF-8"));
        ASSERT_EQ(messages.size(), 42);
        EXPECT_EQ(messages.at(40).senderName, QStringLiteral("王子涵"));
        EXPECT_EQ(messages.at(40).text, QStringLiteral("bad \uFFFD byte"));
        EXPECT_EQ(messages.last().senderName, QStringLiteral("陈浩然"));
        const auto warning
            = std::find_if(report->warnings.cbegin(), report->warnings.cend(),
                           [](const ParseWarning &w) { return w.message.contains(QStringLiteral("UTF-8")); });
        ASSERT_NE(warning, report->warnings.cend()) << "the damaged byte is not mentioned";
        EXPECT_EQ(warning->line, 41);
        EXPECT_EQ(warning->skipped, 0) << "every message was kept";
    }
}

// A line written like a message header at a time no clock shows (23:61) or
// a date no calendar has is reported as a skipped message in every
// line-based format, and the messages around it stay as they were (it used
// to vanish into the message before it).
TEST(ChatFileReader, AHeaderAtAnImpossibleTimeIsReportedAndSkipped)
{
    struct Case {
        ChatFormat format;
        QString text;
        QString stamp;
    };
    const QList<Case> cases = {
        {ChatFormat::WhatsApp,
         QStringLiteral("13/3/27, 20:00 - Amy: hello\n13/3/27, 23:61 - Bob: impossible\nstill Bob\n"
                        "13/3/27, 20:02 - Amy: bye\n"),
         QStringLiteral("13/3/27, 23:61")},
        {ChatFormat::QQText,
         QStringLiteral("2027-03-13 20:00:00 Amy(10001)\nhello\n\n2027-03-13 23:61:00 Bob(10002)\nimpossible\n\n"
                        "2027-03-13 20:02:00 Amy(10001)\nbye\n"),
         QStringLiteral("2027-03-13 23:61:00")},
        {ChatFormat::WeChatMemoTraceText,
         QStringLiteral("2027-03-13 20:00:00 Amy\nhello\n\n2027-02-30 20:01:00 Bob\nimpossible\n\n"
                        "2027-03-13 20:02:00 Amy\nbye\n"),
         QStringLiteral("2027-02-30 20:01:00")},
    };
    for (const Case &test : cases) {
        SCOPED_TRACE(ChatFormats::key(test.format).toStdString());
        QStringList texts;
        const auto report = ChatParsers::parse(test.format, test.text, {}, [&texts](ChatMessage &&message) {
            texts.append(message.text);
            return true;
        });
        ASSERT_TRUE(report.has_value()) << report.error().message.toStdString();
        EXPECT_EQ(texts, (QStringList {QStringLiteral("hello"), QStringLiteral("bye")}));
        ASSERT_EQ(report->warnings.size(), 1);
        const ParseWarning &warning = report->warnings.first();
        EXPECT_EQ(warning.skipped, 1) << "one message skipped, counted as such";
        EXPECT_TRUE(warning.message.contains(test.stamp)) << warning.message.toStdString();
        EXPECT_TRUE(warning.message.contains(QStringLiteral("skipped"))) << warning.message.toStdString();
    }
}
