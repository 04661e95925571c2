#include "ui/commands/CampCommands.h"

#include "core/Workspace.h"
#include "core/domain/CampRepository.h"
#include "core/domain/MembershipRepository.h"
#include "core/domain/PersonRepository.h"
#include "tests/support/EngineWorkspace.h"
#include "tests/support/ValueOf.h"
#include "tests/support/WorkspaceDocumentTestAccess.h"
#include "ui/WorkspaceDocument.h"

#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

class CampCommandsTest : public ::testing::TestWithParam<Engine> {
protected:
    void SetUp() override
    {
        std::unique_ptr<Workspace> workspace;
        m_place.openOrSkip(workspace);
        if (!workspace)
            return;
        m_document = std::make_unique<WorkspaceDocument>(std::move(workspace));
    }

    Camp camp(const QString &name) const { return Camp::withDefaults(name, QDate(2027, 3, 1), QDate(2027, 3, 21)); }

    QUndoStack *stack() const { return m_document->undoStack(); }

    EngineWorkspace m_place {GetParam()};
    std::unique_ptr<WorkspaceDocument> m_document;
};

TEST_P(CampCommandsTest, AddUndoRedoKeepsTheId)
{
    QSignalSpy added(m_document.get(), &WorkspaceDocument::campAdded);
    auto *command = new AddCampCommand(m_document.get(), camp(QStringLiteral("Spring")));
    stack()->push(command);
    ASSERT_EQ(valueOf(m_document->camps()).size(), 1);
    const qint64 id = valueOf(m_document->camps()).first().id;
    EXPECT_EQ(added.count(), 1);

    stack()->undo();
    EXPECT_TRUE(valueOf(m_document->camps()).isEmpty());
    stack()->redo();
    ASSERT_EQ(valueOf(m_document->camps()).size(), 1);
    EXPECT_EQ(valueOf(m_document->camps()).first().id, id);
}

TEST_P(CampCommandsTest, EditUndoRedo)
{
    stack()->push(new AddCampCommand(m_document.get(), camp(QStringLiteral("Goals"))));
    const Camp before = valueOf(m_document->camps()).first();
    Camp after = before;
    after.targetActiveRate = 45;
    QSignalSpy changed(m_document.get(), &WorkspaceDocument::campChanged);
    stack()->push(new EditCampCommand(m_document.get(), before, after, QStringLiteral("target active rate")));
    EXPECT_EQ(m_document->camp(before.id)->targetActiveRate, 45);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(stack()->undoText().contains(QStringLiteral("target active rate")));
    stack()->undo();
    EXPECT_EQ(*m_document->camp(before.id), before);
    stack()->redo();
    EXPECT_EQ(*m_document->camp(before.id), after);
}

TEST_P(CampCommandsTest, UndoDeleteRestoresCampWithItsMembers)
{
    stack()->push(new AddCampCommand(m_document.get(), camp(QStringLiteral("With members"))));
    const Camp created = valueOf(m_document->camps()).first();
    Workspace &workspace = WorkspaceDocumentTestAccess::workspace(*m_document);
    for (int i = 0; i < 5; ++i) {
        const qint64 person = *workspace.people().insert(Person {0, QStringLiteral("P%1").arg(i), {}});
        ASSERT_TRUE(workspace.memberships()
                        .add({0,
                              created.id,
                              person,
                              i == 0 ? MemberRole::Assistant : MemberRole::OrdinaryMember,
                              QDate(2027, 2, 27),
                              {}})
                        .has_value());
    }
    const auto membersBefore = *workspace.memberships().listForCamp(created.id);

    stack()->push(new DeleteCampCommand(m_document.get(), created));
    EXPECT_FALSE(m_document->camp(created.id).has_value());
    EXPECT_TRUE(workspace.memberships().listForCamp(created.id)->isEmpty());

    stack()->undo();
    ASSERT_TRUE(m_document->camp(created.id).has_value());
    EXPECT_EQ(*m_document->camp(created.id), created);
    const auto membersAfter = *workspace.memberships().listForCamp(created.id);
    ASSERT_EQ(membersAfter.size(), 5);
    for (qsizetype i = 0; i < membersAfter.size(); ++i)
        EXPECT_EQ(membersAfter[i].membership, membersBefore[i].membership);

    stack()->redo();
    EXPECT_FALSE(m_document->camp(created.id).has_value());
}

TEST_P(CampCommandsTest, FailingCommandReportsAndLeavesNoStep)
{
    QSignalSpy errors(m_document.get(), &WorkspaceDocument::errorOccurred);
    Camp broken = camp(QStringLiteral("Broken"));
    broken.courseEnd = broken.courseStart.addDays(-3);
    stack()->push(new AddCampCommand(m_document.get(), broken));
    EXPECT_EQ(errors.count(), 1);
    EXPECT_EQ(stack()->count(), 0);
    EXPECT_TRUE(valueOf(m_document->camps()).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Engines, CampCommandsTest, bothEngines(), engineName);
