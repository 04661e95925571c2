#include "ui/plan/PlanView.h"

#include "core/Workspace.h"
#include "core/domain/ActivityRepository.h"
#include "core/domain/CampRepository.h"
#include "core/plan/ActivityFilter.h"
#include "core/plan/CampPlanner.h"
#include "core/plan/PlanTemplateLibrary.h"
#include "core/plan/PlanTemplateRepository.h"
#include "core/speech/SpeechRepository.h"
#include "core/storage/SqlQuery.h"
#include "tests/support/EngineWorkspace.h"
#include "tests/support/Processes.h"
#include "tests/support/TempWorkspace.h"
#include "tests/support/ValueOf.h"
#include "tests/support/WindowOnView.h"
#include "tests/support/WorkspaceDocumentTestAccess.h"
#include "ui/FileDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/WorkspaceDocument.h"
#include "ui/dialogs/ActivityDialog.h"
#include "ui/dialogs/DuplicateCampDialog.h"
#include "ui/dialogs/NewPlannedCampDialog.h"
#include "ui/plan/AgendaModel.h"
#include "ui/plan/CalendarView.h"
#include "ui/plan/MonthView.h"
#include "ui/plan/WeekView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMouseEvent>
#include <QProcess>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

namespace {

// A drag the way a mouse does it: press, several moves with the button held, release.
void drag(QWidget *widget, QPoint from, QPoint to, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::mousePress(widget, Qt::LeftButton, modifiers, from);
    constexpr int Steps = 6;
    for (int step = 1; step <= Steps; ++step) {
        const QPoint position = from + (to - from) * step / Steps;
        QMouseEvent move(QEvent::MouseMove, position, widget->mapToGlobal(position), Qt::NoButton, Qt::LeftButton,
                         modifiers);
        QApplication::sendEvent(widget, &move);
    }
    QTest::mouseRelease(widget, Qt::LeftButton, modifiers, to);
}

} // namespace

class PlanViewTest : public ::testing::TestWithParam<Engine> {
protected:
    void SetUp() override
    {
        if (auto reason = m_place.skipReason())
            GTEST_SKIP() << *reason;
        const QString path = m_place.address();
        {
            auto workspace = Workspace::open(path);
            ASSERT_TRUE(workspace.has_value());
            const PlanTemplate plan = PlanTemplateLibrary::builtIn().first();
            PlanParameters parameters = plan.defaultParameters(QDate(2027, 3, 1), QStringLiteral("en")); // a Monday
            parameters.courseDays = 14;
            auto campId = CampPlanner::createCampWithPlan(
                **workspace, CampPlanner::campFor(QStringLiteral("Spring camp"), parameters), *plan.expand(parameters));
            ASSERT_TRUE(campId.has_value());
            m_campId = *campId;
        }
        m_window = openWindowOn(path, {.view = QStringLiteral("calendar-month"), .today = QDate(2027, 3, 3)});
        ASSERT_TRUE(m_window);
        m_plan = m_window->planView();
        m_plan->setDate(QDate(2027, 3, 1));
        QApplication::processEvents();
    }

    void TearDown() override { m_window.reset(); }

    WorkspaceDocument *document() const { return m_window->document(); }
    // Behind the document: what a test checks was written, or sets up.
    Workspace &workspace() const { return WorkspaceDocumentTestAccess::workspace(*document()); }
    QUndoStack *stack() const { return document()->undoStack(); }

    Activity only(const QString &templateKey) const
    {
        QList<Activity> found;
        for (const Activity &activity : valueOf(document()->activities(m_campId))) {
            if (activity.templateKey == templateKey)
                found << activity;
        }
        EXPECT_EQ(found.size(), 1) << templateKey.toStdString();
        return found.value(0);
    }

    void trigger(const char *name) const
    {
        auto *action = m_window->findChild<QAction *>(QLatin1String(name));
        ASSERT_NE(action, nullptr) << name;
        ASSERT_TRUE(action->isEnabled()) << name;
        action->trigger();
    }

    TempDir m_dir;
    EngineWorkspace m_place {GetParam()};
    qint64 m_campId = 0;
    std::unique_ptr<MainWindow> m_window;
    PlanView *m_plan = nullptr;
};

TEST_P(PlanViewTest, DragInMonthViewReschedulesAndUndoes)
{
    MonthView *month = m_plan->monthView();
    const Activity opening = only(QStringLiteral("opening-ceremony"));
    const QRect chip = month->chipRect(opening.id);
    ASSERT_FALSE(chip.isEmpty()) << "the opening ceremony is visible in its crowded day";
    const QRect target = month->cellRect(QDate(2027, 3, 3));
    drag(month, chip.center(), target.center());

    const Activity moved = *document()->activity(opening.id);
    EXPECT_EQ(moved.start, wallClock(QDate(2027, 3, 3), QTime(20, 0)));
    EXPECT_EQ(moved.end, wallClock(QDate(2027, 3, 3), QTime(21, 30)));
    EXPECT_TRUE(stack()->undoText().contains(opening.title));

    trigger("actionUndo");
    EXPECT_EQ(document()->activity(opening.id)->start, opening.start);
    trigger("actionRedo");
    EXPECT_EQ(document()->activity(opening.id)->start, moved.start);
}

TEST_P(PlanViewTest, CtrlDragCopies)
{
    MonthView *month = m_plan->monthView();
    Activity opening = only(QStringLiteral("opening-ceremony"));
    ASSERT_FALSE(opening.checklist.isEmpty());
    // Done, every item ticked: the copy is to be done again.
    opening.status = ActivityStatus::Done;
    for (ChecklistItem &item : opening.checklist)
        item.done = true;
    ASSERT_TRUE(workspace().activities().update(opening).has_value());
    const qsizetype before = valueOf(document()->activities(m_campId)).size();
    drag(month, month->chipRect(opening.id).center(), month->cellRect(QDate(2027, 3, 5)).center(), Qt::ControlModifier);
    EXPECT_EQ(valueOf(document()->activities(m_campId)).size(), before + 1);
    EXPECT_EQ(document()->activity(opening.id)->start, opening.start) << "the original stays";
    int copies = 0;
    for (const Activity &activity : valueOf(document()->activities(m_campId))) {
        if (activity.title == opening.title && activity.start == wallClock(QDate(2027, 3, 5), QTime(20, 0))) {
            ++copies;
            EXPECT_EQ(activity.status, ActivityStatus::Planned);
            for (const ChecklistItem &item : activity.checklist)
                EXPECT_FALSE(item.done) << item.text.toStdString() << " was copied ticked";
        }
    }
    EXPECT_EQ(copies, 1);
    stack()->undo();
    EXPECT_EQ(valueOf(document()->activities(m_campId)).size(), before);
}

TEST_P(PlanViewTest, DragInWeekViewChangesDayAndTime)
{
    m_window->showView(QStringLiteral("calendar-week"));
    m_plan->setDate(QDate(2027, 3, 1));
    QApplication::processEvents();
    WeekView *week = m_plan->weekView();
    const Activity opening = only(QStringLiteral("opening-ceremony"));
    const QRect chip = week->chipRect(opening.id);
    ASSERT_FALSE(chip.isEmpty());
    // One column to the right and one hour earlier.
    const int dx = week->columnLeft(1) - week->columnLeft(0);
    const int dy = week->yForMinutes(19 * 60) - week->yForMinutes(20 * 60);
    const QPoint from = chip.topLeft() + QPoint(10, 5);
    drag(week, from, from + QPoint(dx, dy));
    EXPECT_EQ(document()->activity(opening.id)->start, wallClock(QDate(2027, 3, 2), QTime(19, 0)));
    stack()->undo();
    EXPECT_EQ(document()->activity(opening.id)->start, opening.start);
}

TEST_P(PlanViewTest, KeyboardSelectsAndDeletes)
{
    MonthView *month = m_plan->monthView();
    const Activity opening = only(QStringLiteral("opening-ceremony"));
    QTest::mouseClick(month, Qt::LeftButton, Qt::NoModifier, month->chipRect(opening.id).center());
    EXPECT_EQ(month->selectedActivityId(), opening.id);
    QTest::keyClick(month, Qt::Key_Right);
    EXPECT_NE(month->selectedActivityId(), opening.id);
    QTest::keyClick(month, Qt::Key_Left);
    EXPECT_EQ(month->selectedActivityId(), opening.id);
    QTest::keyClick(month, Qt::Key_Delete);
    EXPECT_FALSE(document()->activity(opening.id).has_value());
    trigger("actionUndo");
    ASSERT_TRUE(document()->activity(opening.id).has_value()) << "restored under its id";
    EXPECT_EQ(*document()->activity(opening.id), opening);
}

TEST_P(PlanViewTest, DoubleClickEditsInTheDialog)
{
    MonthView *month = m_plan->monthView();
    const Activity opening = only(QStringLiteral("opening-ceremony"));
    QTest::mouseDClick(month, Qt::LeftButton, Qt::NoModifier, month->chipRect(opening.id).center());
    auto *dialog = m_plan->findChild<ActivityDialog *>(QStringLiteral("ActivityDialog"));
    ASSERT_NE(dialog, nullptr);
    auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Grand opening"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    EXPECT_EQ(document()->activity(opening.id)->title, QStringLiteral("Grand opening"));
    stack()->undo();
    EXPECT_EQ(document()->activity(opening.id)->title, opening.title);
}

TEST_P(PlanViewTest, AgendaTicksDoneAndPassesTheModelTester)
{
    m_window->showView(QStringLiteral("agenda"));
    QTreeView *agenda = m_plan->agendaView();
    QAbstractItemModelTester tester(agenda->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *model = static_cast<AgendaModel *>(agenda->model());
    const Activity opening = only(QStringLiteral("opening-ceremony"));
    const QModelIndex index = model->indexOfActivity(opening.id);
    ASSERT_TRUE(index.isValid());
    EXPECT_EQ(index.parent().data(AgendaModel::DateRole).toDate(), QDate(2027, 3, 1));
    agenda->scrollTo(index);
    const QRect rect = agenda->visualRect(index);
    // Click the check box at the start of the row.
    const QPoint box(rect.left() + agenda->style()->pixelMetric(QStyle::PM_IndicatorWidth) / 2 + 4, rect.center().y());
    QTest::mouseClick(agenda->viewport(), Qt::LeftButton, Qt::NoModifier, box);
    EXPECT_EQ(document()->activity(opening.id)->status, ActivityStatus::Done);
    stack()->undo();
    EXPECT_EQ(document()->activity(opening.id)->status, ActivityStatus::Planned);
}

TEST_P(PlanViewTest, FiltersNarrowEveryView)
{
    auto *types = m_plan->findChild<QComboBox *>(QStringLiteral("typeFilter"));
    types->setCurrentIndex(types->findData(int(ActivityType::OpeningCeremony)));
    const Activity opening = only(QStringLiteral("opening-ceremony"));
    EXPECT_FALSE(m_plan->monthView()->chipRect(opening.id).isEmpty());
    const Activity announcement = valueOf(document()->activities(m_campId)).first();
    EXPECT_TRUE(m_plan->monthView()->chipRect(announcement.id).isEmpty());
    auto *model = m_plan->agendaView()->model();
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->rowCount(model->index(0, 0)), 1);

    types->setCurrentIndex(0);
    auto *search = m_plan->findChild<QLineEdit *>(QStringLiteral("planSearch"));
    QTest::keyClicks(search, QStringLiteral("digest of day 3"));
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->index(0, 0, model->index(0, 0)).data().toString(), QStringLiteral("Digest of day 3"));
}

TEST_P(PlanViewTest, NewCampFromTemplateShowsAPreviewAndIsOneUndoStep)
{
    trigger("actionNewPlannedCamp");
    auto *dialog = m_window->findChild<NewPlannedCampDialog *>(QStringLiteral("NewPlannedCampDialog"));
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Autumn camp"));
    dialog->findChild<QDateEdit *>(QStringLiteral("firstDayEdit"))->setDate(QDate(2027, 9, 6));
    const qsizetype withGames = dialog->activities().size();
    dialog->findChild<QAbstractButton *>(QStringLiteral("optional-game"))->click();
    EXPECT_EQ(dialog->activities().size(), withGames - 3) << "21 days hold three games";
    auto *preview = dialog->findChild<QTreeWidget *>(QStringLiteral("previewTree"));
    EXPECT_GT(preview->topLevelItemCount(), 21);
    const qsizetype planned = dialog->activities().size();
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    const qint64 created = m_window->currentCampId();
    ASSERT_NE(created, m_campId);
    EXPECT_EQ(document()->camp(created)->name, QStringLiteral("Autumn camp"));
    EXPECT_EQ(valueOf(document()->activities(created)).size(), planned);
    EXPECT_EQ(m_plan->mode(), PlanView::Mode::Month);

    trigger("actionUndo");
    EXPECT_FALSE(document()->camp(created).has_value());
    trigger("actionRedo");
    ASSERT_TRUE(document()->camp(created).has_value());
    EXPECT_EQ(valueOf(document()->activities(created)).size(), planned);
}

TEST_P(PlanViewTest, DuplicateAndSaveAsTemplate)
{
    trigger("actionDuplicateCamp");
    auto *duplicate = m_window->findChild<DuplicateCampDialog *>(QStringLiteral("DuplicateCampDialog"));
    ASSERT_NE(duplicate, nullptr);
    duplicate->findChild<QDateEdit *>(QStringLiteral("firstDayEdit"))->setDate(QDate(2027, 5, 3));
    duplicate->accept();
    const qint64 copy = m_window->currentCampId();
    ASSERT_NE(copy, m_campId);
    EXPECT_EQ(document()->camp(copy)->courseStart, QDate(2027, 5, 3));
    EXPECT_EQ(valueOf(document()->activities(copy)).size(), valueOf(document()->activities(m_campId)).size());

    trigger("actionSavePlanTemplate");
    auto *input = m_window->findChild<QInputDialog *>(QStringLiteral("savePlanTemplateDialog"));
    ASSERT_NE(input, nullptr);
    input->setTextValue(QStringLiteral("Our spring plan"));
    input->accept();
    auto saved = workspace().planTemplates().list();
    ASSERT_TRUE(saved.has_value());
    ASSERT_EQ(saved->size(), 1);
    EXPECT_EQ(saved->first().name.english, QStringLiteral("Our spring plan"));
}

TEST_P(PlanViewTest, ExportsCalendarAndRunSheet)
{
    const QString ics = m_dir.path(QStringLiteral("spring.ics"));
    FileDialog::setNextFileName(ics);
    trigger("actionExportIcs");
    const QByteArray calendar = readAll(ics);
    EXPECT_EQ(calendar.count("BEGIN:VEVENT"), valueOf(document()->activities(m_campId)).size());
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(QStringLiteral("saved to")))
        << "an export is confirmed: " << m_window->statusBar()->currentMessage().toStdString();

    const Activity opening = only(QStringLiteral("opening-ceremony"));
    QTest::mouseClick(m_plan->monthView(), Qt::LeftButton, Qt::NoModifier,
                      m_plan->monthView()->chipRect(opening.id).center());
    const QString pdf = m_dir.path(QStringLiteral("run-sheet.pdf"));
    FileDialog::setNextFileName(pdf);
    trigger("actionSaveRunSheet");
    ASSERT_TRUE(QFile::exists(pdf));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(pdftotext.waitForFinished(60000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    EXPECT_TRUE(text.contains(QStringLiteral("Run sheet"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Spring camp")));
    EXPECT_TRUE(text.contains(QStringLiteral("Opening ceremony")));
    EXPECT_TRUE(text.contains(QStringLiteral("Day 1 announcement")));
    EXPECT_TRUE(text.contains(QStringLiteral("Course day 1")));
    EXPECT_FALSE(text.contains(QStringLiteral("Day 2 announcement"))) << "only the chosen day";
    // Each line of a cell on a line of its own: they ran together.
    EXPECT_FALSE(text.contains(QStringLiteral("announcementAnnouncement"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("highlights□"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("□ Team speech"))) << text.toStdString();
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(QStringLiteral("Run sheet saved to")));

    // Readable on paper: A4 or Letter, text no smaller than 7 pt, and the
    // table across the page (the first run sheets filled 2 cm in 1–2 pt).
    const PdfLayout layout = pdfLayout(pdf);
    ASSERT_EQ(layout.pages, 1);
    const double width = layout.pageSize.width();
    EXPECT_TRUE(qAbs(width - 595) < 2 || qAbs(width - 612) < 2) << width;
    double left = width;
    double right = 0;
    for (const PdfWord &word : layout.words) {
        EXPECT_GE(word.box.height(), 7.0) << "a word's height in points: " << word.text.toStdString();
        left = std::min(left, word.box.left());
        right = std::max(right, word.box.right());
    }
    const qsizetype words = layout.words.size();
    EXPECT_GT(words, 10);
    EXPECT_GT(right - left, width * 0.6) << "the text spans the page";
}

// An activity whose time a damaged workspace holds unreadable is listed in
// the agenda under a heading that says so, and the run sheet and calendar
// are refused naming it: left out, the sheet would be short without a word.
TEST_P(PlanViewTest, AnActivityWhoseTimeCannotBeReadIsListedAndNamedByTheRunSheet)
{
    const Activity opening = only(QStringLiteral("opening-ceremony"));
    ASSERT_TRUE(Sql::exec(workspace().database(), QStringLiteral("UPDATE activities SET starts_at = ? WHERE id = ?"),
                          {QStringLiteral("0000-00-00 00:00"), opening.id})
                    .has_value());
    Q_EMIT document()->activitiesChanged(m_campId); // as a change made elsewhere is followed
    m_window->showView(QStringLiteral("agenda"));
    auto *model = static_cast<AgendaModel *>(m_plan->agendaView()->model());
    const QModelIndex index = model->indexOfActivity(opening.id);
    ASSERT_TRUE(index.isValid());
    EXPECT_EQ(index.parent().data().toString(), QStringLiteral("Time cannot be read"));

    m_window->showView(QStringLiteral("calendar-month"));
    // Said before a file is asked for: no file name is given here.
    for (const auto &[action, whatAgain] :
         {std::pair("actionSaveRunSheet", "make the run sheet again"), std::pair("actionExportIcs", "export again")}) {
        trigger(action);
        EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("(activity %1)").arg(opening.id)))
            << action << ": " << MessageBox::lastText().toStdString();
        EXPECT_TRUE(MessageBox::lastText().contains(QLatin1String(whatAgain))) << action;
    }
}

// A calendar or run sheet is made of the plan as stored when it is made:
// one the workspace cannot give (here its activities' table is gone) is
// refused, saying why, not written empty ("Calendar of 0 activities").
TEST_P(PlanViewTest, AnExportOfAPlanThatCannotBeReadIsRefused)
{
    MessageBox::setTestMode(true);
    ASSERT_TRUE(
        Sql::exec(workspace().database(), QStringLiteral("ALTER TABLE activities RENAME TO hidden")).has_value());
    const QString ics = m_dir.path(QStringLiteral("unread.ics"));
    const QString sheet = m_dir.path(QStringLiteral("unread.pdf"));
    for (const auto &[action, file] : {std::pair("actionExportIcs", ics), std::pair("actionSaveRunSheet", sheet)}) {
        MessageBox::setTestMode(true); // each export's own message
        FileDialog::setNextFileName(file);
        trigger(action);
        EXPECT_FALSE(MessageBox::lastText().isEmpty()) << action;
        EXPECT_FALSE(QFileInfo::exists(file)) << action << ": " << MessageBox::lastText().toStdString();
        EXPECT_FALSE(m_window->statusBar()->currentMessage().contains(QStringLiteral("saved")))
            << m_window->statusBar()->currentMessage().toStdString();
    }
    ASSERT_TRUE(
        Sql::exec(workspace().database(), QStringLiteral("ALTER TABLE hidden RENAME TO activities")).has_value());
}

// The calendar and the run sheet are refused, before anything is written,
// when the chosen file is the open workspace or its journal: the message
// names it, and the workspace goes on working.
TEST_P(PlanViewTest, ExportsToTheOpenWorkspaceAreRefused)
{
    const QString file = document()->fileName();
    const qint64 size = QFileInfo(file).size();
    for (const QString &target : QStringList {file, file + QStringLiteral("-wal")}) {
        for (const char *action : {"actionExportIcs", "actionSaveRunSheet"}) {
            FileDialog::setNextFileName(target);
            trigger(action);
            EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("Nothing was written")))
                << action << ": " << MessageBox::lastText().toStdString();
            EXPECT_TRUE(MessageBox::lastText().contains(QFileInfo(target).fileName())) << action;
        }
    }
    EXPECT_EQ(QFileInfo(file).size(), size);
    const auto camps = workspace().camps().list();
    ASSERT_TRUE(camps.has_value()) << camps.error().message.toStdString();
    EXPECT_EQ(camps->size(), 1);
}

TEST_P(PlanViewTest, ActivityCopiesItsPreparedTextForItsDay)
{
    const QList<SpeechTemplate> speeches = *workspace().speeches().list(m_campId);
    qint64 script = 0;
    for (const SpeechTemplate &speech : speeches) {
        if (speech.title == QStringLiteral("Opening ceremony script"))
            script = speech.id;
    }
    ASSERT_NE(script, 0);
    const Activity seen = only(QStringLiteral("opening-ceremony"));
    Activity opening = seen;
    opening.speechTemplateId = script;
    ASSERT_TRUE(document()->writeActivity(opening, seen).has_value());
    QApplication::processEvents();

    QApplication::clipboard()->setText(QStringLiteral("before"));
    MonthView *month = m_plan->monthView();
    const QRect chip = month->chipRect(opening.id);
    QTest::mouseClick(month, Qt::LeftButton, Qt::NoModifier, QPoint(chip.right() - 6, chip.center().y()));
    EXPECT_TRUE(QApplication::clipboard()->text().startsWith(
        QStringLiteral("🎉 Welcome to the opening ceremony of Spring camp!")))
        << QApplication::clipboard()->text().toStdString();
    EXPECT_EQ(workspace().speeches().find(script)->useCount, 1);

    // The agenda offers the same copy in its "Prepared text" column.
    m_window->showView(QStringLiteral("agenda"));
    QApplication::clipboard()->setText(QStringLiteral("before"));
    QTreeView *agenda = m_plan->agendaView();
    auto *model = static_cast<AgendaModel *>(agenda->model());
    const QModelIndex index = model->indexOfActivity(opening.id).siblingAtColumn(AgendaModel::TextColumn);
    agenda->scrollTo(index);
    QTest::mouseClick(agenda->viewport(), Qt::LeftButton, Qt::NoModifier, agenda->visualRect(index).center());
    EXPECT_TRUE(QApplication::clipboard()->text().contains(QStringLiteral("Spring camp")));
    EXPECT_EQ(workspace().speeches().find(script)->useCount, 2);
}

// A crowded day cell keeps what members take part in: the daily check-in
// and the lesson stay, announcements and digests go under "+N more" (the
// check-in was always hidden under it once).
TEST_P(PlanViewTest, MonthViewKeepsCheckInsAndLessonsWhenADayIsFull)
{
    MonthView *month = m_plan->monthView();
    // At the usual size every day's check-in shows.
    for (const Activity &activity : valueOf(document()->activities(m_campId))) {
        if (activity.type == ActivityType::CheckIn && activity.start.date().month() == 3) {
            EXPECT_FALSE(month->chipRect(activity.id).isEmpty()) << activity.title.toStdString();
        }
    }
    m_window->resize(1000, 560); // small cells: a few chips each
    QApplication::processEvents();
    int crowded = 0;
    QHash<QDate, QList<Activity>> byDay;
    for (const Activity &activity : valueOf(document()->activities(m_campId)))
        byDay[activity.start.date()].append(activity);
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
        const auto shown = [month](const Activity &activity) { return !month->chipRect(activity.id).isEmpty(); };
        const bool anyHidden = std::any_of(it.value().cbegin(), it.value().cend(),
                                           [&shown](const Activity &activity) { return !shown(activity); });
        if (!anyHidden || it.key().month() != 3)
            continue;
        ++crowded;
        for (const Activity &activity : it.value()) {
            if (shown(activity))
                continue;
            // Nothing hidden outranks something shown that day.
            for (const Activity &other : it.value()) {
                if (shown(other)) {
                    EXPECT_LE(CalendarMath::prominence(activity.type), CalendarMath::prominence(other.type))
                        << activity.title.toStdString() << " hidden while " << other.title.toStdString() << " shows";
                }
            }
        }
    }
    EXPECT_GT(crowded, 5) << "the window was meant to be small enough to crowd the cells";
}

// A chip's title breaks between words; a word too wide for the chip is cut
// with "…", never broken in two, and the last line ends what does not fit.
TEST(CalendarChipTest, TitlesBreakBetweenWords)
{
    const QFont font = QApplication::font();
    const QFontMetrics metrics(font);
    const int width = metrics.horizontalAdvance(QStringLiteral("Evening")) + 2;
    const QStringList lines = CalendarView::titleLines(QStringLiteral("Evening interaction time"), font, width, 3);
    EXPECT_EQ(lines,
              (QStringList {QStringLiteral("Evening"),
                            metrics.elidedText(QStringLiteral("interaction"), Qt::ElideRight, width),
                            QStringLiteral("time")}));
    EXPECT_EQ(CalendarView::titleLines(QStringLiteral("Evening interaction time"), font, width, 1),
              QStringList {metrics.elidedText(QStringLiteral("Evening interaction time"), Qt::ElideRight, width)});
    const QStringList chinese = CalendarView::titleLines(QStringLiteral("第6天晚间互动"), font,
                                                         metrics.horizontalAdvance(QStringLiteral("第6天晚")), 2);
    EXPECT_EQ(chinese.join(QString()), QStringLiteral("第6天晚间互动")) << "Chinese breaks between characters";
}

INSTANTIATE_TEST_SUITE_P(Engines, PlanViewTest, bothEngines(), engineName);
