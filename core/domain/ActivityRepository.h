#pragma once

#include "core/Error.h"
#include "core/domain/Activity.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace CampDesk {

class ActivityRepository final {
    Q_DECLARE_TR_FUNCTIONS(ActivityRepository)

public:
    explicit ActivityRepository(const QSqlDatabase &db);

    // A camp's activities in start order.
    [[nodiscard]] Result<QList<Activity>> listForCamp(qint64 campId) const;
    [[nodiscard]] Result<Activity> find(qint64 id) const;
    // Keeps a non-zero id (redo puts an activity back under its old id).
    [[nodiscard]] Result<qint64> insert(const Activity &activity);
    // All or nothing, in one transaction; returns the ids in input order.
    [[nodiscard]] Result<QList<qint64>> insertAll(const QList<Activity> &activities);
    [[nodiscard]] Result<void> update(const Activity &activity);
    [[nodiscard]] Result<void> removeAll(const QList<qint64> &ids);
    [[nodiscard]] Result<qint64> countForCamp(qint64 campId) const;

private:
    [[nodiscard]] Result<qint64> insertOne(const Activity &activity);

    QSqlDatabase m_db;
};

namespace ChecklistJson {
QString toJson(const QList<ChecklistItem> &items);
QList<ChecklistItem> fromJson(const QString &json);
} // namespace ChecklistJson

} // namespace CampDesk
