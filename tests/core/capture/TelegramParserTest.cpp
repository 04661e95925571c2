#include "core/capture/TelegramParser.h"

#include "core/capture/DiscordParser.h"
#include "core/roster/TextDecoder.h"
#include "tests/support/Samples.h"
#include "tests/support/TempWorkspace.h"

#include <QFile>
#include <QMap>

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

namespace {

QString readText(const QString &path)
{
    const QByteArray bytes = Testing::readAll(path);
    EXPECT_FALSE(bytes.isEmpty()) << "missing or empty file: " << path.toStdString();
    return TextDecoder::decode(bytes).text;
}

QString sample(const QString &relative)
{
    return readText(samplePath(relative));
}

QString fixture(const QString &name)
{
    return readText(QStringLiteral(CAMPDESK_TEST_DATA) + QStringLiteral("/capture/telegram/") + name);
}

// A fixture of another format (tests/data/capture/<format>/<name>).
QString otherFixture(const QString &relative)
{
    return readText(QStringLiteral(CAMPDESK_TEST_DATA) + QStringLiteral("/capture/") + relative);
}

struct Parsed {
    ParseReport report;
    QList<ChatMessage> messages;
};

Parsed parseOk(const QString &text, const ParseOptions &options = {})
{
    Parsed parsed;
    auto report = TelegramParser::parse(text, options, [&](ChatMessage &&message) {
        parsed.messages.append(std::move(message));
        return true;
    });
    EXPECT_TRUE(report.has_value()) << (report ? std::string() : report.error().message.toStdString());
    if (report)
        parsed.report = *report;
    return parsed;
}

QString failure(const QString &text)
{
    auto report = TelegramParser::parse(text, {}, [](ChatMessage &&) { return true; });
    EXPECT_FALSE(report.has_value());
    return report ? QString() : report.error().message;
}

// "sender|kind" → count, to compare exact per-sender tallies.
QMap<QString, int> tally(const QList<ChatMessage> &messages)
{
    QMap<QString, int> counts;
    for (const ChatMessage &message : messages)
        ++counts[message.senderName + u'|' + messageKindKey(message.kind)];
    return counts;
}

} // namespace

TEST(TelegramParser, SingleChatFixture)
{
    const QString text = fixture(QStringLiteral("single-chat.json"));
    EXPECT_TRUE(TelegramParser::sniff(text));
    const Parsed parsed = parseOk(text);
    EXPECT_EQ(parsed.report.chatName, QStringLiteral("Study Group"));
    EXPECT_TRUE(parsed.report.warnings.isEmpty());
    ASSERT_EQ(parsed.messages.size(), 2);
    EXPECT_EQ(parsed.messages[0].time, 1544006350) << "date_unixtime alone";
    EXPECT_EQ(parsed.messages[0].text, QStringLiteral("Plain text"));
    EXPECT_TRUE(parsed.messages[0].senderId.isEmpty()) << "no from_id";
    EXPECT_EQ(parsed.messages[0].senderName, QStringLiteral("Lee"));
    EXPECT_EQ(parsed.messages[1].senderId, QStringLiteral("user2002"));
    // Text as an entity array with a plain string in it: the concatenation.
    EXPECT_EQ(parsed.messages[1].text, QStringLiteral("Link: https://example.org/ see you"));
    EXPECT_EQ(parsed.messages[1].line, 13);
}

TEST(TelegramParser, SingleChatSample)
{
    CAMPDESK_SKIP_WITHOUT_SAMPLES();
    const QString text = sample(QStringLiteral("telegram/chat-miner__test_single_export.json"));
    ASSERT_FALSE(text.isEmpty());
    EXPECT_TRUE(TelegramParser::sniff(text));
    const Parsed parsed = parseOk(text);
    EXPECT_EQ(parsed.report.messages, 2);
    EXPECT_EQ(parsed.report.chatName, QString());
    EXPECT_TRUE(parsed.report.warnings.isEmpty());
    const QMap<QString, int> expected {{QStringLiteral("Author 1|text"), 1}, {QStringLiteral("Author 2|text"), 1}};
    EXPECT_EQ(tally(parsed.messages), expected);
    ASSERT_EQ(parsed.messages.size(), 2);
    EXPECT_EQ(parsed.messages[0].time, 1544006350);
    EXPECT_EQ(parsed.messages[0].text, QStringLiteral("Minimal Message"));
    EXPECT_EQ(parsed.messages[0].line, 3);
    EXPECT_TRUE(parsed.messages[0].senderId.isEmpty()); // the sample has no from_id
    EXPECT_TRUE(parsed.messages[0].sourceId.isEmpty()); // nor ids
    // Text as an entity array: plain text is the concatenation.
    EXPECT_EQ(parsed.messages[1].text, QStringLiteral("Link:https://telegram.org/"));
    EXPECT_EQ(parsed.messages[1].time, 1544006964);
    EXPECT_EQ(parsed.messages[1].line, 9);
}

TEST(TelegramParser, FullAccountSample)
{
    CAMPDESK_SKIP_WITHOUT_SAMPLES();
    const QString text = sample(QStringLiteral("telegram/chat-miner__test_batch_export.json"));
    ASSERT_FALSE(text.isEmpty());
    EXPECT_TRUE(TelegramParser::sniff(text));
    // The one chat carries no type: accepted since the export has no typed group.
    const Parsed parsed = parseOk(text);
    EXPECT_EQ(parsed.report.chatName, QStringLiteral("Chatname"));
    EXPECT_EQ(parsed.report.messages, 2);
    const QMap<QString, int> expected {{QStringLiteral("Author 1|text"), 1}, {QStringLiteral("Author 2|text"), 1}};
    EXPECT_EQ(tally(parsed.messages), expected);
    ASSERT_EQ(parsed.messages.size(), 2);
    EXPECT_EQ(parsed.messages[0].line, 7);
    EXPECT_EQ(parsed.messages[1].line, 13);
    EXPECT_EQ(parsed.messages[1].text, QStringLiteral("Link:https://telegram.org/"));
}

TEST(TelegramParser, GroupJoinsLeavesAndMedia)
{
    const QString text = fixture(QStringLiteral("group.json"));
    ASSERT_FALSE(text.isEmpty());
    EXPECT_TRUE(TelegramParser::sniff(text));
    ParseOptions options;
    options.zone = QTimeZone("Europe/Berlin");
    const Parsed parsed = parseOk(text, options);
    EXPECT_EQ(parsed.report.chatName, QStringLiteral("Morning Runners"));
    EXPECT_EQ(parsed.report.messages, 13); // 14 objects, one `unsupported`
    EXPECT_TRUE(parsed.report.warnings.isEmpty());
    const QMap<QString, int> expected {
        {QStringLiteral("Alice Admin|join"), 1}, // create_group
        {QStringLiteral("Alice Admin|text"), 1},
        {QStringLiteral("Alice Admin|system"), 1}, // pin_message
        {QStringLiteral("Alice Admin|leave"), 1}, // removed Bob
        {QStringLiteral("Bob Builder|media"), 1},
        {QStringLiteral("Carol Climber|join"), 1}, // self-join as invite_members
        {QStringLiteral("Carol Climber|media"), 2},
        {QStringLiteral("Dave Diver|join"), 1},
        {QStringLiteral("Dave Diver|text"), 1},
        {QStringLiteral("Dave Diver|leave"), 1}, // left by himself
        {QStringLiteral("|text"), 1}, // from: null
        {QStringLiteral("Eve Early|join"), 1},
    };
    EXPECT_EQ(tally(parsed.messages), expected);
    ASSERT_EQ(parsed.messages.size(), 13);

    const ChatMessage &created = parsed.messages[0];
    EXPECT_EQ(created.kind, MessageKind::Join);
    EXPECT_EQ(created.subjects, QStringList {QStringLiteral("Bob Builder")}); // the null member is dropped
    EXPECT_EQ(created.senderId, QStringLiteral("user100"));
    EXPECT_EQ(created.sourceId, QStringLiteral("1"));
    EXPECT_EQ(created.line, 6);
    EXPECT_EQ(created.time, 1682920800);

    const ChatMessage &selfJoin = parsed.messages[1];
    EXPECT_EQ(selfJoin.kind, MessageKind::Join);
    EXPECT_EQ(selfJoin.senderName, QStringLiteral("Carol Climber"));
    EXPECT_EQ(selfJoin.subjects, QStringList {QStringLiteral("Carol Climber")});

    const ChatMessage &byLink = parsed.messages[2];
    EXPECT_EQ(byLink.kind, MessageKind::Join);
    EXPECT_EQ(byLink.senderName, QStringLiteral("Dave Diver")); // U+200E removed
    EXPECT_EQ(byLink.senderId, QStringLiteral("user400"));
    EXPECT_EQ(byLink.subjects, QStringList {QStringLiteral("Dave Diver")});
    EXPECT_EQ(byLink.line, 36);

    const ChatMessage &textArray = parsed.messages[3];
    EXPECT_EQ(textArray.kind, MessageKind::Text);
    EXPECT_EQ(textArray.text, QStringLiteral("Good morning all,\nsee https://example.com/route"));
    EXPECT_EQ(textArray.line, 48);
    EXPECT_EQ(textArray.sourceId, QStringLiteral("4"));

    const ChatMessage &photo = parsed.messages[4];
    EXPECT_EQ(photo.kind, MessageKind::Media);
    EXPECT_EQ(photo.senderId, QStringLiteral("user200"));
    EXPECT_EQ(photo.text, QStringLiteral("(File not included. Change data exporting settings to download.)"));

    EXPECT_EQ(parsed.messages[5].kind, MessageKind::Media); // sticker
    EXPECT_EQ(parsed.messages[5].text, QStringLiteral("stickers/sticker.webp"));

    // The writer's `\x01` (not JSON) is read as U+0001.
    const ChatMessage &escaped = parsed.messages[6];
    EXPECT_EQ(escaped.text, QStringLiteral("pace\u0001 check \"ok\""));
    EXPECT_EQ(escaped.line, 115);

    EXPECT_EQ(parsed.messages[7].kind, MessageKind::System);
    EXPECT_EQ(parsed.messages[7].text, QStringLiteral("pin_message"));

    // No date_unixtime: `date` is read in the zone given (CEST, UTC+2).
    const ChatMessage &local = parsed.messages[8];
    EXPECT_EQ(local.sourceId, QStringLiteral("10"));
    EXPECT_EQ(local.time, 1683012600);
    EXPECT_EQ(local.senderId, QStringLiteral("user500"));
    EXPECT_TRUE(local.senderName.isEmpty());
    EXPECT_EQ(local.line, 146);

    const ChatMessage &left = parsed.messages[9];
    EXPECT_EQ(left.kind, MessageKind::Leave);
    EXPECT_EQ(left.senderName, QStringLiteral("Dave Diver"));
    EXPECT_EQ(left.subjects, QStringList {QStringLiteral("Dave Diver")});

    const ChatMessage &kicked = parsed.messages[10];
    EXPECT_EQ(kicked.kind, MessageKind::Leave);
    EXPECT_EQ(kicked.senderName, QStringLiteral("Alice Admin"));
    EXPECT_EQ(kicked.subjects, QStringList {QStringLiteral("Bob Builder")});

    const ChatMessage &caption = parsed.messages[11];
    EXPECT_EQ(caption.kind, MessageKind::Media);
    EXPECT_EQ(caption.text, QStringLiteral("5 km done"));

    const ChatMessage &request = parsed.messages[12];
    EXPECT_EQ(request.kind, MessageKind::Join);
    EXPECT_EQ(request.subjects, QStringList {QStringLiteral("Eve Early")});
    EXPECT_EQ(request.line, 201);
}

TEST(TelegramParser, ZoneOnlyAppliesWithoutUnixTime)
{
    const QString text = fixture(QStringLiteral("group.json"));
    ParseOptions options;
    options.zone = QTimeZone("Asia/Shanghai");
    const Parsed parsed = parseOk(text, options);
    ASSERT_EQ(parsed.messages.size(), 13);
    EXPECT_EQ(parsed.messages[0].time, 1682920800); // date_unixtime: absolute
    EXPECT_EQ(parsed.messages[8].time, 1683012600 - 6 * 3600); // 09:30 at UTC+8
}

// A whole account holds several groups: which one is the camp's is the
// operator's to say. Without it nothing is read and the groups are named;
// the biggest is not taken for them.
TEST(TelegramParser, FullAccountIsRefusedUntilTheOperatorNamesAGroup)
{
    const QString text = fixture(QStringLiteral("full-account.json"));
    ASSERT_FALSE(text.isEmpty());
    EXPECT_TRUE(TelegramParser::sniff(text));
    int read = 0;
    const auto refused = TelegramParser::parse(text, {}, [&read](ChatMessage &&) { return ++read > 0; });
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(read, 0);
    // Personal chat (3 messages) and channel (3) are no groups.
    EXPECT_EQ(refused.error().choices,
              QStringList({QStringLiteral("Small Group"), QStringLiteral("Camp Group"), QStringLiteral("Old Camp")}));
    EXPECT_TRUE(refused.error().message.contains(u"#2 “Camp Group” (2 message"))
        << refused.error().message.toStdString();

    ParseOptions elsewhere;
    elsewhere.chat = QStringLiteral("Frank Friend");
    const auto unknown = TelegramParser::parse(text, elsewhere, [](ChatMessage &&) { return true; });
    ASSERT_FALSE(unknown.has_value());
    EXPECT_TRUE(unknown.error().message.contains(u"no chat named “Frank Friend”"))
        << unknown.error().message.toStdString();
    EXPECT_EQ(unknown.error().choices.size(), 3);
}

// This season's group and last season's under one name: chosen by place.
TEST(TelegramParser, TwoGroupsOfOneNameAreChosenByTheirPlace)
{
    QString text = fixture(QStringLiteral("full-account.json"));
    text.replace(QStringLiteral("\"Old Camp\""), QStringLiteral("\"Camp Group\""));
    ParseOptions options;
    options.chat = QStringLiteral("Camp Group");
    const auto ambiguous = TelegramParser::parse(text, options, [](ChatMessage &&) { return true; });
    ASSERT_FALSE(ambiguous.has_value());
    EXPECT_TRUE(ambiguous.error().message.contains(u"#3 “Camp Group”")) << ambiguous.error().message.toStdString();
    options.chat = QStringLiteral("#2");
    EXPECT_EQ(parseOk(text, options).messages.size(), 2);
    options.chat = QStringLiteral("#3");
    EXPECT_EQ(parseOk(text, options).messages.size(), 1) << "the other one";
    options.chat = QStringLiteral("#4");
    EXPECT_FALSE(TelegramParser::parse(text, options, [](ChatMessage &&) { return true; }).has_value());
    // The wizard chooses by place, whatever the chats are called.
    ParseOptions placed;
    placed.chatPlace = 3;
    placed.chat = QStringLiteral("Camp Group");
    EXPECT_EQ(parseOk(text, placed).messages.size(), 1);
}

TEST(TelegramParser, FullAccountReadsTheGroupTheOperatorNamed)
{
    const QString text = fixture(QStringLiteral("full-account.json"));
    ParseOptions options;
    options.chat = QStringLiteral(" Camp Group ");
    const Parsed parsed = parseOk(text, options);
    EXPECT_EQ(parsed.report.chatName, QStringLiteral("Camp Group"));
    EXPECT_EQ(parsed.report.messages, 2);
    const QMap<QString, int> expected {{QStringLiteral("Grace Green|join"), 1},
                                       {QStringLiteral("Grace Green|text"), 1}};
    EXPECT_EQ(tally(parsed.messages), expected);
    ASSERT_EQ(parsed.messages.size(), 2);
    EXPECT_EQ(parsed.messages[0].line, 72);
    EXPECT_EQ(parsed.messages[0].sourceId, QStringLiteral("41"));
    EXPECT_EQ(parsed.messages[1].line, 84);
    EXPECT_EQ(parsed.messages[1].senderId, QStringLiteral("user1000"));
    EXPECT_EQ(parsed.messages[1].time, 1685775900);

    ASSERT_EQ(parsed.report.warnings.size(), 2);
    EXPECT_EQ(parsed.report.warnings[0].line, 50);
    EXPECT_TRUE(parsed.report.warnings[0].message.contains(u"“Small Group”"))
        << parsed.report.warnings[0].message.toStdString();
    EXPECT_TRUE(parsed.report.warnings[0].message.contains(u"“Camp Group”"));
    EXPECT_EQ(parsed.report.warnings[1].line, 138);
    EXPECT_TRUE(parsed.report.warnings[1].message.contains(u"“Old Camp”"));
}

TEST(TelegramParser, FullAccountWithoutGroupFails)
{
    const QString text = QStringLiteral(R"({
 "about": "Here is the data you requested.",
 "chats": {
  "about": "This page lists all chats from this export.",
  "list": [
   {
    "name": "Frank Friend",
    "type": "personal_chat",
    "id": 700,
    "messages": []
   }
  ]
 }
})");
    EXPECT_TRUE(TelegramParser::sniff(text));
    EXPECT_TRUE(failure(text).contains(u"no group chat")) << failure(text).toStdString();
}

TEST(TelegramParser, MalformedJsonNamesLineAndColumn)
{
    const QString text = QStringLiteral("{\n \"messages\": [\n  {\"type\": \"message\",, \"text\": \"x\"}\n ]\n}\n");
    const QString message = failure(text);
    // QJsonParseError's offset is just past the second comma.
    EXPECT_TRUE(message.startsWith(u"Line 3, column 23:")) << message.toStdString();

    // A broken chat header (outside the messages) of a full-account export.
    const QString header
        = QStringLiteral("{\n \"chats\": {\n  \"list\": [\n   {\n    \"name\": \"G\" \"type\": \"private_group\",\n"
                         "    \"messages\": []\n   }\n  ]\n }\n}\n");
    EXPECT_TRUE(failure(header).startsWith(u"Line 5, column ")) << failure(header).toStdString();

    // A file cut short.
    const QString group = fixture(QStringLiteral("group.json"));
    EXPECT_TRUE(
        failure(group.left(group.indexOf(QStringLiteral("\"id\": 12,")))).startsWith(u"Line 170: the JSON ends"))
        << failure(group.left(group.indexOf(QStringLiteral("\"id\": 12,")))).toStdString();
}

TEST(TelegramParser, RejectsOtherFormats)
{
    const QString whatsapp = otherFixture(QStringLiteral("whatsapp/short-chat.txt"));
    ASSERT_FALSE(whatsapp.isEmpty());
    EXPECT_TRUE(failure(whatsapp).startsWith(u"Line 1: expected a Telegram JSON export"))
        << failure(whatsapp).toStdString();

    const QString discord = otherFixture(QStringLiteral("discord/direct-message.json"));
    ASSERT_FALSE(discord.isEmpty());
    EXPECT_TRUE(failure(discord).startsWith(u"Line 20: expected Telegram messages")) << failure(discord).toStdString();

    EXPECT_TRUE(failure(QStringLiteral("{\"version\": 1}")).contains(u"“messages” or “chats”"));
}

TEST(TelegramParser, SniffRejectsOtherFormats)
{
    for (const char *path :
         {"discord/direct-message.json", "discord/guild.json", "whatsapp/android-24h.txt", "whatsapp/ios-12h.txt",
          "whatsapp/iso-12h.txt", "wechat/pywxdump-v1.csv", "qq/header-block-only.txt", "jielong/meal-order.txt"}) {
        const QString text = otherFixture(QString::fromLatin1(path));
        ASSERT_FALSE(text.isEmpty()) << path;
        EXPECT_FALSE(TelegramParser::sniff(text)) << path;
    }
    if (samplesAvailable()) {
        for (const char *path : {"discord/chat-analytics__DM_2A_2M.json", "whatsapp/WhatsR__englishandroid24h.txt",
                                 "wechat/WeClone__example_chat__PyWxDump_v1.csv", "qq/qq-chat-history__tests_file.txt",
                                 "jielong/meal-chain-helper__sample_today_chain.txt"}) {
            EXPECT_FALSE(TelegramParser::sniff(sample(QString::fromLatin1(path)))) << path;
        }
    }
    EXPECT_FALSE(TelegramParser::sniff(u"AuthorID,Author,Date,Content,Attachments,Reactions\n"));
    EXPECT_FALSE(TelegramParser::sniff(u"{\"name\": \"x\"}"));
    // And Telegram exports are not taken for Discord.
    EXPECT_FALSE(DiscordJsonParser::sniff(fixture(QStringLiteral("single-chat.json"))));
    EXPECT_FALSE(DiscordCsvParser::sniff(fixture(QStringLiteral("full-account.json"))));
}

TEST(TelegramParser, SinkCancels)
{
    const QString text = fixture(QStringLiteral("group.json"));
    int received = 0;
    auto report = TelegramParser::parse(text, {}, [&](ChatMessage &&) { return ++received < 3; });
    ASSERT_TRUE(report.has_value());
    EXPECT_TRUE(report->cancelled);
    EXPECT_EQ(received, 3);
    EXPECT_EQ(report->messages, 3);
}

TEST(TelegramParser, ProgressCancelsLargeFile)
{
    QString text = QStringLiteral("{\n \"name\": \"Big\",\n \"type\": \"private_group\",\n \"messages\": [\n");
    constexpr int count = 10000;
    for (int i = 0; i < count; ++i) {
        text += QStringLiteral("  {\n   \"id\": %1,\n   \"type\": \"message\",\n   \"date_unixtime\": \"%2\",\n"
                               "   \"from\": \"P%3\",\n   \"from_id\": \"user%3\",\n   \"text\": \"m\"\n  }%4\n")
                    .arg(i)
                    .arg(1700000000 + i)
                    .arg(i % 7)
                    .arg(i + 1 < count ? QStringLiteral(",") : QString());
    }
    text += QStringLiteral(" ]\n}\n");

    const Parsed all = parseOk(text);
    EXPECT_EQ(all.report.messages, count);
    ASSERT_EQ(all.messages.size(), count);
    EXPECT_EQ(all.messages.last().line, 5 + (count - 1) * 8);

    QList<double> fractions;
    ParseOptions options;
    options.progress = [&](double fraction) {
        fractions.append(fraction);
        return fractions.size() < 2;
    };
    int received = 0;
    auto report = TelegramParser::parse(text, options, [&](ChatMessage &&) {
        ++received;
        return true;
    });
    ASSERT_TRUE(report.has_value());
    EXPECT_TRUE(report->cancelled);
    // The first call reports the first pass (finding the chats), the second
    // comes after 4,096 messages and stops the parse there.
    EXPECT_EQ(received, 4096);
    ASSERT_EQ(fractions.size(), 2);
    EXPECT_GT(fractions[0], 0.0);
    EXPECT_GT(fractions[1], fractions[0]);
}
