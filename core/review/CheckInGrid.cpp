#include "core/review/CheckInGrid.h"

#include "core/review/ReviewCalculator.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace CampDesk {

namespace {

QString subgroupName(const ReviewInput &input, qint64 id)
{
    for (const Subgroup &subgroup : input.subgroups) {
        if (subgroup.id == id)
            return subgroup.name;
    }
    return {};
}

QList<CheckInGrid::Column> columnsOf(const ReviewInput &input, const ReviewSeries &series, CheckInGrid::Columns kind)
{
    QList<CheckInGrid::Column> columns;
    if (kind == CheckInGrid::Columns::CourseDays) {
        int number = 1;
        for (QDate day = input.camp.courseStart; day.isValid() && day <= input.camp.courseEnd; day = day.addDays(1)) {
            CheckInGrid::Column column {day, 0, CheckInGrid::tr("Day %1").arg(number++)};
            if (const DayFigure *figure = series.dayFigure(day)) {
                column.members = figure->members;
                column.checkedIn = figure->elapsed ? figure->checkedIn : 0;
                column.rate = figure->checkInRate;
                column.counting = figure->elapsed && !figure->complete;
            }
            columns.append(column);
        }
        return columns;
    }
    const QHash<int, int> perDay = ReviewCalculator::checkInActivitiesPerDay(input);
    for (const ReviewActivity &activity : input.activities) {
        if (activity.type != ActivityType::CheckIn || activity.status == ActivityStatus::Skipped)
            continue;
        CheckInGrid::Column column {activity.start.date(), activity.id, activity.title};
        column.onlyCheckInActivityThatDay = perDay.value(input.dayIndex(column.day)) == 1;
        if (const DayFigure *figure = series.dayFigure(column.day)) {
            column.members = figure->members;
            column.counting = figure->elapsed && !figure->complete;
        }
        for (const CheckInActivityFigure &figure : series.checkInActivities) {
            if (figure.activityId == activity.id) {
                column.members = figure.members;
                column.checkedIn = figure.checkedIn;
                column.rate = figure.rate;
            }
        }
        columns.append(column);
    }
    return columns;
}

// Rows in subgroup and name order; two rows that would read the same get the
// member's nickname in the group, or failing that a number, after the name.
QList<CheckInGrid::Row> rowsOf(const ReviewInput &input, const ReviewSeries &series,
                               const QList<CheckInGrid::Column> &columns)
{
    QList<CheckInGrid::Row> rows;
    QList<QString> subgroups;
    for (int member = 0; member < input.members.size(); ++member) {
        const ReviewMember &who = input.members.at(member);
        if (!ReviewCalculator::counts(who, series.filter))
            continue;
        const bool inCampOnAColumn
            = std::any_of(columns.cbegin(), columns.cend(),
                          [&who](const CheckInGrid::Column &column) { return who.inCampOn(column.day); });
        if (!inCampOnAColumn && !columns.isEmpty())
            continue;
        const QString subgroup = subgroupName(input, who.subgroupId);
        rows.append({member, subgroup.isEmpty() ? who.name : CheckInGrid::tr("%1 · %2").arg(who.name, subgroup)});
        subgroups.append(subgroup);
    }
    QList<int> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (subgroups.at(a) != subgroups.at(b))
            return subgroups.at(b).isEmpty()
                || (!subgroups.at(a).isEmpty() && subgroups.at(a).localeAwareCompare(subgroups.at(b)) < 0);
        return rows.at(a).label.localeAwareCompare(rows.at(b).label) < 0;
    });
    QList<CheckInGrid::Row> sorted;
    QHash<QString, int> seen;
    for (int index : std::as_const(order))
        ++seen[rows.at(index).label];
    for (int index : std::as_const(order)) {
        CheckInGrid::Row row = rows.at(index);
        if (seen.value(row.label) > 1) {
            const ReviewMember &who = input.members.at(row.member);
            row.label = who.groupNickname.isEmpty() || who.groupNickname == who.name
                ? CheckInGrid::tr("%1 (#%2)").arg(row.label).arg(who.personId)
                : CheckInGrid::tr("%1 (%2)").arg(row.label, who.groupNickname);
        }
        sorted.append(row);
    }
    return sorted;
}

} // namespace

CheckInGrid CheckInGrid::build(const ReviewInput &input, const ReviewSeries &series, Columns columns)
{
    CheckInGrid grid;
    grid.m_columns = columnsOf(input, series, columns);
    grid.m_rows = rowsOf(input, series, grid.m_columns);
    grid.m_cells.assign(std::size_t(grid.m_rows.size()) * std::size_t(grid.m_columns.size()), Cell::Open);
    QHash<qint64, QSet<int>> ownCheckIns; // activity → member indices
    for (const ReviewActivity &activity : input.activities) {
        if (activity.type == ActivityType::CheckIn)
            ownCheckIns.insert(activity.id, QSet<int>(activity.checkIns.cbegin(), activity.checkIns.cend()));
    }
    for (qsizetype r = 0; r < grid.m_rows.size(); ++r) {
        const int member = grid.m_rows.at(r).member;
        const ReviewMember &who = input.members.at(member);
        for (qsizetype c = 0; c < grid.m_columns.size(); ++c) {
            const Column &column = grid.m_columns.at(c);
            Cell &cell = grid.m_cells[std::size_t(r) * std::size_t(grid.m_columns.size()) + std::size_t(c)];
            const int day = input.dayIndex(column.day);
            if (!who.inCampOn(column.day) || day < 0 || day >= input.dayCount) {
                cell = Cell::OutOfCamp;
                continue;
            }
            const bool any = input.checkInsOf(member, day) > 0;
            const bool checked = column.activityId == 0
                ? any
                : ReviewCalculator::checkedInFor(ownCheckIns.value(column.activityId).contains(member), any,
                                                 column.onlyCheckInActivityThatDay);
            cell = checked ? Cell::Checked : Cell::Open;
        }
    }
    return grid;
}

CheckInGrid::Cell CheckInGrid::cell(int row, int column) const
{
    if (row < 0 || column < 0 || row >= m_rows.size() || column >= m_columns.size())
        return Cell::OutOfCamp;
    return m_cells[std::size_t(row) * std::size_t(m_columns.size()) + std::size_t(column)];
}

} // namespace CampDesk
