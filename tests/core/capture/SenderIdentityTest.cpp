// Who sent a message, and which member that is: one person is one member,
// a guess is only ever a suggestion, and every message of a file is counted.
#include "core/Workspace.h"
#include "core/capture/ChatImporter.h"
#include "core/capture/JielongMatcher.h"
#include "core/capture/JielongParser.h"
#include "core/capture/ParticipationRepository.h"
#include "core/capture/ParticipationStats.h"
#include "core/domain/CampRepository.h"
#include "core/domain/MembershipRepository.h"
#include "core/domain/PersonRepository.h"
#include "core/storage/SqlQuery.h"
#include "tests/support/EngineWorkspace.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <gtest/gtest.h>

#include <algorithm>

using namespace CampDesk;
using namespace CampDesk::Testing;

namespace {

const QTimeZone Shanghai(QByteArrayLiteral("Asia/Shanghai"));

qint64 at(QDate day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), Shanghai).toSecsSinceEpoch();
}

ChatMessage sent(const QString &id, const QString &name, qint64 time, const QString &text)
{
    ChatMessage message;
    message.senderId = id;
    message.senderName = name;
    message.time = time;
    message.text = text;
    return message;
}

} // namespace

class SenderIdentityTest : public ::testing::TestWithParam<Engine> {
protected:
    void SetUp() override
    {
        if (auto reason = m_place.skipReason())
            GTEST_SKIP() << *reason;
        openCamp(QStringLiteral("identity.campdesk"));
    }

    void openCamp(const QString &fileName)
    {
        m_workspace.reset();
        auto opened = Workspace::open(m_place.address(fileName));
        ASSERT_TRUE(opened.has_value()) << opened.error().message.toStdString();
        m_workspace = std::move(*opened);
        Camp camp = Camp::withDefaults(QStringLiteral("晨跑营"), QDate(2027, 3, 1), QDate(2027, 3, 21));
        camp.timeZone = QStringLiteral("Asia/Shanghai");
        m_camp = *m_workspace->camps().insert(camp);
    }

    qint64 member(const QString &name, const QString &nickname = QString(), const QList<ChatId> &ids = {},
                  const QString &phone = QString())
    {
        Person person {0, name, {}};
        person.chatIds = ids;
        person.phone = phone;
        const qint64 personId = *m_workspace->people().insert(person);
        Membership membership;
        membership.campId = m_camp;
        membership.personId = personId;
        membership.groupNickname = nickname;
        EXPECT_TRUE(m_workspace->memberships().add(membership).has_value());
        return personId;
    }

    Result<ChatImportSummary> importMessages(ChatFormat format, QList<ChatMessage> messages,
                                             const ChatImportOptions &options = {})
    {
        return ChatImporter(*m_workspace)
            .importMessages(m_camp, format, QStringLiteral("test"), std::move(messages), options);
    }

    Result<ChatImportSummary> importFile(const QString &name, const QByteArray &bytes,
                                         const ChatImportOptions &options = {})
    {
        const QString path = m_dir.path(name);
        writeAll(path, bytes);
        return ChatImporter(*m_workspace).run(m_camp, path, options);
    }

    qint64 count(const QString &sql) const { return Sql::scalar(m_workspace->database(), sql).value_or(-1); }
    qint64 members() const { return count(QStringLiteral("SELECT COUNT(*) FROM memberships")); }

    // person id of the identity with this key, 0 when unmapped
    qint64 personOf(const QString &key) const
    {
        return Sql::scalar(m_workspace->database(),
                           QStringLiteral("SELECT coalesce(person_id, 0) FROM chat_identities WHERE chat_key = ?"),
                           {key})
            .value_or(-1);
    }

    const ImportIdentity *unmatched(const ChatImportSummary &summary, const QString &key) const
    {
        for (const ImportIdentity &identity : summary.unmatched) {
            if (identity.chatKey == key)
                return &identity;
        }
        return nullptr;
    }

    TempDir m_dir;
    EngineWorkspace m_place {GetParam()};
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_camp = 0;
};

TEST_P(SenderIdentityTest, NamesThatDifferOnlyInDigitsAreDifferentMembers)
{
    QList<ChatMessage> messages;
    const QDate day(2027, 3, 2);
    for (int i = 0; i < 120; ++i) {
        const QString name = QStringLiteral("Member %1").arg(i, 4, 10, QLatin1Char('0'));
        messages.append(sent(QString(), name, at(day, 9, i % 60), QStringLiteral("hello")));
    }
    messages.append(sent(QString(), QStringLiteral("Anna 2"), at(day, 10), QStringLiteral("hi")));
    messages.append(sent(QString(), QStringLiteral("Anna 3"), at(day, 11), QStringLiteral("hi")));
    ChatImportOptions options;
    options.createMembers = true;
    const auto summary = importMessages(ChatFormat::WhatsApp, messages, options);
    ASSERT_TRUE(summary.has_value()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->membersCreated, 122) << "one member per distinct sender";
    EXPECT_EQ(members(), 122);
    EXPECT_NE(personOf(QStringLiteral("name:Anna 2")), personOf(QStringLiteral("name:Anna 3")));
    EXPECT_NE(personOf(QStringLiteral("name:Member 0000")), personOf(QStringLiteral("name:Member 0001")));
}

TEST_P(SenderIdentityTest, TheCampsNicknamePatternNeverMergesTwoPeople)
{
    const qint64 li = member(QStringLiteral("李华"), QStringLiteral("1组-小李-北京"));
    const QDate day(2027, 3, 2);
    const auto summary
        = importMessages(ChatFormat::WhatsApp,
                         {sent(QString(), QStringLiteral("1组-小李-北京"), at(day, 9), QStringLiteral("早")),
                          sent(QString(), QStringLiteral("1组-小王-上海"), at(day, 9, 5), QStringLiteral("早")),
                          sent(QString(), QStringLiteral("2组-小赵-北京"), at(day, 9, 6), QStringLiteral("早"))});
    ASSERT_TRUE(summary.has_value());
    EXPECT_EQ(personOf(QStringLiteral("name:1组-小李-北京")), li) << "the exact group nickname";
    EXPECT_EQ(personOf(QStringLiteral("name:1组-小王-上海")), 0);
    EXPECT_EQ(personOf(QStringLiteral("name:2组-小赵-北京")), 0);
    ASSERT_NE(unmatched(*summary, QStringLiteral("name:1组-小王-上海")), nullptr);
    EXPECT_TRUE(unmatched(*summary, QStringLiteral("name:1组-小王-上海"))->suggestions.isEmpty())
        << "sharing a subgroup is no reason to suggest a member";
    EXPECT_TRUE(unmatched(*summary, QStringLiteral("name:2组-小赵-北京"))->suggestions.isEmpty())
        << "sharing a city is no reason to suggest a member";
}

TEST_P(SenderIdentityTest, FuzzyNamesAreSuggestionsWithTheirReasonNeverDecisions)
{
    const qint64 tom = member(QStringLiteral("Tom Lee"));
    const qint64 chen = member(QStringLiteral("陈浩然"), QStringLiteral("4组-陈浩然-杭州"));
    const qint64 lin = member(QStringLiteral("林晓雨"));
    const qint64 anna = member(QStringLiteral("Anna"));
    const QDate day(2027, 3, 2);
    const auto summary
        = importMessages(ChatFormat::WhatsApp,
                         {sent(QString(), QStringLiteral("Tom"), at(day, 9), QStringLiteral("a")),
                          sent(QString(), QStringLiteral("浩然"), at(day, 9, 1), QStringLiteral("b")),
                          sent(QString(), QStringLiteral("lxy"), at(day, 9, 2), QStringLiteral("c")),
                          sent(QString(), QStringLiteral("Anna 2"), at(day, 9, 3), QStringLiteral("d")),
                          sent(QString(), QStringLiteral("tom lee"), at(day, 9, 4), QStringLiteral("e")),
                          sent(QString(), QStringLiteral("Tom Leo"), at(day, 9, 5), QStringLiteral("f"))});
    ASSERT_TRUE(summary.has_value());
    const auto expectSuggestion = [&](const QString &name, qint64 personId, NameIndex::Reason reason) {
        const ImportIdentity *identity = unmatched(*summary, QStringLiteral("name:") + name);
        ASSERT_NE(identity, nullptr) << name.toStdString() << " must stay unmapped";
        ASSERT_FALSE(identity->suggestions.isEmpty()) << name.toStdString();
        EXPECT_EQ(identity->suggestions.first().personId, personId) << name.toStdString();
        EXPECT_EQ(identity->suggestions.first().reason, reason) << name.toStdString();
        EXPECT_EQ(personOf(QStringLiteral("name:") + name), 0) << name.toStdString();
    };
    expectSuggestion(QStringLiteral("Tom"), tom, NameIndex::Reason::NicknamePart);
    expectSuggestion(QStringLiteral("浩然"), chen, NameIndex::Reason::GivenName);
    expectSuggestion(QStringLiteral("lxy"), lin, NameIndex::Reason::PinyinInitials);
    expectSuggestion(QStringLiteral("Anna 2"), anna, NameIndex::Reason::WithoutDigits);
    expectSuggestion(QStringLiteral("tom lee"), tom, NameIndex::Reason::FoldedName);
    expectSuggestion(QStringLiteral("Tom Leo"), tom, NameIndex::Reason::Spelling);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM member_stats")), 0) << "no member was credited with a guess";

    // The operator accepts: the same file again maps them and moves nothing twice.
    ChatImportOptions accept;
    accept.acceptSuggestions = true;
    const auto again = importMessages(
        ChatFormat::WhatsApp, {sent(QString(), QStringLiteral("浩然"), at(day, 9, 1), QStringLiteral("b"))}, accept);
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->added, 0);
    EXPECT_EQ(again->suggestionsAccepted, 1);
    EXPECT_EQ(personOf(QStringLiteral("name:浩然")), chen);
    const auto totals = ParticipationStats::compute(*m_workspace, m_camp);
    ASSERT_TRUE(totals.has_value());
    for (const MemberTotals &member : totals->members) {
        if (member.personId == chen) {
            EXPECT_EQ(member.messages, 1) << "the earlier import's message now counts for the member";
        }
    }
}

TEST_P(SenderIdentityTest, SharedGroupCardsWithDifferentQQNumbersAreTwoPeople)
{
    const QDate day(2027, 3, 2);
    const QList<ChatMessage> messages
        = {sent(QStringLiteral("10001"), QStringLiteral("小李"), at(day, 9), QStringLiteral("早")),
           sent(QStringLiteral("10002"), QStringLiteral("小李"), at(day, 9, 1), QStringLiteral("早"))};
    ChatImportOptions options;
    options.createMembers = true;
    const auto created = importMessages(ChatFormat::QQText, messages, options);
    ASSERT_TRUE(created.has_value());
    EXPECT_EQ(created->membersCreated, 2);
    EXPECT_NE(personOf(QStringLiteral("10001")), personOf(QStringLiteral("10002")));
}

TEST_P(SenderIdentityTest, OneRosterNameTwoSendersIsASuggestionForBoth)
{
    const qint64 li = member(QStringLiteral("小李"));
    const QDate day(2027, 3, 2);
    const auto summary
        = importMessages(ChatFormat::QQText,
                         {sent(QStringLiteral("10001"), QStringLiteral("小李"), at(day, 9), QStringLiteral("早")),
                          sent(QStringLiteral("10002"), QStringLiteral("小李"), at(day, 9, 1), QStringLiteral("早"))});
    ASSERT_TRUE(summary.has_value());
    EXPECT_EQ(personOf(QStringLiteral("10001")), 0);
    EXPECT_EQ(personOf(QStringLiteral("10002")), 0);
    for (const QString &key : {QStringLiteral("10001"), QStringLiteral("10002")}) {
        const ImportIdentity *identity = unmatched(*summary, key);
        ASSERT_NE(identity, nullptr);
        ASSERT_EQ(identity->suggestions.size(), 1);
        EXPECT_EQ(identity->suggestions.first().personId, li);
        EXPECT_TRUE(identity->suggestions.first().sameName);
    }
}

// "Accept the suggestions" never makes two accounts of one file one member:
// two QQ numbers with the roster's name stay for the operator, and so does
// a guess at a member another sender of the file already is.
TEST_P(SenderIdentityTest, AcceptingSuggestionsNeverMakesTwoAccountsOfAFileOneMember)
{
    const qint64 li = member(QStringLiteral("小李"));
    const qint64 wang = member(QStringLiteral("王子涵"), QString(), {{QStringLiteral("qq"), QStringLiteral("20001")}});
    const QDate day(2027, 3, 2);
    ChatImportOptions accept;
    accept.acceptSuggestions = true;
    const auto summary
        = importMessages(ChatFormat::QQText,
                         {sent(QStringLiteral("10001"), QStringLiteral("小李"), at(day, 9), QStringLiteral("早")),
                          sent(QStringLiteral("10002"), QStringLiteral("小李"), at(day, 9, 1), QStringLiteral("早")),
                          sent(QStringLiteral("20001"), QStringLiteral("子涵"), at(day, 9, 2), QStringLiteral("早")),
                          sent(QStringLiteral("20002"), QStringLiteral("王子涵"), at(day, 9, 3), QStringLiteral("早"))},
                         accept);
    ASSERT_TRUE(summary.has_value()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->suggestionsAccepted, 0);
    EXPECT_EQ(personOf(QStringLiteral("10001")), 0);
    EXPECT_EQ(personOf(QStringLiteral("10002")), 0);
    EXPECT_EQ(personOf(QStringLiteral("20001")), wang) << "the recorded number";
    EXPECT_EQ(personOf(QStringLiteral("20002")), 0) << "another account guessed to be the same member";
    for (const QString &key : {QStringLiteral("10001"), QStringLiteral("10002"), QStringLiteral("20002")}) {
        const ImportIdentity *identity = unmatched(*summary, key);
        ASSERT_NE(identity, nullptr) << key.toStdString() << " is listed for the operator";
        ASSERT_FALSE(identity->suggestions.isEmpty()) << key.toStdString();
        EXPECT_EQ(identity->suggestions.first().personId, key.startsWith(u'1') ? li : wang) << key.toStdString();
    }

    // A guess no other sender of the file shares is still accepted.
    const qint64 chen = member(QStringLiteral("陈浩然"));
    const auto alone = importMessages(
        ChatFormat::QQText, {sent(QStringLiteral("30001"), QStringLiteral("浩然"), at(day, 10), QStringLiteral("早"))},
        accept);
    ASSERT_TRUE(alone.has_value());
    EXPECT_EQ(alone->suggestionsAccepted, 1);
    EXPECT_EQ(personOf(QStringLiteral("30001")), chen);
}

// WhatsApp's "~ Alice" is someone the exporter has not saved, who calls
// themself Alice: not the saved contact Alice of the same export. Both are
// senders of their own, neither is the roster's Alice for sure, and the
// same export imported again adds nothing.
TEST_P(SenderIdentityTest, AnUnsavedWhatsAppContactIsNotTheSavedContactOfTheSameName)
{
    member(QStringLiteral("Alice"));
    const QByteArray chat = QStringLiteral("15/03/2027, 21:15 - Alice: 打卡\n"
                                           "15/03/2027, 21:16 - ~\u202fAlice: 我也打卡\n"
                                           "16/03/2027, 08:00 - ~\u202fAlice: 早\n")
                                .toUtf8();
    const auto summary = importFile(QStringLiteral("chat.txt"), chat);
    ASSERT_TRUE(summary.has_value()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->added, 3);
    EXPECT_EQ(personOf(QStringLiteral("name:Alice")), 0);
    EXPECT_EQ(personOf(QStringLiteral("name:~Alice")), 0);
    EXPECT_NE(unmatched(*summary, QStringLiteral("name:Alice")), nullptr);
    EXPECT_NE(unmatched(*summary, QStringLiteral("name:~Alice")), nullptr);
    const auto again = importFile(QStringLiteral("chat.txt"), chat);
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->added, 0);
}

// An export imported before unsaved contacts had a key of their own stored
// "~ Carla"'s messages under name:Carla: imported again now, they are the
// same messages, and nothing is added.
TEST_P(SenderIdentityTest, AnUnsavedContactsMessagesImportedEarlierUnderTheNameAloneAreNotAddedAgain)
{
    const QDate day(2027, 3, 2);
    QList<ChatMessage> earlier {sent(QString(), QStringLiteral("Carla"), at(day, 9), QStringLiteral("早")),
                                sent(QString(), QStringLiteral("Carla"), at(day, 9, 1), QStringLiteral("早"))};
    const auto before = importMessages(ChatFormat::WhatsApp, earlier);
    ASSERT_TRUE(before.has_value());
    ASSERT_EQ(before->added, 2);
    QList<ChatMessage> now = earlier;
    for (ChatMessage &message : now)
        message.unsavedContact = true;
    const auto again = importMessages(ChatFormat::WhatsApp, now);
    ASSERT_TRUE(again.has_value()) << again.error().message.toStdString();
    EXPECT_EQ(again->added, 0);
    EXPECT_EQ(again->duplicates, 2);
}

// A 12-hour export with no day above 12 (India, Australia, the UK) was
// read month first, every message outside the camp. The camp's days settle
// the order when one order puts more dates in them, and the warning says so
// and how to take the import back.
TEST_P(SenderIdentityTest, AnOrderNoDateSettlesIsSettledByTheCampsDays)
{
    const QByteArray chat = QStringLiteral("05/03/2027, 9:15\u202fpm - Alice: hello\n"
                                           "06/03/2027, 10:16\u202fam - Bob: hi\n")
                                .toUtf8();
    const auto summary = importFile(QStringLiteral("india.txt"), chat);
    ASSERT_TRUE(summary.has_value()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->scan.dateOrder, DateOrder::DayFirst);
    auto days = Sql::exec(m_workspace->database(), QStringLiteral("SELECT day FROM chat_messages ORDER BY day"));
    ASSERT_TRUE(days.has_value());
    QStringList stored;
    while (days->next())
        stored.append(days->value(0).toString());
    EXPECT_EQ(stored, (QStringList {QStringLiteral("2027-03-05"), QStringLiteral("2027-03-06")}));
    ASSERT_FALSE(summary->scan.warnings.isEmpty());
    const QString said = summary->scan.warnings.first().message;
    EXPECT_TRUE(said.contains(QStringLiteral("camp's days")) && said.contains(QStringLiteral("take this import back")))
        << said.toStdString();
}

TEST_P(SenderIdentityTest, AMemberWithAnotherQQNumberNeverGetsANewNumbersMessagesByName)
{
    const qint64 li = member(QStringLiteral("小李"), QString(), {{QStringLiteral("qq"), QStringLiteral("10001")}});
    const QDate day(2027, 3, 2);
    const auto summary
        = importMessages(ChatFormat::QQText,
                         {sent(QStringLiteral("10001"), QStringLiteral("李同学"), at(day, 9), QStringLiteral("早")),
                          sent(QStringLiteral("10009"), QStringLiteral("小李"), at(day, 9, 1), QStringLiteral("早"))});
    ASSERT_TRUE(summary.has_value());
    EXPECT_EQ(personOf(QStringLiteral("10001")), li) << "the recorded QQ number, whatever the group card says";
    EXPECT_EQ(personOf(QStringLiteral("10009")), 0);
    const ImportIdentity *stranger = unmatched(*summary, QStringLiteral("10009"));
    ASSERT_NE(stranger, nullptr) << "listed as unmatched";
    ASSERT_FALSE(stranger->suggestions.isEmpty());
    EXPECT_TRUE(stranger->suggestions.first().sameName);
}

TEST_P(SenderIdentityTest, TelegramIdsDecideAndRenamesKeepEveryName)
{
    const QDate day(2027, 3, 2);
    ChatImportOptions options;
    options.createMembers = true;
    const auto summary
        = importMessages(ChatFormat::TelegramJson,
                         {sent(QStringLiteral("user1"), QStringLiteral("Anna"), at(day, 9), QStringLiteral("a")),
                          sent(QStringLiteral("user2"), QStringLiteral("Anna"), at(day, 9, 1), QStringLiteral("b")),
                          sent(QStringLiteral("user1"), QStringLiteral("Anna K"), at(day, 9, 2), QStringLiteral("c"))},
                         options);
    ASSERT_TRUE(summary.has_value());
    EXPECT_EQ(summary->membersCreated, 2);
    EXPECT_NE(personOf(QStringLiteral("user1")), personOf(QStringLiteral("user2")));
    const auto identities = m_workspace->participation().identities(m_camp);
    ASSERT_TRUE(identities.has_value());
    for (const ChatIdentity &identity : *identities) {
        if (identity.chatKey == QStringLiteral("user1")) {
            EXPECT_EQ(identity.displayName, QStringLiteral("Anna K"));
            EXPECT_EQ(identity.names, (QStringList {QStringLiteral("Anna"), QStringLiteral("Anna K")}));
            EXPECT_EQ(identity.messages, 2);
        }
    }
}

TEST_P(SenderIdentityTest, ExactNamesPhonesAndChatIdsMatchOnTheirOwn)
{
    const qint64 tom = member(QStringLiteral("Tom Lee"));
    const qint64 ana = member(QStringLiteral("Ana"), QString(), {}, QStringLiteral("138 0013 8000"));
    const qint64 wide = member(QStringLiteral("ＡＢＣ"));
    const QDate day(2027, 3, 2);
    const auto summary
        = importMessages(ChatFormat::WhatsApp,
                         {sent(QString(), QStringLiteral(" Tom Lee\u200e"), at(day, 9), QStringLiteral("a")),
                          sent(QString(), QStringLiteral("+86 138-0013-8000"), at(day, 9, 1), QStringLiteral("b")),
                          sent(QString(), QStringLiteral("ABC"), at(day, 9, 2), QStringLiteral("c"))});
    ASSERT_TRUE(summary.has_value());
    EXPECT_EQ(personOf(QStringLiteral("name: Tom Lee\u200e")), tom) << "invisible marks and spaces aside";
    EXPECT_EQ(personOf(QStringLiteral("name:+86 138-0013-8000")), ana)
        << "the recorded phone, without the country code";
    EXPECT_EQ(personOf(QStringLiteral("name:ABC")), wide) << "NFKC: full-width letters are the same letters";
    EXPECT_TRUE(summary->unmatched.isEmpty());
}

TEST_P(SenderIdentityTest, TheExportingAccountIsMeAndNeverDropped)
{
    const QByteArray csv
        = "id,MsgSvrID,type_name,is_sender,talker,room_name,content,CreateTime\n"
          "1,101,文本,0,wxid_lin,晨跑营,\"{\"\"src\"\": \"\"\"\", \"\"msg\"\": \"\"早\"\"}\",2027-03-02 08:00:00\n"
          "2,102,文本,1,,晨跑营,\"{\"\"src\"\": \"\"\"\", \"\"msg\"\": \"\"大家早\"\"}\",2027-03-02 08:01:00\n"
          "3,103,文本,1,,晨跑营,\"{\"\"src\"\": \"\"\"\", \"\"msg\"\": \"\"打卡第1天\"\"}\",2027-03-02 08:02:00\n";
    const auto summary = importFile(QStringLiteral("me.csv"), csv);
    ASSERT_TRUE(summary.has_value()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->added, 3);
    const ImportIdentity *me = nullptr;
    for (const ImportIdentity &identity : summary->unmatched) {
        if (identity.self)
            me = &identity;
    }
    ASSERT_NE(me, nullptr) << "my rows belong to an identity for me, listed until it is mapped";
    EXPECT_EQ(me->messages, 2);
    const auto totals = ParticipationStats::compute(*m_workspace, m_camp);
    ASSERT_TRUE(totals.has_value());
    int selfMessages = 0;
    for (const SenderTotals &sender : totals->unmapped) {
        if (sender.identity.self) {
            selfMessages = sender.messages;
            EXPECT_EQ(sender.checkInDays, 1);
        }
    }
    EXPECT_EQ(selfMessages, 2);
}

TEST_P(SenderIdentityTest, AReusedMessageIdNeverDropsAnotherSendersMessage)
{
    const QByteArray csv
        = "id,MsgSvrID,type_name,is_sender,talker,room_name,content,CreateTime\n"
          "1,555,文本,0,wxid_lin,晨跑营,\"{\"\"src\"\": \"\"\"\", \"\"msg\"\": \"\"早\"\"}\",2027-03-02 08:00:00\n"
          "2,555,文本,0,wxid_wang,晨跑营,\"{\"\"src\"\": \"\"\"\", \"\"msg\"\": \"\"晚安\"\"}\",2027-03-02 08:00:00\n"
          "3,555,文本,0,wxid_lin,晨跑营,\"{\"\"src\"\": \"\"\"\", \"\"msg\"\": \"\"还是我\"\"}\",2027-03-02 08:00:00\n";
    const auto first = importFile(QStringLiteral("reused.csv"), csv);
    ASSERT_TRUE(first.has_value()) << first.error().message.toStdString();
    EXPECT_EQ(first->added, 3) << "another sender's and another text's message both stay";
    EXPECT_EQ(first->duplicates, 0);
    const auto again = importFile(QStringLiteral("reused.csv"), csv);
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->added, 0);
    EXPECT_EQ(again->duplicates, 3);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM chat_messages")), 3);
}

// A Telegram message edited between two exports keeps its id, its sender
// and its time: the later export holds the same message, not a new one. It
// was added again and counted twice. Another sender's message under the same
// id (two groups' exports into one camp) still stays.
TEST_P(SenderIdentityTest, AMessageEditedBetweenTwoTelegramExportsIsNotAddedAgain)
{
    const auto chat = [](const char *text) -> QByteArray {
        return QByteArray(
                   R"({"name": "晨跑营", "type": "private_supergroup", "id": 7, "messages": [)"
                   R"({"id": 10, "type": "message", "date": "2027-03-02T08:00:00", "date_unixtime": "1803600000",)"
                   R"( "from": "Lin", "from_id": "user1", "text": "早"},)"
                   R"({"id": 11, "type": "message", "date": "2027-03-02T08:01:00", "date_unixtime": "1803600060",)"
                   R"( "from": "Wang", "from_id": "user2", "text": ")")
            + text + R"("}]})";
    };
    ChatImportOptions options;
    options.createMembers = true;
    const auto first = importFile(QStringLiteral("result.json"), chat("晚安"), options);
    ASSERT_TRUE(first.has_value()) << first.error().message.toStdString();
    EXPECT_EQ(first->added, 2);
    const auto edited = importFile(QStringLiteral("result.json"), chat("晚安，明天见"), options);
    ASSERT_TRUE(edited.has_value()) << edited.error().message.toStdString();
    EXPECT_EQ(edited->added, 0);
    EXPECT_EQ(edited->duplicates, 2);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM chat_messages")), 2);
}

// MemoTrace numbers messages by its own database (localId): the same chat
// exported on another computer has other numbers, and every message was
// added again. A message is known by its sender, second and text now, also
// one an earlier CampDesk stored under its local id; two identical posts in
// one second both stay, and a third is added.
TEST_P(SenderIdentityTest, AMemoTraceExportMadeOnAnotherComputerAddsNothingAgain)
{
    const auto csv = [](int firstId, int posts) -> QByteArray {
        QByteArray text = "localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,"
                          "NickName,Sender\n";
        for (int post = 0; post < posts; ++post)
            text += QByteArray::number(firstId + post)
                + ",217,1,0,0,1803600000,,打卡,2027-02-25 08:00:00,,小林,wxid_lin\n";
        text += QByteArray::number(firstId + posts) + ",217,1,0,0,1803600060,,早,2027-02-25 08:01:00,,小王,wxid_wang\n";
        return text;
    };
    ChatImportOptions options;
    options.createMembers = true;
    const auto first = importFile(QStringLiteral("here.csv"), csv(100, 2), options);
    ASSERT_TRUE(first.has_value()) << first.error().message.toStdString();
    EXPECT_EQ(first->added, 3) << "two identical posts in one second both stay";

    const auto elsewhere = importFile(QStringLiteral("there.csv"), csv(9000, 2), options);
    ASSERT_TRUE(elsewhere.has_value()) << elsewhere.error().message.toStdString();
    EXPECT_EQ(elsewhere->added, 0);
    EXPECT_EQ(elsewhere->duplicates, 3);

    // As an earlier CampDesk stored them: under keys of their local ids.
    ASSERT_TRUE(
        Sql::exec(m_workspace->database(),
                  QStringLiteral("UPDATE chat_messages SET source_key = source_key / 2147483648 * 2147483648 + id"))
            .has_value());
    const auto stored = importFile(QStringLiteral("there.csv"), csv(9000, 2), options);
    ASSERT_TRUE(stored.has_value()) << stored.error().message.toStdString();
    EXPECT_EQ(stored->added, 0);

    const auto third = importFile(QStringLiteral("more.csv"), csv(500, 3), options);
    ASSERT_TRUE(third.has_value()) << third.error().message.toStdString();
    EXPECT_EQ(third->added, 1) << "the third identical post is new";
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM chat_messages")), 4);
}

TEST_P(SenderIdentityTest, TheEncryptionNoticeUnderTheGroupsNameIsNoMember)
{
    const QByteArray chat
        = "3/2/27, 09:00 - My Group 2027: Messages and calls are end-to-end encrypted. No one outside of "
          "this chat, not even WhatsApp, can read or listen to them. Tap to learn more.\n"
          "3/2/27, 09:01 - Ann: hello\n"
          "[3/2/27, 09:02:00] My Group 2027: \u200eMessages and calls are end-to-end encrypted. No one "
          "outside of this chat, not even WhatsApp, can read or listen to them.\n";
    ChatImportOptions options;
    options.createMembers = true;
    const auto summary = importFile(QStringLiteral("banner.txt"), chat, options);
    ASSERT_TRUE(summary.has_value()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->membersCreated, 1) << "only Ann";
    EXPECT_EQ(summary->systemEvents, 2);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM chat_identities")), 1);
}

TEST_P(SenderIdentityTest, ANulCharacterIsReplacedAndToldTheSameOnBothEngines)
{
    // A server stores no NUL in a text: the whole import was refused there.
    QByteArray chat = "3/2/27, 09:01 - Ann: hello\n"
                      "3/2/27, 09:02 - Ann: half\n"
                      "3/2/27, 09:03 - Bo: fine\n";
    chat.replace("half", QByteArray("ha\0lf", 5));
    chat.replace("Bo:", QByteArray("B\0o:", 4));
    ChatImportOptions options;
    options.createMembers = true;
    const auto summary = importFile(QStringLiteral("nul.txt"), chat, options);
    ASSERT_TRUE(summary.has_value()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->added, 3);
    EXPECT_EQ(summary->skipped, 0) << "every message was kept";
    const auto told = std::find_if(summary->scan.warnings.cbegin(), summary->scan.warnings.cend(),
                                   [](const ParseWarning &warning) { return warning.message.contains(u"NUL"); });
    ASSERT_NE(told, summary->scan.warnings.cend()) << "the operator is told";
    EXPECT_EQ(told->line, 2);
    EXPECT_EQ(told->skipped, 0);
    EXPECT_TRUE(told->message.startsWith(QStringLiteral("line 2: 2 message"))) << told->message.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM chat_messages WHERE body = 'ha\uFFFDlf'")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM chat_identities WHERE display_name = 'B\uFFFDo'")), 1);

    const auto again = importFile(QStringLiteral("nul.txt"), chat, options);
    ASSERT_TRUE(again.has_value()) << again.error().message.toStdString();
    EXPECT_EQ(again->added, 0) << "the same file again adds nothing";
}

TEST_P(SenderIdentityTest, DatesFrom1883To2099AreStoredAndTheCampStaysReadable)
{
    const QByteArray chat = "3/2/2027, 09:00 - Ann: hello\n"
                            "3/1/1883, 12:00 - Ann: from the past\n"
                            "12/31/1969, 23:59 - Ann: just before 1970\n"
                            "1/1/2099, 10:00 - Ann: from the future\n"
                            "3/14/2027, 09:00 - Ann: month first\n";
    ChatImportOptions options;
    options.createMembers = true;
    const auto summary = importFile(QStringLiteral("dates.txt"), chat, options);
    ASSERT_TRUE(summary.has_value()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->added, 5);
    EXPECT_EQ(summary->skipped, 0);
    const auto days = m_workspace->participation().dayStats(m_camp);
    ASSERT_TRUE(days.has_value()) << days.error().message.toStdString();
    int messages = 0;
    for (const MemberDayStats &day : *days) {
        messages += day.messages;
        EXPECT_LE(day.firstAt, day.lastAt);
    }
    EXPECT_EQ(messages, 5) << "every date is counted for the member";
    const auto again = importFile(QStringLiteral("dates.txt"), chat, options);
    ASSERT_TRUE(again.has_value()) << again.error().message.toStdString();
    EXPECT_EQ(again->added, 0);
}

TEST_P(SenderIdentityTest, ANumberedRulesBlockBeforeTheListIsNotEntries)
{
    const QString text = QStringLiteral("#接龙 第3天打卡\n"
                                        "规则：\n"
                                        "1. 每天 8 点前打卡\n"
                                        "2. 不刷屏\n"
                                        "\n"
                                        "1. 张三 跑了5公里\n"
                                        "2. 李四\n"
                                        "3. 王五\n");
    const QList<JielongList> lists = JielongParser::parse(text);
    ASSERT_EQ(lists.size(), 1);
    ASSERT_EQ(lists.first().entries.size(), 3);
    EXPECT_EQ(lists.first().entries.first().firstWord, QStringLiteral("张三"));
    EXPECT_TRUE(lists.first().title.contains(QStringLiteral("不刷屏")));
    EXPECT_EQ(lists.first().header, QStringLiteral("#接龙 第3天打卡"));
    // Re-posted copies with the rules each time still give the longest list.
    const QList<JielongList> reposted
        = JielongParser::parse(text + QStringLiteral("\n") + text + QStringLiteral("4. 赵六\n"));
    ASSERT_EQ(reposted.size(), 1);
    EXPECT_EQ(reposted.first().entries.size(), 4);
    EXPECT_EQ(reposted.first().copies, 2);
}

TEST_P(SenderIdentityTest, ImportingAJielongPointsAtTheJielongCommand)
{
    const auto summary = importFile(QStringLiteral("list.txt"), QByteArrayLiteral("#接龙 晨跑\n1. 张三\n2. 李四\n"));
    ASSERT_FALSE(summary.has_value());
    EXPECT_TRUE(summary.error().message.contains(QStringLiteral("接龙"))) << summary.error().message.toStdString();
    EXPECT_TRUE(summary.error().message.contains(QStringLiteral("jielong"))) << summary.error().message.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM chat_imports")), 0);
}

TEST_P(SenderIdentityTest, ADateContradictingTheOrderStopsTheImportBeforeAnythingIsWritten)
{
    const QByteArray chat = "1/3/27, 09:00 - Ann: a\n"
                            "13/3/27, 09:00 - Ann: day first only\n"
                            "3/14/27, 09:00 - Ann: month first only\n";
    const auto refused = importFile(QStringLiteral("mixed.txt"), chat);
    ASSERT_FALSE(refused.has_value());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("line 2"))) << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("line 3"))) << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("--date-order")));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM chat_messages")), 0);

    ChatImportOptions dayFirst;
    dayFirst.dateOrder = DateOrder::DayFirst;
    const auto forced = importFile(QStringLiteral("mixed.txt"), chat, dayFirst);
    ASSERT_TRUE(forced.has_value()) << forced.error().message.toStdString();
    EXPECT_EQ(forced->added, 2);
    EXPECT_EQ(forced->skipped, 1) << "the month-first line is not imported, and the summary says so";
    ASSERT_EQ(skippedMessages(forced->scan.warnings), 1);
}

// For generated exports: the members created are the distinct senders, and
// importing the same export again changes nothing.
TEST_P(SenderIdentityTest, MembersCreatedEqualDistinctSendersAndReimportChangesNothing)
{
    for (quint32 seed = 1; seed <= 12; ++seed) {
        openCamp(QStringLiteral("generated-%1.campdesk").arg(seed));
        QRandomGenerator random(seed);
        const bool withIds = seed % 2 == 0;
        const int people = 5 + int(random.bounded(40));
        const QStringList stems = {QStringLiteral("Anna"), QStringLiteral("小李"), QStringLiteral("1组-小王-上海"),
                                   QStringLiteral("Member 00"), QStringLiteral("Tom")};
        QList<ChatMessage> messages;
        QSet<QString> keys;
        const QDate day(2027, 3, 2);
        for (int i = 0; i < 400; ++i) {
            const int who = int(random.bounded(people));
            // Names repeat across different ids and differ only in digits.
            const QString name
                = stems.at(who % stems.size()) + (who >= stems.size() ? QString::number(who) : QString());
            const QString id = withIds ? QStringLiteral("user%1").arg(who) : QString();
            ChatMessage message
                = sent(id, withIds && random.bounded(3) == 0 ? name + QStringLiteral(" (renamed)") : name,
                       at(day.addDays(int(random.bounded(10))), 8 + int(random.bounded(12)), int(random.bounded(60))),
                       QStringLiteral("message %1").arg(i));
            keys.insert(ChatImporter::chatKey(message));
            messages.append(message);
        }
        ChatImportOptions options;
        options.createMembers = true;
        const auto first = importMessages(withIds ? ChatFormat::TelegramJson : ChatFormat::WhatsApp, messages, options);
        ASSERT_TRUE(first.has_value());
        EXPECT_EQ(first->membersCreated, keys.size()) << "seed " << seed;
        EXPECT_EQ(members(), keys.size());
        const auto statsBefore = ParticipationStats::compute(*m_workspace, m_camp)->toJson(m_camp);
        const auto again = importMessages(withIds ? ChatFormat::TelegramJson : ChatFormat::WhatsApp, messages, options);
        ASSERT_TRUE(again.has_value());
        EXPECT_EQ(again->added, 0);
        EXPECT_EQ(again->membersCreated, 0);
        EXPECT_EQ(members(), keys.size());
        EXPECT_EQ(ParticipationStats::compute(*m_workspace, m_camp)->toJson(m_camp), statsBefore) << "seed " << seed;
    }
}

INSTANTIATE_TEST_SUITE_P(Engines, SenderIdentityTest, bothEngines(), engineName);
