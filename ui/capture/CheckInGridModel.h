#pragma once

#include "capture/Participation.h"
#include "domain/Activity.h"
#include "roster/Roster.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace CampDesk {

class WorkspaceDocument;

// Members × course days (or × the camp's check-in activities), one cell per
// check-in. Column 0 is the member; each other column's header carries the
// day's completion rate.
class CheckInGridModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Columns { CourseDays, CheckInActivities };
    enum Role { CheckedRole = Qt::UserRole + 1, CompletionRole };

    explicit CheckInGridModel(WorkspaceDocument *document, QObject *parent = nullptr);

    void setCamp(qint64 campId);
    void setColumns(Columns columns);
    Columns columns() const { return m_columns; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The check-in a cell stands for (checked or not); personId 0 for column 0.
    CheckIn checkInAt(const QModelIndex &index) const;
    bool isChecked(const QModelIndex &index) const;
    // Checked members ÷ members, in percent, for a column (1…).
    double completion(int column) const;
    QDate columnDay(int column) const;

private:
    struct Column
    {
        QDate day;
        qint64 activityId = 0;
        QString title;

        bool operator==(const Column &) const = default;
    };

    void reload();
    static QString cellKey(qint64 personId, QDate day, qint64 activityId);

    WorkspaceDocument *m_document;
    qint64 m_campId = 0;
    Columns m_columns = Columns::CourseDays;
    QList<RosterEntry> m_members;
    QList<Column> m_columnList;
    QHash<QString, CheckIn> m_checked;
    QList<int> m_checkedPerColumn;
};

} // namespace CampDesk
