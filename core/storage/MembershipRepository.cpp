#include "storage/MembershipRepository.h"

#include "storage/SqlQuery.h"

#include <algorithm>

namespace CampDesk {

namespace {

QVariant dateValue(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

MembershipRepository::MembershipRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<qint64> MembershipRepository::add(const Membership &membership)
{
    auto exists = Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM memberships WHERE camp_id = ? AND person_id = ?"),
                              {membership.campId, membership.personId});
    if (!exists)
        return std::unexpected(exists.error());
    if (*exists > 0)
        return fail(tr("This person is already a member of the camp."));
    auto query = Sql::exec(m_db,
                           QStringLiteral("INSERT INTO memberships (camp_id, person_id, role, joined_on, left_on)"
                                          " VALUES (?, ?, ?, ?, ?)"),
                           {membership.campId, membership.personId, MemberRoles::key(membership.role),
                            dateValue(membership.joinedOn), dateValue(membership.leftOn)});
    if (!query)
        return std::unexpected(query.error());
    return query->lastInsertId().toLongLong();
}

Result<void> MembershipRepository::setRole(qint64 membershipId, MemberRole role)
{
    auto query = Sql::exec(m_db, QStringLiteral("UPDATE memberships SET role = ? WHERE id = ?"),
                           {MemberRoles::key(role), membershipId});
    if (!query)
        return std::unexpected(query.error());
    if (query->numRowsAffected() != 1)
        return fail(tr("Membership %1 does not exist.").arg(membershipId));
    return {};
}

Result<void> MembershipRepository::remove(qint64 membershipId)
{
    auto query = Sql::exec(m_db, QStringLiteral("DELETE FROM memberships WHERE id = ?"), {membershipId});
    if (!query)
        return std::unexpected(query.error());
    if (query->numRowsAffected() != 1)
        return fail(tr("Membership %1 does not exist.").arg(membershipId));
    return {};
}

Result<QList<MemberEntry>> MembershipRepository::listForCamp(qint64 campId) const
{
    auto query = Sql::exec(m_db,
                           QStringLiteral("SELECT m.id, m.camp_id, m.person_id, m.role, m.joined_on, m.left_on,"
                                          " p.display_name FROM memberships m JOIN people p ON p.id = m.person_id"
                                          " WHERE m.camp_id = ?"),
                           {campId});
    if (!query)
        return std::unexpected(query.error());
    QList<MemberEntry> entries;
    while (query->next()) {
        MemberEntry entry;
        entry.membership.id = query->value(0).toLongLong();
        entry.membership.campId = query->value(1).toLongLong();
        entry.membership.personId = query->value(2).toLongLong();
        // An unknown key can only come from a newer CampDesk; show it as ordinary.
        entry.membership.role = MemberRoles::fromKey(query->value(3).toString()).value_or(MemberRole::OrdinaryMember);
        entry.membership.joinedOn = QDate::fromString(query->value(4).toString(), Qt::ISODate);
        entry.membership.leftOn = QDate::fromString(query->value(5).toString(), Qt::ISODate);
        entry.displayName = query->value(6).toString();
        entries << entry;
    }
    std::stable_sort(entries.begin(), entries.end(), [](const MemberEntry &a, const MemberEntry &b) {
        if (a.membership.role != b.membership.role)
            return a.membership.role < b.membership.role;
        return a.displayName.localeAwareCompare(b.displayName) < 0;
    });
    return entries;
}

Result<QHash<MemberRole, int>> MembershipRepository::countByRole(qint64 campId) const
{
    auto query = Sql::exec(m_db, QStringLiteral("SELECT role, COUNT(*) FROM memberships WHERE camp_id = ? GROUP BY role"),
                           {campId});
    if (!query)
        return std::unexpected(query.error());
    QHash<MemberRole, int> counts;
    while (query->next()) {
        const MemberRole role = MemberRoles::fromKey(query->value(0).toString()).value_or(MemberRole::OrdinaryMember);
        counts[role] += query->value(1).toInt();
    }
    return counts;
}

} // namespace CampDesk
