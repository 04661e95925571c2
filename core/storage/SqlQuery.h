#pragma once

#include "core/Error.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace CampDesk::Sql {

// Prepares `sql` and binds `values` positionally (every value goes through a
// bound parameter, never into the SQL text), then executes it.
[[nodiscard]] Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// SQLite's words for a full disk ("database or disk is full") or a failed
// write ("disk I/O error") do not say what to do; for those result codes the
// message gets that added. Other messages come back as they are.
[[nodiscard]] QString withDiskHint(const QString &message, int sqliteCode);
[[nodiscard]] QString withDiskHint(const QString &message, const QSqlError &error);
// An Error for a failed statement: the hint above, and `disk` set for those codes.
[[nodiscard]] Error statementError(const QString &message, const QSqlError &error);

// A null QString binds as SQL NULL; CampDesk's text columns are NOT NULL ''.
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// Runs a query expected to return one integer (COUNT, PRAGMA, last id…).
[[nodiscard]] Result<qint64> scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// Maps every row of a query's result to a T (a read of many rows).
template<typename T, typename Map> [[nodiscard]] Result<QList<T>> collect(Result<QSqlQuery> query, Map map)
{
    if (!query)
        return std::unexpected(query.error());
    QList<T> rows;
    while (query->next())
        rows.append(map(*query));
    return rows;
}

} // namespace CampDesk::Sql
