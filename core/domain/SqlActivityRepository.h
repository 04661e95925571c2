#pragma once

#include "core/domain/ActivityRepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace CampDesk {

// The SQLite implementation of ActivityRepository: its SQL is SQLite's dialect.
class SqlActivityRepository final : public ActivityRepository {
    // The interface's name, so the translation context stays ActivityRepository.
    Q_DECLARE_TR_FUNCTIONS(ActivityRepository)

public:
    explicit SqlActivityRepository(const QSqlDatabase &db);

    [[nodiscard]] Result<QList<Activity>> listForCamp(qint64 campId) const override;
    [[nodiscard]] Result<Activity> find(qint64 id) const override;
    [[nodiscard]] Result<qint64> insert(const Activity &activity) override;
    [[nodiscard]] Result<QList<qint64>> insertAll(const QList<Activity> &activities) override;
    [[nodiscard]] Result<void> update(const Activity &activity) override;
    [[nodiscard]] Result<void> removeAll(const QList<qint64> &ids) override;
    [[nodiscard]] Result<ActivityLinks> linksTo(const QList<qint64> &ids) const override;
    [[nodiscard]] Result<void> relink(const ActivityLinks &links) override;
    [[nodiscard]] Result<qint64> countForCamp(qint64 campId) const override;

private:
    [[nodiscard]] Result<qint64> insertOne(const Activity &activity);

    QSqlDatabase m_db;
};

} // namespace CampDesk
