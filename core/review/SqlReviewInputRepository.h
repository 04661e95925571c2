#pragma once

#include "core/review/ReviewInputRepository.h"

#include <QSqlDatabase>

namespace CampDesk {

// The SQLite implementation of ReviewInputRepository: its SQL is SQLite's dialect.
class SqlReviewInputRepository final : public ReviewInputRepository {
public:
    explicit SqlReviewInputRepository(const QSqlDatabase &db);

    [[nodiscard]] Result<QSet<qint64>> staffPeople(qint64 campId) const override;
    [[nodiscard]] Result<void>
    forEachMember(qint64 campId, const std::function<Result<void>(const MemberRow &row)> &visit) const override;
    [[nodiscard]] Result<void>
    forEachActivity(qint64 campId, const std::function<Result<void>(const ActivityRow &row)> &visit) const override;
    [[nodiscard]] Result<void>
    forEachMemberDays(qint64 campId,
                      const std::function<Result<void>(qint64 personId, QByteArrayView days)> &visit) const override;
    [[nodiscard]] Result<void>
    forEachActivityCheckIn(qint64 campId,
                           const std::function<void(qint64 activityId, qint64 personId)> &visit) const override;

private:
    QSqlDatabase m_db;
};

} // namespace CampDesk
