#include "ui/ConnectionWatch.h"

#include "core/Workspace.h"
#include "core/domain/Camp.h"
#include "core/storage/PostgresConnection.h"
#include "core/storage/SqlQuery.h"
#include "tests/support/TestServer.h"
#include "tests/support/WorkspaceDocumentTestAccess.h"
#include "ui/MainWindow.h"
#include "ui/WorkspaceDocument.h"

#include <QLabel>
#include <QListView>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

namespace {

// The test server's superuser (throwaway-postgres.sh): it shuts one login
// out and lets it in again, so only this test's window loses its server.
class ServerKeeper final {
public:
    ServerKeeper()
        : m_name(QStringLiteral("keeper-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        QString admin = *testServer();
        admin.replace(QStringLiteral("user=campdesk"), QStringLiteral("user=campdesk_admin"));
        auto db = PostgresConnection::open(*ServerAddress::parse(admin), m_name);
        if (db)
            m_ready = true;
    }
    ~ServerKeeper()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(ServerKeeper)

    bool isReady() const { return m_ready; }
    bool run(const QString &sql, const QVariantList &values = {}) const
    {
        auto done = Sql::exec(QSqlDatabase::database(m_name, false), sql, values);
        if (!done)
            ADD_FAILURE() << done.error().message.toStdString();
        return done.has_value();
    }

private:
    QString m_name;
    bool m_ready = false;
};

} // namespace

// A team workspace whose server stops answering: a banner says so, a change
// is refused and nothing of it is kept, and once the server answers again
// the window connects by itself and its views show what changed meanwhile.
TEST(ConnectionWatchTest, ALostServerShowsABannerRefusesChangesAndReconnects)
{
    if (!testServer())
        GTEST_SKIP() << noTestServer();
    ServerKeeper keeper;
    ASSERT_TRUE(keeper.isReady());
    // A login and schema of this test's own (identifiers: hex digits).
    const QString login = QStringLiteral("watch_") + QUuid::createUuid().toString(QUuid::Id128);
    ASSERT_TRUE(keeper.run(QStringLiteral("CREATE ROLE %1 LOGIN").arg(login)));
    ASSERT_TRUE(keeper.run(QStringLiteral("CREATE SCHEMA %1 AUTHORIZATION %1").arg(login)));
    QString address = *testServer();
    address.replace(QStringLiteral("user=campdesk"), QStringLiteral("user=") + login);
    address += QStringLiteral("&options=-csearch_path%3D") + login;
    {
        MainWindow window;
        window.resize(1024, 700);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        const auto opened = window.openWorkspace(address);
        ASSERT_TRUE(opened.has_value()) << opened.error().message.toStdString();
        ASSERT_TRUE(
            window.document()
                ->insertCamp(Camp::withDefaults(QStringLiteral("春季营"), QDate(2027, 3, 1), QDate(2027, 3, 21)))
                .has_value());
        ConnectionWatch *watch = window.connectionWatch();
        auto *banner = window.findChild<QLabel *>(QStringLiteral("connectionBanner"));
        ASSERT_NE(banner, nullptr);
        watch->check();
        EXPECT_FALSE(banner->isVisible()) << "a server that answers shows no banner";

        const qint64 pid = *Sql::scalar(WorkspaceDocumentTestAccess::workspace(*window.document()).database(),
                                        QStringLiteral("SELECT pg_backend_pid()"));
        ASSERT_TRUE(keeper.run(QStringLiteral("ALTER ROLE %1 NOLOGIN").arg(login)));
        ASSERT_TRUE(keeper.run(QStringLiteral("SELECT pg_terminate_backend(?)"), {pid}));
        QTest::qWait(100);
        watch->check();
        EXPECT_TRUE(watch->isLost());
        EXPECT_TRUE(banner->isVisible());
        EXPECT_TRUE(banner->text().contains(QStringLiteral("lost"))) << banner->text().toStdString();
        EXPECT_FALSE(banner->toolTip().isEmpty()) << "the server's own words are one hover away";

        // Refused, and nothing of it reaches the server.
        EXPECT_FALSE(
            window.document()
                ->insertCamp(Camp::withDefaults(QStringLiteral("夏季营"), QDate(2027, 6, 1), QDate(2027, 6, 21)))
                .has_value());
        // Meanwhile another laptop adds a camp.
        ASSERT_TRUE(keeper.run(QStringLiteral("INSERT INTO %1.camps (name, course_start, course_end)"
                                              " VALUES ('秋季营', '2027-09-01', '2027-09-21')")
                                   .arg(login)));

        ASSERT_TRUE(keeper.run(QStringLiteral("ALTER ROLE %1 LOGIN").arg(login)));
        watch->check();
        EXPECT_FALSE(watch->isLost());
        EXPECT_FALSE(banner->isVisible());
        auto *camps = window.findChild<QListView *>(QStringLiteral("campList"));
        ASSERT_NE(camps, nullptr);
        ASSERT_NE(camps->model(), nullptr);
        EXPECT_EQ(camps->model()->rowCount(), 2) << "the views read again: 春季营 and the other laptop's 秋季营";
        const auto names = window.document()->camps();
        ASSERT_TRUE(names.has_value());
        for (const Camp &camp : *names)
            EXPECT_NE(camp.name, QStringLiteral("夏季营")) << "the refused change was not kept";
    }
    keeper.run(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(login));
    keeper.run(QStringLiteral("DROP ROLE %1").arg(login));
}
