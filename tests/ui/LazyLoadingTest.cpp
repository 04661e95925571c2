// The camp's tabs load when they are first seen, and a workspace is read
// through for damage on another thread after the window opens: together
// they make a camp of a million messages open in a fraction of a second.
#include "core/Workspace.h"
#include "core/domain/CampRepository.h"
#include "core/domain/MembershipRepository.h"
#include "core/domain/PersonRepository.h"
#include "tests/support/TempWorkspace.h"
#include "ui/MainWindow.h"
#include "ui/WorkspaceCheck.h"
#include "ui/camps/CampOverviewWidget.h"
#include "ui/capture/ParticipationView.h"
#include "ui/roster/RosterView.h"
#include "ui/widgets/LazyRefresh.h"

#include <QLabel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

TEST(LazyRefreshTest, RunsAtOnceOnTheCurrentPageAndLaterOnAHiddenOne)
{
    QTabWidget tabs;
    auto *first = new QLabel(QStringLiteral("first"));
    auto *second = new QWidget;
    auto *inner = new QLabel(QStringLiteral("inside the second page"), second);
    tabs.addTab(first, QStringLiteral("First"));
    tabs.addTab(second, QStringLiteral("Second"));
    int firstRuns = 0;
    int innerRuns = 0;
    auto *firstRefresh = new LazyRefresh(first, [&] { ++firstRuns; });
    auto *innerRefresh = new LazyRefresh(inner, [&] { ++innerRuns; });

    firstRefresh->request();
    EXPECT_EQ(firstRuns, 1) << "the current page refreshes at once, even before the window is shown";
    innerRefresh->request();
    innerRefresh->request();
    EXPECT_EQ(innerRuns, 0) << "a page that is not current waits";
    EXPECT_TRUE(innerRefresh->isPending());

    tabs.setCurrentIndex(1);
    EXPECT_EQ(innerRuns, 1) << "switching to the page runs the refresh once, however often it was asked for";
    EXPECT_FALSE(innerRefresh->isPending());
    innerRefresh->request();
    EXPECT_EQ(innerRuns, 2) << "on the current page every request runs";
    firstRefresh->request();
    EXPECT_EQ(firstRuns, 1);
    tabs.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&tabs));
    tabs.setCurrentIndex(0);
    EXPECT_EQ(firstRuns, 2) << "shown again: the waiting refresh runs";
}

TEST(LazyRefreshTest, ANestedPageWaitsForEveryStackAboveIt)
{
    QStackedWidget outer;
    auto *emptyPage = new QLabel(QStringLiteral("no camp"));
    auto *tabs = new QTabWidget;
    auto *page = new QLabel(QStringLiteral("page"));
    tabs->addTab(page, QStringLiteral("Page"));
    outer.addWidget(emptyPage);
    outer.addWidget(tabs);
    int runs = 0;
    auto *refresh = new LazyRefresh(page, [&] { ++runs; });
    refresh->request();
    EXPECT_EQ(runs, 0) << "the current tab of a stack page that is not current is not seen";
    outer.setCurrentWidget(tabs);
    EXPECT_EQ(runs, 1);
}

TEST(LazyLoadingTest, HiddenTabsOfTheMainWindowLoadWhenOpened)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("lazy.campdesk"));
    {
        auto workspace = Workspace::open(path);
        ASSERT_TRUE(workspace.has_value());
        Workspace &ws = **workspace;
        const qint64 campId
            = *ws.camps().insert(Camp::withDefaults(QStringLiteral("Lazy camp"), QDate(2027, 3, 1), QDate(2027, 3, 5)));
        for (const QString &name : {QStringLiteral("林晓雨"), QStringLiteral("王子涵")}) {
            Membership membership;
            membership.campId = campId;
            membership.personId = *ws.people().insert(Person {0, name, {}});
            ASSERT_TRUE(ws.memberships().add(membership).has_value());
        }
    }
    MainWindow window;
    ASSERT_TRUE(window.openWorkspace(path).has_value());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(window.findChild<RosterView *>(), nullptr) << "the Members tab has not been opened: not even made yet";
    EXPECT_NE(window.findChild<CampOverviewWidget *>(), nullptr) << "the first tab is made at once";
    ASSERT_TRUE(window.showView(QStringLiteral("roster")));
    auto *roster = window.findChild<RosterView *>();
    ASSERT_NE(roster, nullptr);
    EXPECT_EQ(roster, window.rosterView()) << "made once";
    auto *table = roster->findChild<QTableView *>();
    ASSERT_NE(table, nullptr);
    EXPECT_TRUE(table->isVisible());
    EXPECT_EQ(table->model()->rowCount(), 2) << "the roster is there as soon as the tab is";
}

TEST(LazyLoadingTest, BackgroundCheckReportsDamageAndStaysQuietOnASoundFile)
{
    TempDir dir;
    const QString sound = dir.path(QStringLiteral("sound.campdesk"));
    ASSERT_TRUE(Workspace::open(sound).has_value());
    WorkspaceCheck check;
    QSignalSpy finished(&check, &WorkspaceCheck::finished);
    check.start(sound);
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_EQ(finished.first().at(0).toString(), QFileInfo(sound).absoluteFilePath());
    EXPECT_TRUE(finished.first().at(1).toString().isEmpty()) << finished.first().at(1).toString().toStdString();

    // Damage every page after the schema: the open checks the header only,
    // the background check reads everything.
    const QString damaged = dir.path(QStringLiteral("damaged.campdesk"));
    writeWorkspaceOfCamps(damaged);
    QByteArray bytes = readAll(damaged);
    for (qsizetype i = 4096 * 4; i < bytes.size(); i += 5)
        bytes[i] = char(0x5A);
    writeAll(damaged, bytes);
    finished.clear();
    check.start(damaged);
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_TRUE(finished.first().at(1).toString().contains(QStringLiteral("damaged")))
        << finished.first().at(1).toString().toStdString();

    // Cancelled: no report at all.
    finished.clear();
    check.start(damaged);
    check.cancel();
    EXPECT_FALSE(check.isRunning());
    EXPECT_FALSE(finished.wait(300));
}
