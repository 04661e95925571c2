// sslmode honoured, against the test command's second server, which takes
// TLS connections on the loopback address only, with a certificate for
// "localhost" (throwaway-postgres.sh start-tls). The suite's main server is
// on a Unix socket, where libpq ignores sslmode. Without the TLS server,
// these tests say so and skip.
#include "core/storage/PostgresConnection.h"
#include "core/storage/PostgresCopy.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Statement.h"
#include "tests/support/TestServer.h"

#include <QUrl>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

namespace {

// The TLS server's address with these keywords of its query set, and its
// host replaced when one is given; an empty value removes the keyword.
QString tlsServerWith(const QList<std::pair<QString, QString>> &keywords, const QString &host = QString())
{
    QUrl url(tlsTestServer().value_or(QString()));
    QUrlQuery query(url);
    for (const auto &[keyword, value] : keywords) {
        query.removeQueryItem(keyword);
        if (!value.isEmpty())
            query.addQueryItem(keyword, value);
    }
    url.setQuery(query);
    if (!host.isEmpty())
        url.setHost(host);
    return url.toString();
}

// Whether a connection to the address is encrypted, or why there is none;
// the connection is gone afterwards.
Result<bool> encrypted(const QString &text)
{
    const auto address = ServerAddress::parse(text);
    if (!address)
        return std::unexpected(address.error());
    const QString name = QStringLiteral("tls-test");
    Result<qint64> ssl;
    {
        auto db = PostgresConnection::open(*address, name);
        if (!db) {
            EXPECT_FALSE(QSqlDatabase::contains(name)) << "a refused connection is left behind";
            return std::unexpected(db.error());
        }
        ssl = Sql::scalar(*db, QStringLiteral("SELECT ssl::integer FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
        db->close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!ssl)
        return std::unexpected(ssl.error());
    return *ssl == 1;
}

std::string messageOf(const Result<bool> &outcome)
{
    return outcome ? std::string("connected") : outcome.error().message.toStdString();
}

} // namespace

class PostgresTlsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (!tlsTestServer())
            GTEST_SKIP() << noTlsTestServer();
    }
};

TEST_F(PostgresTlsTest, VerifyFullCarriesEveryPathOverTls)
{
    TestSchema schema(*tlsTestServer());
    ASSERT_TRUE(schema.isReady()) << schema.error().toStdString();
    const QSqlDatabase db = schema.db();
    auto ssl = Sql::exec(db, QStringLiteral("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
    ASSERT_TRUE(ssl.has_value()) << ssl.error().message.toStdString();
    ASSERT_TRUE(ssl->next());
    EXPECT_TRUE(ssl->value(0).toBool()) << "sslmode=verify-full gave an unencrypted connection";
    EXPECT_TRUE(ssl->value(1).toString().startsWith(QLatin1String("TLS"))) << ssl->value(1).toString().toStdString();

    // COPY and prepared statements share QtSql's libpq connection, and with
    // it the encryption.
    ASSERT_TRUE(Sql::exec(db, QStringLiteral("CREATE TABLE lines (n bigint NOT NULL, t text)")).has_value());
    PostgresCopy copy(db, "lines", "n, t");
    for (qint64 n = 1; n <= 3; ++n) {
        copy.add(n);
        copy.add(QStringLiteral("第%1天打卡").arg(n));
        copy.endRow();
    }
    const auto sent = copy.send();
    ASSERT_TRUE(sent.has_value()) << sent.error().message.toStdString();
    Statement sum(db, "SELECT sum(n), string_agg(t, ',' ORDER BY n) FROM lines WHERE n >= ?");
    ASSERT_TRUE(sum.isValid()) << sum.error().toStdString();
    sum.bind(1, qint64(2));
    const auto row = sum.next();
    ASSERT_TRUE(row.has_value() && *row) << sum.error().toStdString();
    EXPECT_EQ(sum.textAt(0), QStringLiteral("5"));
    EXPECT_EQ(sum.textAt(1), QStringLiteral("第2天打卡,第3天打卡"));
}

TEST_F(PostgresTlsTest, VerifyFullRefusesACertificateForAnotherHostName)
{
    // The certificate names "localhost"; the same server by its address is
    // not the server it names.
    const auto byAddress
        = encrypted(tlsServerWith({{QStringLiteral("hostaddr"), QString()}}, QStringLiteral("127.0.0.1")));
    ASSERT_FALSE(byAddress.has_value()) << "verify-full accepted a certificate for another host name";
    EXPECT_TRUE(byAddress.error().message.contains(QLatin1String("does not match host name \"127.0.0.1\"")))
        << messageOf(byAddress);

    // verify-ca checks the authority only: the same address passes.
    const auto caOnly = encrypted(tlsServerWith(
        {{QStringLiteral("hostaddr"), QString()}, {QStringLiteral("sslmode"), QStringLiteral("verify-ca")}},
        QStringLiteral("127.0.0.1")));
    ASSERT_TRUE(caOnly.has_value()) << messageOf(caOnly);
    EXPECT_TRUE(*caOnly);
}

TEST_F(PostgresTlsTest, AServerSignedByAnAuthorityNotTrustedIsRefused)
{
    QString stranger = QUrlQuery(QUrl(*tlsTestServer())).queryItemValue(QStringLiteral("sslrootcert"));
    stranger.replace(QLatin1String("/ca.crt"), QLatin1String("/stranger-ca.crt"));
    for (const QString &mode : {QStringLiteral("verify-ca"), QStringLiteral("verify-full")}) {
        const auto refused
            = encrypted(tlsServerWith({{QStringLiteral("sslmode"), mode}, {QStringLiteral("sslrootcert"), stranger}}));
        ASSERT_FALSE(refused.has_value()) << mode.toStdString() << " trusted a server its authority did not sign";
        EXPECT_TRUE(refused.error().message.contains(QLatin1String("certificate verify failed"))) << messageOf(refused);
        EXPECT_TRUE(refused.error().message.contains(QLatin1String("localhost"))) << "the message names the server";
    }
}

TEST_F(PostgresTlsTest, WhatTheAddressAsksForIsWhatLibpqDoes)
{
    // This server takes no connection in clear: sslmode=disable is refused
    // by it, so CampDesk did not quietly encrypt anyway.
    const auto disabled = encrypted(tlsServerWith({{QStringLiteral("sslmode"), QStringLiteral("disable")}}));
    ASSERT_FALSE(disabled.has_value());
    EXPECT_TRUE(disabled.error().message.contains(QLatin1String("no encryption"))) << messageOf(disabled);

    // require encrypts; with no authority named, it checks no certificate.
    const auto required = encrypted(tlsServerWith(
        {{QStringLiteral("sslmode"), QStringLiteral("require")}, {QStringLiteral("sslrootcert"), QString()}}));
    ASSERT_TRUE(required.has_value()) << messageOf(required);
    EXPECT_TRUE(*required);
}
