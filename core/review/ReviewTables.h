#pragma once

#include "core/io/DataTable.h"
#include "core/review/ReviewInput.h"
#include "core/review/ReviewSeries.h"

#include <QCoreApplication>
#include <QStringList>

namespace CampDesk {

// The review's charts, each with the table of numbers behind it: the
// dashboard exports a chart's table as CSV, and the PDF report prints them.
enum class ReviewChart { ActiveRate, CheckIns, Subgroups, Activities, Tiers, JoinsLeaves };

class ReviewTables final {
    Q_DECLARE_TR_FUNCTIONS(ReviewTables)

public:
    static QList<ReviewChart> charts();
    static QString title(ReviewChart chart);
    // Where a chart's CSV export is saved by default ("active-rate").
    static QString fileStem(ReviewChart chart);
    // `comparison` (the active-rate chart's other camp, by course day) adds
    // its column, named after `comparedName`.
    static DataTable table(ReviewChart chart, const ReviewSeries &series,
                           const QList<CampComparisonRow> *comparison = nullptr, const QString &comparedName = {});

    // Activities worth a bar: the ones members take part in, not the
    // announcements, digests and staff tasks around them.
    static bool isEngagement(ActivityType type);

    static DataTable silentMembers(const ReviewSeries &series);
    static DataTable leaderboard(const ReviewSeries &series, int limit);
    static DataTable checkInActivities(const ReviewSeries &series);
};

} // namespace CampDesk
