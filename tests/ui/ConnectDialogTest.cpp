#include "ui/dialogs/ConnectDialog.h"

#include "core/Workspace.h"
#include "core/domain/Camp.h"
#include "core/domain/CampRepository.h"
#include "core/storage/ServerAddress.h"
#include "tests/support/TestServer.h"
#include "ui/MainWindow.h"
#include "ui/WorkspaceDocument.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSpinBox>
#include <QTest>

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

namespace {

QPushButton *connectButton(const ConnectDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

TEST(ConnectDialogTest, ARecentServerFillsTheFormAndThePasswordNeverJoinsTheAddress)
{
    ConnectDialog dialog({QStringLiteral("postgresql://lin@db.example.org:6432/camps?sslmode=verify-full"),
                          QStringLiteral("host=/run/postgresql dbname=spring")});
    auto *recent = dialog.findChild<QListWidget *>(QStringLiteral("recentServers"));
    ASSERT_EQ(recent->count(), 2);
    EXPECT_EQ(recent->item(0)->text(), QStringLiteral("camps on db.example.org:6432"));
    auto *host = dialog.findChild<QLineEdit *>(QStringLiteral("host"));
    auto *database = dialog.findChild<QLineEdit *>(QStringLiteral("database"));
    auto *user = dialog.findChild<QLineEdit *>(QStringLiteral("user"));
    auto *port = dialog.findChild<QSpinBox *>(QStringLiteral("port"));
    auto *encryption = dialog.findChild<QComboBox *>(QStringLiteral("encryption"));
    EXPECT_EQ(host->text(), QStringLiteral("db.example.org"));
    EXPECT_EQ(port->value(), 6432);
    EXPECT_EQ(database->text(), QStringLiteral("camps"));
    EXPECT_EQ(user->text(), QStringLiteral("lin"));
    EXPECT_EQ(encryption->currentData().toString(), QStringLiteral("verify-full"));

    recent->setCurrentRow(1);
    EXPECT_EQ(host->text(), QStringLiteral("/run/postgresql"));
    EXPECT_EQ(port->value(), 5432);
    EXPECT_EQ(database->text(), QStringLiteral("spring"));

    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
    EXPECT_EQ(password->echoMode(), QLineEdit::Password);
    QTest::keyClicks(password, QStringLiteral("s3cret"));
    EXPECT_EQ(dialog.password(), QStringLiteral("s3cret"));
    EXPECT_FALSE(dialog.address().contains(QStringLiteral("s3cret")));
    const auto address = ServerAddress::parse(dialog.address());
    ASSERT_TRUE(address.has_value()) << address.error().message.toStdString();
    EXPECT_EQ(address->parts().database, QStringLiteral("spring"));

    database->clear();
    EXPECT_FALSE(connectButton(dialog)->isEnabled()) << "no database, nothing to connect to";
    QTest::keyClicks(database, QStringLiteral("summer"));
    EXPECT_TRUE(connectButton(dialog)->isEnabled());
}

// A recent address keeps what the form does not show (a schema in options,
// a certificate authority, a service) and its encryption mode as it was:
// picking it connects where it connected before, never less checked. The
// settings belong to that server: typed over with another, they go.
TEST(ConnectDialogTest, ARecentServerKeepsItsOtherSettingsAndItsEncryption)
{
    ConnectDialog dialog({QStringLiteral("postgresql://lin@db.example.org/camps?sslmode=verify-ca"
                                         "&sslrootcert=/etc/ca.crt&options=-csearch_path%3Dteamb")});
    auto *encryption = dialog.findChild<QComboBox *>(QStringLiteral("encryption"));
    EXPECT_EQ(encryption->currentData().toString(), QStringLiteral("verify-ca"));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("otherSettings"));
    ASSERT_NE(note, nullptr);
    EXPECT_FALSE(note->isHidden());
    EXPECT_TRUE(note->text().contains(QStringLiteral("sslrootcert=/etc/ca.crt"))) << note->text().toStdString();
    auto address = ServerAddress::parse(dialog.address());
    ASSERT_TRUE(address.has_value()) << address.error().message.toStdString();
    const QList<std::pair<QString, QString>> kept {{QStringLiteral("sslrootcert"), QStringLiteral("/etc/ca.crt")},
                                                   {QStringLiteral("options"), QStringLiteral("-csearch_path=teamb")}};
    EXPECT_EQ(address->parts().others, kept);
    EXPECT_EQ(address->parts().sslMode, QStringLiteral("verify-ca"));

    auto *host = dialog.findChild<QLineEdit *>(QStringLiteral("host"));
    host->setText(QStringLiteral("other.example.org"));
    EXPECT_TRUE(note->isHidden());
    address = ServerAddress::parse(dialog.address());
    ASSERT_TRUE(address.has_value());
    EXPECT_TRUE(address->parts().others.isEmpty()) << dialog.address().toStdString();
    host->setText(QStringLiteral("db.example.org"));
    EXPECT_FALSE(note->isHidden());
}

// File → Connect to Team Workspace…, picked from the recent list: the
// window opens the team workspace, what it writes is on the server, and the
// recent list keeps the address alone.
TEST(ConnectDialogTest, TheWindowConnectsToATeamWorkspaceAndWritesThere)
{
    if (!testServer())
        GTEST_SKIP() << noTestServer();
    TestSchema schema;
    ASSERT_TRUE(schema.isReady()) << schema.error().toStdString();
    // The form has no field for libpq's options: the test's schema comes in
    // through libpq's own environment variable.
    qputenv("PGOPTIONS", "-csearch_path=" + schema.name().toUtf8());
    const auto restore = qScopeGuard([] { qunsetenv("PGOPTIONS"); });
    QSettings().setValue(QStringLiteral("workspaces/recent"), QStringList {*testServer()});

    MainWindow window;
    window.resize(1024, 700);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(QStringLiteral("actionConnectServer"))->trigger();
    auto *dialog = window.findChild<ConnectDialog *>();
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("password")), QStringLiteral("typed-only"));
    QTest::mouseClick(connectButton(*dialog), Qt::LeftButton);

    ASSERT_NE(window.document(), nullptr);
    EXPECT_TRUE(window.document()->isServer());
    EXPECT_TRUE(window.windowTitle().startsWith(QStringLiteral("campdesk_test on ")))
        << window.windowTitle().toStdString();
    auto camp = window.document()->insertCamp(
        Camp::withDefaults(QStringLiteral("团队营"), QDate(2027, 5, 1), QDate(2027, 5, 21)));
    ASSERT_TRUE(camp.has_value()) << camp.error().message.toStdString();

    auto other = Workspace::open(schema.address(), {.create = false});
    ASSERT_TRUE(other.has_value()) << other.error().message.toStdString();
    auto found = (*other)->camps().find(*camp);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->name, QStringLiteral("团队营"));

    const QStringList recent = QSettings().value(QStringLiteral("workspaces/recent")).toStringList();
    ASSERT_FALSE(recent.isEmpty());
    EXPECT_TRUE(ServerAddress::looksLikeServer(recent.first())) << recent.first().toStdString();
    for (const QString &entry : recent)
        EXPECT_FALSE(entry.contains(QStringLiteral("typed-only"))) << "a password is never kept";
}
