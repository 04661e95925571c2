#pragma once

#include "Error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace CampDesk::Sql {

// Prepares `sql` and binds `values` positionally (every value goes through a
// bound parameter, never into the SQL text), then executes it.
[[nodiscard]] Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql,
                                     const QVariantList &values = {});

// Runs a query expected to return one integer (COUNT, PRAGMA, last id…).
[[nodiscard]] Result<qint64> scalar(const QSqlDatabase &db, const QString &sql,
                                    const QVariantList &values = {});

} // namespace CampDesk::Sql
