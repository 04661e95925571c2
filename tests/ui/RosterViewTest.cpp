#include "ui/roster/RosterView.h"

#include "core/Workspace.h"
#include "core/domain/CampRepository.h"
#include "core/domain/MembershipRepository.h"
#include "core/domain/PersonRepository.h"
#include "core/roster/SubgroupRepository.h"
#include "core/storage/SqlQuery.h"
#include "tests/support/EngineWorkspace.h"
#include "tests/support/TempWorkspace.h"
#include "tests/support/ValueOf.h"
#include "tests/support/WindowOnView.h"
#include "tests/support/WorkspaceDocumentTestAccess.h"
#include "ui/FileDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/WorkspaceDocument.h"
#include "ui/commands/RosterCommands.h"
#include "ui/roster/AutoSplitDialog.h"
#include "ui/roster/MemberDialog.h"
#include "ui/roster/RosterFilterModel.h"
#include "ui/roster/RosterImportDialog.h"
#include "ui/roster/RosterModel.h"
#include "ui/roster/SubgroupBoard.h"
#include "ui/roster/ViolationDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QPushButton>
#include <QSet>
#include <QStringEncoder>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

class RosterViewTest : public ::testing::TestWithParam<Engine> {
protected:
    void SetUp() override
    {
        if (auto reason = m_place.skipReason())
            GTEST_SKIP() << *reason;
        const QString path = m_place.address();
        {
            auto workspace = Workspace::open(path);
            ASSERT_TRUE(workspace.has_value());
            m_campId = *(*workspace)
                            ->camps()
                            .insert(Camp::withDefaults(QStringLiteral("Spring camp"), QDate(2027, 3, 1),
                                                       QDate(2027, 3, 21)));
        }
        m_window = openWindowOn(path, {.view = QStringLiteral("roster")});
        ASSERT_TRUE(m_window);
        m_view = m_window->rosterView();
    }

    void TearDown() override { m_window.reset(); }

    // Behind the document: what a test checks was written, or sets up.
    Workspace &workspace() const { return WorkspaceDocumentTestAccess::workspace(*m_window->document()); }

    // Imports the GBK roster through the dialog, as a user picking the file would.
    void importRoster()
    {
        QStringEncoder gbk("GBK");
        const QString path = m_dir.path(QStringLiteral("members.csv"));
        writeAll(path,
                 gbk.encode(QStringLiteral("昵称,微信号,城市,角色,小组,群昵称\n"
                                           "林晓雨,wx_lin,杭州,核心用户,A组,A组-林晓雨-杭州\n"
                                           "王子涵,wx_wang,北京,种子,B组,子涵\n"
                                           "陈浩然,wx_chen,上海,,A组,\n")));
        FileDialog::setNextFileName(path);
        m_view->importFile();
        auto *dialog = m_view->findChild<RosterImportDialog *>(QStringLiteral("RosterImportDialog"));
        ASSERT_NE(dialog, nullptr);
        EXPECT_EQ(dialog->plan().count(RosterImportRow::Match::NewPerson), 3);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QApplication::processEvents();
    }

    TempDir m_dir;
    EngineWorkspace m_place {GetParam()};
    qint64 m_campId = 0;
    std::unique_ptr<MainWindow> m_window;
    RosterView *m_view = nullptr;
};

TEST_P(RosterViewTest, ImportThroughTheDialogIsOneUndoStep)
{
    QAbstractItemModelTester tester(m_view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    importRoster();
    ASSERT_EQ(m_view->model()->rowCount(), 3);
    EXPECT_EQ(valueOf(m_window->document()->roster(m_campId)).size(), 3);
    m_window->document()->undoStack()->undo();
    EXPECT_EQ(m_view->model()->rowCount(), 0);
    EXPECT_EQ(workspace().people().count().value_or(-1), 0) << "undo removes the new people";
    m_window->document()->undoStack()->redo();
    EXPECT_EQ(m_view->model()->rowCount(), 3);
}

// A file read in the wrong encoding is read again in the one chosen in the
// dialog, as the preview's problem says to do. The GBK file is detected as
// GB18030; chosen as UTF-8 its bytes are no text, and the preview says so;
// chosen as GB18030 again its names come out right, and are imported so.
TEST_P(RosterViewTest, TheDialogReadsTheFileAgainInTheEncodingChosen)
{
    QStringEncoder gbk("GBK");
    const QString path = m_dir.path(QStringLiteral("members-gbk.csv"));
    writeAll(path, gbk.encode(QStringLiteral("昵称,微信号\n林晓雨,wx_lin\n王子涵,wx_wang\n")));
    FileDialog::setNextFileName(path);
    m_view->importFile();
    auto *dialog = m_view->findChild<RosterImportDialog *>(QStringLiteral("RosterImportDialog"));
    ASSERT_NE(dialog, nullptr);
    auto *encoding = dialog->findChild<QComboBox *>(QStringLiteral("rosterEncodingCombo"));
    ASSERT_NE(encoding, nullptr);
    EXPECT_TRUE(encoding->isVisibleTo(dialog));
    EXPECT_EQ(encoding->currentText(), QStringLiteral("Detected (GB18030)"));
    ASSERT_EQ(dialog->plan().rows.size(), 2);
    EXPECT_EQ(dialog->plan().rows.first().person.displayName, QStringLiteral("林晓雨"));

    // Read as UTF-8 the headers are no text, so no column is recognised:
    // the summary says why, and there is nothing to import.
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("UTF-8")));
    auto *preview = dialog->findChild<QTableWidget *>(QStringLiteral("rosterPreview"));
    ASSERT_NE(preview, nullptr);
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("rosterImportSummary"));
    EXPECT_EQ(preview->rowCount(), 0);
    EXPECT_TRUE(summary->text().contains(QStringLiteral("not text in the file's encoding")))
        << summary->text().toStdString();
    EXPECT_FALSE(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());

    encoding->setCurrentIndex(encoding->findData(QStringLiteral("GB18030")));
    ASSERT_EQ(dialog->plan().rows.size(), 2);
    EXPECT_EQ(dialog->plan().rows.at(1).person.displayName, QStringLiteral("王子涵"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QApplication::processEvents();
    ASSERT_EQ(m_view->model()->rowCount(), 2);
    QStringList names;
    for (const RosterEntry &entry : valueOf(m_window->document()->roster(m_campId)))
        names << entry.person.displayName;
    names.sort();
    EXPECT_EQ(names, (QStringList {QStringLiteral("林晓雨"), QStringLiteral("王子涵")}));
}

// A paste is text already: no encoding to choose.
TEST_P(RosterViewTest, APasteOffersNoEncoding)
{
    QApplication::clipboard()->setText(QStringLiteral("Name\tWeChat\nAda\twx_ada\n"));
    m_view->pasteMembers();
    auto *dialog = m_view->findChild<RosterImportDialog *>(QStringLiteral("RosterImportDialog"));
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(dialog->findChild<QComboBox *>(QStringLiteral("rosterEncodingCombo"))->isVisibleTo(dialog));
    EXPECT_EQ(dialog->plan().rows.size(), 1);
    dialog->reject();
}

// The undo of an import takes back the import, not what was recorded about
// its members since (a tick, a 接龙, elsewhere or here): deleting the people
// would delete that too, so the undo is refused, saying what there is.
TEST_P(RosterViewTest, AnImportsUndoKeepsMembersOthersRecordedWorkFor)
{
    importRoster();
    ASSERT_EQ(m_view->model()->rowCount(), 3);
    const RosterEntry lin = *m_view->model()->entryAt(0);
    const QDate day = m_window->document()->camp(m_campId)->courseStart;
    const CheckIn ticked {lin.person.id, day, 0, CheckInSource::Manual, QString()};
    ASSERT_TRUE(workspace().participation().changeCheckIns(m_campId, {ticked}, {}).has_value());
    MessageBox::setTestMode(true);
    QUndoStack *steps = m_window->document()->undoStack();
    const int before = steps->count();
    steps->undo();
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("1 check-in"))) << MessageBox::lastText().toStdString();
    EXPECT_EQ(valueOf(m_window->document()->roster(m_campId)).size(), 3) << "nobody was taken out";
    EXPECT_EQ(valueOf(workspace().participation().checkIns(m_campId)), QList<CheckIn> {ticked});
    EXPECT_EQ(steps->count(), before - 1) << "the refused undo is gone, not tried again";
}

TEST_P(RosterViewTest, SearchByPinyinAndFilterByRole)
{
    importRoster();
    QAbstractItemModelTester tester(m_view->filter(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTest::keyClicks(m_view->findChild<QLineEdit *>(QStringLiteral("rosterSearch")), QStringLiteral("lxy"));
    ASSERT_EQ(m_view->filter()->rowCount(), 1);
    EXPECT_EQ(m_view->filter()->index(0, RosterModel::NameColumn).data().toString(), QStringLiteral("林晓雨"));
    m_view->findChild<QLineEdit *>(QStringLiteral("rosterSearch"))->clear();
    QTest::keyClicks(m_view->findChild<QLineEdit *>(QStringLiteral("rosterSearch")), QStringLiteral("wx_"));
    EXPECT_EQ(m_view->filter()->rowCount(), 3) << "chat ids are searched";
    m_view->findChild<QLineEdit *>(QStringLiteral("rosterSearch"))->clear();
    m_view->filter()->setRole(int(MemberRole::SeedMember));
    ASSERT_EQ(m_view->filter()->rowCount(), 1);
    EXPECT_EQ(m_view->filter()->index(0, RosterModel::NameColumn).data().toString(), QStringLiteral("王子涵"));
}

TEST_P(RosterViewTest, SortsRolesByRankAndKeepsTheOrderWhileSearching)
{
    importRoster();
    QAbstractItemModelTester tester(m_view->filter(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *table = m_view->findChild<QTableView *>(QStringLiteral("rosterTable"));
    ASSERT_NE(table, nullptr);
    const auto names = [this] {
        QStringList out;
        for (int row = 0; row < m_view->filter()->rowCount(); ++row)
            out << m_view->filter()->index(row, RosterModel::NameColumn).data().toString();
        return out;
    };
    EXPECT_EQ(names(), (QStringList {QStringLiteral("林晓雨"), QStringLiteral("王子涵"), QStringLiteral("陈浩然")}))
        << "core member, seed member, ordinary member: by rank, not by the roles' spelling";
    table->sortByColumn(RosterModel::RoleColumn, Qt::DescendingOrder);
    EXPECT_EQ(names(), (QStringList {QStringLiteral("陈浩然"), QStringLiteral("王子涵"), QStringLiteral("林晓雨")}));
    table->sortByColumn(RosterModel::NicknameColumn, Qt::AscendingOrder);
    EXPECT_EQ(names(), (QStringList {QStringLiteral("陈浩然"), QStringLiteral("林晓雨"), QStringLiteral("王子涵")}))
        << "no nickname, then “A组-林晓雨-杭州”, then “子涵”";
    auto *search = m_view->findChild<QLineEdit *>(QStringLiteral("rosterSearch"));
    QTest::keyClicks(search, QStringLiteral("wx_"));
    EXPECT_EQ(names(), (QStringList {QStringLiteral("陈浩然"), QStringLiteral("林晓雨"), QStringLiteral("王子涵")}));
    QTest::keyClicks(search, QStringLiteral("w"));
    EXPECT_EQ(names(), QStringList {QStringLiteral("王子涵")}) << "“wx_w” is one chat id";
    QTest::keyClick(search, Qt::Key_Backspace);
    EXPECT_EQ(names(), (QStringList {QStringLiteral("陈浩然"), QStringLiteral("林晓雨"), QStringLiteral("王子涵")}))
        << "widening again keeps the sort";
}

TEST_P(RosterViewTest, BulkEditIsOneUndoableStep)
{
    importRoster();
    m_view->table()->selectAll();
    m_view->setSelectedRole(int(MemberRole::AtmosphereCrew));
    for (const RosterEntry &entry : valueOf(m_window->document()->roster(m_campId)))
        EXPECT_EQ(entry.membership.role, MemberRole::AtmosphereCrew);
    m_view->addTagToSelected(QStringLiteral("第6期"));
    for (const RosterEntry &entry : valueOf(m_window->document()->roster(m_campId)))
        EXPECT_TRUE(entry.person.tags.contains(QStringLiteral("第6期")));
    m_window->document()->undoStack()->undo();
    m_window->document()->undoStack()->undo();
    int seeds = 0;
    for (const RosterEntry &entry : valueOf(m_window->document()->roster(m_campId))) {
        EXPECT_TRUE(entry.person.tags.isEmpty());
        seeds += entry.membership.role == MemberRole::SeedMember ? 1 : 0;
    }
    EXPECT_EQ(seeds, 1);
}

TEST_P(RosterViewTest, DetailsShowTheNicknameStandard)
{
    importRoster();
    const QModelIndexList matches = m_view->filter()->match(m_view->filter()->index(0, RosterModel::NameColumn),
                                                            Qt::DisplayRole, QStringLiteral("王子涵"));
    ASSERT_EQ(matches.size(), 1);
    EXPECT_FALSE(matches.first().data(RosterModel::FollowsStandardRole).toBool());
    m_view->table()->selectRow(matches.first().row());
    const QString details = m_view->findChild<QLabel *>(QStringLiteral("memberDetails"))->text();
    EXPECT_TRUE(details.contains(QStringLiteral("B组-王子涵-北京"))) << details.toStdString();
    QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("copyNicknameButton")), Qt::LeftButton);
    EXPECT_EQ(QApplication::clipboard()->text(), QStringLiteral("B组-王子涵-北京"));
}

TEST_P(RosterViewTest, DragAMemberToAnotherSubgroupAndUndo)
{
    importRoster();
    ASSERT_TRUE(m_window->showView(QStringLiteral("subgroups")));
    SubgroupBoard *board = m_window->subgroupBoard();
    const QList<Subgroup> subgroups = m_window->document()->subgroups(m_campId).value();
    ASSERT_EQ(subgroups.size(), 2);
    const Subgroup a = subgroups.at(0).name == QStringLiteral("A组") ? subgroups.at(0) : subgroups.at(1);
    const Subgroup b = subgroups.at(0).name == QStringLiteral("B组") ? subgroups.at(0) : subgroups.at(1);
    QListWidget *from = board->column(a.id);
    QListWidget *to = board->column(b.id);
    ASSERT_NE(from, nullptr);
    ASSERT_NE(to, nullptr);
    ASSERT_EQ(from->count(), 2);
    const QRect card = from->visualItemRect(from->item(0));
    const QString moved = from->item(0)->text();
    QTest::mousePress(from->viewport(), Qt::LeftButton, Qt::NoModifier, card.center());
    QMouseEvent move(QEvent::MouseMove, card.center() + QPoint(40, 0), from->viewport()->mapToGlobal(card.center()),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(from->viewport(), &move);
    QTest::mouseRelease(to->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(20, 20));
    QApplication::processEvents();
    ASSERT_EQ(board->column(b.id)->count(), 2);
    EXPECT_EQ(board->column(a.id)->count(), 1);
    m_window->document()->undoStack()->undo();
    EXPECT_EQ(board->column(a.id)->count(), 2);
    EXPECT_TRUE(board->column(a.id)->findItems(moved.section(u' ', 0, 0), Qt::MatchStartsWith).size() == 1);
}

TEST_P(RosterViewTest, AutoSplitPreviewsAndIsOneUndoStep)
{
    importRoster();
    m_window->showView(QStringLiteral("subgroups"));
    m_window->subgroupBoard()->autoSplit();
    auto *dialog = m_window->subgroupBoard()->findChild<AutoSplitDialog *>(QStringLiteral("AutoSplitDialog"));
    ASSERT_NE(dialog, nullptr);
    dialog->setGroups(3);
    auto *preview = dialog->findChild<QTableWidget *>(QStringLiteral("splitPreview"));
    EXPECT_EQ(preview->rowCount(), 3);
    // The preview says who goes where, and new groups read "Group 3", never "%1".
    QStringList who;
    for (int row = 0; row < preview->rowCount(); ++row) {
        who.append(preview->item(row, 5)->text());
        EXPECT_FALSE(preview->item(row, 0)->text().contains(u'%')) << preview->item(row, 0)->text().toStdString();
    }
    EXPECT_TRUE(who.join(u' ').contains(QStringLiteral("陈浩然"))) << who.join(u'|').toStdString();
    EXPECT_EQ(preview->item(2, 0)->text(), QStringLiteral("Group 3"));
    const QList<RosterEntry> before = valueOf(m_window->document()->roster(m_campId));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    EXPECT_EQ(m_window->document()->subgroups(m_campId)->size(), 3) << "a third subgroup was created";
    QSet<qint64> used;
    for (const RosterEntry &entry : valueOf(m_window->document()->roster(m_campId)))
        used.insert(entry.membership.subgroupId);
    EXPECT_EQ(used.size(), 3) << "three members, three groups";
    m_window->document()->undoStack()->undo();
    EXPECT_EQ(m_window->document()->subgroups(m_campId)->size(), 2);
    EXPECT_EQ(valueOf(m_window->document()->roster(m_campId)), before);
}

// A subgroup the split would create that another operator made meanwhile
// (the same name): nothing is moved, no step is left on the stack, and the
// dialog stays open to try again with their subgroup in its preview.
TEST_P(RosterViewTest, AnAutoSplitWhoseSubgroupsCannotBeMadeMovesNobody)
{
    importRoster();
    m_window->showView(QStringLiteral("subgroups"));
    m_window->subgroupBoard()->autoSplit();
    auto *dialog = m_window->subgroupBoard()->findChild<AutoSplitDialog *>(QStringLiteral("AutoSplitDialog"));
    ASSERT_NE(dialog, nullptr);
    dialog->setGroups(3);
    ASSERT_TRUE(workspace().subgroups().insert(Subgroup {0, m_campId, QStringLiteral("Group 3"), {}, 0}).has_value());
    const QList<RosterEntry> before = valueOf(m_window->document()->roster(m_campId));
    QUndoStack *stack = m_window->document()->undoStack();
    const int steps = stack->count();
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_EQ(valueOf(m_window->document()->roster(m_campId)), before) << "nobody was moved";
    EXPECT_EQ(stack->count(), steps) << "no step was left";
    EXPECT_EQ(stack->index(), steps);
    EXPECT_TRUE(dialog->isVisible());
    auto *preview = dialog->findChild<QTableWidget *>(QStringLiteral("splitPreview"));
    EXPECT_EQ(preview->item(2, 0)->text(), QStringLiteral("Group 3"));
    // Tried again: into the three subgroups there are now.
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    EXPECT_EQ(m_window->document()->subgroups(m_campId)->size(), 3);
    EXPECT_EQ(stack->count(), steps + 1);
}

TEST_P(RosterViewTest, WarningThenRemovalByTheCampsPolicy)
{
    importRoster();
    const QModelIndexList matches = m_view->filter()->match(m_view->filter()->index(0, RosterModel::NameColumn),
                                                            Qt::DisplayRole, QStringLiteral("陈浩然"));
    ASSERT_EQ(matches.size(), 1);
    m_view->table()->selectRow(matches.first().row());
    const RosterEntry chen = *m_view->model()->entryAt(m_view->filter()->mapToSource(matches.first()).row());

    m_view->logViolation();
    auto *dialog = m_view->findChild<ViolationDialog *>(QStringLiteral("ViolationDialog"));
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->violation().action, ViolationAction::Warning) << "first a warning";
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QApplication::processEvents();

    const QModelIndexList again = m_view->filter()->match(m_view->filter()->index(0, RosterModel::NameColumn),
                                                          RosterModel::MembershipIdRole, chen.membership.id);
    ASSERT_EQ(again.size(), 1);
    EXPECT_TRUE(again.first().data(RosterModel::NextMeansRemovalRole).toBool());
    EXPECT_TRUE(again.first().data().toString().startsWith(QStringLiteral("⚠")));
    m_view->table()->selectRow(again.first().row());
    m_view->logViolation();
    dialog = m_view->findChildren<ViolationDialog *>().last();
    EXPECT_EQ(dialog->violation().action, ViolationAction::Removed) << "then removal";
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QApplication::processEvents();
    for (const RosterEntry &entry : valueOf(m_window->document()->roster(m_campId))) {
        if (entry.membership.id == chen.membership.id) {
            EXPECT_EQ(entry.membership.status, MembershipStatus::Removed);
        }
    }
    // Removed, they are warned no more: no ⚠ "one more means removal".
    const QModelIndexList removed = m_view->filter()->match(m_view->filter()->index(0, RosterModel::NameColumn),
                                                            RosterModel::MembershipIdRole, chen.membership.id);
    ASSERT_EQ(removed.size(), 1);
    EXPECT_FALSE(removed.first().data(RosterModel::NextMeansRemovalRole).toBool());
    EXPECT_FALSE(removed.first().data().toString().startsWith(QStringLiteral("⚠")));
    m_window->document()->undoStack()->undo();
    for (const RosterEntry &entry : valueOf(m_window->document()->roster(m_campId))) {
        if (entry.membership.id == chen.membership.id) {
            EXPECT_EQ(entry.membership.status, MembershipStatus::Active) << "one undo takes back log and removal";
        }
    }
    EXPECT_EQ(workspace().violations().forCamp(m_campId)->size(), 1);
}

// A removal logged for a member another operator changed meanwhile is not
// logged at all: the ledger never says "removed" of a member still in the
// camp. Without the change, the violation and the removal go together.
TEST_P(RosterViewTest, ARemovalIsLoggedOnlyWithTheMemberRemoved)
{
    MessageBox::setTestMode(true);
    importRoster();
    m_view->table()->selectRow(0);
    const RosterEntry shown
        = *m_view->model()->entryAt(m_view->filter()->mapToSource(m_view->filter()->index(0, 0)).row());
    Violation removal;
    removal.date = m_window->document()->camp(m_campId)->courseStart;
    removal.rule = QStringLiteral("广告");
    removal.action = ViolationAction::Removed;
    Membership theirs = shown.membership;
    theirs.title = QStringLiteral("班长");
    ASSERT_TRUE(workspace().memberships().update(theirs).has_value());
    pushLogViolation(m_window->document(), m_campId, shown, removal);
    EXPECT_FALSE(MessageBox::lastText().isEmpty());
    EXPECT_TRUE(workspace().violations().forCamp(m_campId)->isEmpty()) << "no removal logged without the removal";

    const RosterEntry now
        = *m_view->model()->entryAt(m_view->filter()->mapToSource(m_view->filter()->index(0, 0)).row());
    ASSERT_EQ(now.membership.id, shown.membership.id);
    pushLogViolation(m_window->document(), m_campId, now, removal);
    EXPECT_EQ(workspace().violations().forCamp(m_campId)->size(), 1);
    EXPECT_EQ(valueOf(workspace().memberships().find(now.membership.id)).membership.status, MembershipStatus::Removed);
    m_window->document()->undoStack()->undo();
    EXPECT_TRUE(workspace().violations().forCamp(m_campId)->isEmpty());
    EXPECT_EQ(valueOf(workspace().memberships().find(now.membership.id)).membership.status, MembershipStatus::Active);
}

TEST_P(RosterViewTest, AddAndEditAMemberByHand)
{
    m_view->addMember();
    auto *dialog = m_view->findChild<MemberDialog *>(QStringLiteral("MemberDialog"));
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Maya"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("wechatEdit")), QStringLiteral("wx_maya"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QApplication::processEvents();
    ASSERT_EQ(m_view->model()->rowCount(), 1);
    const RosterEntry added = *m_view->model()->entryAt(0);
    EXPECT_EQ(added.person.displayName, QStringLiteral("Maya"));
    EXPECT_EQ(added.person.chatIds, (QList<ChatId> {{QStringLiteral("wechat"), QStringLiteral("wx_maya")}}));

    m_view->editMember(m_view->filter()->index(0, 0));
    dialog = m_view->findChildren<MemberDialog *>().last();
    auto *role = dialog->findChild<QComboBox *>(QStringLiteral("roleCombo"));
    role->setCurrentIndex(role->findData(int(MemberRole::CoreMember)));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_EQ(m_view->model()->entryAt(0)->membership.role, MemberRole::CoreMember);

    m_window->document()->undoStack()->undo();
    EXPECT_EQ(m_view->model()->entryAt(0)->membership.role, MemberRole::OrdinaryMember);
    m_window->document()->undoStack()->undo();
    EXPECT_EQ(m_view->model()->rowCount(), 0);
    EXPECT_EQ(workspace().people().count().value_or(-1), 0);
}

// A member's status and stay say the same: who leaves is out of the figures
// from the day given (today from the bulk menu), who comes back is in again,
// and no status leaves a member counted in the review but not in a subgroup.
TEST_P(RosterViewTest, LeavingAndComingBackMoveTheStayWithTheStatus)
{
    m_view->addMember();
    auto *dialog = m_view->findChild<MemberDialog *>(QStringLiteral("MemberDialog"));
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Maya"));
    auto *left = dialog->findChild<QDateEdit *>(QStringLiteral("leftEdit"));
    ASSERT_NE(left, nullptr);
    EXPECT_FALSE(left->isEnabled()) << "an active member has no day they left";
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QApplication::processEvents();
    ASSERT_EQ(m_view->model()->rowCount(), 1);
    const auto stored = [this] { return m_view->model()->entryAt(0)->membership; };
    EXPECT_FALSE(stored().leftOn.isValid());

    m_view->table()->selectRow(0);
    m_view->setSelectedStatus(int(MembershipStatus::Left));
    const QDate today = m_window->document()->camp(m_campId)->today(); // the camp's, as the roster takes it
    EXPECT_EQ(stored().status, MembershipStatus::Left);
    EXPECT_EQ(stored().leftOn, today);
    EXPECT_FALSE(stored().inCampOn(today));
    m_view->setSelectedStatus(int(MembershipStatus::Active));
    EXPECT_EQ(stored().status, MembershipStatus::Active);
    EXPECT_FALSE(stored().leftOn.isValid()) << "back in the camp, counted again";

    m_view->editMember(m_view->filter()->index(0, 0));
    dialog = m_view->findChildren<MemberDialog *>().last();
    auto *status = dialog->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    left = dialog->findChild<QDateEdit *>(QStringLiteral("leftEdit"));
    status->setCurrentIndex(status->findData(int(MembershipStatus::Removed)));
    EXPECT_TRUE(left->isEnabled());
    left->setDate(today.addDays(-3));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_EQ(stored().status, MembershipStatus::Removed);
    EXPECT_EQ(stored().leftOn, today.addDays(-3));

    // One who left on a day nobody recorded (an earlier version's status
    // alone) keeps none when another field is edited: no day is invented.
    Membership undated = stored();
    undated.leftOn = QDate();
    ASSERT_TRUE(workspace().memberships().update(undated).has_value());
    Q_EMIT m_window->document()->membersChanged(m_campId); // as a change made elsewhere is followed
    m_view->editMember(m_view->filter()->index(0, 0));
    dialog = m_view->findChildren<MemberDialog *>().last();
    auto *role = dialog->findChild<QComboBox *>(QStringLiteral("roleCombo"));
    role->setCurrentIndex(role->findData(int(MemberRole::CoreMember)));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_EQ(stored().role, MemberRole::CoreMember);
    EXPECT_FALSE(stored().leftOn.isValid()) << "no day left was made up";
}

// A person's second WeChat id (from an import) is shown with the first,
// apart by a comma as the export writes them, and kept by an edit of
// another field.
TEST_P(RosterViewTest, AnEditKeepsEveryChatIdOfAnApp)
{
    importRoster();
    const RosterEntry lin = *m_view->model()->entryAt(0);
    Person twoIds = lin.person;
    twoIds.chatIds.append({QStringLiteral("wechat"), QStringLiteral("wx_work")});
    ASSERT_TRUE(workspace().people().update(twoIds).has_value());
    Q_EMIT m_window->document()->membersChanged(m_campId); // as a change made elsewhere is followed
    const QModelIndexList row
        = m_view->filter()->match(m_view->filter()->index(0, 0), RosterModel::MembershipIdRole, lin.membership.id);
    ASSERT_EQ(row.size(), 1);
    m_view->editMember(row.first());
    auto *dialog = m_view->findChildren<MemberDialog *>().last();
    const QString shown = dialog->findChild<QLineEdit *>(QStringLiteral("wechatEdit"))->text();
    EXPECT_TRUE(shown.endsWith(QStringLiteral(", wx_work"))) << shown.toStdString();
    auto *role = dialog->findChild<QComboBox *>(QStringLiteral("roleCombo"));
    role->setCurrentIndex(role->findData(int(MemberRole::SeedMember)));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QApplication::processEvents();
    const Person stored = valueOf(workspace().people().find(lin.person.id));
    EXPECT_EQ(stored.chatIds, twoIds.chatIds) << "no id lost by the edit";
}

// Another operator (or the CLI on the same file) changes a member this
// window shows, before the window has read their change. The window's edit,
// made on what it showed, is refused and writes nothing; its undo of its own
// later edit is refused the same way once they change the member again.
TEST_P(RosterViewTest, AMemberChangedElsewhereIsNeitherOverwrittenNorUndone)
{
    MessageBox::setTestMode(true);
    m_view->addMember();
    auto *dialog = m_view->findChild<MemberDialog *>(QStringLiteral("MemberDialog"));
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Anran"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QApplication::processEvents();
    ASSERT_EQ(m_view->model()->rowCount(), 1);
    const RosterEntry shown = *m_view->model()->entryAt(0);
    auto elsewhere = Workspace::open(m_place.address());
    ASSERT_TRUE(elsewhere.has_value()) << elsewhere.error().message.toStdString();
    const auto theySetTheCity = [&](const QString &city) {
        Person person = valueOf((*elsewhere)->people().find(shown.person.id));
        person.city = city;
        ASSERT_TRUE((*elsewhere)->people().update(person).has_value());
    };
    const auto promote = [this] {
        m_view->editMember(m_view->filter()->index(0, 0));
        auto *edit = m_view->findChildren<MemberDialog *>().last();
        auto *role = edit->findChild<QComboBox *>(QStringLiteral("roleCombo"));
        role->setCurrentIndex(role->findData(int(MemberRole::CoreMember)));
        QTest::mouseClick(edit->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    };
    const auto stored = [&] { return valueOf((*elsewhere)->memberships().find(shown.membership.id)).membership.role; };
    QUndoStack *steps = m_window->document()->undoStack();
    const int stepsBefore = steps->count();

    theySetTheCity(QStringLiteral("杭州"));
    promote();
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("this member"), Qt::CaseInsensitive))
        << MessageBox::lastText().toStdString();
    EXPECT_EQ(stored(), MemberRole::OrdinaryMember) << "nothing of the refused edit was written";
    EXPECT_EQ(valueOf((*elsewhere)->people().find(shown.person.id)).city, QStringLiteral("杭州")) << "theirs stays";
    EXPECT_EQ(steps->count(), stepsBefore) << "a refused edit leaves no step to undo";
    QApplication::processEvents();
    EXPECT_EQ(m_view->model()->entryAt(0)->person.city, QStringLiteral("杭州")) << "the roster shows it as it is";

    promote();
    ASSERT_EQ(stored(), MemberRole::CoreMember) << MessageBox::lastText().toStdString();
    MessageBox::setTestMode(true); // forgets the last message
    theySetTheCity(QStringLiteral("苏州"));
    steps->undo();
    EXPECT_EQ(stored(), MemberRole::CoreMember) << "the undo would have put back their old city";
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("this member"), Qt::CaseInsensitive))
        << MessageBox::lastText().toStdString();
    EXPECT_EQ(valueOf((*elsewhere)->people().find(shown.person.id)).city, QStringLiteral("苏州"));
    EXPECT_EQ(steps->count(), stepsBefore) << "the refused undo is gone, not tried again";

    // Nor is the member they edited deleted by the undo of adding them.
    MessageBox::setTestMode(true);
    steps->undo();
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("this member"), Qt::CaseInsensitive))
        << MessageBox::lastText().toStdString();
    EXPECT_EQ(valueOf((*elsewhere)->people().find(shown.person.id)).city, QStringLiteral("苏州"));
    EXPECT_TRUE((*elsewhere)->memberships().find(shown.membership.id).has_value());
}

// A split whose members another operator changed meanwhile writes nothing:
// the subgroups it would make are not left behind, empty, beside members
// still unassigned. Done, its undo is whole too: refused while a member it
// placed was moved since, keeping their groups.
TEST_P(RosterViewTest, AnAutoSplitIsMadeAndUndoneWholeOrNotAtAll)
{
    MessageBox::setTestMode(true);
    importRoster();
    m_window->showView(QStringLiteral("subgroups"));
    m_window->subgroupBoard()->autoSplit();
    auto *dialog = m_window->subgroupBoard()->findChild<AutoSplitDialog *>(QStringLiteral("AutoSplitDialog"));
    ASSERT_NE(dialog, nullptr);
    dialog->setGroups(3);
    const QList<Subgroup> groupsBefore = valueOf(m_window->document()->subgroups(m_campId));
    ASSERT_EQ(groupsBefore.size(), 2);
    // Another operator edits a member after the dialog read them.
    MemberEntry theirs = valueOf(workspace().memberships().listForCamp(m_campId)).first();
    theirs.membership.title = QStringLiteral("班长");
    ASSERT_TRUE(workspace().memberships().update(theirs.membership).has_value());
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_FALSE(MessageBox::lastText().isEmpty());
    EXPECT_EQ(valueOf(m_window->document()->subgroups(m_campId)), groupsBefore) << "no empty group left behind";
    EXPECT_TRUE(dialog->isVisible());
    dialog->reject();

    m_window->subgroupBoard()->autoSplit();
    dialog = m_window->subgroupBoard()->findChildren<AutoSplitDialog *>().last();
    dialog->setGroups(3);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    const QList<Subgroup> split = valueOf(m_window->document()->subgroups(m_campId));
    ASSERT_EQ(split.size(), 3);
    MemberEntry moved = valueOf(workspace().memberships().listForCamp(m_campId)).last();
    moved.membership.subgroupId = split.first().id == moved.membership.subgroupId ? split.last().id : split.first().id;
    ASSERT_TRUE(workspace().memberships().update(moved.membership).has_value());
    MessageBox::setTestMode(true);
    m_window->document()->undoStack()->undo();
    EXPECT_FALSE(MessageBox::lastText().isEmpty());
    EXPECT_EQ(valueOf(m_window->document()->subgroups(m_campId)).size(), 3) << "the groups stay with the members";
}

TEST_P(RosterViewTest, DeletingASubgroupWhoseMembersCannotBeReadIsRefused)
{
    // Undo puts the members back in the group; without them it could not,
    // so the delete is refused rather than made with an empty member list.
    importRoster();
    ASSERT_TRUE(m_window->showView(QStringLiteral("subgroups")));
    const QList<Subgroup> subgroups = valueOf(m_window->document()->subgroups(m_campId));
    ASSERT_FALSE(subgroups.isEmpty());
    const int steps = m_window->document()->undoStack()->count();
    ASSERT_TRUE(Sql::exec(workspace().database(), QStringLiteral("ALTER TABLE memberships RENAME TO hidden")));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_window->subgroupBoard()->deleteSubgroup(subgroups.first().id);
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("memberships"))) << MessageBox::lastText().toStdString();
    EXPECT_EQ(m_window->document()->undoStack()->count(), steps) << "nothing happened, nothing to undo";
    ASSERT_TRUE(Sql::exec(workspace().database(), QStringLiteral("ALTER TABLE hidden RENAME TO memberships")));
    EXPECT_EQ(valueOf(m_window->document()->subgroups(m_campId)).size(), subgroups.size());
}

TEST_P(RosterViewTest, EditingACityKeepsAJoiningDayNobodyRecorded)
{
    // The imported roster has no joining days; editing a member's city must
    // not write today's date as if the operator had typed it.
    importRoster();
    const QModelIndex first = m_view->filter()->index(0, 0);
    const qint64 membershipId = m_view->model()->entryAt(m_view->filter()->mapToSource(first).row())->membership.id;
    m_view->editMember(first);
    auto *dialog = m_view->findChildren<MemberDialog *>().last();
    auto *joined = dialog->findChild<QDateEdit *>(QStringLiteral("joinedEdit"));
    ASSERT_NE(joined, nullptr);
    EXPECT_EQ(joined->text(), QStringLiteral("Not recorded"));
    auto *city = dialog->findChild<QLineEdit *>(QStringLiteral("cityEdit"));
    city->clear();
    QTest::keyClicks(city, QStringLiteral("Suzhou"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QApplication::processEvents();
    for (const RosterEntry &entry : valueOf(m_window->document()->roster(m_campId))) {
        if (entry.membership.id != membershipId)
            continue;
        EXPECT_EQ(entry.person.city, QStringLiteral("Suzhou"));
        EXPECT_FALSE(entry.membership.joinedOn.isValid()) << entry.membership.joinedOn.toString().toStdString();
    }
    m_window->document()->undoStack()->undo();
    for (const RosterEntry &entry : valueOf(m_window->document()->roster(m_campId)))
        EXPECT_NE(entry.person.city, QStringLiteral("Suzhou"));
}

INSTANTIATE_TEST_SUITE_P(Engines, RosterViewTest, bothEngines(), engineName);
