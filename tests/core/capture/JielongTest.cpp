#include "core/Workspace.h"
#include "core/capture/JielongMatcher.h"
#include "core/capture/JielongParser.h"
#include "core/capture/NameIndex.h"
#include "core/capture/ParticipationRepository.h"
#include "core/domain/ActivityRepository.h"
#include "core/domain/CampRepository.h"
#include "core/domain/MembershipRepository.h"
#include "core/domain/PersonRepository.h"
#include "core/roster/NicknameStandard.h"
#include "core/roster/TextDecoder.h"
#include "tests/support/Samples.h"
#include "tests/support/TempWorkspace.h"

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

namespace {

QStringList texts(const JielongList &list)
{
    QStringList out;
    for (const JielongEntry &entry : list.entries)
        out << entry.text;
    return out;
}

QStringList firstWords(const JielongList &list)
{
    QStringList out;
    for (const JielongEntry &entry : list.entries)
        out << entry.firstWord;
    return out;
}

} // namespace

TEST(JielongParserTest, ReadsAListWithEmojiAndRemarks)
{
    const QList<JielongList> lists = JielongParser::parse(
        TextDecoder::decode(readAll(QStringLiteral(CAMPDESK_TEST_DATA "/capture/jielong/meal-order.txt"))).text);
    ASSERT_EQ(lists.size(), 1);
    ASSERT_EQ(lists.first().entries.size(), 6);
    EXPECT_EQ(lists.first().entries.first().text, QStringLiteral("Ola.K"));
    EXPECT_EQ(lists.first().entries.at(1).firstWord, QStringLiteral("小雨🫧"));
    EXPECT_EQ(lists.first().entries.at(3).firstWord, QStringLiteral("Pete"));
    EXPECT_EQ(lists.first().entries.at(3).line, 4);
    EXPECT_EQ(lists.first().entries.last().number, 6);
    EXPECT_EQ(lists.first().entries.last().text, QStringLiteral("rosa_chen J 鸡胸"));
}

TEST(JielongParserTest, ReadsTheRealSampleWithEmojiAndRemarks)
{
    CAMPDESK_SKIP_WITHOUT_SAMPLES();
    const QByteArray bytes = readAll(samplePath(QStringLiteral("jielong/meal-chain-helper__sample_today_chain.txt")));
    ASSERT_FALSE(bytes.isEmpty()) << "missing sample: meal-chain-helper__sample_today_chain.txt";
    const QList<JielongList> lists = JielongParser::parse(TextDecoder::decode(bytes).text);
    ASSERT_EQ(lists.size(), 1);
    ASSERT_EQ(lists.first().entries.size(), 11);
    EXPECT_EQ(lists.first().entries.first().text, QStringLiteral("We.SNM"));
    EXPECT_EQ(lists.first().entries.at(3).firstWord, QStringLiteral("Jaxon"));
    EXPECT_EQ(lists.first().entries.at(3).line, 4);
    EXPECT_EQ(lists.first().entries.last().number, 11);
    EXPECT_EQ(lists.first().entries.last().text, QStringLiteral("Henry J 鸡胸"));
}

TEST(JielongParserTest, AcceptsEveryNumberingStyle)
{
    const QString text
        = QStringLiteral("#接龙\n1、林晓雨\n2）王子涵 A组\n3) 陈浩然\n4．赵敏\n５．孙丽\n６、周杰\n7.295-909 6份\n");
    const QList<JielongList> lists = JielongParser::parse(text);
    ASSERT_EQ(lists.size(), 1);
    EXPECT_EQ(firstWords(lists.first()),
              (QStringList {QStringLiteral("林晓雨"), QStringLiteral("王子涵"), QStringLiteral("陈浩然"),
                            QStringLiteral("赵敏"), QStringLiteral("孙丽"), QStringLiteral("周杰"),
                            QStringLiteral("295-909")}));
    EXPECT_EQ(lists.first().entries.at(4).number, 5) << "full-width digits";
    EXPECT_EQ(lists.first().header, QStringLiteral("#接龙"));
}

TEST(JielongParserTest, ReadsHeaderFormsTitlesAndNotes)
{
    const QString text = QStringLiteral("@真AI健身教练Jessie  打卡#接龍\n"
                                        "早六点半到九点半 运动\n"
                                        "例 打卡第X天\n"
                                        "\n"
                                        "1. 清川 打卡第3天\n"
                                        "2. 大螃蟹 7:20-8:35 玩手机\n"
                                        "三点截单\n");
    const QList<JielongList> lists = JielongParser::parse(text);
    ASSERT_EQ(lists.size(), 1);
    EXPECT_EQ(lists.first().header, QStringLiteral("@真AI健身教练Jessie  打卡#接龍"));
    EXPECT_EQ(lists.first().title, QStringLiteral("早六点半到九点半 运动\n例 打卡第X天"));
    // A note straight below the last entry cannot be told from a second line
    // of that entry; it stays in the remark, and the name is unaffected.
    EXPECT_EQ(texts(lists.first()),
              (QStringList {QStringLiteral("清川 打卡第3天"), QStringLiteral("大螃蟹 7:20-8:35 玩手机\n三点截单")}));
    EXPECT_EQ(lists.first().entries.last().firstWord, QStringLiteral("大螃蟹"));

    const QList<JielongList> titleOnly = JielongParser::parse(QStringLiteral("丁跑营接龙\n1. 甲乙\n2. 丙丁\n"));
    ASSERT_EQ(titleOnly.size(), 1);
    EXPECT_EQ(titleOnly.first().header, QStringLiteral("丁跑营接龙"));
    EXPECT_EQ(titleOnly.first().entries.size(), 2);

    const QList<JielongList> english = JielongParser::parse(QStringLiteral("#Group Note\nRun 5k\n1. Amy\n2. Ben\n"));
    ASSERT_EQ(english.size(), 1);
    EXPECT_EQ(english.first().title, QStringLiteral("Run 5k"));
}

TEST(JielongParserTest, EntriesSpanLinesAndSingleLinePastesSplit)
{
    const QList<JielongList> multi = JielongParser::parse(
        QStringLiteral("#接龙\n1. Kevin涛-增肌-8年~18天 打卡19天\n胸部：俯卧撑100个\n全身：波比跳20个\n2. 阿May\n"));
    ASSERT_EQ(multi.size(), 1);
    ASSERT_EQ(multi.first().entries.size(), 2);
    EXPECT_EQ(multi.first().entries.first().text,
              QStringLiteral("Kevin涛-增肌-8年~18天 打卡19天\n胸部：俯卧撑100个\n全身：波比跳20个"));
    EXPECT_EQ(multi.first().entries.at(1).line, 5);

    const QList<JielongList> inline_ = JielongParser::parse(QStringLiteral("#接龙\n1. 2. 倪彩霞 gt7 3. 莓心\n"));
    ASSERT_EQ(inline_.size(), 1);
    EXPECT_EQ(texts(inline_.first()), (QStringList {QStringLiteral("倪彩霞 gt7"), QStringLiteral("莓心")}))
        << "the empty first item (the initiator's placeholder) is dropped";
    EXPECT_EQ(inline_.first().entries.first().number, 2);
}

// The next entry typed with a blank, a colon or a comma for the list's mark
// is an entry, not the line under the one before (where its member would be
// merged into another's entry without a word); any other number, the next
// one without a separator ("6km") or with a number after it ("6:30"), goes
// on with the entry.
TEST(JielongParserTest, TheNextNumberWithABlankOrAColonStartsAnEntry)
{
    const QList<JielongList> lists = JielongParser::parse(
        QStringLiteral("#接龙\n1. 张三\n2. 李四\n3 王五\n4：赵六\n５，钱七\n胸部：俯卧撑100个\n6km 晨跑\n6:30 完成\n"));
    ASSERT_EQ(lists.size(), 1);
    EXPECT_EQ(texts(lists.first()),
              (QStringList {QStringLiteral("张三"), QStringLiteral("李四"), QStringLiteral("王五"),
                            QStringLiteral("赵六"), QStringLiteral("钱七\n胸部：俯卧撑100个\n6km 晨跑\n6:30 完成")}));
    EXPECT_EQ(lists.first().entries.at(2).number, 3);
    EXPECT_EQ(lists.first().entries.at(2).line, 4);
}

TEST(JielongParserTest, GrowingRepostsCollapseToTheLongestCopy)
{
    const QString text = QStringLiteral("#接龙\n晨跑打卡\n\n1. 林晓雨\n"
                                        "#接龙\n晨跑打卡\n\n1. 林晓雨\n2. 王子涵\n"
                                        "#接龙\n晨跑打卡\n\n1. 林晓雨\n2. 王子涵\n3. 陈浩然\n"
                                        // A member re-posted without the header.
                                        "1. 林晓雨\n2. 王子涵\n3. 陈浩然\n4. 赵敏\n"
                                        "#接龙\n读书打卡\n1. 孙丽\n");
    const QList<JielongList> lists = JielongParser::parse(text);
    ASSERT_EQ(lists.size(), 2);
    EXPECT_EQ(lists.first().copies, 4);
    EXPECT_EQ(lists.first().header, QStringLiteral("#接龙"));
    EXPECT_EQ(firstWords(lists.first()),
              (QStringList {QStringLiteral("林晓雨"), QStringLiteral("王子涵"), QStringLiteral("陈浩然"),
                            QStringLiteral("赵敏")}));
    EXPECT_EQ(lists.at(1).title, QStringLiteral("读书打卡"));
    EXPECT_EQ(lists.at(1).copies, 1);
}

TEST(JielongParserTest, EntriesOnlyAnotherCopyHoldsAreKept)
{
    // Two members each added entry 3 to the same two-entry list.
    const QList<JielongList> lists = JielongParser::parse(
        QStringLiteral("#接龙 晨跑\n1. 林晓雨\n2. 王子涵\n3. 陈浩然\n#接龙 晨跑\n1. 林晓雨\n2. 王子涵\n3. Jaxon J\n"));
    ASSERT_EQ(lists.size(), 1);
    QStringList texts;
    for (const JielongEntry &entry : lists.first().entries)
        texts.append(entry.text);
    // The later of two copies of one length is kept, the other's own entry after it.
    EXPECT_EQ(texts,
              (QStringList {QStringLiteral("林晓雨"), QStringLiteral("王子涵"), QStringLiteral("Jaxon J"),
                            QStringLiteral("陈浩然")}));
    EXPECT_EQ(lists.first().copies, 2);

    // Another day's list under the same header, or a copy with an entry
    // edited, gives nothing more: the longest copy, as it was.
    const QList<JielongList> days = JielongParser::parse(
        QStringLiteral("#接龙 晨跑\n1. 林晓雨\n2. 王子涵\n3. 陈浩然\n#接龙 晨跑\n1. 王子涵 第二天\n2. Jaxon J\n"));
    ASSERT_EQ(days.size(), 1);
    EXPECT_EQ(days.first().entries.size(), 3);
    const QList<JielongList> edited = JielongParser::parse(
        QStringLiteral("#接龙 晨跑\n1. 林晓雨\n2. 王子涵\n#接龙 晨跑\n1. 林晓雨 5km\n2. 王子涵\n3. 陈浩然\n"));
    ASSERT_EQ(edited.size(), 1);
    EXPECT_EQ(edited.first().entries.size(), 3) << "林晓雨 is not listed twice";
}

// Two days' lists with headers of their own are two lists, though the same
// member signed first on both: merged, the second day's check-ins went to
// everyone of the first. A copy that added nothing is counted and said.
TEST(JielongParserTest, ListsWithTheirOwnHeadersAreApartAndCopiesThatAddedNothingAreSaid)
{
    const QString twoDays = QStringLiteral("#接龙 3月2日晨跑\n1. 林晓雨\n2. 王子涵\n3. 陈浩然\n"
                                           "#接龙 3月3日晨跑\n1. 林晓雨\n2. Jaxon J\n");
    const QList<JielongList> lists = JielongParser::parse(twoDays);
    ASSERT_EQ(lists.size(), 2);
    EXPECT_EQ(lists.at(1).entries.size(), 2);
    const QStringList notes = JielongMatcher::notes(twoDays);
    ASSERT_EQ(notes.size(), 1);
    EXPECT_TRUE(notes.first().contains(QStringLiteral("“#接龙 3月3日晨跑”"))) << notes.first().toStdString();

    // B and C fork after three entries; D grows B: the entry C added is not
    // in D, and the merge does not guess it back: it is said.
    const QString forked = QStringLiteral("#接龙 晨跑\n1. 林晓雨\n2. 王子涵\n3. 陈浩然\n4. 赵敏\n"
                                          "#接龙 晨跑\n1. 林晓雨\n2. 王子涵\n3. 陈浩然\n4. Jaxon J\n"
                                          "#接龙 晨跑\n1. 林晓雨\n2. 王子涵\n3. 陈浩然\n4. 赵敏\n5. 孙丽\n");
    const QList<JielongList> fork = JielongParser::parse(forked);
    ASSERT_EQ(fork.size(), 1);
    EXPECT_EQ(fork.first().differing, 1);
    EXPECT_EQ(JielongMatcher::notes(forked).size(), 1);
    const QString edited = QStringLiteral("#接龙 晨跑\n1. 林晓雨\n2. 王子涵\n"
                                          "#接龙 晨跑\n1. 林晓雨 5km\n2. 王子涵\n3. 陈浩然\n");
    ASSERT_EQ(JielongParser::parse(edited).first().differing, 1);
    ASSERT_EQ(JielongMatcher::notes(edited).size(), 1);
    EXPECT_TRUE(JielongMatcher::notes(edited).first().contains(QStringLiteral("differ")));
    EXPECT_TRUE(
        JielongMatcher::notes(QStringLiteral("#接龙 晨跑\n1. 林晓雨\n#接龙 晨跑\n1. 林晓雨\n2. 王子涵\n")).isEmpty())
        << "a growing re-post is no difference";
    // A note under a list stands above the next copy: still one list.
    const QString noted
        = QStringLiteral("#接龙 晨跑\n1. 林晓雨\n2. 王子涵\n\n截止9点\n1. 林晓雨\n2. 王子涵\n3. 陈浩然\n");
    ASSERT_EQ(JielongParser::parse(noted).size(), 1);
    EXPECT_EQ(JielongParser::parse(noted).first().header, QStringLiteral("#接龙 晨跑")) << "the list's own header";
    EXPECT_TRUE(JielongMatcher::notes(noted).isEmpty());
    // Titles without the tag are headers of their own as well.
    EXPECT_EQ(JielongParser::parse(QStringLiteral("3月2日晨跑\n1. 林晓雨\n2. 王子涵\n3. 陈浩然\n\n"
                                                  "3月3日晨跑\n1. 林晓雨\n2. Jaxon J\n"))
                  .size(),
              2);
}

TEST(JielongParserTest, TextWithoutEntriesGivesNothing)
{
    EXPECT_TRUE(JielongParser::parse(QStringLiteral("大家好\n今天下午三点分享\n")).isEmpty());
    EXPECT_TRUE(JielongParser::parse(QString()).isEmpty());
}

namespace {

// The first suggestion for a name: (person, reason), or (0, _) when none.
std::pair<qint64, NameIndex::Reason> best(const NameIndex &index, QStringView name)
{
    const QList<NameIndex::Suggestion> found = index.suggestions(name);
    return found.isEmpty() ? std::pair {qint64(0), NameIndex::Reason::FoldedName}
                           : std::pair {found.first().personId, found.first().reason};
}

} // namespace

TEST(NameIndexTest, SuggestsWithReasonsFoldingWidthCaseEmojiBracketsAndSubgroupMarkers)
{
    EXPECT_EQ(NameIndex::normalize(u"ＡＭＹ🌸（杭州）"), QStringLiteral("amy"));
    EXPECT_EQ(NameIndex::normalize(u"【管理员】老王"), QStringLiteral("老王"));
    NameIndex index;
    index.addMember(1, {QStringLiteral("林晓雨"), QStringLiteral("A组-林晓雨-杭州")});
    index.addMember(2, {QStringLiteral("王子涵")});
    index.addMember(3, {QStringLiteral("Amy Chen")});
    index.addMember(4, {QStringLiteral("王子")});
    using R = NameIndex::Reason;
    EXPECT_EQ(best(index, u"3组 林晓雨"), std::pair(qint64(1), R::NicknamePart));
    EXPECT_EQ(best(index, u"林晓雨🌸"), std::pair(qint64(1), R::FoldedName));
    EXPECT_EQ(best(index, u"王子涵B组"), std::pair(qint64(2), R::NicknamePart));
    EXPECT_EQ(best(index, u"amy chen"), std::pair(qint64(3), R::FoldedName));
    EXPECT_EQ(best(index, u"ＡＭＹ ＣＨＥＮ"), std::pair(qint64(3), R::FoldedName));
    EXPECT_EQ(best(index, u"lxy"), std::pair(qint64(1), R::PinyinInitials));
    EXPECT_EQ(best(index, u"王子"), std::pair(qint64(4), R::FoldedName))
        << "a whole name comes before a part of a longer one";
    EXPECT_EQ(best(index, u"张三").first, 0);
    EXPECT_EQ(best(index, u"子涵🌸"), std::pair(qint64(2), R::GivenName));
}

TEST(NameIndexTest, AmbiguousNamesGiveEveryCandidate)
{
    NameIndex index;
    index.addMember(1, {QStringLiteral("A组-小李")});
    index.addMember(2, {QStringLiteral("B组-小李")});
    const QList<NameIndex::Suggestion> found = index.suggestions(u"小李");
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found.at(0).personId, 1);
    EXPECT_EQ(found.at(1).personId, 2);
    EXPECT_EQ(NameIndex::acceptable(found, [](const auto &a, const auto &b) { return a.reason == b.reason; }), 0)
        << "two as strong: nothing to accept";
}

TEST(NicknameStandardTest, ReadsTheFieldsOfANicknameByThePattern)
{
    const QString pattern = QStringLiteral("{subgroup}-{nickname}-{city}");
    const QHash<QString, QString> fields = NicknameStandard::fields(pattern, QStringLiteral("1组-小李-北京"));
    EXPECT_EQ(fields.value(QStringLiteral("{subgroup}")), QStringLiteral("1组"));
    EXPECT_EQ(fields.value(QStringLiteral("{nickname}")), QStringLiteral("小李"));
    EXPECT_EQ(fields.value(QStringLiteral("{city}")), QStringLiteral("北京"));
    EXPECT_TRUE(NicknameStandard::fields(pattern, QStringLiteral("小李")).isEmpty()) << "not the pattern's shape";
    EXPECT_TRUE(NicknameStandard::fields(pattern, QStringLiteral("1组--北京")).isEmpty()) << "an empty field";
    EXPECT_TRUE(NicknameStandard::fields(QString(), QStringLiteral("1组-小李-北京")).isEmpty());
}

class JielongMatcherTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto opened = Workspace::open(m_dir.path(QStringLiteral("jielong.campdesk")));
        ASSERT_TRUE(opened.has_value());
        m_workspace = std::move(*opened);
        m_camp = *m_workspace->camps().insert(
            Camp::withDefaults(QStringLiteral("晨跑营"), QDate(2027, 3, 1), QDate(2027, 3, 21)));
        m_lin = member(QStringLiteral("林晓雨"), QStringLiteral("A组-林晓雨-杭州"));
        m_wang = member(QStringLiteral("王子涵"), QStringLiteral("B组-王子涵-北京"));
        m_jaxon = member(QStringLiteral("Jaxon J"), QString());
    }

    qint64 member(const QString &name, const QString &nickname)
    {
        const qint64 personId = *m_workspace->people().insert(Person {0, name, {}});
        Membership membership;
        membership.campId = m_camp;
        membership.personId = personId;
        membership.groupNickname = nickname;
        EXPECT_TRUE(m_workspace->memberships().add(membership).has_value());
        return personId;
    }

    TempDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_camp = 0;
    qint64 m_lin = 0;
    qint64 m_wang = 0;
    qint64 m_jaxon = 0;
};

TEST_F(JielongMatcherTest, MatchesRecordsOnceAndLearnsManualMatches)
{
    const QString text = QStringLiteral(
        "#接龙 晨跑\n1. A组-林晓雨-杭州 打卡第1天\n2. Jaxon J 鸡胸\n3. 小雨点 5公里\n4. 路人甲\n"
        "#接龙 晨跑\n1. A组-林晓雨-杭州 打卡第1天\n2. Jaxon J 鸡胸\n3. 小雨点 5公里\n4. 路人甲\n5. 王子涵\n"
        "6. 子涵\n");
    auto matches = JielongMatcher::match(*m_workspace, m_camp, text);
    ASSERT_TRUE(matches.has_value()) << matches.error().message.toStdString();
    ASSERT_EQ(matches->size(), 6) << "the growing copy is read once";
    EXPECT_EQ(matches->at(0).personId, m_lin) << "the exact group nickname";
    EXPECT_EQ(matches->at(1).personId, m_jaxon);
    EXPECT_EQ(matches->at(1).name, QStringLiteral("Jaxon J")) << "the longest exact name wins over the first word";
    EXPECT_EQ(matches->at(2).personId, 0);
    EXPECT_EQ(matches->at(3).personId, 0);
    EXPECT_EQ(matches->at(4).personId, m_wang);
    EXPECT_EQ(matches->at(5).personId, 0) << "the given name alone is a guess";
    ASSERT_FALSE(matches->at(5).suggestions.isEmpty());
    EXPECT_EQ(matches->at(5).suggestions.first().personId, m_wang);
    EXPECT_EQ(matches->at(5).suggestions.first().reason, NameIndex::Reason::GivenName);
    // 王子涵 is line 5 already: two entries are two people, so the guess is
    // not accepted; the operator decides.
    QList<JielongMatch> accepted = *matches;
    EXPECT_EQ(JielongMatcher::acceptSuggestions(accepted), 0);
    EXPECT_EQ(accepted.at(5).personId, 0);
    accepted[5].personId = m_wang; // the operator takes the suggestion by hand
    // Taking the suggested member teaches no name: the guess stays a guess
    // the next time. Another member chosen by hand does.
    QList<Membership> memberships;
    const QList<MemberEntry> members = m_workspace->memberships().listForCamp(m_camp).value_or(QList<MemberEntry> {});
    for (const MemberEntry &entry : members)
        memberships.append(entry.membership);
    EXPECT_TRUE(
        JielongMatcher::recording(accepted, {accepted.at(5)}, QDate(2027, 3, 1), 0, memberships).aliases.isEmpty());
    JielongMatch other = accepted.at(5);
    other.personId = m_jaxon;
    EXPECT_EQ(JielongMatcher::recording(accepted, {other}, QDate(2027, 3, 1), 0, memberships).aliases,
              (QList<std::pair<QString, qint64>> {{QStringLiteral("子涵"), m_jaxon}}));
    matches->removeLast();

    // The operator says 小雨点 is 林晓雨 — already matched on line 1, so she checks in once.
    QList<JielongMatch> resolved = *matches;
    resolved[2].personId = m_lin;
    auto recorded = JielongMatcher::record(*m_workspace, m_camp, QDate(2027, 3, 1), 0, resolved, {resolved.at(2)});
    ASSERT_TRUE(recorded.has_value()) << recorded.error().message.toStdString();
    EXPECT_EQ(recorded->recorded, 3);
    EXPECT_EQ(recorded->unmatched, 1);
    ParticipationRepository &repository = m_workspace->participation();
    EXPECT_EQ(repository.checkIns(m_camp)->size(), 3);
    const auto stats = repository.dayStats(m_camp);
    ASSERT_TRUE(stats.has_value());
    ASSERT_EQ(stats->size(), 3);
    for (const MemberDayStats &day : *stats) {
        EXPECT_EQ(day.checkIns, 1);
        EXPECT_EQ(day.messages, 0);
        EXPECT_EQ(day.day, QDate(2027, 3, 1));
    }

    // Pasting the same list again changes nothing; the learnt alias now matches.
    auto again = JielongMatcher::match(*m_workspace, m_camp, text);
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->at(2).personId, m_lin);
    auto repeated = JielongMatcher::record(*m_workspace, m_camp, QDate(2027, 3, 1), 0, *again);
    ASSERT_TRUE(repeated.has_value());
    EXPECT_EQ(repeated->recorded, 0);
    EXPECT_EQ(repeated->alreadyChecked, 3);
    EXPECT_EQ(repository.checkIns(m_camp)->size(), 3);
}

TEST_F(JielongMatcherTest, ASubgroupOrDayWordIsNeverTaughtAndATaughtNameYieldsToAMembersOwn)
{
    // Day one: neither entry names a member exactly; the operator matches both by hand.
    const QString dayOne = QStringLiteral("#接龙 晨跑\n1. 3组 晓雨 跑步5km\n2. 小雨点 打卡\n");
    auto first = JielongMatcher::match(*m_workspace, m_camp, dayOne);
    ASSERT_TRUE(first.has_value()) << first.error().message.toStdString();
    ASSERT_EQ(first->size(), 2);
    QList<JielongMatch> resolved = *first;
    resolved[0].personId = m_lin;
    resolved[1].personId = m_lin;
    EXPECT_EQ(JielongMatcher::aliasOf(resolved.at(0)), QString()) << "“3组” says where, not who";
    EXPECT_EQ(JielongMatcher::aliasOf(resolved.at(1)), QStringLiteral("小雨点"));
    ASSERT_TRUE(JielongMatcher::record(*m_workspace, m_camp, QDate(2027, 3, 1), 0, resolved, resolved).has_value());
    const auto aliases = m_workspace->participation().aliases(m_camp);
    ASSERT_TRUE(aliases.has_value());
    EXPECT_EQ(aliases->size(), 1) << "only 小雨点 was taught";

    // Day two: 3组's next entry is another member's; the taught name still
    // matches, marked as taught; and where the entry also names someone else
    // exactly, nothing is decided.
    const QString dayTwo = QStringLiteral("#接龙 晨跑\n1. 3组 王子涵 打卡\n2. 小雨点 打卡\n3. 小雨点 王子涵\n");
    auto second = JielongMatcher::match(*m_workspace, m_camp, dayTwo);
    ASSERT_TRUE(second.has_value()) << second.error().message.toStdString();
    ASSERT_EQ(second->size(), 3);
    EXPECT_EQ(second->at(0).personId, 0) << "王子涵's entry is not 林晓雨's";
    ASSERT_FALSE(second->at(0).suggestions.isEmpty());
    EXPECT_EQ(second->at(0).suggestions.first().personId, m_wang) << "her own name, further on, is offered first";
    EXPECT_EQ(second->at(1).personId, m_lin);
    EXPECT_TRUE(second->at(1).remembered);
    EXPECT_EQ(second->at(1).name, QStringLiteral("小雨点"));
    EXPECT_EQ(second->at(2).personId, 0) << "a taught name and another member's own name: the operator decides";
    ASSERT_FALSE(second->at(2).suggestions.isEmpty());
    EXPECT_EQ(second->at(2).suggestions.first().personId, m_wang);
}

// "打卡 小雨点" matched by hand teaches 小雨点, not 打卡: else every later
// entry that starts with 打卡 would be hers, decided without a word.
TEST_F(JielongMatcherTest, AWordThatSaysWhatAnEntryIsIsNeverTaughtAsAName)
{
    const QString dayOne = QStringLiteral("#接龙 晨跑\n1. 打卡 小雨点\n2. 已签到 +1\n");
    auto first = JielongMatcher::match(*m_workspace, m_camp, dayOne);
    ASSERT_TRUE(first.has_value()) << first.error().message.toStdString();
    ASSERT_EQ(first->size(), 2);
    QList<JielongMatch> resolved = *first;
    resolved[0].personId = m_lin;
    resolved[1].personId = m_wang;
    EXPECT_EQ(JielongMatcher::aliasOf(resolved.at(0)), QStringLiteral("小雨点"));
    EXPECT_EQ(JielongMatcher::aliasOf(resolved.at(1)), QString()) << "nothing in it says who";
    ASSERT_TRUE(JielongMatcher::record(*m_workspace, m_camp, QDate(2027, 3, 1), 0, resolved, resolved).has_value());

    // A name written with a check-in word ("阿杰打卡") is still a name to remember.
    QList<JielongMatch> joined = *JielongMatcher::match(*m_workspace, m_camp, QStringLiteral("#接龙\n1. 阿杰打卡\n"));
    ASSERT_EQ(joined.size(), 1);
    joined[0].personId = m_wang;
    EXPECT_EQ(JielongMatcher::aliasOf(joined.at(0)), QStringLiteral("阿杰打卡"));

    const QString dayTwo = QStringLiteral("#接龙 晨跑\n1. 打卡 阿杰\n2. 打卡 小雨点\n3. 小雨点 打卡\n");
    auto second = JielongMatcher::match(*m_workspace, m_camp, dayTwo);
    ASSERT_TRUE(second.has_value()) << second.error().message.toStdString();
    ASSERT_EQ(second->size(), 3);
    EXPECT_EQ(second->at(0).personId, 0) << "阿杰 is nobody taught";
    EXPECT_EQ(second->at(1).personId, m_lin);
    EXPECT_TRUE(second->at(1).remembered);
    EXPECT_EQ(second->at(2).personId, m_lin);
}

TEST_F(JielongMatcherTest, TheNamesAListTaughtAreKeptWithItsCheckInsOrNotAtAll)
{
    // A check-in that cannot be written (its member is gone): the name the
    // same list taught is not kept either.
    const QList<CheckIn> gone {{987654, QDate(2027, 3, 1), 0, CheckInSource::Jielong, QStringLiteral("1. 小雨点")}};
    const auto failed = JielongMatcher::save(*m_workspace, m_camp, gone, {{QStringLiteral("小雨点"), m_lin}});
    ASSERT_FALSE(failed.has_value());
    EXPECT_TRUE(m_workspace->participation().aliases(m_camp)->isEmpty());

    const QList<CheckIn> hers {{m_lin, QDate(2027, 3, 1), 0, CheckInSource::Jielong, QStringLiteral("1. 小雨点")}};
    const auto saved = JielongMatcher::save(*m_workspace, m_camp, hers, {{QStringLiteral("小雨点"), m_lin}});
    ASSERT_TRUE(saved.has_value()) << saved.error().message.toStdString();
    EXPECT_EQ(saved->size(), 1);
    EXPECT_EQ(m_workspace->participation().aliases(m_camp)->size(), 1);
}

// A member who had left (or had not joined yet) is not recorded for the
// day: no figure counts them then, and the grid could not clear the tick.
TEST_F(JielongMatcherTest, AMemberNotInTheCampThatDayIsNotRecordedAndSaid)
{
    Membership wang;
    const QList<MemberEntry> members = m_workspace->memberships().listForCamp(m_camp).value_or(QList<MemberEntry> {});
    for (const MemberEntry &entry : members)
        wang = entry.membership.personId == m_wang ? entry.membership : wang;
    wang.leftOn = QDate(2027, 3, 2);
    ASSERT_TRUE(m_workspace->memberships().update(wang).has_value());
    auto matches = JielongMatcher::match(*m_workspace, m_camp, QStringLiteral("#接龙\n1. 王子涵\n2. Jaxon J\n"));
    ASSERT_TRUE(matches.has_value());
    auto recorded = JielongMatcher::record(*m_workspace, m_camp, QDate(2027, 3, 3), 0, *matches);
    ASSERT_TRUE(recorded.has_value()) << recorded.error().message.toStdString();
    EXPECT_EQ(recorded->recorded, 1);
    EXPECT_EQ(recorded->notInCamp, QList<qint64> {m_wang});
    ASSERT_EQ(m_workspace->participation().checkIns(m_camp)->size(), 1);
    EXPECT_EQ(m_workspace->participation().checkIns(m_camp)->first().personId, m_jaxon);
    // The day before she left, she is recorded.
    auto earlier = JielongMatcher::record(*m_workspace, m_camp, QDate(2027, 3, 1), 0, *matches);
    ASSERT_TRUE(earlier.has_value());
    EXPECT_TRUE(earlier->notInCamp.isEmpty());
    EXPECT_EQ(earlier->recorded, 2);
}

// A 接龙 is recorded for a check-in of this camp on its day, or for the
// whole day: another day's check-in, a lesson, or another camp's activity
// is refused and nothing is written (the grid could not clear such a tick).
TEST_F(JielongMatcherTest, OnlyACheckInOfThatDayTakesTheList)
{
    const auto activity = [&](ActivityType type, QDate day, qint64 campId) {
        Activity made;
        made.campId = campId;
        made.type = type;
        made.title = QStringLiteral("Check-in");
        made.start = QDateTime(day, QTime(7, 0));
        made.end = QDateTime(day, QTime(8, 0));
        return *m_workspace->activities().insert(made);
    };
    const qint64 other = *m_workspace->camps().insert(
        Camp::withDefaults(QStringLiteral("读书营"), QDate(2027, 3, 1), QDate(2027, 3, 21)));
    const qint64 dayOne = activity(ActivityType::CheckIn, QDate(2027, 3, 1), m_camp);
    const qint64 dayFive = activity(ActivityType::CheckIn, QDate(2027, 3, 5), m_camp);
    const qint64 lesson = activity(ActivityType::Lesson, QDate(2027, 3, 5), m_camp);
    const qint64 elsewhere = activity(ActivityType::CheckIn, QDate(2027, 3, 5), other);
    auto matches = JielongMatcher::match(*m_workspace, m_camp, QStringLiteral("#接龙\n1. 王子涵\n"));
    ASSERT_TRUE(matches.has_value());
    for (const qint64 wrong : {dayOne, lesson, elsewhere, qint64(987654)}) {
        auto refused = JielongMatcher::record(*m_workspace, m_camp, QDate(2027, 3, 5), wrong, *matches);
        ASSERT_FALSE(refused.has_value()) << wrong;
        EXPECT_TRUE(refused.error().message.contains(QStringLiteral("is not a check-in of this camp on 2027-03-05")))
            << refused.error().message.toStdString();
    }
    EXPECT_TRUE(m_workspace->participation().checkIns(m_camp)->isEmpty());
    auto recorded = JielongMatcher::record(*m_workspace, m_camp, QDate(2027, 3, 5), dayFive, *matches);
    ASSERT_TRUE(recorded.has_value()) << recorded.error().message.toStdString();
    EXPECT_EQ(recorded->recorded, 1);
}

// Two entries are two people: a suggestion that would make one of them a
// member another entry is (or would be) too is not accepted; the operator
// decides. Accepted entries are marked.
TEST_F(JielongMatcherTest, TwoEntriesAreNeverAcceptedAsOneMember)
{
    auto matches
        = JielongMatcher::match(*m_workspace, m_camp, QStringLiteral("#接龙\n1. 晓雨\n2. 林晓雨88\n3. 子涵\n"));
    ASSERT_TRUE(matches.has_value());
    ASSERT_EQ(matches->size(), 3);
    for (const JielongMatch &match : std::as_const(*matches))
        ASSERT_EQ(match.personId, 0) << "nothing exact: " << match.entry.text.toStdString();
    ASSERT_EQ(JielongMatcher::acceptableSuggestion(matches->at(0).suggestions), m_lin);
    ASSERT_EQ(JielongMatcher::acceptableSuggestion(matches->at(1).suggestions), m_lin);
    EXPECT_EQ(JielongMatcher::acceptSuggestions(*matches), 1);
    EXPECT_EQ(matches->at(0).personId, 0);
    EXPECT_EQ(matches->at(1).personId, 0);
    EXPECT_EQ(matches->at(2).personId, m_wang);
    EXPECT_TRUE(matches->at(2).accepted);
    EXPECT_FALSE(matches->at(0).accepted);

    // An entry that names her exactly claims her too.
    auto exact = JielongMatcher::match(*m_workspace, m_camp, QStringLiteral("#接龙\n1. 林晓雨\n2. 晓雨\n"));
    ASSERT_TRUE(exact.has_value());
    ASSERT_EQ(exact->at(0).personId, m_lin);
    EXPECT_EQ(JielongMatcher::acceptSuggestions(*exact), 0);
    EXPECT_EQ(exact->at(1).personId, 0);
}

TEST_F(JielongMatcherTest, TextWithoutEntriesIsAClearError)
{
    auto matches = JielongMatcher::match(*m_workspace, m_camp, QStringLiteral("今天天气不错"));
    ASSERT_FALSE(matches.has_value());
    EXPECT_TRUE(matches.error().message.contains(QStringLiteral("1. name remark")));
}

TEST_F(JielongMatcherTest, CheckInsAreRemovableAndStatsFollow)
{
    ParticipationRepository &repository = m_workspace->participation();
    const CheckIn day1 {m_lin, QDate(2027, 3, 1), 0, CheckInSource::Manual, {}};
    const CheckIn day2 {m_lin, QDate(2027, 3, 2), 0, CheckInSource::Manual, {}};
    ASSERT_EQ(repository.changeCheckIns(m_camp, {day1, day2, day1}, {})->size(), 2);
    EXPECT_EQ(repository.dayStats(m_camp)->size(), 2);
    ASSERT_TRUE(repository.changeCheckIns(m_camp, {}, {day1}).has_value());
    const auto stats = repository.dayStats(m_camp);
    ASSERT_EQ(stats->size(), 1);
    EXPECT_EQ(stats->first().day, QDate(2027, 3, 2));
}
