#pragma once

#include "core/Error.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <optional>

namespace CampDesk::Sql {

// Prepares `sql` and binds `values` positionally (every value goes through a
// bound parameter, never into the SQL text), then executes it.
[[nodiscard]] Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
// Prepares `sql` once and runs it with each row of `rows` in turn: on a
// server, one round trip a row rather than three (prepare, run, release),
// for writes of thousands of rows. `ran` sees each run (its index and the
// query, e.g. for the rows it changed) and may refuse, which stops there.
[[nodiscard]] Result<void> execEach(const QSqlDatabase &db, const QString &sql, const QList<QVariantList> &rows,
                                    const std::function<Result<void>(qsizetype, const QSqlQuery &)> &ran = {});

// SQLite's words for a full disk ("database or disk is full") or a failed
// write ("disk I/O error") do not say what to do; for those result codes the
// message gets that added. Other messages come back as they are.
[[nodiscard]] QString withDiskHint(const QString &message, int sqliteCode);
[[nodiscard]] QString withDiskHint(const QSqlDatabase &db, const QString &message, const QSqlError &error);
// An Error for a failed statement: the hint above, and `disk` set for those
// codes; on a server, serverError's.
[[nodiscard]] Error statementError(const QSqlDatabase &db, const QString &message, const QSqlError &error);
// The SQLite result code of an error on a workspace file; none on a server,
// whose five-character SQLSTATE (42501, …) is no SQLite code.
[[nodiscard]] std::optional<int> sqliteCodeOf(const QSqlDatabase &db, const QSqlError &error);
// An Error for a statement a server refused with `sqlState`: for
// insufficient_privilege (42501, a missing grant or a row-level policy),
// `refused` set and the message saying that the operator's role does not
// allow it; otherwise the message as it is.
[[nodiscard]] Error serverError(const QString &message, const QString &sqlState);

// A PostgreSQL array literal ({1,2}, {"a","b",NULL}) to bind as one value
// and read with CAST(? AS bigint[]) or text[]: the values of many rows in
// one statement on a server. Texts are quoted; a null QVariant is NULL.
[[nodiscard]] QString postgresArray(const QList<qint64> &ids);
[[nodiscard]] QString postgresArray(const QVariantList &values);

// Whether the connection is SQLite's (a workspace file) rather than a
// server's: for the few words the two engines spell differently.
inline bool isSqlite(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QSQLITE");
}

// A null QString binds as SQL NULL; CampDesk's text columns are NOT NULL ''.
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// An id column's value: NULL for "none" (0).
inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

// Inserts one row into `table` and returns its id. A row that has an id (a
// redo putting back what an undo removed) keeps it; one without gets the
// engine's next id — the id column is then left out, as a server's
// identity column refuses NULL. `columns` and `values` are the others.
[[nodiscard]] Result<qint64> insertRow(const QSqlDatabase &db, const QString &table, qint64 id,
                                       const QStringList &columns, const QVariantList &values);

// The empty value ('' or an empty blob) of each NOT NULL text or blob column
// of `table`, by name. SQLite hands a zero-length blob back as a null value,
// which would be written back as NULL: a row copied or restored puts these
// in its place. The table name is one of CampDesk's own.
[[nodiscard]] Result<QHash<QString, QVariant>> emptyValues(const QSqlDatabase &db, const QString &table);
// Puts those empty values in place of the nulls of a row of `columns`.
void fillEmpty(QVariantList &row, const QStringList &columns, const QHash<QString, QVariant> &empty);

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
