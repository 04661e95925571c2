#include "ui/plan/AgendaModel.h"

#include "core/DateFormat.h"
#include "core/plan/RunSheet.h"
#include "ui/plan/ActivityStyle.h"
#include "ui/widgets/CopyGlyph.h"
#include "ui/widgets/PlainToolTip.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace CampDesk {

AgendaModel::AgendaModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void AgendaModel::setPlan(const Camp &camp, const QList<Activity> &activities, const QHash<qint64, QString> &ownerNames)
{
    beginResetModel();
    m_camp = camp;
    m_ownerNames = ownerNames;
    m_days.clear();
    QList<Activity> sorted = activities;
    std::sort(sorted.begin(), sorted.end(), startsBefore);
    for (const Activity &activity : std::as_const(sorted)) {
        if (m_days.isEmpty() || m_days.last().date != activity.start.date())
            m_days.append({activity.start.date(), {}});
        m_days.last().activities.append(activity);
    }
    endResetModel();
}

QModelIndex AgendaModel::indexOfActivity(qint64 id) const
{
    for (int day = 0; day < m_days.size(); ++day) {
        for (int row = 0; row < m_days.at(day).activities.size(); ++row) {
            if (m_days.at(day).activities.at(row).id == id)
                return createIndex(row, 0, quintptr(day + 1));
        }
    }
    return {};
}

QModelIndex AgendaModel::indexOfDay(QDate date) const
{
    for (int day = 0; day < m_days.size(); ++day) {
        if (m_days.at(day).date >= date)
            return createIndex(day, 0, quintptr(0));
    }
    return {};
}

QModelIndex AgendaModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    if (parent.internalId() != 0)
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex AgendaModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_days.size());
    if (parent.internalId() == 0 && parent.column() == 0)
        return int(m_days.at(parent.row()).activities.size());
    return 0;
}

int AgendaModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return dayData(m_days.at(index.row()), index.column(), role);
    const Day &day = m_days.at(int(index.internalId() - 1));
    return activityData(day.activities.at(index.row()), index.column(), role);
}

QVariant AgendaModel::dayData(const Day &day, int column, int role) const
{
    if (role == DateRole)
        return day.date;
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole || column != TitleColumn)
        return {};
    // Activities whose time a damaged workspace holds unreadable: listed,
    // so that the run sheet's and the calendar export's refusals can be mended.
    if (!day.date.isValid())
        return tr("Time cannot be read");
    const QLocale locale;
    QString label
        = locale.toString(day.date, QStringLiteral("ddd ")) + locale.toString(day.date, DateFormat::shortDate());
    if (m_camp.courseStart.isValid())
        label += QStringLiteral(" · ") + RunSheet::phaseText(m_camp, day.date);
    return label;
}

QVariant AgendaModel::activityData(const Activity &activity, int column, int role) const
{
    switch (role) {
    case ActivityIdRole:
        return activity.id;
    case DateRole:
        return activity.start.date();
    case HasTextRole:
        return activity.speechTemplateId != 0;
    case Qt::CheckStateRole:
        if (column == TitleColumn)
            return activity.status == ActivityStatus::Done ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::DecorationRole:
        if (column == TypeColumn)
            return ActivityStyle::color(activity.type);
        if (column == TextColumn && activity.speechTemplateId != 0)
            return CopyGlyph::icon(QGuiApplication::palette().color(QPalette::Text));
        return {};
    case Qt::ForegroundRole:
        if (activity.status == ActivityStatus::Skipped)
            return QBrush(Qt::gray);
        return {};
    case Qt::ToolTipRole:
        return activity.notes.isEmpty() ? QVariant() : QVariant(plainToolTip(activity.notes));
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn:
            return activity.title;
        case TimeColumn:
            return QStringLiteral("%1–%2").arg(activity.start.time().toString(QStringLiteral("HH:mm")),
                                               activity.end.time().toString(QStringLiteral("HH:mm")));
        case TypeColumn:
            return ActivityTypes::displayName(activity.type);
        case OwnerColumn:
            return m_ownerNames.value(activity.ownerMembershipId);
        case StatusColumn:
            return ActivityStatuses::displayName(activity.status);
        case TextColumn:
            return activity.speechTemplateId != 0 ? tr("Copy text") : QString();
        default:
            return {};
        }
    default:
        return {};
    }
}

bool AgendaModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || index.internalId() == 0 || index.column() != TitleColumn)
        return false;
    const Activity &activity = m_days.at(int(index.internalId() - 1)).activities.at(index.row());
    Q_EMIT doneToggled(activity.id, Qt::CheckState(value.toInt()) == Qt::Checked);
    return true;
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != 0 && index.column() == TitleColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Activity");
    case TimeColumn:
        return tr("Time");
    case TypeColumn:
        return tr("Type");
    case OwnerColumn:
        return tr("Owner");
    case StatusColumn:
        return tr("Status");
    case TextColumn:
        return tr("Prepared text");
    default:
        return {};
    }
}

} // namespace CampDesk
