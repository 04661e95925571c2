#pragma once

#include "core/review/ReviewInput.h"
#include "core/review/ReviewSeries.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace CampDesk {

// The check-in grid: the review's members by course days or by check-in
// activities. Cells are ticked by the review's own rule and every column's
// figure is the review's (ReviewSeries), so the Participation tab, the
// Review tab, the PDF and the CLI give one number for one question.
class CheckInGrid final {
    Q_DECLARE_TR_FUNCTIONS(CheckInGrid)

public:
    enum class Columns { CourseDays, CheckInActivities };
    enum class Cell { Open, Checked, OutOfCamp };

    struct Row {
        int member = -1; // index into ReviewInput::members
        QString label; // "name · subgroup", told apart when two read the same
    };
    struct Column {
        QDate day;
        qint64 activityId = 0; // 0: the whole course day
        QString title;
        int members = 0; // the review's members in the camp that day
        int checkedIn = 0; // of them, checked in by the review's rule
        std::optional<double> rate; // empty until the day (or activity) has happened
        bool counting = false; // today: its figure is still growing
        bool onlyCheckInActivityThatDay = false;
    };

    // `series` must be computed from `input` (its filter chooses the rows).
    [[nodiscard]] static CheckInGrid build(const ReviewInput &input, const ReviewSeries &series, Columns columns);

    const QList<Row> &rows() const { return m_rows; }
    const QList<Column> &columns() const { return m_columns; }
    Cell cell(int row, int column) const;

private:
    QList<Row> m_rows;
    QList<Column> m_columns;
    std::vector<Cell> m_cells; // row-major
};

} // namespace CampDesk
