#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace CampDesk {

struct Subgroup final {
    qint64 id = 0;
    qint64 campId = 0;
    QString name;
    QString color; // "#RRGGBB", empty for the default
    qint64 leaderMembershipId = 0; // 0: no leader yet

    bool operator==(const Subgroup &) const = default;
};

class SubgroupRepository final {
    Q_DECLARE_TR_FUNCTIONS(SubgroupRepository)

public:
    explicit SubgroupRepository(const QSqlDatabase &db);

    [[nodiscard]] Result<QList<Subgroup>> list(qint64 campId) const;
    // The id of the camp's subgroup of exactly this name, if there is one.
    [[nodiscard]] Result<std::optional<qint64>> findByName(qint64 campId, const QString &name) const;
    // Keeps a non-zero id (undo of a delete puts the subgroup back).
    [[nodiscard]] Result<qint64> insert(const Subgroup &subgroup);
    [[nodiscard]] Result<void> update(const Subgroup &subgroup);
    // Members of a removed subgroup become unassigned.
    [[nodiscard]] Result<void> remove(qint64 id);

private:
    QSqlDatabase m_db;
};

} // namespace CampDesk
