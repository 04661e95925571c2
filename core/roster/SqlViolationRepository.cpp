#include "core/roster/SqlViolationRepository.h"

#include "core/storage/SqlQuery.h"

namespace CampDesk {

namespace {

const QString selectColumns
    = QStringLiteral("SELECT id, person_id, camp_id, occurred_on, rule, evidence, action FROM violations");

Violation violationFrom(const QSqlQuery &query)
{
    return Violation {query.value(0).toLongLong(),
                      query.value(1).toLongLong(),
                      query.value(2).toLongLong(),
                      QDate::fromString(query.value(3).toString(), Qt::ISODate),
                      query.value(4).toString(),
                      query.value(5).toString(),
                      ViolationActions::fromKey(query.value(6).toString()).value_or(ViolationAction::Warning)};
}

} // namespace

SqlViolationRepository::SqlViolationRepository(const QSqlDatabase &db)
    : m_db(db)
{
}

Result<QList<Violation>> SqlViolationRepository::forPerson(qint64 personId) const
{
    return Sql::collect<Violation>(
        Sql::exec(m_db, selectColumns + QStringLiteral(" WHERE person_id = ? ORDER BY occurred_on, id"), {personId}),
        violationFrom);
}

Result<QList<Violation>> SqlViolationRepository::forCamp(qint64 campId) const
{
    return Sql::collect<Violation>(
        Sql::exec(m_db, selectColumns + QStringLiteral(" WHERE camp_id = ? ORDER BY occurred_on, id"), {campId}),
        violationFrom);
}

Result<qint64> SqlViolationRepository::insert(const Violation &violation)
{
    if (violation.rule.trimmed().isEmpty())
        return fail(tr("Say which rule was broken."));
    if (!violation.date.isValid())
        return fail(tr("A violation needs a date."));
    return Sql::insertRow(m_db, QStringLiteral("violations"), violation.id,
                          {QStringLiteral("person_id"), QStringLiteral("camp_id"), QStringLiteral("occurred_on"),
                           QStringLiteral("rule"), QStringLiteral("evidence"), QStringLiteral("action")},
                          {violation.personId, Sql::idOrNull(violation.campId), violation.date.toString(Qt::ISODate),
                           violation.rule.trimmed(), Sql::text(violation.evidence),
                           ViolationActions::key(violation.action)});
}

Result<void> SqlViolationRepository::remove(qint64 id)
{
    auto query = Sql::exec(m_db, QStringLiteral("DELETE FROM violations WHERE id = ?"), {id});
    if (!query)
        return std::unexpected(query.error());
    if (query->numRowsAffected() != 1)
        return fail(tr("Violation %1 does not exist.").arg(id));
    return {};
}

} // namespace CampDesk
