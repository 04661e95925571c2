#pragma once

#include "core/roster/SubgroupRepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace CampDesk {

// The SQLite implementation of SubgroupRepository: its SQL is SQLite's dialect.
class SqlSubgroupRepository final : public SubgroupRepository {
    // The interface's name, so the translation context stays SubgroupRepository.
    Q_DECLARE_TR_FUNCTIONS(SubgroupRepository)

public:
    explicit SqlSubgroupRepository(const QSqlDatabase &db);

    [[nodiscard]] Result<QList<Subgroup>> list(qint64 campId) const override;
    [[nodiscard]] Result<Subgroup> find(qint64 id) const override;
    [[nodiscard]] Result<std::optional<qint64>> findByName(qint64 campId, const QString &name) const override;
    [[nodiscard]] Result<qint64> insert(const Subgroup &subgroup) override;
    [[nodiscard]] Result<void> update(const Subgroup &subgroup) override;
    [[nodiscard]] Result<void> remove(qint64 id) override;

private:
    QSqlDatabase m_db;
};

} // namespace CampDesk
