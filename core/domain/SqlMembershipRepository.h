#pragma once

#include "core/domain/MembershipRepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace CampDesk {

// The SQLite implementation of MembershipRepository: its SQL is SQLite's dialect.
class SqlMembershipRepository final : public MembershipRepository {
    // The interface's name, so the translation context stays MembershipRepository.
    Q_DECLARE_TR_FUNCTIONS(MembershipRepository)

public:
    explicit SqlMembershipRepository(const QSqlDatabase &db);

    [[nodiscard]] Result<qint64> add(const Membership &membership) override;
    [[nodiscard]] Result<void> update(const Membership &membership) override;
    [[nodiscard]] Result<void> updateAll(const QList<Membership> &memberships) override;
    [[nodiscard]] Result<void> setRole(qint64 membershipId, MemberRole role) override;
    [[nodiscard]] Result<void> remove(qint64 membershipId) override;
    [[nodiscard]] Result<void> removeFromCamp(qint64 campId, qint64 personId) override;
    [[nodiscard]] Result<MemberEntry> find(qint64 membershipId) const override;
    [[nodiscard]] Result<QList<MemberEntry>> listForCamp(qint64 campId) const override;
    [[nodiscard]] Result<QHash<qint64, QString>> namesForCamp(qint64 campId) const override;
    [[nodiscard]] Result<QList<std::pair<qint64, QString>>> staffForCamp(qint64 campId) const override;
    [[nodiscard]] Result<QHash<MemberRole, int>> countByRole(qint64 campId) const override;

private:
    // updateAll on a server: every row in one statement.
    [[nodiscard]] Result<void> updateAtOnce(const QList<QVariantList> &rows);

    QSqlDatabase m_db;
};

} // namespace CampDesk
