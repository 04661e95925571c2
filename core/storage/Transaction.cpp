#include "core/storage/Transaction.h"

#include "core/storage/BusyRetry.h"
#include "core/storage/PostgresStatement.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace CampDesk {

namespace {

// Open guards per connection. Connections belong to one thread each.
thread_local QHash<QString, int> openGuards;

// BEGIN IMMEDIATE takes SQLite's write lock up front: a concurrent writer
// makes us wait (busy timeout) here instead of failing half-way through.
// PostgreSQL locks row by row as it writes, and knows no IMMEDIATE.
QString beginStatement(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QSQLITE") ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
}

QString savepointName(int depth)
{
    return QStringLiteral("campdesk_%1").arg(depth);
}

} // namespace

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
{
}

Transaction::~Transaction()
{
    if (m_depth >= 0)
        rollback();
}

Result<void> Transaction::begin()
{
    const int depth = openGuards.value(m_db.connectionName());
    QSqlQuery query(m_db);
    const QString statement = depth == 0 ? beginStatement(m_db) : QStringLiteral("SAVEPOINT ") + savepointName(depth);
    while (!query.exec(statement)) {
        const QString message = QCoreApplication::translate("Transaction", "Could not start a transaction: %1")
                                    .arg(query.lastError().text());
        if (!BusyRetry::isBusy(m_db, query.lastError()))
            return fail(message);
        if (!BusyRetry::shouldRetry(m_db, message))
            return failBusy(message);
    }
    m_depth = depth;
    openGuards[m_db.connectionName()] = depth + 1;
    return {};
}

Result<void> Transaction::commit()
{
    if (m_depth == 0) {
        if (pg_conn *connection = postgresHandleOf(m_db))
            return commitOnServer(connection);
    }
    QSqlQuery query(m_db);
    const QString statement
        = m_depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepointName(m_depth);
    if (!query.exec(statement))
        return fail(Sql::withDiskHint(
            m_db,
            QCoreApplication::translate("Transaction", "Could not save the changes: %1").arg(query.lastError().text()),
            query.lastError()));
    openGuards[m_db.connectionName()] = m_depth;
    m_depth = -1;
    return {};
}

// A server answers COMMIT in a transaction that a failed statement aborted
// with success and the tag ROLLBACK: nothing was kept, and saying "saved"
// would be a lie. QtSql's plain query cannot see the tag.
Result<void> Transaction::commitOnServer(pg_conn *connection)
{
    const PostgresResult result {PQexec(connection, "COMMIT")};
    openGuards[m_db.connectionName()] = 0;
    m_depth = -1;
    if (PQresultStatus(result.get()) != PGRES_COMMAND_OK)
        return fail(QCoreApplication::translate("Transaction", "Could not save the changes: %1")
                        .arg(postgresErrorOf(result.get(), connection)));
    if (qstrcmp(PQcmdStatus(result.get()), "COMMIT") != 0)
        return fail(QCoreApplication::translate("Transaction",
                                                "The server kept none of the changes: a step of them had failed. "
                                                "Nothing was saved."));
    return {};
}

void Transaction::rollback()
{
    QSqlQuery query(m_db);
    if (m_depth == 0) {
        query.exec(QStringLiteral("ROLLBACK"));
    } else {
        query.exec(QStringLiteral("ROLLBACK TO ") + savepointName(m_depth));
        query.exec(QStringLiteral("RELEASE ") + savepointName(m_depth));
    }
    openGuards[m_db.connectionName()] = m_depth;
    m_depth = -1;
}

} // namespace CampDesk
