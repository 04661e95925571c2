#include "core/Workspace.h"
#include "core/domain/CampRepository.h"
#include "core/storage/SqlQuery.h"
#include "tests/support/TempWorkspace.h"
#include "tests/support/WorkspaceDocumentTestAccess.h"
#include "ui/WorkspaceDocument.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

// The document's reads: a failure is an error the view shows, never an
// empty list or an absent camp the view would take for the truth.
class DocumentReadTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto workspace = Workspace::open(m_dir.path(QStringLiteral("reads.campdesk")));
        ASSERT_TRUE(workspace.has_value());
        m_document = std::make_unique<WorkspaceDocument>(std::move(*workspace));
        auto id = this->workspace().camps().insert(
            Camp::withDefaults(QStringLiteral("Spring"), QDate(2027, 3, 1), QDate(2027, 3, 21)));
        ASSERT_TRUE(id.has_value());
        m_campId = *id;
    }

    Workspace &workspace() const { return WorkspaceDocumentTestAccess::workspace(*m_document); }

    void hide(const QString &table) const
    {
        ASSERT_TRUE(Sql::exec(workspace().database(), QStringLiteral("ALTER TABLE %1 RENAME TO hidden").arg(table)));
    }

    TempDir m_dir;
    std::unique_ptr<WorkspaceDocument> m_document;
    qint64 m_campId = 0;
};

TEST_F(DocumentReadTest, ACampThatIsGoneIsNothingAndNoError)
{
    QSignalSpy errors(m_document.get(), &WorkspaceDocument::errorOccurred);
    EXPECT_FALSE(m_document->camp(m_campId + 1).has_value());
    EXPECT_FALSE(m_document->activity(4711).has_value());
    EXPECT_EQ(errors.count(), 0) << "a view holding a deleted camp's id shows nothing, quietly";
    EXPECT_TRUE(m_document->camp(m_campId).has_value());
}

TEST_F(DocumentReadTest, AnUnreadableCampIsReportedNotTakenForGone)
{
    QSignalSpy errors(m_document.get(), &WorkspaceDocument::errorOccurred);
    hide(QStringLiteral("camps"));
    EXPECT_FALSE(m_document->camp(m_campId).has_value());
    ASSERT_EQ(errors.count(), 1);
    EXPECT_TRUE(errors.first().first().toString().contains(QStringLiteral("camps")));
    EXPECT_FALSE(m_document->camps().has_value());
}

TEST_F(DocumentReadTest, UnreadableListsAreErrorsNotEmptyLists)
{
    ASSERT_TRUE(m_document->roster(m_campId).has_value());
    ASSERT_TRUE(m_document->activities(m_campId).has_value());
    hide(QStringLiteral("memberships"));
    EXPECT_FALSE(m_document->roster(m_campId).has_value());
    EXPECT_FALSE(m_document->staff(m_campId).has_value());
    EXPECT_FALSE(m_document->memberNames(m_campId).has_value());
    ASSERT_TRUE(Sql::exec(workspace().database(), QStringLiteral("ALTER TABLE hidden RENAME TO memberships")));
    hide(QStringLiteral("activities"));
    EXPECT_FALSE(m_document->activities(m_campId).has_value());
}

TEST_F(DocumentReadTest, AViewPaintingWithoutAReadSaysWhy)
{
    QSignalSpy errors(m_document.get(), &WorkspaceDocument::errorOccurred);
    hide(QStringLiteral("memberships"));
    EXPECT_TRUE(m_document->valueOrReport(m_document->roster(m_campId)).isEmpty());
    ASSERT_EQ(errors.count(), 1);
    EXPECT_TRUE(errors.first().first().toString().contains(QStringLiteral("memberships")));
}
