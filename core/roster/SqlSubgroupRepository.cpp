#include "core/roster/SqlSubgroupRepository.h"

#include "core/storage/SqlQuery.h"

namespace CampDesk {

namespace {

const QString selectColumns = QStringLiteral("SELECT id, camp_id, name, color, leader_membership_id FROM subgroups");

Subgroup subgroupFrom(const QSqlQuery &row)
{
    return Subgroup {row.value(0).toLongLong(), row.value(1).toLongLong(), row.value(2).toString(),
                     row.value(3).toString(), row.value(4).toLongLong()};
}

} // namespace

SqlSubgroupRepository::SqlSubgroupRepository(const QSqlDatabase &db)
    : m_db(db)
{
}

Result<QList<Subgroup>> SqlSubgroupRepository::list(qint64 campId) const
{
    return Sql::collect<Subgroup>(
        Sql::exec(m_db, selectColumns + QStringLiteral(" WHERE camp_id = ? ORDER BY name, id"), {campId}),
        subgroupFrom);
}

Result<Subgroup> SqlSubgroupRepository::find(qint64 id) const
{
    auto query = Sql::exec(m_db, selectColumns + QStringLiteral(" WHERE id = ?"), {id});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return failMissing(tr("Subgroup %1 does not exist.").arg(id));
    return subgroupFrom(*query);
}

Result<std::optional<qint64>> SqlSubgroupRepository::findByName(qint64 campId, const QString &name) const
{
    auto found
        = Sql::exec(m_db, QStringLiteral("SELECT id FROM subgroups WHERE camp_id = ? AND name = ?"), {campId, name});
    if (!found)
        return std::unexpected(found.error());
    if (!found->next())
        return std::nullopt;
    return found->value(0).toLongLong();
}

Result<qint64> SqlSubgroupRepository::insert(const Subgroup &subgroup)
{
    if (subgroup.name.trimmed().isEmpty())
        return fail(tr("A subgroup needs a name."));
    auto inserted = Sql::insertRow(m_db, QStringLiteral("subgroups"), subgroup.id,
                                   {QStringLiteral("camp_id"), QStringLiteral("name"), QStringLiteral("color"),
                                    QStringLiteral("leader_membership_id")},
                                   {subgroup.campId, subgroup.name.trimmed(), Sql::text(subgroup.color),
                                    Sql::idOrNull(subgroup.leaderMembershipId)});
    if (!inserted)
        return fail(tr("The subgroup “%1” cannot be created: %2").arg(subgroup.name, inserted.error().message));
    return inserted;
}

Result<void> SqlSubgroupRepository::update(const Subgroup &subgroup)
{
    if (subgroup.name.trimmed().isEmpty())
        return fail(tr("A subgroup needs a name."));
    auto query = Sql::exec(
        m_db, QStringLiteral("UPDATE subgroups SET name = ?, color = ?, leader_membership_id = ? WHERE id = ?"),
        {subgroup.name.trimmed(), Sql::text(subgroup.color), Sql::idOrNull(subgroup.leaderMembershipId), subgroup.id});
    if (!query)
        return std::unexpected(query.error());
    if (query->numRowsAffected() != 1)
        return fail(tr("Subgroup %1 does not exist.").arg(subgroup.id));
    return {};
}

Result<void> SqlSubgroupRepository::remove(qint64 id)
{
    auto query = Sql::exec(m_db, QStringLiteral("DELETE FROM subgroups WHERE id = ?"), {id});
    if (!query)
        return std::unexpected(query.error());
    if (query->numRowsAffected() != 1)
        return fail(tr("Subgroup %1 does not exist.").arg(id));
    return {};
}

} // namespace CampDesk
