#pragma once

#include "core/team/HistoryEntry.h"

#include <QAbstractTableModel>
#include <QList>

namespace CampDesk {

// A team workspace's history as a table, newest first: when, who, what,
// how, which row and what changed; the full change in each row's tooltip.
class HistoryModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { When, Who, What, How, Row, Change, ColumnCount };

    explicit HistoryModel(QObject *parent = nullptr);

    // Oldest first, as HistoryLog reads them.
    void setEntries(const QList<HistoryEntry> &entries);
    // Entries older than every one shown (oldest first), added at the end.
    void addOlder(const QList<HistoryEntry> &older);
    const HistoryEntry &entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<HistoryEntry> m_entries; // newest first
};

} // namespace CampDesk
