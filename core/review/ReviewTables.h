#pragma once

#include "review/ReviewInput.h"
#include "review/ReviewSeries.h"

#include <QCoreApplication>
#include <QStringList>

namespace CampDesk {

// The review's charts, each with the table of numbers behind it: the
// dashboard exports a chart's table as CSV, and the PDF report prints them.
enum class ReviewChart { ActiveRate, CheckIns, Subgroups, Activities, Tiers, JoinsLeaves };

struct ReviewTable final
{
    QString title;
    QStringList header;
    QList<QStringList> rows;
};

class ReviewTables final
{
    Q_DECLARE_TR_FUNCTIONS(ReviewTables)

public:
    static QList<ReviewChart> charts();
    static QString title(ReviewChart chart);
    // Where a chart's CSV export is saved by default ("active-rate").
    static QString fileStem(ReviewChart chart);
    static ReviewTable table(ReviewChart chart, const ReviewSeries &series);

    // Activities worth a bar: the ones members take part in, not the
    // announcements, digests and staff tasks around them.
    static bool isEngagement(ActivityType type);

    static ReviewTable silentMembers(const ReviewSeries &series);
    static ReviewTable leaderboard(const ReviewSeries &series, int limit);
    static ReviewTable checkInActivities(const ReviewSeries &series);

    // "35.5 %", or "–" without a value.
    static QString percent(const std::optional<double> &value);
};

} // namespace CampDesk
