#pragma once

#include "core/Error.h"

#include <QByteArrayView>
#include <QSet>
#include <QString>

#include <functional>

namespace CampDesk {

// The reads the review is loaded from (ReviewInputLoader), one prepared
// statement a read. Rows are handed to `visit` one at a time, with the
// stored texts and blobs as views valid during the visit only, so the
// loader decodes them straight into its own tables.
class ReviewInputRepository {
public:
    virtual ~ReviewInputRepository() = default;

    // People whose chat identity in the camp is marked as staff (the
    // exporting operator, bots).
    [[nodiscard]] virtual Result<QSet<qint64>> staffPeople(qint64 campId) const = 0;

    struct MemberRow final {
        qint64 membershipId = 0;
        qint64 personId = 0;
        QString name;
        QString groupNickname;
        QByteArrayView role; // keys and ISO dates as stored (UTF-8)
        qint64 subgroupId = 0;
        QByteArrayView joinedOn;
        QByteArrayView leftOn;
        QByteArrayView status;
    };
    // In membership order.
    [[nodiscard]] virtual Result<void>
    forEachMember(qint64 campId, const std::function<Result<void>(const MemberRow &row)> &visit) const = 0;

    struct ActivityRow final {
        qint64 id = 0;
        QString type;
        QString title;
        QString startsAt;
        QString endsAt;
        QString status;
        qint64 speakerMembershipId = 0;
    };
    // In time order.
    [[nodiscard]] virtual Result<void>
    forEachActivity(qint64 campId, const std::function<Result<void>(const ActivityRow &row)> &visit) const = 0;

    // Each member's packed per-day figures (MemberDayCodec).
    [[nodiscard]] virtual Result<void>
    forEachMemberDays(qint64 campId,
                      const std::function<Result<void>(qint64 personId, QByteArrayView days)> &visit) const
        = 0;

    // Every check-in recorded for an activity.
    [[nodiscard]] virtual Result<void>
    forEachActivityCheckIn(qint64 campId, const std::function<void(qint64 activityId, qint64 personId)> &visit) const
        = 0;
};

} // namespace CampDesk
