#include "tests/support/TestServer.h"

#include "core/storage/PostgresConnection.h"
#include "core/storage/SqlQuery.h"

#include <QRegularExpression>
#include <QUuid>

namespace CampDesk::Testing {

namespace {

std::optional<QString> serverFrom(const char *variable)
{
    const QString address = qEnvironmentVariable(variable);
    if (address.isEmpty())
        return std::nullopt;
    return address;
}

} // namespace

std::optional<QString> testServer()
{
    return serverFrom("CAMPDESK_TEST_POSTGRES");
}

std::optional<QString> tlsTestServer()
{
    return serverFrom("CAMPDESK_TEST_POSTGRES_TLS");
}

const char *noTestServer()
{
    return "CAMPDESK_TEST_POSTGRES is not set: no PostgreSQL server to test against"
           " (bash scripts/campdesk.sh test starts one)";
}

const char *noTlsTestServer()
{
    return "CAMPDESK_TEST_POSTGRES_TLS is not set: no PostgreSQL server taking TLS to test against"
           " (bash scripts/campdesk.sh test starts one)";
}

TestSchema::TestSchema(const QString &server)
    : m_server(server)
{
    const QString unique = QUuid::createUuid().toString(QUuid::Id128);
    m_connection = QStringLiteral("test-server-") + unique;
    m_schema = QStringLiteral("test_") + unique;
    const auto address = ServerAddress::parse(m_server);
    if (!address) {
        m_error = address.error().message;
        return;
    }
    auto db = PostgresConnection::open(*address, m_connection);
    if (!db) {
        m_error = db.error().message;
        return;
    }
    // Schema names are identifiers, not values: this one is ours (hex digits).
    // Notices (a cascading drop lists every table) would only clutter the log.
    const QStringList statements {QStringLiteral("SET client_min_messages TO warning"),
                                  QStringLiteral("CREATE SCHEMA ") + m_schema,
                                  QStringLiteral("SET search_path TO ") + m_schema};
    for (const QString &statement : statements) {
        if (auto done = Sql::exec(*db, statement); !done) {
            m_error = done.error().message;
            return;
        }
    }
}

QString TestSchema::address() const
{
    // libpq reads "options" as the server's command-line switches; "=" is
    // written %3D inside a URI's query.
    return m_server + (m_server.contains(u'?') ? u'&' : u'?') + QStringLiteral("options=-csearch_path%3D") + m_schema;
}

QString TestSchema::login(const QString &name)
{
    const QString login = m_schema + u'_' + name;
    if (!m_logins.contains(login))
        m_logins.append(login);
    return login;
}

QString TestSchema::addressAs(const QString &login) const
{
    // user=campdesk on the socket's address, campdesk@ on the TLS server's.
    static const QRegularExpression owner(QStringLiteral("user=campdesk(?=&|$)"));
    static const QRegularExpression userInfo(QStringLiteral("^postgresql://campdesk@"));
    return address()
        .replace(owner, QStringLiteral("user=") + login)
        .replace(userInfo, QStringLiteral("postgresql://%1@").arg(login));
}

TestSchema::~TestSchema()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) {
            (void)Sql::exec(db, QStringLiteral("DROP SCHEMA IF EXISTS ") + m_schema + QStringLiteral(" CASCADE"));
            // The schema took the logins' rights with it: nothing holds them.
            for (const QString &login : std::as_const(m_logins))
                (void)Sql::exec(db, QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login));
            db.close();
        }
    }
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::removeDatabase(m_connection);
}

} // namespace CampDesk::Testing
