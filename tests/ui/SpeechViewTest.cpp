#include "ui/speech/SpeechView.h"

#include "core/Workspace.h"
#include "core/domain/Activity.h"
#include "core/domain/ActivityRepository.h"
#include "core/domain/CampRepository.h"
#include "core/domain/MembershipRepository.h"
#include "core/domain/PersonRepository.h"
#include "core/roster/SubgroupRepository.h"
#include "core/speech/CampVariableRepository.h"
#include "core/speech/SpeechRepository.h"
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
#include "ui/speech/CampVariablesDialog.h"
#include "ui/speech/QuickCopyPalette.h"
#include "ui/speech/SpeechCardList.h"
#include "ui/speech/SpeechCopier.h"
#include "ui/speech/SpeechEditorDialog.h"
#include "ui/speech/SpeechImportDialog.h"
#include "ui/speech/SpeechListModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

class SpeechViewTest : public ::testing::TestWithParam<Engine> {
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
            ASSERT_TRUE((*workspace)
                            ->campVariables()
                            .set(m_campId, {QStringLiteral("checkin_link"), 0, QStringLiteral("https://c.example/x")})
                            .has_value());
        }
        m_window = openWindowOn(path, {.view = QStringLiteral("speech"), .today = QDate(2027, 3, 3)});
        ASSERT_TRUE(m_window);
        m_view = m_window->speechView();
        QApplication::clipboard()->setText(QStringLiteral("before"));
        QApplication::processEvents();
    }

    void TearDown() override { m_window.reset(); }

    WorkspaceDocument *document() const { return m_window->document(); }
    // Behind the document: what a test checks was written, or sets up.
    Workspace &workspace() const { return WorkspaceDocumentTestAccess::workspace(*document()); }

    SpeechTemplate line(const QString &title) const
    {
        const QList<SpeechTemplate> speeches = *workspace().speeches().list(m_campId);
        for (const SpeechTemplate &speech : speeches) {
            if (speech.title == title)
                return speech;
        }
        ADD_FAILURE() << "no line " << title.toStdString();
        return {};
    }

    void clickCopy(SpeechCardList *cards, qint64 id) const
    {
        const QModelIndex index = cards->speechModel()->indexOfSpeech(id);
        ASSERT_TRUE(index.isValid());
        cards->scrollTo(index);
        QApplication::processEvents();
        QTest::mouseClick(cards->viewport(), Qt::LeftButton, Qt::NoModifier, cards->copyButtonRect(index).center());
    }

    // Speech Library → Camp Variables…: the dialog it opened, or null.
    CampVariablesDialog *openCampVariables() const
    {
        m_view->findChild<QAction *>(QStringLiteral("variablesAction"))->trigger();
        QApplication::processEvents();
        return m_window->findChild<CampVariablesDialog *>(QStringLiteral("CampVariablesDialog"));
    }

    TempDir m_dir;
    EngineWorkspace m_place {GetParam()};
    qint64 m_campId = 0;
    std::unique_ptr<MainWindow> m_window;
    SpeechView *m_view = nullptr;
};

TEST_P(SpeechViewTest, ANewWorkspaceStartsWithTheBuiltInLibrary)
{
    EXPECT_GE(workspace().speeches().count().value_or(0), 60);
    QAbstractItemModelTester tester(m_view->cards()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_GE(m_view->cards()->model()->rowCount(), 60);
}

TEST_P(SpeechViewTest, CopyButtonPutsTheFilledLineOnTheClipboardAndCountsTheUse)
{
    const SpeechTemplate hype = line(QStringLiteral("Hype 1"));
    clickCopy(m_view->cards(), hype.id);
    EXPECT_EQ(QApplication::clipboard()->text(), QStringLiteral("Day 3 and the energy is real! Keep it coming! 🔥"));
    EXPECT_TRUE(m_view->feedback().contains(QStringLiteral("Copied")));
    EXPECT_EQ(workspace().speeches().find(hype.id)->useCount, 1);
}

// A double click on the Copy button is one copy: its second release copied
// and recorded the line again, and the crew's rotation skipped ahead.
TEST_P(SpeechViewTest, ADoubleClickOnCopyCopiesOnce)
{
    const SpeechTemplate hype = line(QStringLiteral("Hype 1"));
    SpeechCardList *cards = m_view->cards();
    const QModelIndex index = cards->speechModel()->indexOfSpeech(hype.id);
    ASSERT_TRUE(index.isValid());
    cards->scrollTo(index);
    QApplication::processEvents();
    QSignalSpy copies(cards, &SpeechCardList::copyRequested);
    // As a window system sends a double click: press, release, the second
    // press as a double click, release.
    const QPoint button = cards->copyButtonRect(index).center();
    QTest::mouseClick(cards->viewport(), Qt::LeftButton, Qt::NoModifier, button);
    QTest::mouseDClick(cards->viewport(), Qt::LeftButton, Qt::NoModifier, button);
    QTest::mouseRelease(cards->viewport(), Qt::LeftButton, Qt::NoModifier, button);
    EXPECT_EQ(copies.count(), 1);
    EXPECT_EQ(workspace().speeches().find(hype.id)->useCount, 1);
    clickCopy(cards, hype.id);
    EXPECT_EQ(workspace().speeches().find(hype.id)->useCount, 2) << "a click after it copies again";
}

TEST_P(SpeechViewTest, ALineWithAnUnfilledPlaceholderIsNeverCopied)
{
    const SpeechTemplate award = line(QStringLiteral("Award announcement"));
    clickCopy(m_view->cards(), award.id);
    EXPECT_EQ(QApplication::clipboard()->text(), QStringLiteral("before"));
    EXPECT_TRUE(m_view->feedback().contains(QStringLiteral("{award}"))) << m_view->feedback().toStdString();
    EXPECT_EQ(workspace().speeches().find(award.id)->useCount, 0);

    // Asked in place, a value is kept for the camp and the line copied; undo takes the value back.
    MessageBox::setNextText(QStringLiteral("the best question")); // {award}
    MessageBox::setNextText(QStringLiteral("Noor")); // {@member}
    clickCopy(m_view->cards(), award.id);
    EXPECT_TRUE(QApplication::clipboard()->text().startsWith(
        QStringLiteral("🏆 The award for the best question goes to @Noor!")))
        << QApplication::clipboard()->text().toStdString();
    const auto hasAward = [this] {
        const QList<CampVariable> values = document()->campVariables(m_campId).value();
        return std::any_of(values.cbegin(), values.cend(), [](const CampVariable &v) {
            return v.name == QLatin1String("award") && !v.value.isEmpty();
        });
    };
    EXPECT_TRUE(hasAward());
    document()->undoStack()->undo();
    EXPECT_FALSE(hasAward());
    QApplication::clipboard()->setText(QStringLiteral("before"));
    m_view->findChild<QLineEdit *>(QStringLiteral("speechMember"))->clear();

    // Filling the member makes a praise line copyable.
    const SpeechTemplate praise = line(QStringLiteral("Praise 1"));
    EXPECT_FALSE(m_view->copySpeech(praise.id));
    QTest::keyClicks(m_view->findChild<QLineEdit *>(QStringLiteral("speechMember")), QStringLiteral("Maya"));
    clickCopy(m_view->cards(), praise.id);
    EXPECT_TRUE(QApplication::clipboard()->text().startsWith(QStringLiteral("@Maya thank you")));
}

// A value the camp keeps for some days (a lesson link for day 1), asked for
// on day 3, is day 3's: on day 4 it is asked for again, never copied from
// day 3 unasked.
TEST_P(SpeechViewTest, AValueAskedForOnADayIsThatDaysWhenTheCampKeepsItByDay)
{
    ASSERT_TRUE(workspace()
                    .campVariables()
                    .set(m_campId, {QStringLiteral("lesson_link"), 1, QStringLiteral("L1")})
                    .has_value());
    SpeechTemplate lesson;
    lesson.title = QStringLiteral("Lesson link");
    lesson.body = QStringLiteral("Today's lesson: {lesson_link}");
    lesson.category = SpeechCategory::DailyAnnouncement;
    lesson.campId = m_campId;
    const qint64 id = valueOf(workspace().speeches().insert(lesson));
    auto *date = m_view->findChild<QDateEdit *>(QStringLiteral("speechDate"));
    date->setDate(QDate(2027, 3, 3));
    MessageBox::setNextText(QStringLiteral("L3"));
    ASSERT_TRUE(m_view->copySpeech(id));
    EXPECT_EQ(QApplication::clipboard()->text(), QStringLiteral("Today's lesson: L3"));
    const QList<CampVariable> values = valueOf(workspace().campVariables().list(m_campId));
    EXPECT_TRUE(values.contains(CampVariable {QStringLiteral("lesson_link"), 3, QStringLiteral("L3")}));
    EXPECT_FALSE(values.contains(CampVariable {QStringLiteral("lesson_link"), 0, QStringLiteral("L3")}));

    date->setDate(QDate(2027, 3, 4));
    QApplication::clipboard()->setText(QStringLiteral("before"));
    EXPECT_FALSE(m_view->copySpeech(id)) << "day 3's link copied on day 4";
    EXPECT_EQ(QApplication::clipboard()->text(), QStringLiteral("before"));
}

TEST_P(SpeechViewTest, PaletteCopiesFiveDifferentHypeLines)
{
    m_view->showPalette();
    QuickCopyPalette *palette = m_view->palette();
    ASSERT_NE(palette, nullptr);
    EXPECT_TRUE(palette->windowFlags() & Qt::WindowStaysOnTopHint);
    auto *next = palette->findChild<QPushButton *>(QStringLiteral("paletteNextButton"));
    // Copy Next offers the ticked categories in the list's order, the first
    // chosen; the crew picks hype.
    auto *category = palette->findChild<QComboBox *>(QStringLiteral("paletteNextCategory"));
    ASSERT_NE(category, nullptr);
    EXPECT_EQ(category->count(), 4) << "the four atmosphere categories are ticked";
    EXPECT_EQ(category->currentData().toInt(), int(SpeechCategory::WarmUp));
    category->setCurrentIndex(category->findData(int(SpeechCategory::Hype)));
    QTest::mouseClick(palette->findChild<QCheckBox *>(QStringLiteral("paletteCategory-praise")), Qt::LeftButton);
    EXPECT_EQ(category->findData(int(SpeechCategory::Praise)), -1) << "an unticked category is not offered";
    EXPECT_EQ(category->currentData().toInt(), int(SpeechCategory::Hype)) << "the choice stays";
    QSet<QString> copied;
    for (int click = 0; click < 5; ++click) {
        QTest::mouseClick(next, Qt::LeftButton);
        const QString text = QApplication::clipboard()->text();
        EXPECT_FALSE(text.contains(u'{')) << text.toStdString();
        copied.insert(text);
    }
    EXPECT_EQ(copied.size(), 5) << "the crew never repeats itself";
    // The palette's own cards copy with one click too.
    const SpeechTemplate warmUp = line(QStringLiteral("Warm-up 3"));
    clickCopy(palette->cards(), warmUp.id);
    EXPECT_EQ(QApplication::clipboard()->text(),
              QStringLiteral("Day 3 already! Drop an emoji that shows how you feel today."));
    // Another day chosen in the view (or the next day begun): the open
    // palette copies for it too. It kept the day it was opened with.
    auto *date = m_view->findChild<QDateEdit *>();
    ASSERT_NE(date, nullptr);
    date->setDate(date->date().addDays(1));
    clickCopy(palette->cards(), warmUp.id);
    EXPECT_EQ(QApplication::clipboard()->text(),
              QStringLiteral("Day 4 already! Drop an emoji that shows how you feel today."));
}

TEST_P(SpeechViewTest, SearchNarrowsTheCards)
{
    const int all = m_view->cards()->model()->rowCount();
    // Full-width letters arrive from an input method as a committed string.
    auto *search = m_view->findChild<QLineEdit *>(QStringLiteral("speechSearch"));
    search->setFocus();
    QInputMethodEvent event;
    event.setCommitString(QStringLiteral("ＣＥＲＥＭＯＮＹ"));
    QApplication::sendEvent(search, &event);
    const int found = m_view->cards()->model()->rowCount();
    EXPECT_GT(found, 0);
    EXPECT_LT(found, all);
}

TEST_P(SpeechViewTest, FavouriteShortcutCopies)
{
    // The first favourite is the newcomer welcome, which needs a member and a staff name.
    QTest::keyClicks(m_view->findChild<QLineEdit *>(QStringLiteral("speechMember")), QStringLiteral("Maya"));
    QTest::keyClicks(m_view->findChild<QLineEdit *>(QStringLiteral("speechStaff")), QStringLiteral("Leo"));
    m_window->activateWindow();
    m_view->cards()->setFocus();
    QTest::keyClick(m_view->cards(), Qt::Key_1, Qt::ControlModifier);
    EXPECT_TRUE(QApplication::clipboard()->text().startsWith(QStringLiteral("Welcome to Spring camp, @Maya!")))
        << QApplication::clipboard()->text().toStdString();
}

TEST_P(SpeechViewTest, EditorPreviewsAndAddsAnUndoableLine)
{
    m_view->newSpeech();
    auto *dialog = m_view->findChild<SpeechEditorDialog *>(QStringLiteral("SpeechEditorDialog"));
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit")), QStringLiteral("Mine"));
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"))
        ->setPlainText(QStringLiteral("Go {camp}, day {day}! {nope}"));
    EXPECT_EQ(dialog->findChild<QPlainTextEdit *>(QStringLiteral("previewEdit"))->toPlainText(),
              QStringLiteral("Go Spring camp, day 3! {nope}"));
    EXPECT_TRUE(
        dialog->findChild<QLabel *>(QStringLiteral("problemsLabel"))->text().contains(QStringLiteral("{nope}")));
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"))
        ->setPlainText(QStringLiteral("Go {camp}, day {day}!"));
    const qint64 before = workspace().speeches().count().value_or(0);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    EXPECT_EQ(workspace().speeches().count().value_or(0), before + 1);
    document()->undoStack()->undo();
    EXPECT_EQ(workspace().speeches().count().value_or(0), before);
}

// Tags typed with a Chinese comma are tags apart: "唤醒，长期沉默" is the
// long-silence tag the review's nudges look for, not one tag.
TEST_P(SpeechViewTest, TagsTypedWithAChineseCommaAreApart)
{
    m_view->newSpeech();
    auto *dialog = m_view->findChild<SpeechEditorDialog *>(QStringLiteral("SpeechEditorDialog"));
    ASSERT_NE(dialog, nullptr);
    // As an input method commits it (QTest types ASCII keys only).
    dialog->findChild<QLineEdit *>(QStringLiteral("tagsEdit"))->insert(QStringLiteral("唤醒，长期沉默、 晚安"));
    EXPECT_EQ(dialog->speech().tags,
              (QStringList {QStringLiteral("唤醒"), QStringLiteral("长期沉默"), QStringLiteral("晚安")}));
    dialog->reject();
}

// The undo of adding a line another operator has copied since would delete
// their copy with it: it is refused, saying so, and the line and the copy stay.
TEST_P(SpeechViewTest, UndoingAnAddKeepsALineOthersCopiedSince)
{
    m_view->newSpeech();
    auto *dialog = m_view->findChild<SpeechEditorDialog *>(QStringLiteral("SpeechEditorDialog"));
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit")), QStringLiteral("Cheer"));
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"))->setPlainText(QStringLiteral("Go {camp}!"));
    const qint64 before = workspace().speeches().count().value_or(0);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    ASSERT_EQ(workspace().speeches().count().value_or(0), before + 1);
    qint64 added = 0;
    for (const SpeechTemplate &line : valueOf(workspace().speeches().list(m_campId))) {
        if (line.title == QStringLiteral("Cheer"))
            added = line.id;
    }
    ASSERT_NE(added, 0);
    auto elsewhere = Workspace::open(m_place.address());
    ASSERT_TRUE(elsewhere.has_value()) << elsewhere.error().message.toStdString();
    ASSERT_TRUE((*elsewhere)->speeches().recordUse(added, m_campId, 1, 0, QDateTime::currentDateTimeUtc()).has_value());

    MessageBox::setTestMode(true);
    document()->undoStack()->undo();
    QApplication::processEvents();
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("1 copy(ies)"))) << MessageBox::lastText().toStdString();
    EXPECT_EQ(workspace().speeches().count().value_or(0), before + 1) << "the line stays";
    EXPECT_EQ(valueOf((*elsewhere)->speeches().find(added)).useCount, 1) << "with their copy";
}

// Another operator edits a line while this window's editor is open: the
// save is refused, and the editor opens again with what was typed; saved
// again, it goes over their version knowingly. A copy of the line by
// anyone meanwhile is no edit and refuses nothing.
TEST_P(SpeechViewTest, AnEditOfALineChangedElsewhereOpensTheEditorAgainWithWhatWasTyped)
{
    const qint64 id = workspace().speeches().list(m_campId)->first().id;
    auto elsewhere = Workspace::open(m_place.address());
    ASSERT_TRUE(elsewhere.has_value()) << elsewhere.error().message.toStdString();
    const auto typeBody = [this](const QString &body) {
        auto *dialog = m_view->findChildren<SpeechEditorDialog *>(QStringLiteral("SpeechEditorDialog")).last();
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"))->setPlainText(body);
        return dialog;
    };

    m_view->editSpeech(id);
    ASSERT_TRUE((*elsewhere)->speeches().recordUse(id, m_campId, 1, 0, QDateTime::currentDateTimeUtc()).has_value());
    SpeechEditorDialog *first = typeBody(QStringLiteral("Day {day}: mine"));
    QTest::mouseClick(first->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QApplication::processEvents();
    ASSERT_EQ(valueOf((*elsewhere)->speeches().find(id)).body, QStringLiteral("Day {day}: mine"))
        << "a copy is no edit";

    m_view->editSpeech(id);
    SpeechTemplate theirs = valueOf((*elsewhere)->speeches().find(id));
    theirs.body = QStringLiteral("Day {day}: theirs");
    ASSERT_TRUE((*elsewhere)->speeches().update(theirs).has_value());
    SpeechEditorDialog *second = typeBody(QStringLiteral("Day {day}: mine again"));
    const int steps = document()->undoStack()->count();
    QTest::mouseClick(second->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("this line"), Qt::CaseInsensitive))
        << MessageBox::lastText().toStdString();
    EXPECT_EQ(valueOf((*elsewhere)->speeches().find(id)).body, QStringLiteral("Day {day}: theirs"));
    EXPECT_EQ(document()->undoStack()->count(), steps);
    const auto editors = m_view->findChildren<SpeechEditorDialog *>(QStringLiteral("SpeechEditorDialog"));
    ASSERT_FALSE(editors.isEmpty());
    SpeechEditorDialog *again = editors.last();
    ASSERT_NE(again, second);
    ASSERT_TRUE(again->isVisible()) << "the editor is open again";
    EXPECT_EQ(again->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"))->toPlainText(),
              QStringLiteral("Day {day}: mine again"));
    QTest::mouseClick(again->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_EQ(valueOf((*elsewhere)->speeches().find(id)).body, QStringLiteral("Day {day}: mine again"));
}

TEST_P(SpeechViewTest, PlainTextImportPreviewsAndMergesWithoutDuplicates)
{
    const QString path = m_dir.path(QStringLiteral("lines.txt"));
    writeAll(path, "Let's go, day {day}!\nEveryone on board?\nDay {day} and the energy is real! Keep it coming! 🔥\n");
    const qint64 before = workspace().speeches().count().value_or(0);
    for (int round = 0; round < 2; ++round) {
        FileDialog::setNextFileName(path);
        m_view->importLibrary();
        auto *dialog = m_view->findChild<SpeechImportDialog *>(QStringLiteral("SpeechImportDialog"));
        ASSERT_NE(dialog, nullptr);
        EXPECT_EQ(dialog->merge().added.size(), round == 0 ? 2 : 0);
        EXPECT_EQ(dialog->merge().duplicates.size(), round == 0 ? 1 : 3);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QApplication::processEvents();
    }
    EXPECT_EQ(workspace().speeches().count().value_or(0), before + 2);
}

TEST_P(SpeechViewTest, PaletteOffersTheCurrentActivitysText)
{
    Activity closing;
    closing.campId = m_campId;
    closing.type = ActivityType::CheckIn;
    closing.title = QStringLiteral("Late check-in round");
    closing.start = wallClock(QDate(2027, 3, 3), QTime(23, 0));
    closing.end = wallClock(QDate(2027, 3, 3), QTime(23, 59));
    closing.speechTemplateId = line(QStringLiteral("Evening check-in reminder")).id;
    ASSERT_TRUE(document()->insertActivities({closing}).has_value());

    m_view->showPalette();
    QuickCopyPalette *palette = m_view->palette();
    auto *button = palette->findChild<QPushButton *>(QStringLiteral("paletteActivityButton"));
    ASSERT_NE(button, nullptr);
    EXPECT_TRUE(button->text().contains(QStringLiteral("Late check-in round")));
    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_EQ(QApplication::clipboard()->text(),
              QStringLiteral("🌙 There's still time for today's check-in (until 23:59). Even a short one counts: "
                             "https://c.example/x"));
}

// Next Line passes over a line it cannot fill instead of landing on it at
// every press: the clipboard changes each time and the line is never used.
TEST_P(SpeechViewTest, NextLinePassesOverALineItCannotFill)
{
    SpeechTemplate hype = line(QStringLiteral("Hype 1"));
    hype.body = QStringLiteral("Day {day}: the prize is {award}!");
    ASSERT_TRUE(workspace().speeches().update(hype).has_value());
    auto *next = m_view->findChild<QPushButton *>(QStringLiteral("nextLineButton"));
    ASSERT_NE(next, nullptr);
    QSet<QString> copied;
    for (int press = 0; press < 3; ++press) {
        QTest::mouseClick(next, Qt::LeftButton);
        const QString text = QApplication::clipboard()->text();
        EXPECT_FALSE(text.contains(u'{')) << text.toStdString();
        EXPECT_NE(text, QStringLiteral("before"));
        copied.insert(text);
    }
    EXPECT_EQ(copied.size(), 3) << "each press copies another line";
    EXPECT_EQ(workspace().speeches().find(hype.id)->useCount, 0);
}

// {time} is an activity's start: from the library it has no value (the
// clock's time would be a guess), and the message says where it has one.
TEST_P(SpeechViewTest, TimeIsTheActivitysNotTheClocks)
{
    const SpeechTemplate warmUp = line(QStringLiteral("Warm-up 6"));
    EXPECT_FALSE(m_view->copySpeech(warmUp.id));
    EXPECT_EQ(QApplication::clipboard()->text(), QStringLiteral("before"));
    EXPECT_TRUE(m_view->feedback().contains(QStringLiteral("{time} is when an activity starts")))
        << m_view->feedback().toStdString();

    Activity lesson;
    lesson.campId = m_campId;
    lesson.type = ActivityType::Lesson;
    lesson.title = QStringLiteral("Lesson 3");
    lesson.start = QDateTime(QDate(2027, 3, 3), QTime(19, 30));
    lesson.end = lesson.start.addSecs(3600);
    const qint64 lessonId = *workspace().activities().insert(lesson);
    CopyContext context {m_campId, QDate(2027, 3, 3), {}, {}, {}, lessonId};
    auto copied = SpeechCopier::copy(*document(), warmUp, context);
    ASSERT_TRUE(copied.has_value()) << copied.error().message.toStdString();
    EXPECT_TRUE(copied->startsWith(QStringLiteral("Lesson starts at 19:30."))) << copied->toStdString();
}

// A copy that cannot be recorded (the line was deleted elsewhere meanwhile)
// is not on the clipboard either: the crew's counts and rotation know every
// copy made, and the message that says it failed is true.
TEST_P(SpeechViewTest, ACopyThatCannotBeRecordedIsNotOnTheClipboard)
{
    const SpeechTemplate hype = line(QStringLiteral("Hype 1"));
    auto elsewhere = Workspace::open(m_place.address());
    ASSERT_TRUE(elsewhere.has_value()) << elsewhere.error().message.toStdString();
    ASSERT_TRUE((*elsewhere)->speeches().remove(hype.id).has_value());
    QApplication::clipboard()->setText(QStringLiteral("before"));
    const CopyContext context {m_campId, QDate(2027, 3, 3), {}, {}, {}, 0};
    EXPECT_FALSE(SpeechCopier::copy(*document(), hype, context).has_value());
    EXPECT_EQ(QApplication::clipboard()->text(), QStringLiteral("before"));
}

// Before the camp the library fills lines for its first course day ({day}
// and the day's links have values), after it for its last; in it, today.
TEST_P(SpeechViewTest, TheDayDefaultsToTheCampsCourseDays)
{
    auto *date = m_view->findChild<QDateEdit *>(QStringLiteral("speechDate"));
    ASSERT_NE(date, nullptr);
    EXPECT_EQ(date->date(), QDate(2027, 3, 3)) << "in the camp: today";
    m_window->setToday(QDate(2027, 2, 20));
    EXPECT_EQ(date->date(), QDate(2027, 3, 1)) << "before it: its first course day";
    const SpeechTemplate hype = line(QStringLiteral("Hype 1"));
    EXPECT_TRUE(m_view->copySpeech(hype.id));
    EXPECT_TRUE(QApplication::clipboard()->text().startsWith(QStringLiteral("Day 1 ")))
        << QApplication::clipboard()->text().toStdString();
    m_window->setToday(QDate(2027, 4, 2));
    EXPECT_EQ(date->date(), QDate(2027, 3, 21)) << "after it: its last";
}

// One Save of the Camp Variables dialog is one undo step, whatever it
// changed; the document announces the change once; undo puts back every
// value the camp had.
TEST_P(SpeechViewTest, CampVariablesSaveIsOneUndoStep)
{
    const QList<CampVariable> original = document()->campVariables(m_campId).value();
    CampVariablesDialog *dialog = openCampVariables();
    ASSERT_NE(dialog, nullptr);
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("variablesTable"));
    ASSERT_EQ(table->rowCount(), 1);
    table->item(0, 2)->setText(QStringLiteral("https://c.example/y"));
    QPushButton *add = nullptr;
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("Add"))
            add = button;
    }
    ASSERT_NE(add, nullptr);
    QTest::mouseClick(add, Qt::LeftButton);
    ASSERT_EQ(table->rowCount(), 2);
    table->item(1, 0)->setText(QStringLiteral("course_link"));
    static_cast<QSpinBox *>(table->cellWidget(1, 1))->setValue(3);
    table->item(1, 2)->setText(QStringLiteral("https://l.example/3"));

    QSignalSpy changed(document(), &WorkspaceDocument::campVariablesChanged);
    const int steps = document()->undoStack()->index();
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_EQ(document()->undoStack()->index(), steps + 1) << "one step for the whole table";
    EXPECT_EQ(changed.count(), 1);
    const QList<CampVariable> edited {{QStringLiteral("checkin_link"), 0, QStringLiteral("https://c.example/y")},
                                      {QStringLiteral("course_link"), 3, QStringLiteral("https://l.example/3")}};
    EXPECT_EQ(document()->campVariables(m_campId).value(), edited);

    m_window->findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
    EXPECT_EQ(document()->campVariables(m_campId).value(), original);
    m_window->findChild<QAction *>(QStringLiteral("actionRedo"))->trigger();
    EXPECT_EQ(document()->campVariables(m_campId).value(), edited);
}

// Another operator (or the CLI on the same file) adds a variable while the
// table is open. Saving the table would remove it: refused, the dialog stays
// open with what was typed, and their variable joins the table, so the
// second Save keeps it. The undo of that Save is refused once they change
// the set again.
TEST_P(SpeechViewTest, CampVariablesChangedElsewhereAreNotReplacedUnawares)
{
    CampVariablesDialog *dialog = openCampVariables();
    ASSERT_NE(dialog, nullptr);
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("variablesTable"));
    table->item(0, 2)->setText(QStringLiteral("https://c.example/y"));
    auto elsewhere = Workspace::open(m_place.address());
    ASSERT_TRUE(elsewhere.has_value()) << elsewhere.error().message.toStdString();
    const CampVariable theirs {QStringLiteral("guest"), 0, QStringLiteral("王老师")};
    ASSERT_TRUE((*elsewhere)->campVariables().set(m_campId, theirs).has_value());

    const int steps = document()->undoStack()->count();
    QPushButton *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QTest::mouseClick(save, Qt::LeftButton);
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("this camp variable"), Qt::CaseInsensitive))
        << MessageBox::lastText().toStdString();
    EXPECT_TRUE(dialog->isVisible()) << "what was typed is still there";
    EXPECT_EQ(document()->undoStack()->count(), steps);
    ASSERT_EQ(table->rowCount(), 2) << "their variable joined the table";
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("https://c.example/y"));
    EXPECT_EQ(table->item(1, 0)->text(), QStringLiteral("guest"));

    QTest::mouseClick(save, Qt::LeftButton);
    QApplication::processEvents();
    const QList<CampVariable> both {{QStringLiteral("checkin_link"), 0, QStringLiteral("https://c.example/y")}, theirs};
    ASSERT_EQ(valueOf((*elsewhere)->campVariables().list(m_campId)), both) << "the second Save kept theirs";

    const CampVariable changed {QStringLiteral("guest"), 0, QStringLiteral("李老师")};
    ASSERT_TRUE((*elsewhere)->campVariables().set(m_campId, changed).has_value());
    MessageBox::setTestMode(true); // forgets the last message
    m_window->findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
    EXPECT_TRUE(valueOf((*elsewhere)->campVariables().list(m_campId)).contains(changed));
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("this camp variable"), Qt::CaseInsensitive))
        << MessageBox::lastText().toStdString();
}

// A row that cannot be a variable is named and nothing is written: the
// dialog stays open to fix it.
TEST_P(SpeechViewTest, CampVariablesNameTheWrongRowAndWriteNothing)
{
    const QList<CampVariable> original = document()->campVariables(m_campId).value();
    CampVariablesDialog *dialog = openCampVariables();
    ASSERT_NE(dialog, nullptr);
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("variablesTable"));
    table->item(0, 0)->setText(QStringLiteral("two words"));
    const int steps = document()->undoStack()->index();
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    EXPECT_TRUE(MessageBox::lastText().startsWith(QStringLiteral("Row 1: "))) << MessageBox::lastText().toStdString();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(document()->undoStack()->index(), steps);
    EXPECT_EQ(document()->campVariables(m_campId).value(), original);
    dialog->reject();
}

// Variables that cannot be read are reported, not shown as an empty table
// whose Save would remove them all.
TEST_P(SpeechViewTest, UnreadableCampVariablesAreReportedNotShownEmpty)
{
    ASSERT_TRUE(Sql::exec(workspace().database(), QStringLiteral("ALTER TABLE camp_variables RENAME TO hidden")));
    EXPECT_EQ(openCampVariables(), nullptr);
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("camp_variables")))
        << MessageBox::lastText().toStdString();
}

INSTANTIATE_TEST_SUITE_P(Engines, SpeechViewTest, bothEngines(), engineName);

// An edit that could not be saved for a reason that may pass (here a busy
// workspace file the operator chose not to wait for; on a server, a lost
// connection) opens the editor again with what was typed: it closed, and the
// text was gone.
class SpeechViewFileTest : public SpeechViewTest { };

INSTANTIATE_TEST_SUITE_P(File, SpeechViewFileTest, ::testing::Values(Engine::File), engineName);

TEST_P(SpeechViewFileTest, AnEditNotSavedOpensTheEditorAgainWithWhatWasTyped)
{
    const qint64 id = workspace().speeches().list(m_campId)->first().id;
    const QString before = valueOf(workspace().speeches().find(id)).body;
    workspace().setBusyTimeout(50);
    auto other = Workspace::open(m_place.address(), {.create = false, .exclusive = false});
    ASSERT_TRUE(other.has_value());
    QSqlQuery hold((*other)->database());
    ASSERT_TRUE(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));

    m_view->editSpeech(id);
    auto *dialog = m_view->findChildren<SpeechEditorDialog *>(QStringLiteral("SpeechEditorDialog")).last();
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"))->setPlainText(QStringLiteral("Day {day}: typed"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QApplication::processEvents();
    ASSERT_TRUE(hold.exec(QStringLiteral("COMMIT")));
    EXPECT_EQ(valueOf(workspace().speeches().find(id)).body, before) << "nothing was saved";
    const auto editors = m_view->findChildren<SpeechEditorDialog *>(QStringLiteral("SpeechEditorDialog"));
    ASSERT_FALSE(editors.isEmpty());
    SpeechEditorDialog *again = editors.last();
    ASSERT_NE(again, dialog);
    ASSERT_TRUE(again->isVisible()) << "the editor is open again";
    EXPECT_EQ(again->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"))->toPlainText(),
              QStringLiteral("Day {day}: typed"));
    QTest::mouseClick(again->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_EQ(valueOf(workspace().speeches().find(id)).body, QStringLiteral("Day {day}: typed"));
}

// A line's {subgroup} beside its {member} is that member's subgroup: it
// could never be filled in the window. A name no member has (or two have)
// leaves it unfilled, and the line is not copied.
TEST(SpeechSubgroupTest, ALinesSubgroupIsThatOfTheMemberItIsFor)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("subgroup.campdesk"));
    qint64 lineId = 0;
    {
        auto workspace = Workspace::open(path);
        ASSERT_TRUE(workspace.has_value());
        const qint64 camp
            = valueOf((*workspace)
                          ->camps()
                          .insert(Camp::withDefaults(QStringLiteral("晨跑营"), QDate(2027, 3, 1), QDate(2027, 3, 21))));
        const qint64 group = valueOf((*workspace)->subgroups().insert({.campId = camp, .name = QStringLiteral("A组")}));
        Membership membership;
        membership.campId = camp;
        membership.personId = valueOf((*workspace)->people().insert({.displayName = QStringLiteral("林晓雨")}));
        membership.subgroupId = group;
        ASSERT_TRUE((*workspace)->memberships().add(membership).has_value());
        SpeechTemplate cheer;
        cheer.title = QStringLiteral("Subgroup cheer");
        cheer.body = QStringLiteral("{member}，{subgroup}为你加油！");
        cheer.campId = camp;
        lineId = valueOf((*workspace)->speeches().insert(cheer));
    }
    auto window = openWindowOn(path, {.view = QStringLiteral("speech"), .today = QDate(2027, 3, 3)});
    ASSERT_TRUE(window);
    SpeechView *view = window->speechView();
    auto *member = view->findChild<QLineEdit *>(QStringLiteral("speechMember"));
    ASSERT_NE(member, nullptr);
    member->setText(QStringLiteral("林晓雨")); // typed (keyClicks takes Latin letters only)
    ASSERT_TRUE(view->copySpeech(lineId)) << view->feedback().toStdString();
    EXPECT_EQ(QApplication::clipboard()->text(), QStringLiteral("林晓雨，A组为你加油！"));
    member->setText(QStringLiteral("路人甲"));
    EXPECT_FALSE(view->copySpeech(lineId));
    EXPECT_TRUE(view->feedback().contains(QStringLiteral("{subgroup}"))) << view->feedback().toStdString();
}
