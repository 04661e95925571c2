// A delete, and the undo of an add (a delete too), goes through only while
// the rows are still what their operator saw: deleting a row another
// operator (or the CLI on the same file) changed since would delete their
// change unseen. A copy of a line counts a use and is no change of it. The
// undo of a plan template's save, which puts back or deletes a template,
// is held to the same.

#include "core/capture/ParticipationRepository.h"
#include "core/domain/ActivityRepository.h"
#include "core/domain/CampRepository.h"
#include "core/domain/MembershipRepository.h"
#include "core/domain/PersonRepository.h"
#include "core/plan/PlanTemplateRepository.h"
#include "core/roster/SubgroupRepository.h"
#include "core/speech/SpeechRepository.h"
#include "tests/support/DocumentAndElsewhereTest.h"
#include "ui/commands/ActivityCommands.h"
#include "ui/commands/CampCommands.h"
#include "ui/commands/RosterCommands.h"
#include "ui/commands/SpeechCommands.h"

#include <QTest>

using namespace CampDesk;
using namespace CampDesk::Testing;

namespace {

class DeleteCommandsTest : public DocumentAndElsewhereTest {
protected:
    // Adds day 1's lesson through the undo stack.
    void addLesson(const QString &title)
    {
        EXPECT_TRUE(
            refusalOf(new AddActivitiesCommand(m_document.get(), {lesson(title)}, QStringLiteral("Add"))).isEmpty());
    }

    // Adds one of the camp's lines through the undo stack; returns it as shown.
    SpeechTemplate addLine(SpeechCategory category, const QString &title, const QString &body)
    {
        SpeechTemplate line;
        line.title = title;
        line.category = category;
        line.body = body;
        line.campId = m_camp;
        EXPECT_TRUE(refusalOf(new AddSpeechesCommand(m_document.get(), {line}, QStringLiteral("Add"))).isEmpty());
        return valueOf(m_document->speeches(m_camp)).first();
    }

    Activity lesson(const QString &title) const
    {
        Activity lesson;
        lesson.campId = m_camp;
        lesson.type = ActivityType::Lesson;
        lesson.title = title;
        lesson.start = wallClock(QDate(2027, 3, 1), QTime(20, 0));
        lesson.end = wallClock(QDate(2027, 3, 1), QTime(21, 0));
        return lesson;
    }
};

TEST_P(DeleteCommandsTest, AnActivityChangedElsewhereIsNeitherDeletedNorUnadded)
{
    addLesson(QStringLiteral("第一课"));
    const Activity shown = valueOf(m_document->activities(m_camp)).first();

    Activity theirs = shown;
    theirs.notes = QStringLiteral("嘉宾改到周二");
    ASSERT_TRUE(m_elsewhere->activities().update(theirs).has_value());
    const QString refused = refusalOf(new DeleteActivitiesCommand(m_document.get(), {shown}));
    EXPECT_TRUE(refused.contains(QStringLiteral("this activity"), Qt::CaseInsensitive)) << refused.toStdString();
    EXPECT_EQ(valueOf(m_elsewhere->activities().find(shown.id)), theirs) << "their change stays";
    EXPECT_EQ(m_document->undoStack()->count(), 1) << "the refused delete left no step";

    const QString unadded = refusalOfUndo();
    EXPECT_TRUE(unadded.contains(QStringLiteral("this activity"), Qt::CaseInsensitive)) << unadded.toStdString();
    EXPECT_TRUE(m_elsewhere->activities().find(shown.id).has_value()) << "the undo of the add deleted nothing";
}

// An activity deleted by mistake and undone keeps its attendance: its
// check-ins go with it and come back with it, and so do the members' figures.
TEST_P(DeleteCommandsTest, AnUndoneDeleteOfAnActivityPutsBackItsCheckIns)
{
    addLesson(QStringLiteral("第一课"));
    const Activity shown = valueOf(m_document->activities(m_camp)).first();
    const qint64 person = valueOf(m_elsewhere->people().insert({.displayName = QStringLiteral("林晓雨")}));
    ASSERT_TRUE(m_elsewhere->memberships().add({.campId = m_camp, .personId = person}).has_value());
    const CheckIn attended {person, QDate(2027, 3, 1), shown.id, CheckInSource::Jielong, QStringLiteral("1. 林晓雨")};
    ASSERT_TRUE(m_elsewhere->participation().changeCheckIns(m_camp, {attended}, {}).has_value());
    const auto checkInsOfLin = [this] {
        return valueOf(m_elsewhere->participation().dayStats(m_camp)).isEmpty()
            ? 0
            : valueOf(m_elsewhere->participation().dayStats(m_camp)).first().checkIns;
    };
    ASSERT_EQ(checkInsOfLin(), 1);

    EXPECT_TRUE(refusalOf(new DeleteActivitiesCommand(m_document.get(), {shown})).isEmpty());
    EXPECT_TRUE(valueOf(m_elsewhere->participation().checkIns(m_camp)).isEmpty());
    EXPECT_EQ(checkInsOfLin(), 0) << "the figures follow the delete";

    EXPECT_TRUE(refusalOfUndo().isEmpty());
    EXPECT_EQ(valueOf(m_elsewhere->participation().checkIns(m_camp)), QList<CheckIn> {attended});
    EXPECT_EQ(checkInsOfLin(), 1);
    m_document->undoStack()->redo();
    EXPECT_TRUE(valueOf(m_elsewhere->participation().checkIns(m_camp)).isEmpty()) << "and the redo deletes again";
}

// The undo of an add takes back the add, not what others recorded since: a
// 接龙 recorded for the new activity elsewhere (the CLI, another operator)
// keeps it, and the undo is refused, saying why, with nothing deleted.
TEST_P(DeleteCommandsTest, AnUndoneAddKeepsAnActivityOthersRecordedCheckInsFor)
{
    addLesson(QStringLiteral("第一课"));
    const Activity shown = valueOf(m_document->activities(m_camp)).first();
    const qint64 person = valueOf(m_elsewhere->people().insert({.displayName = QStringLiteral("林晓雨")}));
    ASSERT_TRUE(m_elsewhere->memberships().add({.campId = m_camp, .personId = person}).has_value());
    const CheckIn attended {person, QDate(2027, 3, 1), shown.id, CheckInSource::Jielong, QStringLiteral("1. 林晓雨")};
    ASSERT_TRUE(m_elsewhere->participation().changeCheckIns(m_camp, {attended}, {}).has_value());

    const QString refusal = refusalOfUndo();
    EXPECT_TRUE(refusal.contains(QStringLiteral("1 check-in"))) << refusal.toStdString();
    EXPECT_EQ(valueOf(m_document->activities(m_camp)).size(), 1) << "the activity stays";
    EXPECT_EQ(valueOf(m_elsewhere->participation().checkIns(m_camp)), QList<CheckIn> {attended});
    EXPECT_FALSE(m_document->undoStack()->canRedo());

    // Without anything recorded for it, the undo takes it back.
    addLesson(QStringLiteral("第二课"));
    EXPECT_TRUE(refusalOfUndo().isEmpty());
    EXPECT_EQ(valueOf(m_document->activities(m_camp)).size(), 1);
}

// An activity with check-ins keeps its day and its kind: moved, its
// check-ins would stay dated on the old day, ticked under the wrong one.
// Its other fields change as always.
TEST_P(DeleteCommandsTest, AnActivityWithCheckInsIsNotMovedAwayFromThem)
{
    addLesson(QStringLiteral("第一课"));
    const Activity shown = valueOf(m_document->activities(m_camp)).first();
    const qint64 person = valueOf(m_elsewhere->people().insert({.displayName = QStringLiteral("林晓雨")}));
    ASSERT_TRUE(m_elsewhere->memberships().add({.campId = m_camp, .personId = person}).has_value());
    const CheckIn attended {person, QDate(2027, 3, 1), shown.id, CheckInSource::Jielong, QStringLiteral("1. 林晓雨")};
    ASSERT_TRUE(m_elsewhere->participation().changeCheckIns(m_camp, {attended}, {}).has_value());

    Activity moved = shown;
    moved.start = shown.start.addDays(2);
    moved.end = shown.end.addDays(2);
    const QString refusal = refusalOf(new EditActivityCommand(m_document.get(), shown, moved, QStringLiteral("Move")));
    EXPECT_TRUE(refusal.contains(QStringLiteral("recorded on 2027-03-01"))) << refusal.toStdString();
    EXPECT_EQ(valueOf(m_document->activities(m_camp)).first().start, shown.start);
    Activity retyped = shown;
    retyped.type = ActivityType::Announcement;
    EXPECT_FALSE(
        refusalOf(new EditActivityCommand(m_document.get(), shown, retyped, QStringLiteral("Retype"))).isEmpty());

    Activity renamed = shown;
    renamed.title = QStringLiteral("第一课：开营");
    renamed.start = shown.start.addSecs(1800);
    renamed.end = shown.end.addSecs(1800);
    EXPECT_TRUE(
        refusalOf(new EditActivityCommand(m_document.get(), shown, renamed, QStringLiteral("Rename"))).isEmpty());
    EXPECT_EQ(valueOf(m_document->activities(m_camp)).first().title, renamed.title);
}

// A line deleted by mistake and undone comes back with its copies (the
// crew's rotation reads them) and as the line of the activities that post it.
TEST_P(DeleteCommandsTest, AnUndoneDeleteOfALinePutsBackItsCopiesAndItsActivities)
{
    const SpeechTemplate shown = addLine(SpeechCategory::DailyAnnouncement, QStringLiteral("第一课预告"),
                                         QStringLiteral("今晚八点，第一课！"));
    Activity posting = lesson(QStringLiteral("第一课"));
    posting.speechTemplateId = shown.id;
    posting.id = valueOf(m_elsewhere->activities().insert(posting));
    const QDateTime copied(QDate(2027, 3, 1), QTime(12, 0), Qt::UTC);
    ASSERT_TRUE(m_elsewhere->speeches().recordUse(shown.id, m_camp, 1, posting.id, copied).has_value());
    ASSERT_TRUE(m_elsewhere->speeches().recordUse(shown.id, m_camp, 2, 0, copied.addDays(1)).has_value());
    const SpeechTemplate used = valueOf(m_elsewhere->speeches().find(shown.id));
    ASSERT_EQ(used.useCount, 2);

    EXPECT_TRUE(refusalOf(new DeleteSpeechesCommand(m_document.get(), {shown})).isEmpty());
    EXPECT_EQ(valueOf(m_elsewhere->activities().find(posting.id)).speechTemplateId, 0);

    EXPECT_TRUE(refusalOfUndo().isEmpty());
    const SpeechTemplate back = valueOf(m_elsewhere->speeches().find(shown.id));
    EXPECT_EQ(back.useCount, 2) << "its copies are counted again";
    EXPECT_EQ(back.lastUsed, used.lastUsed);
    EXPECT_EQ(valueOf(m_elsewhere->activities().find(posting.id)).speechTemplateId, shown.id)
        << "the activity posts it again";
}

TEST_P(DeleteCommandsTest, ALineCopiedMeanwhileIsDeletedButALineEditedMeanwhileIsNot)
{
    const SpeechTemplate shown = addLine(SpeechCategory::Hype, QStringLiteral("开场"), QStringLiteral("大家早上好！"));

    ASSERT_TRUE(m_elsewhere->speeches().recordUse(shown.id, m_camp, 1, 0, QDateTime::currentDateTimeUtc()).has_value());
    EXPECT_TRUE(refusalOf(new DeleteSpeechesCommand(m_document.get(), {shown})).isEmpty()) << "a copy is no edit";
    EXPECT_FALSE(m_elsewhere->speeches().find(shown.id).has_value());
    m_document->undoStack()->undo();
    SpeechTemplate theirs = valueOf(m_elsewhere->speeches().find(shown.id));
    theirs.body = QStringLiteral("早！");
    ASSERT_TRUE(m_elsewhere->speeches().update(theirs).has_value());
    QSignalSpy errors(m_document.get(), &WorkspaceDocument::errorOccurred);
    m_document->undoStack()->redo();
    ASSERT_EQ(errors.count(), 1);
    EXPECT_TRUE(errors.first().first().toString().contains(QStringLiteral("this line"), Qt::CaseInsensitive));
    EXPECT_EQ(valueOf(m_elsewhere->speeches().find(shown.id)).body, QStringLiteral("早！"));
}

TEST_P(DeleteCommandsTest, ASubgroupRecolouredElsewhereIsNotDeleted)
{
    Subgroup group;
    group.campId = m_camp;
    group.name = QStringLiteral(" 一组 ");
    ASSERT_TRUE(refusalOf(new AddSubgroupsCommand(m_document.get(), {group}, QStringLiteral("Add"))).isEmpty());
    const Subgroup shown = valueOf(m_document->subgroups(m_camp)).first();
    EXPECT_EQ(shown.name, QStringLiteral("一组"));
    Subgroup theirs = shown;
    theirs.color = QStringLiteral("#AA3344");
    ASSERT_TRUE(m_elsewhere->subgroups().update(theirs).has_value());
    const QString refused = refusalOf(new DeleteSubgroupCommand(m_document.get(), shown, {}));
    EXPECT_TRUE(refused.contains(QStringLiteral("this subgroup"), Qt::CaseInsensitive)) << refused.toStdString();
    EXPECT_EQ(valueOf(m_elsewhere->subgroups().find(shown.id)), theirs);
}

// Undoing a camp's creation takes the camp away only while it holds what
// the creation made: once another operator added a member, the undo is
// refused and their member stays. A camp nobody touched goes, and redo
// brings it back.
TEST_P(DeleteCommandsTest, AnUndoOfACampsCreationLeavesWhatOthersAddedToIt)
{
    const auto camp = Camp::withDefaults(QStringLiteral("夏令营"), QDate(2027, 7, 1), QDate(2027, 7, 7));
    auto *created = new AddCampCommand(m_document.get(), camp);
    ASSERT_TRUE(refusalOf(created).isEmpty());
    const qint64 id = created->campId();
    const qint64 person = valueOf(m_elsewhere->people().insert(Person {0, QStringLiteral("王子涵"), {}}));
    Membership membership;
    membership.campId = id;
    membership.personId = person;
    ASSERT_TRUE(m_elsewhere->memberships().add(membership).has_value());

    const QString refused = refusalOfUndo();
    EXPECT_TRUE(refused.contains(QStringLiteral("was not taken away"))) << refused.toStdString();
    EXPECT_TRUE(m_elsewhere->camps().find(id).has_value()) << "their camp's member went with it";
    EXPECT_EQ(m_elsewhere->memberships().listForCamp(id).value_or(QList<MemberEntry> {}).size(), 1);

    auto *untouched = new AddCampCommand(m_document.get(), camp);
    ASSERT_TRUE(refusalOf(untouched).isEmpty());
    const qint64 second = untouched->campId();
    EXPECT_TRUE(refusalOfUndo().isEmpty());
    EXPECT_FALSE(m_elsewhere->camps().find(second).has_value());
    m_document->undoStack()->redo();
    EXPECT_EQ(m_elsewhere->camps().list().value_or(QList<Camp> {}).size(), 3) << "the first, theirs, and this again";
}

// An undo that will fail however often it is tried (the camp it would take
// away was deleted elsewhere) leaves the stack: kept, it would stand above
// every step below it for good.
TEST_P(DeleteCommandsTest, AnUndoThatFailsForGoodLeavesTheStack)
{
    auto *created = new AddCampCommand(
        m_document.get(), Camp::withDefaults(QStringLiteral("秋令营"), QDate(2027, 9, 1), QDate(2027, 9, 7)));
    const int steps = m_document->undoStack()->count();
    ASSERT_TRUE(refusalOf(created).isEmpty());
    ASSERT_TRUE(m_elsewhere->camps().remove(created->campId()).has_value());
    EXPECT_FALSE(refusalOfUndo().isEmpty());
    QTest::qWait(20); // a step kept for another try is put back once the undo returned
    EXPECT_EQ(m_document->undoStack()->count(), steps) << "the step stayed";
    EXPECT_EQ(m_document->undoStack()->index(), steps);
}

TEST_P(DeleteCommandsTest, AnUndoOfATemplateSaveIsRefusedOnceAnotherOwnerSavedOverIt)
{
    addLesson(QStringLiteral("第一课"));
    const Camp camp = *m_document->camp(m_camp);
    const PlanTemplate mine
        = PlanTemplate::fromPlan(QStringLiteral("晨读模板"), camp, valueOf(m_document->activities(m_camp)));
    ASSERT_TRUE(refusalOf(new SavePlanTemplateCommand(m_document.get(), mine)).isEmpty());
    EXPECT_TRUE(refusalOfUndo().isEmpty()) << "the template nobody touched goes";
    EXPECT_FALSE(valueOf(m_elsewhere->planTemplates().find(QStringLiteral("晨读模板"))).has_value());
    m_document->undoStack()->redo();

    const PlanTemplate theirs
        = PlanTemplate::fromPlan(QStringLiteral("晨读模板"), camp, {lesson(QStringLiteral("第一课（改）"))});
    ASSERT_TRUE(m_elsewhere->planTemplates().save(theirs).has_value());
    const QString refused = refusalOfUndo();
    EXPECT_TRUE(refused.contains(QStringLiteral("plan template"))) << refused.toStdString();
    const auto kept = valueOf(m_elsewhere->planTemplates().find(QStringLiteral("晨读模板")));
    ASSERT_TRUE(kept.has_value()) << "the undo deleted nothing";
    EXPECT_EQ(kept->toJson(), theirs.toJson());
}

INSTANTIATE_TEST_SUITE_P(Engines, DeleteCommandsTest, bothEngines(), engineName);

} // namespace
