#include "capture/CheckInGridModel.h"

#include "widgets/PlainToolTip.h"

#include "DateFormat.h"
#include "WorkspaceDocument.h"
#include "domain/MemberRole.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QPalette>

namespace CampDesk {

CheckInGridModel::CheckInGridModel(WorkspaceDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
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

QString CheckInGridModel::cellKey(qint64 personId, QDate day, qint64 activityId)
{
    return QStringLiteral("%1|%2|%3").arg(personId).arg(day.toJulianDay()).arg(activityId);
}

void CheckInGridModel::reload()
{
    QList<RosterEntry> members;
    QList<Column> columns;
    QHash<QString, CheckIn> checked;
    QList<int> perColumn;
    if (const std::optional<Camp> camp = m_document->camp(m_campId)) {
        // Staff run the check-ins; the grid is about the members who make them.
        for (const RosterEntry &entry : m_document->roster(m_campId)) {
            if (!MemberRoles::isStaff(entry.membership.role) && entry.membership.status != MembershipStatus::Removed)
                members.append(entry);
        }
        if (m_columns == Columns::CourseDays) {
            int number = 1;
            for (QDate day = camp->courseStart; day <= camp->courseEnd; day = day.addDays(1), ++number)
                columns.append({day, 0, tr("Day %1").arg(number)});
        } else {
            for (const Activity &activity : m_document->activities(m_campId)) {
                if (activity.type == ActivityType::CheckIn)
                    columns.append({activity.start.date(), activity.id, activity.title});
            }
        }
        for (const CheckIn &checkIn : m_document->checkIns(m_campId))
            checked.insert(cellKey(checkIn.personId, checkIn.day, checkIn.activityId), checkIn);
        for (const Column &column : std::as_const(columns)) {
            int count = 0;
            for (const RosterEntry &entry : std::as_const(members))
                count += checked.contains(cellKey(entry.person.id, column.day, column.activityId)) ? 1 : 0;
            perColumn.append(count);
        }
    }
    // Only ticks changed: update in place so the selection survives (ticking
    // a block and then clearing it is one gesture for operators).
    const bool sameShape = members == m_members && columns == m_columnList;
    if (!sameShape)
        beginResetModel();
    m_members = std::move(members);
    m_columnList = std::move(columns);
    m_checked = std::move(checked);
    m_checkedPerColumn = std::move(perColumn);
    if (!sameShape) {
        endResetModel();
    } else if (!m_members.isEmpty() && !m_columnList.isEmpty()) {
        Q_EMIT dataChanged(index(0, 1), index(rowCount() - 1, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Horizontal, 1, columnCount() - 1);
    }
}

int CheckInGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int CheckInGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columnList.size()) + 1;
}

CheckIn CheckInGridModel::checkInAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.column() == 0 || index.row() >= m_members.size())
        return {};
    const Column &column = m_columnList.at(index.column() - 1);
    const qint64 personId = m_members.at(index.row()).person.id;
    const auto found = m_checked.constFind(cellKey(personId, column.day, column.activityId));
    if (found != m_checked.constEnd())
        return *found;
    return CheckIn{personId, column.day, column.activityId, CheckInSource::Manual, {}};
}

bool CheckInGridModel::isChecked(const QModelIndex &index) const
{
    if (!index.isValid() || index.column() == 0)
        return false;
    const CheckIn checkIn = checkInAt(index);
    return m_checked.contains(cellKey(checkIn.personId, checkIn.day, checkIn.activityId));
}

double CheckInGridModel::completion(int column) const
{
    if (column < 1 || column > m_checkedPerColumn.size() || m_members.isEmpty())
        return 0.0;
    return 100.0 * m_checkedPerColumn.at(column - 1) / double(m_members.size());
}

QDate CheckInGridModel::columnDay(int column) const
{
    return column >= 1 && column <= m_columnList.size() ? m_columnList.at(column - 1).day : QDate();
}

QVariant CheckInGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RosterEntry &member = m_members.at(index.row());
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return member.subgroup.isEmpty() ? member.person.displayName
                                             : tr("%1 · %2").arg(member.person.displayName, member.subgroup);
        case Qt::ToolTipRole: return plainToolTip(member.membership.groupNickname);
        default: return {};
        }
    }
    const bool checked = isChecked(index);
    switch (role) {
    case Qt::DisplayRole: return checked ? QStringLiteral("✓") : QString();
    case Qt::AccessibleTextRole: return checked ? tr("Checked in") : tr("Not checked in");
    case CheckedRole: return checked;
    case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
    case Qt::BackgroundRole: return checked ? QBrush(QColor(0x2e, 0x7d, 0x32, 60)) : QVariant();
    case Qt::ToolTipRole: {
        if (!checked)
            return plainToolTip(tr("%1 has not checked in on %2").arg(member.person.displayName, QLocale().toString(m_columnList.at(index.column() - 1).day, DateFormat::shortDate())));
        const CheckIn checkIn = checkInAt(index);
        const QString source = checkIn.source == CheckInSource::Jielong ? tr("from a 接龙 list")
            : checkIn.source == CheckInSource::Chat                      ? tr("from the chat")
                                                                         : tr("ticked by hand");
        return checkIn.note.isEmpty() ? source : plainToolTip(tr("%1: %2").arg(source, checkIn.note));
    }
    default: return {};
    }
}

QVariant CheckInGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return role == Qt::DisplayRole ? QVariant(tr("Member")) : QVariant();
    if (section > m_columnList.size())
        return {};
    const Column &column = m_columnList.at(section - 1);
    const double rate = completion(section);
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1\n%2\n%3%").arg(column.title, QLocale().toString(column.day, QStringLiteral("M/d"))).arg(qRound(rate));
    case CompletionRole: return rate;
    case Qt::ToolTipRole:
        return plainToolTip(tr("%1, %2: %3 of %4 members checked in (%5%)")
                                .arg(column.title, QLocale().toString(column.day, DateFormat::shortDate()))
                                .arg(m_checkedPerColumn.at(section - 1))
                                .arg(m_members.size())
                                .arg(QLocale().toString(rate, 'f', 1)));
    default: return {};
    }
}

Qt::ItemFlags CheckInGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace CampDesk
