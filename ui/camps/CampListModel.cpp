#include "ui/camps/CampListModel.h"

#include "core/DateFormat.h"
#include "ui/WorkspaceDocument.h"
#include "ui/widgets/PlainToolTip.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace CampDesk {

namespace {

// Same order as CampRepository::list(): newest course first.
bool comesBefore(const Camp &a, const Camp &b)
{
    if (a.courseStart != b.courseStart)
        return a.courseStart > b.courseStart;
    return a.id > b.id;
}

} // namespace

CampListModel::CampListModel(WorkspaceDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
    , m_camps(document->valueOrReport(document->camps()))
    , m_nextDay(new QTimer(this))
{
    m_nextDay->setSingleShot(true);
    connect(m_nextDay, &QTimer::timeout, this, &CampListModel::refreshToday);
    scheduleNextDay();
    connect(document, &WorkspaceDocument::campAdded, this, &CampListModel::onCampAdded);
    connect(document, &WorkspaceDocument::campChanged, this, &CampListModel::onCampChanged);
    connect(document, &WorkspaceDocument::campRemoved, this, &CampListModel::onCampRemoved);
}

int CampListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_camps.size());
}

QVariant CampListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Camp &camp = m_camps.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return camp.name;
    case Qt::ToolTipRole:
        return plainToolTip(tr("%1\n%2 · course %3")
                                .arg(camp.name, CampStatuses::displayName(camp.statusOn(todayOf(camp))),
                                     data(index, DateRangeRole).toString()));
    case CampIdRole:
        return camp.id;
    case StatusRole:
        return int(camp.statusOn(todayOf(camp)));
    case DateRangeRole: {
        const QLocale locale;
        const QString format = DateFormat::shortDate();
        return tr("%1 – %2").arg(locale.toString(camp.courseStart, format), locale.toString(camp.courseEnd, format));
    }
    default:
        return {};
    }
}

QModelIndex CampListModel::indexOfCamp(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row);
}

void CampListModel::setToday(QDate today)
{
    m_today = today;
    refreshToday();
}

void CampListModel::refreshToday()
{
    if (!m_camps.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_camps.size()) - 1), {Qt::ToolTipRole, StatusRole});
    scheduleNextDay();
}

QDate CampListModel::todayOf(const Camp &camp) const
{
    return m_today.isValid() ? m_today : camp.today();
}

void CampListModel::scheduleNextDay()
{
    if (m_today.isValid() || m_camps.isEmpty()) {
        m_nextDay->stop();
        return;
    }
    // A second past the earliest midnight: a timer that fires a moment
    // early (or a clock put back) finds the same days and waits again.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 wait = std::numeric_limits<qint64>::max();
    for (const Camp &camp : std::as_const(m_camps)) {
        const QTimeZone zone = camp.zone();
        wait = std::min(wait, now.msecsTo(QDateTime(now.toTimeZone(zone).date().addDays(1), QTime(0, 0, 1), zone)));
    }
    m_nextDay->start(std::chrono::milliseconds(std::max<qint64>(1000, wait)));
}

int CampListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_camps.size(); ++row) {
        if (m_camps.at(row).id == id)
            return row;
    }
    return -1;
}

int CampListModel::insertionRow(const Camp &camp) const
{
    int row = 0;
    while (row < m_camps.size() && comesBefore(m_camps.at(row), camp))
        ++row;
    return row;
}

void CampListModel::onCampAdded(qint64 id)
{
    const std::optional<Camp> camp = m_document->camp(id);
    if (!camp || rowOf(id) >= 0)
        return;
    const int row = insertionRow(*camp);
    beginInsertRows({}, row, row);
    m_camps.insert(row, *camp);
    endInsertRows();
    scheduleNextDay();
}

void CampListModel::onCampChanged(qint64 id)
{
    const std::optional<Camp> camp = m_document->camp(id);
    const int row = rowOf(id);
    if (!camp)
        return;
    if (row < 0) {
        // Another operator's new camp (WorkspaceDocument::followElsewhere):
        // listed, not selected, since this operator is looking at another.
        onCampAdded(id);
        return;
    }
    m_camps[row] = *camp;
    Q_EMIT dataChanged(index(row), index(row));
    scheduleNextDay(); // its zone may have changed

    // A date change can move the camp in the list.
    Camp moved = m_camps.takeAt(row);
    const int target = insertionRow(moved);
    m_camps.insert(row, moved);
    if (target == row)
        return;
    beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
    m_camps.move(row, target);
    endMoveRows();
}

void CampListModel::onCampRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_camps.removeAt(row);
    endRemoveRows();
}

} // namespace CampDesk
