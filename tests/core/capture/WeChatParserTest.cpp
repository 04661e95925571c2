#include "core/capture/WeChatParser.h"

#include "core/capture/QQParser.h"
#include "core/roster/TextDecoder.h"
#include "tests/support/Samples.h"
#include "tests/support/TempWorkspace.h"

#include <QDateTime>
#include <QMap>

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

namespace {

using ParseFunction = Result<ParseReport> (*)(QStringView, const ParseOptions &, const MessageSink &);

struct Parsed {
    QList<ChatMessage> messages;
    ParseReport report;
};

Parsed parseWith(ParseFunction parse, const QString &text, QTimeZone zone = QTimeZone("Asia/Shanghai"))
{
    Parsed parsed;
    ParseOptions options;
    options.zone = zone;
    auto report = parse(text, options, [&](ChatMessage &&message) {
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

QString wechatFixture(const char *name)
{
    const QString path = QStringLiteral(CAMPDESK_TEST_DATA "/capture/wechat/") + QString::fromUtf8(name);
    const QByteArray bytes = readAll(path);
    EXPECT_FALSE(bytes.isEmpty()) << "missing fixture: " << path.toStdString();
    return TextDecoder::decode(bytes).text;
}

// A fixture of another format (tests/data/capture/<format>/<name>).
QString otherFixture(const char *relative)
{
    return TextDecoder::decode(readAll(QStringLiteral(CAMPDESK_TEST_DATA "/capture/") + QString::fromUtf8(relative)))
        .text;
}

QString sample(const char *name)
{
    const QString path = samplePath(QString::fromUtf8(name));
    const QByteArray bytes = readAll(path);
    EXPECT_FALSE(bytes.isEmpty()) << "missing sample: " << path.toStdString();
    return TextDecoder::decode(bytes).text;
}

const MessageSink acceptAll = [](ChatMessage &&) { return true; };

} // namespace

// ---- PyWxDump ----------------------------------------------------------------------

TEST(PyWxDumpCsvParserTest, ReadsTheV1Layout)
{
    const QString text = wechatFixture("pywxdump-v1.csv");
    EXPECT_TRUE(PyWxDumpCsvParser::sniff(text));
    const Parsed parsed = parseWith(&PyWxDumpCsvParser::parse, text);
    EXPECT_EQ(tally(parsed.messages),
              lines({"name:我 text 2", "wxid_friend01 text 1", "wxid_friend01 media 1", "- system 1"}));
    ASSERT_EQ(parsed.messages.size(), 5);
    EXPECT_TRUE(parsed.report.warnings.isEmpty());
    EXPECT_EQ(parsed.messages.at(0).kind, MessageKind::System);
    EXPECT_EQ(parsed.messages.at(0).text, QStringLiteral("你已添加了小周，现在可以开始聊天了。"))
        << "the msg of the JSON cell";
    EXPECT_TRUE(parsed.messages.at(1).fromSelf) << "我 is the account that made the export";
    EXPECT_EQ(parsed.messages.at(3).kind, MessageKind::Media);
    EXPECT_EQ(parsed.messages.last().text, QStringLiteral("好，七点见")) << "no final newline";
    EXPECT_EQ(parsed.messages.last().time, utc(2023, 8, 13, 6, 15, 14));
}

TEST(PyWxDumpCsvParserTest, ReadsTheRealV1Sample)
{
    CAMPDESK_SKIP_WITHOUT_SAMPLES();
    const QString text = sample("/wechat/WeClone__example_chat__PyWxDump_v1.csv");
    ASSERT_FALSE(text.isEmpty()) << "missing sample WeClone__example_chat__PyWxDump_v1.csv";
    EXPECT_TRUE(PyWxDumpCsvParser::sniff(text));
    const Parsed parsed = parseWith(&PyWxDumpCsvParser::parse, text);
    EXPECT_EQ(tally(parsed.messages),
              lines({
                  "name:我 text 16",
                  "name:我 media 4",
                  "xinglaifaxianzhe text 10",
                  "xinglaifaxianzhe media 4",
                  "- system 1",
              }));
    ASSERT_EQ(parsed.messages.size(), 35);
    EXPECT_EQ(parsed.report.messages, 35);
    EXPECT_EQ(parsed.report.chatName, QStringLiteral("xinglaifaxianzhe"));
    EXPECT_TRUE(parsed.report.warnings.isEmpty());

    const ChatMessage &first = parsed.messages.at(0);
    EXPECT_EQ(first.kind, MessageKind::System);
    EXPECT_EQ(first.text, QStringLiteral("你已添加了白桃乌龙，现在可以开始聊天了。"));
    EXPECT_TRUE(first.senderId.isEmpty());
    EXPECT_EQ(first.time, utc(2023, 8, 12, 15, 22, 41)) << "23:22:41 in Shanghai";
    EXPECT_EQ(first.sourceId, QStringLiteral("953020244103908134"));
    EXPECT_EQ(first.line, 2);

    const ChatMessage &mine = parsed.messages.at(1);
    EXPECT_EQ(mine.senderName, QStringLiteral("我"));
    EXPECT_TRUE(mine.senderId.isEmpty());
    EXPECT_EQ(mine.text, QStringLiteral("哦吼"));
    const ChatMessage &sticker = parsed.messages.at(4);
    EXPECT_EQ(sticker.kind, MessageKind::Media);
    EXPECT_EQ(sticker.text, QStringLiteral("表情"));
    EXPECT_EQ(sticker.senderId, QStringLiteral("xinglaifaxianzhe"));
    EXPECT_EQ(sticker.senderName, QStringLiteral("xinglaifaxianzhe"));
    const ChatMessage &photo = parsed.messages.at(14);
    EXPECT_EQ(photo.kind, MessageKind::Media);
    EXPECT_EQ(photo.text, QStringLiteral("图片"));
    EXPECT_EQ(photo.sourceId, QStringLiteral("2311761750664470975"));
    EXPECT_EQ(photo.line, 16);
    EXPECT_EQ(parsed.messages.last().text, QStringLiteral("哈哈哈好像是")) << "no final newline";
    EXPECT_EQ(parsed.messages.last().time, utc(2023, 8, 13, 6, 15, 14));
}

TEST(PyWxDumpCsvParserTest, ReadsTheV2LayoutOfAGroup)
{
    const Parsed parsed = parseWith(&PyWxDumpCsvParser::parse, wechatFixture("pywxdump-v2-group.csv"));
    EXPECT_EQ(tally(parsed.messages),
              lines({
                  "wxid_lin001 text 1",
                  "wxid_lin001 media 1",
                  "name:我 text 1",
                  "name:我 media 1",
                  "- join 1",
                  "- recall 1",
                  "- pat 1",
                  "wxid_wang002 text 1",
                  "wxid_wang002 media 1",
                  "name:王子涵 text 1",
              }));
    ASSERT_EQ(parsed.messages.size(), 10);
    EXPECT_EQ(parsed.report.chatName, QStringLiteral("12345678@chatroom"));
    EXPECT_EQ(parsed.messages.at(2).text, QStringLiteral("多行\n消息"));
    EXPECT_EQ(parsed.messages.at(3).subjects, QStringList {QStringLiteral("陈浩然")});
    EXPECT_EQ(parsed.messages.at(3).line, 6);
    EXPECT_EQ(parsed.messages.at(4).text, QStringLiteral("你撤回了一条消息"));
    EXPECT_EQ(parsed.messages.at(6).kind, MessageKind::Text) << "a reply is text";
    EXPECT_EQ(parsed.messages.at(6).line, 9);
    EXPECT_EQ(parsed.messages.at(7).kind, MessageKind::Media) << "语音";
    EXPECT_EQ(parsed.messages.at(9).sourceId, QStringLiteral("7001000000000000010"));
}

TEST(PyWxDumpCsvParserTest, ReadsAnExcelResavedFile)
{
    const Parsed parsed = parseWith(&PyWxDumpCsvParser::parse, wechatFixture("pywxdump-v2-excel.csv"));
    EXPECT_EQ(tally(parsed.messages), lines({"12345abcde media 1", "12345abcde text 1", "test_person text 2"}));
    ASSERT_EQ(parsed.messages.size(), 4);
    EXPECT_EQ(parsed.messages.at(0).time, utc(2024, 10, 4, 3, 42, 0)) << "2024/10/4 11:42 in Shanghai";
    EXPECT_TRUE(parsed.messages.at(0).sourceId.isEmpty()) << "7.437E+18 is no unique id";
    EXPECT_EQ(parsed.messages.at(1).text, QStringLiteral("FALSE"));
    EXPECT_EQ(parsed.messages.at(1).kind, MessageKind::Text);
    EXPECT_EQ(parsed.messages.at(3).time, utc(2024, 10, 4, 1, 3, 0));
    EXPECT_EQ(parsed.messages.at(3).text, QString());
    ASSERT_EQ(parsed.report.warnings.size(), 1);
    EXPECT_EQ(parsed.report.warnings.first().line, 6);
    EXPECT_TRUE(parsed.report.warnings.first().message.startsWith(QStringLiteral("Line 6:")));
}

TEST(PyWxDumpCsvParserTest, CancelsAndFails)
{
    int seen = 0;
    const auto report = PyWxDumpCsvParser::parse(wechatFixture("pywxdump-v1.csv"), ParseOptions {},
                                                 [&](ChatMessage &&) { return ++seen < 3; });
    ASSERT_TRUE(report.has_value());
    EXPECT_TRUE(report->cancelled);
    EXPECT_EQ(seen, 3);

    const auto wrong
        = PyWxDumpCsvParser::parse(u"AuthorID,Author,Date,Content,Attachments,Reactions\n", ParseOptions {}, acceptAll);
    ASSERT_FALSE(wrong.has_value());
    EXPECT_TRUE(wrong.error().message.startsWith(QStringLiteral("Line 1: expected a PyWxDump CSV header")))
        << wrong.error().message.toStdString();
}

// ---- MemoTrace CSV -----------------------------------------------------------------

TEST(MemoTraceCsvParserTest, ReadsAGroupExport)
{
    const QString text = wechatFixture("memotrace-group.csv");
    EXPECT_TRUE(MemoTraceCsvParser::sniff(text));
    const Parsed parsed = parseWith(&MemoTraceCsvParser::parse, text);
    EXPECT_EQ(tally(parsed.messages),
              lines({
                  "wxid_lin001 text 2",
                  "wxid_wang002 text 1",
                  "wxid_wang002 media 1",
                  "wxid_me000 media 1",
                  "name:我 text 1",
                  "name:TalkerId 5 text 1",
                  "wxid_only007 text 1",
                  "- join 3",
                  "- recall 3",
                  "- pat 2",
                  "- leave 1",
                  "- system 1",
              }));
    ASSERT_EQ(parsed.messages.size(), 18);

    const ChatMessage &first = parsed.messages.at(0);
    EXPECT_EQ(first.senderName, QStringLiteral("林晓雨")) << "Remark before NickName";
    EXPECT_EQ(first.time, 1677628800) << "CreateTime is the time";
    EXPECT_EQ(first.sourceId, QStringLiteral("1"));
    EXPECT_EQ(first.line, 2);
    EXPECT_EQ(parsed.messages.at(1).text, QStringLiteral("第一行\n第二行, 带逗号"));
    EXPECT_EQ(parsed.messages.at(1).senderName, QStringLiteral("王子涵")) << "NickName when Remark is empty";
    EXPECT_EQ(parsed.messages.at(2).kind, MessageKind::Media);
    EXPECT_EQ(parsed.messages.at(2).line, 5);
    EXPECT_EQ(parsed.messages.at(3).senderName, QStringLiteral("wxid_me000")) << "Sender when both names are empty";
    EXPECT_EQ(parsed.messages.at(4).senderName, QStringLiteral("我"));

    EXPECT_EQ(parsed.messages.at(5).kind, MessageKind::Join);
    EXPECT_EQ(parsed.messages.at(5).subjects, (QStringList {QStringLiteral("陈浩然"), QStringLiteral("赵敏")}));
    EXPECT_EQ(parsed.messages.at(5).text, QStringLiteral("\"林晓雨\"邀请\"陈浩然、赵敏\"加入了群聊"));
    EXPECT_EQ(parsed.messages.at(6).subjects, QStringList {QStringLiteral("陈浩然")}) << "QR-code join";
    EXPECT_EQ(parsed.messages.at(7).kind, MessageKind::Recall);
    EXPECT_EQ(parsed.messages.at(8).kind, MessageKind::Recall);
    EXPECT_EQ(parsed.messages.at(8).text, QStringLiteral("你撤回了一条消息"));
    EXPECT_EQ(parsed.messages.at(9).kind, MessageKind::Pat);
    EXPECT_EQ(parsed.messages.at(10).kind, MessageKind::Leave);
    EXPECT_EQ(parsed.messages.at(10).subjects, QStringList {QStringLiteral("赵敏")});
    EXPECT_EQ(parsed.messages.at(11).kind, MessageKind::System);

    const ChatMessage &jielong = parsed.messages.at(12);
    EXPECT_EQ(jielong.kind, MessageKind::Text) << "appmsg type 53 is a 接龙";
    EXPECT_EQ(jielong.text, QStringLiteral("#接龙\n晨跑打卡\n1. 林晓雨 5公里"));
    EXPECT_EQ(jielong.senderId, QStringLiteral("wxid_lin001"));
    EXPECT_EQ(jielong.line, 15);
    EXPECT_EQ(parsed.messages.at(13).kind, MessageKind::Pat) << "sysmsg pat";
    EXPECT_EQ(parsed.messages.at(13).line, 18);
    EXPECT_EQ(parsed.messages.at(14).kind, MessageKind::Recall) << "sysmsg revokemsg";
    EXPECT_EQ(parsed.messages.at(15).kind, MessageKind::Join) << "sysmsgtemplate";
    EXPECT_EQ(parsed.messages.at(15).subjects, (QStringList {QStringLiteral("孙丽"), QStringLiteral("周杰")}));
    EXPECT_EQ(parsed.messages.at(16).line, 21);
    EXPECT_EQ(parsed.messages.at(16).text, QStringLiteral("只有九列"));
    EXPECT_EQ(parsed.messages.at(17).line, 23);

    ASSERT_EQ(parsed.report.warnings.size(), 2);
    EXPECT_EQ(parsed.report.warnings.at(0).line, 22) << "a row of 4 values is skipped";
    EXPECT_EQ(parsed.report.warnings.at(1).line, 21) << "ragged rows are read with a warning";
}

TEST(MemoTraceCsvParserTest, ReadsRaggedPrivateChatRows)
{
    const QString text = QStringLiteral(
        "localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender\r\n"
        "1854662,217,1,0,0,1628863878,,我通过了你的朋友验证请求，现在我们可以开始聊天了,2021-08-13 22:11:18\r\n"
        "1854663,217,1,0,1,1628863900,,你好,2021-08-13 22:11:40\r\n"
        "1854664,217,34,0,0,,,,2021-08-13 22:12:00\r\n");
    const Parsed parsed = parseWith(&MemoTraceCsvParser::parse, text);
    EXPECT_EQ(tally(parsed.messages),
              lines({"name:TalkerId 217 text 1", "name:TalkerId 217 media 1", "name:我 text 1"}));
    ASSERT_EQ(parsed.messages.size(), 3);
    EXPECT_EQ(parsed.messages.at(2).time, utc(2021, 8, 13, 14, 12, 0)) << "StrTime when CreateTime is missing";
    ASSERT_EQ(parsed.report.warnings.size(), 1);
    EXPECT_EQ(parsed.report.warnings.first().line, 2);
}

// A content whose closing quote was lost runs on into the next rows until a
// quote of theirs closes it: one row of more cells than the header, which
// was read as one message while the rows in it were lost without a word.
TEST(MemoTraceCsvParserTest, ARowThatSwallowsTheNextRowsIsNotImportedAndSaysWhichLines)
{
    const QString text = QStringLiteral(
        "localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender\r\n"
        "1,217,1,0,0,1628863878,,\"打卡 第一天,2021-08-13 22:11:18,,小林,wxid_a\r\n"
        "2,217,1,0,0,1628863900,,\"打卡\",2021-08-13 22:11:40,,小王,wxid_b\r\n"
        "3,217,1,0,0,1628863960,,\"第二行\n还是这条\",2021-08-13 22:12:40,,小陈,wxid_c\r\n");
    const Parsed parsed = parseWith(&MemoTraceCsvParser::parse, text);
    ASSERT_EQ(parsed.messages.size(), 1);
    EXPECT_EQ(parsed.messages.first().senderName, QStringLiteral("小陈"));
    EXPECT_EQ(parsed.messages.first().text, QStringLiteral("第二行\n还是这条")) << "a quoted line break is no run-on";
    ASSERT_EQ(parsed.report.warnings.size(), 1);
    EXPECT_EQ(parsed.report.warnings.first().line, 2);
    EXPECT_EQ(parsed.report.warnings.first().skipped, 2);
    EXPECT_TRUE(parsed.report.warnings.first().message.contains(u"Lines 2 to 3"))
        << parsed.report.warnings.first().message.toStdString();
}

TEST(MemoTraceCsvParserTest, CancelsAndFails)
{
    int seen = 0;
    const auto report = MemoTraceCsvParser::parse(wechatFixture("memotrace-group.csv"), ParseOptions {},
                                                  [&](ChatMessage &&) { return ++seen < 2; });
    ASSERT_TRUE(report.has_value());
    EXPECT_TRUE(report->cancelled);
    EXPECT_EQ(seen, 2);

    const auto wrong = MemoTraceCsvParser::parse(wechatFixture("pywxdump-v1.csv"), ParseOptions {}, acceptAll);
    ASSERT_FALSE(wrong.has_value());
    EXPECT_TRUE(wrong.error().message.startsWith(QStringLiteral("Line 1: expected the MemoTrace CSV header")))
        << wrong.error().message.toStdString();
}

// ---- MemoTrace TXT -----------------------------------------------------------------

TEST(MemoTraceTextParserTest, ReadsAGroupExport)
{
    const QString text = wechatFixture("memotrace-group.txt");
    EXPECT_TRUE(MemoTraceTextParser::sniff(text));
    const Parsed parsed = parseWith(&MemoTraceTextParser::parse, text);
    EXPECT_EQ(tally(parsed.messages),
              lines({
                  "name:林晓雨 text 2",
                  "name:Zhang San Feng text 1",
                  "name:Zhang San Feng media 1",
                  "name:王 子涵 media 2",
                  "name:王 子涵 text 1",
                  "- join 2",
                  "- recall 1",
                  "- pat 1",
              }));
    ASSERT_EQ(parsed.messages.size(), 11);
    EXPECT_EQ(parsed.messages.at(0).time, utc(2023, 3, 1, 0, 0, 0)) << "08:00:00 in Shanghai";
    EXPECT_EQ(parsed.messages.at(0).text, QStringLiteral("早上好"));
    EXPECT_TRUE(parsed.messages.at(0).senderId.isEmpty());
    EXPECT_EQ(parsed.messages.at(1).line, 4);
    EXPECT_EQ(parsed.messages.at(1).text, QStringLiteral("第一行\n\n第三行（空行之后）"));
    const ChatMessage &join = parsed.messages.at(2);
    EXPECT_EQ(join.line, 9);
    EXPECT_EQ(join.kind, MessageKind::Join);
    EXPECT_TRUE(join.senderName.isEmpty());
    EXPECT_EQ(join.subjects, (QStringList {QStringLiteral("陈浩然"), QStringLiteral("赵敏")}));
    EXPECT_EQ(parsed.messages.at(3).kind, MessageKind::Recall);
    EXPECT_EQ(parsed.messages.at(7).text, QStringLiteral("回复内容\n引用:Zhang San Feng:第一行"));
    EXPECT_EQ(parsed.messages.at(8).text, QStringLiteral("2023-03-01 08:09:00 这行是内容不是消息头"));
    EXPECT_EQ(parsed.messages.at(9).kind, MessageKind::Media) << "a link card";
    EXPECT_EQ(parsed.messages.at(10).line, 35);
    EXPECT_EQ(parsed.messages.at(10).subjects, QStringList {QStringLiteral("陈浩然")});
}

TEST(MemoTraceTextParserTest, TellsEmptyMessagesFromSystemLines)
{
    const QString text = QStringLiteral("2023-03-01 08:00:00 林晓雨\n\n\n"
                                        "2023-03-01 08:01:00 你已添加了林晓雨，现在可以开始聊天了。\n\n"
                                        "2023-03-01 08:02:00 林晓雨\r\n好\r\n\r\n");
    const Parsed parsed = parseWith(&MemoTraceTextParser::parse, text);
    EXPECT_EQ(tally(parsed.messages), lines({"name:林晓雨 text 2", "- system 1"}));
    ASSERT_EQ(parsed.messages.size(), 3);
    EXPECT_EQ(parsed.messages.at(2).text, QStringLiteral("好"));
}

TEST(MemoTraceTextParserTest, ClassifiesEverySystemTextForm)
{
    const QStringList notices = {
        QStringLiteral("你邀请\"李四\"加入了群聊"),
        QStringLiteral("\"张三\"邀请你加入了群聊，群聊参与人还有：A、B"),
        QStringLiteral("你通过扫描\"张三\"分享的二维码加入群聊"),
        QStringLiteral("\"王五\"通过扫描你分享的二维码加入群聊"),
        QStringLiteral("\"$username$\"邀请\"$names$\"加入了群聊"),
        QStringLiteral("\"王五\"退出了群聊"),
        QStringLiteral("\"张三\"将\"王五\"移出了群聊"),
        QStringLiteral("管理员\"张三\"撤回了一条成员消息"),
        QStringLiteral("\"李四\"撤回了一条消息"),
        QStringLiteral("我拍了拍 \"张三\""),
        QStringLiteral("\"张三\" 拍了拍自己"),
        QStringLiteral("张三修改群名为“晨跑营”"),
        QStringLiteral("以上是打招呼的内容"),
        QStringLiteral("\"王五\"与群里其他人都不是朋友关系，请注意隐私安全"),
    };
    QString text;
    for (int i = 0; i < notices.size(); ++i)
        text += QStringLiteral("2023-03-01 08:%1:00 %2\n\n").arg(i, 2, 10, QLatin1Char('0')).arg(notices.at(i));
    const Parsed parsed = parseWith(&MemoTraceTextParser::parse, text);
    ASSERT_EQ(parsed.messages.size(), notices.size());
    const auto check = [&](int i, MessageKind kind, const QStringList &subjects) {
        EXPECT_EQ(parsed.messages.at(i).kind, kind) << notices.at(i).toStdString();
        EXPECT_EQ(parsed.messages.at(i).subjects, subjects) << notices.at(i).toStdString();
        EXPECT_TRUE(parsed.messages.at(i).senderName.isEmpty());
        EXPECT_EQ(parsed.messages.at(i).text, notices.at(i));
    };
    const QString me = QStringLiteral("我");
    check(0, MessageKind::Join, {QStringLiteral("李四")});
    check(1, MessageKind::Join, {me});
    check(2, MessageKind::Join, {me});
    check(3, MessageKind::Join, {QStringLiteral("王五")});
    check(4, MessageKind::Join, {}); // an unresolved template names nobody
    check(5, MessageKind::Leave, {QStringLiteral("王五")});
    check(6, MessageKind::Leave, {QStringLiteral("王五")});
    check(7, MessageKind::Recall, {});
    check(8, MessageKind::Recall, {});
    check(9, MessageKind::Pat, {});
    check(10, MessageKind::Pat, {});
    check(11, MessageKind::System, {});
    check(12, MessageKind::System, {});
    check(13, MessageKind::System, {});
}

TEST(MemoTraceTextParserTest, CancelsAndFails)
{
    int seen = 0;
    const auto report = MemoTraceTextParser::parse(wechatFixture("memotrace-group.txt"), ParseOptions {},
                                                   [&](ChatMessage &&) { return ++seen < 2; });
    ASSERT_TRUE(report.has_value());
    EXPECT_TRUE(report->cancelled);
    EXPECT_EQ(seen, 2);

    const auto wrong = MemoTraceTextParser::parse(u"\n1/29/18, 12:24 PM - Alice: hi\n", ParseOptions {}, acceptAll);
    ASSERT_FALSE(wrong.has_value());
    EXPECT_TRUE(wrong.error().message.startsWith(QStringLiteral("Line 2: expected a MemoTrace message header")))
        << wrong.error().message.toStdString();
    EXPECT_FALSE(MemoTraceTextParser::parse(u"", ParseOptions {}, acceptAll).has_value());
}

// ---- sniffing ------------------------------------------------------------------------

TEST(WeChatParserTest, EachSnifferAcceptsOnlyItsOwnFormat)
{
    struct Case {
        const char *label;
        QString text;
        bool memoCsv;
        bool memoText;
        bool pyWxDump;
    };
    const QList<Case> cases = {
        {"memotrace csv", wechatFixture("memotrace-group.csv"), true, false, false},
        {"memotrace txt", wechatFixture("memotrace-group.txt"), false, true, false},
        {"pywxdump v1", wechatFixture("pywxdump-v1.csv"), false, false, true},
        {"pywxdump v2", wechatFixture("pywxdump-v2-group.csv"), false, false, true},
        {"pywxdump excel", wechatFixture("pywxdump-v2-excel.csv"), false, false, true},
        {"qq header block", otherFixture("qq/header-block-only.txt"), false, false, false},
        {"qq fixture",
         TextDecoder::decode(readAll(QStringLiteral(CAMPDESK_TEST_DATA "/capture/qq/group-12h-crlf.utf8.txt"))).text,
         false, false, false},
        {"qq without block",
         QStringLiteral("2017-01-01 08:36:52 萧(123456)\n好运\n\n2017-01-01 09:00:00 林(654321)\n嗯\n\n"), false, false,
         false},
        {"discord csv",
         QStringLiteral(
             "AuthorID,Author,Date,Content,Attachments,Reactions\n"
             "\"456226577798135808\",\"Deleted User#0000\",\"01-Jan-20 01:33 AM\",\"Hello World\",\"\",\"\"\n"),
         false, false, false},
        {"roster csv", QStringLiteral("序号,姓名,群昵称,手机号,城市\n1,林晓雨,晨跑-林晓雨,13800000000,杭州\n"), false,
         false, false},
        {"whatsapp", otherFixture("whatsapp/android-24h.txt"), false, false, false},
        {"whatsapp iso", otherFixture("whatsapp/iso-12h.txt"), false, false, false},
        {"telegram", otherFixture("telegram/single-chat.json"), false, false, false},
        {"discord json", otherFixture("discord/direct-message.json"), false, false, false},
        {"jielong", otherFixture("jielong/meal-order.txt"), false, false, false},
        {"empty", QString(), false, false, false},
    };
    for (const Case &c : cases) {
        EXPECT_EQ(MemoTraceCsvParser::sniff(c.text), c.memoCsv) << c.label;
        EXPECT_EQ(MemoTraceTextParser::sniff(c.text), c.memoText) << c.label;
        EXPECT_EQ(PyWxDumpCsvParser::sniff(c.text), c.pyWxDump) << c.label;
        if (c.memoCsv || c.memoText || c.pyWxDump) {
            EXPECT_FALSE(QQParser::sniff(c.text)) << c.label;
        }
    }
}
