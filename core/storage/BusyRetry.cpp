#include "core/storage/BusyRetry.h"

#include "core/storage/SqlQuery.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>

namespace CampDesk {

namespace {

// Connections live on several threads (imports, checks); handlers are set and
// read under one lock, and called outside it.
QMutex handlersLock;
QHash<QString, BusyRetry::Handler> &handlers()
{
    static QHash<QString, BusyRetry::Handler> registry;
    return registry;
}

constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;

} // namespace

void BusyRetry::setHandler(const QString &connectionName, const Handler &handler)
{
    const QMutexLocker locker(&handlersLock);
    handlers().insert(connectionName, handler);
}

void BusyRetry::clearHandler(const QString &connectionName)
{
    const QMutexLocker locker(&handlersLock);
    handlers().remove(connectionName);
}

bool BusyRetry::isBusy(const QSqlDatabase &db, const QSqlError &error)
{
    const std::optional<int> code = Sql::sqliteCodeOf(db, error);
    // The low byte is the primary code (SQLITE_BUSY_SNAPSHOT is 517, …).
    return code && ((*code & 0xff) == SqliteBusy || (*code & 0xff) == SqliteLocked);
}

bool BusyRetry::shouldRetry(const QSqlDatabase &db, const QString &message)
{
    Handler handler;
    {
        const QMutexLocker locker(&handlersLock);
        handler = handlers().value(db.connectionName());
    }
    return handler && handler(message);
}

} // namespace CampDesk
