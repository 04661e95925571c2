#include "ui/review/ReviewView.h"

#include "core/Workspace.h"
#include "core/io/DataTable.h"
#include "core/review/ActivityReviewRepository.h"
#include "core/review/ReviewHeadline.h"
#include "demo/DemoWorkspace.h"
#include "tests/support/EngineWorkspace.h"
#include "tests/support/Processes.h"
#include "tests/support/ReviewFixture.h"
#include "tests/support/ValueOf.h"
#include "tests/support/WindowOnView.h"
#include "ui/FileDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/WorkspaceDocument.h"
#include "ui/capture/CheckInGridModel.h"
#include "ui/capture/ParticipationView.h"
#include "ui/commands/CampCommands.h"
#include "ui/commands/CaptureCommands.h"
#include "ui/dialogs/ActivityDialog.h"
#include "ui/plan/MonthView.h"
#include "ui/plan/PlanView.h"
#include "ui/review/ActivityReviewDialog.h"
#include "ui/review/MemberStripWidget.h"
#include "ui/review/ReviewChartView.h"
#include "ui/review/ReviewCharts.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScatterSeries>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

class ReviewViewTest : public ::testing::TestWithParam<Engine> {
protected:
    void SetUp() override
    {
        if (auto reason = m_place.skipReason())
            GTEST_SKIP() << *reason;
        m_fixture = std::make_unique<ReviewFixture>(m_place.address());
        m_fixture->close();
        m_window = openWindowOn(m_fixture->path(),
                                {.view = QStringLiteral("review"),
                                 .today = QDate(2027, 3, 7), // the fixture's wrap-up day
                                 .size = QSize(1400, 900)});
        ASSERT_TRUE(m_window);
        QApplication::processEvents();
        m_view = m_window->reviewView();
        ASSERT_EQ(m_view->campId(), m_fixture->campId());
    }

    void TearDown() override { m_window.reset(); }

    // Clicks the centre of bar `index` (in the chart's category order) of
    // the chart's first bar set, upright or lying down.
    void clickBar(ReviewChart kind, int index)
    {
        ReviewChartView *view = m_view->chartView(kind);
        QChart *chart = view->chart();
        QAbstractBarSeries *bars = nullptr;
        for (QAbstractSeries *series : chart->series()) {
            if (auto *found = qobject_cast<QAbstractBarSeries *>(series))
                bars = found;
        }
        ASSERT_NE(bars, nullptr);
        // Bars of a two-set series sit either side of the category's centre.
        const qreal offset = bars->count() > 1 ? -0.2 : 0.0;
        const qreal value = std::max(bars->barSets().first()->at(index) / 2, 0.2);
        const bool lying = bars->type() == QAbstractSeries::SeriesTypeHorizontalBar;
        const QPointF position = lying ? QPointF(value, index + offset) : QPointF(index + offset, value);
        const QPointF scene = chart->mapToPosition(position, bars);
        const QPoint point = view->mapFromScene(chart->mapToScene(scene));
        QTest::mouseMove(view->viewport(), point);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
        QApplication::processEvents();
    }

    // The category index of the activity chart's first (top) bar: a chart
    // lying down draws its first category at the bottom.
    int firstActivityBar() const
    {
        for (QAbstractSeries *series : m_view->chartView(ReviewChart::Activities)->chart()->series()) {
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
                return bars->barSets().first()->count() - 1;
        }
        return -1;
    }

    // Writes a review of the first sharing session through its dialog (no
    // notes yet), leaves the session selected and gives the review's id.
    qint64 reviewOfTheFirstSharing()
    {
        MessageBox::setTestMode(true);
        clickBar(ReviewChart::Activities, firstActivityBar());
        QTest::mouseClick(m_view->reviewButton(), Qt::LeftButton);
        auto *dialog = m_window->findChild<ActivityReviewDialog *>();
        if (dialog == nullptr)
            return 0;
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QApplication::processEvents();
        const QList<ActivityReview> written = valueOf(m_window->document()->reviews(m_fixture->campId()));
        return written.size() == 1 ? written.first().id : 0;
    }

    EngineWorkspace m_place {GetParam()};
    std::unique_ptr<ReviewFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    ReviewView *m_view = nullptr;
};

TEST_P(ReviewViewTest, DashboardShowsTheCampAgainstItsTarget)
{
    const ReviewSeries &series = m_view->series();
    ASSERT_EQ(series.days.size(), 7);
    EXPECT_EQ(series.daysBelowTarget, QList<QDate> {QDate(2027, 3, 6)});
    const QString summary = m_view->findChild<QLabel *>(QStringLiteral("reviewSummary"))->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("1 course day"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("61.9 %"))) << summary.toStdString();
    for (ReviewChart kind : ReviewTables::charts())
        EXPECT_FALSE(m_view->chartView(kind)->chart()->series().isEmpty()) << int(kind);
    EXPECT_EQ(m_view->silentTable()->rowCount(), 2);
    EXPECT_EQ(m_view->silentTable()->item(0, 0)->text(), QStringLiteral("方圆"));
    EXPECT_EQ(m_view->leaderboard()->item(0, 0)->text(), QStringLiteral("安然"));
}

// A target of 66.7 % is 66.7 % everywhere: typed in the overview it is kept
// (a box of whole numbers wrote 67 back), and the chart's target line says it.
TEST_P(ReviewViewTest, ATargetKeepsItsDecimalOnEveryScreen)
{
    ASSERT_TRUE(m_window->showView(QStringLiteral("overview")));
    auto *edit = m_window->findChild<QDoubleSpinBox *>(QStringLiteral("targetCheckinRateEdit"));
    ASSERT_NE(edit, nullptr);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("66.7"));
    QTest::keyClick(edit, Qt::Key_Return);
    const std::optional<Camp> camp = m_window->document()->camp(m_fixture->campId());
    ASSERT_TRUE(camp.has_value());
    EXPECT_DOUBLE_EQ(camp->targetCheckinRate, 66.7);
    // 66.67 % (set from the command line, say) shows as 66.7 %; leaving the
    // box as shown keeps 66.67.
    Camp finer = *camp;
    finer.targetActiveRate = 66.67;
    m_window->document()->undoStack()->push(new EditCampCommand(m_window->document(), *camp, finer, QString()));
    auto *active = m_window->findChild<QDoubleSpinBox *>(QStringLiteral("targetActiveRateEdit"));
    ASSERT_NE(active, nullptr);
    EXPECT_EQ(active->text(), QStringLiteral("66.7 %"));
    active->setFocus();
    QTest::keyClick(active, Qt::Key_Return);
    EXPECT_DOUBLE_EQ(m_window->document()->camp(m_fixture->campId())->targetActiveRate, 66.67);
    ASSERT_TRUE(m_window->showView(QStringLiteral("review")));
    QApplication::processEvents();
    QStringList names;
    for (QAbstractSeries *series : m_view->chartView(ReviewChart::CheckIns)->chart()->series())
        names << series->name();
    EXPECT_TRUE(names.contains(QStringLiteral("Target 66.7 %"))) << names.join(u'|').toStdString();
}

TEST_P(ReviewViewTest, ClickingABarDrillsIntoTheMembersBehindIt)
{
    // Course day 4 (6 March) is the fourth check-in bar: 2 of 5 checked in.
    clickBar(ReviewChart::CheckIns, 3);
    EXPECT_TRUE(m_view->detailTitle()->text().contains(QStringLiteral("2 of 5 members active")))
        << m_view->detailTitle()->text().toStdString();
    ASSERT_EQ(m_view->details()->rowCount(), 5);
    EXPECT_EQ(m_view->details()->item(0, 1)->text(), QStringLiteral("silent")) << "the silent come first";
    EXPECT_FALSE(m_view->chartView(ReviewChart::CheckIns)->lastHoverText().isEmpty()) << "hovering shows the figures";

    // Selecting a member shows their days.
    m_view->details()->setCurrentCell(0, 0);
    EXPECT_EQ(m_view->strip()->days().size(), 7);
}

// The active-rate chart's tooltip names a preparation day as such, never
// "course day -1".
TEST_P(ReviewViewTest, AChartsTooltipNamesThePartOfTheCamp)
{
    ReviewChartView *view = m_view->chartView(ReviewChart::ActiveRate);
    QScatterSeries *points = nullptr;
    for (QAbstractSeries *series : view->chart()->series()) {
        if (auto *scatter = qobject_cast<QScatterSeries *>(series))
            points = points ? points : scatter;
    }
    ASSERT_NE(points, nullptr);
    const QList<QDate> days = view->chartData().days;
    const int course = int(days.indexOf(QDate(2027, 3, 3))); // the fixture's first course day
    ASSERT_GT(course, 0) << "the fixture's chart begins before its first course day";
    Q_EMIT points->hovered(QPointF(course - 1, 0), true);
    EXPECT_TRUE(view->lastHoverText().contains(QStringLiteral("(Preparation)"))) << view->lastHoverText().toStdString();
    EXPECT_FALSE(view->lastHoverText().contains(QStringLiteral("course day"))) << view->lastHoverText().toStdString();
    Q_EMIT points->hovered(QPointF(course, 0), true);
    EXPECT_TRUE(view->lastHoverText().contains(QStringLiteral("(Course day 1)")))
        << view->lastHoverText().toStdString();
}

TEST_P(ReviewViewTest, FiltersRecomputeTheFigures)
{
    EXPECT_EQ(m_view->series().days.at(2).members, 5);
    auto *staff = m_view->findChild<QCheckBox *>(QStringLiteral("reviewIncludeStaff"));
    QTest::mouseClick(staff, Qt::LeftButton, {}, QPoint(8, staff->height() / 2));
    EXPECT_TRUE(staff->isChecked());
    EXPECT_EQ(m_view->series().days.at(2).members, 6);

    auto *subgroup = m_view->findChild<QComboBox *>(QStringLiteral("reviewSubgroup"));
    subgroup->setCurrentIndex(subgroup->findText(QStringLiteral("G2")));
    EXPECT_EQ(m_view->series().memberCount, 3);
    EXPECT_EQ(m_view->series().subgroups.size(), 1);
}

TEST_P(ReviewViewTest, SilentMemberGetsANudgeOnTheClipboard)
{
    m_view->sideTabs()->setCurrentIndex(1);
    m_view->silentTable()->setCurrentCell(0, 0);
    auto *nudge = m_view->findChild<QPushButton *>(QStringLiteral("reviewCopyNudge"));
    const QPoint before = nudge->mapTo(m_window.get(), QPoint(0, 0));
    QTest::mouseClick(nudge, Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_EQ(nudge->mapTo(m_window.get(), QPoint(0, 0)), before) << "the button stays where the pointer is";
    const QString copied = QGuiApplication::clipboard()->text();
    EXPECT_TRUE(copied.contains(QStringLiteral("@方圆"))) << copied.toStdString();
    // 方圆 never spoke: a nudge tagged for long silences ("in a while").
    EXPECT_TRUE(copied.contains(QStringLiteral("in a while")) || copied.contains(QStringLiteral("getting in the way")))
        << copied.toStdString();
    EXPECT_TRUE(m_view->feedback()->text().contains(copied.left(5)));
}

TEST_P(ReviewViewTest, WritingAReviewOfASharingSessionIsOneUndoStep)
{
    // The top activity bar is the first sharing session: two took part.
    clickBar(ReviewChart::Activities, firstActivityBar());
    EXPECT_EQ(m_view->details()->rowCount(), 2);
    ASSERT_TRUE(m_view->reviewButton()->isEnabled());
    QTest::mouseClick(m_view->reviewButton(), Qt::LeftButton);
    auto *dialog = m_window->findChild<ActivityReviewDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->figuresText().contains(QStringLiteral("2 of 5 members")))
        << dialog->figuresText().toStdString();
    QTest::keyClicks(dialog->wentWell(), QStringLiteral("Guest was well prepared"));
    QTest::keyClicks(dialog->actions(), QStringLiteral("Announce a day earlier"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QApplication::processEvents();

    const QList<ActivityReview> reviews
        = m_window->document()->reviews(m_fixture->campId()).value_or(QList<ActivityReview> {});
    ASSERT_EQ(reviews.size(), 1);
    EXPECT_EQ(reviews.first().wentWell, QStringLiteral("Guest was well prepared"));
    EXPECT_EQ(reviews.first().snapshot.value(QStringLiteral("participants")).toInt(), 2);
    EXPECT_EQ(m_view->reviewsTable()->rowCount(), 1);

    m_window->document()->undoStack()->undo();
    EXPECT_TRUE(m_window->document()->reviews(m_fixture->campId())->isEmpty());
    EXPECT_EQ(m_view->reviewsTable()->rowCount(), 0);
    m_window->document()->undoStack()->redo();
    EXPECT_EQ(m_window->document()->reviews(m_fixture->campId())->size(), 1);
}

// Another operator (or the CLI on the same file) saves the review while
// this window's dialog is open. This window's Save is refused rather than
// writing over theirs, and the notes typed stay in the dialog beside what
// the review says now; a second Save is the operator's choice to replace it.
TEST_P(ReviewViewTest, ASaveOverAnotherOperatorsNotesIsRefusedAndTheTypedNotesStay)
{
    const qint64 reviewId = reviewOfTheFirstSharing();
    ASSERT_GT(reviewId, 0);
    QTest::mouseClick(m_view->reviewButton(), Qt::LeftButton);
    auto *dialog = m_window->findChild<ActivityReviewDialog *>();
    ASSERT_NE(dialog, nullptr);
    auto elsewhere = Workspace::open(m_fixture->path());
    ASSERT_TRUE(elsewhere.has_value()) << elsewhere.error().message.toStdString();
    ActivityReview theirs = valueOf((*elsewhere)->activityReviews().find(reviewId));
    theirs.wentWell = QStringLiteral("嘉宾准备充分");
    theirs.updatedAt = QDateTime();
    ASSERT_TRUE((*elsewhere)->activityReviews().updateNotes(theirs).has_value());

    QTest::keyClicks(dialog->actions(), QStringLiteral("Announce a day earlier"));
    QPushButton *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QTest::mouseClick(save, Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("this review"), Qt::CaseInsensitive))
        << MessageBox::lastText().toStdString();
    ASSERT_TRUE(dialog->isVisible()) << "the typed notes are not thrown away";
    EXPECT_TRUE(dialog->refused()->isVisible());
    EXPECT_TRUE(dialog->refused()->text().contains(QStringLiteral("嘉宾准备充分")))
        << dialog->refused()->text().toStdString();
    EXPECT_EQ(dialog->actions()->toPlainText(), QStringLiteral("Announce a day earlier"));
    EXPECT_EQ(valueOf((*elsewhere)->activityReviews().find(reviewId)).wentWell, QStringLiteral("嘉宾准备充分"))
        << "their notes stay";

    QTest::mouseClick(save, Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_EQ(m_window->findChild<ActivityReviewDialog *>(), nullptr) << "saved the second time, and closed";
    const ActivityReview now = valueOf((*elsewhere)->activityReviews().find(reviewId));
    EXPECT_EQ(now.actions, QStringLiteral("Announce a day earlier"));
    m_window->document()->undoStack()->undo();
    EXPECT_TRUE(valueOf((*elsewhere)->activityReviews().find(reviewId)).actions.isEmpty());
}

// The review is deleted elsewhere while this window's dialog is open: the
// Save says so, keeps the notes, and a second Save writes the review anew
// rather than being refused for ever.
TEST_P(ReviewViewTest, ASaveOfAReviewDeletedElsewhereWritesItAnewTheSecondTime)
{
    const qint64 reviewId = reviewOfTheFirstSharing();
    ASSERT_GT(reviewId, 0);
    QTest::mouseClick(m_view->reviewButton(), Qt::LeftButton);
    auto *dialog = m_window->findChild<ActivityReviewDialog *>();
    ASSERT_NE(dialog, nullptr);
    auto elsewhere = Workspace::open(m_fixture->path());
    ASSERT_TRUE(elsewhere.has_value()) << elsewhere.error().message.toStdString();
    ASSERT_TRUE((*elsewhere)->activityReviews().remove(reviewId).has_value());
    QTest::keyClicks(dialog->wentWell(), QStringLiteral("Guest was on time"));
    QPushButton *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QTest::mouseClick(save, Qt::LeftButton);
    QApplication::processEvents();
    ASSERT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->refused()->text().contains(QStringLiteral("deleted")))
        << dialog->refused()->text().toStdString();
    EXPECT_TRUE(valueOf((*elsewhere)->activityReviews().list(m_fixture->campId())).isEmpty());

    QTest::mouseClick(save, Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_EQ(m_window->findChild<ActivityReviewDialog *>(), nullptr) << "saved the second time, and closed";
    const QList<ActivityReview> now = valueOf((*elsewhere)->activityReviews().list(m_fixture->campId()));
    ASSERT_EQ(now.size(), 1);
    EXPECT_EQ(now.first().wentWell, QStringLiteral("Guest was on time"));
}

TEST_P(ReviewViewTest, PlanOpensTheReviewOfTheSelectedActivity)
{
    ASSERT_TRUE(m_window->showView(QStringLiteral("agenda")));
    PlanView *plan = m_window->planView();
    EXPECT_EQ(plan->selectedActivityId(), 0);
    plan->reviewSelected();
    EXPECT_EQ(m_window->findChild<ActivityReviewDialog *>(), nullptr) << "nothing selected, nothing opened";
    Q_EMIT plan->reviewRequested(m_fixture->activity("Y"));
    auto *dialog = m_window->findChild<ActivityReviewDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->figuresText().contains(QStringLiteral("1 of 6 members")))
        << dialog->figuresText().toStdString();
    dialog->reject();
}

TEST_P(ReviewViewTest, ChartsExportAsImageAndTableAndTheReportAsPdf)
{
    TempDir dir;
    const QString png = dir.path(QStringLiteral("rate.png"));
    FileDialog::setNextFileName(png);
    m_view->chartView(ReviewChart::ActiveRate)->exportImage();
    const QImage image(png);
    EXPECT_EQ(image.size(), QSize(1200, 700));

    const QString csv = dir.path(QStringLiteral("rate.csv"));
    FileDialog::setNextFileName(csv);
    m_view->chartView(ReviewChart::ActiveRate)->exportTable();
    const QString table = QString::fromUtf8(readAll(csv));
    EXPECT_TRUE(table.contains(QStringLiteral("Day,Course day,Members,Active,Active rate (%),Target (%),Messages")))
        << table.toStdString();
    EXPECT_TRUE(table.contains(QStringLiteral("2027-03-06,4,5,2,40.0,60.0,1"))) << table.toStdString();

    const QString pdf = dir.path(QStringLiteral("report.pdf"));
    FileDialog::setNextFileName(pdf);
    QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("reviewExportPdf")), Qt::LeftButton);
    ASSERT_TRUE(QFile::exists(pdf));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(pdftotext.waitForFinished(60000));
    // NFKC: the CJK font maps some ideographs to Kangxi radicals (⼀ for 一)
    // in the text it embeds; a reader folds them back the same way.
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    EXPECT_TRUE(text.contains(QStringLiteral("Camp review: 复盘营"))) << text.left(400).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Silent and at-risk members")));
    EXPECT_TRUE(text.contains(QStringLiteral("方圆")));
}

// A chart's image or table and the PDF report are refused when the chosen
// file is the open workspace: the message names it and nothing is written.
TEST_P(ReviewViewTest, ExportsToTheOpenWorkspaceAreRefused)
{
    if (GetParam() == Engine::Server)
        GTEST_SKIP() << "a team workspace is no file that an export could overwrite";
    const QString workspace = m_fixture->path();
    const qint64 size = QFileInfo(workspace).size();
    const auto expectRefused = [&](const char *what) {
        EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("Nothing was written")))
            << what << ": " << MessageBox::lastText().toStdString();
        EXPECT_TRUE(MessageBox::lastText().contains(QFileInfo(workspace).fileName())) << what;
        EXPECT_EQ(QFileInfo(workspace).size(), size) << what;
    };
    FileDialog::setNextFileName(workspace);
    m_view->chartView(ReviewChart::ActiveRate)->exportImage();
    expectRefused("PNG");
    FileDialog::setNextFileName(workspace);
    m_view->chartView(ReviewChart::ActiveRate)->exportTable();
    expectRefused("CSV");
    FileDialog::setNextFileName(workspace);
    QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("reviewExportPdf")), Qt::LeftButton);
    expectRefused("PDF");
    EXPECT_EQ(m_view->series().days.size() > 0, true) << "the review still reads the workspace";
}

TEST_P(ReviewViewTest, ChartsFollowNewCheckInsAndTheCampsSettings)
{
    EXPECT_EQ(m_view->series().days.at(5).checkedIn, 2);
    // A check-in ticked in the grid (an undoable command) reaches the dashboard.
    QList<CheckIn> add {{m_fixture->person("B"), QDate(2027, 3, 6), 0, CheckInSource::Manual, {}}};
    m_window->document()->undoStack()->push(
        new ChangeCheckInsCommand(m_window->document(), m_fixture->campId(), add, {}, QStringLiteral("tick")));
    QApplication::processEvents();
    EXPECT_EQ(m_view->series().days.at(5).checkedIn, 3);
    EXPECT_EQ(m_view->series().days.at(5).active, 3);
    m_window->document()->undoStack()->undo();
    QApplication::processEvents();
    EXPECT_EQ(m_view->series().days.at(5).checkedIn, 2);

    // A shorter tail in the overview's Goals box: K's 10:00 message no longer counts.
    EXPECT_EQ(m_view->series().activityFigure(m_fixture->activity("K"))->participants, 1);
    ASSERT_TRUE(m_window->showView(QStringLiteral("overview")));
    auto *tail = m_window->findChild<QSpinBox *>(QStringLiteral("activityTailEdit"));
    ASSERT_NE(tail, nullptr);
    EXPECT_EQ(tail->value(), 60);
    tail->setFocus();
    tail->selectAll();
    QTest::keyClicks(tail, QStringLiteral("15"));
    QTest::keyClick(tail, Qt::Key_Return);
    EXPECT_EQ(m_window->document()->camp(m_fixture->campId())->activityTailMinutes, 15);
    ASSERT_TRUE(m_window->showView(QStringLiteral("review")));
    QApplication::processEvents();
    EXPECT_EQ(m_view->series().activityTailMinutes, 15);
    EXPECT_EQ(m_view->series().activityFigure(m_fixture->activity("K"))->participants, 0);
}

// Moved course dates reach the filters, so the tab (and its PDF) count
// what Participation, stats and report count; a date the operator chose
// stays, and so does a chosen subgroup.
TEST_P(ReviewViewTest, TheFiltersFollowTheCampAndKeepWhatWasChosen)
{
    auto *from = m_view->findChild<QDateEdit *>(QStringLiteral("reviewFrom"));
    auto *to = m_view->findChild<QDateEdit *>(QStringLiteral("reviewTo"));
    ASSERT_NE(from, nullptr);
    ASSERT_NE(to, nullptr);
    const Camp before = *m_window->document()->camp(m_fixture->campId());
    const QDate lastBefore = before.wrapUpEnd.isValid() ? before.wrapUpEnd : before.courseEnd;
    EXPECT_EQ(to->date(), lastBefore);

    Camp longer = before;
    longer.courseEnd = before.courseEnd.addDays(7);
    if (longer.wrapUpEnd.isValid())
        longer.wrapUpEnd = before.wrapUpEnd.addDays(7);
    m_window->document()->undoStack()->push(
        new EditCampCommand(m_window->document(), before, longer, QStringLiteral("dates")));
    QApplication::processEvents();
    EXPECT_EQ(to->date(), lastBefore.addDays(7)) << "the camp's span follows the camp";
    EXPECT_EQ(m_view->series().to, lastBefore.addDays(7));

    // The operator's own first day stays through the next change.
    from->setDate(before.courseStart.addDays(1));
    QApplication::processEvents();
    m_window->document()->undoStack()->undo();
    QApplication::processEvents();
    EXPECT_EQ(from->date(), before.courseStart.addDays(1)) << "a chosen date stays";
    EXPECT_EQ(m_view->series().from, before.courseStart.addDays(1));
    EXPECT_EQ(to->date(), lastBefore) << "the other, left as it was, follows the camp back";
}

TEST_P(ReviewViewTest, SharingSessionSpeakerIsChosenInTheActivityDialog)
{
    Activity z = *m_window->document()->activity(m_fixture->activity("Z"));
    ActivityDialog dialog(
        z, valueOf(m_window->document()->staff(m_fixture->campId())), {},
        {{m_fixture->membership("A"), QStringLiteral("安然")}, {m_fixture->membership("B"), QStringLiteral("白雪")}});
    auto *speaker = dialog.findChild<QComboBox *>(QStringLiteral("speakerCombo"));
    ASSERT_NE(speaker, nullptr);
    EXPECT_TRUE(speaker->isEnabled());
    EXPECT_EQ(speaker->currentText(), QStringLiteral("白雪"));
    speaker->setCurrentIndex(speaker->findText(QStringLiteral("安然")));
    EXPECT_EQ(dialog.activity().speakerMembershipId, m_fixture->membership("A"));
    auto *type = dialog.findChild<QComboBox *>(QStringLiteral("typeCombo"));
    type->setCurrentIndex(type->findData(int(ActivityType::Entertainment)));
    EXPECT_FALSE(speaker->isEnabled());
    EXPECT_EQ(dialog.activity().speakerMembershipId, 0) << "only sharing sessions have a speaker";
}

// The demo workspace on 10 March 2027 (a running camp with a holiday dip),
// its window on the Review tab.
class ReviewDemoTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        const QString path = m_dir.path(QStringLiteral("demo.campdesk"));
        {
            auto workspace = Workspace::open(path);
            ASSERT_TRUE(workspace.has_value());
            auto populated = DemoWorkspace::populate(**workspace, m_today, DemoWorkspace::Language::English);
            ASSERT_TRUE(populated.has_value());
            m_running = *populated;
        }
        ASSERT_TRUE(window.openWorkspace(path).has_value());
        window.setToday(m_today);
        window.selectCamp(m_running);
        window.resize(1400, 900);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        ASSERT_TRUE(window.showView(QStringLiteral("review")));
        QApplication::processEvents();
    }

    TempDir m_dir;
    const QDate m_today {2027, 3, 10};
    qint64 m_running = 0;
    MainWindow window;
};

// A window left open overnight: the Review tab counts the day that ended,
// as the overview, the grid and an exported report do.
TEST_F(ReviewDemoTest, ANewDayIsCountedOnTheOpenReviewTab)
{
    ReviewView *view = window.reviewView();
    const int counted = view->series().countedCourseDays;
    ASSERT_GT(counted, 0);
    window.setToday(m_today.addDays(1));
    QApplication::processEvents();
    EXPECT_EQ(view->series().countedCourseDays, counted + 1) << "10 March is over";
}

// The walk-through on the demo workspace: the dashboard shows the
// holiday's dip below the target, a click lists who went silent, a nudge is
// copied, the day's sharing session is reviewed, and the PDF is exported.
TEST_F(ReviewDemoTest, NewcomerFindsTheDipNudgesReviewsAndExports)
{
    ReviewView *view = window.reviewView();

    const ReviewSeries &series = view->series();
    ASSERT_FALSE(series.daysBelowTarget.isEmpty()) << "the holiday dips below the target";
    const QDate dip = series.daysBelowTarget.first();
    ReviewChartView *rate = view->chartView(ReviewChart::ActiveRate);
    rate->activateIndex(int(rate->chartData().days.indexOf(dip)));
    ASSERT_GT(view->details()->rowCount(), 0);
    EXPECT_EQ(view->details()->item(0, 1)->text(), QStringLiteral("silent"));

    view->details()->setCurrentCell(0, 0);
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("reviewCopyNudge")), Qt::LeftButton);
    EXPECT_TRUE(QGuiApplication::clipboard()->text().contains(u'@'))
        << QGuiApplication::clipboard()->text().toStdString();

    const auto session
        = std::find_if(series.activities.cbegin(), series.activities.cend(), [dip](const ActivityFigure &a) {
              return a.type == ActivityType::SharingSession && a.start.date() == dip;
          });
    ASSERT_NE(session, series.activities.cend()) << "the holiday has the first sharing session";
    view->showActivity(session->activityId);
    QTest::mouseClick(view->reviewButton(), Qt::LeftButton);
    auto *dialog = window.findChild<ActivityReviewDialog *>();
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(dialog->toImprove(), QStringLiteral("Holiday evening: promote the day before"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    EXPECT_EQ(window.document()->reviews(window.currentCampId())->size(), 1);

    const QString pdf = m_dir.path(QStringLiteral("review.pdf"));
    FileDialog::setNextFileName(pdf);
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("reviewExportPdf")), Qt::LeftButton);
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(pdftotext.waitForFinished(60000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    EXPECT_TRUE(text.contains(QStringLiteral("Holiday evening: promote the day before")));
    EXPECT_TRUE(text.contains(QStringLiteral("21-Day Morning Writing Camp")));

    // No table row is split across pages: each activity's start and title
    // sit on one line of one page (once, times went on one page and titles
    // on the next).
    const PdfLayout layout = pdfLayout(pdf);
    QHash<std::pair<int, int>, QList<PdfWord>> lines;
    for (const PdfWord &word : layout.words)
        lines[{word.page, qRound(word.box.top())}].append(word);
    QStringList lineTexts;
    for (QList<PdfWord> &line : lines) {
        std::sort(line.begin(), line.end(),
                  [](const PdfWord &a, const PdfWord &b) { return a.box.left() < b.box.left(); });
        QStringList words;
        for (const PdfWord &word : std::as_const(line))
            words.append(word.text);
        lineTexts.append(words.join(u' '));
    }
    int rows = 0;
    for (const ActivityFigure &activity : series.activities) {
        if (!activity.happened || !ReviewTables::isEngagement(activity.type))
            continue;
        // The first line of each cell: a narrow date-time cell may wrap its time.
        const QString start = DataTable::date(activity.start.date(), QLocale(QLocale::English, QLocale::UnitedStates));
        const QString title = activity.title.section(u' ', 0, 0);
        ++rows;
        EXPECT_TRUE(std::any_of(lineTexts.cbegin(), lineTexts.cend(),
                                [&](const QString &line) { return line.contains(start) && line.contains(title); }))
            << start.toStdString() << " " << activity.title.toStdString();
    }
    EXPECT_GT(rows, 10);
    EXPECT_GE(layout.pages, 3);

    // One truth: the check-in completion reads the same on the Review tab,
    // in its PDF, in the Participation tab's header and in its grid.
    ASSERT_TRUE(series.averageCheckInRate.has_value());
    const QString checkIns
        = ReviewHeadline::checkInLabel(series) + QStringLiteral(": ") + DataTable::percent(series.averageCheckInRate);
    const QString reviewSummary = view->findChild<QLabel *>(QStringLiteral("reviewSummary"))->text();
    EXPECT_TRUE(reviewSummary.contains(checkIns)) << reviewSummary.toStdString();
    EXPECT_TRUE(text.contains(DataTable::percent(series.averageCheckInRate))) << "the PDF's goals table";
    ASSERT_TRUE(window.showView(QStringLiteral("checkins")));
    QApplication::processEvents();
    ParticipationView *participation = window.participationView();
    const QString header = participation->findChild<QLabel *>(QStringLiteral("participationSummary"))->text();
    EXPECT_TRUE(header.contains(checkIns)) << header.toStdString();
    EXPECT_TRUE(header.contains(ReviewHeadline::membersValue(series))) << header.toStdString();
    const CheckInGridModel *grid = participation->gridModel();
    for (int column = 1; column < grid->columnCount(); ++column) {
        const DayFigure *day = series.dayFigure(grid->columnDay(column));
        ASSERT_NE(day, nullptr);
        const QString shown = grid->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString().section(u'\n', 2);
        if (day->day == m_today) // still counting: who has checked in so far
            EXPECT_EQ(shown, QStringLiteral("%1 so far").arg(day->checkedIn));
        else
            EXPECT_EQ(shown, day->checkInRate ? DataTable::percent(day->checkInRate) : QStringLiteral("—")) << column;
    }
}

INSTANTIATE_TEST_SUITE_P(Engines, ReviewViewTest, bothEngines(), engineName);

// The activity chart draws the last activities only; its title says so, on
// the tab and in the PDF alike, and a camp with few says nothing.
TEST(ReviewChartsTest, TheActivityChartSaysWhenItShowsOnlyTheLast)
{
    ReviewSeries series;
    const auto add = [&series](int count) {
        series.activities.clear();
        for (int index = 0; index < count; ++index) {
            ActivityFigure figure;
            figure.activityId = index + 1;
            figure.type = ActivityType::Lesson;
            figure.title = QStringLiteral("Lesson %1").arg(index + 1);
            figure.start = QDateTime(QDate(2027, 3, 1).addDays(index), QTime(20, 0));
            figure.end = figure.start.addSecs(3600);
            figure.happened = true;
            series.activities.append(figure);
        }
    };
    add(ReviewCharts::MaxActivityBars + 5);
    ReviewChartData many = ReviewCharts::build(ReviewChart::Activities, series);
    EXPECT_EQ(many.chart->title(),
              QStringLiteral("Turnout of the last %1 of %2 activities")
                  .arg(ReviewCharts::MaxActivityBars)
                  .arg(ReviewCharts::MaxActivityBars + 5));
    EXPECT_EQ(many.activities.size(), ReviewCharts::MaxActivityBars);
    EXPECT_FALSE(many.activities.contains(1)) << "the first ones are left out";
    delete many.chart;
    add(3);
    ReviewChartData few = ReviewCharts::build(ReviewChart::Activities, series);
    EXPECT_EQ(few.chart->title(), ReviewTables::title(ReviewChart::Activities));
    EXPECT_EQ(few.activities.size(), 3);
    delete few.chart;
}

// A figure not computed yet is no 0 %: the check-in chart draws no bar for
// a course day still to come and its axis says how many there are; a group
// without a figure is named as such, and before the first course day no
// group gets an empty check-in bar.
TEST(ReviewChartsTest, AFigureNotComputedYetIsNoBarOfZero)
{
    ReviewSeries series;
    for (int index = 0; index < 5; ++index) {
        DayFigure day;
        day.day = QDate(2027, 3, 1).addDays(index);
        day.courseDay = index + 1;
        day.phase = CampPhase::Course;
        if (index < 2)
            day.checkInRate = index == 0 ? 0.0 : 50.0; // a real 0 % keeps its bar
        series.days.append(day);
    }
    ReviewChartData checkIns = ReviewCharts::build(ReviewChart::CheckIns, series);
    EXPECT_EQ(checkIns.days, (QList<QDate> {QDate(2027, 3, 1), QDate(2027, 3, 2)}));
    QList<qreal> drawn;
    QStringList titles;
    for (QAbstractSeries *shown : checkIns.chart->series()) {
        if (auto *bars = qobject_cast<QBarSeries *>(shown)) {
            for (int at = 0; at < bars->barSets().first()->count(); ++at)
                drawn << bars->barSets().first()->at(at);
        }
    }
    for (QAbstractAxis *axis : checkIns.chart->axes(Qt::Horizontal))
        titles << axis->titleText();
    EXPECT_EQ(drawn, (QList<qreal> {0.0, 50.0}));
    EXPECT_TRUE(titles.contains(QStringLiteral("Course day (3 day(s) without a figure)")))
        << titles.join(u'|').toStdString();
    delete checkIns.chart;

    SubgroupFigure empty;
    empty.subgroupId = 1;
    empty.name = QStringLiteral("Group A");
    SubgroupFigure active = empty;
    active.subgroupId = 2;
    active.name = QStringLiteral("Group B");
    active.activeRate = 40.0;
    series.subgroups = {empty, active};
    ReviewChartData groups = ReviewCharts::build(ReviewChart::Subgroups, series);
    QStringList categories;
    int sets = 0;
    for (QAbstractSeries *shown : groups.chart->series()) {
        if (auto *bars = qobject_cast<QBarSeries *>(shown))
            sets += int(bars->count());
    }
    for (QAbstractAxis *axis : groups.chart->axes(Qt::Horizontal)) {
        if (auto *labels = qobject_cast<QBarCategoryAxis *>(axis))
            categories << labels->categories();
    }
    EXPECT_EQ(categories, (QStringList {QStringLiteral("Group A (no figure yet)"), QStringLiteral("Group B")}));
    EXPECT_EQ(sets, 1) << "no check-in bars before any group has a check-in figure";
    delete groups.chart;
}
