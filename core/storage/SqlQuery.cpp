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

QString withDiskHint(const QString &message, const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? withDiskHint(message, code) : message;
}

Error statementError(const QString &message, const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (!ok || !isDiskCode(code))
        return Error {message};
    return Error {withDiskHint(message, code), false, true};
}

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // PostgreSQL prepares queries and data changes only (PREPARE … AS), not
    // the schema's statements: one without values is run as it is there.
    const bool direct = values.isEmpty() && db.driverName() != QLatin1String("QSQLITE");
    // Preparing reads the schema, so a full disk can show here first (the
    // -shm file of a workspace is grown on its first read).
    if (!direct && !query.prepare(sql)) {
        return std::unexpected(statementError(
            QCoreApplication::translate("Sql", "Database error: %1").arg(query.lastError().text()), query.lastError()));
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    while (!(direct ? query.exec(sql) : query.exec())) {
        const QString message = QCoreApplication::translate("Sql", "Database error: %1").arg(query.lastError().text());
        if (!BusyRetry::isBusy(query.lastError()))
            return std::unexpected(statementError(message, query.lastError()));
        if (!BusyRetry::shouldRetry(db, message))
            return failBusy(message);
    }
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
