#pragma once

#include "core/review/ActivityReviewRepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace CampDesk {

// The SQLite implementation of ActivityReviewRepository: its SQL is SQLite's dialect.
class SqlActivityReviewRepository final : public ActivityReviewRepository {
    // The interface's name, so the translation context stays ActivityReviewRepository.
    Q_DECLARE_TR_FUNCTIONS(ActivityReviewRepository)

public:
    explicit SqlActivityReviewRepository(const QSqlDatabase &db);

    [[nodiscard]] Result<QList<ActivityReview>> list(qint64 campId) const override;
    [[nodiscard]] Result<ActivityReview> find(qint64 id) const override;
    [[nodiscard]] Result<qint64> insert(const ActivityReview &review) override;
    [[nodiscard]] Result<void> updateNotes(const ActivityReview &review) override;
    [[nodiscard]] Result<void> remove(qint64 id) override;

private:
    QSqlDatabase m_db;
};

} // namespace CampDesk
