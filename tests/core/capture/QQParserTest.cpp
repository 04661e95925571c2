#include "core/capture/QQParser.h"

#include "core/capture/ChatParsers.h"
#include "core/capture/WeChatParser.h"
#include "core/roster/TextDecoder.h"
#include "tests/support/Samples.h"
#include "tests/support/TempWorkspace.h"

#include <QDateTime>
#include <QMap>

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

namespace {

struct Parsed {
    QList<ChatMessage> messages;
    ParseReport report;
};

Parsed parseQQ(const QString &text, QTimeZone zone = QTimeZone::utc(), const QString &chat = {})
{
    Parsed parsed;
    ParseOptions options;
    options.zone = zone;
    options.chat = chat;
    auto report = QQParser::parse(text, options, [&](ChatMessage &&message) {
        parsed.messages.append(std::move(message));
        return true;
    });
    EXPECT_TRUE(report.has_value()) << (report ? std::string() : report.error().message.toStdString());
    if (report)
        parsed.report = *report;
    return parsed;
}

// "sender kind count" lines, sorted: the sender is the id, else "name:…", else "-".
std::string tally(const QList<ChatMessage> &messages)
{
    QMap<QString, int> counts;
    for (const ChatMessage &message : messages) {
        const QString sender = !message.senderId.isEmpty() ? message.senderId
            : !message.senderName.isEmpty()                ? QStringLiteral("name:") + message.senderName
                                                           : QStringLiteral("-");
        ++counts[sender + QLatin1Char(' ') + messageKindKey(message.kind)];
    }
    QStringList out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.append(it.key() + QLatin1Char(' ') + QString::number(it.value()));
    return out.join(u'\n').toStdString();
}

std::string lines(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    out.sort();
    return out.join(u'\n').toStdString();
}

qint64 utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc()).toSecsSinceEpoch();
}

QString fixture(const char *name)
{
    const QString path = QStringLiteral(CAMPDESK_TEST_DATA "/capture/qq/") + QString::fromUtf8(name);
    const QByteArray bytes = readAll(path);
    EXPECT_FALSE(bytes.isEmpty()) << "missing fixture: " << path.toStdString();
    return TextDecoder::decode(bytes).text;
}

} // namespace

TEST(QQParserTest, ReadsAHeaderBlockWithoutAConversationName)
{
    const QString text
        = TextDecoder::decode(readAll(QStringLiteral(CAMPDESK_TEST_DATA "/capture/qq/header-block-only.txt"))).text;
    EXPECT_TRUE(QQParser::sniff(text));
    const Parsed parsed = parseQQ(text);
    ASSERT_EQ(parsed.messages.size(), 2);
    EXPECT_TRUE(parsed.report.chatName.isEmpty()) << "the block has no 消息对象";
    EXPECT_EQ(parsed.messages.at(0).senderName, QStringLiteral("小周"));
    EXPECT_EQ(parsed.messages.at(0).senderId, QStringLiteral("100001"));
    EXPECT_EQ(parsed.messages.at(0).text, QStringLiteral("早上好"));
    EXPECT_EQ(parsed.messages.at(0).line, 5);
    EXPECT_EQ(parsed.messages.at(1).time, utc(1999, 3, 7, 12, 34, 56));
}

TEST(QQParserTest, ReadsTheRealSample)
{
    CAMPDESK_SKIP_WITHOUT_SAMPLES();
    const QString path = samplePath(QStringLiteral("qq/qq-chat-history__tests_file.txt"));
    const QByteArray bytes = readAll(path);
    ASSERT_FALSE(bytes.isEmpty()) << "missing sample: " << path.toStdString();
    const QString text = TextDecoder::decode(bytes).text;
    EXPECT_TRUE(QQParser::sniff(text));
    const Parsed parsed = parseQQ(text);
    EXPECT_EQ(tally(parsed.messages), lines({"123123 text 1", "456456 text 1"}));
    ASSERT_EQ(parsed.messages.size(), 2);
    EXPECT_EQ(parsed.report.messages, 2);
    EXPECT_TRUE(parsed.report.chatName.isEmpty()) << "the sample's block has no 消息对象";
    const ChatMessage &a = parsed.messages.at(0);
    EXPECT_EQ(a.senderName, QStringLiteral("A"));
    EXPECT_EQ(a.text, QStringLiteral("A"));
    EXPECT_EQ(a.line, 5);
    EXPECT_EQ(a.time, utc(1883, 3, 7, 11, 22, 33));
    EXPECT_TRUE(a.sourceId.isEmpty());
    EXPECT_EQ(parsed.messages.at(1).line, 8);
    EXPECT_EQ(parsed.messages.at(1).time, utc(1883, 3, 7, 12, 34, 56));
    EXPECT_EQ(parsed.messages.at(1).text, QStringLiteral("B"));
}

TEST(QQParserTest, ReadsTheFullGroupFixture)
{
    const Parsed parsed = parseQQ(fixture("group-12h-crlf.utf8.txt"));
    EXPECT_EQ(parsed.report.chatName, QStringLiteral("晨跑训练营（PST 8pm | BJT 11am）"));
    EXPECT_TRUE(parsed.report.warnings.isEmpty());
    EXPECT_EQ(tally(parsed.messages),
              lines({
                  "10001234 text 1",
                  "10001234 media 1",
                  "lin.xiao@example.com media 1",
                  "lin.xiao@example.com text 1",
                  "20005678 text 1",
                  "30009999 media 1",
                  "123123 text 1",
                  "40004444 text 1",
                  "50005555 text 2",
                  "- recall 2",
                  "- join 2",
                  "- system 5",
              }));
    ASSERT_EQ(parsed.messages.size(), 19);
    EXPECT_EQ(parsed.report.messages, 19);

    // Badges are not part of the name; the id identifies the member.
    EXPECT_EQ(parsed.messages.at(0).senderName, QStringLiteral("营长-老周"));
    EXPECT_EQ(parsed.messages.at(0).line, 9);
    EXPECT_EQ(parsed.messages.at(0).time, utc(2023, 3, 1, 7, 5, 9));
    EXPECT_EQ(parsed.messages.at(16).senderName, QStringLiteral("营长-老周"));
    EXPECT_EQ(parsed.messages.at(16).kind, MessageKind::Media) << "[QQ红包] is a red packet";
    // E-mail id and an empty nickname.
    EXPECT_EQ(parsed.messages.at(1).senderId, QStringLiteral("lin.xiao@example.com"));
    EXPECT_EQ(parsed.messages.at(1).senderName, QStringLiteral("小林"));
    EXPECT_EQ(parsed.messages.at(2).senderName, QString());
    EXPECT_EQ(parsed.messages.at(2).senderId, QStringLiteral("20005678"));
    EXPECT_EQ(parsed.messages.at(2).time, utc(2023, 3, 1, 12, 10, 0)) << "12 PM is noon";
    // 12:30 AM is half past midnight; the last (...) is the id.
    EXPECT_EQ(parsed.messages.at(3).time, utc(2023, 3, 1, 0, 30, 15));
    EXPECT_EQ(parsed.messages.at(3).senderName, QStringLiteral("晚睡的人(B)"));
    EXPECT_EQ(parsed.messages.at(4).senderName, QStringLiteral("(A)"));
    EXPECT_EQ(parsed.messages.at(4).senderId, QStringLiteral("123123"));
    // Bare CRs and LFs inside a CRLF file are breaks inside the body.
    EXPECT_EQ(parsed.messages.at(4).text, QStringLiteral("活动\nhttp://example.com/a\n\n[表情]"));
    EXPECT_EQ(parsed.messages.at(4).kind, MessageKind::Text);
    EXPECT_EQ(parsed.messages.at(4).time, utc(2023, 3, 1, 13, 2, 3));
    EXPECT_EQ(parsed.messages.at(5).line, 27) << "every CR and LF counts as a line, as in an editor";
    EXPECT_EQ(parsed.messages.at(5).senderName, QStringLiteral("湖之仆从（PST 8pm | BJT 11am）"));
    EXPECT_EQ(parsed.messages.at(5).text, QStringLiteral("第一行\n第二行"));
    // <email> id; a blank line inside a body followed by text stays in the body,
    // and a time-only content line is no header.
    EXPECT_EQ(parsed.messages.at(6).senderId, QStringLiteral("lin.xiao@example.com"));
    EXPECT_EQ(parsed.messages.at(6).text, QStringLiteral("上半段\n\n下半段\n2006-01-02 15:04:05"));
    EXPECT_EQ(parsed.messages.at(6).line, 31);

    // System messages.
    const ChatMessage &recall = parsed.messages.at(7);
    EXPECT_EQ(recall.kind, MessageKind::Recall);
    EXPECT_TRUE(recall.senderId.isEmpty());
    EXPECT_TRUE(recall.senderName.isEmpty());
    EXPECT_EQ(recall.text, QStringLiteral("营长-老周撤回了一条消息"));
    EXPECT_EQ(parsed.messages.at(8).kind, MessageKind::Recall);
    EXPECT_EQ(parsed.messages.at(9).kind, MessageKind::Join);
    EXPECT_EQ(parsed.messages.at(9).subjects, QStringList {QStringLiteral("新来的小王")});
    EXPECT_EQ(parsed.messages.at(10).kind, MessageKind::Join) << "系统消息(1000000)";
    EXPECT_EQ(parsed.messages.at(10).subjects, QStringList {QStringLiteral("阿强")});
    for (int i = 11; i <= 15; ++i)
        EXPECT_EQ(parsed.messages.at(i).kind, MessageKind::System) << parsed.messages.at(i).text.toStdString();
    EXPECT_EQ(parsed.messages.at(14).text,
              QStringLiteral("[图片] 营长-老周 分享文件 15:07:00\n\"训练计划.docx\" 下载"));
    EXPECT_EQ(parsed.messages.at(14).line, 58);
    // Empty content, and content starting with a space.
    EXPECT_EQ(parsed.messages.at(17).text, QString());
    EXPECT_EQ(parsed.messages.at(17).kind, MessageKind::Text);
    EXPECT_EQ(parsed.messages.at(18).text, QStringLiteral(" /笑哭 早上跑了5公里"));
    EXPECT_EQ(parsed.messages.at(18).line, 70);
}

TEST(QQParserTest, DecodesGbkAndUtf16ToTheSameResult)
{
    const QByteArray utf8 = readAll(QStringLiteral(CAMPDESK_TEST_DATA "/capture/qq/group-12h-crlf.utf8.txt"));
    const QByteArray gbk = readAll(QStringLiteral(CAMPDESK_TEST_DATA "/capture/qq/group-12h-crlf.gbk.txt"));
    const QByteArray utf16 = readAll(QStringLiteral(CAMPDESK_TEST_DATA "/capture/qq/group-12h-crlf.utf16le.txt"));
    ASSERT_FALSE(utf8.isEmpty());
    ASSERT_FALSE(gbk.isEmpty());
    ASSERT_FALSE(utf16.isEmpty());
    const DecodedText fromUtf8 = TextDecoder::decode(utf8);
    const DecodedText fromGbk = TextDecoder::decode(gbk);
    const DecodedText fromUtf16 = TextDecoder::decode(utf16);
    EXPECT_EQ(fromGbk.encoding, QStringLiteral("GB18030"));
    EXPECT_EQ(fromUtf16.encoding, QStringLiteral("UTF-16LE"));
    EXPECT_EQ(fromGbk.text, fromUtf8.text);
    EXPECT_EQ(fromUtf16.text, fromUtf8.text);
    // UTF-16 without its BOM is found by the zero bytes of the ASCII characters.
    const DecodedText noBom = TextDecoder::decode(utf16.mid(2));
    EXPECT_EQ(noBom.encoding, QStringLiteral("UTF-16LE"));
    EXPECT_EQ(noBom.text, fromUtf8.text);

    const Parsed a = parseQQ(fromUtf8.text);
    const Parsed b = parseQQ(fromGbk.text);
    const Parsed c = parseQQ(fromUtf16.text);
    ASSERT_EQ(a.messages.size(), 19);
    ASSERT_EQ(b.messages.size(), a.messages.size());
    ASSERT_EQ(c.messages.size(), a.messages.size());
    for (qsizetype i = 0; i < a.messages.size(); ++i) {
        for (const Parsed *other : {&b, &c}) {
            const ChatMessage &x = a.messages.at(i);
            const ChatMessage &y = other->messages.at(i);
            EXPECT_EQ(x.senderId, y.senderId);
            EXPECT_EQ(x.senderName, y.senderName);
            EXPECT_EQ(x.time, y.time);
            EXPECT_EQ(x.kind, y.kind);
            EXPECT_EQ(x.text, y.text);
            EXPECT_EQ(x.subjects, y.subjects);
            EXPECT_EQ(x.line, y.line);
        }
    }
    EXPECT_EQ(b.report.chatName, a.report.chatName);
    EXPECT_EQ(c.report.chatName, a.report.chatName);
    EXPECT_TRUE(QQParser::sniff(fromGbk.text));
    EXPECT_TRUE(QQParser::sniff(fromUtf16.text));
}

TEST(QQParserTest, ReadsAnLfFileWith24HourTimesInTheGivenZone)
{
    const QString text = QStringLiteral("2017-01-01 8:36:52 16-护理-萧(xxxxxx@qq.com)\n"
                                        "好运2017，大家加油\n"
                                        "\n"
                                        "2017-01-01 9:09:03 (376259096)\n"
                                        "[图片][表情]\n"
                                        "\n"
                                        "2017-01-01 23:59:59 林肯\U0001F693(10086001)\n"
                                        "第一行\r第二行\n"
                                        "\n"
                                        "\n"
                                        "2017-01-02 0:00:01 \u200e【老司机】\u200b小\u00a0明 (10086002)\n"
                                        "@林肯\U0001F693 早\n");
    const Parsed parsed = parseQQ(text, QTimeZone("Asia/Shanghai"));
    EXPECT_EQ(tally(parsed.messages),
              lines({"xxxxxx@qq.com text 1", "376259096 media 1", "10086001 text 1", "10086002 text 1"}));
    ASSERT_EQ(parsed.messages.size(), 4);
    EXPECT_EQ(parsed.messages.at(0).time, utc(2017, 1, 1, 0, 36, 52)) << "08:36:52 in Shanghai";
    EXPECT_EQ(parsed.messages.at(0).senderName, QStringLiteral("16-护理-萧"));
    EXPECT_EQ(parsed.messages.at(1).senderName, QString());
    EXPECT_EQ(parsed.messages.at(2).senderName, QStringLiteral("林肯\U0001F693"));
    EXPECT_EQ(parsed.messages.at(2).text, QStringLiteral("第一行\n第二行"))
        << "a bare CR in an LF file breaks the body";
    EXPECT_EQ(parsed.messages.at(3).line, 12);
    EXPECT_EQ(parsed.messages.at(3).senderName, QStringLiteral("小\u00a0明")) << "invisible marks and badges go";
    EXPECT_EQ(parsed.messages.at(3).time, utc(2017, 1, 1, 16, 0, 1));
}

TEST(QQParserTest, PrivateChatsNeedANonEmptyName)
{
    const QString text = QStringLiteral("消息记录（此消息记录为文本格式，不支持重新导入）\n"
                                        "\n"
                                        "================================================================\n"
                                        "消息分组：我的好友\n"
                                        "================================================================\n"
                                        "消息对象：B\n"
                                        "================================================================\n"
                                        "\n"
                                        "1883-03-07 11:22:33 A\n"
                                        "A\n"
                                        "\n"
                                        "2006-01-02 15:04:05\n"
                                        "\n"
                                        "1883-03-07 12:34:56 B\n"
                                        "B\n");
    EXPECT_TRUE(QQParser::sniff(text));
    const Parsed parsed = parseQQ(text);
    EXPECT_EQ(parsed.report.chatName, QStringLiteral("B"));
    EXPECT_EQ(tally(parsed.messages), lines({"name:A text 1", "name:B text 1"}));
    ASSERT_EQ(parsed.messages.size(), 2);
    EXPECT_EQ(parsed.messages.at(0).text, QStringLiteral("A\n\n2006-01-02 15:04:05"));
    EXPECT_TRUE(parsed.messages.at(0).senderId.isEmpty());
}

// A 全部消息记录 export holds every conversation: the group to import is the
// operator's to name (the first group is no better a guess than the last);
// the others are named in a warning.
TEST(QQParserTest, ImportsTheGroupTheOperatorNamesOfSeveralConversationsAndWarns)
{
    const QString rule = QStringLiteral("================================================================\r\n");
    const QString text = QStringLiteral("消息记录（此消息记录为文本格式，不支持重新导入）\r\n\r\n") + rule
        + QStringLiteral("消息分组:我的好友\r\n") + rule + QStringLiteral("消息对象:老同学\r\n") + rule
        + QStringLiteral("\r\n2020-05-01 10:00:00 老同学\r\n在吗\r\n\r\n") + rule
        + QStringLiteral("消息分组:我的群聊\r\n") + rule + QStringLiteral("消息对象:跑步群\r\n") + rule
        + QStringLiteral("\r\n2020-05-01 11:00:00 阿强(10001)\r\n=====\r\n\r\n跑了\r\n\r\n"
                         "2020-05-01 11:01:00 系统消息(10000)\r\n阿明加入本群\r\n\r\n")
        + rule + QStringLiteral("消息分组:我的群聊\r\n") + rule + QStringLiteral("消息对象:读书群\r\n") + rule
        + QStringLiteral("\r\n2020-05-01 12:00:00 阿花(10002)\r\n读完了\r\n\r\n");
    ParseOptions unchosen;
    unchosen.zone = QTimeZone::utc();
    const auto refused = QQParser::parse(text, unchosen, [](ChatMessage &&) { return true; });
    ASSERT_FALSE(refused.has_value());
    // Only the groups are offered; the friend 老同学 is no camp.
    EXPECT_EQ(refused.error().choices, QStringList({QStringLiteral("跑步群"), QStringLiteral("读书群")}));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("“读书群”")));

    const Parsed reading = parseQQ(text, QTimeZone::utc(), QStringLiteral("读书群"));
    EXPECT_EQ(reading.report.chatName, QStringLiteral("读书群"));
    EXPECT_EQ(tally(reading.messages), lines({"10002 text 1"}));

    const Parsed parsed = parseQQ(text, QTimeZone::utc(), QStringLiteral("跑步群"));
    EXPECT_EQ(parsed.report.chatName, QStringLiteral("跑步群"));
    EXPECT_EQ(tally(parsed.messages), lines({"10001 text 1", "- join 1"}));
    ASSERT_EQ(parsed.messages.size(), 2);
    EXPECT_EQ(parsed.messages.at(0).text, QStringLiteral("=====\n\n跑了")) << "a member's rule is no block";
    ASSERT_EQ(parsed.report.warnings.size(), 1);
    EXPECT_TRUE(parsed.report.warnings.first().message.contains(QStringLiteral("老同学")));
    EXPECT_TRUE(parsed.report.warnings.first().message.contains(QStringLiteral("读书群")));
    EXPECT_TRUE(parsed.report.warnings.first().message.contains(QStringLiteral("跑步群")));
}

TEST(QQParserTest, CancelsWhenTheSinkSaysSo)
{
    int seen = 0;
    ParseOptions options;
    options.zone = QTimeZone::utc();
    const auto report
        = QQParser::parse(fixture("group-12h-crlf.utf8.txt"), options, [&](ChatMessage &&) { return ++seen < 3; });
    ASSERT_TRUE(report.has_value());
    EXPECT_TRUE(report->cancelled);
    EXPECT_EQ(seen, 3);
}

TEST(QQParserTest, CancelsFromProgress)
{
    QString text;
    for (int i = 0; i < 5000; ++i)
        text += QStringLiteral("2023-03-01 7:05:09 阿强(10001)\n第%1条\n\n").arg(i);
    ParseOptions options;
    options.zone = QTimeZone::utc();
    int calls = 0;
    options.progress = [&](double fraction) {
        ++calls;
        EXPECT_GT(fraction, 0.0);
        EXPECT_LE(fraction, 1.0);
        return false;
    };
    int seen = 0;
    const auto report = QQParser::parse(text, options, [&](ChatMessage &&) { return ++seen > 0; });
    ASSERT_TRUE(report.has_value());
    EXPECT_TRUE(report->cancelled);
    EXPECT_EQ(calls, 1);
    EXPECT_EQ(seen, 4096);
}

TEST(QQParserTest, FailsOnOtherFilesNamingTheLine)
{
    ParseOptions options;
    const auto sink = [](ChatMessage &&) { return true; };
    const auto whatsapp = QQParser::parse(QStringLiteral("1/29/18, 12:24 PM - Alice: hi\n"), options, sink);
    ASSERT_FALSE(whatsapp.has_value());
    EXPECT_TRUE(whatsapp.error().message.startsWith(QStringLiteral("Line 1: expected a QQ message header")))
        << whatsapp.error().message.toStdString();
    const auto late = QQParser::parse(QStringLiteral("===\n消息对象:X\n===\n\n\nhello\n"), options, sink);
    ASSERT_FALSE(late.has_value());
    EXPECT_TRUE(late.error().message.startsWith(QStringLiteral("Line 6:"))) << late.error().message.toStdString();
    EXPECT_FALSE(QQParser::parse(QString(), options, sink).has_value());
}

TEST(QQParserTest, SniffAcceptsQQAndRejectsEveryOtherFormat)
{
    EXPECT_TRUE(QQParser::sniff(fixture("group-12h-crlf.utf8.txt")));
    EXPECT_TRUE(QQParser::sniff(u"2017-01-01 8:36:52 萧(xxxxxx@qq.com)\n好运\n\n"));
    EXPECT_FALSE(QQParser::sniff(u""));
    EXPECT_FALSE(QQParser::sniff(u"AuthorID,Author,Date,Content,Attachments,Reactions\n\"1\",\"a#0001\",\"01-Jan-20 "
                                 u"01:33 AM\",\"hi\",\"\",\"\"\n"));
    EXPECT_FALSE(QQParser::sniff(u"姓名,昵称,手机,城市\n张三,小张,13800000000,北京\n"));
    EXPECT_FALSE(QQParser::sniff(u"2023-08-12 23:22:41 张三\n你好\n\n2023-08-12 23:22:45 李四\n好\n\n"))
        << "MemoTrace TXT";
    const char *samples[] = {
        "/wechat/WeClone__example_chat__PyWxDump_v1.csv",
        "/whatsapp/WhatsR__englishandroid24h.txt",
        "/whatsapp/whatstk__example-12h.txt",
        "/telegram/chat-miner__test_single_export.json",
        "/discord/chat-analytics__DM_2A_2M.json",
        "/jielong/meal-chain-helper__sample_today_chain.txt",
    };
    for (const char *sample : samples) {
        if (!samplesAvailable())
            break;
        const QByteArray bytes = readAll(samplePath(QString::fromUtf8(sample)));
        ASSERT_FALSE(bytes.isEmpty()) << "missing sample: " << sample;
        EXPECT_FALSE(QQParser::sniff(TextDecoder::decode(bytes).text)) << sample;
    }
    const char *fixtures[]
        = {"memotrace-group.csv", "memotrace-group.txt", "pywxdump-v2-group.csv", "pywxdump-v2-excel.csv"};
    for (const char *name : fixtures) {
        const QByteArray bytes
            = readAll(QStringLiteral(CAMPDESK_TEST_DATA "/capture/wechat/") + QString::fromUtf8(name));
        ASSERT_FALSE(bytes.isEmpty()) << "missing fixture: " << name;
        EXPECT_FALSE(QQParser::sniff(TextDecoder::decode(bytes).text)) << name;
    }
}

// A line where a header would be that begins like one but reads as none (a
// time cut short) stays in the message above, and the import says so.
TEST(QQParserTest, ALineThatBeginsLikeAHeaderButIsNoneIsKeptAndSaid)
{
    const Parsed p = parseQQ(QStringLiteral("2024-03-05 21:15:00 张三(10001)\n打卡\n\n"
                                            "2024-03-05 9:0 李四(10002)\n[图片]\n\n"
                                            "2024-03-05 21:17:00 张三(10001)\n晚安\n"));
    ASSERT_EQ(p.messages.size(), 2);
    EXPECT_TRUE(p.messages.first().text.contains(QStringLiteral("2024-03-05 9:0 李四(10002)")));
    ASSERT_EQ(p.report.warnings.size(), 1);
    EXPECT_EQ(p.report.warnings.first().line, 4);
    EXPECT_EQ(p.report.warnings.first().skipped, 0);
    EXPECT_TRUE(p.report.warnings.first().message.contains(QStringLiteral("2024-03-05 9:0")))
        << p.report.warnings.first().message.toStdString();
}
