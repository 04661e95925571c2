#pragma once

#include "core/Error.h"

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

class SubgroupRepository {
public:
    virtual ~SubgroupRepository() = default;

    [[nodiscard]] virtual Result<QList<Subgroup>> list(qint64 campId) const = 0;
    // `missing` when there is none.
    [[nodiscard]] virtual Result<Subgroup> find(qint64 id) const = 0;
    // The id of the camp's subgroup of exactly this name, if there is one.
    [[nodiscard]] virtual Result<std::optional<qint64>> findByName(qint64 campId, const QString &name) const = 0;
    // Keeps a non-zero id (undo of a delete puts the subgroup back).
    [[nodiscard]] virtual Result<qint64> insert(const Subgroup &subgroup) = 0;
    [[nodiscard]] virtual Result<void> update(const Subgroup &subgroup) = 0;
    // Members of a removed subgroup become unassigned.
    [[nodiscard]] virtual Result<void> remove(qint64 id) = 0;
};

} // namespace CampDesk
