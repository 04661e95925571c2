#include "ui/capture/CheckInGridModel.h"

#include "core/io/DataTable.h"
#include "core/review/ReviewCalculator.h"
#include "ui/WorkspaceDocument.h"
#include "ui/widgets/PlainToolTip.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QPalette>

namespace CampDesk {

CheckInGridModel::CheckInGridModel(WorkspaceDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_today(QDate::currentDate())
{
    const auto follow = [this](qint64 campId) {
        if (campId == m_campId)
            reload();
    };
    connect(document, &WorkspaceDocument::participationChanged, this, follow);
    connect(document, &WorkspaceDocument::membersChanged, this, follow);
    connect(document, &WorkspaceDocument::activitiesChanged, this, follow);
    connect(document, &WorkspaceDocument::campChanged, this, follow);
}

void CheckInGridModel::setCamp(qint64 campId)
{
    m_campId = campId;
    reload();
}

void CheckInGridModel::setColumns(Columns columns)
{
    m_columns = columns;
    reload();
}

void CheckInGridModel::setToday(QDate today)
{
    if (today == m_today)
        return;
    m_today = today;
    reload();
}

void CheckInGridModel::reload()
{
    ReviewInput input;
    ReviewSeries series;
    CheckInGrid grid;
    QHash<qint64, QList<CheckIn>> stored;
    QString error;
    if (m_campId != 0) {
        if (auto loaded = m_document->reviewInput(m_campId)) {
            input = std::move(*loaded);
            series = ReviewCalculator::compute(input, {}, ReviewCalculator::optionsOn(m_today, input.camp));
            grid = CheckInGrid::build(input, series, m_columns);
            auto checkIns = m_document->checkIns(m_campId);
            if (!checkIns)
                error = checkIns.error().message;
            for (const CheckIn &checkIn : checkIns.value_or(QList<CheckIn> {}))
                stored[checkIn.personId].append(checkIn);
        } else {
            error = loaded.error().message;
        }
    }
    // Only ticks changed: update in place so the selection survives (ticking
    // a block and then clearing it is one gesture for operators).
    const auto sameRows = [&] {
        if (grid.rows().size() != m_grid.rows().size() || grid.columns().size() != m_grid.columns().size())
            return false;
        for (qsizetype row = 0; row < grid.rows().size(); ++row) {
            if (input.members.at(grid.rows().at(row).member).personId != personAt(int(row))
                || grid.rows().at(row).label != m_grid.rows().at(row).label)
                return false;
        }
        for (qsizetype column = 0; column < grid.columns().size(); ++column) {
            if (grid.columns().at(column).day != m_grid.columns().at(column).day
                || grid.columns().at(column).activityId != m_grid.columns().at(column).activityId
                || grid.columns().at(column).title != m_grid.columns().at(column).title)
                return false;
        }
        return true;
    };
    const bool sameShape = sameRows();
    if (!sameShape)
        beginResetModel();
    m_input = std::move(input);
    m_series = std::move(series);
    m_grid = std::move(grid);
    m_stored = std::move(stored);
    m_error = std::move(error);
    if (!sameShape) {
        endResetModel();
    } else if (rowCount() > 0 && columnCount() > 1) {
        Q_EMIT dataChanged(index(0, 1), index(rowCount() - 1, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Horizontal, 1, columnCount() - 1);
    }
    Q_EMIT figuresChanged();
}

int CheckInGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_grid.rows().size());
}

int CheckInGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_grid.columns().size()) + 1;
}

qint64 CheckInGridModel::personAt(int row) const
{
    return row >= 0 && row < m_grid.rows().size() ? m_input.members.at(m_grid.rows().at(row).member).personId : 0;
}

QList<CheckIn> CheckInGridModel::storedOn(qint64 personId, QDate day) const
{
    QList<CheckIn> found;
    for (const CheckIn &checkIn : m_stored.value(personId)) {
        if (checkIn.day == day)
            found.append(checkIn);
    }
    return found;
}

bool CheckInGridModel::isChecked(const QModelIndex &index) const
{
    return index.isValid() && index.column() > 0
        && m_grid.cell(index.row(), index.column() - 1) == CheckInGrid::Cell::Checked;
}

QList<CheckIn> CheckInGridModel::checkInsToAdd(const QModelIndex &index) const
{
    if (!index.isValid() || index.column() == 0
        || m_grid.cell(index.row(), index.column() - 1) != CheckInGrid::Cell::Open)
        return {};
    const CheckInGrid::Column &column = m_grid.columns().at(index.column() - 1);
    return {CheckIn {personAt(index.row()), column.day, column.activityId, CheckInSource::Manual, {}}};
}

QList<CheckIn> CheckInGridModel::checkInsToRemove(const QModelIndex &index) const
{
    if (!isChecked(index))
        return {};
    const CheckInGrid::Column &column = m_grid.columns().at(index.column() - 1);
    QList<CheckIn> remove;
    // The same rule that ticked the cell: a day's column is ticked by any
    // check-in that day, the day's only check-in activity by any as well.
    for (const CheckIn &checkIn : storedOn(personAt(index.row()), column.day)) {
        if (column.activityId == 0 || column.onlyCheckInActivityThatDay || checkIn.activityId == column.activityId)
            remove.append(checkIn);
    }
    return remove;
}

std::optional<double> CheckInGridModel::completion(int column) const
{
    if (column < 1 || column > m_grid.columns().size())
        return std::nullopt;
    return m_grid.columns().at(column - 1).rate;
}

QDate CheckInGridModel::columnDay(int column) const
{
    return column >= 1 && column <= m_grid.columns().size() ? m_grid.columns().at(column - 1).day : QDate();
}

QVariant CheckInGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CheckInGrid::Row &row = m_grid.rows().at(index.row());
    const ReviewMember &member = m_input.members.at(row.member);
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return row.label;
        case Qt::ToolTipRole:
            return member.groupNickname.isEmpty() ? QVariant() : plainToolTip(member.groupNickname);
        default:
            return {};
        }
    }
    const CheckInGrid::Column &column = m_grid.columns().at(index.column() - 1);
    const CheckInGrid::Cell cell = m_grid.cell(index.row(), index.column() - 1);
    const bool checked = cell == CheckInGrid::Cell::Checked;
    const QString day = DataTable::date(column.day);
    switch (role) {
    case Qt::DisplayRole:
        return checked ? QStringLiteral("✓") : cell == CheckInGrid::Cell::OutOfCamp ? QStringLiteral("–") : QString();
    case Qt::AccessibleTextRole:
        return checked                             ? tr("Checked in")
            : cell == CheckInGrid::Cell::OutOfCamp ? tr("Not in the camp")
                                                   : tr("Not checked in");
    case CheckedRole:
        return checked;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        if (checked)
            return QBrush(QColor(0x2e, 0x7d, 0x32, 60));
        return cell == CheckInGrid::Cell::OutOfCamp ? QVariant(QPalette().brush(QPalette::Window)) : QVariant();
    case Qt::ForegroundRole:
        return cell == CheckInGrid::Cell::OutOfCamp ? QVariant(QPalette().brush(QPalette::Disabled, QPalette::Text))
                                                    : QVariant();
    case Qt::ToolTipRole: {
        if (cell == CheckInGrid::Cell::OutOfCamp)
            return plainToolTip(
                tr("%1 was not in the camp on %2, so the day does not count for them").arg(member.name, day));
        if (!checked)
            return plainToolTip(tr("%1 has not checked in on %2").arg(member.name, day));
        QStringList lines;
        for (const CheckIn &checkIn : checkInsToRemove(index)) {
            const QString source = checkIn.source == CheckInSource::Jielong ? tr("from a sign-up list")
                : checkIn.source == CheckInSource::Chat                     ? tr("from the chat")
                                                                            : tr("ticked by hand");
            lines.append(checkIn.note.isEmpty() ? source : tr("%1: %2").arg(source, checkIn.note));
        }
        return plainToolTip(lines.join(u'\n'));
    }
    default:
        return {};
    }
}

QVariant CheckInGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return role == Qt::DisplayRole ? QVariant(tr("Member")) : QVariant();
    if (section > m_grid.columns().size())
        return {};
    const CheckInGrid::Column &column = m_grid.columns().at(section - 1);
    const QString rate = DataTable::percent(column.rate);
    switch (role) {
    case Qt::DisplayRole:
        // Today's figure is still growing: the header says "today" and how
        // many have checked in so far; a rate ("0.0 %" before the morning's
        // check-in) would read like a result.
        if (column.day == m_today)
            return QStringLiteral("%1\n%2\n%3")
                .arg(column.title, tr("today"), tr("%n so far", nullptr, column.checkedIn));
        return QStringLiteral("%1\n%2\n%3")
            .arg(column.title, QLocale().toString(column.day, QStringLiteral("M/d")),
                 column.rate ? rate : QStringLiteral("—"));
    case CompletionRole:
        return column.rate ? QVariant(*column.rate) : QVariant();
    case Qt::ToolTipRole:
        if (!column.rate)
            return plainToolTip(
                tr("%1, %2: not counted until it has happened").arg(column.title, DataTable::date(column.day)));
        return plainToolTip(tr("%1, %2: %3 of %4 members checked in (%5)")
                                .arg(column.title, DataTable::date(column.day))
                                .arg(column.checkedIn)
                                .arg(column.members)
                                .arg(rate)
                            + (column.counting
                                   ? u'\n' + tr("Today is still counting; it enters the average once it is over.")
                                   : QString()));
    default:
        return {};
    }
}

Qt::ItemFlags CheckInGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.column() > 0 && m_grid.cell(index.row(), index.column() - 1) == CheckInGrid::Cell::OutOfCamp)
        return Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace CampDesk
