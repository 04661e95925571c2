#include "core/Workspace.h"
#include "core/capture/ChatImportRepository.h"
#include "core/capture/ChatImporter.h"
#include "core/capture/ParticipationRepository.h"
#include "core/capture/ParticipationStats.h"
#include "core/domain/CampRepository.h"
#include "core/domain/MembershipRepository.h"
#include "core/domain/PersonRepository.h"
#include "core/storage/SqlQuery.h"
#include "tests/support/EngineWorkspace.h"

#include <QDateTime>

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

namespace {

qint64 at(QDate day, QTime time)
{
    return QDateTime(day, time, QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toSecsSinceEpoch();
}

ChatMessage message(const QString &id, const QString &name, qint64 time, const QString &text,
                    MessageKind kind = MessageKind::Text)
{
    ChatMessage m;
    m.senderId = id;
    m.senderName = name;
    m.time = time;
    m.text = text;
    m.kind = kind;
    return m;
}

} // namespace

class ChatImportTest : public ::testing::TestWithParam<Engine> {
protected:
    void SetUp() override
    {
        m_place.openOrSkip(m_workspace);
        if (!m_workspace)
            return;
        Camp camp = Camp::withDefaults(QStringLiteral("晨跑营"), QDate(2027, 3, 1), QDate(2027, 3, 21));
        camp.timeZone = QStringLiteral("Asia/Shanghai");
        m_camp = *m_workspace->camps().insert(camp);
        m_lin = member(QStringLiteral("林晓雨"), QStringLiteral("A组-林晓雨-杭州"),
                       {{QStringLiteral("wechat"), QStringLiteral("wxid_lin")}});
        m_wang = member(QStringLiteral("王子涵"), QString(), {});
    }

    qint64 member(const QString &name, const QString &nickname, const QList<ChatId> &ids)
    {
        Person person {0, name, {}};
        person.chatIds = ids;
        const qint64 personId = *m_workspace->people().insert(person);
        Membership membership;
        membership.campId = m_camp;
        membership.personId = personId;
        membership.groupNickname = nickname;
        membership.joinedOn = QDate(2027, 2, 26);
        EXPECT_TRUE(m_workspace->memberships().add(membership).has_value());
        return personId;
    }

    QList<ChatMessage> dayOne() const
    {
        const QDate day(2027, 3, 1);
        return {
            message(QStringLiteral("wxid_lin"), QStringLiteral("小雨"), at(day, QTime(7, 5)), QStringLiteral("早上好")),
            message(QStringLiteral("wxid_lin"), QStringLiteral("小雨"), at(day, QTime(7, 6)),
                    QStringLiteral("打卡第1天")),
            message(QStringLiteral("wxid_wang"), QStringLiteral("王子涵"), at(day, QTime(23, 30)),
                    QStringLiteral("[图片]"), MessageKind::Media),
            // 00:30 in Shanghai on 2 March: still day two there, whatever the test machine's zone.
            message(QStringLiteral("wxid_wang"), QStringLiteral("王子涵"), at(day.addDays(1), QTime(0, 30)),
                    QStringLiteral("晚安")),
            message(QString(), QString(), at(day, QTime(9, 0)), QStringLiteral("\"张三\"撤回了一条消息"),
                    MessageKind::Recall),
            message(QStringLiteral("wxid_zhang"), QStringLiteral("张三"), at(day, QTime(9, 1)),
                    QStringLiteral("有人做理财吗")),
            message(QString(), QString(), at(day, QTime(10, 0)), QString(), MessageKind::Join)};
    }

    Result<ChatImportSummary> importDayOne(const ChatImportOptions &options = {})
    {
        QList<ChatMessage> messages = dayOne();
        messages.last().subjects = {QStringLiteral("王子涵")};
        return ChatImporter(*m_workspace)
            .importMessages(m_camp, ChatFormat::WeChatMemoTraceCsv, QStringLiteral("day1.csv"), messages, options);
    }

    // Imports `messages` as WhatsApp's, each sender who matches no member
    // made one; every message must be added and `senders` members made.
    // The camp's identities after it, as many as `senders` (else none).
    QList<ChatIdentity> importNewSenders(const QList<ChatMessage> &messages, int senders, ChatImportOptions options,
                                         qint64 *importId = nullptr)
    {
        options.createMembers = true;
        auto summary
            = ChatImporter(*m_workspace)
                  .importMessages(m_camp, ChatFormat::WhatsApp, QStringLiteral("senders.txt"), messages, options);
        EXPECT_TRUE(summary.has_value()) << summary.error().message.toStdString();
        if (!summary)
            return {};
        EXPECT_EQ(summary->added, messages.size());
        EXPECT_EQ(summary->membersCreated, senders);
        if (importId != nullptr)
            *importId = summary->importId;
        const auto identities = m_workspace->participation().identities(m_camp);
        EXPECT_TRUE(identities.has_value()) << identities.error().message.toStdString();
        EXPECT_EQ(identities.value_or(QList<ChatIdentity>()).size(), senders);
        return identities && identities->size() == senders ? *identities : QList<ChatIdentity>();
    }

    MemberTotals totalsOf(qint64 personId)
    {
        const auto totals = ParticipationStats::compute(*m_workspace, m_camp);
        EXPECT_TRUE(totals.has_value()) << totals.error().message.toStdString();
        for (const MemberTotals &member : totals->members) {
            if (member.personId == personId)
                return member;
        }
        return {};
    }

    // Sets the member's stay in the camp.
    void setStay(qint64 personId, QDate joinedOn, QDate leftOn)
    {
        const auto members = m_workspace->memberships().listForCamp(m_camp);
        ASSERT_TRUE(members.has_value());
        for (const MemberEntry &entry : *members) {
            if (entry.membership.personId != personId)
                continue;
            Membership changed = entry.membership;
            changed.joinedOn = joinedOn;
            changed.leftOn = leftOn;
            ASSERT_TRUE(m_workspace->memberships().updateAll({changed}).has_value());
        }
    }

    // The camp's check-ins of one member, by day.
    QList<QDate> checkInDaysOf(qint64 personId)
    {
        const auto checkIns = m_workspace->participation().checkIns(m_camp);
        EXPECT_TRUE(checkIns.has_value());
        QList<QDate> days;
        for (const CheckIn &checkIn : checkIns.value_or(QList<CheckIn>())) {
            if (checkIn.personId == personId)
                days.append(checkIn.day);
        }
        std::sort(days.begin(), days.end());
        return days;
    }

    EngineWorkspace m_place {GetParam()};
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_camp = 0;
    qint64 m_lin = 0;
    qint64 m_wang = 0;
};

TEST_P(ChatImportTest, MatchesIdentitiesCountsMessagesAndFindsCheckIns)
{
    auto summary = importDayOne();
    ASSERT_TRUE(summary.has_value()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->added, 7);
    EXPECT_EQ(summary->duplicates, 0);
    EXPECT_EQ(summary->systemEvents, 2);
    EXPECT_EQ(summary->joins, 1);
    EXPECT_EQ(summary->checkIns, 1);
    ASSERT_EQ(summary->unmatched.size(), 1);
    EXPECT_EQ(summary->unmatched.first().name, QStringLiteral("张三"));

    const MemberTotals lin = totalsOf(m_lin);
    EXPECT_EQ(lin.messages, 2) << "matched by wxid although the chat shows another name";
    EXPECT_EQ(lin.checkIns, 1);
    EXPECT_EQ(lin.activeDays, 1);
    const MemberTotals wang = totalsOf(m_wang);
    EXPECT_EQ(wang.messages, 2) << "matched by name; media counts";
    EXPECT_EQ(wang.activeDays, 2) << "00:30 camp time is the next day";
    EXPECT_EQ(wang.checkIns, 0);

    const auto stats = ParticipationStats::compute(*m_workspace, m_camp);
    ASSERT_TRUE(stats.has_value());
    ASSERT_EQ(stats->days.size(), 2);
    EXPECT_EQ(stats->days.first().day, QDate(2027, 3, 1));
    EXPECT_EQ(stats->days.first().activeMembers, 2);
    EXPECT_EQ(stats->days.last().activeMembers, 1);
}

TEST_P(ChatImportTest, ReimportingAddsNothingAndOverlapsAddOnlyTheNew)
{
    ASSERT_TRUE(importDayOne().has_value());
    const auto before = ParticipationStats::compute(*m_workspace, m_camp)->toJson(m_camp);
    auto again = importDayOne();
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->added, 0);
    EXPECT_EQ(again->duplicates, 7);
    EXPECT_EQ(ParticipationStats::compute(*m_workspace, m_camp)->toJson(m_camp), before);

    // A later export holds the same first day and one new message.
    QList<ChatMessage> overlapping = dayOne();
    overlapping.last().subjects = {QStringLiteral("王子涵")};
    overlapping.append(message(QStringLiteral("wxid_lin"), QStringLiteral("小雨"), at(QDate(2027, 3, 3), QTime(8, 0)),
                               QStringLiteral("早上好")));
    auto overlap
        = ChatImporter(*m_workspace)
              .importMessages(m_camp, ChatFormat::WeChatMemoTraceCsv, QStringLiteral("days1-3.csv"), overlapping, {});
    ASSERT_TRUE(overlap.has_value());
    EXPECT_EQ(overlap->added, 1);
    EXPECT_EQ(overlap->duplicates, 7);
    EXPECT_EQ(totalsOf(m_lin).messages, 3);
    EXPECT_EQ(totalsOf(m_lin).activeDays, 2);
}

// A member ticked by hand on a day keeps that one check-in when the chat
// shows a check-in post the same day: the import adds none and counts none
// (on a server it learns the ticked days once, before it copies its own).
TEST_P(ChatImportTest, AChatCheckInOnADayAlreadyTickedIsNeitherAddedNorCounted)
{
    const auto ticked = m_workspace->participation().changeCheckIns(
        m_camp, {CheckIn {m_lin, QDate(2027, 3, 1), 0, CheckInSource::Manual, QStringLiteral("by hand")}}, {});
    ASSERT_TRUE(ticked.has_value()) << ticked.error().message.toStdString();
    auto summary = importDayOne();
    ASSERT_TRUE(summary.has_value()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->checkIns, 0);
    const auto checkIns = m_workspace->participation().checkIns(m_camp);
    ASSERT_TRUE(checkIns.has_value());
    ASSERT_EQ(checkIns->size(), 1);
    EXPECT_EQ(checkIns->first().source, CheckInSource::Manual);
    EXPECT_EQ(totalsOf(m_lin).checkIns, 1);
}

// A check-in posted on a day the member was not in the camp (before they
// joined, after they left) counts nowhere, so it is not recorded and the
// summary names it. The file's own joins and leaves count first: a member
// who joins again in it checks in from that day.
TEST_P(ChatImportTest, AChatCheckInOutsideTheMembersStayIsNotRecordedAndIsSaid)
{
    setStay(m_lin, QDate(2027, 2, 26), QDate(2027, 3, 2));
    ChatMessage leave
        = message(QString(), QString(), at(QDate(2027, 3, 5), QTime(12, 0)), QString(), MessageKind::Leave);
    leave.subjects = {QStringLiteral("王子涵")};
    ChatMessage join = message(QString(), QString(), at(QDate(2027, 3, 4), QTime(8, 0)), QString(), MessageKind::Join);
    join.subjects = {QStringLiteral("A组-林晓雨-杭州")};
    const QList<ChatMessage> messages {message(QStringLiteral("wxid_wang"), QStringLiteral("王子涵"),
                                               at(QDate(2027, 3, 1), QTime(7, 0)), QStringLiteral("打卡")),
                                       join,
                                       message(QStringLiteral("wxid_lin"), QStringLiteral("小雨"),
                                               at(QDate(2027, 3, 4), QTime(9, 0)), QStringLiteral("打卡")),
                                       leave,
                                       message(QStringLiteral("wxid_wang"), QStringLiteral("王子涵"),
                                               at(QDate(2027, 3, 6), QTime(7, 0)), QStringLiteral("打卡")),
                                       message(QStringLiteral("wxid_wang"), QStringLiteral("王子涵"),
                                               at(QDate(2027, 3, 7), QTime(7, 0)), QStringLiteral("打卡"))};
    auto summary
        = ChatImporter(*m_workspace)
              .importMessages(m_camp, ChatFormat::WeChatMemoTraceCsv, QStringLiteral("stay.csv"), messages, {});
    ASSERT_TRUE(summary.has_value()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->checkIns, 2);
    const QList<MemberDayRef> outside {{m_wang, QDate(2027, 3, 6)}, {m_wang, QDate(2027, 3, 7)}};
    EXPECT_EQ(summary->checkInsOutsideStay, outside);
    const QList<std::pair<qint64, QStringList>> byMember {
        {m_wang, {QStringLiteral("2027-03-06"), QStringLiteral("2027-03-07")}}};
    EXPECT_EQ(MemberDayRef::isoDaysByMember(outside), byMember) << "one member, their days";
    EXPECT_EQ(checkInDaysOf(m_wang), QList<QDate> {QDate(2027, 3, 1)});
    EXPECT_EQ(checkInDaysOf(m_lin), QList<QDate> {QDate(2027, 3, 4)}) << "the file's own join counts";
    EXPECT_EQ(totalsOf(m_wang).checkIns, 1);
    EXPECT_EQ(totalsOf(m_lin).checkIns, 1);
}

// Mapping a sender rebuilds their member's chat check-ins from the
// messages: only on the member's days in the camp, as an import records them.
TEST_P(ChatImportTest, RebuiltChatCheckInsKeepToTheMembersStay)
{
    setStay(m_wang, QDate(2027, 3, 1), QDate(2027, 3, 5));
    const QList<ChatMessage> messages {message(QStringLiteral("wxid_zhang"), QStringLiteral("张三"),
                                               at(QDate(2027, 2, 28), QTime(7, 0)), QStringLiteral("打卡")),
                                       message(QStringLiteral("wxid_zhang"), QStringLiteral("张三"),
                                               at(QDate(2027, 3, 1), QTime(7, 0)), QStringLiteral("打卡")),
                                       message(QStringLiteral("wxid_zhang"), QStringLiteral("张三"),
                                               at(QDate(2027, 3, 4), QTime(7, 0)), QStringLiteral("打卡")),
                                       message(QStringLiteral("wxid_zhang"), QStringLiteral("张三"),
                                               at(QDate(2027, 3, 5), QTime(7, 0)), QStringLiteral("打卡"))};
    auto summary
        = ChatImporter(*m_workspace)
              .importMessages(m_camp, ChatFormat::WeChatMemoTraceCsv, QStringLiteral("zhang.csv"), messages, {});
    ASSERT_TRUE(summary.has_value()) << summary.error().message.toStdString();
    const auto identities = m_workspace->participation().identities(m_camp);
    ASSERT_TRUE(identities.has_value());
    ASSERT_EQ(identities->size(), 1);
    const auto mapped = m_workspace->participation().mapIdentity(identities->first().id, m_wang);
    ASSERT_TRUE(mapped.has_value()) << mapped.error().message.toStdString();
    EXPECT_EQ(checkInDaysOf(m_wang), (QList<QDate> {QDate(2027, 3, 1), QDate(2027, 3, 4)}));
    EXPECT_EQ(totalsOf(m_wang).checkIns, 2);
}

// What only a server does: an import's rows reach the camp in bulk, so
// another laptop's import can overtake it. (On a file, an import holds the
// write lock from start to end, so this cannot happen.)
class ServerChatImportTest : public ChatImportTest {
protected:
    // An import of mine.txt begun in a transaction of this laptop, and a
    // second laptop's connection to the same workspace.
    void beginImport()
    {
        auto otherLaptop = m_place.open();
        ASSERT_TRUE(otherLaptop.has_value()) << otherLaptop.error().message.toStdString();
        m_otherLaptop = std::move(*otherLaptop);
        ASSERT_TRUE(m_workspace->database().transaction());
        const auto mine = m_workspace->chatImports().add(m_camp, QStringLiteral("mine.txt"), QStringLiteral("whatsapp"),
                                                         QStringLiteral("UTF-8"));
        ASSERT_TRUE(mine.has_value());
        m_import = *mine;
        m_rows = m_workspace->chatImports().rows();
        ASSERT_TRUE(m_rows->ready().has_value());
    }

    // Stages `count` messages of about 150 bytes each under keys from
    // `firstKey` on, each a minute after the last: thirty thousand fill more
    // than one batch, which moves into the camp while the import goes on.
    // The first message that is refused ends it, with the reason.
    static Result<void> stageMessages(ChatImportRepository::Rows &rows, qint64 camp, qint64 importId, qint64 firstKey,
                                      int count)
    {
        const qint64 start = at(QDate(2027, 3, 2), QTime(0, 0));
        const QString padding(60, QChar(u'练'));
        for (int index = 0; index < count; ++index) {
            const qint64 key = firstKey + index;
            const QString body = padding + QString::number(key);
            if (auto added
                = rows.insertMessage(camp, importId, 0, start + 60 * index, u"2027-03-02", u"text", body, key);
                !added)
                return std::unexpected(added.error());
        }
        return {};
    }

    // Stages a chat check-in of each person for `days` days from 1 January
    // 2027, each with a note of about 300 bytes: a thousand fill more than
    // the first batch sent. The first that is refused ends it, with the
    // reason.
    static Result<void> stageCheckIns(ChatImportRepository::Rows &rows, qint64 camp, qint64 importId,
                                      const QList<qint64> &people, int days)
    {
        const QString note(100, QChar(u'打'));
        for (qint64 person : people) {
            for (int day = 0; day < days; ++day) {
                const QString date = QDate(2027, 1, 1).addDays(day).toString(Qt::ISODate);
                if (auto added = rows.addChatCheckIn(camp, person, date, note, importId); !added)
                    return std::unexpected(added.error());
            }
        }
        return {};
    }

    std::unique_ptr<Workspace> m_otherLaptop;
    qint64 m_import = 0;
    std::unique_ptr<ChatImportRepository::Rows> m_rows;
};

// On a server an import learns which messages the camp holds when it
// starts, and its messages reach the camp in one statement at the end. If
// another laptop's import added one of them meanwhile, this import's
// counts would be wrong: it keeps nothing and says why. (On a file, an
// import holds the write lock from start to end, so this cannot happen.)
TEST_P(ServerChatImportTest, AnImportOvertakenByAnotherOfTheSameMessagesKeepsNothing)
{
    ASSERT_NO_FATAL_FAILURE(beginImport());
    QSqlDatabase db = m_workspace->database();
    const qint64 time = at(QDate(2027, 3, 1), QTime(7, 0));
    for (qint64 key : {42, 43}) {
        const auto added = m_rows->insertMessage(m_camp, m_import, 0, time + key, u"2027-03-01", u"text",
                                                 QStringLiteral("早上好 %1").arg(key), key);
        ASSERT_TRUE(added.has_value()) << added.error().message.toStdString();
        EXPECT_TRUE(*added);
    }
    const auto again = m_rows->insertMessage(m_camp, m_import, 0, time + 42, u"2027-03-01", u"text", u"早上好 42", 42);
    ASSERT_TRUE(again.has_value());
    EXPECT_FALSE(*again) << "a key staged once is not staged twice";
    EXPECT_TRUE(*m_rows->holdsSame(m_camp, 42, 0, u"早上好 42"));
    EXPECT_FALSE(*m_rows->holdsSame(m_camp, 42, 0, u"早上好 43")) << "another text under the same key";

    const auto theirs = m_otherLaptop->chatImports().add(m_camp, QStringLiteral("theirs.txt"),
                                                         QStringLiteral("whatsapp"), QStringLiteral("UTF-8"));
    ASSERT_TRUE(theirs.has_value());
    ASSERT_TRUE(Sql::exec(m_otherLaptop->database(),
                          QStringLiteral("INSERT INTO chat_messages (camp_id, import_id, sent_at, day, kind, body,"
                                         " source_key) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          {m_camp, *theirs, time + 42, QStringLiteral("2027-03-01"), QStringLiteral("text"),
                           QStringLiteral("早上好 42"), 42})
                    .has_value());

    const auto finished = m_rows->flush();
    ASSERT_FALSE(finished.has_value());
    EXPECT_TRUE(finished.error().message.contains(QStringLiteral("Another import")))
        << finished.error().message.toStdString();
    ASSERT_TRUE(db.rollback());
    auto bodies = Sql::exec(db, QStringLiteral("SELECT body FROM chat_messages WHERE camp_id = ?"), {m_camp});
    ASSERT_TRUE(bodies.has_value());
    QStringList kept;
    while (bodies->next())
        kept.append(bodies->value(0).toString());
    EXPECT_EQ(kept, QStringList {QStringLiteral("早上好 42")}) << "the other laptop's message, and nothing of mine";
}

// The same on a server for a new sender: its row is written with the
// messages at the end, so another laptop's import that added the same
// account meanwhile overtakes this one, which keeps nothing.
TEST_P(ServerChatImportTest, AnImportOvertakenByAnotherWithTheSameNewSenderKeepsNothing)
{
    ASSERT_NO_FATAL_FAILURE(beginImport());
    QSqlDatabase db = m_workspace->database();
    const auto identity = m_rows->insertIdentity(m_camp, u"whatsapp", u"+86 138 0000 0001", u"小周", false);
    ASSERT_TRUE(identity.has_value()) << identity.error().message.toStdString();
    const auto added = m_rows->insertMessage(m_camp, m_import, *identity, at(QDate(2027, 3, 1), QTime(7, 0)),
                                             u"2027-03-01", u"text", u"早", 7);
    ASSERT_TRUE(added.has_value()) << added.error().message.toStdString();

    ASSERT_TRUE(Sql::exec(m_otherLaptop->database(),
                          QStringLiteral("INSERT INTO chat_identities (camp_id, platform, chat_key, display_name)"
                                         " VALUES (?, 'whatsapp', '+86 138 0000 0001', '周')"),
                          {m_camp})
                    .has_value());

    const auto finished = m_rows->flush();
    ASSERT_FALSE(finished.has_value());
    EXPECT_TRUE(finished.error().message.contains(QStringLiteral("Another import")))
        << finished.error().message.toStdString();
    ASSERT_TRUE(db.rollback());
    const auto identities = m_workspace->participation().identities(m_camp);
    ASSERT_TRUE(identities.has_value());
    ASSERT_EQ(identities->size(), 1) << "the other laptop's account, and nothing of mine";
    EXPECT_EQ(identities->first().displayName, QStringLiteral("周"));
    EXPECT_EQ(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM chat_messages")).value_or(-1), 0);
}

// Messages move into the camp a batch at a time while the import reads
// on; another laptop's message under a key of the first batch makes that
// move fail on the server while the import goes on, and the import keeps
// nothing and says why.
TEST_P(ServerChatImportTest, AnImportOvertakenInABatchMovedAheadKeepsNothing)
{
    ASSERT_NO_FATAL_FAILURE(beginImport());
    QSqlDatabase db = m_workspace->database();
    const auto first = stageMessages(*m_rows, m_camp, m_import, 1000, 10);
    ASSERT_TRUE(first.has_value()) << first.error().message.toStdString();

    const auto theirs = m_otherLaptop->chatImports().add(m_camp, QStringLiteral("theirs.txt"),
                                                         QStringLiteral("whatsapp"), QStringLiteral("UTF-8"));
    ASSERT_TRUE(theirs.has_value());
    ASSERT_TRUE(Sql::exec(m_otherLaptop->database(),
                          QStringLiteral("INSERT INTO chat_messages (camp_id, import_id, sent_at, day, kind, body,"
                                         " source_key) VALUES (?, ?, 0, '2027-03-02', 'text', '他们的', 1005)"),
                          {m_camp, *theirs})
                    .has_value());

    // The move that meets their message fails on the server; the import
    // hears of it when it next needs the connection: at a later batch's
    // move, or at the end.
    auto finished = stageMessages(*m_rows, m_camp, m_import, 2000, 30000);
    if (finished)
        finished = m_rows->flush();
    ASSERT_FALSE(finished.has_value());
    EXPECT_TRUE(finished.error().message.contains(QStringLiteral("Another import")))
        << finished.error().message.toStdString();
    ASSERT_TRUE(db.rollback()) << "the connection is free again for the rollback";
    EXPECT_EQ(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM chat_messages")).value_or(-1), 1)
        << "the other laptop's message, and nothing of mine";
}

// Chat check-ins go to the server a batch at a time while the import works
// out the members' days, and move into the camp at its end: every one of
// more than a batch lands once, with its entry in the history.
TEST_P(ServerChatImportTest, CheckInsOfManyBatchesEachLandOnceWithTheirHistory)
{
    ASSERT_NO_FATAL_FAILURE(beginImport());
    QSqlDatabase db = m_workspace->database();
    const auto staged = stageCheckIns(*m_rows, m_camp, m_import, {m_lin, m_wang}, 1500);
    ASSERT_TRUE(staged.has_value()) << staged.error().message.toStdString();
    const auto finished = m_rows->flush();
    ASSERT_TRUE(finished.has_value()) << finished.error().message.toStdString();
    ASSERT_TRUE(db.commit());
    EXPECT_EQ(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM check_ins WHERE source = 'chat'")).value_or(-1),
              3000);
    EXPECT_EQ(Sql::scalar(db, QStringLiteral("SELECT count(DISTINCT (person_id, day)) FROM check_ins")).value_or(-1),
              3000);
    EXPECT_EQ(Sql::scalar(db,
                          QStringLiteral("SELECT count(*) FROM campdesk_history WHERE table_name = 'check_ins'"
                                         " AND action = 'insert'"))
                  .value_or(-1),
              3000);
}

// Another laptop's tick of a day the import checks in, once the import has
// read the camp's check-ins, makes their move fail on the server: the
// import keeps nothing and says why.
TEST_P(ServerChatImportTest, ACheckInOvertakenWhileTheImportRanKeepsNothing)
{
    ASSERT_NO_FATAL_FAILURE(beginImport());
    QSqlDatabase db = m_workspace->database();
    const auto first = stageCheckIns(*m_rows, m_camp, m_import, {m_lin}, 10);
    ASSERT_TRUE(first.has_value()) << first.error().message.toStdString();
    ASSERT_TRUE(Sql::exec(m_otherLaptop->database(),
                          QStringLiteral("INSERT INTO check_ins (camp_id, person_id, day, source) VALUES"
                                         " (?, ?, '2027-01-06', 'manual')"),
                          {m_camp, m_lin})
                    .has_value());

    auto finished = stageCheckIns(*m_rows, m_camp, m_import, {m_wang}, 3000);
    if (finished)
        finished = m_rows->flush();
    ASSERT_FALSE(finished.has_value());
    EXPECT_TRUE(finished.error().message.contains(QStringLiteral("Check-ins for the same members and days")))
        << finished.error().message.toStdString();
    ASSERT_TRUE(db.rollback()) << "the connection is free again for the rollback";
    EXPECT_EQ(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM check_ins")).value_or(-1), 1)
        << "the other laptop's tick, and nothing of mine";
}

// More messages than one batch holds: the batches moved ahead and the last
// one moved at the end make the whole import, on both engines alike.
TEST_P(ChatImportTest, AnImportOfManyBatchesKeepsEveryMessageOnce)
{
    QList<ChatMessage> messages;
    const qint64 start = at(QDate(2027, 3, 2), QTime(0, 0));
    const QString padding(60, QChar(u'练'));
    for (int index = 0; index < 40000; ++index) {
        const bool lin = index % 3 == 0;
        messages.append(message(lin ? QStringLiteral("wxid_lin") : QStringLiteral("wxid_wang"),
                                lin ? QStringLiteral("小雨") : QStringLiteral("王子涵"), start + 30 * index,
                                padding + QString::number(index)));
    }
    auto summary = ChatImporter(*m_workspace)
                       .importMessages(m_camp, ChatFormat::WeChatMemoTraceCsv, QStringLiteral("big.csv"), messages, {});
    ASSERT_TRUE(summary.has_value()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->added, 40000);
    EXPECT_EQ(totalsOf(m_lin).messages, 13334);
    EXPECT_EQ(totalsOf(m_wang).messages, 26666);
    EXPECT_EQ(
        Sql::scalar(m_workspace->database(), QStringLiteral("SELECT count(DISTINCT source_key) FROM chat_messages"))
            .value_or(-1),
        40000);

    auto again = ChatImporter(*m_workspace)
                     .importMessages(m_camp, ChatFormat::WeChatMemoTraceCsv, QStringLiteral("big.csv"), messages, {});
    ASSERT_TRUE(again.has_value()) << again.error().message.toStdString();
    EXPECT_EQ(again->added, 0);
    EXPECT_EQ(again->duplicates, 40000);
}

// A server gives new senders ids from a block taken ahead (16, then 32,
// then 64 …) and writes their rows, names and posting minutes with the
// messages at the end; a file writes each as it comes. Seventy senders span
// three blocks, and minutes held for a few messages only are written in
// parts, before and after the messages reach the camp. Both engines must
// end with the same rows.
TEST_P(ChatImportTest, SeventyNewSendersEachKeepTheirMessagesNamesAndMinutes)
{
    QList<ChatMessage> messages;
    const qint64 start = at(QDate(2027, 3, 2), QTime(8, 0));
    constexpr int Senders = 70;
    for (int sender = 0; sender < Senders; ++sender) {
        const QString id = QStringLiteral("wxid_%1").arg(sender, 3, 10, QLatin1Char('0'));
        // Sender n posts n % 4 + 1 times, under a second name after the first post.
        for (int post = 0; post <= sender % 4; ++post) {
            const QString name
                = post == 0 ? QStringLiteral("学员%1").arg(sender) : QStringLiteral("新名%1").arg(sender);
            messages.append(message(id, name, start + 60 * (sender * 4 + post), QStringLiteral("第%1条").arg(post)));
        }
    }
    ChatImportOptions options;
    options.createMembers = true;
    options.minutesHeld = 25;
    qint64 importId = 0;
    const QList<ChatIdentity> identities = importNewSenders(messages, Senders, options, &importId);
    ASSERT_EQ(identities.size(), Senders);
    QSet<qint64> ids;
    QSet<qint64> people;
    for (const ChatIdentity &identity : identities) {
        const int sender = identity.chatKey.mid(5).toInt();
        ids.insert(identity.id);
        people.insert(identity.personId);
        EXPECT_EQ(identity.messages, sender % 4 + 1) << identity.chatKey.toStdString();
        const QString latest
            = sender % 4 == 0 ? QStringLiteral("学员%1").arg(sender) : QStringLiteral("新名%1").arg(sender);
        EXPECT_EQ(identity.displayName, latest) << identity.chatKey.toStdString();
        EXPECT_EQ(identity.names.size(), sender % 4 == 0 ? 1 : 2) << identity.chatKey.toStdString();
        EXPECT_GT(identity.personId, 0) << identity.chatKey.toStdString();
    }
    EXPECT_EQ(ids.size(), Senders) << "every sender an id of its own";
    EXPECT_EQ(people.size(), Senders) << "every sender a member of its own";

    // Every message's minute is stored once, in parts of at most 25 messages' worth.
    const auto minuteRows = Sql::scalar(m_workspace->database(),
                                        QStringLiteral("SELECT count(DISTINCT part) FROM identity_minutes"
                                                       " WHERE import_id = ?"),
                                        {importId});
    ASSERT_TRUE(minuteRows.has_value());
    EXPECT_EQ(*minuteRows, (messages.size() + 24) / 25);
    const auto figures = ParticipationStats::compute(*m_workspace, m_camp);
    ASSERT_TRUE(figures.has_value());
    int counted = 0;
    for (const MemberTotals &member : figures->members)
        counted += member.messages;
    EXPECT_EQ(counted, messages.size());

    auto again = ChatImporter(*m_workspace)
                     .importMessages(m_camp, ChatFormat::WhatsApp, QStringLiteral("senders.txt"), messages, options);
    ASSERT_TRUE(again.has_value()) << again.error().message.toStdString();
    EXPECT_EQ(again->added, 0);
    EXPECT_EQ(again->membersCreated, 0);
    EXPECT_EQ(m_workspace->participation().identities(m_camp)->size(), Senders);
}

// New senders keep coming through a long export: on a server each batch's
// new senders are written before its messages move on, into a staged table
// kept from batch to batch, with ids taken ahead for the next batch as many
// as the last one needed. Six hundred senders of sixty posts each span
// several batches; each must keep exactly its own posts.
TEST_P(ChatImportTest, NewSendersInEveryBatchKeepTheirOwnMessages)
{
    constexpr int Senders = 600;
    constexpr int Posts = 60;
    QList<ChatMessage> messages;
    const qint64 start = at(QDate(2027, 3, 2), QTime(0, 0));
    const QString padding(100, QChar(u'营'));
    for (int index = 0; index < Senders * Posts; ++index) {
        const int sender = index / Posts;
        messages.append(message(QStringLiteral("wxid_n%1").arg(sender), QStringLiteral("新学员%1").arg(sender),
                                start + 10 * index, padding + QString::number(index)));
    }
    const QList<ChatIdentity> identities = importNewSenders(messages, Senders, {});
    ASSERT_EQ(identities.size(), Senders);
    QSet<qint64> ids;
    for (const ChatIdentity &identity : identities) {
        ids.insert(identity.id);
        EXPECT_EQ(identity.messages, Posts) << identity.chatKey.toStdString();
        EXPECT_EQ(identity.displayName, QStringLiteral("新学员%1").arg(identity.chatKey.mid(6)))
            << identity.chatKey.toStdString();
    }
    EXPECT_EQ(ids.size(), Senders);
    // Each post names the sender it came from: the first post of sender n is
    // the n * 60th message, and its text ends with that number.
    const auto misplaced = Sql::scalar(m_workspace->database(),
                                       QStringLiteral("SELECT count(*) FROM chat_messages m"
                                                      " JOIN chat_identities i ON i.id = m.identity_id"
                                                      " WHERE CAST(substr(i.chat_key, 7) AS INTEGER) * ?"
                                                      " <> CAST(substr(m.body, 101) AS INTEGER) / ? * ?"),
                                       {Posts, Posts, Posts});
    ASSERT_TRUE(misplaced.has_value()) << misplaced.error().message.toStdString();
    EXPECT_EQ(*misplaced, 0);
}

TEST_P(ChatImportTest, TwoIdenticalPostsInOneSecondAreBothKept)
{
    const qint64 time = at(QDate(2027, 3, 2), QTime(9, 0));
    QList<ChatMessage> messages {message(QString(), QStringLiteral("王子涵"), time, QStringLiteral("+1")),
                                 message(QString(), QStringLiteral("王子涵"), time, QStringLiteral("+1"))};
    auto first = ChatImporter(*m_workspace)
                     .importMessages(m_camp, ChatFormat::WhatsApp, QStringLiteral("a.txt"), messages, {});
    ASSERT_TRUE(first.has_value());
    EXPECT_EQ(first->added, 2);
    auto second = ChatImporter(*m_workspace)
                      .importMessages(m_camp, ChatFormat::WhatsApp, QStringLiteral("a.txt"), messages, {});
    EXPECT_EQ(second->added, 0);
    EXPECT_EQ(totalsOf(m_wang).messages, 2);
}

TEST_P(ChatImportTest, IdenticalPostsApartInTheFileAreBothKept)
{
    // A post delivered late lies between two identical ones of the same
    // minute; a clock put back an hour repeats a minute later in the file.
    const qint64 nine = at(QDate(2027, 3, 2), QTime(9, 0));
    const qint64 oneThirty = at(QDate(2027, 3, 3), QTime(1, 30));
    QList<ChatMessage> messages {message(QString(), QStringLiteral("王子涵"), nine, QStringLiteral("打卡")),
                                 message(QString(), QStringLiteral("王子涵"), nine - 60, QStringLiteral("迟到的消息")),
                                 message(QString(), QStringLiteral("王子涵"), nine, QStringLiteral("打卡")),
                                 message(QString(), QStringLiteral("王子涵"), oneThirty, QStringLiteral("+1")),
                                 message(QString(), QStringLiteral("王子涵"), oneThirty + 1800, QStringLiteral("晚安")),
                                 message(QString(), QStringLiteral("王子涵"), oneThirty, QStringLiteral("+1"))};
    auto first = ChatImporter(*m_workspace)
                     .importMessages(m_camp, ChatFormat::WhatsApp, QStringLiteral("a.txt"), messages, {});
    ASSERT_TRUE(first.has_value()) << first.error().message.toStdString();
    EXPECT_EQ(first->added, 6);
    EXPECT_EQ(first->duplicates, 0);
    auto again = ChatImporter(*m_workspace)
                     .importMessages(m_camp, ChatFormat::WhatsApp, QStringLiteral("a.txt"), messages, {});
    ASSERT_TRUE(again.has_value()) << again.error().message.toStdString();
    EXPECT_EQ(again->added, 0) << "the file imported again adds nothing";
    EXPECT_EQ(again->duplicates, 6);
    EXPECT_EQ(totalsOf(m_wang).messages, 6);
}

TEST_P(ChatImportTest, DecisionsAreRememberedAndUnmatchedCanBecomeMembers)
{
    ChatImportOptions options;
    options.mapping.insert(QStringLiteral("wxid_zhang"), ChatImportOptions::CreateMember);
    auto summary = importDayOne(options);
    ASSERT_TRUE(summary.has_value());
    EXPECT_EQ(summary->membersCreated, 1);
    EXPECT_TRUE(summary->unmatched.isEmpty());
    const auto members = m_workspace->memberships().listForCamp(m_camp);
    ASSERT_EQ(members->size(), 3);

    // The identity stays mapped for the next import, which needs no decision.
    const auto identities = m_workspace->participation().identities(m_camp);
    ASSERT_TRUE(identities.has_value());
    ASSERT_EQ(identities->size(), 3);
    for (const ChatIdentity &identity : *identities)
        EXPECT_GT(identity.personId, 0) << identity.displayName.toStdString();
    QList<ChatMessage> later {message(QStringLiteral("wxid_zhang"), QStringLiteral("张三丰"),
                                      at(QDate(2027, 3, 4), QTime(9, 0)), QStringLiteral("你好"))};
    auto next = ChatImporter(*m_workspace)
                    .importMessages(m_camp, ChatFormat::WeChatMemoTraceCsv, QStringLiteral("d4.csv"), later, {});
    ASSERT_TRUE(next.has_value());
    EXPECT_TRUE(next->unmatched.isEmpty());
    EXPECT_EQ(next->membersCreated, 0);
}

TEST_P(ChatImportTest, MappingLaterMovesTheAggregates)
{
    ASSERT_TRUE(importDayOne().has_value());
    ParticipationRepository &repository = m_workspace->participation();
    const auto identities = repository.identities(m_camp);
    const auto zhang = std::find_if(identities->cbegin(), identities->cend(), [](const ChatIdentity &identity) {
        return identity.chatKey == QLatin1String("wxid_zhang");
    });
    ASSERT_NE(zhang, identities->cend());
    EXPECT_EQ(zhang->messages, 1);
    const auto mapped = repository.mapIdentity(zhang->id, m_wang);
    ASSERT_TRUE(mapped.has_value()) << mapped.error().message.toStdString();
    EXPECT_EQ(totalsOf(m_wang).messages, 3);
    ASSERT_TRUE(repository.mapIdentity(zhang->id, 0).has_value());
    EXPECT_EQ(totalsOf(m_wang).messages, 2);
}

TEST_P(ChatImportTest, JoinsAndLeavesMoveMembershipDatesAndRevertRestoresEverything)
{
    QList<ChatMessage> messages;
    ChatMessage leave
        = message(QString(), QString(), at(QDate(2027, 3, 5), QTime(12, 0)), QString(), MessageKind::Leave);
    leave.subjects = {QStringLiteral("王子涵")};
    ChatMessage join
        = message(QString(), QString(), at(QDate(2027, 2, 25), QTime(12, 0)), QString(), MessageKind::Join);
    join.subjects = {QStringLiteral("A组-林晓雨-杭州")};
    messages << join << leave
             << message(QStringLiteral("wxid_lin"), QStringLiteral("小雨"), at(QDate(2027, 3, 1), QTime(7, 0)),
                        QStringLiteral("hi"));
    ChatImportOptions options;
    options.mapping.insert(QStringLiteral("wxid_new"), ChatImportOptions::CreateMember);
    messages << message(QStringLiteral("wxid_new"), QStringLiteral("新人"), at(QDate(2027, 3, 2), QTime(7, 0)),
                        QStringLiteral("hello"));
    auto summary
        = ChatImporter(*m_workspace)
              .importMessages(m_camp, ChatFormat::WeChatMemoTraceCsv, QStringLiteral("x.csv"), messages, options);
    ASSERT_TRUE(summary.has_value()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->joins, 1);
    EXPECT_EQ(summary->leaves, 1);
    EXPECT_EQ(summary->previousMemberships.size(), 2);
    const auto members = m_workspace->memberships().listForCamp(m_camp);
    for (const MemberEntry &entry : *members) {
        if (entry.membership.personId == m_lin) {
            EXPECT_EQ(entry.membership.joinedOn, QDate(2027, 2, 25));
        }
        if (entry.membership.personId == m_wang) {
            EXPECT_EQ(entry.membership.leftOn, QDate(2027, 3, 5));
            EXPECT_EQ(entry.membership.status, MembershipStatus::Left);
        }
    }
    const QSqlDatabase db = m_workspace->database();
    EXPECT_EQ(*Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM people")), 3);

    const auto reverted = ChatImporter::revert(*m_workspace, m_camp, *summary);
    ASSERT_TRUE(reverted.has_value()) << reverted.error().message.toStdString();
    EXPECT_EQ(*Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM chat_messages")), 0);
    EXPECT_EQ(*Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM chat_identities")), 0);
    EXPECT_EQ(*Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM member_stats")), 0);
    EXPECT_EQ(*Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM people")), 2) << "the created member is gone";
    const auto restored = m_workspace->memberships().listForCamp(m_camp);
    ASSERT_TRUE(restored.has_value());
    for (const MemberEntry &entry : *restored) {
        EXPECT_EQ(entry.membership.joinedOn, QDate(2027, 2, 26));
        EXPECT_FALSE(entry.membership.leftOn.isValid());
        EXPECT_EQ(entry.membership.status, MembershipStatus::Active);
    }
}

// Undo puts back what an import changed and removes what it made. What
// another operator changed since (a sender mapped, a new member's details, a
// member's dates) would be lost with it: the undo is refused, stale, with
// nothing changed; once their change is gone again it goes through.
TEST_P(ChatImportTest, UndoingAnImportKeepsWhatAnotherOperatorChangedSince)
{
    ASSERT_TRUE(importDayOne().has_value()); // 张三 met before, unmapped
    QList<ChatMessage> messages = dayOne();
    ChatMessage join
        = message(QString(), QString(), at(QDate(2027, 2, 25), QTime(12, 0)), QString(), MessageKind::Join);
    join.subjects = {QStringLiteral("A组-林晓雨-杭州")};
    messages << join
             << message(QStringLiteral("wxid_new"), QStringLiteral("新人"), at(QDate(2027, 3, 2), QTime(7, 0)),
                        QStringLiteral("hello"));
    ChatImportOptions options;
    options.mapping.insert(QStringLiteral("wxid_new"), ChatImportOptions::CreateMember);
    auto summary
        = ChatImporter(*m_workspace)
              .importMessages(m_camp, ChatFormat::WeChatMemoTraceCsv, QStringLiteral("again.csv"), messages, options);
    ASSERT_TRUE(summary.has_value()) << summary.error().message.toStdString();
    ASSERT_EQ(summary->createdPeople.size(), 1);
    const QSqlDatabase db = m_workspace->database();
    const qint64 messagesBefore = *Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM chat_messages"));

    const auto refusedAndKept = [&](const char *what) {
        const auto reverted = ChatImporter::revert(*m_workspace, m_camp, *summary);
        ASSERT_FALSE(reverted.has_value()) << what;
        EXPECT_TRUE(reverted.error().stale) << what;
        EXPECT_EQ(*Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM chat_messages")), messagesBefore) << what;
    };
    // Another operator maps 张三, whom this import met again.
    const auto identities = m_workspace->participation().identities(m_camp);
    ASSERT_TRUE(identities.has_value());
    qint64 zhang = 0;
    for (const ChatIdentity &identity : *identities)
        zhang = identity.chatKey == QStringLiteral("wxid_zhang") ? identity.id : zhang;
    ASSERT_GT(zhang, 0);
    ASSERT_TRUE(m_workspace->participation().mapIdentity(zhang, m_wang).has_value());
    refusedAndKept("a sender mapped since");
    EXPECT_EQ(*Sql::scalar(db, QStringLiteral("SELECT person_id FROM chat_identities WHERE id = %1").arg(zhang)),
              m_wang);
    ASSERT_TRUE(m_workspace->participation().mapIdentity(zhang, 0).has_value());

    // … maps a sender this import brought first (the undo would delete it).
    const auto brought = m_workspace->participation().identities(m_camp);
    qint64 fresh = 0;
    qint64 freshPerson = 0;
    for (const ChatIdentity &identity : *brought) {
        if (identity.chatKey == QStringLiteral("wxid_new")) {
            fresh = identity.id;
            freshPerson = identity.personId;
        }
    }
    ASSERT_GT(fresh, 0);
    ASSERT_TRUE(m_workspace->participation().mapIdentity(fresh, m_wang).has_value());
    refusedAndKept("a new sender mapped since");
    ASSERT_TRUE(m_workspace->participation().mapIdentity(fresh, freshPerson).has_value());

    // … edits the member this import made.
    Person made = *m_workspace->people().find(summary->createdPeople.first());
    const Person asMade = made;
    made.phone = QStringLiteral("138 0000 9999");
    ASSERT_TRUE(m_workspace->people().update(made).has_value());
    refusedAndKept("a new member's details edited since");
    EXPECT_EQ(m_workspace->people().find(made.id)->phone, made.phone);
    ASSERT_TRUE(m_workspace->people().update(asMade).has_value());

    // … moves a join date this import set.
    const auto roster = m_workspace->memberships().listForCamp(m_camp);
    Membership lin;
    for (const MemberEntry &entry : *roster)
        lin = entry.membership.personId == m_lin ? entry.membership : lin;
    ASSERT_EQ(lin.joinedOn, QDate(2027, 2, 25));
    Membership moved = lin;
    moved.joinedOn = QDate(2027, 2, 20);
    ASSERT_TRUE(m_workspace->memberships().update(moved).has_value());
    refusedAndKept("a join date moved since");
    ASSERT_TRUE(m_workspace->memberships().update(lin).has_value());

    const auto reverted = ChatImporter::revert(*m_workspace, m_camp, *summary);
    ASSERT_TRUE(reverted.has_value()) << reverted.error().message.toStdString();
    EXPECT_EQ(*Sql::scalar(
                  db, QStringLiteral("SELECT COUNT(*) FROM people WHERE id = %1").arg(summary->createdPeople.first())),
              0);
}

// The undo of a tick removes the tick it made, not a check-in another
// operator recorded in its place since (a 接龙): that is refused, stale, and
// nothing changes.
TEST_P(ChatImportTest, ACheckInIsRemovedOnlyAsItWasGiven)
{
    ParticipationRepository &repository = m_workspace->participation();
    const CheckIn tick {m_lin, QDate(2027, 3, 2), 0, CheckInSource::Manual, QString()};
    ASSERT_EQ(repository.changeCheckIns(m_camp, {tick}, {}).value_or(QList<CheckIn> {}).size(), 1);
    // Another operator clears it and records their 接龙 with her in it.
    const CheckIn theirs {m_lin, QDate(2027, 3, 2), 0, CheckInSource::Jielong, QStringLiteral("林晓雨 5km")};
    ASSERT_TRUE(repository.changeCheckIns(m_camp, {}, {tick}).has_value());
    ASSERT_EQ(repository.changeCheckIns(m_camp, {theirs}, {}).value_or(QList<CheckIn> {}).size(), 1);

    const auto undone = repository.changeCheckIns(m_camp, {}, {tick});
    ASSERT_FALSE(undone.has_value());
    EXPECT_TRUE(undone.error().stale) << undone.error().message.toStdString();
    ASSERT_EQ(repository.checkIns(m_camp)->size(), 1);
    EXPECT_EQ(repository.checkIns(m_camp)->first(), theirs);

    // A check-in already gone is no conflict.
    ASSERT_TRUE(repository.changeCheckIns(m_camp, {}, {theirs}).has_value());
    EXPECT_TRUE(repository.changeCheckIns(m_camp, {}, {tick}).has_value());
    EXPECT_TRUE(repository.checkIns(m_camp)->isEmpty());
}

// A chat check-in cleared and put back (the grid's undo) keeps its import:
// taking that import out later takes the check-in with it, where it stayed,
// "from the chat", counted.
TEST_P(ChatImportTest, AChatCheckInPutBackKeepsItsImport)
{
    auto summary = importDayOne();
    ASSERT_TRUE(summary.has_value()) << summary.error().message.toStdString();
    ParticipationRepository &repository = m_workspace->participation();
    const QList<CheckIn> stored = repository.checkIns(m_camp).value_or(QList<CheckIn> {});
    ASSERT_EQ(stored.size(), 1);
    const CheckIn chat = stored.first();
    EXPECT_EQ(chat.source, CheckInSource::Chat);
    EXPECT_EQ(chat.importId, summary->importId);
    ASSERT_TRUE(repository.changeCheckIns(m_camp, {}, {chat}).has_value());
    ASSERT_EQ(repository.changeCheckIns(m_camp, {chat}, {}).value_or(QList<CheckIn> {}).size(), 1);
    ASSERT_EQ(repository.checkIns(m_camp)->size(), 1);
    EXPECT_EQ(repository.checkIns(m_camp)->first(), chat) << "as it was, its import too";

    // Cleared again, and the import taken out meanwhile: putting it back
    // would leave a chat check-in no import can take out. Refused.
    ASSERT_TRUE(repository.changeCheckIns(m_camp, {}, {chat}).has_value());
    const auto reverted = ChatImporter::revert(*m_workspace, m_camp, *summary);
    ASSERT_TRUE(reverted.has_value()) << reverted.error().message.toStdString();
    const auto orphan = repository.changeCheckIns(m_camp, {chat}, {});
    ASSERT_FALSE(orphan.has_value());
    EXPECT_TRUE(orphan.error().stale) << orphan.error().message.toStdString();
    EXPECT_TRUE(repository.checkIns(m_camp)->isEmpty());
}

TEST_P(ChatImportTest, WatchWordsFlagMessagesOfMembers)
{
    ASSERT_TRUE(importDayOne().has_value());
    const auto hits = m_workspace->participation().watchHits(m_camp, Camp::defaultWatchWords());
    ASSERT_TRUE(hits.has_value());
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->first().senderName, QStringLiteral("张三"));
    EXPECT_EQ(hits->first().word, QStringLiteral("理财"));
    EXPECT_EQ(hits->first().text, QStringLiteral("有人做理财吗"));
}

// A member who checks in from two accounts on one day has one check-in, and
// its note is the day's earliest post, whichever account the export lists
// first and in whatever order it lists them (the note once depended on a
// hash's order, so on the run). Rebuilt from the messages later, each day
// keeps the same note.
TEST_P(ChatImportTest, ACheckInFromTwoAccountsOfOneMemberTakesTheEarlierPostAsItsNote)
{
    const auto twoAccounts = [&](const QString &name, const QString &key) {
        return member(name, QString(),
                      {{QStringLiteral("wechat"), key}, {QStringLiteral("wechat"), key + QStringLiteral("_work")}});
    };
    const qint64 zhao = twoAccounts(QStringLiteral("赵一鸣"), QStringLiteral("wxid_zhao"));
    const qint64 qian = twoAccounts(QStringLiteral("钱多多"), QStringLiteral("wxid_qian"));
    const QDate day(2027, 3, 2);
    const auto post
        = [&](const QString &key, QTime time, const QString &text) { return message(key, key, at(day, time), text); };
    // Many accounts first, so that the members' land far apart in a hash.
    QList<ChatMessage> messages;
    for (int other = 0; other < 50; ++other)
        messages.append(post(QStringLiteral("wxid_other%1").arg(other), QTime(6, other), QStringLiteral("早")));
    // 赵一鸣: the earlier post comes from the account listed second.
    messages.append(post(QStringLiteral("wxid_zhao"), QTime(7, 30), QStringLiteral("打卡第2天 晚了半小时")));
    messages.append(post(QStringLiteral("wxid_zhao_work"), QTime(7, 0), QStringLiteral("打卡第2天 准时")));
    // 钱多多: from the account listed first, which also posts a later one
    // before it in the file.
    messages.append(post(QStringLiteral("wxid_qian"), QTime(8, 45), QStringLiteral("打卡第2天 补一张图")));
    messages.append(post(QStringLiteral("wxid_qian_work"), QTime(8, 30), QStringLiteral("打卡第2天 工作号")));
    messages.append(post(QStringLiteral("wxid_qian"), QTime(8, 15), QStringLiteral("打卡第2天 最早")));
    const auto summary
        = ChatImporter(*m_workspace)
              .importMessages(m_camp, ChatFormat::WeChatMemoTraceCsv, QStringLiteral("day2.csv"), messages, {});
    ASSERT_TRUE(summary.has_value()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->checkIns, 2);

    const auto noteOf = [&](qint64 personId) -> QString {
        const auto checkIns = m_workspace->participation().checkIns(m_camp);
        EXPECT_TRUE(checkIns.has_value());
        QStringList notes;
        for (const CheckIn &checkIn : checkIns.value_or(QList<CheckIn>())) {
            if (checkIn.personId == personId && checkIn.day == day)
                notes.append(checkIn.note);
        }
        EXPECT_EQ(notes.size(), 1) << "one check-in a day";
        return notes.value(0);
    };
    EXPECT_EQ(noteOf(zhao), QStringLiteral("打卡第2天 准时"));
    EXPECT_EQ(noteOf(qian), QStringLiteral("打卡第2天 最早"));
    EXPECT_EQ(totalsOf(zhao).checkIns, 1);
    EXPECT_EQ(totalsOf(qian).messages, 3);

    // The account whose post it was goes to nobody, then back: the day's
    // check-in stays, its note the earliest post of the accounts that are hers.
    ParticipationRepository &repository = m_workspace->participation();
    const auto identities = repository.identities(m_camp);
    ASSERT_TRUE(identities.has_value());
    const auto work = std::find_if(identities->cbegin(), identities->cend(), [](const ChatIdentity &identity) {
        return identity.chatKey == QLatin1String("wxid_zhao_work");
    });
    ASSERT_NE(work, identities->cend());
    ASSERT_TRUE(repository.mapIdentity(work->id, 0).has_value());
    EXPECT_EQ(noteOf(zhao), QStringLiteral("打卡第2天 晚了半小时")) << "the post left to him";
    ASSERT_TRUE(repository.mapIdentity(work->id, zhao).has_value());
    EXPECT_EQ(noteOf(zhao), QStringLiteral("打卡第2天 准时")) << "the earlier post again";
    EXPECT_EQ(totalsOf(zhao).checkIns, 1);
}

// A chat check-in the operator cleared stays cleared when a second account
// of the member is mapped to them: only the days that account posted a
// check-in on are added. Mapping it away again takes only what it brought.
TEST_P(ChatImportTest, MappingAnotherAccountBringsNoClearedCheckInBack)
{
    const QList<ChatMessage> messages {message(QStringLiteral("wxid_lin"), QStringLiteral("小雨"),
                                               at(QDate(2027, 3, 1), QTime(7, 0)), QStringLiteral("打卡")),
                                       message(QStringLiteral("wxid_lin"), QStringLiteral("小雨"),
                                               at(QDate(2027, 3, 2), QTime(7, 0)), QStringLiteral("打卡")),
                                       message(QStringLiteral("wxid_lin2"), QStringLiteral("小雨的小号"),
                                               at(QDate(2027, 3, 3), QTime(7, 0)), QStringLiteral("打卡"))};
    auto summary = ChatImporter(*m_workspace)
                       .importMessages(m_camp, ChatFormat::WeChatMemoTraceCsv, QStringLiteral("two.csv"), messages, {});
    ASSERT_TRUE(summary.has_value()) << summary.error().message.toStdString();
    ParticipationRepository &repository = m_workspace->participation();
    const auto cleared = repository.changeCheckIns(
        m_camp, {}, {CheckIn {m_lin, QDate(2027, 3, 2), 0, CheckInSource::Chat, QString()}});
    ASSERT_TRUE(cleared.has_value()) << cleared.error().message.toStdString();
    ASSERT_EQ(checkInDaysOf(m_lin), QList<QDate> {QDate(2027, 3, 1)});

    const auto identities = repository.identities(m_camp);
    ASSERT_TRUE(identities.has_value());
    const auto second = std::find_if(identities->cbegin(), identities->cend(), [](const ChatIdentity &identity) {
        return identity.chatKey == QLatin1String("wxid_lin2");
    });
    ASSERT_NE(second, identities->cend());
    ASSERT_TRUE(repository.mapIdentity(second->id, m_lin).has_value());
    EXPECT_EQ(checkInDaysOf(m_lin), (QList<QDate> {QDate(2027, 3, 1), QDate(2027, 3, 3)})) << "2 March stays cleared";
    EXPECT_EQ(totalsOf(m_lin).checkIns, 2);
    ASSERT_TRUE(repository.mapIdentity(second->id, 0).has_value());
    EXPECT_EQ(checkInDaysOf(m_lin), QList<QDate> {QDate(2027, 3, 1)});
}

TEST_P(ChatImportTest, CheckInTextIsRecognised)
{
    EXPECT_TRUE(ChatImporter::isCheckInText(u"打卡第3天"));
    EXPECT_TRUE(ChatImporter::isCheckInText(u"#接龙\n1. 林晓雨"));
    EXPECT_TRUE(ChatImporter::isCheckInText(u"#CheckIn day 3"));
    EXPECT_FALSE(ChatImporter::isCheckInText(u"早上好"));
    EXPECT_TRUE(ChatImporter::isCheckInText(u"第5天已打卡 ✅"));
    // Reminders, questions and "not yet" talk about checking in; they are not one.
    for (const char16_t *text : {u"大家记得打卡哦", u"还没打卡的同学抓紧", u"今天打卡了吗？", u"请大家打卡",
                                 u"怎么打卡呀", u"打卡提醒：今晚 22:00 截止", u"别忘了打卡"})
        EXPECT_FALSE(ChatImporter::isCheckInText(text)) << QString::fromUtf16(text).toStdString();
}

TEST_P(ChatImportTest, WatchListReadsTheChatOnceForAllWordsAndListsEachWordFound)
{
    QList<ChatMessage> messages {
        message(QStringLiteral("wxid_zhang"), QStringLiteral("张三"), at(QDate(2027, 3, 2), QTime(9, 0)),
                QStringLiteral("理财和币圈都别碰")),
        message(QStringLiteral("wxid_zhang"), QStringLiteral("张三"), at(QDate(2027, 3, 2), QTime(8, 0)),
                QStringLiteral("100% 回报 a_b")),
        message(QStringLiteral("wxid_lin"), QStringLiteral("林晓雨"), at(QDate(2027, 3, 2), QTime(10, 0)),
                QStringLiteral("早上好")),
    };
    ASSERT_TRUE(ChatImporter(*m_workspace)
                    .importMessages(m_camp, ChatFormat::WeChatMemoTraceCsv, QStringLiteral("watch.csv"), messages, {})
                    .has_value());
    const auto hits = m_workspace->participation().watchHits(m_camp,
                                                             {QStringLiteral("币圈"), QStringLiteral(" 理财 "),
                                                              QStringLiteral("100%"), QStringLiteral("a_b"), QString(),
                                                              QStringLiteral("理财")});
    ASSERT_TRUE(hits.has_value()) << hits.error().message.toStdString();
    ASSERT_EQ(hits->size(), 4) << "one row per word found; blank and repeated words ignored";
    EXPECT_EQ(hits->at(0).word, QStringLiteral("100%")) << "by time: the 8:00 message first";
    EXPECT_EQ(hits->at(1).word, QStringLiteral("a_b")) << "% and _ are matched literally";
    EXPECT_EQ(hits->at(2).sentAt, hits->at(3).sentAt);
    EXPECT_EQ(QSet<QString>({hits->at(2).word, hits->at(3).word}),
              QSet<QString>({QStringLiteral("理财"), QStringLiteral("币圈")}));
    const auto none = m_workspace->participation().watchHits(m_camp, {QStringLiteral("  ")});
    ASSERT_TRUE(none.has_value());
    EXPECT_TRUE(none->isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Engines, ChatImportTest, bothEngines(), engineName);
INSTANTIATE_TEST_SUITE_P(Engines, ServerChatImportTest, ::testing::Values(Engine::Server), engineName);
