#include "core/Workspace.h"
#include "core/domain/CampRepository.h"
#include "core/search/TextMatcher.h"
#include "core/speech/CampVariableRepository.h"
#include "core/speech/PlaceholderRenderer.h"
#include "core/speech/SpeechChecker.h"
#include "core/speech/SpeechLibrary.h"
#include "core/speech/SpeechRepository.h"
#include "core/storage/SqlQuery.h"
#include "tests/support/EngineWorkspace.h"
#include "tests/support/OneCampTest.h"

#include <QElapsedTimer>
#include <QSet>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

using namespace CampDesk;
using namespace CampDesk::Testing;

namespace {

RenderContext dayContext()
{
    RenderContext context;
    context.camp = QStringLiteral("写作营");
    context.day = 3;
    context.date = QDate(2027, 3, 3);
    context.time = QTime(20, 30);
    context.subgroup = QStringLiteral("A组");
    context.member = QStringLiteral("林晓雨");
    context.staff = QStringLiteral("助教小王");
    context.variables = {{QStringLiteral("course_link"), QStringLiteral("https://example.org/3")},
                         {QStringLiteral("checkin_link"), QString()}};
    return context;
}

} // namespace

TEST(PlaceholderRendererTest, FillsEveryBuiltInPlaceholder)
{
    const RenderResult result = PlaceholderRenderer::render(
        QStringLiteral("{camp}|{day}|{weekday}|{time}|{subgroup}|{member}|{@member}|{staff}|{course_link}"),
        dayContext());
    ASSERT_TRUE(result.ok()) << result.message().toStdString();
    EXPECT_EQ(result.text,
              QStringLiteral("写作营|3|Wednesday|20:30|A组|林晓雨|@林晓雨|助教小王|https://example.org/3"));
    const RenderResult date = PlaceholderRenderer::render(QStringLiteral("{date}"), dayContext());
    EXPECT_EQ(date.text, QStringLiteral("March 3"));
    // A name pasted with its @ is mentioned once.
    for (const QString &pasted : {QStringLiteral("@林晓雨"), QStringLiteral("＠林晓雨"), QStringLiteral(" 林晓雨 ")}) {
        RenderContext context = dayContext();
        context.member = pasted;
        EXPECT_EQ(PlaceholderRenderer::render(QStringLiteral("{@member}"), context).text, QStringLiteral("@林晓雨"))
            << pasted.toStdString();
    }
}

// ｛@member｝ typed on a Chinese keyboard is the placeholder, filled or said
// like {@member}; full-width braces around anything else are the text's own.
TEST(PlaceholderRendererTest, FullWidthBracesAroundAPlaceholderAreThePlaceholder)
{
    const RenderResult filled = PlaceholderRenderer::render(
        QStringLiteral("欢迎｛@member｝来到｛camp｝第｛day｝天：｛course_link｝"), dayContext());
    ASSERT_TRUE(filled.ok()) << filled.message().toStdString();
    EXPECT_EQ(filled.text, QStringLiteral("欢迎@林晓雨来到写作营第3天：https://example.org/3"));
    const RenderResult unfilled = PlaceholderRenderer::render(QStringLiteral("打卡：｛checkin_link｝"), dayContext());
    ASSERT_EQ(unfilled.problems.size(), 1);
    EXPECT_EQ(unfilled.problems.first().kind, RenderProblem::Kind::Unfilled);
    const RenderResult decoration = PlaceholderRenderer::render(QStringLiteral("｛重要通知｝｛ ｝"), dayContext());
    EXPECT_TRUE(decoration.ok()) << decoration.message().toStdString();
    EXPECT_EQ(decoration.text, QStringLiteral("｛重要通知｝｛ ｝"));
}

TEST(PlaceholderRendererTest, EscapesAndProblemsAreNeverPastedSilently)
{
    EXPECT_EQ(PlaceholderRenderer::render(QStringLiteral("{{camp}} is {camp}"), dayContext()).text,
              QStringLiteral("{camp} is 写作营"));

    RenderResult unknown = PlaceholderRenderer::render(QStringLiteral("Go to {zoom_link}!"), dayContext());
    ASSERT_EQ(unknown.problems.size(), 1);
    EXPECT_EQ(unknown.problems.first().kind, RenderProblem::Kind::Unknown);
    EXPECT_EQ(unknown.problems.first().name, QStringLiteral("zoom_link"));
    EXPECT_EQ(unknown.problems.first().position, 6);
    EXPECT_TRUE(unknown.message().contains(QStringLiteral("{zoom_link}")));

    RenderResult unfilled = PlaceholderRenderer::render(QStringLiteral("Check in: {checkin_link}"), dayContext());
    ASSERT_FALSE(unfilled.ok());
    EXPECT_EQ(unfilled.problems.first().kind, RenderProblem::Kind::Unfilled);

    RenderContext noMember = dayContext();
    noMember.member.clear();
    EXPECT_EQ(PlaceholderRenderer::render(QStringLiteral("Hi {@member}"), noMember).problems.first().kind,
              RenderProblem::Kind::Unfilled);

    EXPECT_EQ(PlaceholderRenderer::render(QStringLiteral("a { b"), dayContext()).problems.first().kind,
              RenderProblem::Kind::Unclosed);
    EXPECT_EQ(PlaceholderRenderer::render(QStringLiteral("a } b"), dayContext()).problems.first().kind,
              RenderProblem::Kind::StrayBrace);
    EXPECT_EQ(PlaceholderRenderer::render(QStringLiteral("{}"), dayContext()).problems.first().kind,
              RenderProblem::Kind::Unclosed);
}

TEST(SpeechCheckerTest, PhoneScreenParagraphsAndWatchWords)
{
    SpeechLimits limits {4, 30};
    EXPECT_TRUE(SpeechChecker::check(QStringLiteral("短短一行"), SpeechCategory::Hype, limits, {}).isEmpty());
    const QStringList tooLong = SpeechChecker::check(QString(31, QChar(0x5B57)), SpeechCategory::Hype, limits, {});
    ASSERT_EQ(tooLong.size(), 1);
    EXPECT_TRUE(tooLong.first().contains(QStringLiteral("31")));
    EXPECT_EQ(SpeechChecker::check(QStringLiteral("1\n2\n\n3\n\n4"), SpeechCategory::Hype, limits, {}).size(), 1);
    const QStringList cramped
        = SpeechChecker::check(QStringLiteral("Title\nLink"), SpeechCategory::DailyAnnouncement, limits, {});
    ASSERT_EQ(cramped.size(), 1);
    EXPECT_TRUE(cramped.first().contains(QStringLiteral("blank line")));
    EXPECT_TRUE(
        SpeechChecker::check(QStringLiteral("Title\n\nLink"), SpeechCategory::DailyAnnouncement, limits, {}).isEmpty());
    const QStringList risky = SpeechChecker::check(QStringLiteral("一起聊聊理财吧"), SpeechCategory::Custom, limits,
                                                   Camp::defaultWatchWords());
    ASSERT_EQ(risky.size(), 1);
    EXPECT_TRUE(risky.first().contains(QStringLiteral("理财")));
}

TEST(TextMatcherTest, CaseWidthAndPinyinInitials)
{
    const QString key = TextMatcher::searchKey(QStringLiteral("欢迎语 Welcome ＡＢＣ"));
    EXPECT_TRUE(TextMatcher::matches(key, TextMatcher::queryTerms(QStringLiteral("hyy"))));
    EXPECT_TRUE(TextMatcher::matches(key, TextMatcher::queryTerms(QStringLiteral("HYY"))));
    EXPECT_TRUE(TextMatcher::matches(key, TextMatcher::queryTerms(QStringLiteral("welcome abc"))));
    EXPECT_TRUE(TextMatcher::matches(key, TextMatcher::queryTerms(QStringLiteral("ｗｅｌｃｏｍｅ"))));
    EXPECT_TRUE(TextMatcher::matches(key, TextMatcher::queryTerms(QStringLiteral("欢迎"))));
    EXPECT_FALSE(TextMatcher::matches(key, TextMatcher::queryTerms(QStringLiteral("hyz"))));
    EXPECT_EQ(TextMatcher::pinyinInitial(QChar(0x6253)), QLatin1Char('d')); // 打
    EXPECT_EQ(TextMatcher::pinyinInitial(QChar(0x5361)), QLatin1Char('k')); // 卡
    EXPECT_TRUE(TextMatcher::pinyinInitial(QLatin1Char('a')).isNull());
}

class SpeechLibraryTest : public OneCampTest {
protected:
    SpeechLibraryTest()
        : OneCampTest(QStringLiteral("写作营"))
    {
    }

    qint64 addLine(const QString &body, SpeechCategory category = SpeechCategory::Hype)
    {
        SpeechTemplate speech;
        speech.title = body.left(10);
        speech.body = body;
        speech.category = category;
        const auto id = m_workspace->speeches().insert(speech);
        EXPECT_TRUE(id.has_value()) << id.error().message.toStdString();
        return id.value_or(0);
    }
};

TEST_P(SpeechLibraryTest, BuiltInLibraryCoversEveryCategoryInBothLanguages)
{
    const QList<SpeechTemplate> english = SpeechLibrary::builtIn(QStringLiteral("en"));
    const QList<SpeechTemplate> chinese = SpeechLibrary::builtIn(QStringLiteral("zh_CN"));
    ASSERT_GE(english.size(), 60);
    ASSERT_EQ(english.size(), chinese.size());
    QSet<SpeechCategory> categories;
    int atmosphere = 0;
    for (qsizetype i = 0; i < english.size(); ++i) {
        categories.insert(english[i].category);
        atmosphere += SpeechCategories::isAtmosphere(english[i].category) ? 1 : 0;
        EXPECT_NE(english[i].body, chinese[i].body) << "written in both languages: " << english[i].title.toStdString();
        // Every placeholder a built-in line uses is one the renderer knows or a camp variable name.
        const RenderResult rendered = PlaceholderRenderer::render(english[i].body, RenderContext {});
        for (const RenderProblem &problem : rendered.problems)
            EXPECT_NE(problem.kind, RenderProblem::Kind::Unclosed) << english[i].title.toStdString();
    }
    for (SpeechCategory category : SpeechCategories::all()) {
        if (category != SpeechCategory::Custom) {
            EXPECT_TRUE(categories.contains(category)) << SpeechCategories::key(category).toStdString();
        }
    }
    EXPECT_GE(atmosphere, 20);
}

TEST_P(SpeechLibraryTest, SeedsOnceInTheInterfaceLanguage)
{
    auto added = SpeechLibrary::seedIfNeeded(*m_workspace, QStringLiteral("zh_CN"));
    ASSERT_TRUE(added.has_value());
    EXPECT_GE(*added, 60);
    EXPECT_EQ(*SpeechLibrary::seedIfNeeded(*m_workspace, QStringLiteral("zh_CN")), 0);
    auto lines = m_workspace->speeches().list(m_camp);
    ASSERT_TRUE(lines.has_value());
    EXPECT_EQ(lines->size(), *added);
    bool chinese = false;
    for (const SpeechTemplate &speech : *lines)
        chinese = chinese || speech.body.contains(QStringLiteral("打卡"));
    EXPECT_TRUE(chinese);
}

// Every copy at the same second, as two presses in one second make them:
// the pool is still used up before a line comes again, then starts over
// with the line used longest ago. (Ties in the use time gave the lowest
// id for ever.)
TEST_P(SpeechLibraryTest, RotationNeverRepeatsBeforeThePoolIsExhausted)
{
    QList<qint64> pool;
    for (int i = 0; i < 5; ++i)
        pool.append(addLine(QStringLiteral("Hype line %1").arg(i)));
    addLine(QStringLiteral("A warm-up"), SpeechCategory::WarmUp);
    const QDate today(2027, 3, 3);
    const SpeechRepository::Use use {3, 0, QDateTime(today, QTime(20, 0))};
    const auto first = [](const QList<SpeechTemplate> &lines) {
        return lines.isEmpty() ? std::optional<SpeechTemplate>() : std::optional<SpeechTemplate>(lines.first());
    };
    const auto take = [&](QDate day) -> qint64 {
        auto taken = m_workspace->speeches().takeFromRotation(SpeechCategory::Hype, m_camp, day, first, use);
        EXPECT_TRUE(taken.has_value()) << taken.error().message.toStdString();
        return taken && taken->has_value() ? (*taken)->id : 0;
    };
    QList<qint64> order;
    for (int i = 0; i < 5; ++i) {
        const qint64 id = take(today);
        EXPECT_TRUE(pool.contains(id));
        EXPECT_FALSE(order.contains(id)) << "repeated after " << i << " lines";
        order.append(id);
    }
    // Used up: it starts over, in the order the lines were used.
    for (int i = 0; i < 7; ++i)
        EXPECT_EQ(take(today), order.at(i % 5)) << "round 2, line " << i;
    // A new day in this camp: every line is fresh again, used longest ago first.
    EXPECT_EQ(take(today.addDays(1)), order.at(2));
    auto empty = m_workspace->speeches().takeFromRotation(SpeechCategory::Ceremony, m_camp, today, first, use);
    ASSERT_TRUE(empty.has_value());
    EXPECT_FALSE(empty->has_value());
    // A choice of none records nothing.
    const qint64 uses = m_workspace->speeches().list(m_camp)->first().useCount;
    auto refused = m_workspace->speeches().takeFromRotation(
        SpeechCategory::Hype, m_camp, today, [](const QList<SpeechTemplate> &) { return std::nullopt; }, use);
    ASSERT_TRUE(refused.has_value() && !refused->has_value());
    EXPECT_EQ(m_workspace->speeches().list(m_camp)->first().useCount, uses);
}

// Two of the crew take the next line at the same moment, each on a
// connection of their own (two laptops on a team's server): they get two
// lines. The second waits while the first chooses.
TEST_P(SpeechLibraryTest, TwoOfTheCrewTakingALineAtOnceGetTwoLines)
{
    for (int i = 0; i < 4; ++i)
        addLine(QStringLiteral("Hype line %1").arg(i));
    const QDate today(2027, 3, 3);
    const SpeechRepository::Use use {3, 0, QDateTime(today, QTime(20, 0))};
    std::atomic<bool> choosing = false;
    const auto takeOn = [&](bool slow) -> qint64 {
        auto opened = Workspace::open(m_place.address(), {.create = false, .exclusive = false});
        if (!opened)
            return -1;
        auto taken = (*opened)->speeches().takeFromRotation(
            SpeechCategory::Hype, m_camp, today,
            [&](const QList<SpeechTemplate> &lines) -> std::optional<SpeechTemplate> {
                if (slow) {
                    choosing = true;
                    QThread::msleep(300); // the other takes its line meanwhile
                }
                return lines.first();
            },
            use);
        return taken && taken->has_value() ? (*taken)->id : -2;
    };
    qint64 mine = 0;
    std::thread first([&] { mine = takeOn(true); });
    for (int waited = 0; !choosing && waited < 2000; waited += 5)
        QThread::msleep(5);
    const qint64 theirs = takeOn(false);
    first.join();
    EXPECT_GT(mine, 0);
    EXPECT_GT(theirs, 0);
    EXPECT_NE(mine, theirs) << "both were given the same line";
}

TEST_P(SpeechLibraryTest, UsesAreRecordedWithCountAndLastUse)
{
    const qint64 id = addLine(QStringLiteral("加油！"));
    const QDateTime when(QDate(2027, 3, 2), QTime(9, 15));
    const auto recorded = m_workspace->speeches().recordUse(id, m_camp, 2, 0, when);
    ASSERT_TRUE(recorded.has_value()) << recorded.error().message.toStdString();
    ASSERT_TRUE(m_workspace->speeches().recordUse(id, m_camp, 2, 0, when.addSecs(60)).has_value());
    auto speech = m_workspace->speeches().find(id);
    ASSERT_TRUE(speech.has_value());
    EXPECT_EQ(speech->useCount, 2);
    EXPECT_EQ(speech->lastUsed, when.addSecs(60).toUTC());

    // Who copied it last: the team workspace's history knows each copy's
    // login; a file has one operator and says nobody.
    const auto listed = m_workspace->speeches().list(m_camp);
    ASSERT_TRUE(listed.has_value()) << listed.error().message.toStdString();
    const auto line
        = std::find_if(listed->cbegin(), listed->cend(), [id](const SpeechTemplate &s) { return s.id == id; });
    ASSERT_NE(line, listed->cend());
    EXPECT_EQ(line->lastUsedBy, GetParam() == Engine::Server ? QStringLiteral("campdesk") : QString());
    const qint64 unused = addLine(QStringLiteral("没人用过"));
    const auto all = m_workspace->speeches().listAll();
    ASSERT_TRUE(all.has_value());
    for (const SpeechTemplate &each : *all) {
        if (each.id == unused) {
            EXPECT_TRUE(each.lastUsedBy.isEmpty()) << "a line nobody copied has no last user";
        }
    }
}

TEST_P(SpeechLibraryTest, CampVariablesPerDayAndContext)
{
    CampVariableRepository &variables = m_workspace->campVariables();
    ASSERT_TRUE(variables.set(m_camp, {QStringLiteral("course_link"), 0, QStringLiteral("https://x/all")}).has_value());
    ASSERT_TRUE(variables.set(m_camp, {QStringLiteral("course_link"), 3, QStringLiteral("https://x/3")}).has_value());
    ASSERT_TRUE(variables.set(m_camp, {QStringLiteral("checkin_link"), 5, QStringLiteral("https://c/5")}).has_value());
    EXPECT_FALSE(variables.set(m_camp, {QStringLiteral("camp"), 0, QStringLiteral("x")}).has_value())
        << "built-in names are taken";
    EXPECT_FALSE(variables.set(m_camp, {QStringLiteral("bad name"), 0, QStringLiteral("x")}).has_value());

    auto context = SpeechLibrary::context(*m_workspace, m_camp, QDateTime(QDate(2027, 3, 3), QTime(9, 0)));
    ASSERT_TRUE(context.has_value());
    EXPECT_EQ(context->day, 3);
    EXPECT_EQ(context->camp, QStringLiteral("写作营"));
    EXPECT_EQ(PlaceholderRenderer::render(QStringLiteral("{course_link}"), *context).text,
              QStringLiteral("https://x/3"));
    const RenderResult checkin = PlaceholderRenderer::render(QStringLiteral("{checkin_link}"), *context);
    ASSERT_FALSE(checkin.ok());
    EXPECT_EQ(checkin.problems.first().kind, RenderProblem::Kind::Unfilled) << "defined for day 5 only";

    auto dayFour = SpeechLibrary::context(*m_workspace, m_camp, QDateTime(QDate(2027, 3, 4), QTime(9, 0)));
    EXPECT_EQ(PlaceholderRenderer::render(QStringLiteral("{course_link}"), *dayFour).text,
              QStringLiteral("https://x/all"));
    ASSERT_TRUE(variables.set(m_camp, {QStringLiteral("course_link"), 3, QString()}).has_value()) << "empty removes";
    EXPECT_EQ(variables.list(m_camp)->size(), 2);
}

// The Camp Variables dialog's Save: the table becomes the camp's whole set,
// or, if any row cannot be stored, nothing changes.
TEST_P(SpeechLibraryTest, CampVariablesAreReplacedAsAWholeOrNotAtAll)
{
    CampVariableRepository &variables = m_workspace->campVariables();
    ASSERT_TRUE(variables.set(m_camp, {QStringLiteral("course_link"), 0, QStringLiteral("https://x/all")}).has_value());
    ASSERT_TRUE(variables.set(m_camp, {QStringLiteral("course_link"), 3, QStringLiteral("https://x/3")}).has_value());
    const QList<CampVariable> table {{QStringLiteral("checkin_link"), 0, QStringLiteral("https://c/all")},
                                     {QStringLiteral("course_link"), 3, QStringLiteral("https://y/3")}};
    ASSERT_TRUE(variables.replace(m_camp, table).has_value());
    EXPECT_EQ(*variables.list(m_camp), table);

    EXPECT_FALSE(CampVariableRepository::check({QStringLiteral("bad name"), 0, QStringLiteral("x")}).has_value());
    EXPECT_TRUE(CampVariableRepository::check({QStringLiteral("room"), 2, QString()}).has_value());
    const QList<CampVariable> broken {{QStringLiteral("room"), 0, QStringLiteral("A1")},
                                      {QStringLiteral("bad name"), 0, QStringLiteral("x")}};
    EXPECT_FALSE(variables.replace(m_camp, broken).has_value());
    EXPECT_EQ(*variables.list(m_camp), table) << "a refused row leaves every value as it was";
}

TEST_P(SpeechLibraryTest, JsonRoundTripAndMergeWithoutDuplicates)
{
    const QList<SpeechTemplate> builtIn = SpeechLibrary::builtIn(QStringLiteral("en"));
    auto back = SpeechLibrary::fromJson(SpeechLibrary::toJson(builtIn), QStringLiteral("library.json"));
    ASSERT_TRUE(back.has_value()) << back.error().message.toStdString();
    ASSERT_EQ(back->size(), builtIn.size());
    for (qsizetype i = 0; i < builtIn.size(); ++i) {
        EXPECT_EQ(back->at(i).body, builtIn[i].body);
        EXPECT_EQ(back->at(i).category, builtIn[i].category);
        EXPECT_EQ(back->at(i).tags, builtIn[i].tags);
    }
    QList<SpeechTemplate> incoming = builtIn.mid(0, 3);
    incoming[1].body = QStringLiteral("  ") + incoming[1].body.simplified() + QStringLiteral(" ");
    SpeechTemplate fresh;
    fresh.title = QStringLiteral("New");
    fresh.body = QStringLiteral("A brand new line");
    fresh.category = SpeechCategory::Hype;
    incoming << fresh << fresh;
    const SpeechLibrary::Merge merge = SpeechLibrary::merge(builtIn, incoming);
    ASSERT_EQ(merge.added.size(), 1);
    EXPECT_EQ(merge.added.first().body, QStringLiteral("A brand new line"));
    EXPECT_EQ(merge.duplicates.size(), 4);

    // The same line as one camp's own is not in the library every camp sees.
    SpeechTemplate springOnly = fresh;
    springOnly.campId = 7;
    const SpeechLibrary::Merge forAll = SpeechLibrary::merge({springOnly}, {fresh});
    EXPECT_EQ(forAll.added.size(), 1);
    EXPECT_TRUE(forAll.duplicates.isEmpty());

    const auto broken = SpeechLibrary::fromJson(
        R"({"format": "campdesk-speech-library", "version": 1, "templates": [{"title": "x", "body": "y", "category": "party"}]})",
        QStringLiteral("shared.json"));
    ASSERT_FALSE(broken.has_value());
    EXPECT_TRUE(broken.error().message.contains(QStringLiteral("shared.json")));
    EXPECT_TRUE(broken.error().message.contains(QStringLiteral("templates[0].category")));
    EXPECT_FALSE(SpeechLibrary::fromJson("{\"format\": 1,\n oops", QStringLiteral("bad.json")).has_value());
}

TEST_P(SpeechLibraryTest, PlainTextAndCsv)
{
    const QList<SpeechTemplate> lines = SpeechLibrary::fromPlainText(
        QStringLiteral("冲呀！\n\n=SUM(A1)\nA very long hype line that will surely be cut in its title\n"),
        SpeechCategory::Hype);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines[0].title, QStringLiteral("冲呀！"));
    EXPECT_TRUE(lines[2].title.endsWith(QStringLiteral("…")));
    // A list's numbering or bullet is not part of a line.
    const QList<SpeechTemplate> numbered = SpeechLibrary::fromPlainText(
        QStringLiteral("1、太棒了！\n2. 冲呀！\n３）加油\n- 继续\n2027 年见\n"), SpeechCategory::Hype);
    ASSERT_EQ(numbered.size(), 5);
    EXPECT_EQ(numbered[0].body, QStringLiteral("太棒了！"));
    EXPECT_EQ(numbered[1].body, QStringLiteral("冲呀！"));
    EXPECT_EQ(numbered[2].body, QStringLiteral("加油"));
    EXPECT_EQ(numbered[3].body, QStringLiteral("继续"));
    EXPECT_EQ(numbered[4].body, QStringLiteral("2027 年见")) << "a number that is no list's stays";
    // A decimal is a price or an amount, never a list's numbering.
    const QList<SpeechTemplate> prices = SpeechLibrary::fromPlainText(
        QStringLiteral("9.9元秒杀\n3.8节福利\n1．5倍积分\n4. 2.5倍积分\n"), SpeechCategory::Hype);
    ASSERT_EQ(prices.size(), 4);
    EXPECT_EQ(prices[0].body, QStringLiteral("9.9元秒杀"));
    EXPECT_EQ(prices[1].body, QStringLiteral("3.8节福利"));
    EXPECT_EQ(prices[2].body, QStringLiteral("1．5倍积分"));
    EXPECT_EQ(prices[3].body, QStringLiteral("2.5倍积分")) << "a list's numbering before a decimal goes";
    // Lines that begin with a placeholder are text; a library file is JSON,
    // with a byte-order mark too, and so is one whose JSON is broken.
    EXPECT_FALSE(SpeechLibrary::isLibraryFile(QStringLiteral("{@member} 感谢分享！\n{@member} 太棒了！\n").toUtf8()));
    EXPECT_TRUE(SpeechLibrary::isLibraryFile("\xEF\xBB\xBF{\"format\": \"campdesk-speech-library\"}"));
    EXPECT_TRUE(SpeechLibrary::isLibraryFile("{\n  \"format\": 1,\n oops"));
    const QByteArray csv = SpeechLibrary::toCsv(lines);
    EXPECT_TRUE(csv.startsWith("\xEF\xBB\xBF")) << "a BOM for spreadsheet programs";
    EXPECT_TRUE(csv.contains("'=SUM(A1)")) << "formula injection neutralised";
    EXPECT_TRUE(csv.contains("冲呀！"));
}

INSTANTIATE_TEST_SUITE_P(Engines, SpeechLibraryTest, bothEngines(), engineName);

// A crew member whose laptop went away while choosing a line holds the
// camp's rotation until the server notices: the others are told within
// seconds, never frozen. A team's server only.
class SpeechServerTest : public SpeechLibraryTest { };

INSTANTIATE_TEST_SUITE_P(Server, SpeechServerTest, ::testing::Values(Engine::Server), engineName);

TEST_P(SpeechServerTest, ARotationHeldElsewhereIsWaitedForSecondsThenSaid)
{
    addLine(QStringLiteral("Hype line"));
    auto theirs = Workspace::open(m_place.address(), {.create = false, .exclusive = false});
    ASSERT_TRUE(theirs.has_value());
    QSqlDatabase db = (*theirs)->database();
    ASSERT_TRUE(Sql::exec(db, QStringLiteral("BEGIN")).has_value());
    ASSERT_TRUE(Sql::exec(db,
                          QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(current_schema() || ' speech'),"
                                         " CAST(mod(CAST(? AS bigint), 2147483647) AS integer))"),
                          {m_camp})
                    .has_value());
    QElapsedTimer clock;
    clock.start();
    const auto taken = m_workspace->speeches().takeFromRotation(
        SpeechCategory::Hype, m_camp, QDate(2027, 3, 3),
        [](const QList<SpeechTemplate> &lines) { return std::optional<SpeechTemplate>(lines.first()); },
        {3, 0, QDateTime(QDate(2027, 3, 3), QTime(20, 0))});
    ASSERT_FALSE(taken.has_value());
    EXPECT_TRUE(taken.error().message.contains(QStringLiteral("Another of the crew")))
        << taken.error().message.toStdString();
    EXPECT_LT(clock.elapsed(), 15000);
    ASSERT_TRUE(Sql::exec(db, QStringLiteral("ROLLBACK")).has_value());
}
