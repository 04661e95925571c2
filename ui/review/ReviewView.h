#pragma once

#include "core/review/ActivityReviewRepository.h"
#include "core/review/ReviewCalculator.h"
#include "core/review/ReviewInput.h"
#include "core/review/ReviewSeries.h"
#include "core/review/ReviewTables.h"
#include "ui/widgets/FeedbackTone.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace CampDesk {

class MemberStripWidget;
class PiecesLabel;
class ReviewChartView;
class WorkspaceDocument;

// The review dashboard: the camp's participation on charts against its
// goals, filtered by dates, subgroup and staff; clicking a day or a bar
// lists the members behind it, silent members get a nudge line copied in
// one click, and activities get their post-activity review (复盘). Every
// number comes from ReviewCalculator; this widget only draws.
class ReviewView final : public QWidget {
    Q_OBJECT

public:
    explicit ReviewView(WorkspaceDocument *document, QWidget *parent = nullptr);

    void setCampId(qint64 id);
    qint64 campId() const { return m_campId; }
    // A new day: the figures are worked out again (now, or when shown), as
    // the overview and the grid do, so an exported report never differs.
    void setToday(QDate today);

    const ReviewSeries &series() const { return m_series; }
    const ReviewInput &input() const { return m_input; }
    ReviewChartView *chartView(ReviewChart kind) const;
    QTableWidget *details() const { return m_details; }
    QTableWidget *silentTable() const { return m_silent; }
    QTableWidget *leaderboard() const { return m_leaders; }
    QTableWidget *reviewsTable() const { return m_reviews; }
    QTabWidget *sideTabs() const { return m_side; }
    MemberStripWidget *strip() const { return m_strip; }
    QLabel *detailTitle() const { return m_detailTitle; }
    QLabel *feedback() const { return m_feedback; }
    QPushButton *reviewButton() const { return m_reviewButton; }

    void showDay(QDate day);
    void showActivity(qint64 activityId);
    void showSubgroup(qint64 subgroupId);
    void showTier(EngagementTier tier);
    // Copies a nudge line for the member (an index into ReviewInput::members).
    void copyNudge(int member);
    void selectMember(int member);
    void openReviewOfShownActivity();
    void exportReport();
    // Recomputes from the workspace now (normally on the next event loop turn).
    void reload();
    // Recomputes the figures for the current filter and redraws.
    void recompute();
    // Milliseconds of the last reload, compute and redraw (for the benchmark).
    struct Timing {
        double load = 0, compute = 0, draw = 0;
    };
    Timing lastTiming() const { return m_timing; }

Q_SIGNALS:
    void reviewOpened(qint64 activityId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showFeedback(const QString &text, FeedbackTone tone);
    void scheduleReload(qint64 campId);
    // `newCamp`: the filters start afresh; else the operator's choices stay.
    void fillFilters(bool newCamp);
    ReviewFilter currentFilter() const;
    ReviewOptions currentOptions() const;
    void redraw();
    void fillSummary();
    void fillSilent();
    void fillLeaders();
    void fillReviews();
    // The review selected in the list, read afresh; a read that failed is
    // shown in the feedback line.
    std::optional<ActivityReview> selectedReview();
    void setDetails(const QString &title, const QList<std::pair<int, QString>> &rows);
    int memberOfRow(QTableWidget *table, int row) const;

    WorkspaceDocument *m_document;
    qint64 m_campId = 0;
    QDate m_today = QDate::currentDate();
    bool m_dirty = true;
    bool m_reloadQueued = false;
    bool m_fillingFilters = false;
    std::pair<QDate, QDate> m_shownSpan; // the camp's span the date filters were last set to
    ReviewInput m_input;
    ReviewOptions m_options; // those m_series was computed with
    ReviewSeries m_series;
    std::optional<ReviewSeries> m_comparison;
    QString m_comparisonName;
    qint64 m_shownActivity = 0;
    Timing m_timing;

    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_subgroup;
    QCheckBox *m_staff;
    QComboBox *m_compare;
    PiecesLabel *m_summary;
    QList<ReviewChartView *> m_charts;
    QTabWidget *m_side;
    QLabel *m_detailTitle;
    QTableWidget *m_details;
    QPushButton *m_reviewButton;
    QTableWidget *m_silent;
    QTableWidget *m_leaders;
    QTableWidget *m_reviews;
    MemberStripWidget *m_strip;
    QLabel *m_feedback;
};

} // namespace CampDesk
