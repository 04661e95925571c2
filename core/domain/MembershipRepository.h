#pragma once

#include "core/Error.h"
#include "core/domain/Membership.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <utility>

namespace CampDesk {

class MembershipRepository final {
    Q_DECLARE_TR_FUNCTIONS(MembershipRepository)

public:
    explicit MembershipRepository(const QSqlDatabase &db);

    // Adds the person to the camp; a person can hold one membership per camp.
    [[nodiscard]] Result<qint64> add(const Membership &membership);
    [[nodiscard]] Result<void> update(const Membership &membership);
    [[nodiscard]] Result<void> setRole(qint64 membershipId, MemberRole role);
    [[nodiscard]] Result<void> remove(qint64 membershipId);
    // Takes the person out of the camp; nothing when they are not in it.
    [[nodiscard]] Result<void> removeFromCamp(qint64 campId, qint64 personId);
    // Members of a camp, staff first, then by name.
    [[nodiscard]] Result<QList<MemberEntry>> listForCamp(qint64 campId) const;
    // Membership id → the name the camp knows the member by.
    [[nodiscard]] Result<QHash<qint64, QString>> namesForCamp(qint64 campId) const;
    // (membership id, display name) of the camp's staff in listForCamp's
    // order: the few rows the speech desk and filters need, without reading
    // every member.
    [[nodiscard]] Result<QList<std::pair<qint64, QString>>> staffForCamp(qint64 campId) const;
    [[nodiscard]] Result<QHash<MemberRole, int>> countByRole(qint64 campId) const;

private:
    QSqlDatabase m_db;
};

} // namespace CampDesk
