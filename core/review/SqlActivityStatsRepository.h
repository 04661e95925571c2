#pragma once

#include "core/review/ActivityStatsRepository.h"

#include <QSqlDatabase>

namespace CampDesk {

// The SQLite implementation of ActivityStatsRepository: its SQL is SQLite's dialect.
class SqlActivityStatsRepository final : public ActivityStatsRepository {
public:
    explicit SqlActivityStatsRepository(const QSqlDatabase &db);

    [[nodiscard]] Result<void>
    forEachPersonMinutes(qint64 campId,
                         const std::function<void(qint64 personId, QByteArrayView minutes)> &visit) const override;
    [[nodiscard]] Result<void>
    forEachCountedMessage(qint64 campId, qint64 from, qint64 to,
                          const std::function<void(qint64 sentAt, qint64 personId)> &visit) const override;
    [[nodiscard]] Result<void> forEachStored(qint64 campId,
                                             const std::function<void(const Stored &row)> &visit) const override;
    [[nodiscard]] Result<void> store(qint64 campId, qint64 revision, const QList<Fresh> &rows) override;

private:
    QSqlDatabase m_db;
};

} // namespace CampDesk
