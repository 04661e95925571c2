#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace CampDesk::Testing {

// The PostgreSQL server the test command starts (tests/tools/throwaway-postgres.sh),
// from CAMPDESK_TEST_POSTGRES; none when it is not set.
std::optional<QString> testServer();
// Why a test that needs it is skipped without it.
const char *noTestServer();
// The second one the test command starts, which takes TLS connections only
// (throwaway-postgres.sh start-tls), from CAMPDESK_TEST_POSTGRES_TLS: an
// address with sslmode=verify-full and the authority that signed its
// certificate.
std::optional<QString> tlsTestServer();
const char *noTlsTestServer();

// A connection to the test server whose tables go to a schema of its own,
// made for it and dropped with it (and everything in it) when it goes:
// tests running at once never see each other's tables.
class TestSchema final {
public:
    // On the test server, or on another (tlsTestServer()).
    explicit TestSchema(const QString &server = testServer().value_or(QString()));
    ~TestSchema();
    Q_DISABLE_COPY_MOVE(TestSchema)

    // Whether the connection and schema are there; error() says why not.
    bool isReady() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }
    QString name() const { return m_schema; }
    // The test server's address with this schema first in the search path:
    // a workspace opened there (Workspace::open) keeps its tables here.
    QString address() const;
    // A login of the test's own, named after the schema (logins are the
    // whole server's, and tests run at once); dropped after the schema.
    QString login(const QString &name);
    // address(), logged in as `login` (who gives their password on the TLS
    // server).
    QString addressAs(const QString &login) const;

private:
    QString m_server;
    QString m_connection;
    QString m_schema;
    QString m_error;
    QStringList m_logins;
};

} // namespace CampDesk::Testing
