#pragma once

#include "core/domain/Activity.h"
#include "core/domain/Camp.h"

#include <QAbstractItemModel>
#include <QHash>

namespace CampDesk {

// The agenda: one row per day with activities, the day's activities below
// it. Ticking an activity's box asks for it to be marked done; the model
// itself never writes (the plan view pushes the command).
class AgendaModel final : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { TitleColumn, TimeColumn, TypeColumn, OwnerColumn, StatusColumn, TextColumn, ColumnCount };
    enum Role { ActivityIdRole = Qt::UserRole + 1, DateRole, HasTextRole };

    explicit AgendaModel(QObject *parent = nullptr);

    void setPlan(const Camp &camp, const QList<Activity> &activities, const QHash<qint64, QString> &ownerNames);
    QModelIndex indexOfActivity(qint64 id) const;
    QModelIndex indexOfDay(QDate date) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void doneToggled(qint64 activityId, bool done);

private:
    struct Day {
        QDate date;
        QList<Activity> activities;
    };
    // Internal ids: 0 for day rows; day index + 1 for activity rows.
    QVariant dayData(const Day &day, int column, int role) const;
    QVariant activityData(const Activity &activity, int column, int role) const;

    Camp m_camp;
    QList<Day> m_days;
    QHash<qint64, QString> m_ownerNames;
};

} // namespace CampDesk
