#include "core/speech/SqlCampVariableRepository.h"

#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

namespace CampDesk {

SqlCampVariableRepository::SqlCampVariableRepository(const QSqlDatabase &db)
    : m_db(db)
{
}

Result<QList<CampVariable>> SqlCampVariableRepository::list(qint64 campId) const
{
    auto query = Sql::exec(m_db,
                           QStringLiteral("SELECT name, course_day, value FROM camp_variables WHERE camp_id = ?"
                                          " ORDER BY name, course_day"),
                           {campId});
    if (!query)
        return std::unexpected(query.error());
    QList<CampVariable> result;
    while (query->next())
        result.append({query->value(0).toString(), query->value(1).toInt(), query->value(2).toString()});
    return result;
}

Result<void> SqlCampVariableRepository::set(qint64 campId, const CampVariable &variable)
{
    if (auto valid = check(variable); !valid)
        return valid;
    if (variable.value.isEmpty()) {
        auto removed = Sql::exec(m_db,
                                 QStringLiteral("DELETE FROM camp_variables WHERE camp_id = ? AND name = ?"
                                                " AND course_day = ?"),
                                 {campId, variable.name, variable.courseDay});
        return removed ? Result<void>() : std::unexpected(removed.error());
    }
    auto query = Sql::exec(m_db,
                           QStringLiteral("INSERT INTO camp_variables (camp_id, name, course_day, value)"
                                          " VALUES (?, ?, ?, ?) ON CONFLICT(camp_id, name, course_day)"
                                          " DO UPDATE SET value = excluded.value"),
                           {campId, variable.name, variable.courseDay, variable.value});
    if (!query)
        return std::unexpected(query.error());
    return {};
}

Result<void> SqlCampVariableRepository::replace(qint64 campId, const QList<CampVariable> &variables)
{
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto removed = Sql::exec(m_db, QStringLiteral("DELETE FROM camp_variables WHERE camp_id = ?"), {campId});
    if (!removed)
        return std::unexpected(removed.error());
    for (const CampVariable &variable : variables) {
        if (auto written = set(campId, variable); !written)
            return written;
    }
    return transaction.commit();
}

Result<QHash<QString, QString>> SqlCampVariableRepository::valuesFor(qint64 campId, int courseDay) const
{
    auto variables = list(campId);
    if (!variables)
        return std::unexpected(variables.error());
    QHash<QString, QString> values;
    for (const CampVariable &variable : *variables) {
        if (!values.contains(variable.name))
            values.insert(variable.name, QString());
        if (variable.courseDay == 0 && values.value(variable.name).isNull())
            values[variable.name] = variable.value;
    }
    for (const CampVariable &variable : *variables) {
        if (courseDay > 0 && variable.courseDay == courseDay)
            values[variable.name] = variable.value;
    }
    return values;
}

} // namespace CampDesk
