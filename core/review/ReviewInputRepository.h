#pragma once

#include "core/Error.h"

#include <QByteArrayView>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace CampDesk {

// The reads the review is loaded from (ReviewInputLoader), one prepared
// statement a read. Rows are handed to `visit` one at a time, with the
// stored texts and blobs as views valid during the visit only, so the
// loader decodes them straight into its own tables.
class ReviewInputRepository final {
public:
    explicit ReviewInputRepository(const QSqlDatabase &db);

    // People whose chat identity in the camp is marked as staff (the
    // exporting operator, bots).
    [[nodiscard]] Result<QSet<qint64>> staffPeople(qint64 campId) const;

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
    [[nodiscard]] Result<void> forEachMember(qint64 campId,
                                             const std::function<Result<void>(const MemberRow &row)> &visit) const;

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
    [[nodiscard]] Result<void> forEachActivity(qint64 campId,
                                               const std::function<Result<void>(const ActivityRow &row)> &visit) const;

    // Each member's packed per-day figures (MemberDayCodec).
    [[nodiscard]] Result<void>
    forEachMemberDays(qint64 campId,
                      const std::function<Result<void>(qint64 personId, QByteArrayView days)> &visit) const;

    // Every check-in recorded for an activity.
    [[nodiscard]] Result<void>
    forEachActivityCheckIn(qint64 campId, const std::function<void(qint64 activityId, qint64 personId)> &visit) const;

private:
    QSqlDatabase m_db;
};

} // namespace CampDesk
