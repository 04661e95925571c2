#include "core/storage/SqlQuery.h"

#include "core/storage/BusyRetry.h"

#include <QCoreApplication>
#include <QSqlError>

namespace CampDesk::Sql {

namespace {

bool isDiskCode(int sqliteCode)
{
    constexpr int SqliteIoError = 10;
    constexpr int SqliteFull = 13;
    const int primary = sqliteCode & 0xff;
    return primary == SqliteIoError || primary == SqliteFull;
}

} // namespace

QString withDiskHint(const QString &message, int sqliteCode)
{
    if (!isDiskCode(sqliteCode))
        return message;
    return QCoreApplication::translate("Sql",
                                       "%1. The disk may be full: make room and try again. Nothing of this "
                                       "step was saved.")
        .arg(message);
}

std::optional<int> sqliteCodeOf(const QSqlDatabase &db, const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (!ok || !isSqlite(db))
        return std::nullopt;
    return code;
}

QString withDiskHint(const QSqlDatabase &db, const QString &message, const QSqlError &error)
{
    const std::optional<int> code = sqliteCodeOf(db, error);
    return code ? withDiskHint(message, *code) : message;
}

Error serverError(const QString &message, const QString &sqlState)
{
    if (sqlState != QLatin1String("42501"))
        return Error {message};
    Error refused {QCoreApplication::translate("Sql",
                                               "The team workspace refused this change: your role there does not"
                                               " allow it, and nothing was changed. The workspace's owner can give"
                                               " you another role. (%1)")
                       .arg(message)};
    refused.refused = true;
    return refused;
}

Error statementError(const QSqlDatabase &db, const QString &message, const QSqlError &error)
{
    if (!isSqlite(db))
        return serverError(message, error.nativeErrorCode());
    const std::optional<int> code = sqliteCodeOf(db, error);
    if (!code || !isDiskCode(*code))
        return Error {message};
    return Error {withDiskHint(message, *code), false, true};
}

namespace {

QSqlQuery queryOn(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    // Forward-only on a server means libpq's single-row mode, where the next
    // statement on the connection silently ends a result still being read
    // (a repository writes while it walks a query): there, the whole result
    // is fetched at once.
    query.setForwardOnly(isSqlite(db));
    return query;
}

Result<void> prepare(const QSqlDatabase &db, QSqlQuery &query, const QString &sql)
{
    // Preparing reads the schema, so a full disk can show here first (the
    // -shm file of a workspace is grown on its first read).
    if (query.prepare(sql))
        return {};
    return std::unexpected(statementError(
        db, QCoreApplication::translate("Sql", "Database error: %1").arg(query.lastError().text()), query.lastError()));
}

// Runs a prepared query with `values`, or `sql` as it is when `direct`.
Result<void> run(const QSqlDatabase &db, QSqlQuery &query, const QString &sql, bool direct, const QVariantList &values)
{
    // Flags are 0 or 1 in an integer column on both engines: a server
    // would refuse a boolean there.
    for (qsizetype index = 0; index < values.size(); ++index) {
        const QVariant &value = values.at(index);
        query.bindValue(int(index), value.typeId() == QMetaType::Bool ? QVariant(qint64(value.toBool())) : value);
    }
    while (!(direct ? query.exec(sql) : query.exec())) {
        const QString message = QCoreApplication::translate("Sql", "Database error: %1").arg(query.lastError().text());
        if (!BusyRetry::isBusy(db, query.lastError()))
            return std::unexpected(statementError(db, message, query.lastError()));
        if (!BusyRetry::shouldRetry(db, message))
            return failBusy(message);
    }
    return {};
}

} // namespace

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query = queryOn(db);
    // PostgreSQL prepares queries and data changes only (PREPARE … AS), not
    // the schema's statements: one without values is run as it is there.
    const bool direct = values.isEmpty() && !isSqlite(db);
    if (!direct) {
        if (auto prepared = prepare(db, query, sql); !prepared)
            return std::unexpected(prepared.error());
    }
    if (auto ran = run(db, query, sql, direct, values); !ran)
        return std::unexpected(ran.error());
    return query;
}

Result<void> execEach(const QSqlDatabase &db, const QString &sql, const QList<QVariantList> &rows,
                      const std::function<Result<void>(qsizetype, const QSqlQuery &)> &ran)
{
    if (rows.isEmpty())
        return {};
    QSqlQuery query = queryOn(db);
    if (auto prepared = prepare(db, query, sql); !prepared)
        return prepared;
    for (qsizetype index = 0; index < rows.size(); ++index) {
        if (auto done = run(db, query, sql, false, rows.at(index)); !done)
            return done;
        if (ran) {
            if (auto checked = ran(index, query); !checked)
                return checked;
        }
    }
    return {};
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

Result<QHash<QString, QVariant>> emptyValues(const QSqlDatabase &db, const QString &table)
{
    auto columns = isSqlite(db)
        ? exec(db, QStringLiteral("SELECT name, type FROM pragma_table_info(?) WHERE \"notnull\""), {table})
        : exec(db,
               QStringLiteral("SELECT column_name, data_type FROM information_schema.columns"
                              " WHERE table_schema = current_schema() AND table_name = ?"
                              " AND is_nullable = 'NO'"),
               {table});
    if (!columns)
        return std::unexpected(columns.error());
    QHash<QString, QVariant> empty;
    while (columns->next()) {
        const QString type = columns->value(1).toString().toLower();
        if (type == QLatin1String("blob") || type == QLatin1String("bytea"))
            empty.insert(columns->value(0).toString(), QByteArray(""));
        else if (type == QLatin1String("text"))
            empty.insert(columns->value(0).toString(), QStringLiteral(""));
    }
    return empty;
}

void fillEmpty(QVariantList &row, const QStringList &columns, const QHash<QString, QVariant> &empty)
{
    for (int column = 0; column < row.size() && column < columns.size(); ++column) {
        // Qt 6's QVariant::isNull() is false for a null QByteArray or
        // QString inside; the driver binds those as NULL all the same.
        const QVariant &value = row.at(column);
        const bool null = value.isNull() || (value.typeId() == QMetaType::QByteArray && value.toByteArray().isNull())
            || (value.typeId() == QMetaType::QString && value.toString().isNull());
        if (null && empty.contains(columns.at(column)))
            row[column] = empty.value(columns.at(column));
    }
}

Result<qint64> insertRow(const QSqlDatabase &db, const QString &table, qint64 id, const QStringList &columns,
                         const QVariantList &values)
{
    QStringList names = columns;
    QVariantList bound = values;
    if (id > 0) {
        names.prepend(QStringLiteral("id"));
        bound.prepend(id);
    }
    const QString &repositoryTable = table;
    const QString columnList = names.join(QStringLiteral(", "));
    const QString placeholders = QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", "));
    // RETURNING (SQLite 3.35, every PostgreSQL): the id of this row, where a
    // server's lastval() would be any sequence's last.
    return scalar(
        db,
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id").arg(repositoryTable, columnList, placeholders),
        bound);
}

QString postgresArray(const QList<qint64> &ids)
{
    QStringList elements;
    elements.reserve(ids.size());
    for (qint64 id : ids)
        elements.append(QString::number(id));
    return u'{' + elements.join(u',') + u'}';
}

QString postgresArray(const QVariantList &values)
{
    QStringList elements;
    elements.reserve(values.size());
    for (const QVariant &value : values) {
        if (value.isNull()) {
            elements.append(QStringLiteral("NULL"));
            continue;
        }
        QString text = value.toString();
        // Inside the quotes only a backslash and a double quote need one.
        text.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        elements.append(u'"' + text + u'"');
    }
    return u'{' + elements.join(u',') + u'}';
}

} // namespace CampDesk::Sql
