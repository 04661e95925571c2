#include "core/capture/WhatsAppParser.h"

#include "core/roster/TextDecoder.h"
#include "tests/support/Samples.h"
#include "tests/support/TempWorkspace.h"

#include <QDateTime>
#include <QFile>
#include <QMap>

#include <gtest/gtest.h>

#include <ostream>

using namespace CampDesk;
using namespace CampDesk::Testing;

// Readable QString / QStringList values in failure messages (found by ADL;
// internal linkage so other test files may have their own).
[[maybe_unused]] static void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace {

struct Parsed {
    ParseReport report;
    QList<ChatMessage> messages;
};

ParseOptions utc(DateOrder order = DateOrder::Auto)
{
    ParseOptions options;
    options.zone = QTimeZone::utc(); // Qt 6.4 has no QTimeZone::UTC yet
    options.dateOrder = order;
    return options;
}

Result<Parsed> parse(const QString &text, const ParseOptions &options = utc())
{
    Parsed parsed;
    auto report = WhatsAppParser::parse(text, options, [&](ChatMessage &&message) {
        parsed.messages.append(std::move(message));
        return true;
    });
    if (!report)
        return std::unexpected(report.error());
    parsed.report = *report;
    return parsed;
}

// Parses text that must parse; failures show the error.
Parsed parsed(const QString &text, const ParseOptions &options = utc())
{
    auto result = parse(text, options);
    EXPECT_TRUE(result.has_value()) << (result ? "" : result.error().message.toStdString());
    return result ? *result : Parsed {};
}

QString sample(const QString &name)
{
    const QString path = samplePath(QStringLiteral("whatsapp/") + name);
    if (!QFile::exists(path)) {
        ADD_FAILURE() << "missing sample " << path.toStdString() << " (CAMPDESK_SAMPLES must hold the real exports)";
        return {};
    }
    return TextDecoder::decode(Testing::readAll(path)).text;
}

// Our own fixtures (tests/data/capture): the same quirks as the real samples.
QString fixture(const QString &relative)
{
    return TextDecoder::decode(Testing::readAll(QStringLiteral(CAMPDESK_TEST_DATA "/capture/") + relative)).text;
}

QString otherSample(const QString &relative)
{
    const QString path = samplePath(relative);
    if (!QFile::exists(path)) {
        ADD_FAILURE() << "missing sample " << path.toStdString();
        return {};
    }
    return TextDecoder::decode(Testing::readAll(path)).text;
}

// "Alice: text 11, media 2" per sender ("-" for lines without a sender), sorted.
QStringList countsBySender(const QList<ChatMessage> &messages)
{
    QMap<QString, QMap<int, int>> counts;
    for (const ChatMessage &message : messages)
        ++counts[message.senderName.isEmpty() ? QStringLiteral("-") : message.senderName][int(message.kind)];
    QStringList lines;
    for (auto sender = counts.cbegin(); sender != counts.cend(); ++sender) {
        QStringList parts;
        for (auto kind = sender->cbegin(); kind != sender->cend(); ++kind)
            parts.append(QStringLiteral("%1 %2").arg(messageKindKey(MessageKind(kind.key()))).arg(kind.value()));
        lines.append(sender.key() + QStringLiteral(": ") + parts.join(QStringLiteral(", ")));
    }
    return lines;
}

qint64 at(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC).toSecsSinceEpoch();
}

void expectNoIds(const QList<ChatMessage> &messages)
{
    for (const ChatMessage &message : messages) {
        EXPECT_TRUE(message.senderId.isEmpty());
        EXPECT_TRUE(message.sourceId.isEmpty());
    }
}

bool hasWarningContaining(const ParseReport &report, const QString &part)
{
    for (const ParseWarning &warning : report.warnings) {
        if (warning.message.contains(part))
            return true;
    }
    return false;
}

} // namespace

// ---------------------------------------------------------------------------
// Our own fixtures of the real samples' quirks (counts by hand from the files)

TEST(WhatsAppParser, Android24hFixture)
{
    const Parsed p = parsed(fixture(QStringLiteral("whatsapp/android-24h.txt")));
    // Ten header lines (and one continuation); the blank lines at the end create nothing.
    ASSERT_EQ(p.messages.size(), 10);
    EXPECT_EQ(countsBySender(p.messages),
              QStringList({QStringLiteral("-: system 2"), QStringLiteral("Ann: text 1, media 1, join 1"),
                           QStringLiteral("Ben: text 2, leave 1"), QStringLiteral("Carol: text 1, media 1")}));
    EXPECT_EQ(p.report.dateOrder, DateOrder::MonthFirst);
    EXPECT_TRUE(p.report.warnings.isEmpty());
    EXPECT_EQ(p.report.chatName, QStringLiteral("Morning Runners"));
    expectNoIds(p.messages);
    EXPECT_EQ(p.messages[4].line, 5) << "the line after U+FEFF";
    EXPECT_EQ(p.messages[4].senderName, QStringLiteral("Ben"));
    EXPECT_EQ(p.messages[4].time, at(2018, 1, 29, 23, 35));
    EXPECT_EQ(p.messages[5].time, at(2018, 1, 29, 23, 34)) << "out of order in the file, kept in file order";
    EXPECT_EQ(p.messages[6].text, QString()) << "a view-once photo";
    EXPECT_EQ(p.messages[6].kind, MessageKind::Media);
    EXPECT_EQ(p.messages[7].senderName, QStringLiteral("Ben")) << "direction marks around a name";
    EXPECT_EQ(p.messages[7].text, QStringLiteral("Morning run done\nFive kilometres today"));
    EXPECT_EQ(p.messages[9].kind, MessageKind::Leave);
    EXPECT_EQ(p.messages[9].subjects, QStringList {QStringLiteral("Ben")});
}

TEST(WhatsAppParser, Ios12hFixture)
{
    const Parsed p = parsed(fixture(QStringLiteral("whatsapp/ios-12h.txt")));
    ASSERT_EQ(p.messages.size(), 6);
    EXPECT_EQ(p.messages[0].kind, MessageKind::System);
    EXPECT_TRUE(p.messages[0].senderName.isEmpty()) << "the banner is nobody's";
    EXPECT_EQ(p.messages[1].time, at(2021, 1, 2, 21, 0, 3)) << "U+202F before PM";
    EXPECT_EQ(p.messages[2].kind, MessageKind::Join);
    EXPECT_EQ(p.messages[2].subjects, QStringList {QStringLiteral("Eli")});
    EXPECT_EQ(p.messages[3].kind, MessageKind::Media);
    EXPECT_EQ(p.messages[4].kind, MessageKind::Recall);
    EXPECT_EQ(p.messages[5].time, at(2021, 1, 3, 0, 15)) << "12:15 AM is just after midnight";
    EXPECT_EQ(p.report.dateOrder, DateOrder::MonthFirst);
}

TEST(WhatsAppParser, DateFormatsFixture)
{
    const Parsed p = parsed(fixture(QStringLiteral("whatsapp/date-formats.txt")));
    ASSERT_EQ(p.messages.size(), 4);
    EXPECT_EQ(p.messages[0].time, at(2020, 2, 14, 9, 5)) << "a.m.";
    EXPECT_EQ(p.messages[1].time, at(2020, 2, 14, 13, 30)) << "p. m. with a space";
    EXPECT_EQ(p.messages[1].text, QStringLiteral("Lunch run : ten kilometres")) << "a colon in the text";
    EXPECT_EQ(p.messages[2].senderName, QStringLiteral("Gus-Hal Liu"));
    EXPECT_EQ(p.messages[2].time, at(2020, 2, 15, 0, 45));
    EXPECT_EQ(p.messages[3].time, at(2020, 2, 16, 18, 45)) << "year first, a dot after the time";
    EXPECT_EQ(p.messages[3].text, QStringLiteral("Year first, a dot after the time\nand a second line"));
}

TEST(WhatsAppParser, ShortChatFixture)
{
    const Parsed p = parsed(fixture(QStringLiteral("whatsapp/short-chat.txt")));
    ASSERT_EQ(p.messages.size(), 5);
    EXPECT_EQ(p.report.chatName, QStringLiteral("Short Chat"));
    EXPECT_EQ(p.messages[4].senderName, QStringLiteral("+44 7700 900123")) << "a sender shown by number";
    EXPECT_EQ(p.messages[4].text, QStringLiteral("Is this the group?\n\nThe camp one?")) << "an empty line inside";
    EXPECT_EQ(p.report.dateOrder, DateOrder::DayFirst);
    ASSERT_EQ(p.report.warnings.size(), 1) << "no day above 12: the order was guessed, and said";
    EXPECT_EQ(p.report.warnings.first().skipped, 0);
}

TEST(WhatsAppParser, IsoDates12hFixture)
{
    const Parsed p = parsed(fixture(QStringLiteral("whatsapp/iso-12h.txt")));
    ASSERT_EQ(p.messages.size(), 4);
    EXPECT_EQ(p.report.dateOrder, DateOrder::YearFirst);
    EXPECT_EQ(p.messages[1].time, at(2020, 8, 6, 13, 24));
    EXPECT_EQ(p.messages[2].time, at(2020, 8, 6, 23, 58));
    EXPECT_EQ(p.messages[3].kind, MessageKind::System);
    EXPECT_EQ(p.report.chatName, QStringLiteral("Reading Circle")) << "curly quotes around the name";
}

// ---------------------------------------------------------------------------
// Real samples (counts by hand from the files)

TEST(WhatsAppParser, WhatsRAndroid24h)
{
    CAMPDESK_SKIP_WITHOUT_SAMPLES();
    const Parsed p = parsed(sample(QStringLiteral("WhatsR__englishandroid24h.txt")));
    // 50 header lines, then three blank lines that must create nothing.
    ASSERT_EQ(p.messages.size(), 50);
    EXPECT_EQ(p.report.messages, 50);
    EXPECT_EQ(countsBySender(p.messages),
              QStringList({QStringLiteral("-: system 4"), QStringLiteral("Alice: text 11, media 2"),
                           QStringLiteral("Bob: text 17, media 2"), QStringLiteral("Carol: text 4, media 1"),
                           QStringLiteral("Dave: text 4"), QStringLiteral("Mallory: text 1"),
                           QStringLiteral("You: join 3, leave 1")}));
    EXPECT_EQ(p.report.dateOrder, DateOrder::MonthFirst);
    EXPECT_TRUE(p.report.warnings.isEmpty());
    EXPECT_EQ(p.report.chatName, QStringLiteral("WhatsAppParserTest\U0001F648"));
    expectNoIds(p.messages);

    EXPECT_EQ(p.messages[2].kind, MessageKind::Join);
    EXPECT_EQ(p.messages[2].subjects, QStringList {QStringLiteral("Mallory")});
    EXPECT_EQ(p.messages[4].kind, MessageKind::Leave);
    EXPECT_EQ(p.messages[4].subjects, QStringList {QStringLiteral("Mallory")});
    // Line 9 starts with U+FEFF.
    EXPECT_EQ(p.messages[8].line, 9);
    EXPECT_EQ(p.messages[8].kind, MessageKind::System);
    EXPECT_EQ(p.messages[8].text, QStringLiteral("You changed this group's icon"));
    EXPECT_EQ(p.messages[10].time, at(2018, 1, 29, 23, 33));
    EXPECT_EQ(p.messages[10].text, QStringLiteral("Is this a chat log?"));
    EXPECT_EQ(p.messages[14].kind, MessageKind::Media); // U+200E U+200E PTT-….opus (file attached)
    // Out of order in the file, kept in file order.
    EXPECT_EQ(p.messages[6].time, at(2018, 1, 29, 12, 24));
    EXPECT_EQ(p.messages[35].senderName, QStringLiteral("Carol"));
    EXPECT_EQ(p.messages[35].text, QString());
    EXPECT_EQ(p.messages[36].time, at(2018, 1, 30, 0, 0));
    EXPECT_EQ(p.messages[49].line, 50);
}

TEST(WhatsAppParser, WhatsRIos12h)
{
    CAMPDESK_SKIP_WITHOUT_SAMPLES();
    const Parsed p = parsed(sample(QStringLiteral("WhatsR__englishiosampm.txt")));
    ASSERT_EQ(p.messages.size(), 50);
    EXPECT_EQ(countsBySender(p.messages),
              QStringList({QStringLiteral("-: system 4"), QStringLiteral("Alice: text 11, media 2"),
                           QStringLiteral("Bob: text 17, media 2"), QStringLiteral("Carol: text 4, media 1"),
                           QStringLiteral("Dave: text 4"), QStringLiteral("Mallory: text 1"),
                           QStringLiteral("You: join 3, leave 1")}));
    EXPECT_EQ(p.report.dateOrder, DateOrder::MonthFirst);
    EXPECT_TRUE(p.report.warnings.isEmpty());
    EXPECT_EQ(p.report.chatName, QStringLiteral("WhatsAppParserTest\U0001F648"));
    EXPECT_EQ(p.messages[0].time, at(2018, 1, 29, 12, 24, 3)); // 12:24:03 PM
    EXPECT_EQ(p.messages[10].time, at(2018, 1, 29, 23, 33, 3)); // 11:33:03 PM
    EXPECT_EQ(p.messages[36].time, at(2018, 1, 30, 0, 0, 3)); // 12:00:03 AM
    EXPECT_EQ(p.messages[38].time, at(2018, 1, 30, 0, 4, 3)); // "00:04:03 AM"
    EXPECT_EQ(p.messages[14].kind, MessageKind::Media); // U+200E <attached: U+200E PTT-….opus>
    EXPECT_EQ(p.messages[19].kind, MessageKind::Media); // image omitted
    EXPECT_EQ(p.messages[19].text, QStringLiteral("image omitted"));
    EXPECT_EQ(p.messages[22].kind, MessageKind::Text); // U+200E before a normal text
    EXPECT_EQ(p.messages[22].text, QStringLiteral("\u200eNo idea, lets try it out!"));
}

TEST(WhatsAppParser, ChatMinerDateFormat1)
{
    CAMPDESK_SKIP_WITHOUT_SAMPLES();
    const Parsed p = parsed(sample(QStringLiteral("chat-miner__test_dateformat1.txt")));
    ASSERT_EQ(p.messages.size(), 10);
    EXPECT_EQ(countsBySender(p.messages),
              QStringList({QStringLiteral("+12 345 578: text 1"), QStringLiteral("-: join 1, system 2"),
                           QStringLiteral("Jahn Doe: text 2"), QStringLiteral("John Doe: text 3"),
                           QStringLiteral("John-John Doe: text 1")}));
    EXPECT_EQ(p.report.dateOrder, DateOrder::MonthFirst);
    EXPECT_EQ(p.report.chatName, QStringLiteral("Groupname"));
    EXPECT_EQ(p.messages[0].text, QStringLiteral("."));
    EXPECT_EQ(p.messages[2].text, QStringLiteral("Lorem ipsum : dolor sit amet."));
    EXPECT_EQ(p.messages[3].senderName, QStringLiteral("John-John Doe"));
    EXPECT_EQ(p.messages[5].line, 7);
    EXPECT_EQ(p.messages[5].time, at(2020, 1, 18, 14, 53));
    EXPECT_EQ(p.messages[5].text,
              QStringLiteral("Lorem ipsum dolor sit amet,\nconsectetur adipiscing elit.\n"
                             "Pellentesque non tincidunt erat.\n"
                             "Nullam suscipit diam dolor, non pretium leo semper eu.\n"
                             "Aliquam pellentesque facilisis nunc eu rhoncus.\nCras scelerisque neque."));
    EXPECT_EQ(p.messages[8].kind, MessageKind::Join);
    EXPECT_EQ(p.messages[8].subjects, QStringList {QStringLiteral("You")});
    // The last line has no final newline.
    EXPECT_EQ(p.messages[9].text, QStringLiteral("Lorem ipsum."));
    EXPECT_EQ(p.messages[9].time, at(2017, 7, 16, 19, 13));
}

TEST(WhatsAppParser, ChatMinerDateFormat2SpanishMeridiem)
{
    CAMPDESK_SKIP_WITHOUT_SAMPLES();
    const Parsed p = parsed(sample(QStringLiteral("chat-miner__test_dateformat2.txt")));
    ASSERT_EQ(p.messages.size(), 4);
    EXPECT_EQ(countsBySender(p.messages),
              QStringList({QStringLiteral("Jahn Doe: text 1"), QStringLiteral("John Doe: text 2"),
                           QStringLiteral("John-John Doe: text 1")}));
    EXPECT_EQ(p.report.dateOrder, DateOrder::MonthFirst);
    EXPECT_EQ(p.messages[0].time, at(2019, 9, 24, 23, 30)); // 11:30 p.m.
    EXPECT_EQ(p.messages[1].time, at(2019, 11, 27, 21, 30)); // 9:30 p. m.
    EXPECT_EQ(p.messages[3].time, at(2019, 12, 24, 11, 30)); // 11:30 a. m.
    EXPECT_EQ(p.messages[3].text,
              QStringLiteral("Lorem ipsum dolor sit amet,\nconsectetur adipiscing elit. Duis libero."));
}

TEST(WhatsAppParser, ChatMinerDateFormat3DotAfterTime)
{
    CAMPDESK_SKIP_WITHOUT_SAMPLES();
    const Parsed p = parsed(sample(QStringLiteral("chat-miner__test_dateformat3.txt")));
    ASSERT_EQ(p.messages.size(), 4);
    EXPECT_EQ(countsBySender(p.messages),
              QStringList({QStringLiteral("Jahn Doe: text 1"), QStringLiteral("John Doe: text 2"),
                           QStringLiteral("John-John Doe: text 1")}));
    EXPECT_EQ(p.report.dateOrder, DateOrder::YearFirst);
    EXPECT_TRUE(p.report.warnings.isEmpty());
    EXPECT_EQ(p.messages[0].time, at(2022, 12, 14, 13, 34));
    EXPECT_EQ(p.messages[0].text, QStringLiteral("Lorem ipsum dolor sit amet."));
    EXPECT_EQ(p.messages[3].time, at(2022, 12, 21, 17, 2));
}

TEST(WhatsAppParser, ChatMinerDayFirstAndMonthFirstGiveTheSameMessages)
{
    CAMPDESK_SKIP_WITHOUT_SAMPLES();
    const Parsed dmy = parsed(sample(QStringLiteral("chat-miner__test_ddmmyy_24hrs.txt")));
    const Parsed mdy = parsed(sample(QStringLiteral("chat-miner__test_mmddyy_24hrs.txt")));
    EXPECT_EQ(dmy.report.dateOrder, DateOrder::DayFirst);
    EXPECT_EQ(mdy.report.dateOrder, DateOrder::MonthFirst);
    EXPECT_TRUE(dmy.report.warnings.isEmpty());
    EXPECT_TRUE(mdy.report.warnings.isEmpty());
    const QStringList expected({QStringLiteral("-: join 1, system 1"), QStringLiteral("Jahn Doe: text 1"),
                                QStringLiteral("John Doe: text 3"), QStringLiteral("John Doe \U0001F913: text 1"),
                                QStringLiteral("John-John Doe: text 1"), QStringLiteral("\U0001F913: text 1")});
    EXPECT_EQ(countsBySender(dmy.messages), expected);
    EXPECT_EQ(countsBySender(mdy.messages), expected);
    ASSERT_EQ(dmy.messages.size(), 9);
    ASSERT_EQ(mdy.messages.size(), 9);
    for (qsizetype i = 0; i < dmy.messages.size(); ++i) {
        EXPECT_EQ(dmy.messages[i].time, mdy.messages[i].time) << i;
        EXPECT_EQ(dmy.messages[i].senderName, mdy.messages[i].senderName) << i;
        EXPECT_EQ(dmy.messages[i].text, mdy.messages[i].text) << i;
        EXPECT_EQ(dmy.messages[i].kind, mdy.messages[i].kind) << i;
        EXPECT_EQ(dmy.messages[i].line, mdy.messages[i].line) << i;
    }
    EXPECT_EQ(dmy.messages[1].time, at(2019, 1, 20, 11, 23));
    EXPECT_EQ(dmy.messages[4].time, at(2020, 6, 20, 0, 8));
    EXPECT_EQ(dmy.report.chatName, QStringLiteral("Groupname"));
}

TEST(WhatsAppParser, PusturShortChat)
{
    CAMPDESK_SKIP_WITHOUT_SAMPLES();
    const Parsed p = parsed(sample(QStringLiteral("whatsapp-chat-parser__short-chat.txt")));
    ASSERT_EQ(p.messages.size(), 5);
    EXPECT_EQ(countsBySender(p.messages),
              QStringList({QStringLiteral("+410123456789: text 1"), QStringLiteral("-: system 2"),
                           QStringLiteral("Sample User: text 1"), QStringLiteral("TestBot: text 1")}));
    EXPECT_EQ(p.report.chatName, QStringLiteral("ShortChat"));
    // No field above 12 and a 24-hour clock: guessed day-first, with a warning.
    EXPECT_EQ(p.report.dateOrder, DateOrder::DayFirst);
    ASSERT_EQ(p.report.warnings.size(), 1);
    EXPECT_EQ(p.report.warnings[0].line, 1);
    EXPECT_TRUE(p.report.warnings[0].message.contains(QStringLiteral("guessed")));
    EXPECT_EQ(p.messages[0].time, at(2017, 3, 6, 0, 45));
    EXPECT_EQ(p.messages[4].text, QStringLiteral("How are you?\n\nIs everything alright?"));
    EXPECT_EQ(p.messages[4].time, at(2017, 4, 9, 1, 50));
}

TEST(WhatsAppParser, WhatstkIsoDates12h)
{
    CAMPDESK_SKIP_WITHOUT_SAMPLES();
    const Parsed p = parsed(sample(QStringLiteral("whatstk__example-12h.txt")));
    ASSERT_EQ(p.messages.size(), 20);
    EXPECT_EQ(countsBySender(p.messages),
              QStringList({QStringLiteral("-: system 2"), QStringLiteral("Ash Ketchum: text 4"),
                           QStringLiteral("Brock: text 3"), QStringLiteral("Jessie & James: text 1"),
                           QStringLiteral("Meowth: text 1"), QStringLiteral("Misty: text 4"),
                           QStringLiteral("Prof. Oak: text 2"), QStringLiteral("Raichu: text 2"),
                           QStringLiteral("Wobbuffet: text 1")}));
    EXPECT_EQ(p.report.dateOrder, DateOrder::YearFirst);
    EXPECT_TRUE(p.report.warnings.isEmpty());
    EXPECT_EQ(p.report.chatName, QStringLiteral("Sample Group")); // curly quotes
    EXPECT_EQ(p.messages[0].time, at(2016, 4, 15, 15, 4));
    EXPECT_EQ(p.messages[12].time, at(2016, 8, 10, 9, 45));
    EXPECT_EQ(p.messages[19].time, at(2016, 10, 31, 14, 23));
    EXPECT_EQ(p.messages[19].text, QStringLiteral("Wo-bbu-ffet"));
}

// ---------------------------------------------------------------------------
// Header variants of FORMATS.md 2.1

struct Variant {
    const char16_t *line;
    DateOrder order;
    qint64 time;
    const char16_t *sender;
    const char16_t *text;
};

TEST(WhatsAppParser, EveryHeaderVariant)
{
    const Variant variants[] = {
        {u"1/29/18, 12:24 PM - Alice: hi", DateOrder::Auto, at(2018, 1, 29, 12, 24), u"Alice", u"hi"},
        {u"1/29/18, 12:24 AM - Alice: hi", DateOrder::Auto, at(2018, 1, 29, 0, 24), u"Alice", u"hi"},
        {u"1/29/18, 23:33 - Alice: hi", DateOrder::Auto, at(2018, 1, 29, 23, 33), u"Alice", u"hi"},
        {u"12/07/2017, 22:35 - Johannes Gruber: hi", DateOrder::DayFirst, at(2017, 7, 12, 22, 35), u"Johannes Gruber",
         u"hi"},
        {u"29.01.18, 12:24 - Mallory: hallo", DateOrder::Auto, at(2018, 1, 29, 12, 24), u"Mallory", u"hallo"},
        {u"06.08.2016, 13:23 - Ash Ketchum: hi", DateOrder::DayFirst, at(2016, 8, 6, 13, 23), u"Ash Ketchum", u"hi"},
        {u"2016-08-06, 1:23 PM - Ash: hi", DateOrder::Auto, at(2016, 8, 6, 13, 23), u"Ash", u"hi"},
        {u"2016-08-06, 1:23 p.m. - Ash: hi", DateOrder::Auto, at(2016, 8, 6, 13, 23), u"Ash", u"hi"},
        {u"2019/01/01, 11:25 - X: y", DateOrder::Auto, at(2019, 1, 1, 11, 25), u"X", u"y"},
        {u"2022/12/14, 13:34. - X: y", DateOrder::Auto, at(2022, 12, 14, 13, 34), u"X", u"y"},
        {u"01/30/2019, 08:49 p. m. - X: y", DateOrder::Auto, at(2019, 1, 30, 20, 49), u"X", u"y"},
        {u"20/6/2017 8:28 p.\u00a0m. - X: y", DateOrder::Auto, at(2017, 6, 20, 20, 28), u"X", u"y"},
        {u"26/04/23, 11:01 am - X: y", DateOrder::Auto, at(2023, 4, 26, 11, 1), u"X", u"y"},
        {u"26/04/23, 12:01 am - X: y", DateOrder::Auto, at(2023, 4, 26, 0, 1), u"X", u"y"},
        {u"[1/29/18, 12:24:03] Alice: hi", DateOrder::Auto, at(2018, 1, 29, 12, 24, 3), u"Alice", u"hi"},
        {u"[1/29/18, 12:24:03 PM] Alice: hi", DateOrder::Auto, at(2018, 1, 29, 12, 24, 3), u"Alice", u"hi"},
        {u"[12/27/20, 18:51:14] Alice: hi", DateOrder::Auto, at(2020, 12, 27, 18, 51, 14), u"Alice", u"hi"},
        {u"[29.01.18, 12:24:03] Alice: hi", DateOrder::Auto, at(2018, 1, 29, 12, 24, 3), u"Alice", u"hi"},
        {u"[01/01/19 11:25] X: y", DateOrder::DayFirst, at(2019, 1, 1, 11, 25), u"X", u"y"},
        {u"[2016/08/06 13:18] X: y", DateOrder::Auto, at(2016, 8, 6, 13, 18), u"X", u"y"},
        {u"13.06.18 21.25.15: a: m", DateOrder::Auto, at(2018, 6, 13, 21, 25, 15), u"a", u"m"},
        {u"[06.13.18 21:25:15] a: m", DateOrder::Auto, at(2018, 6, 13, 21, 25, 15), u"a", u"m"},
        {u"13.6.2018 klo 21.25.15 - a: m", DateOrder::Auto, at(2018, 6, 13, 21, 25, 15), u"a", u"m"},
        {u"13. 6. 2018. 21:25:15 a: m", DateOrder::Auto, at(2018, 6, 13, 21, 25, 15), u"a", u"m"},
        {u"03-06-2018, 01.55 PM - a: m", DateOrder::DayFirst, at(2018, 6, 3, 13, 55), u"a", u"m"},
        {u"[3/6/18 1:55:00 p. m.] a: m", DateOrder::DayFirst, at(2018, 6, 3, 13, 55), u"a", u"m"},
        {u"\u200e[3/6/18 1:55:00 p. m.] a: m", DateOrder::DayFirst, at(2018, 6, 3, 13, 55), u"a", u"m"},
        {u"[2018/06/13, 21:25:15] a: m", DateOrder::Auto, at(2018, 6, 13, 21, 25, 15), u"a", u"m"},
        {u"[06/2018/13, 21:25:15] a: m", DateOrder::Auto, at(2018, 6, 13, 21, 25, 15), u"a", u"m"},
        {u"[2026/7/9 02:28:09] Bob:Hi", DateOrder::Auto, at(2026, 7, 9, 2, 28, 9), u"Bob", u"Hi"},
        {u"1/4/23, 7:02\u202fPM - Alice: hi", DateOrder::MonthFirst, at(2023, 1, 4, 19, 2), u"Alice", u"hi"},
        {u"[1/4/23, 7:02:10\u202fPM] Alice: hi", DateOrder::MonthFirst, at(2023, 1, 4, 19, 2, 10), u"Alice", u"hi"},
        {u"1/29/18, 13:37 p.m. - Alice: hi", DateOrder::Auto, at(2018, 1, 29, 13, 37), u"Alice", u"hi"},
        {u"\u200f\u202a1/29/18, 23:33\u202c - Alice: hi", DateOrder::Auto, at(2018, 1, 29, 23, 33), u"Alice", u"hi"},
    };
    for (const Variant &variant : variants) {
        const QString line = QString::fromUtf16(variant.line);
        SCOPED_TRACE(line.toStdString());
        const Parsed p = parsed(line + u'\n', utc(variant.order));
        ASSERT_EQ(p.messages.size(), 1);
        EXPECT_EQ(QDateTime::fromSecsSinceEpoch(p.messages[0].time, Qt::UTC),
                  QDateTime::fromSecsSinceEpoch(variant.time, Qt::UTC));
        EXPECT_EQ(p.messages[0].senderName, QString::fromUtf16(variant.sender));
        EXPECT_EQ(p.messages[0].text, QString::fromUtf16(variant.text));
        EXPECT_EQ(p.messages[0].kind, MessageKind::Text);
        EXPECT_EQ(p.messages[0].line, 1);
        EXPECT_TRUE(WhatsAppParser::sniff(line));
    }
}

TEST(WhatsAppParser, NarrowNoBreakSpaceBeforeMeridiemInARealSample)
{
    CAMPDESK_SKIP_WITHOUT_SAMPLES();
    // No saved export has U+202F before AM/PM (FORMATS.md 8): insert it.
    const QString original = sample(QStringLiteral("WhatsR__englishiosampm.txt"));
    QString modern = original;
    modern.replace(QStringLiteral(" PM]"), QStringLiteral("\u202fPM]"))
        .replace(QStringLiteral(" AM]"), QStringLiteral("\u202fAM]"));
    ASSERT_NE(modern, original);
    const Parsed a = parsed(original);
    const Parsed b = parsed(modern);
    ASSERT_EQ(a.messages.size(), b.messages.size());
    for (qsizetype i = 0; i < a.messages.size(); ++i) {
        EXPECT_EQ(a.messages[i].time, b.messages[i].time) << i;
        EXPECT_EQ(a.messages[i].senderName, b.messages[i].senderName) << i;
        EXPECT_EQ(a.messages[i].kind, b.messages[i].kind) << i;
    }
    EXPECT_TRUE(WhatsAppParser::sniff(modern));
}

TEST(WhatsAppParser, NoBreakSpaceInsideMeridiem)
{
    const Parsed p = parsed(QStringLiteral("01/30/2019, 08:49 p.\u00a0m. - Ana: hola\n"
                                           "01/30/2019, 00:08 a.\u00a0m. - Ana: buenas\n"));
    ASSERT_EQ(p.messages.size(), 2);
    EXPECT_EQ(p.messages[0].time, at(2019, 1, 30, 20, 49));
    EXPECT_EQ(p.messages[1].time, at(2019, 1, 30, 0, 8)); // "00:08 a. m." occurs in test data
}

// ---------------------------------------------------------------------------
// Invisible characters (FORMATS.md 2.2)

TEST(WhatsAppParser, InvisibleCharacters)
{
    const Parsed p = parsed(QStringLiteral("[29.01.18, 12:24:03] Alice: eins\n"
                                           "[\ufeff29.01.18, 12:25:03] Al\ufeffice: zwei\n"
                                           "\ufeff[29.01.18, 12:26:03] Bob: dr\ufeffei\n"
                                           "\u200e[29.01.18, 12:27:03] ~ Unsaved Carla: vier\n"
                                           "[29.01.18, 12:28:03] ~\u202fUnsaved Carla: fünf\n"
                                           "[29.01.18, 12:29:03] \u200e+1\u00a0(777) 777\u20117777: sechs\n"
                                           "[29.01.18, 12:30:03] \u2066Dora\u2069: sieben\n"));
    ASSERT_EQ(p.messages.size(), 7);
    EXPECT_EQ(p.messages[1].senderName, QStringLiteral("Alice"));
    EXPECT_EQ(p.messages[1].time, at(2018, 1, 29, 12, 25, 3));
    EXPECT_EQ(p.messages[2].text, QStringLiteral("drei"));
    EXPECT_EQ(p.messages[3].senderName, QStringLiteral("Unsaved Carla"));
    EXPECT_EQ(p.messages[4].senderName, QStringLiteral("Unsaved Carla"));
    EXPECT_TRUE(p.messages[3].unsavedContact && p.messages[4].unsavedContact) << "the ~ says who they are";
    EXPECT_FALSE(p.messages[0].unsavedContact || p.messages[6].unsavedContact);
    EXPECT_EQ(p.messages[4].text, QStringLiteral("fünf"));
    EXPECT_EQ(p.messages[5].senderName, QStringLiteral("+1 (777) 777\u20117777"));
    EXPECT_EQ(p.messages[6].senderName, QStringLiteral("Dora"));
    EXPECT_EQ(p.report.dateOrder, DateOrder::DayFirst);
}

// ---------------------------------------------------------------------------
// Multi-line bodies and line ends (FORMATS.md 2.3)

TEST(WhatsAppParser, ContinuationLines)
{
    const Parsed p = parsed(QStringLiteral("1/29/18, 12:24 - Alice: one\n"
                                           "two\n"
                                           "\n"
                                           "three\n"
                                           "\n"
                                           "1/29/18, 12:25 - Bob: four\n"
                                           "1/29/18, 12:26 - Bob: five\n"
                                           "\n"
                                           "  \n"
                                           "\u200e\n"
                                           "\n"));
    ASSERT_EQ(p.messages.size(), 3);
    EXPECT_EQ(p.messages[0].text, QStringLiteral("one\ntwo\n\nthree"));
    EXPECT_EQ(p.messages[1].line, 6);
    EXPECT_EQ(p.messages[2].text, QStringLiteral("five"));
}

TEST(WhatsAppParser, LineEndsAndNoFinalNewline)
{
    const Parsed crlf = parsed(QStringLiteral("1/29/18, 12:24 - Alice: one\r\ntwo\r\n1/29/18, 12:25 - Bob: three"));
    ASSERT_EQ(crlf.messages.size(), 2);
    EXPECT_EQ(crlf.messages[0].text, QStringLiteral("one\ntwo"));
    EXPECT_EQ(crlf.messages[1].text, QStringLiteral("three"));
    EXPECT_EQ(crlf.messages[1].line, 3);

    const Parsed cr = parsed(QStringLiteral("1/29/18, 12:24 - Alice: one\rtwo\r\n1/29/18, 12:25 - Bob: three\n"));
    ASSERT_EQ(cr.messages.size(), 2);
    EXPECT_EQ(cr.messages[0].text, QStringLiteral("one\ntwo"));
    EXPECT_EQ(cr.messages[1].line, 3);
}

// ---------------------------------------------------------------------------
// Date order (FORMATS.md 2.1)

TEST(WhatsAppParser, DateOrderInference)
{
    // A first field above 12 anywhere in the file: day first, also for the
    // lines before it.
    Parsed p = parsed(QStringLiteral("03/04/20, 10:00 - A: x\n13/04/20, 10:00 - A: y\n"));
    EXPECT_EQ(p.report.dateOrder, DateOrder::DayFirst);
    EXPECT_EQ(p.messages[0].time, at(2020, 4, 3, 10, 0));
    EXPECT_TRUE(p.report.warnings.isEmpty());

    p = parsed(QStringLiteral("03/04/20, 10:00 - A: x\n04/13/20, 10:00 - A: y\n"));
    EXPECT_EQ(p.report.dateOrder, DateOrder::MonthFirst);
    EXPECT_EQ(p.messages[0].time, at(2020, 3, 4, 10, 0));

    // Ambiguous with AM/PM: month first, with a warning that says how to change it.
    p = parsed(QStringLiteral("03/04/20, 10:00 AM - A: x\n"));
    EXPECT_EQ(p.report.dateOrder, DateOrder::MonthFirst);
    EXPECT_EQ(p.messages[0].time, at(2020, 3, 4, 10, 0));
    ASSERT_EQ(p.report.warnings.size(), 1);
    EXPECT_TRUE(hasWarningContaining(p.report, QStringLiteral("day first or month first")));

    // Ambiguous with a 24-hour clock: day first, with a warning.
    p = parsed(QStringLiteral("03/04/20, 10:00 - A: x\n"));
    EXPECT_EQ(p.report.dateOrder, DateOrder::DayFirst);
    EXPECT_EQ(p.messages[0].time, at(2020, 4, 3, 10, 0));
    EXPECT_EQ(p.report.warnings.size(), 1);

    // A 4-digit first field: year first.
    p = parsed(QStringLiteral("2020-03-04, 10:00 - A: x\n"));
    EXPECT_EQ(p.report.dateOrder, DateOrder::YearFirst);
    EXPECT_EQ(p.messages[0].time, at(2020, 3, 4, 10, 0));
    EXPECT_TRUE(p.report.warnings.isEmpty());
}

TEST(WhatsAppParser, DateOrderOverride)
{
    const QString text = QStringLiteral("03/04/20, 10:00 AM - A: x\n05/06/20, 11:00 PM - A: y\n");
    Parsed p = parsed(text, utc(DateOrder::DayFirst));
    EXPECT_EQ(p.report.dateOrder, DateOrder::DayFirst);
    EXPECT_TRUE(p.report.warnings.isEmpty());
    EXPECT_EQ(p.messages[0].time, at(2020, 4, 3, 10, 0));
    EXPECT_EQ(p.messages[1].time, at(2020, 6, 5, 23, 0));

    p = parsed(text, utc(DateOrder::MonthFirst));
    EXPECT_EQ(p.report.dateOrder, DateOrder::MonthFirst);
    EXPECT_EQ(p.messages[1].time, at(2020, 5, 6, 23, 0));

    // Overriding against the file: the impossible dates are skipped, each an
    // error-level warning naming its line.
    p = parsed(QStringLiteral("01/01/19, 10:00 - A: a\n25/01/19, 10:00 - A: b\n10/06/20, 10:00 - A: c\n"
                              "13/06/20, 10:00 - A: d\n"),
               utc(DateOrder::MonthFirst));
    EXPECT_EQ(p.report.dateOrder, DateOrder::MonthFirst);
    EXPECT_EQ(p.messages.size(), 2);
    ASSERT_EQ(p.report.warnings.size(), 2);
    EXPECT_EQ(p.report.warnings.first().line, 2);
    EXPECT_TRUE(p.report.warnings.first().message.startsWith(QStringLiteral("Line 2:")));
    EXPECT_EQ(skippedMessages(p.report.warnings), 2);

    // Year first for a two-digit year ("18/01/29" = 2018-01-29).
    p = parsed(QStringLiteral("18/01/29, 10:00 - A: x\n"), utc(DateOrder::YearFirst));
    EXPECT_EQ(p.report.dateOrder, DateOrder::YearFirst);
    EXPECT_EQ(p.messages[0].time, at(2018, 1, 29, 10, 0));
}

TEST(WhatsAppParser, ZoneOfTheOptions)
{
    ParseOptions options;
    options.zone = QTimeZone("Europe/Berlin");
    const Parsed p = parsed(QStringLiteral("29.01.18, 12:24 - A: winter\n29.07.18, 12:24 - A: summer\n"), options);
    ASSERT_EQ(p.messages.size(), 2);
    EXPECT_EQ(p.messages[0].time, at(2018, 1, 29, 11, 24));
    EXPECT_EQ(p.messages[1].time, at(2018, 7, 29, 10, 24));
}

TEST(WhatsAppParser, InvalidDateIsAWarning)
{
    const Parsed p
        = parsed(QStringLiteral("13/04/20, 10:00 - A: x\n31/02/20, 10:00 - A: y\nmore of y\n14/04/20, 10:00 - A: z\n"));
    ASSERT_EQ(p.messages.size(), 2);
    EXPECT_EQ(p.messages[1].text, QStringLiteral("z"));
    ASSERT_EQ(p.report.warnings.size(), 1);
    EXPECT_EQ(p.report.warnings[0].line, 2);
}

// ---------------------------------------------------------------------------
// System lines, joins, leaves, deletions, media (FORMATS.md 2.4)

TEST(WhatsAppParser, AndroidJoinsAndLeaves)
{
    const Parsed p
        = parsed(QStringLiteral("11/25/20, 7:14 PM - Ann joined using this group's invite link\n"
                                "11/25/20, 7:15 PM - You joined using this group's invite link\n"
                                "11/25/20, 7:16 PM - Ann added Ben\n"
                                "11/25/20, 7:17 PM - Ann added Cleo, Dan and Eve\n"
                                "11/25/20, 7:18 PM - Fay, Gus and Hal were added\n"
                                "11/25/20, 7:19 PM - You were added\n"
                                "11/25/20, 7:20 PM - Ann added you\n"
                                "11/25/20, 7:21 PM - +254 7xx xxxxxx left\n"
                                "11/25/20, 7:22 PM - Ben left the group\n"
                                "11/25/20, 7:23 PM - Ann removed Cleo\n"
                                "11/25/20, 7:24 PM - You removed Dan\n"
                                "11/25/20, 7:25 PM - Ann removed you\n"
                                "11/25/20, 7:26 PM - Ivy joined using a group link\n"
                                "11/25/20, 7:27 PM - Ben: I left early, Ann added salt\n"
                                "11/25/20, 7:28 PM - Ann changed the subject from \"Camp: day 1\" to \"Camp: day 2\"\n"
                                "11/25/20, 7:29 PM - Ann changed this group's icon\n"
                                "11/25/20, 7:30 PM - Your security code with Ben changed. Tap to learn more.\n"
                                "11/25/20, 7:31 PM - ~\u202fJo joined using this group's invite link\n"
                                "11/25/20, 7:32 PM - Ann added this group to the community \"Camps\"\n"));
    ASSERT_EQ(p.messages.size(), 19);
    const auto expect = [&](int i, MessageKind kind, const QStringList &subjects, const QString &sender) {
        SCOPED_TRACE(i);
        EXPECT_EQ(p.messages[i].kind, kind);
        EXPECT_EQ(p.messages[i].subjects, subjects);
        EXPECT_EQ(p.messages[i].senderName, sender);
    };
    expect(0, MessageKind::Join, {QStringLiteral("Ann")}, QStringLiteral("Ann"));
    expect(1, MessageKind::Join, {QStringLiteral("You")}, QStringLiteral("You"));
    expect(2, MessageKind::Join, {QStringLiteral("Ben")}, QStringLiteral("Ann"));
    expect(3, MessageKind::Join, {QStringLiteral("Cleo"), QStringLiteral("Dan"), QStringLiteral("Eve")},
           QStringLiteral("Ann"));
    expect(4, MessageKind::Join, {QStringLiteral("Fay"), QStringLiteral("Gus"), QStringLiteral("Hal")}, QString());
    expect(5, MessageKind::Join, {QStringLiteral("You")}, QString());
    expect(6, MessageKind::Join, {QStringLiteral("You")}, QStringLiteral("Ann"));
    expect(7, MessageKind::Leave, {QStringLiteral("+254 7xx xxxxxx")}, QStringLiteral("+254 7xx xxxxxx"));
    expect(8, MessageKind::Leave, {QStringLiteral("Ben")}, QStringLiteral("Ben"));
    expect(9, MessageKind::Leave, {QStringLiteral("Cleo")}, QStringLiteral("Ann"));
    expect(10, MessageKind::Leave, {QStringLiteral("Dan")}, QStringLiteral("You"));
    expect(11, MessageKind::Leave, {QStringLiteral("You")}, QStringLiteral("Ann"));
    expect(12, MessageKind::Join, {QStringLiteral("Ivy")}, QStringLiteral("Ivy"));
    expect(13, MessageKind::Text, {}, QStringLiteral("Ben")); // a member's words, not a notice
    expect(14, MessageKind::System, {}, QString());
    expect(15, MessageKind::System, {}, QString());
    expect(16, MessageKind::System, {}, QString());
    expect(17, MessageKind::Join, {QStringLiteral("Jo")}, QStringLiteral("Jo"));
    expect(18, MessageKind::System, {}, QString());
    EXPECT_EQ(p.report.chatName, QStringLiteral("Camp: day 2")); // no creation line: the last rename
}

TEST(WhatsAppParser, GermanSystemLines)
{
    const Parsed p = parsed(QStringLiteral("29.01.18, 12:20 - Du hast die Gruppe \"Camp\" erstellt.\n"
                                           "29.01.18, 12:21 - Du hast Mallory hinzugefügt.\n"
                                           "29.01.18, 12:22 - Alice hat Bob hinzugefügt.\n"
                                           "29.01.18, 12:23 - Alice hat dich hinzugefügt.\n"
                                           "29.01.18, 12:24 - Carl, Dora und Emil wurden hinzugefügt.\n"
                                           "29.01.18, 12:25 - Bob hat die Gruppe verlassen.\n"
                                           "29.01.18, 12:26 - Du hast Mallory entfernt.\n"
                                           "29.01.18, 12:27 - Alice hat Carl entfernt.\n"
                                           "29.01.18, 12:28 - Alice hat das Gruppenbild geändert.\n"
                                           "29.01.18, 12:29 - Dora: <Medien ausgeschlossen>\n"
                                           "29.01.18, 12:30 - Dora: Diese Nachricht wurde gelöscht.\n"
                                           "29.01.18, 12:31 - Du: Du hast diese Nachricht gelöscht.\n"
                                           "29.01.18, 12:32 - Emil: IMG-20180129-WA0001.jpg (Datei angehängt)\n"
                                           "29.01.18, 12:33 - Emil: Standort: https://maps.google.com/?q=50.9,6.9\n"));
    ASSERT_EQ(p.messages.size(), 14);
    EXPECT_EQ(p.report.chatName, QStringLiteral("Camp"));
    EXPECT_EQ(p.messages[0].kind, MessageKind::System);
    EXPECT_EQ(p.messages[1].kind, MessageKind::Join);
    EXPECT_EQ(p.messages[1].subjects, QStringList {QStringLiteral("Mallory")});
    EXPECT_EQ(p.messages[2].subjects, QStringList {QStringLiteral("Bob")});
    EXPECT_EQ(p.messages[2].senderName, QStringLiteral("Alice"));
    EXPECT_EQ(p.messages[3].subjects, QStringList {QStringLiteral("Du")});
    EXPECT_EQ(p.messages[4].kind, MessageKind::Join);
    EXPECT_EQ(p.messages[4].subjects,
              QStringList({QStringLiteral("Carl"), QStringLiteral("Dora"), QStringLiteral("Emil")}));
    EXPECT_EQ(p.messages[5].kind, MessageKind::Leave);
    EXPECT_EQ(p.messages[5].subjects, QStringList {QStringLiteral("Bob")});
    EXPECT_EQ(p.messages[6].kind, MessageKind::Leave);
    EXPECT_EQ(p.messages[6].subjects, QStringList {QStringLiteral("Mallory")});
    EXPECT_EQ(p.messages[7].kind, MessageKind::Leave);
    EXPECT_EQ(p.messages[7].subjects, QStringList {QStringLiteral("Carl")});
    EXPECT_EQ(p.messages[8].kind, MessageKind::System);
    EXPECT_EQ(p.messages[9].kind, MessageKind::Media);
    EXPECT_EQ(p.messages[10].kind, MessageKind::Recall);
    EXPECT_EQ(p.messages[11].kind, MessageKind::Recall);
    EXPECT_EQ(p.messages[12].kind, MessageKind::Media);
    EXPECT_EQ(p.messages[13].kind, MessageKind::Media);
}

TEST(WhatsAppParser, IosNoticesAttributedToASender)
{
    const Parsed p = parsed(QStringLiteral(
        "[12/27/20, 18:51:14] My Group 2023: \u200eMessages and calls are end-to-end encrypted. No one outside of "
        "this chat, not even WhatsApp, can read or listen to them.\n"
        "[7/20/21, 11:21:27] +1 (777) 777\u20117777: +1 (777) 777\u20117777 joined using this group's invite link\n"
        "[7/20/21, 11:22:27] My Group 2023: \u200eAnn changed the subject to \u201cCamp 2023\u201d\n"
        "[7/20/21, 11:23:27] Ann: Ann added Ben\n"
        "[7/20/21, 11:24:27] Ben: \u200eBen left\n"
        "[7/20/21, 11:25:27] Ann: \u200eMissed voice call. Tap to call back\n"
        "[7/20/21, 11:26:27] Ann: \u200eThis message was deleted.\n"
        "[7/20/21, 11:27:27] Ann: You deleted this message.\n"
        "[7/20/21, 11:28:27] Ann: Message deleted\n"
        "[7/20/21, 11:29:27] Ben: \u200eMom added salt\n"
        "[7/20/21, 11:30:27] Ben: Cleo left\n"
        "[7/20/21, 11:31:27] Ben: \u200eimage omitted\n"
        "[7/20/21, 11:32:27] My Group 2023: \u200eAnn removed Cleo\n"));
    ASSERT_EQ(p.messages.size(), 13);
    EXPECT_EQ(p.messages[0].kind, MessageKind::System);
    EXPECT_TRUE(p.messages[0].senderName.isEmpty());
    EXPECT_EQ(p.messages[1].kind, MessageKind::Join);
    EXPECT_EQ(p.messages[1].subjects, QStringList {QStringLiteral("+1 (777) 777\u20117777")});
    EXPECT_EQ(p.messages[1].senderName, QStringLiteral("+1 (777) 777\u20117777"));
    EXPECT_EQ(p.messages[2].kind, MessageKind::System);
    EXPECT_EQ(p.messages[3].kind, MessageKind::Join);
    EXPECT_EQ(p.messages[3].subjects, QStringList {QStringLiteral("Ben")});
    EXPECT_EQ(p.messages[4].kind, MessageKind::Leave);
    EXPECT_EQ(p.messages[4].subjects, QStringList {QStringLiteral("Ben")});
    EXPECT_EQ(p.messages[5].kind, MessageKind::System);
    EXPECT_EQ(p.messages[5].senderName, QStringLiteral("Ann"));
    EXPECT_EQ(p.messages[6].kind, MessageKind::Recall);
    EXPECT_EQ(p.messages[7].kind, MessageKind::Recall);
    EXPECT_EQ(p.messages[8].kind, MessageKind::Recall);
    EXPECT_EQ(p.messages[9].kind, MessageKind::Text); // marked, but "Mom" is nobody in this chat
    EXPECT_EQ(p.messages[10].kind, MessageKind::Text);
    EXPECT_EQ(p.messages[11].kind, MessageKind::Media);
    // Marked and naming a known member as the actor: a notice, attributed to the group.
    EXPECT_EQ(p.messages[12].kind, MessageKind::Leave);
    EXPECT_EQ(p.messages[12].subjects, QStringList {QStringLiteral("Cleo")});
    EXPECT_EQ(p.messages[12].senderName, QStringLiteral("Ann"));
    EXPECT_EQ(p.report.chatName, QStringLiteral("Camp 2023"));
}

TEST(WhatsAppParser, MediaPlaceholders)
{
    const char16_t *media[] = {u"<Media omitted>",
                               u"<media omitted>",
                               u"<Video message omitted>",
                               u"IMG-20240403-WA0001.jpg (file attached)",
                               u"\u200e\u200ePTT-20180129-WA0025.opus (file attached)",
                               u"image omitted",
                               u"video omitted",
                               u"audio omitted",
                               u"sticker omitted",
                               u"GIF omitted",
                               u"Contact card omitted",
                               u"document omitted",
                               u"\u200e<attached: 00000012-PHOTO-2023-01-04-19-02-10.jpg>",
                               u"\u200eimage omitted",
                               u"<Medien ausgeschlossen>",
                               u"Bild weggelassen",
                               u"<Anhang: 00000013-PHOTO-2023-01-04-19-02-10.jpg>",
                               u"Report.pdf \u2022 3 pages document omitted",
                               u"location: https://maps.google.com/?q=50.9425526,6.9523387",
                               u"live location shared"};
    for (const char16_t *body : media) {
        const QString text = QString::fromUtf16(body);
        SCOPED_TRACE(text.toStdString());
        const Parsed p = parsed(QStringLiteral("[1/29/18, 12:24:03] Alice: ") + text + u'\n');
        ASSERT_EQ(p.messages.size(), 1);
        EXPECT_EQ(p.messages[0].kind, MessageKind::Media);
        EXPECT_EQ(p.messages[0].text, text); // the placeholder as exported
    }
    // A caption on the next line keeps it a media message.
    const Parsed captioned
        = parsed(QStringLiteral("1/29/18, 12:24 - Alice: IMG-20240403-WA0001.jpg (file attached)\nSunset\n"));
    EXPECT_EQ(captioned.messages[0].kind, MessageKind::Media);
    // Words that only end like a placeholder stay text.
    const Parsed words = parsed(QStringLiteral("1/29/18, 12:24 - Alice: two names omitted\n"));
    EXPECT_EQ(words.messages[0].kind, MessageKind::Text);
}

TEST(WhatsAppParser, DeletionsAndEdits)
{
    const Parsed p = parsed(QStringLiteral("1/29/18, 12:24 - Alice: This message was deleted\n"
                                           "1/29/18, 12:25 - Bob: You deleted this message\n"
                                           "1/29/18, 12:26 - Bob: This message was deleted by admin Alice.\n"
                                           "1/29/18, 12:27 - Bob: fixed it <This message was edited>\n"));
    ASSERT_EQ(p.messages.size(), 4);
    EXPECT_EQ(p.messages[0].kind, MessageKind::Recall);
    EXPECT_EQ(p.messages[0].senderName, QStringLiteral("Alice"));
    EXPECT_EQ(p.messages[1].kind, MessageKind::Recall);
    EXPECT_EQ(p.messages[2].kind, MessageKind::Recall);
    EXPECT_EQ(p.messages[3].kind, MessageKind::Text);
    EXPECT_EQ(p.messages[3].text, QStringLiteral("fixed it"));
}

TEST(WhatsAppParser, SenderNamesWithColons)
{
    const Parsed p = parsed(QStringLiteral("1/29/18, 12:24 - Dr: Who joined using this group's invite link\n"
                                           "1/29/18, 12:25 - Dr: Who: hello: there\n"
                                           "1/29/18, 12:26 - Dr: Watson here\n"
                                           "1/29/18, 12:27 - Ann: see https://example.org: ok\n"));
    ASSERT_EQ(p.messages.size(), 4);
    EXPECT_EQ(p.messages[0].kind, MessageKind::Join);
    EXPECT_EQ(p.messages[0].subjects, QStringList {QStringLiteral("Dr: Who")});
    EXPECT_EQ(p.messages[1].senderName, QStringLiteral("Dr: Who"));
    EXPECT_EQ(p.messages[1].text, QStringLiteral("hello: there"));
    EXPECT_EQ(p.messages[2].senderName, QStringLiteral("Dr"));
    EXPECT_EQ(p.messages[2].text, QStringLiteral("Watson here"));
    EXPECT_EQ(p.messages[3].senderName, QStringLiteral("Ann"));
    EXPECT_EQ(p.messages[3].text, QStringLiteral("see https://example.org: ok"));
}

TEST(WhatsAppParser, ChatNameFromCreation)
{
    Parsed p = parsed(QStringLiteral(
        "1/29/18, 12:24 - Ann created group \u201cSummer: Camp\u201d\n"
        "1/29/18, 12:25 - Ann changed the subject from \u201cSummer: Camp\u201d to \u201cOther\u201d\n"));
    EXPECT_EQ(p.report.chatName, QStringLiteral("Summer: Camp"));
    ASSERT_EQ(p.messages.size(), 2);
    EXPECT_EQ(p.messages[0].kind, MessageKind::System);
    EXPECT_TRUE(p.messages[0].senderName.isEmpty());

    p = parsed(QStringLiteral("1/29/18, 12:24 - Ann: hi\n"));
    EXPECT_TRUE(p.report.chatName.isEmpty());
}

// ---------------------------------------------------------------------------
// Cancel, errors, sniff

TEST(WhatsAppParser, CancelFromTheSink)
{
    const QString text = fixture(QStringLiteral("whatsapp/android-24h.txt"));
    int seen = 0;
    const auto report = WhatsAppParser::parse(text, utc(), [&](ChatMessage &&) { return ++seen < 3; });
    ASSERT_TRUE(report.has_value());
    EXPECT_TRUE(report->cancelled);
    EXPECT_EQ(seen, 3);
    EXPECT_EQ(report->messages, 3);
}

TEST(WhatsAppParser, CancelFromProgress)
{
    QString text;
    for (int i = 0; i < 20000; ++i)
        text += QStringLiteral("1/29/18, 12:24 - Ann: message %1\n").arg(i);
    ParseOptions options = utc();
    int calls = 0;
    double last = 0;
    options.progress = [&](double fraction) {
        EXPECT_GE(fraction, last);
        EXPECT_LE(fraction, 1.0);
        last = fraction;
        return ++calls < 2;
    };
    int seen = 0;
    const auto report = WhatsAppParser::parse(text, options, [&](ChatMessage &&) {
        ++seen;
        return true;
    });
    ASSERT_TRUE(report.has_value());
    EXPECT_TRUE(report->cancelled);
    EXPECT_EQ(calls, 2);
    EXPECT_LT(seen, 20000);
    EXPECT_GT(seen, 0);
}

TEST(WhatsAppParser, NotAWhatsAppFile)
{
    auto result = parse(QStringLiteral("Hello world\n1/29/18, 12:24 - Ann: hi\n"));
    ASSERT_FALSE(result.has_value());
    EXPECT_TRUE(result.error().message.startsWith(QStringLiteral("Line 1: expected")))
        << result.error().message.toStdString();

    result = parse(QStringLiteral("\n\n2023-01-01 12:00:00 Name(12345)\nhello\n"));
    ASSERT_FALSE(result.has_value());
    EXPECT_TRUE(result.error().message.startsWith(QStringLiteral("Line 3: expected")))
        << result.error().message.toStdString();

    // A one-digit year is no WhatsApp date.
    result = parse(QStringLiteral("1.2.3, 4:56 - Ann: hi\n"));
    ASSERT_FALSE(result.has_value());

    result = parse(QString());
    ASSERT_FALSE(result.has_value());
    EXPECT_TRUE(result.error().message.startsWith(QStringLiteral("Line 1: expected")));

    result = parse(fixture(QStringLiteral("qq/header-block-only.txt")));
    ASSERT_FALSE(result.has_value());
    EXPECT_TRUE(result.error().message.startsWith(QStringLiteral("Line 1: expected")));
}

TEST(WhatsAppParser, SniffAcceptsEverySample)
{
    CAMPDESK_SKIP_WITHOUT_SAMPLES();
    for (const char *name :
         {"WhatsR__englishandroid24h.txt", "WhatsR__englishiosampm.txt", "chat-miner__test_dateformat1.txt",
          "chat-miner__test_dateformat2.txt", "chat-miner__test_dateformat3.txt", "chat-miner__test_ddmmyy_24hrs.txt",
          "chat-miner__test_mmddyy_24hrs.txt", "whatsapp-chat-parser__short-chat.txt", "whatstk__example-12h.txt"}) {
        SCOPED_TRACE(name);
        EXPECT_TRUE(WhatsAppParser::sniff(sample(QString::fromLatin1(name))));
    }
}

TEST(WhatsAppParser, SniffAcceptsEveryFixture)
{
    for (const char *name : {"whatsapp/android-24h.txt", "whatsapp/ios-12h.txt", "whatsapp/date-formats.txt",
                             "whatsapp/short-chat.txt", "whatsapp/iso-12h.txt", "camp/whatsapp.txt"}) {
        SCOPED_TRACE(name);
        EXPECT_TRUE(WhatsAppParser::sniff(fixture(QString::fromLatin1(name))));
    }
}

TEST(WhatsAppParser, SniffRejectsOtherFormats)
{
    for (const char *name :
         {"qq/header-block-only.txt", "qq/group-12h-crlf.utf8.txt", "telegram/single-chat.json",
          "telegram/full-account.json", "discord/direct-message.json", "discord/v2.41-en-us.csv",
          "wechat/pywxdump-v1.csv", "wechat/memotrace-group.txt", "jielong/meal-order.txt", "camp/roster.csv"}) {
        SCOPED_TRACE(name);
        EXPECT_FALSE(WhatsAppParser::sniff(fixture(QString::fromLatin1(name))));
    }
    if (samplesAvailable()) {
        for (const char *name :
             {"qq/qq-chat-history__tests_file.txt", "telegram/chat-miner__test_single_export.json",
              "telegram/chat-miner__test_batch_export.json", "discord/chat-analytics__DM_2A_2M.json",
              "wechat/WeClone__example_chat__PyWxDump_v1.csv", "jielong/meal-chain-helper__sample_today_chain.txt",
              "whatsapp/WhatsR__Languages_system_message_regexes.csv"}) {
            SCOPED_TRACE(name);
            EXPECT_FALSE(WhatsAppParser::sniff(otherSample(QString::fromLatin1(name))));
        }
    }
    // QQ, MemoTrace and Discord CSV shapes written from FORMATS.md.
    EXPECT_FALSE(WhatsAppParser::sniff(
        QStringLiteral("2023-01-01 12:00:00 Ann(12345)\nhello\n\n2023-01-01 12:00:05 Ben(678)\nhi\n")));
    EXPECT_FALSE(WhatsAppParser::sniff(QStringLiteral("2019-09-23 8:43:38 PM Dice-Roll100(87200175)\n.r 1d100\n")));
    EXPECT_FALSE(
        WhatsAppParser::sniff(QStringLiteral("消息记录（此消息记录为文本格式，不支持重新导入）\n\n"
                                             "================================================================\n")));
    EXPECT_FALSE(WhatsAppParser::sniff(
        QStringLiteral("\"AuthorID\",\"Author\",\"Date\",\"Content\",\"Attachments\",\"Reactions\"\n"
                       "\"1\",\"Ann\",\"2023-01-01T12:00:00+00:00\",\"hi\",\"\",\"\"\n")));
    EXPECT_FALSE(WhatsAppParser::sniff(QStringLiteral("{\n \"name\": \"Camp\",\n \"messages\": []\n}\n")));
    EXPECT_FALSE(WhatsAppParser::sniff(QString()));
}

// Phones in Chinese, Japanese and Korean put the half of the day before the
// hour ("下午9:16"); such an export was refused as no chat at all.
TEST(WhatsAppParser, AHalfOfTheDayBeforeTheHourIsRead)
{
    const Parsed android = parsed(QStringLiteral("2024/3/5 上午9:15 - 林晓雨: 早上好\n"
                                                 "2024/3/5 下午9:16 - 王子涵: 晚上好\n"
                                                 "2024/3/5 下午12:05 - 陈浩然: 中午\n"
                                                 "2024/3/6 上午12:30 - 林晓雨: 还没睡\n"));
    ASSERT_EQ(android.messages.size(), 4);
    EXPECT_EQ(android.messages[0].time, at(2024, 3, 5, 9, 15));
    EXPECT_EQ(android.messages[1].time, at(2024, 3, 5, 21, 16));
    EXPECT_EQ(android.messages[1].senderName, QStringLiteral("王子涵"));
    EXPECT_EQ(android.messages[2].time, at(2024, 3, 5, 12, 5));
    EXPECT_EQ(android.messages[3].time, at(2024, 3, 6, 0, 30));
    EXPECT_TRUE(android.report.warnings.isEmpty());

    const Parsed iphone = parsed(QStringLiteral("[2024/3/5 下午9:16:05] 王子涵: 晚上好\n"
                                                "[2024/3/5 午後9:17:00] Aiko: こんばんは\n"
                                                "[2024/3/5 오후 9:18:00] 민준: 안녕\n"));
    ASSERT_EQ(iphone.messages.size(), 3);
    EXPECT_EQ(iphone.messages[0].time, at(2024, 3, 5, 21, 16, 5));
    EXPECT_EQ(iphone.messages[1].time, at(2024, 3, 5, 21, 17));
    EXPECT_EQ(iphone.messages[2].time, at(2024, 3, 5, 21, 18));
    EXPECT_EQ(iphone.messages[2].senderName, QStringLiteral("민준"));
}

// A line that begins with a date but reads as no header (the export's last
// line cut short) stays with the message above, as any other line, and the
// import says so with its line.
TEST(WhatsAppParser, ALineThatBeginsLikeAMessageButIsNoneIsKeptAndSaid)
{
    const Parsed p = parsed(QStringLiteral("05/03/2024, 21:15 - Alice: hello\n"
                                           "05/03/2024, 21:16 - Bob: hi\n"
                                           "05/03/2024, 21:1"));
    ASSERT_EQ(p.messages.size(), 2);
    EXPECT_EQ(p.messages[1].text, QStringLiteral("hi\n05/03/2024, 21:1"));
    const auto said = std::find_if(p.report.warnings.cbegin(), p.report.warnings.cend(), [](const ParseWarning &w) {
        return w.message.contains(QStringLiteral("begins like a message"));
    });
    ASSERT_NE(said, p.report.warnings.cend());
    EXPECT_EQ(said->line, 3);
    EXPECT_EQ(said->skipped, 0);
    EXPECT_TRUE(said->message.contains(QStringLiteral("05/03/2024, 21:1"))) << said->message.toStdString();

    // A date a member writes at the start of a line of their message, in
    // words after it, is theirs and says nothing.
    const Parsed words = parsed(QStringLiteral("05/03/2024, 21:15 - Alice: 截止日期：\n05/03/2024 是最后一天\n"));
    ASSERT_EQ(words.messages.size(), 1);
    for (const ParseWarning &warning : words.report.warnings)
        EXPECT_FALSE(warning.message.contains(QStringLiteral("begins like a message")));
}
