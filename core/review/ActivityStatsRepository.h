#pragma once

#include "core/Error.h"

#include <QByteArrayView>
#include <QList>

#include <functional>

namespace CampDesk {

// The cached per-activity participation (activity_stats) and the reads it
// is computed from. Each read walks its rows through one prepared statement
// and hands every row to `visit`, so a million messages build no list.
class ActivityStatsRepository {
public:
    virtual ~ActivityStatsRepository() = default;

    // Every identity's posting minutes (MessageMinutes) of the camp's
    // identities mapped to someone, in person order.
    [[nodiscard]] virtual Result<void>
    forEachPersonMinutes(qint64 campId, const std::function<void(qint64 personId, QByteArrayView minutes)> &visit) const
        = 0;
    // Every countable message of a mapped identity sent in [from, to).
    [[nodiscard]] virtual Result<void>
    forEachCountedMessage(qint64 campId, qint64 from, qint64 to,
                          const std::function<void(qint64 sentAt, qint64 personId)> &visit) const
        = 0;

    // One stored row: the window and revision it was computed for, and its
    // people as packed (ActivityStatsCache::encode).
    struct Stored final {
        qint64 activityId = 0;
        qint64 windowStart = 0;
        qint64 windowEnd = 0;
        qint64 revision = 0;
        QByteArrayView people; // valid during the visit only
    };
    [[nodiscard]] virtual Result<void> forEachStored(qint64 campId,
                                                     const std::function<void(const Stored &row)> &visit) const
        = 0;

    struct Fresh final {
        qint64 activityId = 0;
        qint64 windowStart = 0;
        qint64 windowEnd = 0;
        QByteArray people;
    };
    // Stores the rows, computed at `revision`, in one transaction.
    [[nodiscard]] virtual Result<void> store(qint64 campId, qint64 revision, const QList<Fresh> &rows) = 0;
};

} // namespace CampDesk
