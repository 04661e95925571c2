#pragma once

#include <QString>

#include <functional>

class QSqlDatabase;
class QSqlError;

namespace CampDesk {

// When another program holds the workspace's write lock for longer than the
// busy timeout (campdesk-cli importing a big export while the window is
// open), SQLite gives up with SQLITE_BUSY. A connection may have someone who
// decides whether to wait again: the window asks the user (Retry / Cancel),
// so an edit is never dropped without being asked. Without one, the busy
// error is returned as it is.
class BusyRetry final {
public:
    // Called with the database's message; true tries the statement again.
    using Handler = std::function<bool(const QString &message)>;

    static void setHandler(const QString &connectionName, const Handler &handler);
    static void clearHandler(const QString &connectionName);

    // SQLITE_BUSY or SQLITE_LOCKED, extended codes included, on a workspace
    // file; never on a server, whose SQLSTATE may look like a number.
    [[nodiscard]] static bool isBusy(const QSqlDatabase &db, const QSqlError &error);
    // Asks the connection's handler; false when it has none.
    [[nodiscard]] static bool shouldRetry(const QSqlDatabase &db, const QString &message);
};

} // namespace CampDesk
