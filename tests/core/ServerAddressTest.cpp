#include "core/storage/ServerAddress.h"

#include <gtest/gtest.h>

using namespace CampDesk;

TEST(ServerAddressTest, TellsServersFromFiles)
{
    EXPECT_TRUE(ServerAddress::looksLikeServer(QStringLiteral("postgresql://db.example.org/campdesk")));
    EXPECT_TRUE(ServerAddress::looksLikeServer(QStringLiteral("postgres:///campdesk?host=/run/postgresql")));
    EXPECT_TRUE(ServerAddress::looksLikeServer(QStringLiteral("service=camps")));
    EXPECT_TRUE(ServerAddress::looksLikeServer(QStringLiteral("  host = db.example.org dbname=campdesk")));
    EXPECT_FALSE(ServerAddress::looksLikeServer(QStringLiteral("/home/lin/camps.campdesk")));
    EXPECT_FALSE(ServerAddress::looksLikeServer(QStringLiteral("camps.campdesk")));
    EXPECT_FALSE(ServerAddress::looksLikeServer(QStringLiteral("C:\\camps\\晨跑营.campdesk")));
    EXPECT_FALSE(ServerAddress::looksLikeServer(QStringLiteral("size=2.campdesk"))) << "not one of libpq's keywords";
}

TEST(ServerAddressTest, ReadsUrisAndKeywordPairsForTheirPlaceAndDatabase)
{
    const auto uri
        = ServerAddress::parse(QStringLiteral("postgresql://lin@db.example.org:5433/campdesk?sslmode=verify-full"));
    ASSERT_TRUE(uri.has_value()) << uri.error().message.toStdString();
    EXPECT_EQ(uri->displayText(), QStringLiteral("campdesk on db.example.org:5433"));
    const QList<std::pair<QString, QString>> expected {{QStringLiteral("user"), QStringLiteral("lin")},
                                                       {QStringLiteral("host"), QStringLiteral("db.example.org")},
                                                       {QStringLiteral("dbname"), QStringLiteral("campdesk")},
                                                       {QStringLiteral("port"), QStringLiteral("5433")},
                                                       {QStringLiteral("sslmode"), QStringLiteral("verify-full")}};
    EXPECT_EQ(uri->keywords(), expected);

    const auto socket = ServerAddress::parse(QStringLiteral("postgresql:///campdesk?host=/run/postgresql"));
    ASSERT_TRUE(socket.has_value()) << socket.error().message.toStdString();
    EXPECT_EQ(socket->displayText(), QStringLiteral("campdesk on /run/postgresql"));

    const auto pairs = ServerAddress::parse(QStringLiteral("host=db.example.org dbname='晨跑 营' user=lin"));
    ASSERT_TRUE(pairs.has_value()) << pairs.error().message.toStdString();
    EXPECT_EQ(pairs->displayText(), QStringLiteral("晨跑 营 on db.example.org"));

    const auto service = ServerAddress::parse(QStringLiteral("service=camps"));
    ASSERT_TRUE(service.has_value()) << service.error().message.toStdString();
    EXPECT_EQ(service->displayText(), QStringLiteral("service camps"));

    const auto local = ServerAddress::parse(QStringLiteral("dbname=campdesk"));
    ASSERT_TRUE(local.has_value());
    EXPECT_EQ(local->displayText(), QStringLiteral("campdesk on this computer"));
}

TEST(ServerAddressTest, RefusesAPasswordWithoutRepeatingIt)
{
    for (const QString &text : {QStringLiteral("postgresql://lin:s3cret-pw@db.example.org/campdesk"),
                                QStringLiteral("postgresql://db.example.org/campdesk?password=s3cret-pw"),
                                QStringLiteral("host=db.example.org dbname=campdesk password=s3cret-pw")}) {
        const auto parsed = ServerAddress::parse(text);
        ASSERT_FALSE(parsed.has_value()) << text.toStdString();
        EXPECT_TRUE(parsed.error().message.contains(QLatin1String("~/.pgpass")))
            << parsed.error().message.toStdString();
        EXPECT_FALSE(parsed.error().message.contains(QLatin1String("s3cret-pw"))) << "the refusal never shows it";
    }
}

// Every other refusal names the address, so one that gives a secret is
// refused for that first, whatever else is wrong with it; a key's
// passphrase too (an address is kept among the recent workspaces).
TEST(ServerAddressTest, RefusesASecretBeforeSayingAnythingElseOfTheAddress)
{
    for (const QString &text :
         {QStringLiteral("dbname=x bogus=1 password=s3cret-pw"),
          QStringLiteral("postgresql://db.example.org/x?bogus=1&password=s3cret-pw"),
          QStringLiteral("postgresql://u:s3cret-pw@h/db?x=%zz"), QStringLiteral("dbname='x password=s3cret-pw"),
          QStringLiteral("foo password=s3cret-pw"), QStringLiteral("postgresql://u:s3cret-pw@h:99999/db"),
          QStringLiteral("postgresql://h/db?pass%77ord=s3cret-pw&port=x"),
          QStringLiteral("postgresql://h/db?sslpassword=s3cret-pw"),
          QStringLiteral("host=h dbname=db sslpassword = 's3cret-pw'")}) {
        const auto parsed = ServerAddress::parse(text);
        ASSERT_FALSE(parsed.has_value()) << text.toStdString();
        EXPECT_FALSE(parsed.error().message.contains(QLatin1String("s3cret-pw")))
            << text.toStdString() << ": " << parsed.error().message.toStdString();
        EXPECT_TRUE(parsed.error().message.contains(QLatin1String("~/.pgpass"))) << text.toStdString();
        EXPECT_TRUE(ServerAddress::holdsSecret(text)) << text.toStdString();
        EXPECT_FALSE(ServerAddress::displayTextOf(text).contains(QLatin1String("s3cret-pw")))
            << "a recent list kept by an earlier version never shows it";
    }
    // A port, an IPv6 host and a user are no password.
    for (const QString &text : {QStringLiteral("postgresql://lin@db.example.org:5433/campdesk"),
                                QStringLiteral("postgresql://[::1]:5433/campdesk"),
                                QStringLiteral("host=h dbname=passwords user=password_keeper")})
        EXPECT_TRUE(ServerAddress::parse(text).has_value()) << text.toStdString();
}

TEST(ServerAddressTest, SaysWhatIsWrongWithAnAddress)
{
    const auto unknown = ServerAddress::parse(QStringLiteral("host=db.example.org databse=campdesk"));
    ASSERT_FALSE(unknown.has_value());
    EXPECT_TRUE(unknown.error().message.contains(QLatin1String("\"databse\"")))
        << unknown.error().message.toStdString();

    const auto open = ServerAddress::parse(QStringLiteral("dbname='campdesk"));
    ASSERT_FALSE(open.has_value());
    EXPECT_TRUE(open.error().message.contains(QLatin1String("quote"))) << open.error().message.toStdString();

    const auto nameless = ServerAddress::parse(QStringLiteral("postgresql://db.example.org"));
    ASSERT_FALSE(nameless.has_value());
    EXPECT_TRUE(nameless.error().message.contains(QLatin1String("no database")))
        << nameless.error().message.toStdString();
}

TEST(ServerAddressTest, TheConnectFormsPartsMakeAnAddressThatReadsBack)
{
    const ServerAddress::Parts parts {.host = QStringLiteral("db.example.org"),
                                      .port = 6432,
                                      .database = QStringLiteral("夏令营 2027"),
                                      .user = QStringLiteral("o'brien\\x"),
                                      .sslMode = QStringLiteral("verify-full")};
    const QString text = ServerAddress::fromParts(parts);
    EXPECT_TRUE(ServerAddress::looksLikeServer(text)) << text.toStdString();
    const auto address = ServerAddress::parse(text);
    ASSERT_TRUE(address.has_value()) << address.error().message.toStdString();
    const ServerAddress::Parts back = address->parts();
    EXPECT_EQ(back.host, parts.host);
    EXPECT_EQ(back.port, parts.port);
    EXPECT_EQ(back.database, parts.database);
    EXPECT_EQ(back.user, parts.user);
    EXPECT_EQ(back.sslMode, parts.sslMode);
    EXPECT_EQ(address->displayText(), QStringLiteral("夏令营 2027 on db.example.org:6432"));

    // Empty parts are left to libpq's defaults; no port is port 0.
    const QString bare = ServerAddress::fromParts({.database = QStringLiteral("camps")});
    EXPECT_EQ(bare, QStringLiteral("dbname='camps'"));
    EXPECT_EQ(ServerAddress::parse(bare)->parts().port, 0);
}
