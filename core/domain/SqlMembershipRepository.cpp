#include "core/domain/SqlMembershipRepository.h"

#include "core/storage/SqlQuery.h"

#include <QSet>

#include <algorithm>

namespace CampDesk {

namespace {

QVariant dateValue(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QVariantList detailValues(const Membership &membership)
{
    return {Sql::text(membership.title.trimmed()),       Sql::text(membership.groupNickname.trimmed()),
            Sql::idOrNull(membership.subgroupId),        Sql::text(membership.introduction.basics),
            Sql::text(membership.introduction.sentence), Sql::text(membership.introduction.reason),
            Sql::text(membership.introduction.proudest), MembershipStatuses::key(membership.status)};
}

// What find and listForCamp read, in entryFrom's order.
const QString selectEntries = QStringLiteral(
    "SELECT m.id, m.camp_id, m.person_id, m.role, m.joined_on, m.left_on, p.display_name, m.title,"
    " m.group_nickname, m.subgroup_id, m.intro_basics, m.intro_sentence, m.intro_reason, m.intro_proudest,"
    " m.status FROM memberships m JOIN people p ON p.id = m.person_id");

MemberEntry entryFrom(const QSqlQuery &query)
{
    MemberEntry entry;
    entry.membership.id = query.value(0).toLongLong();
    entry.membership.campId = query.value(1).toLongLong();
    entry.membership.personId = query.value(2).toLongLong();
    // An unknown key can only come from a newer CampDesk; show it as ordinary.
    entry.membership.role = MemberRoles::fromKey(query.value(3).toString()).value_or(MemberRole::OrdinaryMember);
    entry.membership.joinedOn = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    entry.membership.leftOn = QDate::fromString(query.value(5).toString(), Qt::ISODate);
    entry.displayName = query.value(6).toString();
    entry.membership.title = query.value(7).toString();
    entry.membership.groupNickname = query.value(8).toString();
    entry.membership.subgroupId = query.value(9).toLongLong();
    entry.membership.introduction = {query.value(10).toString(), query.value(11).toString(), query.value(12).toString(),
                                     query.value(13).toString()};
    entry.membership.status
        = MembershipStatuses::fromKey(query.value(14).toString()).value_or(MembershipStatus::Active);
    return entry;
}

} // namespace

SqlMembershipRepository::SqlMembershipRepository(const QSqlDatabase &db)
    : m_db(db)
{
}

Result<qint64> SqlMembershipRepository::add(const Membership &membership)
{
    auto exists
        = Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM memberships WHERE camp_id = ? AND person_id = ?"),
                      {membership.campId, membership.personId});
    if (!exists)
        return std::unexpected(exists.error());
    if (*exists > 0)
        return fail(tr("This person is already a member of the camp."));
    static const QStringList columns {
        QStringLiteral("camp_id"),        QStringLiteral("person_id"),    QStringLiteral("role"),
        QStringLiteral("joined_on"),      QStringLiteral("left_on"),      QStringLiteral("title"),
        QStringLiteral("group_nickname"), QStringLiteral("subgroup_id"),  QStringLiteral("intro_basics"),
        QStringLiteral("intro_sentence"), QStringLiteral("intro_reason"), QStringLiteral("intro_proudest"),
        QStringLiteral("status")};
    return Sql::insertRow(m_db, QStringLiteral("memberships"), 0, columns,
                          QVariantList {membership.campId, membership.personId, MemberRoles::key(membership.role),
                                        dateValue(membership.joinedOn), dateValue(membership.leftOn)}
                              + detailValues(membership));
}

Result<void> SqlMembershipRepository::update(const Membership &membership)
{
    return updateAll({membership});
}

Result<void> SqlMembershipRepository::updateAll(const QList<Membership> &memberships)
{
    QList<QVariantList> rows;
    rows.reserve(memberships.size());
    QSet<qint64> ids;
    for (const Membership &membership : memberships) {
        QVariantList values {MemberRoles::key(membership.role), dateValue(membership.joinedOn),
                             dateValue(membership.leftOn)};
        values += detailValues(membership);
        values << membership.id;
        rows.append(values);
        ids.insert(membership.id);
    }
    // On a server, a statement per row is a round trip per row: thousands
    // (an import's joins) go as one, each column an array. A membership
    // named twice goes row by row, so that the last values win as they would.
    if (!Sql::isSqlite(m_db) && rows.size() > 1 && ids.size() == rows.size())
        return updateAtOnce(rows);
    return Sql::execEach(m_db,
                         QStringLiteral("UPDATE memberships SET role = ?, joined_on = ?, left_on = ?, title = ?,"
                                        " group_nickname = ?, subgroup_id = ?, intro_basics = ?, intro_sentence = ?,"
                                        " intro_reason = ?, intro_proudest = ?, status = ? WHERE id = ?"),
                         rows, [&memberships](qsizetype index, const QSqlQuery &query) -> Result<void> {
                             if (query.numRowsAffected() != 1)
                                 return fail(tr("Membership %1 does not exist.").arg(memberships.at(index).id));
                             return {};
                         });
}

Result<void> SqlMembershipRepository::updateAtOnce(const QList<QVariantList> &rows)
{
    // updateAll's rows, a column each: role … status, then the id.
    constexpr qsizetype Columns = 12;
    QVariantList arrays;
    QList<qint64> ids;
    for (qsizetype column = 0; column < Columns; ++column) {
        QVariantList values;
        values.reserve(rows.size());
        for (const QVariantList &row : rows)
            values.append(row.at(column));
        arrays.append(Sql::postgresArray(values));
    }
    for (const QVariantList &row : rows)
        ids.append(row.at(Columns - 1).toLongLong());
    auto updated = Sql::exec(
        m_db,
        QStringLiteral("UPDATE memberships m SET role = v.role, joined_on = v.joined_on, left_on = v.left_on,"
                       " title = v.title, group_nickname = v.group_nickname, subgroup_id = v.subgroup_id,"
                       " intro_basics = v.intro_basics, intro_sentence = v.intro_sentence,"
                       " intro_reason = v.intro_reason, intro_proudest = v.intro_proudest, status = v.status"
                       " FROM unnest(CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),"
                       " CAST(? AS text[]), CAST(? AS bigint[]), CAST(? AS text[]), CAST(? AS text[]),"
                       " CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS bigint[]))"
                       " AS v(role, joined_on, left_on, title, group_nickname, subgroup_id, intro_basics,"
                       " intro_sentence, intro_reason, intro_proudest, status, id) WHERE m.id = v.id RETURNING m.id"),
        arrays);
    if (!updated)
        return std::unexpected(updated.error());
    // Each row written names itself; one that is not, is gone (or hidden
    // from this operator), as the row-by-row update would say.
    QSet<qint64> written;
    while (updated->next())
        written.insert(updated->value(0).toLongLong());
    for (qint64 id : std::as_const(ids)) {
        if (!written.contains(id))
            return fail(tr("Membership %1 does not exist.").arg(id));
    }
    return {};
}

Result<void> SqlMembershipRepository::setRole(qint64 membershipId, MemberRole role)
{
    auto query = Sql::exec(m_db, QStringLiteral("UPDATE memberships SET role = ? WHERE id = ?"),
                           {MemberRoles::key(role), membershipId});
    if (!query)
        return std::unexpected(query.error());
    if (query->numRowsAffected() != 1)
        return fail(tr("Membership %1 does not exist.").arg(membershipId));
    return {};
}

Result<void> SqlMembershipRepository::remove(qint64 membershipId)
{
    auto query = Sql::exec(m_db, QStringLiteral("DELETE FROM memberships WHERE id = ?"), {membershipId});
    if (!query)
        return std::unexpected(query.error());
    if (query->numRowsAffected() != 1)
        return fail(tr("Membership %1 does not exist.").arg(membershipId));
    return {};
}

Result<void> SqlMembershipRepository::removeFromCamp(qint64 campId, qint64 personId)
{
    auto query = Sql::exec(m_db, QStringLiteral("DELETE FROM memberships WHERE camp_id = ? AND person_id = ?"),
                           {campId, personId});
    if (!query)
        return std::unexpected(query.error());
    return {};
}

Result<QList<std::pair<qint64, QString>>> SqlMembershipRepository::staffForCamp(qint64 campId) const
{
    QVariantList values {campId};
    for (MemberRole role : {MemberRole::OwnerTeam, MemberRole::Assistant, MemberRole::AtmosphereCrew}) {
        Q_ASSERT(MemberRoles::isStaff(role));
        values.append(MemberRoles::key(role));
    }
    auto query
        = Sql::exec(m_db,
                    QStringLiteral("SELECT m.id, p.display_name, m.role FROM memberships m"
                                   " JOIN people p ON p.id = m.person_id WHERE m.camp_id = ? AND m.role IN (?, ?, ?)"),
                    values);
    if (!query)
        return std::unexpected(query.error());
    struct Row {
        qint64 id;
        QString name;
        MemberRole role;
    };
    QList<Row> rows;
    while (query->next())
        rows.append({query->value(0).toLongLong(), query->value(1).toString(),
                     MemberRoles::fromKey(query->value(2).toString()).value_or(MemberRole::OwnerTeam)});
    // The order of listForCamp: by role, then by name.
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.role != b.role)
            return a.role < b.role;
        return a.name.localeAwareCompare(b.name) < 0;
    });
    QList<std::pair<qint64, QString>> staff;
    for (const Row &row : rows)
        staff.append({row.id, row.name});
    return staff;
}

Result<QHash<qint64, QString>> SqlMembershipRepository::namesForCamp(qint64 campId) const
{
    auto members = listForCamp(campId);
    if (!members)
        return std::unexpected(members.error());
    QHash<qint64, QString> names;
    for (const MemberEntry &entry : std::as_const(*members))
        names.insert(entry.membership.id, entry.displayName);
    return names;
}

Result<MemberEntry> SqlMembershipRepository::find(qint64 membershipId) const
{
    auto query = Sql::exec(m_db, selectEntries + QStringLiteral(" WHERE m.id = ?"), {membershipId});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return failMissing(tr("Membership %1 does not exist.").arg(membershipId));
    return entryFrom(*query);
}

Result<QList<MemberEntry>> SqlMembershipRepository::listForCamp(qint64 campId) const
{
    auto query = Sql::exec(m_db, selectEntries + QStringLiteral(" WHERE m.camp_id = ?"), {campId});
    if (!query)
        return std::unexpected(query.error());
    QList<MemberEntry> entries;
    while (query->next())
        entries << entryFrom(*query);
    std::stable_sort(entries.begin(), entries.end(), [](const MemberEntry &a, const MemberEntry &b) {
        if (a.membership.role != b.membership.role)
            return a.membership.role < b.membership.role;
        return a.displayName.localeAwareCompare(b.displayName) < 0;
    });
    return entries;
}

Result<QHash<MemberRole, int>> SqlMembershipRepository::countByRole(qint64 campId) const
{
    auto query = Sql::exec(
        m_db, QStringLiteral("SELECT role, COUNT(*) FROM memberships WHERE camp_id = ? GROUP BY role"), {campId});
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
