// Two operators' connections to one team workspace: an edit made on an
// activity the other has changed since is refused, naming who changed it
// and when, and writes nothing; one made on the activity as it is goes
// through. (The window's side, a camp's goal and its undo, is
// MainWindowTeamTest.)

#include "core/team/StaleEdit.h"

#include "core/Workspace.h"
#include "core/capture/ChatImporter.h"
#include "core/capture/ParticipationRepository.h"
#include "core/domain/ActivityRepository.h"
#include "core/domain/CampRepository.h"
#include "core/domain/MembershipRepository.h"
#include "core/domain/PersonRepository.h"
#include "core/review/ActivityReviewRepository.h"
#include "core/roster/Roster.h"
#include "core/roster/SubgroupRepository.h"
#include "core/speech/SpeechRepository.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"
#include "tests/support/ServerSchemaTest.h"

#include <QTest>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <atomic>
#include <optional>
#include <thread>

using namespace CampDesk;
using namespace CampDesk::Testing;

namespace {

class StaleEditTest : public ServerSchemaTest {
protected:
    void SetUp() override
    {
        ServerSchemaTest::SetUp();
        if (!ready())
            return;
        for (auto *workspace : {&m_mine, &m_theirs}) {
            auto opened = Workspace::open(m_schema->address());
            ASSERT_TRUE(opened.has_value()) << opened.error().message.toStdString();
            *workspace = std::move(*opened);
        }
        m_camp = *m_mine->camps().insert(
            Camp::withDefaults(QStringLiteral("晨读营"), QDate(2027, 3, 1), QDate(2027, 3, 7)));
        Activity activity;
        activity.campId = m_camp;
        activity.type = ActivityType::Lesson;
        activity.title = QStringLiteral("第一课");
        activity.start = wallClock(QDate(2027, 3, 1), QTime(20, 0));
        activity.end = wallClock(QDate(2027, 3, 1), QTime(21, 0));
        activity.id = *m_mine->activities().insert(activity);
        m_seen = activity;
    }

    void TearDown() override
    {
        m_theirs.reset();
        m_mine.reset();
    }

    // My edit of the activity as I saw it.
    Result<Activity> myEdit(const QString &title)
    {
        Activity edited = m_seen;
        edited.title = title;
        return StaleEdit::writeOver<Activity>(
            *m_mine, StaleEdit::Table::Activities, edited, m_seen,
            [this](qint64 id) { return m_mine->activities().find(id); },
            [this](const Activity &row) { return m_mine->activities().update(row); });
    }

    // A member of the camp, as my roster shows them.
    RosterEntry member(const QString &name)
    {
        Person person;
        person.displayName = name;
        person.id = *m_mine->people().insert(person);
        Membership membership;
        membership.campId = m_camp;
        membership.personId = person.id;
        membership.id = *m_mine->memberships().add(membership);
        const auto roster = Roster::load(*m_mine, m_camp);
        for (const RosterEntry &entry : *roster) {
            if (entry.person.id == person.id)
                return entry;
        }
        ADD_FAILURE() << "the member just added is not on the roster";
        return {};
    }

    static void expectRefusedNaming(const Error &error, const QString &what)
    {
        EXPECT_TRUE(error.stale);
        EXPECT_TRUE(error.message.startsWith(QStringLiteral("campdesk changed this %1 at ").arg(what)))
            << error.message.toStdString();
    }

    std::unique_ptr<Workspace> m_mine;
    std::unique_ptr<Workspace> m_theirs;
    qint64 m_camp = 0;
    Activity m_seen;
};

TEST_F(StaleEditTest, AnEditOnWhatIsStillThereGoesThrough)
{
    ASSERT_TRUE(myEdit(QStringLiteral("第一课：开营")).has_value());
    EXPECT_EQ(m_theirs->activities().find(m_seen.id)->title, QStringLiteral("第一课：开营"));
}

TEST_F(StaleEditTest, AnEditOnWhatAnotherOperatorChangedIsRefusedNamingThem)
{
    Activity theirs = m_seen;
    theirs.notes = QStringLiteral("嘉宾改到周二");
    ASSERT_TRUE(m_theirs->activities().update(theirs).has_value());

    const auto refused = myEdit(QStringLiteral("第一课：开营"));
    ASSERT_FALSE(refused.has_value());
    EXPECT_TRUE(refused.error().stale);
    EXPECT_TRUE(refused.error().message.startsWith(QStringLiteral("campdesk changed this activity at ")))
        << refused.error().message.toStdString();
    const Activity now = *m_theirs->activities().find(m_seen.id);
    EXPECT_EQ(now, theirs) << "their change stays, and nothing of mine was written";

    // Deleted meanwhile: said so.
    ASSERT_TRUE(m_theirs->activities().removeAll({m_seen.id}).has_value());
    m_seen = now;
    const auto gone = myEdit(QStringLiteral("第一课：开营"));
    ASSERT_FALSE(gone.has_value());
    EXPECT_TRUE(gone.error().message.contains(QStringLiteral("deleted this activity")))
        << gone.error().message.toStdString();
}

// A bulk edit of the roster is written whole or not at all: one member
// changed by another operator refuses it, and the other member keeps what
// they had. A write that tidies what it was given (a trimmed title) gives
// the row as stored, so the undo made on it is no conflict.
TEST_F(StaleEditTest, ARosterEditIsRefusedWhenAnyOfItsMembersChangedAndWritesNone)
{
    const RosterEntry anran = member(QStringLiteral("安然"));
    const RosterEntry baixue = member(QStringLiteral("白雪"));
    Person theirs = baixue.person;
    theirs.city = QStringLiteral("杭州");
    ASSERT_TRUE(m_theirs->people().update(theirs).has_value());

    QList<RosterEntry> titled {anran, baixue};
    for (RosterEntry &entry : titled)
        entry.membership.title = QStringLiteral(" 早起官 ");
    const auto refused = Roster::write(*m_mine, titled, {anran, baixue});
    ASSERT_FALSE(refused.has_value());
    expectRefusedNaming(refused.error(), QStringLiteral("member"));
    const QList<RosterEntry> now = *Roster::load(*m_theirs, m_camp);
    for (const RosterEntry &entry : now)
        EXPECT_TRUE(entry.membership.title.isEmpty()) << "nothing of the refused edit was written";
    EXPECT_EQ(*m_theirs->people().find(baixue.person.id), theirs) << "their change stays";

    // Made again on what is there now, it goes through, and gives the rows
    // as stored: the title trimmed.
    auto written = Roster::write(*m_mine, titled.mid(0, 1), {anran});
    ASSERT_TRUE(written.has_value()) << written.error().message.toStdString();
    EXPECT_EQ(written->first().membership.title, QStringLiteral("早起官"));
    // Its undo is made on that stored row, not on the untrimmed one.
    const auto undone = Roster::write(*m_mine, {anran}, *written);
    EXPECT_TRUE(undone.has_value()) << undone.error().message.toStdString();
    EXPECT_TRUE(m_theirs->memberships().find(anran.membership.id)->membership.title.isEmpty());

    // A member taken out of the camp meanwhile: said so.
    ASSERT_TRUE(m_theirs->memberships().remove(baixue.membership.id).has_value());
    RosterEntry baixueNow = baixue;
    baixueNow.person = theirs;
    const auto gone = Roster::write(*m_mine, titled.mid(1), {baixueNow});
    ASSERT_FALSE(gone.has_value());
    EXPECT_TRUE(gone.error().message.contains(QStringLiteral("deleted this member")))
        << gone.error().message.toStdString();
}

// Copying a line counts a use, and is no edit: an edit made before the copy
// still goes through. Another operator's edit of the line refuses it.
TEST_F(StaleEditTest, ALineCopiedMeanwhileIsNoConflictButALineEditedMeanwhileIs)
{
    SpeechTemplate line;
    line.title = QStringLiteral("开场");
    line.category = SpeechCategory::Hype;
    line.body = QStringLiteral("大家早上好！");
    line.id = *m_mine->speeches().insert(line);
    const SpeechTemplate seen = *m_mine->speeches().find(line.id);
    const auto edit = [this](const SpeechTemplate &from, const QString &body) {
        SpeechTemplate edited = from;
        edited.body = body;
        return StaleEdit::writeOver<SpeechTemplate>(
            *m_mine, StaleEdit::Table::Speeches, edited, from,
            [this](qint64 id) { return m_mine->speeches().find(id); },
            [this](const SpeechTemplate &row) { return m_mine->speeches().update(row); },
            [](const SpeechTemplate &a, const SpeechTemplate &b) { return a.sameLine(b); });
    };

    ASSERT_TRUE(m_theirs->speeches().recordUse(line.id, m_camp, 1, 0, QDateTime::currentDateTimeUtc()).has_value());
    auto written = edit(seen, QStringLiteral("大家早上好，今天第一课！"));
    ASSERT_TRUE(written.has_value()) << written.error().message.toStdString();
    EXPECT_EQ(written->useCount, 1) << "the row as stored, with its use";

    SpeechTemplate theirs = *written;
    theirs.title = QStringLiteral("开场白");
    ASSERT_TRUE(m_theirs->speeches().update(theirs).has_value());
    const auto refused = edit(*written, QStringLiteral("早！"));
    ASSERT_FALSE(refused.has_value());
    expectRefusedNaming(refused.error(), QStringLiteral("line"));
    EXPECT_EQ(m_theirs->speeches().find(line.id)->body, QStringLiteral("大家早上好，今天第一课！"));
}

TEST_F(StaleEditTest, ASubgroupAndAReviewChangedMeanwhileAreRefused)
{
    Subgroup group;
    group.campId = m_camp;
    group.name = QStringLiteral("一组");
    group.id = *m_mine->subgroups().insert(group);
    Subgroup theirs = group;
    theirs.color = QStringLiteral("#AA3344");
    ASSERT_TRUE(m_theirs->subgroups().update(theirs).has_value());
    Subgroup renamed = group;
    renamed.name = QStringLiteral("晨光组");
    const auto refusedGroup = StaleEdit::writeOver<Subgroup>(
        *m_mine, StaleEdit::Table::Subgroups, renamed, group,
        [this](qint64 id) { return m_mine->subgroups().find(id); },
        [this](const Subgroup &row) { return m_mine->subgroups().update(row); });
    ASSERT_FALSE(refusedGroup.has_value());
    expectRefusedNaming(refusedGroup.error(), QStringLiteral("subgroup"));
    EXPECT_EQ(*m_theirs->subgroups().find(group.id), theirs);

    auto draft = ActivityReviewRepository::draft(*m_mine, m_camp, m_seen.id);
    ASSERT_TRUE(draft.has_value()) << draft.error().message.toStdString();
    const qint64 reviewId = *m_mine->activityReviews().insert(*draft);
    const ActivityReview review = *m_mine->activityReviews().find(reviewId);
    ActivityReview theirReview = review;
    theirReview.wentWell = QStringLiteral("嘉宾准时");
    theirReview.updatedAt = QDateTime();
    ASSERT_TRUE(m_theirs->activityReviews().updateNotes(theirReview).has_value());
    ActivityReview mine = review;
    mine.actions = QStringLiteral("下周提前预告");
    const auto refusedReview = StaleEdit::writeOver<ActivityReview>(
        *m_mine, StaleEdit::Table::Reviews, mine, review,
        [this](qint64 id) { return m_mine->activityReviews().find(id); },
        [this](const ActivityReview &row) { return m_mine->activityReviews().updateNotes(row); });
    ASSERT_FALSE(refusedReview.has_value());
    expectRefusedNaming(refusedReview.error(), QStringLiteral("review"));
    const ActivityReview now = *m_theirs->activityReviews().find(reviewId);
    EXPECT_EQ(now.wentWell, QStringLiteral("嘉宾准时"));
    EXPECT_TRUE(now.actions.isEmpty());
}

// Not a stale edit but its neighbour: writers of one camp's participation
// (an import, a check-in, a sender's mapping) take turns on a server. An
// import reads a member's days and writes them back merged; another
// operator's check-in committed in between was lost.
TEST_F(StaleEditTest, WritersOfACampsParticipationTakeTurns)
{
    const qint64 person = *m_mine->people().insert(Person {0, QStringLiteral("王子涵"), {}});
    ChatMessage post;
    post.senderName = QStringLiteral("王子涵");
    post.time = QDateTime(QDate(2027, 3, 2), QTime(9, 0), QTimeZone::utc()).toSecsSinceEpoch();
    post.text = QStringLiteral("打卡");
    post.kind = MessageKind::CheckIn;
    post.line = 1;
    {
        // Their check-in, half-way: its transaction is open.
        Transaction theirs(m_theirs->database());
        ASSERT_TRUE(theirs.begin().has_value());
        ASSERT_TRUE(m_theirs->participation().lockCamp(m_camp).has_value());

        // My import waits for it, and hears a cancel while it waits; then
        // it keeps nothing.
        int waited = 0;
        QList<bool> said; // what the import told of its wait
        ChatImportOptions cancelled;
        cancelled.progress = [&waited](double) { return ++waited < 8; };
        cancelled.waitingForCamp = [&said](bool waiting) { said.append(waiting); };
        const auto imported = ChatImporter(*m_mine).importMessages(m_camp, ChatFormat::WhatsApp,
                                                                   QStringLiteral("a.txt"), {post}, cancelled);
        ASSERT_FALSE(imported.has_value()) << "the import did not wait for the other writer";
        EXPECT_EQ(waited, 8) << "it asked as it waited";
        EXPECT_EQ(said, (QList<bool> {true, false})) << "it said it waited, once, and that the wait ended";
        EXPECT_TRUE(imported.error().message.contains(QStringLiteral("another operator")))
            << imported.error().message.toStdString();
        // The window is asked whether to wait on; leaving the change out,
        // it hears nothing more (a busy error).
        int asked = 0;
        m_mine->setBusyHandler([&asked](const QString &) {
            ++asked;
            return false;
        });
        const auto ticked = m_mine->participation().changeCheckIns(
            m_camp, {{person, QDate(2027, 3, 3), 0, CheckInSource::Manual, {}}}, {});
        m_mine->setBusyHandler({});
        EXPECT_EQ(asked, 1);
        // An operator's check-in waits a moment, then says why nothing changed.
        ASSERT_FALSE(ticked.has_value()) << "a check-in did not wait for the other writer";
        EXPECT_TRUE(ticked.error().busy);
        EXPECT_TRUE(ticked.error().message.contains(QStringLiteral("try again")))
            << ticked.error().message.toStdString();
        EXPECT_EQ(m_mine->participation().messageCount(m_camp).value_or(-1), 0);
        ASSERT_TRUE(theirs.commit().has_value());
    }
    // With the camp free, nothing is said of a wait.
    bool saidWaiting = false;
    ChatImportOptions free;
    free.waitingForCamp = [&saidWaiting](bool) { saidWaiting = true; };
    const auto imported
        = ChatImporter(*m_mine).importMessages(m_camp, ChatFormat::WhatsApp, QStringLiteral("a.txt"), {post}, free);
    ASSERT_TRUE(imported.has_value()) << imported.error().message.toStdString();
    EXPECT_EQ(imported->added, 1);
    EXPECT_FALSE(saidWaiting);
}

// An operator's edit of a chat account waits for the camp, not for the
// account's row: an import on another laptop holds the camp and then
// updates that row, and neither may end up waiting on the other.
TEST_F(StaleEditTest, AnEditOfAChatAccountTakesTheCampBeforeItsRow)
{
    const qint64 person = *m_mine->people().insert(Person {0, QStringLiteral("王子涵"), {}});
    ASSERT_TRUE(Sql::exec(m_mine->database(),
                          QStringLiteral("INSERT INTO chat_identities (camp_id, platform, chat_key, display_name)"
                                         " VALUES (?, 'qq', '10001', '子涵')"),
                          {m_camp})
                    .has_value());
    const auto identities = m_mine->participation().identities(m_camp);
    ASSERT_TRUE(identities.has_value() && identities->size() == 1);
    const ChatIdentity seen = identities->first();

    // Their import, half-way: the camp is theirs.
    Transaction theirs(m_theirs->database());
    ASSERT_TRUE(theirs.begin().has_value());
    ASSERT_TRUE(m_theirs->participation().lockCamp(m_camp, ParticipationRepository::Waiting::UntilFree).has_value());

    // My mapping of the account, on a connection of its own.
    std::optional<Result<void>> mine;
    std::atomic<bool> started = false;
    std::thread operatorThread([&] {
        auto opened = Workspace::open(m_schema->address());
        if (!opened) {
            mine = std::unexpected(opened.error());
            return;
        }
        Workspace &workspace = **opened;
        const StaleEdit::Seen row = StaleEdit::seen<ChatIdentity>(
            StaleEdit::Table::ChatIdentities, seen,
            [&workspace](qint64 id) { return workspace.participation().identity(id); },
            [](const ChatIdentity &now, const ChatIdentity &before) { return now.personId == before.personId; });
        started = true;
        mine = StaleEdit::writeParticipation(workspace, m_camp, {row},
                                             [&] { return workspace.participation().mapIdentity(seen.id, person); });
    });
    ASSERT_TRUE(QTest::qWaitFor([&started] { return started.load(); }, 10000));
    QTest::qWait(300); // my edit is waiting for the camp now

    // Their import goes on to the account's row: my waiting edit holds none of it.
    ASSERT_TRUE(Sql::exec(m_theirs->database(), QStringLiteral("SET lock_timeout = '1s'")).has_value());
    const auto renamed
        = Sql::exec(m_theirs->database(),
                    QStringLiteral("UPDATE chat_identities SET display_name = '王子涵' WHERE id = ?"), {seen.id});
    EXPECT_TRUE(renamed.has_value()) << "the import waited on the edit: " << renamed.error().message.toStdString();
    ASSERT_TRUE(theirs.commit().has_value());
    ASSERT_TRUE(Sql::exec(m_theirs->database(), QStringLiteral("SET lock_timeout = 0")).has_value());
    operatorThread.join();
    ASSERT_TRUE(mine.has_value());
    EXPECT_TRUE(mine->has_value()) << mine->error().message.toStdString();
    EXPECT_EQ(m_mine->participation().identity(seen.id)->personId, person) << "my mapping went through after it";
}

} // namespace
