#include "core/capture/DiscordParser.h"

#include "core/capture/TelegramParser.h"
#include "core/roster/TextDecoder.h"
#include "tests/support/Samples.h"
#include "tests/support/TempWorkspace.h"

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
    return readText(QStringLiteral(CAMPDESK_TEST_DATA) + QStringLiteral("/capture/discord/") + name);
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

using ParseFunction = Result<ParseReport> (*)(QStringView, const ParseOptions &, const MessageSink &);

// Zone-less dates of the fixtures are read in Berlin (CET in winter).
ParseOptions berlin()
{
    ParseOptions options;
    options.zone = QTimeZone("Europe/Berlin");
    return options;
}

Parsed parseOk(ParseFunction parse, const QString &text, const ParseOptions &options = berlin())
{
    Parsed parsed;
    auto report = parse(text, options, [&](ChatMessage &&message) {
        parsed.messages.append(std::move(message));
        return true;
    });
    EXPECT_TRUE(report.has_value()) << (report ? std::string() : report.error().message.toStdString());
    if (report)
        parsed.report = *report;
    return parsed;
}

Parsed csv(const QString &name)
{
    const QString text = fixture(name);
    EXPECT_TRUE(DiscordCsvParser::sniff(text)) << name.toStdString();
    EXPECT_FALSE(DiscordJsonParser::sniff(text)) << name.toStdString();
    EXPECT_FALSE(TelegramParser::sniff(text)) << name.toStdString();
    return parseOk(&DiscordCsvParser::parse, text);
}

QString failure(ParseFunction parse, const QString &text)
{
    auto report = parse(text, {}, [](ChatMessage &&) { return true; });
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

QList<qint64> times(const QList<ChatMessage> &messages)
{
    QList<qint64> result;
    for (const ChatMessage &message : messages)
        result.append(message.time);
    return result;
}

} // namespace

// --- JSON ------------------------------------------------------------------

TEST(DiscordJsonParser, DirectMessageFixture)
{
    const QString text = fixture(QStringLiteral("direct-message.json"));
    EXPECT_TRUE(DiscordJsonParser::sniff(text));
    const Parsed parsed = parseOk(&DiscordJsonParser::parse, text);
    EXPECT_EQ(parsed.report.chatName, QStringLiteral("Direct Messages / Nia"));
    EXPECT_TRUE(parsed.report.warnings.isEmpty());
    ASSERT_EQ(parsed.messages.size(), 2);
    EXPECT_EQ(parsed.messages[0].senderId, QStringLiteral("222222222222222222"));
    EXPECT_EQ(parsed.messages[0].senderName, QStringLiteral("Oli"));
    EXPECT_EQ(parsed.messages[0].text, QStringLiteral("Hi \U0001F600")) << "a surrogate pair read as one emoji";
    EXPECT_EQ(parsed.messages[0].time, 1620150759);
    EXPECT_EQ(parsed.messages[1].kind, MessageKind::Media) << "a reply with an attachment";
    EXPECT_EQ(parsed.messages[1].sourceId, QStringLiteral("900000000000000011"));
}

TEST(DiscordJsonParser, DirectMessageSample)
{
    CAMPDESK_SKIP_WITHOUT_SAMPLES();
    const QString text = sample(QStringLiteral("discord/chat-analytics__DM_2A_2M.json"));
    ASSERT_FALSE(text.isEmpty());
    EXPECT_TRUE(DiscordJsonParser::sniff(text));
    const Parsed parsed = parseOk(&DiscordJsonParser::parse, text);
    EXPECT_EQ(parsed.report.chatName, QStringLiteral("Direct Messages / Someones name"));
    EXPECT_EQ(parsed.report.messages, 3);
    EXPECT_TRUE(parsed.report.warnings.isEmpty());
    const QMap<QString, int> expected {{QStringLiteral("mlomb|text"), 1},
                                       {QStringLiteral("Someones nickname|text"), 1},
                                       {QStringLiteral("Someones nickname|system"), 1}}; // the Call
    EXPECT_EQ(tally(parsed.messages), expected);
    ASSERT_EQ(parsed.messages.size(), 3);
    EXPECT_EQ(parsed.messages[0].senderId, QStringLiteral("111111111111111111"));
    EXPECT_EQ(parsed.messages[0].sourceId, QStringLiteral("530805779645595660"));
    EXPECT_EQ(parsed.messages[0].text, QStringLiteral("blah"));
    EXPECT_EQ(parsed.messages[0].time, 1546624359); // 2019-01-04T17:52:39.762+00:00
    EXPECT_EQ(parsed.messages[0].line, 20);
    // A bot author keeps its own id.
    EXPECT_EQ(parsed.messages[1].senderId, QStringLiteral("444444444444444444"));
    EXPECT_EQ(parsed.messages[1].text, QStringLiteral("something something text"));
    EXPECT_EQ(parsed.messages[1].time, 1548375064);
    EXPECT_EQ(parsed.messages[1].line, 52);
    EXPECT_EQ(parsed.messages[2].sourceId, QStringLiteral("100"));
    EXPECT_EQ(parsed.messages[2].text, QStringLiteral("Started a call that lasted 251 minutes."));
    EXPECT_EQ(parsed.messages[2].time, 1595005394);
    EXPECT_EQ(parsed.messages[2].line, 74);
}

TEST(DiscordJsonParser, GuildJoinsLeavesAndNotices)
{
    const QString text = fixture(QStringLiteral("guild.json"));
    ASSERT_FALSE(text.isEmpty());
    EXPECT_TRUE(DiscordJsonParser::sniff(text));
    EXPECT_FALSE(TelegramParser::sniff(text));
    EXPECT_FALSE(DiscordCsvParser::sniff(text));
    const Parsed parsed = parseOk(&DiscordJsonParser::parse, text);
    EXPECT_EQ(parsed.report.chatName, QStringLiteral("Trail Camp / general"));
    EXPECT_EQ(parsed.report.messages, 14);
    const QMap<QString, int> expected {
        {QStringLiteral("Alice A.|join"), 1},  {QStringLiteral("Alice A.|text"), 1},
        {QStringLiteral("Alice A.|leave"), 1}, {QStringLiteral("Alice A.|system"), 4},
        {QStringLiteral("bob|text"), 1},       {QStringLiteral("bob|media"), 1},
        {QStringLiteral("bob|leave"), 1},      {QStringLiteral("Carol C.|join"), 1},
        {QStringLiteral("Carol C.|media"), 1}, {QStringLiteral("Carol C.|system"), 1},
        {QStringLiteral("CampBot|text"), 1},
    };
    EXPECT_EQ(tally(parsed.messages), expected);
    ASSERT_EQ(parsed.messages.size(), 14);

    const ChatMessage &joined = parsed.messages[0];
    EXPECT_EQ(joined.kind, MessageKind::Join);
    EXPECT_EQ(joined.senderName, QStringLiteral("Carol C.")); // nickname, U+200E removed
    EXPECT_EQ(joined.senderId, QStringLiteral("100000000000000003"));
    EXPECT_EQ(joined.subjects, QStringList {QStringLiteral("Carol C.")});
    EXPECT_EQ(joined.time, 1673983987);
    EXPECT_EQ(joined.line, 21);
    EXPECT_EQ(joined.sourceId, QStringLiteral("900000000000000001"));

    EXPECT_EQ(parsed.messages[1].text, QStringLiteral("Hello\nsecond line"));
    EXPECT_EQ(parsed.messages[1].time, 1673980800); // 19:40 at +01:00 = 18:40 UTC
    EXPECT_EQ(parsed.messages[1].line, 45);
    EXPECT_EQ(parsed.messages[2].kind, MessageKind::Text); // Reply
    EXPECT_EQ(parsed.messages[2].senderName, QStringLiteral("bob")); // no nickname
    EXPECT_EQ(parsed.messages[3].kind, MessageKind::Media);
    EXPECT_EQ(parsed.messages[3].text, QStringLiteral("run.jpg"));
    EXPECT_EQ(parsed.messages[4].kind, MessageKind::Media); // sticker only
    EXPECT_EQ(parsed.messages[4].text, QStringLiteral("thumbs"));

    const ChatMessage &added = parsed.messages[5];
    EXPECT_EQ(added.kind, MessageKind::Join);
    EXPECT_EQ(added.subjects, QStringList {QStringLiteral("bob")});
    const ChatMessage &left = parsed.messages[6];
    EXPECT_EQ(left.kind, MessageKind::Leave);
    EXPECT_EQ(left.senderName, QStringLiteral("bob"));
    EXPECT_EQ(left.subjects, QStringList {QStringLiteral("bob")});
    const ChatMessage &removed = parsed.messages[7];
    EXPECT_EQ(removed.kind, MessageKind::Leave);
    EXPECT_EQ(removed.senderName, QStringLiteral("Alice A."));
    EXPECT_EQ(removed.subjects, QStringList {QStringLiteral("Carol C.")});

    EXPECT_EQ(parsed.messages[12].kind, MessageKind::Text); // type "20": a slash-command reply
    EXPECT_EQ(parsed.messages[12].senderId, QStringLiteral("100000000000000009"));
    EXPECT_EQ(parsed.messages[13].kind, MessageKind::System);
    EXPECT_EQ(parsed.messages[13].line, 385);
}

TEST(DiscordJsonParser, FailsOnOtherFilesAndBrokenJson)
{
    const QString telegram = otherFixture(QStringLiteral("telegram/single-chat.json"));
    ASSERT_FALSE(telegram.isEmpty());
    EXPECT_TRUE(failure(&DiscordJsonParser::parse, telegram).startsWith(u"Line 1: expected a DiscordChatExporter JSON"))
        << failure(&DiscordJsonParser::parse, telegram).toStdString();
    const QString whatsapp = otherFixture(QStringLiteral("whatsapp/iso-12h.txt"));
    ASSERT_FALSE(whatsapp.isEmpty());
    EXPECT_TRUE(
        failure(&DiscordJsonParser::parse, whatsapp).startsWith(u"Line 1: expected a DiscordChatExporter JSON"));
    // A syntax error inside a message: the line and column in the file (Qt's
    // offset is one character into the unexpected "type").
    const QString broken = QStringLiteral(
        "\n{\n  \"guild\": {\"id\": \"0\"},\n  \"messages\": [\n    {\"id\": \"1\" \"type\": \"Default\"}\n  ]\n}\n");
    const QString message = failure(&DiscordJsonParser::parse, broken);
    EXPECT_TRUE(message.startsWith(u"Line 5, column 17:")) << message.toStdString();
    // … and in the root object outside the messages.
    const QString badRoot = QStringLiteral("{\n  \"guild\": {\"id\": \"0\",},\n  \"messages\": []\n}\n");
    EXPECT_TRUE(failure(&DiscordJsonParser::parse, badRoot).startsWith(u"Line 2, column "))
        << failure(&DiscordJsonParser::parse, badRoot).toStdString();
    // A file cut short.
    const QString whole = fixture(QStringLiteral("direct-message.json"));
    const QString truncated = whole.left(whole.indexOf(QStringLiteral("\"nickname\": \"Nia\"")));
    EXPECT_TRUE(failure(&DiscordJsonParser::parse, truncated).contains(u"is the file complete?"))
        << failure(&DiscordJsonParser::parse, truncated).toStdString();
}

TEST(DiscordJsonParser, SinkCancels)
{
    const QString text = fixture(QStringLiteral("guild.json"));
    int received = 0;
    auto report = DiscordJsonParser::parse(text, {}, [&](ChatMessage &&) { return ++received < 2; });
    ASSERT_TRUE(report.has_value());
    EXPECT_TRUE(report->cancelled);
    EXPECT_EQ(received, 2);
}

// --- CSV -------------------------------------------------------------------

TEST(DiscordCsvParser, SemicolonFileWithAuthorId)
{
    // ≤ 2.15: semicolons, trailing `;`, dd-MMM-yy hh:mm tt, CRLF.
    const Parsed parsed = csv(QStringLiteral("v2.15-semicolon.csv"));
    EXPECT_EQ(parsed.report.messages, 4);
    EXPECT_TRUE(parsed.report.warnings.isEmpty());
    const QMap<QString, int> expected {{QStringLiteral("alice#1234|text"), 1},
                                       {QStringLiteral("bob#5678|text"), 1},
                                       {QStringLiteral("bob#5678|join"), 1},
                                       {QStringLiteral("carol#9012|media"), 1}};
    EXPECT_EQ(tally(parsed.messages), expected);
    ASSERT_EQ(parsed.messages.size(), 4);
    EXPECT_EQ(times(parsed.messages), (QList<qint64> {1547749980, 1547750100, 1547766300, 1547809800}));
    EXPECT_EQ(parsed.messages[0].senderId, QStringLiteral("111111111111111111"));
    EXPECT_TRUE(parsed.messages[0].sourceId.isEmpty()); // CSV has no message id
    EXPECT_EQ(parsed.messages[1].text, QStringLiteral("Line one\nLine two; with \"quotes\""));
    EXPECT_EQ(parsed.messages[1].line, 3);
    EXPECT_EQ(parsed.messages[2].line, 5);
    EXPECT_EQ(parsed.messages[2].text, QStringLiteral("https://cdn.discordapp.com/attachments/1/2/run.jpg"));
    EXPECT_EQ(parsed.messages[3].subjects, QStringList {QStringLiteral("bob#5678")});
}

TEST(DiscordCsvParser, SemicolonFileWithoutAuthorId)
{
    const Parsed parsed = csv(QStringLiteral("v2.14-semicolon-no-id.csv"));
    const QMap<QString, int> expected {{QStringLiteral("alice#1234|text"), 1},
                                       {QStringLiteral("Deleted User#0000|text"), 1}};
    EXPECT_EQ(tally(parsed.messages), expected);
    ASSERT_EQ(parsed.messages.size(), 2);
    EXPECT_TRUE(parsed.messages[0].senderId.isEmpty());
    EXPECT_EQ(times(parsed.messages), (QList<qint64> {1536130800, 1536141660})); // CEST
    EXPECT_EQ(parsed.messages[1].text, QStringLiteral("He said \"hi\""));
}

TEST(DiscordCsvParser, CommaFileWithSystemRowsAndMultiLineContent)
{
    const Parsed parsed = csv(QStringLiteral("v2.16-comma.csv"));
    const QMap<QString, int> expected {{QStringLiteral("Deleted User#0000|text"), 1},
                                       {QStringLiteral("alice#1234|system"), 2},
                                       {QStringLiteral("alice#1234|text"), 1}};
    EXPECT_EQ(tally(parsed.messages), expected);
    ASSERT_EQ(parsed.messages.size(), 4);
    EXPECT_EQ(parsed.messages[0].time, 1577838780);
    EXPECT_EQ(parsed.messages[0].senderId, QStringLiteral("456226577798135808"));
    // 11:59 PM, content with an empty line, attachments beside text: Text.
    EXPECT_EQ(parsed.messages[3].time, 1580511540);
    EXPECT_EQ(parsed.messages[3].text, QStringLiteral("Multi\n\nparagraph, with comma"));
    EXPECT_EQ(parsed.messages[3].line, 5);
}

TEST(DiscordCsvParser, UnixDates)
{
    const Parsed seconds = csv(QStringLiteral("unix.csv"));
    EXPECT_EQ(times(seconds.messages), (QList<qint64> {1579570200, 1579570260}));
    const QMap<QString, int> expected {{QStringLiteral("alice#1234|text"), 1}, {QStringLiteral("bob#5678|system"), 1}};
    EXPECT_EQ(tally(seconds.messages), expected);
    const Parsed milliseconds = csv(QStringLiteral("unixms.csv"));
    EXPECT_EQ(times(milliseconds.messages), QList<qint64> {1579570200});
}

TEST(DiscordCsvParser, MonthFirstDefaultWithJoinsAndLeaves)
{
    // 2.38 – 2.40: MM/dd/yyyy h:mm tt.
    const Parsed parsed = csv(QStringLiteral("v2.38.csv"));
    const QMap<QString, int> expected {{QStringLiteral("alice|join"), 1},
                                       {QStringLiteral("alice|leave"), 1},
                                       {QStringLiteral("alice|system"), 2},
                                       {QStringLiteral("dave|text"), 1},
                                       {QStringLiteral("dave|leave"), 1}};
    EXPECT_EQ(tally(parsed.messages), expected);
    ASSERT_EQ(parsed.messages.size(), 6);
    EXPECT_EQ(parsed.messages[0].time, 1673980380);
    EXPECT_EQ(parsed.messages[0].subjects, QStringList {QStringLiteral("dave")});
    EXPECT_EQ(parsed.messages[2].time, 1675206000); // 12:00 AM is midnight
    EXPECT_EQ(parsed.messages[2].subjects, QStringList {QStringLiteral("dave")});
    EXPECT_EQ(parsed.messages[3].subjects, QStringList {QStringLiteral("erin")});
    EXPECT_EQ(parsed.report.dateOrder, DateOrder::MonthFirst);
}

TEST(DiscordCsvParser, LocaleShortPatterns)
{
    // 2.41 – 2.42.2: the locale's "g" pattern; an ambiguous first date is
    // resolved by a later one.
    const Parsed us = csv(QStringLiteral("v2.41-en-us.csv"));
    EXPECT_EQ(times(us.messages), (QList<qint64> {1672909200, 1673980380}));
    EXPECT_EQ(us.report.dateOrder, DateOrder::MonthFirst);

    const Parsed gb = csv(QStringLiteral("v2.41-en-gb.csv"));
    EXPECT_EQ(times(gb.messages), (QList<qint64> {1672909200, 1673980380}));
    EXPECT_EQ(gb.report.dateOrder, DateOrder::DayFirst);

    const Parsed de = csv(QStringLiteral("v2.41-de.csv"));
    EXPECT_EQ(times(de.messages), (QList<qint64> {1673980380, 1674021900}));
    EXPECT_TRUE(de.report.warnings.isEmpty());
}

TEST(DiscordCsvParser, IsoDatesWithOffsetsAndBadRows)
{
    // ≥ 2.42.3: "o" with 7 fraction digits; the offset wins over the zone.
    const Parsed parsed = csv(QStringLiteral("v2.42.3-iso.csv"));
    EXPECT_EQ(times(parsed.messages), (QList<qint64> {1673983987, 1673983987, 1673983987, 1674133200}));
    const QMap<QString, int> expected {
        {QStringLiteral("alice|text"), 2}, {QStringLiteral("bob|text"), 1}, {QStringLiteral("carol|text"), 1}};
    EXPECT_EQ(tally(parsed.messages), expected);
    ASSERT_EQ(parsed.report.warnings.size(), 2);
    EXPECT_EQ(parsed.report.warnings[0].line, 5);
    EXPECT_TRUE(parsed.report.warnings[0].message.contains(u"“yesterday”"));
    EXPECT_EQ(parsed.report.warnings[1].line, 6);
    EXPECT_EQ(parsed.messages[3].line, 7);
}

TEST(DiscordCsvParser, BareCarriageReturnsAndEmbeddedCrLf)
{
    const QString text = QStringLiteral("AuthorID,Author,Date,Content,Attachments,Reactions\r"
                                        "\"1\",\"ann\",\"1700000000\",\"a\r\nb\",\"\",\"\"\r"
                                        "\"2\",\"ben\",\"1700000060\",\"\",\"https://x/y.png\",\"\"");
    EXPECT_TRUE(DiscordCsvParser::sniff(text));
    const Parsed parsed = parseOk(&DiscordCsvParser::parse, text);
    ASSERT_EQ(parsed.messages.size(), 2);
    EXPECT_EQ(parsed.messages[0].text, QStringLiteral("a\nb"));
    EXPECT_EQ(parsed.messages[1].line, 4);
    EXPECT_EQ(parsed.messages[1].kind, MessageKind::Media);
}

// A content whose closing quote is lost (a hand edit, another tool) leaves
// a quoted field open that the next rows run into, until a quote of theirs
// closes it: the record has more cells than the header. It was read as one message
// and the rows inside it were lost without a word.
TEST(DiscordCsvParser, ARowThatSwallowsTheNextRowsIsNotImportedAndSaysWhichLines)
{
    const QString text = QStringLiteral("AuthorID,Author,Date,Content,Attachments,Reactions\n"
                                        "\"1\",\"ann\",\"1700000000\",\"hello\",\"\",\"\"\n"
                                        "\"2\",\"ben\",\"1700000060\",\"she said hi\n"
                                        "\"3\",\"cat\",\"1700000120\",\"lost\",\"\",\"\"\n"
                                        "\"4\",\"dan\",\"1700000180\",\"after\",\"\",\"\"\n"
                                        "\"5\",\"eve\",\"1700000240\",\"Multi\n\nline\" ,\"\",\"\"\n");
    const Parsed parsed = parseOk(&DiscordCsvParser::parse, text);
    QStringList senders;
    for (const ChatMessage &message : parsed.messages)
        senders.append(message.senderName);
    EXPECT_EQ(senders, QStringList({QStringLiteral("ann"), QStringLiteral("dan"), QStringLiteral("eve")}))
        << "ben's row is no message of ben's, and eve's lines are one row (a space after a quote is no run-on)";
    ASSERT_EQ(parsed.report.warnings.size(), 1);
    const ParseWarning &warning = parsed.report.warnings.first();
    EXPECT_EQ(warning.line, 3);
    EXPECT_EQ(warning.skipped, 2) << "the two lines the row took";
    EXPECT_TRUE(warning.message.contains(u"Lines 3 to 4")) << warning.message.toStdString();

    // Run to the end of the file, the same.
    const QString cut = QStringLiteral("AuthorID,Author,Date,Content,Attachments,Reactions\n"
                                       "\"2\",\"ben\",\"1700000060\",\"she said hi\n"
                                       "\"3\",\"cat\",\"1700000120\",\"lost\n");
    const Parsed unclosed = parseOk(&DiscordCsvParser::parse, cut);
    EXPECT_TRUE(unclosed.messages.isEmpty());
    ASSERT_EQ(unclosed.report.warnings.size(), 1);
    EXPECT_EQ(unclosed.report.warnings.first().skipped, 2);
}

TEST(DiscordCsvParser, FailsOnOtherFiles)
{
    const QString wechat = otherFixture(QStringLiteral("wechat/pywxdump-v1.csv"));
    ASSERT_FALSE(wechat.isEmpty());
    EXPECT_TRUE(
        failure(&DiscordCsvParser::parse, wechat).startsWith(u"Line 1: expected the DiscordChatExporter CSV header"))
        << failure(&DiscordCsvParser::parse, wechat).toStdString();
    EXPECT_TRUE(failure(&DiscordCsvParser::parse, QString()).startsWith(u"Line 1:"));
}

TEST(DiscordCsvParser, CancelBySinkAndProgress)
{
    QString text = QStringLiteral("AuthorID,Author,Date,Content,Attachments,Reactions\n");
    for (int i = 0; i < 10000; ++i)
        text += QStringLiteral("\"%1\",\"p%1\",\"%2\",\"hi\",\"\",\"\"\n").arg(i % 5).arg(1700000000 + i);
    int received = 0;
    auto bySink = DiscordCsvParser::parse(text, {}, [&](ChatMessage &&) { return ++received < 10; });
    ASSERT_TRUE(bySink.has_value());
    EXPECT_TRUE(bySink->cancelled);
    EXPECT_EQ(received, 10);

    ParseOptions options;
    int calls = 0;
    options.progress = [&](double fraction) {
        EXPECT_GT(fraction, 0.0);
        EXPECT_LE(fraction, 1.0);
        return ++calls < 2;
    };
    received = 0;
    auto byProgress = DiscordCsvParser::parse(text, options, [&](ChatMessage &&) {
        ++received;
        return true;
    });
    ASSERT_TRUE(byProgress.has_value());
    EXPECT_TRUE(byProgress->cancelled);
    EXPECT_EQ(received, 8191);
}

TEST(DiscordParsers, SniffRejectsOtherFormats)
{
    for (const char *path :
         {"telegram/single-chat.json", "telegram/full-account.json", "whatsapp/android-24h.txt", "whatsapp/ios-12h.txt",
          "whatsapp/iso-12h.txt", "wechat/pywxdump-v1.csv", "wechat/memotrace-group.csv", "qq/header-block-only.txt",
          "jielong/meal-order.txt", "camp/roster.csv"}) {
        const QString text = otherFixture(QString::fromLatin1(path));
        ASSERT_FALSE(text.isEmpty()) << path;
        EXPECT_FALSE(DiscordJsonParser::sniff(text)) << path;
        EXPECT_FALSE(DiscordCsvParser::sniff(text)) << path;
    }
    if (samplesAvailable()) {
        for (const char *path :
             {"telegram/chat-miner__test_single_export.json", "whatsapp/WhatsR__englishandroid24h.txt",
              "whatsapp/WhatsR__Languages_system_message_regexes.csv", "wechat/WeClone__example_chat__PyWxDump_v1.csv",
              "qq/qq-chat-history__tests_file.txt", "jielong/meal-chain-helper__sample_today_chain.txt"}) {
            const QString text = sample(QString::fromLatin1(path));
            EXPECT_FALSE(DiscordJsonParser::sniff(text)) << path;
            EXPECT_FALSE(DiscordCsvParser::sniff(text)) << path;
        }
    }
    const QString discordJson = fixture(QStringLiteral("direct-message.json"));
    EXPECT_FALSE(DiscordCsvParser::sniff(discordJson));
    EXPECT_FALSE(TelegramParser::sniff(discordJson));
}
