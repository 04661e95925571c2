#include "core/storage/PostgresConnection.h"

#include "core/storage/SqlQuery.h"

#include <QSqlError>

#include <algorithm>

namespace CampDesk {

namespace {

const QString Driver = QStringLiteral("QPSQL");

} // namespace

Result<void> PostgresConnection::configure(QSqlDatabase &db, const ServerAddress &address)
{
    // QPSQL writes host, port, database and user into libpq's connection
    // string itself, quoted; every other keyword goes in its options,
    // which it joins with ";" in place of spaces: a ";" in a value would
    // cut it in two.
    QStringList options;
    for (const auto &[key, value] : keywords(address)) {
        if (key == QLatin1String("host"))
            db.setHostName(value);
        else if (key == QLatin1String("port"))
            db.setPort(value.toInt());
        else if (key == QLatin1String("dbname"))
            db.setDatabaseName(value);
        else if (key == QLatin1String("user"))
            db.setUserName(value);
        else if (value.contains(u';'))
            return fail(tr("%1: CampDesk cannot pass a \";\" in %2 to the server.").arg(address.displayText(), key));
        else
            options.append(key + QStringLiteral("='")
                           + QString(value).replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"))
                           + u'\'');
    }
    db.setConnectOptions(options.join(u';'));
    return {};
}

QList<std::pair<QString, QString>> PostgresConnection::keywords(const ServerAddress &address)
{
    // A connection is given 10 s; one that stops answering is given up
    // within about 15 s whether the window is sending (tcp_user_timeout) or
    // waiting (keepalives: first probe after 5 s of silence, then every
    // 3 s, three unanswered). A long import is unaffected: a busy server's
    // system still answers both.
    static const QList<std::pair<QString, QString>> limits {
        {QStringLiteral("connect_timeout"), QStringLiteral("10")},
        {QStringLiteral("tcp_user_timeout"), QStringLiteral("15000")},
        {QStringLiteral("keepalives"), QStringLiteral("1")},
        {QStringLiteral("keepalives_idle"), QStringLiteral("5")},
        {QStringLiteral("keepalives_interval"), QStringLiteral("3")},
        {QStringLiteral("keepalives_count"), QStringLiteral("3")},
    };
    QList<std::pair<QString, QString>> all = address.keywords();
    for (const auto &limit : limits) {
        if (std::none_of(all.cbegin(), all.cend(), [&limit](const auto &given) { return given.first == limit.first; }))
            all.append(limit);
    }
    return all;
}

Result<QSqlDatabase> PostgresConnection::open(const ServerAddress &address, const QString &connectionName,
                                              const QString &password)
{
    if (!QSqlDatabase::isDriverAvailable(Driver))
        return fail(tr("CampDesk cannot reach PostgreSQL servers here: Qt's PostgreSQL driver is not installed"
                       " (Debian package libqt6sql6-psql)."));
    std::optional<QString> failure;
    // The registry's handle must be gone before the connection is removed.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(Driver, connectionName);
        if (!password.isEmpty())
            db.setPassword(password);
        if (auto set = configure(db, address); !set)
            failure = set.error().message;
        else if (!db.open()) {
            failure
                = tr("Could not connect to %1: %2")
                      .arg(address.displayText(), db.lastError().driverText() + u' ' + db.lastError().databaseText())
                      .trimmed();
        } else {
            auto version = serverVersion(db);
            if (!version)
                failure = version.error().message;
            else if (*version < OldestServerVersion)
                failure = tr("%1 runs PostgreSQL %2; CampDesk needs version 15 or newer.")
                              .arg(address.displayText())
                              .arg(*version / 10000);
            else if (auto encoding = checkEncoding(db, address); !encoding)
                failure = encoding.error().message;
            else
                return db;
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return fail(*failure);
}

// A database in another encoding cannot hold every chat's text (emoji,
// Chinese in a LATIN1 database), and the server hashes a message's text in
// its own encoding where CampDesk hashes UTF-8: every message with a
// character beyond ASCII would be taken for a new one at each re-import.
Result<void> PostgresConnection::checkEncoding(const QSqlDatabase &db, const ServerAddress &address)
{
    auto encoding = Sql::exec(db, QStringLiteral("SELECT current_setting('server_encoding')"));
    if (!encoding)
        return std::unexpected(encoding.error());
    const QString name = encoding->next() ? encoding->value(0).toString() : QString();
    if (name == QLatin1String("UTF8"))
        return {};
    return fail(tr("%1 stores its texts as %2; CampDesk needs a database in UTF8. Create one with "
                   "createdb --encoding=UTF8 --template=template0 and push the workspace there.")
                    .arg(address.displayText(), name));
}

Result<int> PostgresConnection::serverVersion(const QSqlDatabase &db)
{
    auto version = Sql::scalar(db, QStringLiteral("SELECT current_setting('server_version_num')::integer"));
    if (!version)
        return std::unexpected(version.error());
    return int(*version);
}

} // namespace CampDesk
