#pragma once

#include "core/capture/Participation.h"
#include "core/review/CheckInGrid.h"
#include "core/review/ReviewSeries.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace CampDesk {

class WorkspaceDocument;

// Members × course days (or × the camp's check-in activities). Which cells
// are ticked and each column's completion come from core's CheckInGrid and
// the review's figures, so the grid, its header and the Review tab agree.
// Column 0 is the member.
class CheckInGridModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    using Columns = CheckInGrid::Columns;
    enum Role { CheckedRole = Qt::UserRole + 1, CompletionRole };

    explicit CheckInGridModel(WorkspaceDocument *document, QObject *parent = nullptr);

    void setCamp(qint64 campId);
    void setColumns(Columns columns);
    // The day the figures are as of (today counts once it is over).
    void setToday(QDate today);
    Columns columns() const { return m_columns; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    bool isChecked(const QModelIndex &index) const;
    // The check-in a tick of this cell records, and the stored check-ins a
    // clear removes (all that make the cell ticked).
    QList<CheckIn> checkInsToAdd(const QModelIndex &index) const;
    QList<CheckIn> checkInsToRemove(const QModelIndex &index) const;
    // The review's completion of a column (1…), in percent; empty until it has happened.
    std::optional<double> completion(int column) const;
    QDate columnDay(int column) const;
    // The figures behind the grid (the Review tab's, without staff).
    const ReviewSeries &series() const { return m_series; }
    // Why the figures could not be read; empty when they were.
    const QString &error() const { return m_error; }

Q_SIGNALS:
    void figuresChanged();

private:
    void reload();
    qint64 personAt(int row) const;
    QList<CheckIn> storedOn(qint64 personId, QDate day) const;

    WorkspaceDocument *m_document;
    qint64 m_campId = 0;
    Columns m_columns = Columns::CourseDays;
    QDate m_today;
    ReviewInput m_input;
    ReviewSeries m_series;
    CheckInGrid m_grid;
    QHash<qint64, QList<CheckIn>> m_stored; // person → their check-ins
    QString m_error;
};

} // namespace CampDesk
