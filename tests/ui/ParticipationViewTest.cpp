#include "ui/capture/ParticipationView.h"

#include "core/Workspace.h"
#include "core/capture/ParticipationRepository.h"
#include "core/domain/CampRepository.h"
#include "core/domain/MembershipRepository.h"
#include "core/domain/PersonRepository.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"
#include "demo/ChatGenerator.h"
#include "tests/support/EngineWorkspace.h"
#include "tests/support/TempWorkspace.h"
#include "tests/support/WindowOnView.h"
#include "tests/support/WorkspaceDocumentTestAccess.h"
#include "ui/FileDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/WorkspaceDocument.h"
#include "ui/capture/ChatImportDialog.h"
#include "ui/capture/CheckInGridModel.h"
#include "ui/capture/JielongDialog.h"
#include "ui/capture/MemberChoiceDelegate.h"
#include "ui/roster/MemberLabels.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextCursor>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

namespace {

// The check-in grid, the day after the fixture's course.
const WindowOnView OnTheGrid {.view = QStringLiteral("checkins"), .today = QDate(2027, 3, 6)};

} // namespace

namespace {

template<typename Predicate> bool waitFor(Predicate predicate, int milliseconds = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!predicate() && timer.elapsed() < milliseconds)
        QTest::qWait(20);
    return predicate();
}

} // namespace

class ParticipationViewTest : public ::testing::TestWithParam<Engine> {
protected:
    void SetUp() override
    {
        if (auto reason = m_place.skipReason())
            GTEST_SKIP() << *reason;
        const QString path = m_place.address();
        {
            auto workspace = Workspace::open(path);
            ASSERT_TRUE(workspace.has_value());
            Workspace &ws = **workspace;
            m_campId = *ws.camps().insert(
                Camp::withDefaults(QStringLiteral("晨跑营"), QDate(2027, 3, 1), QDate(2027, 3, 5)));
            const auto add = [&](const QString &name, const QString &nickname, MemberRole role) {
                const qint64 personId = *ws.people().insert(Person {0, name, {}});
                Membership membership;
                membership.campId = m_campId;
                membership.personId = personId;
                membership.role = role;
                membership.groupNickname = nickname;
                EXPECT_TRUE(ws.memberships().add(membership).has_value());
                return personId;
            };
            m_lin = add(QStringLiteral("林晓雨"), QStringLiteral("A组-林晓雨-杭州"), MemberRole::OrdinaryMember);
            m_wang = add(QStringLiteral("王子涵"), QStringLiteral("B组-王子涵-北京"), MemberRole::OrdinaryMember);
            m_chen = add(QStringLiteral("陈浩然"), QString(), MemberRole::OrdinaryMember);
            add(QStringLiteral("Owner"), QString(), MemberRole::OwnerTeam);
        }
        m_window = openWindowOn(path, OnTheGrid);
        ASSERT_TRUE(m_window);
        m_view = m_window->participationView();
    }

    void TearDown() override { m_window.reset(); }

    // Behind the document: what a test checks was written, or sets up.
    Workspace &workspace() const { return WorkspaceDocumentTestAccess::workspace(*m_window->document()); }

    QList<CheckIn> stored() const { return workspace().participation().checkIns(m_campId).value_or(QList<CheckIn> {}); }

    // A QQ account of the camp, unmapped, as an import leaves one.
    bool addAccount(const QString &key, const QString &name) const
    {
        return Sql::exec(workspace().database(),
                         QStringLiteral("INSERT INTO chat_identities (camp_id, platform, chat_key, display_name)"
                                        " VALUES (?, ?, ?, ?)"),
                         {m_campId, QStringLiteral("qq"), key, name})
            .has_value();
    }

    QPoint cellCenter(int row, int column) const
    {
        return m_view->grid()->visualRect(m_view->gridModel()->index(row, column)).center();
    }

    // The chat import wizard on `chat`, written to a file, on its page of
    // senders once it has read them (nullptr, with a failure, when it did not).
    ChatImportDialog *wizardAtSenders(const QString &chat)
    {
        const QString path = m_dir.path(QStringLiteral("chat.txt"));
        writeAll(path, chat.toUtf8());
        auto *dialog = new ChatImportDialog(m_window->document(), m_campId, m_view);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        dialog->setFile(path);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("nextButton")), Qt::LeftButton);
        if (!waitFor([&] { return dialog->page() == ChatImportDialog::MapPage; })) {
            ADD_FAILURE() << dialog->problemLabel()->text().toStdString();
            return nullptr;
        }
        return dialog;
    }

    TempDir m_dir;
    EngineWorkspace m_place {GetParam()};
    std::unique_ptr<MainWindow> m_window;
    ParticipationView *m_view = nullptr;
    qint64 m_campId = 0;
    qint64 m_lin = 0;
    qint64 m_wang = 0;
    qint64 m_chen = 0;
};

TEST_P(ParticipationViewTest, GridModelPassesTheTesterAndShowsMembersByDays)
{
    CheckInGridModel model(m_window->document());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCamp(m_campId);
    EXPECT_EQ(model.rowCount(), 3) << "staff are not in the grid";
    EXPECT_EQ(model.columnCount(), 6) << "the member column and five course days";
    EXPECT_TRUE(model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString().startsWith(QStringLiteral("Day 1")));
    EXPECT_TRUE(model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString().endsWith(QStringLiteral("—")))
        << "the camp lies ahead of the real today: nothing is counted yet";
    model.setColumns(CheckInGridModel::Columns::CheckInActivities);
    EXPECT_EQ(model.columnCount(), 1) << "no check-in activities planned";
}

TEST_P(ParticipationViewTest, ClickTicksACellSpaceTogglesASelectionAndUndoTakesItBack)
{
    QTableView *grid = m_view->grid();
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, Qt::NoModifier, cellCenter(0, 1));
    ASSERT_EQ(stored().size(), 1);
    EXPECT_EQ(stored().first().day, QDate(2027, 3, 1));
    EXPECT_EQ(stored().first().source, CheckInSource::Manual);
    EXPECT_TRUE(m_view->gridModel()->isChecked(m_view->gridModel()->index(0, 1)));
    EXPECT_TRUE(m_view->gridModel()
                    ->headerData(1, Qt::Horizontal, Qt::DisplayRole)
                    .toString()
                    .endsWith(QStringLiteral("33.3 %")));
    // On day 2 its column counts who has checked in so far (nobody yet, and
    // nothing recorded today): a rate ("0.0 %" before the morning's
    // check-in) would read like a result.
    m_window->setToday(QDate(2027, 3, 2));
    EXPECT_EQ(m_view->gridModel()->headerData(2, Qt::Horizontal, Qt::DisplayRole).toString(),
              QStringLiteral("Day 2\ntoday\n0 so far"));
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, Qt::NoModifier, cellCenter(1, 2));
    EXPECT_EQ(m_view->gridModel()->headerData(2, Qt::Horizontal, Qt::DisplayRole).toString(),
              QStringLiteral("Day 2\ntoday\n1 so far"));
    EXPECT_TRUE(m_view->gridModel()
                    ->headerData(1, Qt::Horizontal, Qt::DisplayRole)
                    .toString()
                    .endsWith(QStringLiteral("33.3 %")))
        << "day 1 is over: its rate is a result";
    m_window->document()->undoStack()->undo();
    m_window->setToday(QDate(2027, 3, 6));

    // Select day 2 for everyone and press Space: one step ticks all three.
    grid->selectionModel()->clearSelection();
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, Qt::ControlModifier, cellCenter(0, 2));
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, Qt::ShiftModifier, cellCenter(2, 2));
    EXPECT_EQ(stored().size(), 1) << "clicks with modifiers only select";
    QTest::keyClick(grid, Qt::Key_Space);
    EXPECT_EQ(stored().size(), 4);
    EXPECT_EQ(m_view->gridModel()->completion(2).value_or(-1), 100.0);
    QTest::keyClick(grid, Qt::Key_Space);
    EXPECT_EQ(stored().size(), 1) << "all ticked: Space clears";

    QUndoStack *stack = m_window->document()->undoStack();
    stack->undo();
    EXPECT_EQ(stored().size(), 4);
    stack->undo();
    stack->undo();
    EXPECT_TRUE(stored().isEmpty());
    stack->redo();
    EXPECT_EQ(stored().size(), 1);
}

TEST_P(ParticipationViewTest, CheckInButtonMarksTheSelectionInOneStep)
{
    QTableView *grid = m_view->grid();
    grid->selectionModel()->select(QItemSelection(m_view->gridModel()->index(0, 1), m_view->gridModel()->index(2, 5)),
                                   QItemSelectionModel::ClearAndSelect);
    const int before = m_window->document()->undoStack()->count();
    QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("checkSelectedButton")), Qt::LeftButton);
    EXPECT_EQ(stored().size(), 15);
    EXPECT_EQ(m_window->document()->undoStack()->count(), before + 1);
    QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("clearSelectedButton")), Qt::LeftButton);
    EXPECT_TRUE(stored().isEmpty());
    EXPECT_TRUE(m_view->findChild<QLabel *>(QStringLiteral("participationSummary"))
                    ->text()
                    .startsWith(QStringLiteral("Members: 3 ·")))
        << m_view->findChild<QLabel *>(QStringLiteral("participationSummary"))->text().toStdString();
}

TEST_P(ParticipationViewTest, JielongDialogMatchesLetsTheUserResolveAndRecordsOneStep)
{
    QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("pasteJielongButton")), Qt::LeftButton);
    auto *dialog = m_view->findChild<JielongDialog *>();
    ASSERT_NE(dialog, nullptr);
    dialog->setDay(QDate(2027, 3, 2));
    dialog->setText(QStringLiteral("#接龙 晨跑\n1. A组-林晓雨 5公里\n2. 小雨点\n"
                                   "#接龙 晨跑\n1. A组-林晓雨 5公里\n2. 小雨点\n3. 浩然🏃 3公里\n"));
    QTableWidget *table = dialog->table();
    ASSERT_EQ(table->rowCount(), 3) << "two copies of one list: the longer one; "
                                    << dialog->summary()->text().toStdString();
    const auto memberOf = [&](int row) { return dialog->chosenPerson(row); };
    EXPECT_EQ(memberOf(0), 0) << "A组-林晓雨 is only a part of her nickname: a suggestion";
    EXPECT_EQ(memberOf(1), 0) << "小雨点 is nobody's name yet";
    EXPECT_EQ(memberOf(2), 0) << "浩然 is the given name of 陈浩然: a suggestion";
    EXPECT_TRUE(table->item(2, 2)->text().contains(QStringLiteral("陈浩然")))
        << table->item(2, 2)->text().toStdString();
    EXPECT_TRUE(dialog->summary()->text().contains(QStringLiteral("3 left unmatched")));
    ASSERT_TRUE(dialog->acceptSuggestionsButton()->isEnabled());
    QTest::mouseClick(dialog->acceptSuggestionsButton(), Qt::LeftButton);
    EXPECT_EQ(memberOf(0), m_lin);
    EXPECT_EQ(memberOf(2), m_chen);
    EXPECT_TRUE(dialog->summary()->text().contains(QStringLiteral("1 left unmatched")));

    // Choose 王子涵 for 小雨点 through the member cell's drop-down.
    const QRect cell = table->visualRect(table->model()->index(1, 3));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    auto *combo = table->findChild<QComboBox *>(QStringLiteral("memberCombo"));
    ASSERT_NE(combo, nullptr);
    // Typed search: any part of a label finds the member.
    ASSERT_TRUE(combo->isEditable());
    combo->completer()->setCompletionPrefix(QStringLiteral("子涵"));
    ASSERT_GE(combo->completer()->completionCount(), 1);
    EXPECT_TRUE(combo->completer()->currentCompletion().contains(QStringLiteral("王子涵")))
        << combo->completer()->currentCompletion().toStdString();
    // Pinyin initials, as in the roster's search: the list shows the label.
    combo->completer()->setCompletionPrefix(QStringLiteral("WZH"));
    ASSERT_EQ(combo->completer()->completionCount(), 1);
    EXPECT_TRUE(
        combo->completer()->completionModel()->index(0, 0).data().toString().startsWith(QStringLiteral("王子涵")))
        << combo->completer()->completionModel()->index(0, 0).data().toString().toStdString();
    const QModelIndex completion = combo->completer()->completionModel()->index(0, 0);
    Q_EMIT combo->completer()->activated(completion); // as a click in the completer's list
    EXPECT_EQ(combo->currentData().toLongLong(), m_wang);
    EXPECT_EQ(combo->currentText(), combo->itemText(combo->currentIndex())) << "the label, not the search key";
    const int wang = combo->findData(m_wang);
    ASSERT_GE(wang, 0);
    combo->setCurrentIndex(wang);
    Q_EMIT combo->activated(wang);
    EXPECT_EQ(memberOf(1), m_wang);
    EXPECT_FALSE(dialog->summary()->text().contains(QStringLiteral("unmatched")));
    // A space typed at the end of the text keeps every choice made.
    auto *text = dialog->findChild<QPlainTextEdit *>();
    ASSERT_NE(text, nullptr);
    text->moveCursor(QTextCursor::End);
    QTest::keyClicks(text, QStringLiteral(" "));
    EXPECT_EQ(memberOf(0), m_lin);
    EXPECT_EQ(memberOf(1), m_wang);
    EXPECT_EQ(memberOf(2), m_chen);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    const QList<CheckIn> checkIns = stored();
    ASSERT_EQ(checkIns.size(), 3);
    for (const CheckIn &checkIn : checkIns) {
        EXPECT_EQ(checkIn.day, QDate(2027, 3, 2));
        EXPECT_EQ(checkIn.source, CheckInSource::Jielong);
    }
    EXPECT_EQ(m_view->gridModel()->completion(2).value_or(-1), 100.0);

    // The hand-made match is remembered for the next paste.
    const auto aliases = workspace().participation().aliases(m_campId);
    ASSERT_TRUE(aliases.has_value());
    EXPECT_EQ(aliases->value(QStringLiteral("小雨点")), m_wang);

    EXPECT_TRUE(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("3 check-in")))
        << m_window->statusBar()->currentMessage().toStdString();

    // The same list again: nobody new is recorded, and the status says so
    // rather than "3 recorded".
    QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("pasteJielongButton")), Qt::LeftButton);
    auto *again = m_view->findChildren<JielongDialog *>().last();
    again->setDay(QDate(2027, 3, 2));
    again->setText(QStringLiteral("#接龙 晨跑\n1. 王子涵\n"));
    QTest::mouseClick(again->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    EXPECT_TRUE(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("0 check-in")))
        << m_window->statusBar()->currentMessage().toStdString();
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(QStringLiteral("1 already checked in")))
        << m_window->statusBar()->currentMessage().toStdString();
    m_window->document()->undoStack()->undo();

    m_window->document()->undoStack()->undo();
    EXPECT_TRUE(stored().isEmpty());
}

// A member who had left by the chosen day is named before anything is
// recorded, and is not recorded.
TEST_P(ParticipationViewTest, JielongDialogNamesAMemberNotInTheCampThatDay)
{
    Membership wang;
    const QList<MemberEntry> members = workspace().memberships().listForCamp(m_campId).value_or(QList<MemberEntry> {});
    for (const MemberEntry &entry : members)
        wang = entry.membership.personId == m_wang ? entry.membership : wang;
    wang.leftOn = QDate(2027, 3, 2);
    ASSERT_TRUE(workspace().memberships().update(wang).has_value());
    QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("pasteJielongButton")), Qt::LeftButton);
    auto *dialog = m_view->findChild<JielongDialog *>();
    ASSERT_NE(dialog, nullptr);
    dialog->setDay(QDate(2027, 3, 3));
    dialog->setText(QStringLiteral("#接龙 晨跑\n1. 王子涵\n2. 陈浩然\n"));
    EXPECT_TRUE(dialog->summary()->text().contains(QStringLiteral("Not in the camp that day")))
        << dialog->summary()->text().toStdString();
    EXPECT_TRUE(dialog->summary()->text().contains(QStringLiteral("王子涵")))
        << dialog->summary()->text().toStdString();
    dialog->setDay(QDate(2027, 3, 1));
    EXPECT_FALSE(dialog->summary()->text().contains(QStringLiteral("Not in the camp"))) << "she was there that day";
    dialog->setDay(QDate(2027, 3, 3));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    const QList<CheckIn> checkIns = stored();
    ASSERT_EQ(checkIns.size(), 1);
    EXPECT_EQ(checkIns.first().personId, m_chen);
}

TEST_P(ParticipationViewTest, JielongFromAFileAndTextWithoutEntries)
{
    const QString path = m_dir.path(QStringLiteral("list.txt"));
    writeAll(path, QStringLiteral("丁跑营接龙\n1、王子涵\n2) 陈浩然\n").toUtf8());
    auto *dialog = new JielongDialog(m_window->document(), m_campId, m_view);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    FileDialog::setNextFileName(path);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("loadJielongButton")), Qt::LeftButton);
    EXPECT_EQ(dialog->table()->rowCount(), 2);
    dialog->setText(QStringLiteral("今天的分享很好"));
    EXPECT_EQ(dialog->table()->rowCount(), 0);
    EXPECT_TRUE(dialog->summary()->text().contains(QStringLiteral("1. name remark")));
    EXPECT_FALSE(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog->close();
}

TEST_P(ParticipationViewTest, ImportWizardScansMapsImportsAndUndoes)
{
    const QString qq = QStringLiteral(CAMPDESK_TEST_DATA "/capture/camp/qq.txt");
    QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("importChatButton")), Qt::LeftButton);
    auto *dialog = m_view->findChild<ChatImportDialog *>();
    ASSERT_NE(dialog, nullptr);
    // A wrong path is a message, not a crash.
    dialog->setFile(m_dir.path(QStringLiteral("missing.txt")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("nextButton")), Qt::LeftButton);
    EXPECT_EQ(dialog->page(), ChatImportDialog::ChoosePage);
    EXPECT_TRUE(dialog->problemLabel()->text().contains(QStringLiteral("does not exist")));

    dialog->setFile(qq);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("nextButton")), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return dialog->page() == ChatImportDialog::MapPage; }))
        << dialog->problemLabel()->text().toStdString();
    QTableWidget *identities = dialog->identityTable();
    ASSERT_EQ(identities->rowCount(), 3);
    QHash<QString, qint64> preset;
    int chenImportRow = -1;
    for (int row = 0; row < identities->rowCount(); ++row) {
        preset.insert(identities->item(row, 0)->text(),
                      identities->item(row, 4)->data(MemberChoiceDelegate::PersonIdRole).toLongLong());
        if (identities->item(row, 0)->text() == QStringLiteral("陈浩然"))
            chenImportRow = row;
    }
    EXPECT_EQ(preset.value(QStringLiteral("A组-林晓雨-杭州")), m_lin)
        << "badge stripped, matched by exact group nickname";
    EXPECT_EQ(preset.value(QStringLiteral("B组-王子涵-北京")), m_wang);
    EXPECT_EQ(preset.value(QStringLiteral("陈浩然")), m_chen);
    EXPECT_EQ(identities->findChildren<QComboBox *>().size(), 0) << "no combo box until a member cell is edited";

    // Click 陈浩然's member cell: its drop-down offers the new-member and
    // unmapped choices first; picking one and then back keeps the match.
    ASSERT_GE(chenImportRow, 0);
    EXPECT_EQ(identities->item(chenImportRow, 3)->text(), QStringLiteral("The member's exact name"));
    const QRect memberCell = identities->visualRect(identities->model()->index(chenImportRow, 4));
    QTest::mouseClick(identities->viewport(), Qt::LeftButton, Qt::NoModifier, memberCell.center());
    auto *choice = identities->findChild<QComboBox *>(QStringLiteral("memberCombo"));
    ASSERT_NE(choice, nullptr) << "clicking the member cell opens its drop-down";
    EXPECT_EQ(choice->itemData(0).toLongLong(), ChatImportOptions::CreateMember);
    EXPECT_EQ(choice->itemData(1).toLongLong(), ChatImportOptions::LeaveUnmapped);
    EXPECT_EQ(choice->currentData().toLongLong(), m_chen);
    choice->setCurrentIndex(1);
    Q_EMIT choice->activated(1);
    EXPECT_EQ(identities->item(chenImportRow, 4)->data(MemberChoiceDelegate::PersonIdRole).toLongLong(),
              ChatImportOptions::LeaveUnmapped);
    identities->item(chenImportRow, 4)->setData(MemberChoiceDelegate::PersonIdRole, m_chen);

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("nextButton")), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return dialog->page() == ChatImportDialog::SummaryPage; }))
        << dialog->problemLabel()->text().toStdString();
    EXPECT_TRUE(dialog->summaryLabel()->text().contains(QStringLiteral("Messages added: 4")))
        << dialog->summaryLabel()->text().toStdString();
    const QSqlDatabase db = workspace().database();
    EXPECT_EQ(*Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM chat_messages")), 4);
    // The chat check-in on 2027-03-15 is outside this camp's days but still recorded.
    EXPECT_EQ(m_view->identities()->rowCount(), 0) << "a tab that was never shown has not loaded";
    m_view->tabs()->setCurrentIndex(1);
    EXPECT_EQ(m_view->identities()->rowCount(), 3) << "the identities tab loads when shown and follows the import";
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("nextButton")), Qt::LeftButton);

    QUndoStack *stack = m_window->document()->undoStack();
    EXPECT_TRUE(stack->undoText().contains(QStringLiteral("qq.txt")));
    stack->undo();
    EXPECT_EQ(*Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM chat_messages")), 0);
    EXPECT_EQ(m_view->identities()->rowCount(), 0);
    stack->redo();
    EXPECT_EQ(*Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM chat_messages")), 4);
    EXPECT_EQ(m_view->identities()->rowCount(), 3);

    // Re-map 陈浩然's chat identity to 王子涵 through the member drop-down.
    QTableWidget *table = m_view->identities();
    int chenRow = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == QStringLiteral("陈浩然"))
            chenRow = row;
    }
    ASSERT_GE(chenRow, 0);
    EXPECT_EQ(table->item(chenRow, 4)->text(), QStringLiteral("1")) << "messages counted per identity";
    const QRect cell = table->visualRect(table->model()->index(chenRow, 5));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    auto *combo = table->findChild<QComboBox *>(QStringLiteral("memberCombo"));
    ASSERT_NE(combo, nullptr) << "clicking the member cell opens its drop-down";
    EXPECT_EQ(combo->currentData().toLongLong(), m_chen);
    const int wangIndex = combo->findData(m_wang);
    ASSERT_GE(wangIndex, 0);
    combo->setCurrentIndex(wangIndex);
    Q_EMIT combo->activated(wangIndex);
    const auto personOf = [&](const QString &name) {
        return *Sql::scalar(
            db, QStringLiteral("SELECT coalesce(person_id, 0) FROM chat_identities WHERE display_name = ?"), {name});
    };
    EXPECT_EQ(personOf(QStringLiteral("陈浩然")), m_wang);
    EXPECT_TRUE(stack->undoText().contains(QStringLiteral("陈浩然"))) << stack->undoText().toStdString();
    stack->undo();
    EXPECT_EQ(personOf(QStringLiteral("陈浩然")), m_chen);
}

// A check-in posted after the member left counts nowhere: the wizard's
// summary names the member and the day, and it is not recorded.
TEST_P(ParticipationViewTest, TheSummaryNamesAChatCheckInOfAMemberWhoHadLeft)
{
    const auto members = workspace().memberships().listForCamp(m_campId);
    ASSERT_TRUE(members.has_value());
    for (const MemberEntry &entry : *members) {
        if (entry.membership.personId != m_wang)
            continue;
        Membership left = entry.membership;
        left.leftOn = QDate(2027, 3, 3);
        ASSERT_TRUE(workspace().memberships().updateAll({left}).has_value());
    }
    ChatImportDialog *dialog = wizardAtSenders(QStringLiteral("3/4/27, 07:00 - B组-王子涵-北京: 打卡\n"
                                                              "3/4/27, 07:05 - A组-林晓雨-杭州: 打卡\n"
                                                              "3/13/27, 09:00 - A组-林晓雨-杭州: 早\n"));
    ASSERT_NE(dialog, nullptr);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("nextButton")), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return dialog->page() == ChatImportDialog::SummaryPage; }))
        << dialog->problemLabel()->text().toStdString();
    const QString summary = dialog->summaryLabel()->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("in the chat were not recorded"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("王子涵 (2027-03-04)"))) << summary.toStdString();
    const QList<CheckIn> checkIns = stored();
    ASSERT_EQ(checkIns.size(), 1);
    EXPECT_EQ(checkIns.first().personId, m_lin);
}

// A message the file holds at a time no clock shows is listed on the
// summary as not imported; clicking it shows its line, read from the file.
TEST_P(ParticipationViewTest, ASkippedMessageIsListedAndItsLineShown)
{
    const QString chat = m_dir.path(QStringLiteral("impossible.txt"));
    writeAll(chat,
             QStringLiteral("13/3/27, 09:00 - 林晓雨: 早\n"
                            "13/3/27, 23:61 - 林晓雨: 这一条的时间不存在\n"
                            "13/3/27, 09:05 - 林晓雨: 打卡\n")
                 .toUtf8());
    auto *dialog = new ChatImportDialog(m_window->document(), m_campId, m_view);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->setFile(chat);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("nextButton")), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return dialog->page() == ChatImportDialog::MapPage; }))
        << dialog->problemLabel()->text().toStdString();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("nextButton")), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return dialog->page() == ChatImportDialog::SummaryPage; }));
    EXPECT_TRUE(dialog->summaryLabel()->text().contains(QStringLiteral("Messages added: 2")))
        << dialog->summaryLabel()->text().toStdString();
    auto *warnings = dialog->findChild<QListWidget *>(QStringLiteral("importWarnings"));
    ASSERT_NE(warnings, nullptr);
    int skipped = -1;
    for (int row = 0; row < warnings->count(); ++row) {
        if (warnings->item(row)->text().contains(QStringLiteral("23:61")))
            skipped = row;
    }
    ASSERT_GE(skipped, 0) << "the skipped message is listed";
    const QRect rect = warnings->visualItemRect(warnings->item(skipped));
    QTest::mouseClick(warnings->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    auto *line = dialog->findChild<QPlainTextEdit *>(QStringLiteral("warningLine"));
    ASSERT_NE(line, nullptr);
    EXPECT_EQ(line->toPlainText(), QStringLiteral("Line 2:\n13/3/27, 23:61 - 林晓雨: 这一条的时间不存在"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("nextButton")), Qt::LeftButton);
}

// A sender who only looks like a member is offered, with the reason, and
// mapped only when the operator accepts; a merge is undone by splitting the
// identity off as a member of its own.
TEST_P(ParticipationViewTest, SuggestionsAreAcceptedByHandAndAMergeSplitsOff)
{
    ChatImportDialog *dialog = wizardAtSenders(QStringLiteral("3/2/27, 09:00 - 子涵🌸: 大家好\n"
                                                              "3/2/27, 09:05 - 林晓雨: 早\n"
                                                              "3/3/27, 09:00 - 子涵🌸: 打卡第2天\n"));
    ASSERT_NE(dialog, nullptr);
    QTableWidget *identities = dialog->identityTable();
    ASSERT_EQ(identities->rowCount(), 2);
    int zihan = -1;
    for (int row = 0; row < identities->rowCount(); ++row) {
        if (identities->item(row, 0)->text() == QStringLiteral("子涵🌸"))
            zihan = row;
        else
            EXPECT_EQ(identities->item(row, 4)->data(MemberChoiceDelegate::PersonIdRole).toLongLong(), m_lin);
    }
    ASSERT_GE(zihan, 0);
    EXPECT_EQ(identities->item(zihan, 4)->data(MemberChoiceDelegate::PersonIdRole).toLongLong(),
              ChatImportOptions::LeaveUnmapped)
        << "a guess is not preselected";
    EXPECT_TRUE(identities->item(zihan, 3)->text().contains(QStringLiteral("王子涵")))
        << identities->item(zihan, 3)->text().toStdString();
    EXPECT_TRUE(identities->item(zihan, 3)->text().contains(QStringLiteral("given name")));
    EXPECT_TRUE(dialog->scanInfoText().contains(QStringLiteral("with a suggestion to check: 1")))
        << dialog->scanInfoText().toStdString();
    QTest::mouseClick(dialog->acceptSuggestionsButton(), Qt::LeftButton);
    EXPECT_EQ(identities->item(zihan, 4)->data(MemberChoiceDelegate::PersonIdRole).toLongLong(), m_wang);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("nextButton")), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return dialog->page() == ChatImportDialog::SummaryPage; }));
    EXPECT_TRUE(dialog->summaryLabel()->text().contains(QStringLiteral("Messages added: 3")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("nextButton")), Qt::LeftButton);

    const QSqlDatabase db = workspace().database();
    const auto personOf = [&](const QString &key) {
        return *Sql::scalar(db, QStringLiteral("SELECT coalesce(person_id, 0) FROM chat_identities WHERE chat_key = ?"),
                            {key});
    };
    EXPECT_EQ(personOf(QStringLiteral("name:子涵🌸")), m_wang);
    const qint64 membersBefore = *Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM memberships"));

    // Split 子涵🌸 off 王子涵: a member of its own, with its messages and check-in.
    m_view->tabs()->setCurrentIndex(1);
    QTableWidget *table = m_view->identities();
    int row = -1;
    for (int i = 0; i < table->rowCount(); ++i) {
        if (table->item(i, 0)->text() == QStringLiteral("子涵🌸"))
            row = i;
    }
    ASSERT_GE(row, 0);
    table->setCurrentCell(row, 0);
    QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("splitIdentityButton")), Qt::LeftButton);
    const qint64 split = personOf(QStringLiteral("name:子涵🌸"));
    EXPECT_NE(split, m_wang);
    EXPECT_EQ(*Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM memberships")), membersBefore + 1);
    EXPECT_EQ(*Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM check_ins WHERE person_id = ?"), {split}), 1)
        << "the check-in goes with the identity";
    EXPECT_EQ(*Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM check_ins WHERE person_id = ?"), {m_wang}), 0);
    QUndoStack *stack = m_window->document()->undoStack();
    EXPECT_TRUE(stack->undoText().contains(QStringLiteral("Split"))) << stack->undoText().toStdString();
    stack->undo();
    EXPECT_EQ(personOf(QStringLiteral("name:子涵🌸")), m_wang);
    EXPECT_EQ(*Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM memberships")), membersBefore);
    EXPECT_EQ(*Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM check_ins WHERE person_id = ?"), {m_wang}), 1);

    // Split again, and another operator ticks the new member on another
    // day: undoing the split would delete that tick with them. Refused.
    stack->redo();
    const qint64 again = personOf(QStringLiteral("name:子涵🌸"));
    ASSERT_NE(again, m_wang);
    ASSERT_TRUE(Sql::exec(db,
                          QStringLiteral("INSERT INTO check_ins (camp_id, person_id, day, source) VALUES (?, ?, ?, ?)"),
                          {m_campId, again, QStringLiteral("2027-03-04"), QStringLiteral("manual")})
                    .has_value());
    QSignalSpy errors(m_window->document(), &WorkspaceDocument::errorOccurred);
    stack->undo();
    EXPECT_EQ(personOf(QStringLiteral("name:子涵🌸")), again) << "the split stays";
    EXPECT_EQ(*Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM check_ins WHERE person_id = ?"), {again}), 2);
    ASSERT_EQ(errors.count(), 1);
    EXPECT_TRUE(errors.first().first().toString().contains(QStringLiteral("has more since")))
        << errors.first().first().toString().toStdString();
}

TEST_P(ParticipationViewTest, ImportWizardReportsAFileItCannotRead)
{
    const QString notes = m_dir.path(QStringLiteral("notes.txt"));
    writeAll(notes, "milk\neggs\n");
    auto *dialog = new ChatImportDialog(m_window->document(), m_campId, m_view);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->setFile(notes);
    dialog->scanFile();
    ASSERT_TRUE(waitFor([&] {
        return !dialog->isBusy() && dialog->page() == ChatImportDialog::ChoosePage
            && !dialog->problemLabel()->text().isEmpty();
    }));
    EXPECT_TRUE(dialog->problemLabel()->text().contains(QStringLiteral("notes.txt is not a chat export")));
    EXPECT_EQ(*Sql::scalar(workspace().database(), QStringLiteral("SELECT COUNT(*) FROM chat_imports")), 0);
    dialog->close();
}

// A QQ export of every conversation holds two groups: the wizard reads
// neither until the operator picks one from the chats it lists.
TEST_P(ParticipationViewTest, ImportWizardAsksWhichOfSeveralChatsToImport)
{
    const QString rule = QStringLiteral("================================================================\r\n");
    const QString text = QStringLiteral("消息记录（此消息记录为文本格式，不支持重新导入）\r\n\r\n") + rule
        + QStringLiteral("消息分组:我的群聊\r\n") + rule + QStringLiteral("消息对象:跑步群\r\n") + rule
        + QStringLiteral("\r\n2027-03-02 11:00:00 阿强(10001)\r\n跑了\r\n\r\n") + rule
        + QStringLiteral("消息分组:我的群聊\r\n") + rule + QStringLiteral("消息对象:读书群\r\n") + rule
        + QStringLiteral("\r\n2027-03-02 12:00:00 阿花(10002)\r\n读完了\r\n\r\n"
                         "2027-03-02 12:05:00 阿花(10002)\r\n第二本\r\n\r\n");
    const QString path = m_dir.path(QStringLiteral("all.txt"));
    writeAll(path, text.toUtf8());
    auto *dialog = new ChatImportDialog(m_window->document(), m_campId, m_view);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    QComboBox *chats = dialog->chatCombo();
    EXPECT_FALSE(chats->isVisible()) << "nothing is asked before a file holds several chats";
    dialog->setFile(path);
    auto *next = dialog->findChild<QPushButton *>(QStringLiteral("nextButton"));
    QTest::mouseClick(next, Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return !dialog->isBusy() && dialog->page() == ChatImportDialog::ChoosePage; }));
    EXPECT_TRUE(dialog->problemLabel()->text().contains(QStringLiteral("“跑步群”")))
        << dialog->problemLabel()->text().toStdString();
    ASSERT_TRUE(chats->isVisible());
    ASSERT_EQ(chats->count(), 2);
    EXPECT_EQ(chats->currentIndex(), -1) << "no chat is chosen for the operator";

    chats->setFocus();
    QTest::keyClick(chats, Qt::Key_End);
    ASSERT_EQ(chats->currentText(), QStringLiteral("读书群"));
    QTest::mouseClick(next, Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return dialog->page() == ChatImportDialog::MapPage; }))
        << dialog->problemLabel()->text().toStdString();
    EXPECT_TRUE(dialog->scanInfoText().contains(QStringLiteral("读书群"))) << dialog->scanInfoText().toStdString();
    QTest::mouseClick(next, Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return dialog->page() == ChatImportDialog::SummaryPage; }));
    EXPECT_EQ(*Sql::scalar(workspace().database(), QStringLiteral("SELECT COUNT(*) FROM chat_messages")), 2)
        << "the two messages of 读书群, none of 跑步群";
    QTest::mouseClick(next, Qt::LeftButton);

    // Another file's chats are not offered for this one.
    auto *again = new ChatImportDialog(m_window->document(), m_campId, m_view);
    again->setAttribute(Qt::WA_DeleteOnClose);
    again->show();
    again->setFile(path);
    QTest::mouseClick(again->findChild<QPushButton *>(QStringLiteral("nextButton")), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return again->chatCombo()->isVisible() && !again->isBusy(); }));
    QTest::keyClicks(again->findChild<QLineEdit *>(QStringLiteral("chatFilePath")), QStringLiteral("x"));
    EXPECT_FALSE(again->chatCombo()->isVisible());
    EXPECT_EQ(again->chatCombo()->count(), 0);
    again->close();
}

TEST_P(ParticipationViewTest, CancellingAnImportWritesNothing)
{
    const QString big = m_dir.path(QStringLiteral("big.txt"));
    {
        QFile file(big);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ChatGeneratorOptions options;
        options.members = 200;
        options.messages = 60000;
        ASSERT_TRUE(ChatGenerator::writeTelegram(file, options));
    }
    auto *dialog = new ChatImportDialog(m_window->document(), m_campId, m_view);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->setFile(big);
    dialog->scanFile();
    ASSERT_TRUE(waitFor([&] { return dialog->page() == ChatImportDialog::MapPage; }, 120000));
    dialog->startImport();
    dialog->cancelImport();
    ASSERT_TRUE(waitFor([&] { return !dialog->isBusy(); }, 120000));
    EXPECT_EQ(dialog->page(), ChatImportDialog::MapPage) << "back to the mapping page, nothing imported";
    const QSqlDatabase db = workspace().database();
    EXPECT_EQ(*Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM chat_messages")), 0);
    EXPECT_EQ(*Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM chat_imports")), 0);
    EXPECT_EQ(m_window->document()->undoStack()->count(), 0);
    dialog->close();
}

// Pickers tell people apart: two members of one name and subgroup get their
// nickname or city, and only when all of that is the same their number.
TEST(MemberLabelsTest, IdenticalPeopleNeverLookIdentical)
{
    const auto entry
        = [](qint64 id, const QString &name, const QString &subgroup, const QString &nickname, const QString &city) {
              RosterEntry result;
              result.person.id = id;
              result.person.displayName = name;
              result.person.city = city;
              result.membership.groupNickname = nickname;
              result.subgroup = subgroup;
              return result;
          };
    const QList<RosterEntry> roster {entry(1, QStringLiteral("陈博文"), QStringLiteral("4组"),
                                           QStringLiteral("4组-陈博文-北京"), QStringLiteral("北京")),
                                     entry(2, QStringLiteral("陈博文"), QStringLiteral("4组"),
                                           QStringLiteral("4组-陈博文-上海"), QStringLiteral("上海")),
                                     entry(3, QStringLiteral("陈博文"), QStringLiteral("2组"), QString(), QString()),
                                     entry(4, QStringLiteral("王子涵"), QString(), QString(), QString()),
                                     entry(5, QStringLiteral("王子涵"), QString(), QString(), QString())};
    const QList<std::pair<qint64, QString>> labels = MemberLabels::choices(roster);
    QSet<QString> seen;
    for (const auto &[id, label] : labels) {
        EXPECT_FALSE(seen.contains(label)) << label.toStdString();
        seen.insert(label);
    }
    EXPECT_EQ(labels.size(), 5);
    EXPECT_TRUE(seen.contains(QStringLiteral("陈博文 · 2组")))
        << "a name shared only across subgroups needs only the subgroup";
    EXPECT_TRUE(seen.contains(QStringLiteral("陈博文 · 4组 · 北京"))) << "context beside every name";
}

// The senders' table shows a chat account unmapped; another operator (or
// the CLI on the same file) maps it before this window has read that. This
// window's mapping, made on "unmapped", is refused and theirs stays; the
// table then shows theirs.
TEST_P(ParticipationViewTest, AMappingMadeOnAnAccountMappedElsewhereIsRefused)
{
    ASSERT_TRUE(addAccount(QStringLiteral("10001"), QStringLiteral("晓雨")));
    m_view->tabs()->setCurrentIndex(1);
    QTableWidget *identities = m_view->identities();
    ASSERT_EQ(identities->rowCount(), 1);
    QTableWidgetItem *member = identities->item(0, 5);
    ASSERT_EQ(member->data(MemberChoiceDelegate::PersonIdRole).toLongLong(), 0);
    const qint64 id = member->data(Qt::UserRole).toLongLong();

    auto elsewhere = Workspace::open(m_place.address());
    ASSERT_TRUE(elsewhere.has_value()) << elsewhere.error().message.toStdString();
    ASSERT_TRUE((*elsewhere)->participation().mapIdentity(id, m_lin).has_value());
    MessageBox::setTestMode(true); // forgets the last message
    const int steps = m_window->document()->undoStack()->count();
    member->setData(MemberChoiceDelegate::PersonIdRole, m_wang);
    QApplication::processEvents();
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("this chat account"), Qt::CaseInsensitive))
        << MessageBox::lastText().toStdString();
    EXPECT_EQ((*elsewhere)->participation().identity(id)->personId, m_lin) << "theirs stays";
    EXPECT_EQ(m_window->document()->undoStack()->count(), steps);
    ASSERT_EQ(identities->rowCount(), 1);
    EXPECT_EQ(identities->item(0, 5)->data(MemberChoiceDelegate::PersonIdRole).toLongLong(), m_lin)
        << "the table shows the account as it is";
}

// An account another operator removed (their import undone) cannot be
// mapped: the window says so, keeps no undo step and drops the row.
TEST_P(ParticipationViewTest, AMappingMadeOnAnAccountRemovedElsewhereSaysItIsGone)
{
    ASSERT_TRUE(addAccount(QStringLiteral("10003"), QStringLiteral("晓雨")));
    m_view->tabs()->setCurrentIndex(1);
    QTableWidget *identities = m_view->identities();
    ASSERT_EQ(identities->rowCount(), 1);
    QTableWidgetItem *member = identities->item(0, 5);
    const qint64 id = member->data(Qt::UserRole).toLongLong();

    auto elsewhere = Workspace::open(m_place.address());
    ASSERT_TRUE(elsewhere.has_value()) << elsewhere.error().message.toStdString();
    ASSERT_TRUE(Sql::exec((*elsewhere)->database(), QStringLiteral("DELETE FROM chat_identities WHERE id = ?"), {id})
                    .has_value());
    MessageBox::setTestMode(true); // forgets the last message
    const int steps = m_window->document()->undoStack()->count();
    member->setData(MemberChoiceDelegate::PersonIdRole, m_wang);
    QApplication::processEvents();
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("no longer exists")))
        << MessageBox::lastText().toStdString();
    EXPECT_EQ(m_window->document()->undoStack()->count(), steps);
    EXPECT_EQ(identities->rowCount(), 0) << "the table shows the accounts there are";
}

// Ticking an account's staff box in the senders' table marks it, as one
// undo step; the table is read again at once, under the tick that caused it.
TEST_P(ParticipationViewTest, TickingAStaffBoxInTheSendersTableIsOneUndoStep)
{
    ASSERT_TRUE(addAccount(QStringLiteral("10002"), QStringLiteral("群助手")));
    m_view->tabs()->setCurrentIndex(1);
    QTableWidget *identities = m_view->identities();
    ASSERT_EQ(identities->rowCount(), 1);
    const qint64 id = identities->item(0, 6)->data(Qt::UserRole).toLongLong();
    identities->item(0, 6)->setCheckState(Qt::Checked);
    QApplication::processEvents();
    EXPECT_TRUE(workspace().participation().identity(id)->staff);
    ASSERT_EQ(identities->rowCount(), 1);
    EXPECT_EQ(identities->item(0, 6)->checkState(), Qt::Checked);
    m_window->document()->undoStack()->undo();
    EXPECT_FALSE(workspace().participation().identity(id)->staff);
}

// The Overview's members figure is the review's: marking a member's chat
// account as staff changes it there too, not only on this tab.
TEST_P(ParticipationViewTest, MarkingAMembersAccountAsStaffReachesTheOverview)
{
    ASSERT_TRUE(Sql::exec(workspace().database(),
                          QStringLiteral("INSERT INTO chat_identities (camp_id, platform, chat_key, display_name,"
                                         " person_id) VALUES (?, 'qq', '10004', ?, ?)"),
                          {m_campId, QStringLiteral("晓雨"), m_lin})
                    .has_value());
    auto *counts = m_window->findChild<QLabel *>(QStringLiteral("memberCounts"));
    ASSERT_NE(counts, nullptr);
    m_view->tabs()->setCurrentIndex(1);
    const QString before = counts->text();
    QTableWidget *identities = m_view->identities();
    ASSERT_EQ(identities->rowCount(), 1);
    identities->item(0, 6)->setCheckState(Qt::Checked);
    QApplication::processEvents();
    ASSERT_TRUE(before.startsWith(QStringLiteral("Members: 3"))) << before.toStdString();
    EXPECT_TRUE(counts->text().startsWith(QStringLiteral("Members: 2"))) << counts->text().toStdString();
    m_window->document()->undoStack()->undo();
    EXPECT_EQ(counts->text().toStdString(), before.toStdString());
}

// Check-ins that cannot be read are never taken for "none": a tick then
// changes nothing, says why and leaves no undo step behind.
TEST_P(ParticipationViewTest, UnreadableCheckInsAreReportedNotTakenForNone)
{
    ASSERT_TRUE(Sql::exec(workspace().database(), QStringLiteral("ALTER TABLE check_ins RENAME TO hidden")));
    const int steps = m_window->document()->undoStack()->count();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(m_view->grid()->viewport(), Qt::LeftButton, Qt::NoModifier, cellCenter(0, 1));
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("check_ins"))) << MessageBox::lastText().toStdString();
    EXPECT_EQ(m_window->document()->undoStack()->count(), steps) << "nothing happened, nothing to undo";
    ASSERT_TRUE(Sql::exec(workspace().database(), QStringLiteral("ALTER TABLE hidden RENAME TO check_ins")));
    EXPECT_TRUE(stored().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Engines, ParticipationViewTest, bothEngines(), engineName);

// Two operators at once on a team workspace: what one ticks shows on the
// other's open grid within a second (ChangeFeed), and the other keeps the
// cells they had selected. A file has one operator: the server only.
class ParticipationLiveTest : public ParticipationViewTest { };

INSTANTIATE_TEST_SUITE_P(Live, ParticipationLiveTest, ::testing::Values(Engine::Server), engineName);

TEST_P(ParticipationLiveTest, AnotherOperatorsTickShowsWithinASecondAndTheSelectionStays)
{
    QTableView *grid = m_view->grid();
    CheckInGridModel *model = m_view->gridModel();
    grid->selectionModel()->select(model->index(2, 3), QItemSelectionModel::ClearAndSelect);

    auto other = openWindowOn(m_place.address(), OnTheGrid);
    ASSERT_TRUE(other);
    ParticipationView *theirs = other->participationView();

    QElapsedTimer clock;
    clock.start();
    const QPoint cell = theirs->grid()->visualRect(theirs->gridModel()->index(0, 1)).center();
    QTest::mouseClick(theirs->grid()->viewport(), Qt::LeftButton, Qt::NoModifier, cell);
    ASSERT_TRUE(theirs->gridModel()->isChecked(theirs->gridModel()->index(0, 1)));
    EXPECT_TRUE(QTest::qWaitFor([&] { return model->isChecked(model->index(0, 1)); }, 1000))
        << "the other operator's tick did not arrive";
    EXPECT_LT(clock.elapsed(), 1000);
    EXPECT_TRUE(grid->selectionModel()->isSelected(model->index(2, 3))) << "the selection survives";
    EXPECT_EQ(grid->selectionModel()->selectedIndexes().size(), 1);

    // And back: clearing it here clears it there.
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, Qt::NoModifier, cellCenter(0, 1));
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return !theirs->gridModel()->isChecked(theirs->gridModel()->index(0, 1)); }, 1000));
    EXPECT_TRUE(stored().isEmpty());
}

// An import that waits for another operator's change to the camp says so,
// rather than stand at 0 % looking stuck, and goes on once it is done.
TEST_P(ParticipationLiveTest, AnImportWaitingForAnotherOperatorSaysSo)
{
    ChatImportDialog *dialog = wizardAtSenders(QStringLiteral("13/3/27, 09:00 - 林晓雨: 打卡\n"));
    ASSERT_NE(dialog, nullptr);

    // Their check-in, half-way: the camp is theirs.
    auto theirs = Workspace::open(m_place.address());
    ASSERT_TRUE(theirs.has_value());
    Transaction change((*theirs)->database());
    ASSERT_TRUE(change.begin().has_value());
    ASSERT_TRUE((*theirs)->participation().lockCamp(m_campId).has_value());

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("nextButton")), Qt::LeftButton);
    auto *label = dialog->findChild<QLabel *>(QStringLiteral("importProgressLabel"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(waitFor([&] { return label->text().contains(QStringLiteral("Another operator")); }))
        << label->text().toStdString();
    EXPECT_EQ(dialog->page(), ChatImportDialog::ProgressPage);

    ASSERT_TRUE(change.commit().has_value());
    ASSERT_TRUE(waitFor([&] { return dialog->page() == ChatImportDialog::SummaryPage; }));
    EXPECT_TRUE(dialog->summaryLabel()->text().contains(QStringLiteral("Messages added: 1")))
        << dialog->summaryLabel()->text().toStdString();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("nextButton")), Qt::LeftButton);
}
