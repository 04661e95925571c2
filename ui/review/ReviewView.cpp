#include "ui/review/ReviewView.h"

#include "core/DateFormat.h"
#include "core/review/ReviewHeadline.h"
#include "core/review/ReviewTables.h"
#include "ui/FileDialog.h"
#include "ui/MessageBox.h"
#include "ui/WorkspaceDocument.h"
#include "ui/commands/ReviewCommands.h"
#include "ui/review/ActivityReviewDialog.h"
#include "ui/review/MemberStripWidget.h"
#include "ui/review/ReviewChartView.h"
#include "ui/speech/SpeechCopier.h"
#include "ui/widgets/FeedbackTone.h"
#include "ui/widgets/PiecesLabel.h"
#include "ui/widgets/PlainToolTip.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace CampDesk {

namespace {

// Rows remember the member (an index into ReviewInput::members).
constexpr int MemberIndexRole = Qt::UserRole + 1;
constexpr int ReviewIdRole = Qt::UserRole + 2;

QTableWidget *newTable(const QString &objectName, const QStringList &header)
{
    auto *table = new QTableWidget;
    table->setObjectName(objectName);
    table->setColumnCount(int(header.size()));
    table->setHorizontalHeaderLabels(header);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(false);
    // Every column fits its contents and the last takes what is left: a
    // stretched first column was squeezed to "…" in a narrow side panel,
    // hiding the members' names, the one thing the table is for. Now a
    // narrow table scrolls sideways and the names stay readable.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void fillRow(QTableWidget *table, int row, const QStringList &cells, int member)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        item->setData(MemberIndexRole, member);
        table->setItem(row, column, item);
    }
}

QString subgroupName(const ReviewInput &input, qint64 id)
{
    for (const Subgroup &subgroup : input.subgroups) {
        if (subgroup.id == id)
            return subgroup.name;
    }
    return {};
}

} // namespace

ReviewView::ReviewView(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("reviewView"));
    m_from = new QDateEdit;
    m_from->setObjectName(QStringLiteral("reviewFrom"));
    m_to = new QDateEdit;
    m_to->setObjectName(QStringLiteral("reviewTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(DateFormat::shortDate());
    }
    m_subgroup = new QComboBox;
    m_subgroup->setObjectName(QStringLiteral("reviewSubgroup"));
    m_staff = new QCheckBox(tr("Include staff"));
    m_staff->setObjectName(QStringLiteral("reviewIncludeStaff"));
    m_compare = new QComboBox;
    m_compare->setObjectName(QStringLiteral("reviewCompare"));
    // Long camp names must not widen the window
    // (the list opens as wide as its longest entry), yet "no other camp"
    // reads in full.
    for (QComboBox *combo : {m_subgroup, m_compare}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    m_compare->setMinimumWidth(m_compare->fontMetrics().horizontalAdvance(tr("Compare with no other camp"))
                               + m_compare->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 24);
    auto *pdf = new QPushButton(tr("Export PDF Report…"));
    pdf->setObjectName(QStringLiteral("reviewExportPdf"));

    auto *filters = new QHBoxLayout;
    m_from->setToolTip(tr("First day counted"));
    m_to->setToolTip(tr("Last day counted"));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(QStringLiteral("–")));
    filters->addWidget(m_to);
    filters->addWidget(m_subgroup);
    filters->addWidget(m_staff);
    m_compare->setToolTip(tr("Draw another camp's active rate on the chart, day by course day."));
    filters->addWidget(m_compare);
    filters->addStretch();

    m_summary = new PiecesLabel;
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(pdf, 0, Qt::AlignTop);

    auto *grid = new QGridLayout;
    grid->setSpacing(6);
    for (ReviewChart kind : ReviewTables::charts()) {
        auto *view = new ReviewChartView(kind);
        m_charts.append(view);
        connect(view, &ReviewChartView::dayClicked, this, &ReviewView::showDay);
        connect(view, &ReviewChartView::activityClicked, this, &ReviewView::showActivity);
        connect(view, &ReviewChartView::exported, m_document, &WorkspaceDocument::announce);
        connect(view, &ReviewChartView::subgroupClicked, this, &ReviewView::showSubgroup);
        connect(view, &ReviewChartView::tierClicked, this, &ReviewView::showTier);
    }
    // The active rate first and widest: it is what the operator came for.
    grid->addWidget(m_charts.at(0), 0, 0, 1, 2);
    m_charts.at(0)->setMinimumHeight(320);
    grid->addWidget(m_charts.at(1), 1, 0, 1, 2);
    grid->addWidget(m_charts.at(2), 2, 0);
    grid->addWidget(m_charts.at(4), 2, 1);
    grid->addWidget(m_charts.at(3), 3, 0, 1, 2);
    m_charts.at(3)->setMinimumHeight(380);
    grid->addWidget(m_charts.at(5), 4, 0, 1, 2);
    m_charts.at(2)->setMinimumHeight(300);
    m_charts.at(4)->setMinimumHeight(300);
    auto *chartsPage = new QWidget;
    chartsPage->setLayout(grid);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(chartsPage);
    scroll->setFrameShape(QFrame::NoFrame);

    m_detailTitle = new QLabel(tr("Click a day, a bar or a slice to see the members behind it."));
    m_detailTitle->setObjectName(QStringLiteral("reviewDetailTitle"));
    m_detailTitle->setTextFormat(Qt::PlainText);
    m_detailTitle->setWordWrap(true);
    m_details = newTable(QStringLiteral("reviewDetails"), {tr("Member"), tr("Status"), tr("Messages"), tr("Subgroup")});
    m_reviewButton = new QPushButton(tr("Write Review…"));
    m_reviewButton->setObjectName(QStringLiteral("reviewWriteButton"));
    m_reviewButton->setEnabled(false);
    auto *detailsPage = new QWidget;
    auto *detailsLayout = new QVBoxLayout(detailsPage);
    detailsLayout->addWidget(m_detailTitle);
    detailsLayout->addWidget(m_details, 1);
    detailsLayout->addWidget(m_reviewButton);

    m_silent = newTable(QStringLiteral("reviewSilent"),
                        {tr("Member"), tr("Last active"), tr("Days silent"), tr("Messages"), tr("Check-ins")});
    m_leaders = newTable(QStringLiteral("reviewLeaders"),
                         {tr("Member"), tr("Messages"), tr("Active days"), tr("Check-ins"), tr("Sharing"), tr("Tier")});
    m_reviews = newTable(QStringLiteral("reviewList"), {tr("Activity"), tr("Start"), tr("Written")});
    auto *openReview = new QPushButton(tr("Open"));
    openReview->setObjectName(QStringLiteral("reviewOpenButton"));
    auto *deleteReview = new QPushButton(tr("Delete"));
    deleteReview->setObjectName(QStringLiteral("reviewDeleteButton"));
    auto *reviewsPage = new QWidget;
    auto *reviewsLayout = new QVBoxLayout(reviewsPage);
    auto *reviewHint
        = new QLabel(tr("Review an activity from its bar here, or select it in the plan and press Review…."));
    reviewHint->setWordWrap(true);
    reviewsLayout->addWidget(reviewHint);
    reviewsLayout->addWidget(m_reviews, 1);
    auto *reviewButtons = new QHBoxLayout;
    reviewButtons->addStretch();
    reviewButtons->addWidget(openReview);
    reviewButtons->addWidget(deleteReview);
    reviewsLayout->addLayout(reviewButtons);

    m_side = new QTabWidget;
    m_side->setObjectName(QStringLiteral("reviewSide"));
    // Every tab readable: the panel is never narrower than its tab bar.
    m_side->setUsesScrollButtons(false);
    m_side->tabBar()->setElideMode(Qt::ElideNone);
    m_side->addTab(detailsPage, tr("Details"));
    m_side->addTab(m_silent, tr("Silent"));
    m_side->addTab(m_leaders, tr("Leaderboard"));
    m_side->addTab(reviewsPage, tr("Reviews"));

    auto *nudge = new QPushButton(tr("Copy Nudge"));
    nudge->setObjectName(QStringLiteral("reviewCopyNudge"));
    nudge->setToolTip(tr("Copy a silent-member nudge from the speech library, @-mentioning the selected member."));
    m_feedback = new QLabel;
    m_feedback->setObjectName(QStringLiteral("reviewFeedback"));
    m_feedback->setTextFormat(Qt::PlainText);
    m_feedback->setWordWrap(true);
    m_strip = new MemberStripWidget;

    auto *sidePanel = new QWidget;
    auto *sideLayout = new QVBoxLayout(sidePanel);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_side, 1);
    sideLayout->addWidget(nudge);
    // Three lines of feedback, reserved from the start and never more: a
    // message appearing or growing must not move the Copy Nudge button under
    // the pointer (a longer text is clipped; the tooltip has it whole).
    m_feedback->setFixedHeight(3 * m_feedback->fontMetrics().lineSpacing() + 2);
    m_feedback->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    sideLayout->addWidget(m_feedback);
    sideLayout->addWidget(m_strip);

    auto *splitter = new QSplitter;
    splitter->addWidget(scroll);
    splitter->addWidget(sidePanel);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({700, 300});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->addLayout(filters);
    layout->addLayout(summaryRow);
    layout->addWidget(splitter, 1);

    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_fillingFilters)
                recompute();
        });
    }
    connect(m_subgroup, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_fillingFilters)
            recompute();
    });
    connect(m_staff, &QCheckBox::toggled, this, &ReviewView::recompute);
    connect(m_compare, &QComboBox::currentIndexChanged, this, [this] {
        if (m_fillingFilters)
            return;
        m_comparison.reset();
        const qint64 other = m_compare->currentData().toLongLong();
        if (other > 0) {
            auto input = m_document->reviewInput(other);
            if (!input) {
                m_document->reportError(input.error().message);
            } else {
                const ReviewSeries compared = ReviewCalculator::compute(*input, {}, currentOptions());
                const bool anyRate = std::any_of(compared.days.cbegin(), compared.days.cend(),
                                                 [](const DayFigure &day) { return day.activeRate.has_value(); });
                // A camp without participation draws nothing: say so instead.
                if (anyRate) {
                    m_comparison = compared;
                    m_comparisonName = input->camp.name;
                } else {
                    showFeedback(tr("“%1” has no participation recorded, so there is nothing to compare with.")
                                     .arg(input->camp.name),
                                 FeedbackTone::Problem);
                }
            }
        }
        redraw();
    });
    connect(pdf, &QPushButton::clicked, this, &ReviewView::exportReport);
    connect(m_reviewButton, &QPushButton::clicked, this, &ReviewView::openReviewOfShownActivity);
    connect(nudge, &QPushButton::clicked, this, [this] {
        auto *table = qobject_cast<QTableWidget *>(m_side->currentWidget());
        if (!table)
            table = m_details;
        const int member = table->currentRow() >= 0 ? memberOfRow(table, table->currentRow()) : -1;
        if (member < 0) {
            showFeedback(tr("Select a member first."), FeedbackTone::Problem);
            return;
        }
        copyNudge(member);
    });
    for (QTableWidget *table : {m_details, m_silent, m_leaders}) {
        connect(table, &QTableWidget::currentCellChanged, this, [this, table](int row) {
            if (row >= 0)
                selectMember(memberOfRow(table, row));
        });
    }
    connect(m_silent, &QTableWidget::cellDoubleClicked, this,
            [this](int row) { copyNudge(memberOfRow(m_silent, row)); });
    connect(openReview, &QPushButton::clicked, this, [this] {
        const std::optional<ActivityReview> review = selectedReview();
        if (!review)
            return;
        auto *dialog = new ActivityReviewDialog(m_document, *review, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_reviews, &QTableWidget::cellDoubleClicked, openReview, &QPushButton::click);
    connect(deleteReview, &QPushButton::clicked, this, [this] {
        if (const std::optional<ActivityReview> review = selectedReview())
            m_document->undoStack()->push(new RemoveReviewCommand(m_document, *review));
    });

    connect(m_document, &WorkspaceDocument::participationChanged, this, &ReviewView::scheduleReload);
    connect(m_document, &WorkspaceDocument::membersChanged, this, &ReviewView::scheduleReload);
    connect(m_document, &WorkspaceDocument::activitiesChanged, this, &ReviewView::scheduleReload);
    connect(m_document, &WorkspaceDocument::campChanged, this, &ReviewView::scheduleReload);
    connect(m_document, &WorkspaceDocument::reviewsChanged, this, [this](qint64 campId) {
        if (campId == m_campId)
            fillReviews();
    });
}

ReviewChartView *ReviewView::chartView(ReviewChart kind) const
{
    for (ReviewChartView *view : m_charts) {
        if (view->kind() == kind)
            return view;
    }
    return nullptr;
}

void ReviewView::setCampId(qint64 id)
{
    if (id == m_campId && !m_dirty)
        return;
    m_campId = id;
    m_shownActivity = 0;
    m_comparison.reset();
    m_dirty = true;
    m_fillingFilters = true;
    m_compare->setCurrentIndex(0);
    m_fillingFilters = false;
    if (isVisible())
        reload();
}

void ReviewView::setToday(QDate today)
{
    if (today == m_today)
        return;
    m_today = today;
    // The figures again from what is loaded (a new day reads nothing new);
    // a view not shown works them out when it is.
    if (isVisible())
        recompute();
    else
        m_dirty = true;
}

void ReviewView::scheduleReload(qint64 campId)
{
    if (campId != m_campId)
        return;
    m_dirty = true;
    if (!isVisible() || m_reloadQueued)
        return;
    // Several changes of one command arrive together: reload once.
    m_reloadQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadQueued = false;
        if (m_dirty && isVisible())
            reload();
    });
}

void ReviewView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        reload();
}

void ReviewView::reload()
{
    m_dirty = false;
    if (m_campId == 0)
        return;
    QElapsedTimer timer;
    timer.start();
    auto input = m_document->reviewInput(m_campId);
    if (!input) {
        m_document->reportError(input.error().message);
        return;
    }
    const bool newCamp = m_input.camp.id != m_campId;
    m_input = std::move(*input);
    m_timing.load = double(timer.nsecsElapsed()) / 1e6;
    // Filled again at every read, not only for another camp: moved course
    // dates, a new subgroup or camp reach the filters (and so every figure
    // here and in the PDF), while what the operator chose stays.
    fillFilters(newCamp);
    recompute();
    fillReviews();
}

void ReviewView::fillFilters(bool newCamp)
{
    m_fillingFilters = true;
    const Camp &camp = m_input.camp;
    const QDate first = camp.preparationStart.isValid() ? camp.preparationStart : camp.courseStart;
    const QDate last = camp.wrapUpEnd.isValid() ? camp.wrapUpEnd : camp.courseEnd;
    // A date the operator picked stays; one left at the camp's own span
    // follows the camp (each on its own).
    const QDate from = !newCamp && m_from->date() != m_shownSpan.first ? m_from->date() : first;
    const QDate to = !newCamp && m_to->date() != m_shownSpan.second ? m_to->date() : last;
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDateRange(m_input.firstDay, m_input.firstDay.addDays(std::max(m_input.dayCount - 1, 0)));
    }
    m_from->setDate(from);
    m_to->setDate(to);
    m_shownSpan = {first, last};
    const qint64 chosenSubgroup = newCamp ? 0 : m_subgroup->currentData().toLongLong();
    m_subgroup->clear();
    m_subgroup->addItem(tr("All subgroups"), 0);
    for (const Subgroup &subgroup : m_input.subgroups)
        m_subgroup->addItem(subgroup.name, subgroup.id);
    if (!m_input.subgroups.isEmpty())
        m_subgroup->addItem(tr("No subgroup"), ReviewFilter::NoSubgroup);
    m_subgroup->setCurrentIndex(std::max(0, m_subgroup->findData(chosenSubgroup)));
    const qint64 compared = newCamp ? 0 : m_compare->currentData().toLongLong();
    m_compare->clear();
    m_compare->addItem(tr("Compare with no other camp"), 0);
    for (const Camp &other : m_document->valueOrReport(m_document->camps())) {
        if (other.id != camp.id)
            m_compare->addItem(other.name, other.id);
    }
    m_compare->setCurrentIndex(std::max(0, m_compare->findData(compared)));
    m_fillingFilters = false;
}

ReviewFilter ReviewView::currentFilter() const
{
    ReviewFilter filter;
    filter.from = m_from->date();
    filter.to = m_to->date();
    filter.subgroupId = m_subgroup->currentData().toLongLong();
    filter.includeStaff = m_staff->isChecked();
    return filter;
}

ReviewOptions ReviewView::currentOptions() const
{
    return ReviewCalculator::optionsOn(m_today, m_input.camp);
}

void ReviewView::recompute()
{
    if (m_campId == 0 || m_input.camp.id != m_campId)
        return;
    QElapsedTimer timer;
    timer.start();
    m_options = currentOptions();
    m_series = ReviewCalculator::compute(m_input, currentFilter(), m_options);
    m_timing.compute = double(timer.nsecsElapsed()) / 1e6;
    redraw();
}

void ReviewView::redraw()
{
    QElapsedTimer timer;
    timer.start();
    for (ReviewChartView *view : std::as_const(m_charts)) {
        const bool compare = view->kind() == ReviewChart::ActiveRate && m_comparison;
        const ReviewSeries *comparison = compare ? &*m_comparison : nullptr;
        view->setChartData(ReviewCharts::build(view->kind(), m_series, comparison, m_comparisonName), m_series,
                           comparison, m_comparisonName);
    }
    fillSummary();
    fillSilent();
    fillLeaders();
    m_timing.draw = double(timer.nsecsElapsed()) / 1e6;
}

void ReviewView::fillSummary()
{
    const QLocale locale;
    QStringList parts = ReviewHeadline::summaryPieces(m_series, true, locale);
    parts.append(tr("%n course day(s) below the active-rate target", nullptr, int(m_series.daysBelowTarget.size())));
    parts.append(m_series.asOf.isValid() ? tr("as of %1").arg(DataTable::date(m_series.asOf, locale))
                                         : tr("no participation recorded yet"));
    const QString note = ReviewHeadline::farDataNote(m_series, locale);
    m_summary->setPieces(parts, note);
}

void ReviewView::fillSilent()
{
    const QLocale locale;
    m_silent->setRowCount(int(m_series.silentMembers.size()));
    for (int row = 0; row < m_series.silentMembers.size(); ++row) {
        const MemberFigure &member = m_series.members.at(m_series.silentMembers.at(row));
        fillRow(m_silent, row,
                {member.name, member.lastActive.isValid() ? DataTable::date(member.lastActive) : tr("never"),
                 QString::number(member.silentDays), QString::number(member.messages),
                 QString::number(member.checkIns)},
                member.member);
    }
    m_side->setTabText(1, tr("Silent (%1)").arg(m_series.silentMembers.size()));
    m_side->setMinimumWidth(m_side->tabBar()->sizeHint().width() + 8);
}

void ReviewView::fillLeaders()
{
    const int rows = int(std::min<qsizetype>(m_series.members.size(), 200));
    m_leaders->setRowCount(rows);
    for (int row = 0; row < rows; ++row) {
        const MemberFigure &member = m_series.members.at(row);
        fillRow(m_leaders, row,
                {member.name, QString::number(member.messages), QString::number(member.activeDays),
                 QString::number(member.checkIns), QString::number(member.sharingSessions),
                 EngagementTiers::displayName(member.tier)},
                member.member);
    }
}

void ReviewView::fillReviews()
{
    const QLocale locale;
    auto read = m_document->reviews(m_campId);
    if (!read)
        m_document->reportError(read.error().message);
    const QList<ActivityReview> reviews = read.value_or(QList<ActivityReview> {});
    m_reviews->setRowCount(int(reviews.size()));
    for (int row = 0; row < reviews.size(); ++row) {
        const ActivityReview &review = reviews.at(row);
        const QStringList cells = {review.activityTitle, DataTable::dateTime(review.activityStart),
                                   DataTable::dateTime(review.createdAt.toLocalTime())};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(ReviewIdRole, review.id);
            m_reviews->setItem(row, column, item);
        }
    }
    m_side->setTabText(3, tr("Reviews (%1)").arg(reviews.size()));
    m_side->setMinimumWidth(m_side->tabBar()->sizeHint().width() + 8);
}

std::optional<ActivityReview> ReviewView::selectedReview()
{
    const int row = m_reviews->currentRow();
    if (row < 0)
        return std::nullopt;
    auto review = m_document->review(m_reviews->item(row, 0)->data(ReviewIdRole).toLongLong());
    if (!review) {
        showFeedback(review.error().message, FeedbackTone::Problem);
        return std::nullopt;
    }
    return *review;
}

int ReviewView::memberOfRow(QTableWidget *table, int row) const
{
    const QTableWidgetItem *item = table->item(row, 0);
    return item && item->data(MemberIndexRole).isValid() ? item->data(MemberIndexRole).toInt() : -1;
}

void ReviewView::setDetails(const QString &title, const QList<std::pair<int, QString>> &rows)
{
    m_detailTitle->setText(title);
    m_details->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const auto &[member, messages] = rows.at(row);
        const ReviewMember &who = m_input.members.at(member);
        fillRow(m_details, row, {who.displayName(), QString(), messages, subgroupName(m_input, who.subgroupId)},
                member);
    }
    m_side->setCurrentIndex(0);
}

void ReviewView::showDay(QDate day)
{
    m_shownActivity = 0;
    m_reviewButton->setEnabled(false);
    const DayMembers members = ReviewCalculator::dayMembers(m_input, m_series.filter, day);
    const int index = m_input.dayIndex(day);
    QList<std::pair<int, QString>> rows;
    // The silent first: they are who the operator is looking for.
    for (int member : members.inactive)
        rows.append({member, QStringLiteral("0")});
    for (int member : members.active)
        rows.append({member, QString::number(m_input.messagesOf(member, index))});
    const int total = int(members.active.size() + members.inactive.size());
    setDetails(tr("%1: %2 of %3 members active, %4 silent")
                   .arg(QLocale().toString(day, QLocale::LongFormat))
                   .arg(members.active.size())
                   .arg(total)
                   .arg(members.inactive.size()),
               rows);
    for (int row = 0; row < rows.size(); ++row) {
        const bool silent = row < members.inactive.size();
        m_details->item(row, 1)->setText(silent                                                  ? tr("silent")
                                             : m_input.checkInsOf(rows.at(row).first, index) > 0 ? tr("checked in")
                                                                                                 : tr("spoke"));
        if (silent)
            m_details->item(row, 1)->setForeground(QColor(0xb0, 0x3a, 0x2e));
    }
}

void ReviewView::showActivity(qint64 activityId)
{
    const ActivityFigure *figure = m_series.activityFigure(activityId);
    if (!figure)
        return;
    m_shownActivity = activityId;
    m_reviewButton->setEnabled(true);
    QList<std::pair<int, QString>> rows;
    for (const auto &[member, messages] : ReviewCalculator::activityMembers(m_input, m_series.filter, activityId))
        rows.append({member, QString::number(messages)});
    setDetails(
        tr("%1, %2: %3 of %4 members spoke in the chat during it (%5); average of its type %6")
            .arg(figure->title, DataTable::dateTime(figure->start))
            .arg(figure->participants)
            .arg(figure->members)
            .arg(DataTable::percent(figure->participationRate), DataTable::decimal(figure->sameTypeParticipants)),
        rows);
    for (int row = 0; row < rows.size(); ++row)
        m_details->item(row, 1)->setText(tr("took part"));
}

void ReviewView::showSubgroup(qint64 subgroupId)
{
    m_shownActivity = 0;
    m_reviewButton->setEnabled(false);
    QList<std::pair<int, QString>> rows;
    QHash<int, int> messages;
    for (const MemberFigure &figure : m_series.members)
        messages.insert(figure.member, figure.messages);
    for (int member : ReviewCalculator::subgroupMembers(m_input, m_series.filter, subgroupId))
        rows.append({member, QString::number(messages.value(member))});
    QString name = subgroupName(m_input, subgroupId);
    if (subgroupId == ReviewFilter::NoSubgroup)
        name = tr("No subgroup");
    setDetails(tr("%1: %n member(s)", nullptr, int(rows.size())).arg(name), rows);
    for (const MemberFigure &figure : m_series.members) {
        for (int row = 0; row < rows.size(); ++row) {
            if (rows.at(row).first == figure.member)
                m_details->item(row, 1)->setText(EngagementTiers::displayName(figure.tier));
        }
    }
}

void ReviewView::showTier(EngagementTier tier)
{
    m_shownActivity = 0;
    m_reviewButton->setEnabled(false);
    QList<std::pair<int, QString>> rows;
    for (const MemberFigure &figure : m_series.members) {
        if (figure.tier == tier)
            rows.append({figure.member, QString::number(figure.messages)});
    }
    setDetails(tr("%1: %n member(s)", nullptr, int(rows.size())).arg(EngagementTiers::displayName(tier)), rows);
    for (int row = 0; row < rows.size(); ++row)
        m_details->item(row, 1)->setText(EngagementTiers::displayName(tier));
}

void ReviewView::selectMember(int member)
{
    if (member < 0 || member >= m_input.members.size())
        return;
    m_strip->setDays(m_input.members.at(member).displayName(),
                     ReviewCalculator::memberStrip(m_input, member, m_series.from, m_series.to, m_series.asOf));
}

void ReviewView::showFeedback(const QString &text, FeedbackTone tone)
{
    m_feedback->setText(text);
    m_feedback->setToolTip(plainToolTip(text));
    setFeedbackTone(m_feedback, tone);
}

void ReviewView::copyNudge(int member)
{
    if (member < 0 || member >= m_input.members.size())
        return;
    CopyContext context;
    context.campId = m_campId;
    context.date = m_today;
    context.member = m_input.members.at(member).displayName();
    SpeechCopier::fillSubgroup(*m_document, context);
    // The nudge suits the silence: "in a while" only once the member has
    // been silent as long as the camp calls at risk.
    const auto figure = std::find_if(m_series.members.cbegin(), m_series.members.cend(),
                                     [member](const MemberFigure &f) { return f.member == member; });
    const bool longSilence
        = figure != m_series.members.cend() && (figure->neverSpoke || figure->silentDays >= m_series.silentAfterDays);
    auto copied = SpeechCopier::copyNext(
        *m_document, SpeechCategory::SilentNudge, context,
        [longSilence](const SpeechTemplate &line) { return line.forLongSilence() == longSilence; });
    if (!copied) {
        showFeedback(copied.error().message, FeedbackTone::Problem);
        return;
    }
    showFeedback(tr("Copied: %1").arg(QGuiApplication::clipboard()->text()), FeedbackTone::Success);
}

void ReviewView::openReviewOfShownActivity()
{
    if (m_shownActivity == 0)
        return;
    if (ActivityReviewDialog::openFor(m_document, m_campId, m_shownActivity, this))
        Q_EMIT reviewOpened(m_shownActivity);
}

void ReviewView::exportReport()
{
    const QString path = FileDialog::getSaveFileName(
        this, tr("Export Review Report as PDF"), tr("%1 review.pdf").arg(m_input.camp.name), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    // The screen and the report as of one moment: what has happened by
    // now (a later activity of today, say) is in both or in neither.
    recompute();
    if (auto written = m_document->writeReviewReport(m_campId, currentFilter(), m_options, path); !written) {
        MessageBox::critical(this, tr("Export Review Report"), written.error().message);
        return;
    }
    showFeedback(tr("Report written to %1").arg(QDir::toNativeSeparators(path)), FeedbackTone::Success);
    m_document->announce(m_feedback->text());
}

} // namespace CampDesk
