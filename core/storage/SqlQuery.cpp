#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QSqlError>

namespace CampDesk::Sql {

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return fail(QCoreApplication::translate("Sql", "Database error: %1").arg(query.lastError().text()));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return fail(QCoreApplication::translate("Sql", "Database error: %1").arg(query.lastError().text()));
    return query;
}

Result<qint64> scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto query = exec(db, sql, values);
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return fail(QCoreApplication::translate("Sql", "Database error: the query returned no row."));
    return query->value(0).toLongLong();
}

} // namespace CampDesk::Sql
