#include "ui/team/HistoryModel.h"

#include "ui/team/HistoryWords.h"

#include <QLocale>

#include <algorithm>

namespace CampDesk {

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HistoryModel::setEntries(const QList<HistoryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    std::reverse(m_entries.begin(), m_entries.end());
    endResetModel();
}

void HistoryModel::addOlder(const QList<HistoryEntry> &older)
{
    if (older.isEmpty())
        return;
    const int first = int(m_entries.size());
    beginInsertRows(QModelIndex(), first, first + int(older.size()) - 1);
    for (auto entry = older.crbegin(); entry != older.crend(); ++entry)
        m_entries.append(*entry);
    endInsertRows();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry &entry = m_entries.at(index.row());
    if (role == Qt::ToolTipRole)
        return index.column() == Change || index.column() == Row ? HistoryWords::details(entry) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When:
        return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    case Who:
        return entry.operatorName;
    case What:
        return HistoryWords::table(entry.table);
    case How:
        return HistoryWords::action(entry.action);
    case Row:
        return entry.rowLabel();
    case Change:
        return HistoryWords::summary(entry);
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case What:
        return tr("What");
    case How:
        return tr("Change");
    case Row:
        return tr("Item");
    case Change:
        return tr("Before → after");
    default:
        return {};
    }
}

} // namespace CampDesk
