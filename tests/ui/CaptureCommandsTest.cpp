// Undoing the mapping of a chat account, or its staff mark, when another
// operator (or the CLI on the same file) has changed it since: refused, and
// theirs stays. An import's renaming of the account is no change of it.

#include "ui/commands/CaptureCommands.h"

#include "core/capture/ParticipationRepository.h"
#include "core/domain/PersonRepository.h"
#include "core/storage/SqlQuery.h"
#include "tests/support/DocumentAndElsewhereTest.h"

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

namespace {

class CaptureCommandsTest : public DocumentAndElsewhereTest {
protected:
    void SetUp() override
    {
        DocumentAndElsewhereTest::SetUp();
        if (!ready())
            return;
        m_anran = valueOf(m_elsewhere->people().insert({.displayName = QStringLiteral("安然")}));
        m_baixue = valueOf(m_elsewhere->people().insert({.displayName = QStringLiteral("白雪")}));
        ASSERT_TRUE(Sql::exec(m_elsewhere->database(),
                              QStringLiteral("INSERT INTO chat_identities (camp_id, platform, chat_key, display_name)"
                                             " VALUES (?, ?, ?, ?)"),
                              {m_camp, QStringLiteral("wechat"), QStringLiteral("wx_anran"), QStringLiteral("安然")})
                        .has_value());
    }

    ChatIdentity account() const { return valueOf(m_document->chatIdentities(m_camp)).value(0); }

    qint64 m_anran = 0;
    qint64 m_baixue = 0;
};

TEST_P(CaptureCommandsTest, AnUndoOfAMappingChangedElsewhereIsRefused)
{
    QUndoStack *stack = m_document->undoStack();
    const ChatIdentity shown = account();
    ASSERT_GT(shown.id, 0);
    stack->push(new MapChatIdentityCommand(m_document.get(), shown, m_anran));
    ASSERT_EQ(account().personId, m_anran);
    ASSERT_EQ(stack->count(), 1);

    // An import renames the account: no change of its mapping, so the undo
    // goes through.
    ASSERT_TRUE(Sql::exec(m_elsewhere->database(),
                          QStringLiteral("UPDATE chat_identities SET display_name = ? WHERE id = ?"),
                          {QStringLiteral("安然-杭州"), shown.id})
                    .has_value());
    stack->undo();
    EXPECT_EQ(account().personId, 0);
    stack->redo();
    ASSERT_EQ(account().personId, m_anran);

    // Another operator maps it to someone else: the undo would lose that.
    ASSERT_TRUE(m_elsewhere->participation().mapIdentity(shown.id, m_baixue).has_value());
    QSignalSpy errors(m_document.get(), &WorkspaceDocument::errorOccurred);
    stack->undo();
    EXPECT_EQ(account().personId, m_baixue) << "theirs stays";
    ASSERT_EQ(errors.count(), 1);
    EXPECT_TRUE(errors.first().first().toString().contains(QStringLiteral("this chat account"), Qt::CaseInsensitive))
        << errors.first().first().toString().toStdString();
    EXPECT_EQ(stack->count(), 0) << "the refused undo is gone, not tried again";
}

// A mark is one flag: whoever unmarked it meanwhile left what the undo
// would have. The undo still says so rather than passing for its own.
TEST_P(CaptureCommandsTest, AnUndoOfAStaffMarkChangedElsewhereIsRefused)
{
    QUndoStack *stack = m_document->undoStack();
    stack->push(new SetChatIdentityStaffCommand(m_document.get(), account(), true));
    ASSERT_TRUE(account().staff);
    ASSERT_TRUE(m_elsewhere->participation().setStaff(account().id, false).has_value());
    const QString refused = refusalOfUndo();
    EXPECT_TRUE(refused.contains(QStringLiteral("this chat"), Qt::CaseInsensitive)) << refused.toStdString();
    EXPECT_EQ(stack->count(), 0) << "the refused undo is gone, not tried again";
}

INSTANTIATE_TEST_SUITE_P(Engines, CaptureCommandsTest, bothEngines(), engineName);

} // namespace

// A cleared cell takes the check-in the grid showed: one recorded another
// way since (another operator cleared it and ticked it by hand) is kept,
// and the operator is told.
TEST_P(CaptureCommandsTest, AClearOfACheckInRecordedAgainElsewhereIsRefused)
{
    const CheckIn shown {m_anran, QDate(2027, 3, 2), 0, CheckInSource::Jielong, QStringLiteral("安然 5km")};
    ASSERT_EQ(m_elsewhere->participation().changeCheckIns(m_camp, {shown}, {}).value_or(QList<CheckIn> {}).size(), 1);
    const CheckIn theirs {m_anran, QDate(2027, 3, 2), 0, CheckInSource::Manual, QString()};
    ASSERT_TRUE(m_elsewhere->participation().changeCheckIns(m_camp, {theirs}, {shown}).has_value());

    QSignalSpy errors(m_document.get(), &WorkspaceDocument::errorOccurred);
    m_document->undoStack()->push(
        new ChangeCheckInsCommand(m_document.get(), m_camp, {}, {shown}, QStringLiteral("Clear")));
    const QList<CheckIn> stored = valueOf(m_document->checkIns(m_camp));
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().source, CheckInSource::Manual) << "theirs stays";
    ASSERT_EQ(errors.count(), 1);
    EXPECT_TRUE(errors.first().first().toString().contains(QStringLiteral("recorded again another way")))
        << errors.first().first().toString().toStdString();
}

// Undoing a 接龙 takes back the names it taught with its check-ins: a name
// a wrong hand match taught would otherwise decide later lists unasked.
// A name it knew before names whom it named; one taught again since stays.
TEST_P(CaptureCommandsTest, UndoingAJielongTakesBackTheNamesItTaught)
{
    const auto aliases = [this] { return valueOf(m_elsewhere->participation().aliases(m_camp)); };
    ASSERT_TRUE(m_elsewhere->participation().rememberAlias(m_camp, QStringLiteral("雪儿"), m_baixue).has_value());
    const CheckIn tick {m_anran, QDate(2027, 3, 2), 0, CheckInSource::Jielong, QStringLiteral("小雨点 5km")};
    QUndoStack *stack = m_document->undoStack();
    stack->push(new RecordJielongCommand(m_document.get(), m_camp, {tick},
                                         {{QStringLiteral("小雨点"), m_anran}, {QStringLiteral("雪儿"), m_anran}},
                                         QStringLiteral("接龙")));
    ASSERT_EQ(stack->count(), 1);
    EXPECT_EQ(aliases().value(QStringLiteral("小雨点")), m_anran);
    EXPECT_EQ(aliases().value(QStringLiteral("雪儿")), m_anran);

    stack->undo();
    EXPECT_FALSE(aliases().contains(QStringLiteral("小雨点"))) << "a name it taught is forgotten";
    EXPECT_EQ(aliases().value(QStringLiteral("雪儿")), m_baixue) << "a name it knew names whom it named";
    EXPECT_TRUE(valueOf(m_document->checkIns(m_camp)).isEmpty());

    stack->redo();
    EXPECT_EQ(aliases().value(QStringLiteral("小雨点")), m_anran);
    // Another operator teaches 小雨点 as 白雪 since: the undo leaves theirs.
    ASSERT_TRUE(m_elsewhere->participation().rememberAlias(m_camp, QStringLiteral("小雨点"), m_baixue).has_value());
    stack->undo();
    EXPECT_EQ(aliases().value(QStringLiteral("小雨点")), m_baixue);
    // Redone over theirs, and undone again: theirs comes back.
    stack->redo();
    EXPECT_EQ(aliases().value(QStringLiteral("小雨点")), m_anran);
    stack->undo();
    EXPECT_EQ(aliases().value(QStringLiteral("小雨点")), m_baixue);
}

// A 接龙 recorded, undone, then recorded by another operator: this window's
// redo adds nothing (their rows are there), so its undo takes nothing back,
// rather than their check-ins. The same for a tick.
TEST_P(CaptureCommandsTest, AnUndoTakesBackOnlyWhatItsRedoAdded)
{
    const CheckIn tick {m_anran, QDate(2027, 3, 2), 0, CheckInSource::Jielong, QStringLiteral("1. 安然")};
    QUndoStack *stack = m_document->undoStack();
    stack->push(new RecordJielongCommand(m_document.get(), m_camp, {tick}, {}, QStringLiteral("Record 接龙")));
    ASSERT_EQ(valueOf(m_document->checkIns(m_camp)).size(), 1);
    stack->undo();
    ASSERT_TRUE(valueOf(m_document->checkIns(m_camp)).isEmpty());
    ASSERT_EQ(m_elsewhere->participation().changeCheckIns(m_camp, {tick}, {}).value_or(QList<CheckIn> {}).size(), 1);
    stack->redo();
    stack->undo();
    EXPECT_EQ(valueOf(m_document->checkIns(m_camp)).size(), 1) << "their 接龙's check-in stays";

    const CheckIn ticked {m_baixue, QDate(2027, 3, 3), 0, CheckInSource::Manual, QString()};
    stack->push(new ChangeCheckInsCommand(m_document.get(), m_camp, {ticked}, {}, QStringLiteral("Tick")));
    stack->undo();
    ASSERT_EQ(m_elsewhere->participation().changeCheckIns(m_camp, {ticked}, {}).value_or(QList<CheckIn> {}).size(), 1);
    stack->redo();
    stack->undo();
    EXPECT_EQ(valueOf(m_document->checkIns(m_camp)).size(), 2) << "their tick stays";
}
