#pragma once

#include "core/Error.h"
#include "core/domain/Activity.h"

namespace CampDesk {

class ActivityRepository {
public:
    virtual ~ActivityRepository() = default;

    // A camp's activities in start order.
    [[nodiscard]] virtual Result<QList<Activity>> listForCamp(qint64 campId) const = 0;
    [[nodiscard]] virtual Result<Activity> find(qint64 id) const = 0;
    // Keeps a non-zero id (redo puts an activity back under its old id).
    [[nodiscard]] virtual Result<qint64> insert(const Activity &activity) = 0;
    // All or nothing, in one transaction; returns the ids in input order.
    [[nodiscard]] virtual Result<QList<qint64>> insertAll(const QList<Activity> &activities) = 0;
    [[nodiscard]] virtual Result<void> update(const Activity &activity) = 0;
    [[nodiscard]] virtual Result<void> removeAll(const QList<qint64> &ids) = 0;
    [[nodiscard]] virtual Result<qint64> countForCamp(qint64 campId) const = 0;
};

namespace ChecklistJson {
QString toJson(const QList<ChecklistItem> &items);
QList<ChecklistItem> fromJson(const QString &json);
} // namespace ChecklistJson

} // namespace CampDesk
