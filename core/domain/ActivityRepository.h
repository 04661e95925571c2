#pragma once

#include "core/Error.h"
#include "core/domain/Activity.h"

#include <utility>

namespace CampDesk {

// Rows that name activities and that deleting them unlinks (the column is
// set to null): the reviews written of them and the copies of lines made
// for them, each as (its own id, the activity's id).
struct ActivityLinks final {
    QList<std::pair<qint64, qint64>> reviews;
    QList<std::pair<qint64, qint64>> speechUses;

    bool operator==(const ActivityLinks &) const = default;
};

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
    // The reviews and copies of lines that name these activities.
    [[nodiscard]] virtual Result<ActivityLinks> linksTo(const QList<qint64> &ids) const = 0;
    // Names the activities in those rows again (an undone delete); a row
    // that names another activity by now, or is gone, is left as it is.
    [[nodiscard]] virtual Result<void> relink(const ActivityLinks &links) = 0;
    [[nodiscard]] virtual Result<qint64> countForCamp(qint64 campId) const = 0;
};

namespace ChecklistJson {
QString toJson(const QList<ChecklistItem> &items);
QList<ChecklistItem> fromJson(const QString &json);
} // namespace ChecklistJson

} // namespace CampDesk
