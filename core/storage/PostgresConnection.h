#pragma once

#include "core/Error.h"
#include "core/storage/ServerAddress.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace CampDesk {

// A connection to a PostgreSQL server through Qt's QPSQL driver (libpq).
// libpq reads the address itself, so every form it knows works, and so do
// its own ways to a password (~/.pgpass, the service file, PGPASSWORD).
class PostgresConnection final {
    Q_DECLARE_TR_FUNCTIONS(PostgresConnection)

public:
    // The server's major version this CampDesk is made for and tested on
    // (Debian 12's); older servers are refused.
    static constexpr int OldestServerVersion = 150000;

    // Opens a connection named `connectionName` (QSqlDatabase's registry);
    // the error says what failed in the operator's words, never with a
    // password, and the registry keeps nothing of a failed attempt.
    // A password the operator typed (never stored) is used for this
    // connection only; empty, libpq looks for one itself.
    [[nodiscard]] static Result<QSqlDatabase> open(const ServerAddress &address, const QString &connectionName,
                                                   const QString &password = {});
    // The server's version as a number (150020 for 15.20).
    [[nodiscard]] static Result<int> serverVersion(const QSqlDatabase &db);

    // libpq's keywords for the address: its own, and where it names none,
    // limits on how long a connection that stopped answering (a dropped
    // Wi-Fi, a VPN gone, a firewall that swallows packets) may hold the
    // window: without them a check of the connection, run in the window,
    // waited for the system's own limit, about a quarter of an hour.
    static QList<std::pair<QString, QString>> keywords(const ServerAddress &address);

private:
    [[nodiscard]] static Result<void> configure(QSqlDatabase &db, const ServerAddress &address);
    [[nodiscard]] static Result<void> checkEncoding(const QSqlDatabase &db, const ServerAddress &address);
};

} // namespace CampDesk
