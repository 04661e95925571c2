#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace CampDesk {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Transaction::~Transaction()
{
    if (m_active)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

Result<void> Transaction::begin()
{
    // BEGIN IMMEDIATE takes the write lock up front: a concurrent writer makes
    // us wait (busy timeout) here instead of failing half-way through.
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(QCoreApplication::translate("Transaction", "Could not start a transaction: %1")
                        .arg(query.lastError().text()));
    m_active = true;
    return {};
}

Result<void> Transaction::commit()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT")))
        return fail(QCoreApplication::translate("Transaction", "Could not save the changes: %1")
                        .arg(query.lastError().text()));
    m_active = false;
    return {};
}

} // namespace CampDesk
