#pragma once

#include "core/review/ReviewSeries.h"
#include "core/review/ReviewTables.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace CampDesk {

// A chart of the review and what its points and bars stand for.
struct ReviewChartData final {
    QChart *chart = nullptr; // the caller owns it
    ReviewChart kind = ReviewChart::ActiveRate;
    QList<QDate> days; // x index → day (rate, check-in and joins charts)
    QList<qint64> activities; // bar index → activity id
    QList<qint64> subgroups; // bar index → subgroup id
    QList<EngagementTier> tiers; // slice index → tier
};

// Maps computed series to Qt Charts; every number comes from the core
// (KMyMoney's split). The dashboard and the PDF report draw the same charts.
class ReviewCharts final {
    Q_DECLARE_TR_FUNCTIONS(ReviewCharts)

public:
    // The most recent activities shown as bars; the table has them all.
    static constexpr int MaxActivityBars = 16;

    // `comparison`: another camp's series, drawn on the active-rate chart
    // aligned by course day.
    static ReviewChartData build(ReviewChart kind, const ReviewSeries &series, const ReviewSeries *comparison = nullptr,
                                 const QString &comparisonName = {});
    static QString dayLabel(QDate day);
    // An activity's title as a bar's label: whole up to 18 characters.
    static QString shortTitle(const QString &title);
    // The height, in the chart's units, at which every activity bar and its
    // label has room (the PDF draws the chart this tall).
    static int activitiesHeight(const ReviewSeries &series);
};

} // namespace CampDesk
