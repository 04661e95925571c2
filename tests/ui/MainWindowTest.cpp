#include "ui/MainWindow.h"

#include "core/BackupFolder.h"
#include "core/Workspace.h"
#include "core/domain/ActivityRepository.h"
#include "core/domain/CampRepository.h"
#include "core/plan/CampPlanner.h"
#include "core/plan/PlanTemplateLibrary.h"
#include "core/plan/PlanTemplateRepository.h"
#include "core/storage/SqlQuery.h"
#include "tests/support/EngineWorkspace.h"
#include "tests/support/Processes.h"
#include "tests/support/TempWorkspace.h"
#include "tests/support/TestServer.h"
#include "tests/support/ValueOf.h"
#include "tests/support/WindowOnView.h"
#include "tests/support/WorkspaceDocumentTestAccess.h"
#include "ui/FileDialog.h"
#include "ui/MessageBox.h"
#include "ui/WorkspaceCheck.h"
#include "ui/WorkspaceDocument.h"
#include "ui/capture/CheckInGridModel.h"
#include "ui/capture/ParticipationView.h"
#include "ui/commands/ActivityCommands.h"
#include "ui/commands/CommandFailure.h"
#include "ui/dialogs/NewCampDialog.h"
#include "ui/dialogs/NewPlannedCampDialog.h"
#include "ui/dialogs/RestoreBackupDialog.h"
#include "ui/dialogs/UserGuideDialog.h"
#include "ui/team/HistoryDialog.h"
#include "ui/team/HistoryModel.h"
#include "ui/team/TeamDialog.h"
#include "ui/widgets/NoticeBar.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

// The window on a workspace file; its tests about the file itself (backup
// restore, the journal, locks, damage) live here. MainWindowEnginesTest
// runs the others on a team workspace too.
class MainWindowTest : public ::testing::Test {
protected:
    void SetUp() override { openWindow(m_dir.path(QStringLiteral("gui.campdesk"))); }

    void openWindow(const QString &address)
    {
        m_window = std::make_unique<MainWindow>();
        m_window->setToday(QDate(2027, 1, 10));
        auto opened = m_window->openWorkspace(address);
        ASSERT_TRUE(opened.has_value()) << opened.error().message.toStdString();
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        // A file's page check and daily backup run beside the window and say
        // so in the status bar when done; a slow (sanitized) build must not
        // have that message land over the one a test looks for.
        auto *check = m_window->findChild<WorkspaceCheck *>();
        ASSERT_NE(check, nullptr);
        ASSERT_TRUE(QTest::qWaitFor([check] { return !check->isRunning(); }, 60000));
    }

    void TearDown() override { m_window.reset(); }

    // Behind the document: what a test checks was written, or sets up.
    Workspace &workspace() const { return WorkspaceDocumentTestAccess::workspace(*m_window->document()); }

    template<typename T> T *find(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QLatin1String(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    void trigger(const char *actionName) const
    {
        QAction *action = find<QAction>(actionName);
        ASSERT_NE(action, nullptr);
        ASSERT_TRUE(action->isEnabled()) << actionName;
        action->trigger();
    }

    // Latin text is typed key by key; Chinese arrives the way an input method
    // delivers it, as a committed string.
    static void typeText(QWidget *widget, const QString &text)
    {
        widget->setFocus();
        bool ascii = true;
        for (QChar c : text)
            ascii = ascii && c.unicode() < 0x80;
        if (ascii) {
            QTest::keyClicks(widget, text);
            return;
        }
        QInputMethodEvent event;
        event.setCommitString(text);
        QApplication::sendEvent(widget, &event);
    }

    QListView *campList() const { return find<QListView>("campList"); }

    // Fills the New Camp dialog the way a user would and clicks OK.
    void createCampThroughDialog(const QString &name, QDate start, QDate end)
    {
        trigger("actionNewCamp");
        auto *dialog = m_window->findChild<NewCampDialog *>(QStringLiteral("NewCampDialog"));
        ASSERT_NE(dialog, nullptr);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
        auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        typeText(nameEdit, name);
        dialog->findChild<QDateEdit *>(QStringLiteral("courseStartEdit"))->setDate(start);
        dialog->findChild<QDateEdit *>(QStringLiteral("courseEndEdit"))->setDate(end);
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        ASSERT_TRUE(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QApplication::processEvents();
    }

    // Camp → Add a Plan from a Template… with the dialog's choices: the
    // current camp gets activities (a template needs at least one).
    void planCurrentCamp()
    {
        trigger("actionApplyPlanTemplate");
        auto *dialog = m_window->findChild<NewPlannedCampDialog *>(QStringLiteral("NewPlannedCampDialog"));
        ASSERT_NE(dialog, nullptr);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        ASSERT_FALSE(valueOf(m_window->document()->activities(m_window->currentCampId())).isEmpty());
    }

    // File → Save Plan as Template… for the current camp, named as a user types it.
    void saveCurrentPlanAsTemplate(const QString &name)
    {
        trigger("actionSavePlanTemplate");
        auto *input = m_window->findChild<QInputDialog *>(QStringLiteral("savePlanTemplateDialog"));
        ASSERT_NE(input, nullptr);
        input->setTextValue(name);
        input->accept();
        QApplication::processEvents();
    }

    TempDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

class MainWindowEnginesTest : public MainWindowTest, public ::testing::WithParamInterface<Engine> {
protected:
    void SetUp() override
    {
        if (auto reason = m_place.skipReason())
            GTEST_SKIP() << *reason;
        openWindow(m_place.address());
    }

    EngineWorkspace m_place {GetParam()};
};

INSTANTIATE_TEST_SUITE_P(Engines, MainWindowEnginesTest, bothEngines(), engineName);

TEST_P(MainWindowEnginesTest, EmptyWorkspaceShowsTheCreatePrompt)
{
    auto *pages = find<QStackedWidget>("pages");
    ASSERT_NE(pages, nullptr);
    EXPECT_EQ(pages->currentWidget()->objectName(), QStringLiteral("emptyPage"));
    EXPECT_FALSE(find<QAction>("actionDeleteCamp")->isEnabled());
    EXPECT_FALSE(find<QAction>("actionUndo")->isEnabled());
}

// A window left open overnight moves on to the new day at midnight; a
// date pinned by a test or a screenshot stays.
TEST(MainWindowDayTest, AWindowLeftOpenOvernightMovesOnToTheNewDay)
{
    MainWindow window;
    EXPECT_EQ(window.today(), QDate::currentDate());
    auto *midnight = window.findChild<QTimer *>(QStringLiteral("midnightTimer"));
    ASSERT_NE(midnight, nullptr);
    EXPECT_TRUE(midnight->isActive());
    EXPECT_GT(midnight->remainingTime(), 0);
    EXPECT_LE(midnight->remainingTime(), 24 * 3600 * 1000 + 2000) << "at the next midnight, not later";

    window.dayBegan(QDate(2027, 3, 2));
    EXPECT_EQ(window.today(), QDate(2027, 3, 2));
    EXPECT_TRUE(midnight->isActive()) << "and again the night after";

    // Back to the front after a sleep that the timer slept through: the
    // date is read again.
    Q_EMIT qApp->applicationStateChanged(Qt::ApplicationActive);
    EXPECT_EQ(window.today(), QDate::currentDate());

    window.setToday(QDate(2027, 1, 10));
    window.dayBegan(QDate(2027, 3, 3));
    EXPECT_EQ(window.today(), QDate(2027, 1, 10)) << "a pinned date stays";
}

// Today is the current camp's, its zone's date, whatever this computer's
// zone: every laptop of a team is on the same day of a camp, and a camp far
// east is a day ahead of one far west. The window moves on at the camp's midnight.
TEST(MainWindowDayTest, TodayIsTheCurrentCampsDay)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("zones.campdesk"));
    Camp east = Camp::withDefaults(QStringLiteral("东营"), QDate(2027, 3, 1), QDate(2027, 3, 21));
    east.timeZone = QStringLiteral("Pacific/Kiritimati"); // UTC+14
    Camp west = Camp::withDefaults(QStringLiteral("西营"), QDate(2027, 3, 1), QDate(2027, 3, 21));
    west.timeZone = QStringLiteral("Etc/GMT+12"); // UTC-12
    {
        auto workspace = Workspace::open(path);
        ASSERT_TRUE(workspace.has_value()) << workspace.error().message.toStdString();
        east.id = valueOf((*workspace)->camps().insert(east));
        west.id = valueOf((*workspace)->camps().insert(west));
    }
    auto window = openWindowOn(path, {QStringLiteral("overview")});
    ASSERT_TRUE(window);
    window->selectCamp(east.id);
    EXPECT_EQ(window->today(), east.today());
    auto *midnight = window->findChild<QTimer *>(QStringLiteral("midnightTimer"));
    ASSERT_NE(midnight, nullptr);
    const QDateTime eastMidnight(east.today().addDays(1), QTime(0, 0, 1), east.zone());
    const qint64 toEastMidnight = QDateTime::currentDateTime().msecsTo(eastMidnight);
    EXPECT_LE(midnight->remainingTime(), toEastMidnight + 2000) << "at the camp's midnight";
    EXPECT_GE(midnight->remainingTime(), toEastMidnight - 2000) << "at the camp's midnight, not the computer's";
    window->selectCamp(west.id);
    EXPECT_EQ(window->today(), west.today());
    EXPECT_NE(window->today(), east.today());
}

// Moving the first course day in the overview says which planned
// activities are now on another part of the camp; undoing it, the note goes.
TEST(CampOverviewPlanTest, MovingTheDaysNamesTheActivitiesThatMove)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("moved.campdesk"));
    qint64 campId = 0;
    {
        auto workspace = Workspace::open(path);
        ASSERT_TRUE(workspace.has_value()) << workspace.error().message.toStdString();
        Activity lesson;
        lesson.type = ActivityType::Lesson;
        lesson.title = QStringLiteral("Day 1 lesson");
        lesson.start = wallClock(QDate(2027, 3, 12), QTime(20, 0));
        lesson.end = wallClock(QDate(2027, 3, 12), QTime(21, 0));
        campId = valueOf(CampPlanner::createCampWithPlan(
            **workspace, Camp::withDefaults(QStringLiteral("晨跑营"), QDate(2027, 3, 12), QDate(2027, 3, 16)),
            {lesson}));
    }
    auto window = openWindowOn(path, {QStringLiteral("overview"), QDate(2027, 3, 1)});
    ASSERT_TRUE(window);
    window->selectCamp(campId);
    auto *start = window->findChild<QDateEdit *>(QStringLiteral("courseStartEdit"));
    ASSERT_NE(start, nullptr);
    start->setFocus();
    start->setDate(QDate(2027, 3, 13));
    QTest::keyClick(start, Qt::Key_Return);
    auto *notes = window->findChild<QLabel *>(QStringLiteral("planNotes"));
    ASSERT_NE(notes, nullptr);
    EXPECT_TRUE(notes->isVisible());
    EXPECT_TRUE(
        notes->text().contains(QStringLiteral("“Day 1 lesson” on 2027-03-12: Course day 1 before, Preparation now")))
        << notes->text().toStdString();
    window->document()->undoStack()->undo();
    EXPECT_FALSE(notes->isVisible()) << "undone: nothing moved";
}

// A camp's zone this computer does not know (a newer zone database wrote
// it) is shown by its name and said, never shown as "this computer's",
// which is the zone that counts its days here.
TEST(CampOverviewPlanTest, AZoneThisComputerDoesNotKnowIsSaid)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("zone.campdesk"));
    qint64 campId = 0;
    {
        auto workspace = Workspace::open(path);
        ASSERT_TRUE(workspace.has_value()) << workspace.error().message.toStdString();
        campId = valueOf(
            (*workspace)
                ->camps()
                .insert(Camp::withDefaults(QStringLiteral("晨跑营"), QDate(2027, 3, 12), QDate(2027, 3, 16))));
        ASSERT_TRUE(Sql::exec((*workspace)->database(), QStringLiteral("UPDATE camps SET time_zone = ? WHERE id = ?"),
                              {QStringLiteral("Mars/Olympus_Mons"), campId})
                        .has_value());
    }
    auto window = openWindowOn(path, {QStringLiteral("overview"), QDate(2027, 3, 1)});
    ASSERT_TRUE(window);
    window->selectCamp(campId);
    auto *zone = window->findChild<QComboBox *>(QStringLiteral("timeZoneCombo"));
    auto *note = window->findChild<QLabel *>(QStringLiteral("zoneNote"));
    ASSERT_NE(zone, nullptr);
    ASSERT_NE(note, nullptr);
    EXPECT_EQ(zone->currentData().toString(), QStringLiteral("Mars/Olympus_Mons"));
    EXPECT_TRUE(zone->currentText().contains(QStringLiteral("Mars/Olympus_Mons"))) << zone->currentText().toStdString();
    EXPECT_TRUE(note->isVisible());
    EXPECT_TRUE(note->text().contains(QStringLiteral("does not know the camp's time zone “Mars/Olympus_Mons”")))
        << note->text().toStdString();

    // Choosing a zone it knows: the note goes, and so does the unknown name.
    const int shanghai = zone->findData(QStringLiteral("Asia/Shanghai"));
    ASSERT_GE(shanghai, 0);
    zone->setCurrentIndex(shanghai);
    Q_EMIT zone->activated(shanghai);
    EXPECT_EQ(window->document()->camp(campId)->timeZone, QStringLiteral("Asia/Shanghai"));
    EXPECT_FALSE(note->isVisible());
    EXPECT_LT(zone->findText(QStringLiteral("Mars/Olympus_Mons"), Qt::MatchContains), 0);
}

TEST_F(MainWindowTest, NewCampDialogRefusesEndBeforeStart)
{
    trigger("actionNewCamp");
    auto *dialog = m_window->findChild<NewCampDialog *>(QStringLiteral("NewCampDialog"));
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Backwards"));
    dialog->findChild<QDateEdit *>(QStringLiteral("courseStartEdit"))->setDate(QDate(2027, 3, 10));
    dialog->findChild<QDateEdit *>(QStringLiteral("courseEndEdit"))->setDate(QDate(2027, 3, 1));
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled());
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("problemLabel"));
    EXPECT_TRUE(problem->isVisible());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("last course day")));
    dialog->reject();
}

TEST_P(MainWindowEnginesTest, CreateEditUndoRedoDeleteAndUndoDelete)
{
    createCampThroughDialog(QStringLiteral("春季写作营"), QDate(2027, 3, 1), QDate(2027, 3, 21));
    ASSERT_EQ(campList()->model()->rowCount(), 1);
    EXPECT_EQ(campList()->model()->index(0, 0).data().toString(), QStringLiteral("春季写作营"));
    const qint64 id = m_window->currentCampId();
    ASSERT_NE(id, 0) << "the new camp is selected";
    EXPECT_EQ(find<QLabel>("campTitle")->text(), QStringLiteral("春季写作营"));

    // Edit a goal in place: type a new target active rate and press Enter.
    auto *rate = find<QDoubleSpinBox>("targetActiveRateEdit");
    rate->setFocus();
    rate->selectAll();
    QTest::keyClicks(rate, QStringLiteral("45"));
    QTest::keyClick(rate, Qt::Key_Return);
    EXPECT_EQ(m_window->document()->camp(id)->targetActiveRate, 45.0);

    trigger("actionUndo");
    EXPECT_EQ(m_window->document()->camp(id)->targetActiveRate, 30.0);
    EXPECT_EQ(rate->value(), 30.0) << "the field follows undo";
    trigger("actionRedo");
    EXPECT_EQ(m_window->document()->camp(id)->targetActiveRate, 45.0);
    EXPECT_EQ(rate->value(), 45.0);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    trigger("actionDeleteCamp");
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("春季写作营")));
    EXPECT_EQ(campList()->model()->rowCount(), 0);
    EXPECT_FALSE(m_window->document()->camp(id).has_value());

    trigger("actionUndo");
    ASSERT_EQ(campList()->model()->rowCount(), 1);
    EXPECT_EQ(m_window->currentCampId(), id);
    EXPECT_EQ(m_window->document()->camp(id)->targetActiveRate, 45.0) << "the restored camp keeps its edits";
    EXPECT_EQ(find<QLabel>("campTitle")->text(), QStringLiteral("春季写作营"));
}

// Camp → History: a team workspace's record of who changed what, newest
// first, with its filters; on a file the action is off and says why.
// A team workspace's owner manages the team in Camp → Team…, and a second
// operator's window offers what their role allows, changing as the owner
// changes the role.
class MainWindowTeamTest : public MainWindowTest {
protected:
    void SetUp() override
    {
        if (!testServer())
            GTEST_SKIP() << noTestServer();
        m_schema = std::make_unique<TestSchema>();
        ASSERT_TRUE(m_schema->isReady()) << m_schema->error().toStdString();
        openWindow(m_schema->address());
        createCampThroughDialog(QStringLiteral("晨读营"), QDate(2027, 3, 1), QDate(2027, 3, 21));
        m_login = m_schema->login(QStringLiteral("mei"));
    }

    void TearDown() override
    {
        // The windows close before the schema and the test's logins go.
        m_other.reset();
        m_window.reset();
    }

    QString addressOf(const QString &login) const { return m_schema->addressAs(login); }

    // campdesk-cli as `login`, reading `input`.
    Outcome runAs(const QString &login, const QStringList &arguments, const QByteArray &input = QByteArray()) const
    {
        return cliReading(input, arguments + QStringList {QStringLiteral("--workspace"), addressOf(login)},
                          m_home.path(QString()));
    }

    QString addOperator(const QString &name, const QString &role, const QString &camps)
    {
        const QString login = m_schema->login(name);
        const Outcome added = runAs(QStringLiteral("campdesk"),
                                    {QStringLiteral("team"), QStringLiteral("add"), login, QStringLiteral("--role"),
                                     role, QStringLiteral("--camps"), camps},
                                    "their password\n");
        EXPECT_EQ(added.code, 0) << added.err.toStdString();
        return login;
    }

    std::unique_ptr<TestSchema> m_schema;
    std::unique_ptr<MainWindow> m_other;
    QString m_login;
    TempDir m_home;
};

TEST_F(MainWindowTeamTest, AnOwnerManagesTheTeamAndAnOperatorsWindowFollowsTheirRole)
{
    trigger("actionTeam");
    auto *dialog = m_window->findChild<TeamDialog *>();
    ASSERT_NE(dialog, nullptr);
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("teamList"));
    QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_EQ(list->topLevelItemCount(), 1);
    EXPECT_EQ(list->topLevelItem(0)->text(0), QStringLiteral("campdesk"));
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("teamStatus"));
    auto *role = dialog->findChild<QComboBox *>(QStringLiteral("teamRole"));
    const auto chooseRole = [role](OperatorRole wanted) { role->setCurrentIndex(role->findData(int(wanted))); };

    typeText(dialog->findChild<QLineEdit *>(QStringLiteral("teamLogin")), m_login);
    chooseRole(OperatorRole::Viewer);
    typeText(dialog->findChild<QLineEdit *>(QStringLiteral("teamPassword")), QStringLiteral("secret one"));
    typeText(dialog->findChild<QLineEdit *>(QStringLiteral("teamPasswordAgain")), QStringLiteral("secret two"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("teamAdd")), Qt::LeftButton);
    EXPECT_TRUE(status->text().contains(QStringLiteral("differ"))) << status->text().toStdString();
    EXPECT_EQ(list->topLevelItemCount(), 1);
    for (const char *field : {"teamPassword", "teamPasswordAgain"}) {
        auto *password = dialog->findChild<QLineEdit *>(QLatin1String(field));
        EXPECT_TRUE(password->text().isEmpty()) << "a password typed is not kept after Add";
        typeText(password, QStringLiteral("secret"));
    }
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("teamAdd")), Qt::LeftButton);
    ASSERT_EQ(list->topLevelItemCount(), 2) << status->text().toStdString();
    EXPECT_TRUE(status->text().contains(QStringLiteral("Made the login"))) << status->text().toStdString();
    EXPECT_EQ(list->topLevelItem(1)->text(0), m_login);
    EXPECT_EQ(list->topLevelItem(1)->text(1), QStringLiteral("viewer"));

    // Their window, as a viewer: nothing to change, each action saying why.
    m_other = std::make_unique<MainWindow>();
    const QString theirs = addressOf(m_login);
    ASSERT_TRUE(m_other->openWorkspace(theirs).has_value());
    m_other->show();
    const auto action = [this](const char *name) { return m_other->findChild<QAction *>(QLatin1String(name)); };
    for (const char *name : {"actionNewCamp", "actionDeleteCamp", "actionNewActivity", "actionPasteJielong",
                             "actionImportChat", "actionTeam"}) {
        EXPECT_FALSE(action(name)->isEnabled()) << name;
        EXPECT_TRUE(action(name)->toolTip().contains(QStringLiteral("viewer"))) << name;
    }
    EXPECT_FALSE(m_other->findChild<QPushButton *>(QStringLiteral("newCampButton"))->isEnabled());
    auto *theirRate = m_other->findChild<QDoubleSpinBox *>(QStringLiteral("targetActiveRateEdit"));
    EXPECT_TRUE(theirRate->isReadOnly()) << "a viewer's goals are read-only";
    EXPECT_TRUE(theirRate->toolTip().contains(QStringLiteral("viewer")));
    EXPECT_TRUE(find<QLineEdit>("watchWordsEdit")->toolTip().contains(QStringLiteral("Risky words")))
        << "an owner's fields keep their own tooltips";
    EXPECT_FALSE(find<QLineEdit>("watchWordsEdit")->isReadOnly());
    EXPECT_TRUE(m_other->findChild<QLabel *>(QStringLiteral("workspaceName"))->text().contains(m_login + u", viewer"))
        << m_other->findChild<QLabel *>(QStringLiteral("workspaceName"))->text().toStdString();

    // The owner makes them crew: their window lets them record check-ins
    // within a second, and still not plan.
    list->setCurrentItem(list->topLevelItem(1));
    chooseRole(OperatorRole::Crew);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("teamChange")), Qt::LeftButton);
    EXPECT_EQ(list->topLevelItem(1)->text(1), QStringLiteral("atmosphere crew")) << status->text().toStdString();
    EXPECT_TRUE(QTest::qWaitFor([&] { return action("actionPasteJielong")->isEnabled(); }, 1000));
    EXPECT_FALSE(action("actionNewActivity")->isEnabled());
    EXPECT_TRUE(action("actionNewActivity")->toolTip().contains(QStringLiteral("atmosphere crew")));

    // The workspace's owner cannot be changed or removed; the operator can.
    list->setCurrentItem(list->topLevelItem(0));
    EXPECT_FALSE(dialog->findChild<QPushButton *>(QStringLiteral("teamRemove"))->isEnabled());
    list->setCurrentItem(list->topLevelItem(1));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("teamRemove")), Qt::LeftButton);
    EXPECT_EQ(list->topLevelItemCount(), 1) << status->text().toStdString();
    dialog->close();
}

// Another operator, in a process of their own, changes a camp's goal while
// this window shows it: an edit made on what the window saw is refused,
// naming them, and the window shows their value; so is undoing one's own
// edit that they changed since.
TEST_F(MainWindowTeamTest, AStaleEditAndAStaleUndoAreRefusedNamingWhoChangedTheRow)
{
    TempDir home;
    const Outcome added = cliReading("their password\n",
                                     {QStringLiteral("team"), QStringLiteral("add"), m_login, QStringLiteral("--role"),
                                      QStringLiteral("owner"), QStringLiteral("--workspace"), m_schema->address()},
                                     home.path(QString()));
    ASSERT_EQ(added.code, 0) << added.err.toStdString();
    const QString camp = QString::number(m_window->currentCampId());
    const QString theirs = addressOf(m_login);
    const auto theySetTheRate = [&](const char *rate) {
        const Outcome edited
            = cli({QStringLiteral("camps"), QStringLiteral("edit"), QStringLiteral("--camp"), camp,
                   QStringLiteral("--target-active-rate"), QLatin1String(rate), QStringLiteral("--workspace"), theirs},
                  home.path(QString()));
        ASSERT_EQ(edited.code, 0) << edited.err.toStdString();
    };
    auto *rate = find<QDoubleSpinBox>("targetActiveRateEdit");
    const auto typeRate = [rate](const QString &value) {
        rate->setFocus();
        rate->selectAll();
        QTest::keyClicks(rate, value);
        QTest::keyClick(rate, Qt::Key_Return);
    };
    const auto storedRate = [this] { return m_window->document()->camp(m_window->currentCampId())->targetActiveRate; };
    MessageBox::setTestMode(true);
    QUndoStack *steps = m_window->document()->undoStack();
    const int stepsBefore = steps->count();

    // They change it while this window still shows 30 (no event has run
    // since, so their change's announcement is not read yet): the edit made
    // on 30 is refused, and the window shows their 40.
    theySetTheRate("40");
    typeRate(QStringLiteral("45"));
    EXPECT_DOUBLE_EQ(storedRate(), 40.0) << "their change stays";
    EXPECT_TRUE(MessageBox::lastText().contains(m_login + QStringLiteral(" changed this camp at")))
        << MessageBox::lastText().toStdString();
    EXPECT_DOUBLE_EQ(rate->value(), 40.0) << "the window shows what the camp is now";
    EXPECT_EQ(steps->count(), stepsBefore) << "a refused edit leaves no step to undo";

    // This window's own edit, then theirs: undoing it would lose theirs.
    typeRate(QStringLiteral("45"));
    ASSERT_DOUBLE_EQ(storedRate(), 45.0);
    ASSERT_EQ(steps->count(), stepsBefore + 1);
    MessageBox::setTestMode(true); // forgets the last message
    theySetTheRate("50");
    trigger("actionUndo");
    EXPECT_DOUBLE_EQ(storedRate(), 50.0) << "their change stays";
    EXPECT_TRUE(MessageBox::lastText().contains(m_login + QStringLiteral(" changed this camp at")))
        << MessageBox::lastText().toStdString();
    EXPECT_EQ(steps->count(), stepsBefore) << "the refused undo is gone, not tried again";
    EXPECT_TRUE(QTest::qWaitFor([&] { return rate->value() == 50.0; }, 1000));
}

// A camp's history after a big import runs to a hundred thousand entries:
// the dialog reads the newest page, and older pages on request, each entry
// once; a refresh keeps what was shown.
TEST_F(MainWindowTeamTest, TheHistoryOfABigCampIsReadAPageAtATime)
{
    const qint64 campId = m_window->currentCampId();
    auto elsewhere = Workspace::open(m_schema->address());
    ASSERT_TRUE(elsewhere.has_value()) << elsewhere.error().message.toStdString();
    QList<Activity> many;
    for (int i = 0; i < 1234; ++i) {
        Activity activity;
        activity.campId = campId;
        activity.type = ActivityType::StaffTask;
        activity.title = QStringLiteral("任务 %1").arg(i + 1);
        activity.start = wallClock(QDate(2027, 3, 1).addDays(i % 21), QTime(9, 0));
        activity.end = activity.start.addSecs(1800);
        many.append(activity);
    }
    ASSERT_TRUE((*elsewhere)->activities().insertAll(many).has_value());

    trigger("actionCampHistory");
    auto *dialog = m_window->findChild<HistoryDialog *>();
    ASSERT_NE(dialog, nullptr);
    HistoryModel *model = dialog->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    auto *older = dialog->findChild<QPushButton *>(QStringLiteral("historyOlder"));
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("historyStatus"));
    ASSERT_EQ(model->rowCount(), HistoryDialog::pageSize);
    EXPECT_TRUE(status->text().startsWith(QStringLiteral("The newest 500 of 1235 change")))
        << status->text().toStdString();
    EXPECT_EQ(model->index(0, HistoryModel::Row).data().toString(), QStringLiteral("任务 1234"));
    ASSERT_TRUE(older->isEnabled());
    QTest::mouseClick(older, Qt::LeftButton);
    EXPECT_EQ(model->rowCount(), 2 * HistoryDialog::pageSize);
    QTest::mouseClick(older, Qt::LeftButton);
    ASSERT_EQ(model->rowCount(), 1235);
    EXPECT_FALSE(older->isEnabled()) << "nothing older";
    EXPECT_TRUE(status->text().startsWith(QStringLiteral("1235 change"))) << status->text().toStdString();
    EXPECT_EQ(model->index(1234, HistoryModel::Row).data().toString(), QStringLiteral("晨读营")) << "the camp, first";
    for (int row = 1; row < model->rowCount(); ++row)
        ASSERT_LT(model->entryAt(row).id, model->entryAt(row - 1).id) << "each entry once, newest first";

    // Three changes come in: a refresh keeps every row shown, and adds them.
    ASSERT_TRUE((*elsewhere)->activities().insertAll(many.mid(0, 3)).has_value());
    dialog->refresh();
    EXPECT_EQ(model->rowCount(), 1238) << "a refresh keeps what was shown";
    EXPECT_EQ(model->index(1237, HistoryModel::Row).data().toString(), QStringLiteral("晨读营"));
    dialog->close();
}

// The "done when": an owner (this window), an assistant, the
// atmosphere crew and a viewer (each campdesk-cli, or a client of their own)
// work one camp for a day.
TEST_F(MainWindowTeamTest, FourOperatorsWorkOneCampForADay)
{
    const qint64 campId = m_window->currentCampId();
    const QString camp = QString::number(campId);
    const QString assistant = addOperator(QStringLiteral("jun"), QStringLiteral("assistant"), camp);
    const QString crew = addOperator(QStringLiteral("mei"), QStringLiteral("crew"), camp);
    const QString viewer = addOperator(QStringLiteral("lan"), QStringLiteral("viewer"), camp);
    ASSERT_TRUE(m_window->showView(QStringLiteral("checkins")));
    CheckInGridModel *grid = m_window->participationView()->gridModel();
    const auto ticks = [grid] {
        int checked = 0;
        for (int row = 0; row < grid->rowCount(); ++row) {
            for (int column = 0; column < grid->columnCount(); ++column)
                checked += grid->isChecked(grid->index(row, column)) ? 1 : 0;
        }
        return checked;
    };

    // Morning: the assistant brings the roster and posts day 1's 接龙; the
    // owner's grid shows the ticks within a second.
    const QString roster = m_home.path(QStringLiteral("roster.csv"));
    QFile file(roster);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("name\n安然\n白雪\n陈晨\n");
    file.close();
    const Outcome imported = runAs(
        assistant, {QStringLiteral("roster"), QStringLiteral("import"), roster, QStringLiteral("--camp"), camp});
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    ASSERT_TRUE(QTest::qWaitFor([grid] { return grid->rowCount() >= 3; }, 1000)) << "the roster arrived";
    QElapsedTimer clock;
    clock.start();
    const Outcome jielong = runAs(assistant,
                                  {QStringLiteral("jielong"), QStringLiteral("-"), QStringLiteral("--camp"), camp,
                                   QStringLiteral("--day"), QStringLiteral("1")},
                                  "#接龙 第一天\n1. 安然\n2. 白雪\n");
    ASSERT_EQ(jielong.code, 0) << jielong.err.toStdString();
    EXPECT_TRUE(QTest::qWaitFor([&] { return ticks() == 2; }, 1000)) << "the 接龙 did not reach the owner's grid";
    EXPECT_LT(clock.elapsed(), 2000) << "the command and the notification together";

    // All day: the crew and the owner copy warm-up lines from one rotation;
    // no line comes twice while the category has lines left.
    const Outcome pool = runAs(QStringLiteral("campdesk"),
                               {QStringLiteral("speech"), QStringLiteral("list"), QStringLiteral("--category"),
                                QStringLiteral("hype"), QStringLiteral("--json")});
    ASSERT_EQ(pool.code, 0) << pool.err.toStdString();
    const qsizetype lines
        = QJsonDocument::fromJson(pool.out).object().value(QStringLiteral("templates")).toArray().size();
    ASSERT_GE(lines, 4);
    QList<qint64> copied;
    for (qsizetype copy = 0; copy < lines; ++copy) {
        const QString who = copy % 3 == 2 ? QStringLiteral("campdesk") : crew;
        const Outcome next
            = runAs(who,
                    {QStringLiteral("speech"), QStringLiteral("next"), QStringLiteral("hype"), QStringLiteral("--camp"),
                     camp, QStringLiteral("--day"), QStringLiteral("1"), QStringLiteral("--json")});
        ASSERT_EQ(next.code, 0) << next.err.toStdString();
        copied.append(QJsonDocument::fromJson(next.out).object().value(QStringLiteral("id")).toInteger());
    }
    EXPECT_EQ(QSet<qint64>(copied.begin(), copied.end()).size(), lines) << "a line repeated within the day";

    // Afternoon: the owner edits an activity the assistant changed a moment
    // ago; the owner's edit is refused, naming the assistant.
    const Outcome planned
        = runAs(assistant,
                {QStringLiteral("plan"), QStringLiteral("--camp"), camp, QStringLiteral("--template"),
                 QStringLiteral("daily-operation"), QStringLiteral("--first-day"), QStringLiteral("2027-03-01"),
                 QStringLiteral("--days"), QStringLiteral("21"), QStringLiteral("--prep-days"), QStringLiteral("3")});
    ASSERT_EQ(planned.code, 0) << planned.err.toStdString();
    QApplication::processEvents();
    const Activity seen = valueOf(m_window->document()->activities(campId)).first();
    {
        auto theirs = Workspace::open(addressOf(assistant));
        ASSERT_TRUE(theirs.has_value()) << theirs.error().message.toStdString();
        Activity changed = seen;
        changed.notes = QStringLiteral("嘉宾改到 21:00");
        ASSERT_TRUE((*theirs)->activities().update(changed).has_value());
    }
    Activity mine = seen;
    mine.title = seen.title + QStringLiteral("（改）");
    MessageBox::setTestMode(true);
    EXPECT_FALSE(pushSucceeded(*m_window->document(),
                               new EditActivityCommand(m_window->document(), seen, mine, QStringLiteral("Rename"))));
    EXPECT_TRUE(MessageBox::lastText().startsWith(assistant + QStringLiteral(" changed this activity at")))
        << MessageBox::lastText().toStdString();

    // The viewer changes nothing, whatever they try.
    for (const QStringList &write :
         {QStringList {QStringLiteral("jielong"), QStringLiteral("-"), QStringLiteral("--camp"), camp,
                       QStringLiteral("--day"), QStringLiteral("2")},
          QStringList {QStringLiteral("speech"), QStringLiteral("next"), QStringLiteral("hype"),
                       QStringLiteral("--camp"), camp, QStringLiteral("--day"), QStringLiteral("2")},
          QStringList {QStringLiteral("roster"), QStringLiteral("import"), roster, QStringLiteral("--camp"), camp}}) {
        const Outcome tried = runAs(viewer, write, "1. 陈晨\n");
        EXPECT_NE(tried.code, 0) << write.join(u' ').toStdString();
        EXPECT_TRUE(tried.err.contains("refused this change")) << tried.err.toStdString();
    }

    // Evening: the history tells the day, operator by operator.
    const Outcome history = runAs(QStringLiteral("campdesk"), {QStringLiteral("history"), QStringLiteral("--json")});
    ASSERT_EQ(history.code, 0) << history.err.toStdString();
    QHash<QString, QHash<QString, int>> done;
    for (const QJsonValue &entry :
         QJsonDocument::fromJson(history.out).object().value(QStringLiteral("entries")).toArray()) {
        const QJsonObject change = entry.toObject();
        ++done[change.value(QStringLiteral("operator")).toString()]
              [change.value(QStringLiteral("table")).toString() + u' '
               + change.value(QStringLiteral("action")).toString()];
    }
    EXPECT_EQ(done.value(assistant).value(QStringLiteral("people insert")), 3);
    EXPECT_EQ(done.value(assistant).value(QStringLiteral("memberships insert")), 3);
    EXPECT_EQ(done.value(assistant).value(QStringLiteral("check_ins insert")), 2);
    EXPECT_EQ(done.value(assistant).value(QStringLiteral("activities update")), 1);
    EXPECT_GT(done.value(assistant).value(QStringLiteral("activities insert")), 0);
    const int crewCopies = int(copied.size() - copied.size() / 3);
    EXPECT_EQ(done.value(crew), (QHash<QString, int> {{QStringLiteral("speech_uses insert"), crewCopies}}));
    EXPECT_EQ(done.value(QStringLiteral("campdesk")).value(QStringLiteral("speech_uses insert")),
              int(copied.size()) - crewCopies);
    EXPECT_FALSE(done.contains(viewer));
}

// A list of watch words typed with a trailing comma is stored without the
// blank word, so its undo finds the camp as the edit left it.
TEST_P(MainWindowEnginesTest, WatchWordsTypedWithATrailingCommaUndo)
{
    createCampThroughDialog(QStringLiteral("晨读营"), QDate(2027, 3, 1), QDate(2027, 3, 21));
    auto *words = find<QLineEdit>("watchWordsEdit");
    const QString before = words->text();
    words->setFocus();
    words->selectAll();
    QTest::keyClicks(words, QStringLiteral("crypto, "));
    QTest::keyClick(words, Qt::Key_Return);
    EXPECT_EQ(words->text(), QStringLiteral("crypto"));
    MessageBox::setTestMode(true);
    trigger("actionUndo");
    EXPECT_TRUE(MessageBox::lastText().isEmpty()) << MessageBox::lastText().toStdString();
    EXPECT_EQ(words->text(), before);
}

TEST_P(MainWindowEnginesTest, CampHistoryShowsWhoChangedWhatOnATeamWorkspace)
{
    createCampThroughDialog(QStringLiteral("晨读营"), QDate(2027, 3, 1), QDate(2027, 3, 21));
    auto *history = find<QAction>("actionCampHistory");
    if (GetParam() == Engine::File) {
        EXPECT_FALSE(history->isEnabled());
        EXPECT_TRUE(history->toolTip().contains(QStringLiteral("team workspace"))) << history->toolTip().toStdString();
        return;
    }
    ASSERT_TRUE(history->isEnabled());
    auto *rate = find<QDoubleSpinBox>("targetActiveRateEdit");
    rate->setFocus();
    rate->selectAll();
    QTest::keyClicks(rate, QStringLiteral("45"));
    QTest::keyClick(rate, Qt::Key_Return);

    trigger("actionCampHistory");
    auto *dialog = m_window->findChild<HistoryDialog *>();
    ASSERT_NE(dialog, nullptr);
    HistoryModel *model = dialog->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_EQ(model->rowCount(), 2);
    const auto cell = [model](int row, int column) { return model->index(row, column).data().toString(); };
    EXPECT_EQ(cell(0, HistoryModel::How), QStringLiteral("Changed")) << "newest first";
    EXPECT_EQ(cell(0, HistoryModel::What), QStringLiteral("Camp"));
    EXPECT_EQ(cell(0, HistoryModel::Who), QStringLiteral("campdesk"));
    EXPECT_EQ(cell(0, HistoryModel::Change), QStringLiteral("active rate target: 30 → 45"));
    EXPECT_EQ(cell(1, HistoryModel::How), QStringLiteral("Added"));
    EXPECT_EQ(cell(1, HistoryModel::Row), QStringLiteral("晨读营"));
    EXPECT_TRUE(model->index(1, HistoryModel::Row)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("first course day: 2027-03-01")));

    // Since tomorrow: nothing, and the dialog says so rather than showing
    // an empty table.
    auto *since = dialog->findChild<QDateEdit *>(QStringLiteral("historySince"));
    since->setDate(QDate::currentDate().addDays(1));
    QTest::mouseClick(dialog->findChild<QCheckBox *>(QStringLiteral("historySinceOn")), Qt::LeftButton);
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_TRUE(
        dialog->findChild<QLabel *>(QStringLiteral("historyStatus"))->text().contains(QStringLiteral("No change")));
    QTest::mouseClick(dialog->findChild<QCheckBox *>(QStringLiteral("historySinceOn")), Qt::LeftButton);
    EXPECT_EQ(model->rowCount(), 2);

    // A change made while the dialog is open shows by itself.
    rate->setFocus();
    rate->selectAll();
    QTest::keyClicks(rate, QStringLiteral("50"));
    QTest::keyClick(rate, Qt::Key_Return);
    EXPECT_TRUE(QTest::qWaitFor([model] { return model->rowCount() == 3; }, 1000));
    EXPECT_EQ(cell(0, HistoryModel::Change), QStringLiteral("active rate target: 45 → 50"));
    createCampThroughDialog(QStringLiteral("Other camp"), QDate(2027, 4, 1), QDate(2027, 4, 7));
    dialog->refresh();
    EXPECT_EQ(model->rowCount(), 3) << "another camp's changes are not this camp's history";
    auto *what = dialog->findChild<QComboBox *>(QStringLiteral("historyWhat"));
    ASSERT_EQ(what->count(), 2) << "everything, and the one kind of row changed";
    EXPECT_EQ(what->itemText(1), QStringLiteral("Camp"));
    dialog->close();
}

TEST_P(MainWindowEnginesTest, CancelledDeleteKeepsTheCamp)
{
    createCampThroughDialog(QStringLiteral("Keep me"), QDate(2027, 5, 1), QDate(2027, 5, 7));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    trigger("actionDeleteCamp");
    EXPECT_EQ(campList()->model()->rowCount(), 1);
}

TEST_P(MainWindowEnginesTest, InvalidInPlaceEditIsRefusedWithAReason)
{
    createCampThroughDialog(QStringLiteral("Dates"), QDate(2027, 5, 1), QDate(2027, 5, 7));
    const qint64 id = m_window->currentCampId();
    auto *end = find<QDateEdit>("courseEndEdit");
    end->setDate(QDate(2027, 4, 1));
    Q_EMIT end->editingFinished();
    EXPECT_EQ(m_window->document()->camp(id)->courseEnd, QDate(2027, 5, 7));
    auto *validation = find<QLabel>("validationMessage");
    EXPECT_TRUE(validation->isVisible());
    EXPECT_FALSE(validation->text().isEmpty());
}

TEST_P(MainWindowEnginesTest, BackUpWritesAnOpenableCopy)
{
    createCampThroughDialog(QStringLiteral("Backed up"), QDate(2027, 6, 1), QDate(2027, 6, 7));
    const QString target = m_dir.path(QStringLiteral("copy.campdesk"));
    FileDialog::setNextFileName(target);
    trigger("actionBackup");
    ASSERT_TRUE(QFileInfo::exists(target));
    auto copy = Workspace::open(target, {.create = false, .exclusive = false});
    ASSERT_TRUE(copy.has_value()) << copy.error().message.toStdString();
    const auto camps = (*copy)->camps().list();
    ASSERT_TRUE(camps.has_value());
    ASSERT_EQ(camps->size(), 1);
    EXPECT_EQ(camps->first().name, QStringLiteral("Backed up"));
}

TEST_F(MainWindowTest, RestoreFromBackupPutsTheWorkspaceBackAndKeepsTheCurrentFile)
{
    createCampThroughDialog(QStringLiteral("Kept"), QDate(2027, 6, 1), QDate(2027, 6, 7));
    const QString path = m_window->document()->fileName();
    const BackupFolder folder(path);
    for (const BackupEntry &old : folder.list())
        QFile::remove(old.path); // a daily backup of an earlier run of this test
    auto written = folder.write(BackupReason::Daily, 0, QDateTime::currentDateTime().addSecs(-60));
    ASSERT_TRUE(written.has_value()) << written.error().message.toStdString();
    createCampThroughDialog(QStringLiteral("Later"), QDate(2027, 7, 1), QDate(2027, 7, 7));
    ASSERT_EQ(valueOf(m_window->document()->camps()).size(), 2);

    trigger("actionRestoreBackup");
    auto *dialog = m_window->findChild<RestoreBackupDialog *>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_GE(dialog->table()->rowCount(), 1);
    EXPECT_EQ(dialog->table()->item(0, 1)->text(), QStringLiteral("Daily backup"));
    dialog->table()->selectRow(0);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
    ASSERT_NE(m_window->document(), nullptr);
    EXPECT_EQ(m_window->document()->fileName(), path) << "the same workspace, reopened";
    ASSERT_EQ(valueOf(m_window->document()->camps()).size(), 1) << "as it was at the backup";
    EXPECT_EQ(valueOf(m_window->document()->camps()).first().name, QStringLiteral("Kept"));
    const QStringList aside = QFileInfo(path).absoluteDir().entryList({QStringLiteral("* before restore *.campdesk")});
    ASSERT_EQ(aside.size(), 1) << "the replaced file is kept beside it";
    auto kept
        = Workspace::open(QFileInfo(path).absoluteDir().filePath(aside.first()), {.create = false, .exclusive = false});
    ASSERT_TRUE(kept.has_value());
    EXPECT_EQ((*kept)->camps().list()->size(), 2);
}

TEST_F(MainWindowTest, RestoreIsCancelledWithoutChange)
{
    const QString path = m_window->document()->fileName();
    const BackupFolder folder(path);
    ASSERT_TRUE(folder.write(BackupReason::Daily, 0, QDateTime::currentDateTime().addSecs(-30)).has_value());
    createCampThroughDialog(QStringLiteral("Stays"), QDate(2027, 6, 1), QDate(2027, 6, 7));
    trigger("actionRestoreBackup");
    auto *dialog = m_window->findChild<RestoreBackupDialog *>();
    ASSERT_NE(dialog, nullptr);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
    EXPECT_EQ(valueOf(m_window->document()->camps()).size(), 1);
    dialog->close();
}

TEST_F(MainWindowTest, SecondWindowOnSameWorkspaceIsRefused)
{
    MainWindow second;
    auto opened = second.openWorkspace(m_dir.path(QStringLiteral("gui.campdesk")));
    ASSERT_FALSE(opened.has_value());
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("already open")));
}

// The window open all day while campdesk-cli creates, lists and imports on
// the same workspace, as the README promises: the window's live -wal and
// -shm are never unlinked under it, both sides see each other's commits,
// and after the window closes (SQLite's last connection checkpoints) and the
// file is opened again, nothing committed on either side is missing.
TEST_F(MainWindowTest, TheCliWorksBesideTheOpenWindowAndNeverTakesItsJournal)
{
    const QString path = m_dir.path(QStringLiteral("gui.campdesk"));
    const QString home = m_dir.path(QStringLiteral("home"));
    const auto expectJournalAlive = [&](const char *after) {
        EXPECT_EQ(deletedOpenFiles(), QStringList()) << "after " << after;
        EXPECT_TRUE(QFileInfo::exists(path + QStringLiteral("-wal"))) << "after " << after;
        EXPECT_TRUE(QFileInfo::exists(path + QStringLiteral("-shm"))) << "after " << after;
    };
    // The window reads every page in the background (as it does for a big
    // workspace) while it already has its connection: the case that used to
    // drop this process's locks.
    m_window = std::make_unique<MainWindow>();
    m_window->setCheckInBackgroundAbove(0);
    auto *pageCheck = m_window->findChild<WorkspaceCheck *>();
    ASSERT_NE(pageCheck, nullptr);
    QSignalSpy checked(pageCheck, &WorkspaceCheck::finished);
    ASSERT_TRUE(m_window->openWorkspace(path).has_value());
    m_window->show();
    ASSERT_TRUE(checked.wait(20000));
    EXPECT_EQ(checked.first().at(1).toString(), QString()) << "the check finds no problem";
    createCampThroughDialog(QStringLiteral("窗口里的营"), QDate(2027, 3, 1), QDate(2027, 3, 21));
    const qint64 windowCamp = m_window->currentCampId();
    ASSERT_NE(windowCamp, 0);

    const Outcome created
        = cli({QStringLiteral("camps"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Scripted"),
               QStringLiteral("--course-start"), QStringLiteral("2027-04-01"), QStringLiteral("--course-end"),
               QStringLiteral("2027-04-07"), QStringLiteral("--workspace"), path},
              home);
    ASSERT_EQ(created.code, 0) << created.err.constData();
    expectJournalAlive("camps create");
    const Outcome listed
        = cli({QStringLiteral("camps"), QStringLiteral("list"), QStringLiteral("--workspace"), path}, home);
    ASSERT_EQ(listed.code, 0) << listed.err.constData();
    EXPECT_TRUE(QString::fromUtf8(listed.out).contains(QStringLiteral("窗口里的营")))
        << "the CLI reads the window's commit";
    expectJournalAlive("camps list");
    const Outcome imported = cli({QStringLiteral("import"), QStringLiteral("--camp"), QString::number(windowCamp),
                                  QStringLiteral(CAMPDESK_TEST_DATA "/capture/camp/qq.txt"),
                                  QStringLiteral("--create-members"), QStringLiteral("--workspace"), path},
                                 home);
    ASSERT_EQ(imported.code, 0) << imported.err.constData();
    expectJournalAlive("import");

    // The window writes again and reads what the CLI wrote.
    createCampThroughDialog(QStringLiteral("第二个营"), QDate(2027, 5, 1), QDate(2027, 5, 14));
    EXPECT_TRUE(MessageBox::lastText().isEmpty() || !MessageBox::lastText().contains(QStringLiteral("damaged")))
        << MessageBox::lastText().toStdString();
    const QSqlDatabase db = workspace().database();
    const qint64 messages = *Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM chat_messages"));
    EXPECT_GT(messages, 0) << "the window sees the CLI's import";
    EXPECT_EQ(*Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM camps")), 3);
    const Outcome listedAgain
        = cli({QStringLiteral("camps"), QStringLiteral("list"), QStringLiteral("--workspace"), path}, home);
    EXPECT_TRUE(QString::fromUtf8(listedAgain.out).contains(QStringLiteral("第二个营")));
    expectJournalAlive("the window's second camp");

    m_window.reset();
    auto reopened = Workspace::open(path, {.create = false, .exclusive = false});
    ASSERT_TRUE(reopened.has_value()) << reopened.error().message.toStdString();
    const QSqlDatabase again = (*reopened)->database();
    EXPECT_EQ(*Sql::scalar(again, QStringLiteral("SELECT COUNT(*) FROM camps")), 3);
    EXPECT_EQ(*Sql::scalar(again, QStringLiteral("SELECT COUNT(*) FROM chat_messages")), messages);
    QSqlQuery check(again);
    ASSERT_TRUE(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    EXPECT_EQ(check.value(0).toString(), QStringLiteral("ok"));
}

// A big workspace with a scribbled page opens at once, read-only, while its
// pages are read in the background: nothing is written to it before that
// check (not even the built-in speech lines), a write in the meantime is
// refused with the reason, and after the check finds the damage the file is
// still byte for byte what it was.
TEST_F(MainWindowTest, ADamagedWorkspaceIsNeverWrittenTo)
{
    const QString path = m_dir.path(QStringLiteral("scribbled.campdesk"));
    writeWorkspaceOfCamps(path);
    // The last pages hold the camps' rows: the schema read on opening does
    // not reach them, only the full check does.
    QByteArray bytes = readAll(path);
    for (qsizetype i = bytes.size() - 4096 * 3; i < bytes.size(); i += 5)
        bytes[i] = char(0x5A);
    writeAll(path, bytes);

    m_window = std::make_unique<MainWindow>();
    m_window->setCheckInBackgroundAbove(0);
    auto *pageCheck = m_window->findChild<WorkspaceCheck *>();
    ASSERT_NE(pageCheck, nullptr);
    QSignalSpy checked(pageCheck, &WorkspaceCheck::finished);
    MessageBox::setTestMode(true);
    const auto opened = m_window->openWorkspace(path);
    ASSERT_TRUE(opened.has_value()) << opened.error().message.toStdString();
    m_window->show();
    ASSERT_TRUE(checked.wait(30000));
    EXPECT_TRUE(checked.first().at(1).toString().contains(QStringLiteral("damaged")));
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("read-only"))) << MessageBox::lastText().toStdString();
    EXPECT_FALSE(workspace().isWritable());
    Camp camp = Camp::withDefaults(QStringLiteral("Written anyway"), QDate(2027, 1, 1), QDate(2027, 1, 7));
    EXPECT_FALSE(m_window->document()->insertCamp(camp).has_value()) << "the document refuses writes";
    m_window.reset();
    EXPECT_EQ(readAll(path), bytes) << "the damaged file is exactly as it was";
}

// campdesk-cli (here: a second connection) holds the write lock while the
// user edits in the window: SQLite waits its busy timeout, then the window
// asks. Retry after the other writer is done saves the edit; Cancel leaves
// the file and the undo stack as they were, without a second message.
class BusyWorkspace {
public:
    explicit BusyWorkspace(const QString &path)
    {
        auto other = Workspace::open(path, {.create = false, .exclusive = false});
        EXPECT_TRUE(other.has_value());
        m_other = std::move(*other);
        QSqlQuery begin(m_other->database());
        EXPECT_TRUE(begin.exec(QStringLiteral("BEGIN IMMEDIATE")));
    }
    void release()
    {
        QSqlQuery commit(m_other->database());
        EXPECT_TRUE(commit.exec(QStringLiteral("COMMIT")));
    }
    double storedRate(qint64 campId) const
    {
        QSqlQuery read(m_other->database());
        read.prepare(QStringLiteral("SELECT target_active_rate FROM camps WHERE id = ?"));
        read.addBindValue(campId);
        EXPECT_TRUE(read.exec() && read.next());
        return read.value(0).toDouble();
    }

private:
    std::unique_ptr<Workspace> m_other;
};

TEST_F(MainWindowTest, ABusyWorkspaceAsksAndRetrySavesTheEdit)
{
    createCampThroughDialog(QStringLiteral("Busy"), QDate(2027, 5, 1), QDate(2027, 5, 7));
    const qint64 id = m_window->currentCampId();
    workspace().setBusyTimeout(50);
    const int steps = m_window->document()->undoStack()->count();

    BusyWorkspace cli(m_window->document()->fileName());
    int asked = 0;
    MessageBox::setNextAnswer(QMessageBox::Retry, [&] {
        ++asked;
        cli.release(); // the import finishes while the question is up
    });
    auto *rate = find<QDoubleSpinBox>("targetActiveRateEdit");
    rate->setFocus();
    rate->selectAll();
    QTest::keyClicks(rate, QStringLiteral("45"));
    QTest::keyClick(rate, Qt::Key_Return);

    EXPECT_EQ(asked, 1);
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("Another program is writing")));
    EXPECT_EQ(cli.storedRate(id), 45.0) << "saved after the retry";
    EXPECT_EQ(m_window->document()->undoStack()->count(), steps + 1);
    trigger("actionUndo");
    EXPECT_EQ(cli.storedRate(id), 30.0);
}

TEST_F(MainWindowTest, ABusyWorkspaceCancelledLeavesFileAndUndoStackAsTheyWere)
{
    createCampThroughDialog(QStringLiteral("Busy"), QDate(2027, 5, 1), QDate(2027, 5, 7));
    const qint64 id = m_window->currentCampId();
    workspace().setBusyTimeout(50);
    const int steps = m_window->document()->undoStack()->count();

    BusyWorkspace cli(m_window->document()->fileName());
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    auto *rate = find<QDoubleSpinBox>("targetActiveRateEdit");
    rate->setFocus();
    rate->selectAll();
    QTest::keyClicks(rate, QStringLiteral("45"));
    QTest::keyClick(rate, Qt::Key_Return);

    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("Another program is writing")))
        << "the busy question is the last message: no error box after it";
    cli.release();
    EXPECT_EQ(cli.storedRate(id), 30.0);
    EXPECT_EQ(m_window->document()->undoStack()->count(), steps) << "no step for a change that was not made";
    EXPECT_EQ(m_window->document()->camp(id)->targetActiveRate, 30.0);
}

TEST_F(MainWindowTest, OpenWorkspaceRefusesGarbageAndKeepsTheCurrentOne)
{
    const QString garbage = m_dir.path(QStringLiteral("garbage.campdesk"));
    writeAll(garbage, "not a database at all");
    FileDialog::setNextFileName(garbage);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    trigger("actionOpenWorkspace");
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("not a CampDesk workspace")));
    EXPECT_EQ(QFileInfo(m_window->document()->fileName()).fileName(), QStringLiteral("gui.campdesk"));
    EXPECT_EQ(readAll(garbage), QByteArray("not a database at all"));
}

// Opening a workspace of an earlier version brings it up to date, which an
// earlier CampDesk cannot open: a bar says so, and where the copy as it was
// is, until the operator closes it.
TEST_F(MainWindowTest, OpeningAnEarlierWorkspaceSaysItWasBroughtUpToDate)
{
    auto *notice = m_window->findChild<NoticeBar *>(QStringLiteral("noticeBar"));
    ASSERT_NE(notice, nullptr);
    EXPECT_TRUE(notice->text().isEmpty()) << "the window's own new workspace was not upgraded";
    const QString earlier = m_dir.path(QStringLiteral("earlier.campdesk"));
    ASSERT_TRUE(copyTestData(QStringLiteral("workspace-v7.campdesk"), earlier));
    FileDialog::setNextFileName(earlier);
    trigger("actionOpenWorkspace");
    ASSERT_EQ(m_window->document()->fileName(), QFileInfo(earlier).absoluteFilePath());
    const QString said = notice->text();
    EXPECT_TRUE(said.contains(QStringLiteral("version 7 to"))) << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("Restore from Backup"))) << said.toStdString();
    const QList<BackupEntry> backups = BackupFolder(earlier).list();
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(backups.first().reason, BackupReason::BeforeUpgrade);
    EXPECT_EQ(backups.first().fromVersion, 7);
    EXPECT_TRUE(said.contains(QDir::toNativeSeparators(backups.first().path))) << said.toStdString();

    QTest::mouseClick(notice->findChild<QToolButton *>(QStringLiteral("noticeClose")), Qt::LeftButton);
    EXPECT_TRUE(notice->isHidden());

    // The news is of that workspace: another one, up to date, opens without it.
    const QString again = m_dir.path(QStringLiteral("again.campdesk"));
    ASSERT_TRUE(copyTestData(QStringLiteral("workspace-v7.campdesk"), again));
    FileDialog::setNextFileName(again);
    trigger("actionOpenWorkspace");
    ASSERT_FALSE(notice->isHidden()) << "an earlier workspace again";
    FileDialog::setNextFileName(m_dir.path(QStringLiteral("gui.campdesk")));
    trigger("actionOpenWorkspace");
    ASSERT_EQ(QFileInfo(m_window->document()->fileName()).fileName(), QStringLiteral("gui.campdesk"));
    EXPECT_TRUE(notice->isHidden()) << "the window's own workspace was not upgraded";
}

TEST_P(MainWindowEnginesTest, AddAPlanFromATemplateToAnExistingCamp)
{
    createCampThroughDialog(QStringLiteral("Plain camp"), QDate(2027, 5, 3), QDate(2027, 5, 16));
    const qint64 id = m_window->currentCampId();
    const Camp before = *m_window->document()->camp(id);
    trigger("actionApplyPlanTemplate");
    auto *dialog = m_window->findChild<NewPlannedCampDialog *>(QStringLiteral("NewPlannedCampDialog"));
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(), QStringLiteral("Plain camp"));
    const qsizetype planned = dialog->activities().size();
    EXPECT_GT(planned, 14 * 5);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    EXPECT_EQ(valueOf(m_window->document()->activities(id)).size(), planned);
    EXPECT_EQ(m_window->document()->camp(id)->courseStart, before.courseStart) << "the camp keeps its dates";
    EXPECT_EQ(m_window->document()->camp(id)->courseEnd, before.courseEnd);
    trigger("actionUndo");
    EXPECT_TRUE(valueOf(m_window->document()->activities(id)).isEmpty()) << "one undo step takes the whole plan back";
    trigger("actionRedo");
    EXPECT_EQ(valueOf(m_window->document()->activities(id)).size(), planned);

    // The plan wrote nothing of the camp, so its undo writes nothing of it:
    // another operator's new name stays.
    Camp renamed = *m_window->document()->camp(id);
    renamed.name = QStringLiteral("Renamed elsewhere");
    ASSERT_TRUE(workspace().camps().update(renamed).has_value());
    trigger("actionUndo");
    EXPECT_TRUE(valueOf(m_window->document()->activities(id)).isEmpty());
    EXPECT_EQ(m_window->document()->camp(id)->name, QStringLiteral("Renamed elsewhere"));
}

// A camp without preparation days gets the template's preparation tasks on
// its first course day: the preview says so, in the colour of "look".
TEST_P(MainWindowEnginesTest, ThePlanPreviewSaysWhatFallsOtherThanPlanned)
{
    createCampThroughDialog(QStringLiteral("Plain camp"), QDate(2027, 5, 3), QDate(2027, 5, 16));
    trigger("actionApplyPlanTemplate");
    auto *dialog = m_window->findChild<NewPlannedCampDialog *>(QStringLiteral("NewPlannedCampDialog"));
    ASSERT_NE(dialog, nullptr);
    auto *notes = dialog->findChild<QPlainTextEdit *>(QStringLiteral("previewNotes"));
    ASSERT_NE(notes, nullptr);
    EXPECT_FALSE(notes->isVisible()) << notes->toPlainText().toStdString();
    auto *preparation = dialog->findChild<QSpinBox *>(QStringLiteral("preparationDaysEdit"));
    preparation->setFocus();
    preparation->selectAll();
    QTest::keyClicks(preparation, QStringLiteral("0"));
    EXPECT_EQ(preparation->value(), 0);
    EXPECT_TRUE(notes->isVisible());
    EXPECT_TRUE(notes->toPlainText().contains(QStringLiteral("no preparation days")))
        << notes->toPlainText().toStdString();
    EXPECT_EQ(notes->toPlainText().count(u'\n') + 1, notes->toPlainText().count(QStringLiteral("no preparation days")))
        << "every note, none cut";
    EXPECT_TRUE(notes->styleSheet().contains(QStringLiteral("#8A5300"))) << notes->styleSheet().toStdString();
    dialog->reject();
}

// A camp that prepares longer than any plan: the dialog cannot hold its
// days, and says where the plan's preparation items go rather than taking
// a shorter preparation without a word (the CLI refuses it unasked).
TEST_P(MainWindowEnginesTest, ThePlanPreviewSaysACampPreparesLongerThanAPlan)
{
    createCampThroughDialog(QStringLiteral("Long preparation"), QDate(2027, 5, 3), QDate(2027, 5, 16));
    const qint64 id = m_window->currentCampId();
    Camp camp = *m_window->document()->camp(id);
    camp.preparationStart = camp.courseStart.addDays(-(PlanTemplate::MaxPreparationDays + 30));
    ASSERT_TRUE(workspace().camps().update(camp).has_value());
    trigger("actionApplyPlanTemplate");
    auto *dialog = m_window->findChild<NewPlannedCampDialog *>(QStringLiteral("NewPlannedCampDialog"));
    ASSERT_NE(dialog, nullptr);
    auto *notes = dialog->findChild<QPlainTextEdit *>(QStringLiteral("previewNotes"));
    ASSERT_NE(notes, nullptr);
    EXPECT_EQ(dialog->findChild<QSpinBox *>(QStringLiteral("preparationDaysEdit"))->value(),
              PlanTemplate::MaxPreparationDays);
    EXPECT_TRUE(notes->isVisible());
    EXPECT_TRUE(notes->toPlainText().contains(QStringLiteral("prepares for %1 days, longer than a plan's %2")
                                                  .arg(PlanTemplate::MaxPreparationDays + 30)
                                                  .arg(PlanTemplate::MaxPreparationDays)))
        << notes->toPlainText().toStdString();
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    EXPECT_EQ(m_window->document()->camp(id)->preparationStart, camp.preparationStart) << "the camp keeps its start";
}

// A plan whose periods the camp must take, on a camp another operator
// changed meanwhile: the camp's change is refused, and the plan's
// activities, made for those dates, are not added either; no step is left.
TEST_P(MainWindowEnginesTest, APlanIsNotAddedWhenTheCampItReshapesWasChangedElsewhere)
{
    createCampThroughDialog(QStringLiteral("Plain camp"), QDate(2027, 5, 3), QDate(2027, 5, 16));
    const qint64 id = m_window->currentCampId();
    Camp camp = *m_window->document()->camp(id);
    camp.wrapUpEnd = camp.courseEnd; // the plan's wrap-up reaches further
    ASSERT_TRUE(workspace().camps().update(camp).has_value());
    const int steps = m_window->document()->undoStack()->count();
    trigger("actionApplyPlanTemplate");
    auto *dialog = m_window->findChild<NewPlannedCampDialog *>(QStringLiteral("NewPlannedCampDialog"));
    ASSERT_NE(dialog, nullptr);
    Camp theirs = camp;
    theirs.name = QStringLiteral("Renamed elsewhere");
    ASSERT_TRUE(workspace().camps().update(theirs).has_value());
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_TRUE(valueOf(m_window->document()->activities(id)).isEmpty()) << "the plan went in without its dates";
    EXPECT_EQ(m_window->document()->camp(id)->name, QStringLiteral("Renamed elsewhere"));
    EXPECT_EQ(m_window->document()->undoStack()->count(), steps) << "no step was left";
}

// A plan that moves the camp's dates is one step: its undo takes the dates
// and the activities back together, and when another operator changed one
// of the activities since, neither (the dates never go back under them).
TEST_P(MainWindowEnginesTest, UndoingAPlanTakesItsDatesBackOnlyWithItsActivities)
{
    createCampThroughDialog(QStringLiteral("Plain camp"), QDate(2027, 5, 3), QDate(2027, 5, 16));
    const qint64 id = m_window->currentCampId();
    Camp camp = *m_window->document()->camp(id);
    camp.wrapUpEnd = camp.courseEnd; // the plan's wrap-up reaches further
    ASSERT_TRUE(workspace().camps().update(camp).has_value());
    const Camp before = *m_window->document()->camp(id);
    trigger("actionApplyPlanTemplate");
    auto *dialog = m_window->findChild<NewPlannedCampDialog *>(QStringLiteral("NewPlannedCampDialog"));
    ASSERT_NE(dialog, nullptr);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    const Camp planned = *m_window->document()->camp(id);
    ASSERT_GT(planned.wrapUpEnd, before.wrapUpEnd) << "the plan's wrap-up days were taken";
    const qsizetype added = valueOf(m_window->document()->activities(id)).size();
    ASSERT_GT(added, 0);

    trigger("actionUndo");
    EXPECT_EQ(*m_window->document()->camp(id), before);
    EXPECT_TRUE(valueOf(m_window->document()->activities(id)).isEmpty());
    trigger("actionRedo");
    EXPECT_EQ(*m_window->document()->camp(id), planned);
    ASSERT_EQ(valueOf(m_window->document()->activities(id)).size(), added);

    Activity theirs = valueOf(m_window->document()->activities(id)).last();
    theirs.title = QStringLiteral("Moved by another operator");
    ASSERT_TRUE(workspace().activities().update(theirs).has_value());
    trigger("actionUndo");
    QApplication::processEvents();
    EXPECT_EQ(*m_window->document()->camp(id), planned) << "the dates went back under the plan's activities";
    EXPECT_EQ(valueOf(m_window->document()->activities(id)).size(), added);
    EXPECT_FALSE(m_window->document()->undoStack()->canRedo()) << "a refused undo is not offered as a redo";
}

// A plan whose days are not the camp's moves the camp's course: what was
// planned before and is now on another part of the camp is said, as the
// CLI's plan says it, in the overview and the status bar.
TEST_P(MainWindowEnginesTest, APlanThatMovesTheCourseSaysWhatWasPlannedBefore)
{
    createCampThroughDialog(QStringLiteral("Plain camp"), QDate(2027, 5, 3), QDate(2027, 5, 16));
    const qint64 id = m_window->currentCampId();
    Activity lesson;
    lesson.campId = id;
    lesson.type = ActivityType::Lesson;
    lesson.title = QStringLiteral("Day 1 lesson");
    lesson.start = wallClock(QDate(2027, 5, 3), QTime(20, 0));
    lesson.end = wallClock(QDate(2027, 5, 3), QTime(21, 0));
    ASSERT_TRUE(workspace().activities().insertAll({lesson}).has_value());
    trigger("actionApplyPlanTemplate");
    auto *dialog = m_window->findChild<NewPlannedCampDialog *>(QStringLiteral("NewPlannedCampDialog"));
    ASSERT_NE(dialog, nullptr);
    dialog->findChild<QDateEdit *>(QStringLiteral("firstDayEdit"))->setDate(QDate(2027, 5, 10));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    ASSERT_EQ(m_window->document()->camp(id)->courseStart, QDate(2027, 5, 10));
    auto *notes = m_window->findChild<QLabel *>(QStringLiteral("planNotes"));
    ASSERT_NE(notes, nullptr);
    EXPECT_FALSE(notes->isHidden());
    EXPECT_TRUE(notes->text().contains(QStringLiteral("Day 1 lesson"))) << notes->text().toStdString();
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(QStringLiteral("another part of the camp")))
        << m_window->statusBar()->currentMessage().toStdString();
}

// Saving a plan as a template is an edit like any other: Edit → Undo takes
// the template back out of the workspace, and Redo saves it again.
TEST_P(MainWindowEnginesTest, SavingAPlanAsTemplateIsUndone)
{
    createCampThroughDialog(QStringLiteral("Template source"), QDate(2027, 5, 3), QDate(2027, 5, 16));
    planCurrentCamp();
    const auto savedTemplates = [this] {
        auto saved = workspace().planTemplates().list();
        EXPECT_TRUE(saved.has_value()) << saved.error().message.toStdString();
        QStringList names;
        for (const PlanTemplate &plan : saved.value_or(QList<PlanTemplate> {}))
            names.append(plan.name.english);
        return names;
    };
    saveCurrentPlanAsTemplate(QStringLiteral("Our May plan"));
    EXPECT_EQ(savedTemplates(), QStringList {QStringLiteral("Our May plan")});
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(QStringLiteral("Our May plan")))
        << m_window->statusBar()->currentMessage().toStdString();
    EXPECT_TRUE(find<QAction>("actionUndo")->text().contains(QStringLiteral("Our May plan")))
        << find<QAction>("actionUndo")->text().toStdString();

    trigger("actionUndo");
    EXPECT_TRUE(savedTemplates().isEmpty());
    trigger("actionRedo");
    EXPECT_EQ(savedTemplates(), QStringList {QStringLiteral("Our May plan")});
}

// A save under the name of a saved template replaces it; undo puts that
// template back as it was rather than deleting it.
TEST_P(MainWindowEnginesTest, UndoingASaveOverATemplatePutsTheOldOneBack)
{
    PlanTemplate older = PlanTemplateLibrary::builtIn().first();
    older.name = {QStringLiteral("Our plan"), QStringLiteral("Our plan")};
    older.builtIn = false;
    ASSERT_TRUE(workspace().planTemplates().save(older).has_value());
    createCampThroughDialog(QStringLiteral("Short camp"), QDate(2027, 5, 3), QDate(2027, 5, 9));
    planCurrentCamp();

    saveCurrentPlanAsTemplate(QStringLiteral("Our plan"));
    auto replaced = workspace().planTemplates().find(QStringLiteral("Our plan"));
    ASSERT_TRUE(replaced.has_value()) << replaced.error().message.toStdString();
    ASSERT_TRUE(replaced->has_value());
    ASSERT_NE(older.courseDays, 7);
    EXPECT_EQ((*replaced)->courseDays, 7);

    trigger("actionUndo");
    auto restored = workspace().planTemplates().find(QStringLiteral("Our plan"));
    ASSERT_TRUE(restored.has_value()) << restored.error().message.toStdString();
    ASSERT_TRUE(restored->has_value());
    EXPECT_EQ((*restored)->courseDays, older.courseDays);
    EXPECT_EQ((*restored)->items.size(), older.items.size());
}

// A screenshot run has nobody to click: every box is reported and answered
// with its default at once instead of waiting forever.
TEST(MessageBoxTest, UnattendedBoxesAreReportedAndNeverWait)
{
    QStringList reported;
    MessageBox::setTestMode(false);
    MessageBox::setUnattended([&reported](const QString &text) { reported.append(text); });
    MessageBox::critical(nullptr, QStringLiteral("Error"), QStringLiteral("The review could not be read."));
    const auto answer = MessageBox::question(nullptr, QStringLiteral("Delete"), QStringLiteral("Delete the camp?"),
                                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    MessageBox::setUnattended({});
    MessageBox::setTestMode(true);
    EXPECT_EQ(reported,
              (QStringList {QStringLiteral("The review could not be read."), QStringLiteral("Delete the camp?")}));
    EXPECT_EQ(answer, QMessageBox::No) << "the default, never the destructive choice";
}

// Help offers the manual and the demo from the first start: the guide is the
// README's usage part built into the program; the demo opens, says it is
// one, and asking again while in it changes nothing.
TEST_F(MainWindowTest, HelpOpensTheUserGuideAndTheDemo)
{
    trigger("actionUserGuide");
    auto *guide = m_window->findChild<UserGuideDialog *>();
    ASSERT_NE(guide, nullptr);
    const QString text = guide->browser()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Workspaces"))) << text.left(300).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("run-sheet")));
    EXPECT_FALSE(text.contains(QStringLiteral("## File formats")));
    guide->close();

    trigger("actionOpenDemo");
    EXPECT_EQ(QFileInfo(m_window->document()->fileName()), QFileInfo(Workspace::demoPath()));
    EXPECT_GE(valueOf(m_window->document()->camps()).size(), 3);
    EXPECT_TRUE(find<QLabel>("workspaceName")->text().contains(QStringLiteral("changes are not kept")));
    trigger("actionOpenDemo");
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(QStringLiteral("demo"))) << "already in it";
}

// In the Chinese interface, Help → User Guide is written in Chinese: the same
// parts as the English one, from the first steps to the command line.
TEST_F(MainWindowTest, TheChineseInterfaceShowsTheChineseUserGuide)
{
    QTranslator chinese;
    ASSERT_TRUE(chinese.load(QStringLiteral(CAMPDESK_QM_DIR "/campdesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&chinese);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const auto restore = qScopeGuard([&chinese] {
        QCoreApplication::removeTranslator(&chinese);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    });
    trigger("actionUserGuide");
    auto *guide = m_window->findChild<UserGuideDialog *>();
    ASSERT_NE(guide, nullptr);
    EXPECT_NE(guide->windowTitle(), QStringLiteral("CampDesk User Guide"));
    const QString text = guide->browser()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("使用 CampDesk"))) << text.left(300).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("团队工作区")));
    EXPECT_TRUE(text.contains(QStringLiteral("campdesk-cli run-sheet"))) << "the commands, as in English";
    EXPECT_FALSE(text.contains(QStringLiteral("Using CampDesk")));
    EXPECT_FALSE(text.contains(QStringLiteral("Workspaces")));
    guide->close();
}

// The nickname pattern reads and is typed in the interface language; the
// camp keeps the placeholders' language-neutral names.
TEST_F(MainWindowTest, NicknamePatternSpeaksTheInterfaceLanguage)
{
    QTranslator chinese;
    ASSERT_TRUE(chinese.load(QStringLiteral(CAMPDESK_QM_DIR "/campdesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&chinese);
    const auto restore = qScopeGuard([&chinese] { QCoreApplication::removeTranslator(&chinese); });
    createCampThroughDialog(QStringLiteral("春季写作营"), QDate(2027, 3, 1), QDate(2027, 3, 21));
    const qint64 id = m_window->currentCampId();
    auto *pattern = find<QLineEdit>("nicknamePatternEdit");
    ASSERT_NE(pattern, nullptr);
    EXPECT_EQ(pattern->text(), QStringLiteral("{小组}-{昵称}-{城市}"));
    EXPECT_TRUE(pattern->toolTip().contains(QStringLiteral("{职业} {头衔}"))) << pattern->toolTip().toStdString();

    pattern->setFocus();
    pattern->selectAll();
    typeText(pattern, QStringLiteral("｛小组｝·{昵称}·{职业}"));
    QTest::keyClick(pattern, Qt::Key_Return);
    EXPECT_EQ(m_window->document()->camp(id)->nicknamePattern, QStringLiteral("{subgroup}·{nickname}·{occupation}"));
    EXPECT_EQ(pattern->text(), QStringLiteral("{小组}·{昵称}·{职业}"));
    trigger("actionUndo");
    EXPECT_EQ(m_window->document()->camp(id)->nicknamePattern, QStringLiteral("{subgroup}-{nickname}-{city}"));
}

// About names the licence, as the LICENSE file and the .deb's copyright do.
TEST_F(MainWindowTest, AboutNamesTheLicence)
{
    trigger("actionAbout");
    const QString text = MessageBox::lastText();
    EXPECT_TRUE(
        text.contains(QStringLiteral("GNU General Public License, version 3 or (at your option) any later version")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral(CAMPDESK_VERSION)));
}

// Every menu's mnemonics (Alt+letter) are unique, in English and in Chinese.
TEST_F(MainWindowTest, MenuMnemonicsAreUniqueInBothLanguages)
{
    QTranslator chinese;
    ASSERT_TRUE(chinese.load(QStringLiteral(CAMPDESK_QM_DIR "/campdesk_zh_CN.qm")));
    const auto mnemonic = [](const QString &text) {
        const qsizetype at = text.indexOf(u'&');
        return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toUpper() : QChar();
    };
    for (QAction *menuAction : m_window->menuBar()->actions()) {
        const QMenu *menu = menuAction->menu();
        ASSERT_NE(menu, nullptr);
        for (const bool inChinese : {false, true}) {
            QHash<QChar, QString> seen;
            for (const QAction *action : menu->actions()) {
                if (action->isSeparator() || action->text().isEmpty())
                    continue;
                const QString text = inChinese
                    ? chinese.translate("CampDesk::MainWindow", action->text().toUtf8().constData())
                    : action->text();
                const QChar key = mnemonic(text.isEmpty() ? action->text() : text);
                if (key.isNull())
                    continue;
                EXPECT_FALSE(seen.contains(key))
                    << menu->title().toStdString() << ": " << text.toStdString() << " and "
                    << seen.value(key).toStdString() << " share " << QString(key).toStdString();
                seen.insert(key, text);
            }
        }
    }
}
