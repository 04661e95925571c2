#include "ui/ConnectionWatch.h"

#include "core/Workspace.h"
#include "core/domain/Camp.h"
#include "core/storage/PostgresConnection.h"
#include "core/storage/SqlQuery.h"
#include "tests/support/TestServer.h"
#include "tests/support/WorkspaceDocumentTestAccess.h"
#include "ui/MainWindow.h"
#include "ui/WorkspaceDocument.h"
#include "ui/commands/CampCommands.h"

#include <QDialog>
#include <QLabel>
#include <QListView>
#include <QPointer>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>
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

// A login and schema of the test's own, which the keeper can shut out.
class ConnectionWatchTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (!testServer())
            GTEST_SKIP() << noTestServer();
        ASSERT_TRUE(m_keeper.isReady());
        // Identifiers: hex digits.
        m_login = QStringLiteral("watch_") + QUuid::createUuid().toString(QUuid::Id128);
        ASSERT_TRUE(m_keeper.run(QStringLiteral("CREATE ROLE %1 LOGIN").arg(m_login)));
        ASSERT_TRUE(m_keeper.run(QStringLiteral("CREATE SCHEMA %1 AUTHORIZATION %1").arg(m_login)));
        m_address = *testServer();
        m_address.replace(QStringLiteral("user=campdesk"), QStringLiteral("user=") + m_login);
        m_address += QStringLiteral("&options=-csearch_path%3D") + m_login;
    }
    void TearDown() override
    {
        if (m_login.isEmpty())
            return;
        m_keeper.run(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(m_login));
        m_keeper.run(QStringLiteral("DROP ROLE %1").arg(m_login));
    }

    // Shuts the window's login out and ends its connection.
    bool loseServer(const MainWindow &window) const
    {
        const qint64 pid = *Sql::scalar(WorkspaceDocumentTestAccess::workspace(*window.document()).database(),
                                        QStringLiteral("SELECT pg_backend_pid()"));
        if (!m_keeper.run(QStringLiteral("ALTER ROLE %1 NOLOGIN").arg(m_login))
            || !m_keeper.run(QStringLiteral("SELECT pg_terminate_backend(?)"), {pid}))
            return false;
        QTest::qWait(100);
        return true;
    }
    bool letBackIn() const { return m_keeper.run(QStringLiteral("ALTER ROLE %1 LOGIN").arg(m_login)); }

    ServerKeeper m_keeper;
    QString m_login;
    QString m_address;
};

// A team workspace whose server stops answering: a banner says so, a change
// is refused and nothing of it is kept, and once the server answers again
// the window connects by itself and its views show what changed meanwhile.
TEST_F(ConnectionWatchTest, ALostServerShowsABannerRefusesChangesAndReconnects)
{
    {
        MainWindow window;
        window.resize(1024, 700);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        const auto opened = window.openWorkspace(m_address);
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

        ASSERT_TRUE(loseServer(window));
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
        ASSERT_TRUE(m_keeper.run(QStringLiteral("INSERT INTO %1.camps (name, course_start, course_end)"
                                                " VALUES ('秋季营', '2027-09-01', '2027-09-21')")
                                     .arg(m_login)));

        ASSERT_TRUE(letBackIn());
        // A dialog of a view is open: the views stay (with it) until it closes.
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("campTabs"));
        ASSERT_NE(tabs, nullptr);
        QPointer<QWidget> overview = tabs->widget(0);
        auto *dialog = new QDialog(overview);
        dialog->show();
        watch->check();
        EXPECT_FALSE(watch->isLost());
        EXPECT_FALSE(banner->isVisible());
        QTest::qWait(700);
        EXPECT_FALSE(overview.isNull()) << "a view with an open dialog was taken down";
        dialog->close();
        EXPECT_TRUE(QTest::qWaitFor([&overview] { return overview.isNull(); }, 3000))
            << "the views were not read again";
        auto *camps = window.findChild<QListView *>(QStringLiteral("campList"));
        ASSERT_NE(camps, nullptr);
        ASSERT_NE(camps->model(), nullptr);
        EXPECT_EQ(camps->model()->rowCount(), 2) << "the views read again: 春季营 and the other laptop's 秋季营";
        const auto names = window.document()->camps();
        ASSERT_TRUE(names.has_value());
        for (const Camp &camp : *names)
            EXPECT_NE(camp.name, QStringLiteral("夏季营")) << "the refused change was not kept";
    }
}

// An undo that fails while the server is away stays on the stack, to be
// tried again once it is back: dropping it dropped the only copy of what it
// would put back (here a deleted camp).
TEST_F(ConnectionWatchTest, AnUndoThatFailsWhileTheServerIsAwayStaysToBeTriedAgain)
{
    MainWindow window;
    window.resize(1024, 700);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const auto opened = window.openWorkspace(m_address);
    ASSERT_TRUE(opened.has_value()) << opened.error().message.toStdString();
    WorkspaceDocument *document = window.document();
    const auto id
        = document->insertCamp(Camp::withDefaults(QStringLiteral("春季营"), QDate(2027, 3, 1), QDate(2027, 3, 21)));
    ASSERT_TRUE(id.has_value());
    const Camp camp = *document->camp(*id);
    QUndoStack *stack = document->undoStack();
    stack->push(new DeleteCampCommand(document, camp));
    ASSERT_EQ(stack->count(), 1);
    ASSERT_EQ(document->camps().value_or(QList<Camp> {}).size(), 0);

    ASSERT_TRUE(loseServer(window));
    stack->undo();
    QTest::qWait(50); // the step is put back once the failed undo has returned
    EXPECT_EQ(stack->count(), 1) << "the step was dropped";
    EXPECT_EQ(stack->index(), 1);
    EXPECT_TRUE(stack->canUndo());
    EXPECT_FALSE(stack->canRedo());

    ASSERT_TRUE(letBackIn());
    window.connectionWatch()->check();
    ASSERT_FALSE(window.connectionWatch()->isLost());
    stack = window.document()->undoStack();
    ASSERT_TRUE(stack->canUndo());
    stack->undo();
    const auto camps = window.document()->camps();
    ASSERT_TRUE(camps.has_value());
    ASSERT_EQ(camps->size(), 1) << "the deleted camp came back";
    EXPECT_EQ(camps->first().name, QStringLiteral("春季营"));
    EXPECT_TRUE(stack->canRedo());
}
