#pragma once

#include "core/Error.h"
#include "core/domain/Membership.h"

#include <QHash>
#include <QList>

#include <utility>

namespace CampDesk {

class MembershipRepository {
public:
    virtual ~MembershipRepository() = default;

    // Adds the person to the camp; a person can hold one membership per camp.
    [[nodiscard]] virtual Result<qint64> add(const Membership &membership) = 0;
    [[nodiscard]] virtual Result<void> update(const Membership &membership) = 0;
    // Many memberships in one go (an import's joins and leaves, a bulk
    // edit), in order; one that does not exist stops it there.
    [[nodiscard]] virtual Result<void> updateAll(const QList<Membership> &memberships) = 0;
    [[nodiscard]] virtual Result<void> setRole(qint64 membershipId, MemberRole role) = 0;
    [[nodiscard]] virtual Result<void> remove(qint64 membershipId) = 0;
    // Takes the person out of the camp; nothing when they are not in it.
    [[nodiscard]] virtual Result<void> removeFromCamp(qint64 campId, qint64 personId) = 0;
    // One membership with its person's display name; `missing` when gone.
    [[nodiscard]] virtual Result<MemberEntry> find(qint64 membershipId) const = 0;
    // Members of a camp, staff first, then by name.
    [[nodiscard]] virtual Result<QList<MemberEntry>> listForCamp(qint64 campId) const = 0;
    // Membership id → the name the camp knows the member by.
    [[nodiscard]] virtual Result<QHash<qint64, QString>> namesForCamp(qint64 campId) const = 0;
    // (membership id, display name) of the camp's staff in listForCamp's
    // order: the few rows the speech desk and filters need, without reading
    // every member.
    [[nodiscard]] virtual Result<QList<std::pair<qint64, QString>>> staffForCamp(qint64 campId) const = 0;
    [[nodiscard]] virtual Result<QHash<MemberRole, int>> countByRole(qint64 campId) const = 0;
};

} // namespace CampDesk
