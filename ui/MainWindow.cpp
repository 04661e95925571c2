#include "ui/MainWindow.h"

#include "core/Translations.h"
#include "core/Workspace.h"
#include "core/domain/ActivityRepository.h"
#include "core/io/DataTable.h"
#include "core/plan/CampPlanner.h"
#include "core/storage/ServerAddress.h"
#include "core/team/Team.h"
#include "demo/DemoWorkspace.h"
#include "ui/ConnectionWatch.h"
#include "ui/FileDialog.h"
#include "ui/MessageBox.h"
#include "ui/WorkspaceCheck.h"
#include "ui/WorkspaceDocument.h"
#include "ui/camps/CampListDelegate.h"
#include "ui/camps/CampListModel.h"
#include "ui/camps/CampOverviewWidget.h"
#include "ui/capture/ParticipationView.h"
#include "ui/commands/ActivityCommands.h"
#include "ui/commands/CampCommands.h"
#include "ui/commands/CommandFailure.h"
#include "ui/dialogs/ConnectDialog.h"
#include "ui/dialogs/DuplicateCampDialog.h"
#include "ui/dialogs/NewCampDialog.h"
#include "ui/dialogs/NewPlannedCampDialog.h"
#include "ui/dialogs/RestoreBackupDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/dialogs/UserGuideDialog.h"
#include "ui/plan/PlanView.h"
#include "ui/review/ActivityReviewDialog.h"
#include "ui/review/ReviewView.h"
#include "ui/roster/RosterView.h"
#include "ui/roster/SubgroupBoard.h"
#include "ui/speech/QuickCopyPalette.h"
#include "ui/speech/SpeechView.h"
#include "ui/team/HistoryDialog.h"
#include "ui/team/TeamDialog.h"
#include "ui/widgets/NoticeBar.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace CampDesk {

namespace {

const QString recentKey = QStringLiteral("workspaces/recent");

constexpr int MaxRecent = 8;

QString workspaceFilter()
{
    return MainWindow::tr("CampDesk workspaces (*.campdesk);;All files (*)");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("MainWindow"));
    m_check = new WorkspaceCheck(this);
    m_watch = new ConnectionWatch(this);
    connect(m_watch, &ConnectionWatch::lost, this, &MainWindow::connectionLost);
    // The banner goes at once; the views are read again when nothing of theirs is open.
    connect(m_watch, &ConnectionWatch::restored, this, [this] { m_connectionBanner->hide(); });
    connect(m_watch, &ConnectionWatch::restored, this, &MainWindow::rereadWhenIdle, Qt::QueuedConnection);
    m_rereadLater = new QTimer(this);
    m_rereadLater->setSingleShot(true);
    m_rereadLater->setInterval(500);
    connect(m_rereadLater, &QTimer::timeout, this, &MainWindow::rereadWhenIdle);
    connect(m_check, &WorkspaceCheck::finished, this, &MainWindow::workspaceChecked);
    connect(m_check, &WorkspaceCheck::backedUp, this,
            [this](const QString &path, const QString & /*backup*/, const QString &problem) {
                if (!m_document || m_document->fileName() != path)
                    return;
                if (problem.isEmpty())
                    statusBar()->showMessage(tr("Today's backup is written (Help → Restore from Backup… lists it)."),
                                             8000);
                else
                    statusBar()->showMessage(tr("Today's backup could not be written: %1").arg(problem), 15000);
            });
    // The workspace's name, always there; its path in the tooltip.
    m_workspaceName = new QLabel;
    m_workspaceName->setObjectName(QStringLiteral("workspaceName"));
    m_workspaceName->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_workspaceName);
    createActions();
    createMenus();
    buildCentralWidget();
    updateActions();
    updateTitle();
    resize(1280, 800);
    // A window left open overnight moves on to the new day: which course
    // day is today, what is finished, what the review counts as complete.
    m_midnight = new QTimer(this);
    m_midnight->setObjectName(QStringLiteral("midnightTimer"));
    m_midnight->setSingleShot(true);
    connect(m_midnight, &QTimer::timeout, this, [this] { dayBegan(liveToday()); });
    // A laptop asleep at midnight: the timer's clock stopped with it, so
    // the date is read again whenever CampDesk comes back to the front.
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state == Qt::ApplicationActive)
            dayBegan(liveToday());
    });
    scheduleMidnight();
}

QTimeZone MainWindow::currentZone() const
{
    if (m_document) {
        if (const std::optional<Camp> camp = m_document->camp(currentCampId()))
            return camp->zone();
    }
    return QTimeZone::systemTimeZone();
}

QDate MainWindow::liveToday() const
{
    return QDateTime::currentDateTime().toTimeZone(currentZone()).date();
}

void MainWindow::scheduleMidnight()
{
    // A second past the camp's midnight: a timer that fires a moment early
    // (or a clock put back) finds the same day and waits again.
    const QTimeZone zone = currentZone();
    const QDateTime now = QDateTime::currentDateTime().toTimeZone(zone);
    const QDateTime next(now.date().addDays(1), QTime(0, 0, 1), zone);
    m_midnight->start(std::chrono::milliseconds(std::max<qint64>(1000, now.msecsTo(next))));
}

void MainWindow::dayBegan(QDate today)
{
    if (!m_todayPinned && today != m_today)
        applyToday(today);
    if (m_campModel && !m_todayPinned)
        m_campModel->refreshToday();
    scheduleMidnight();
}

MainWindow::~MainWindow()
{
    // The undo stack signals while it dies; nothing here may listen by then.
    releaseDocument();
}

void MainWindow::createActions()
{
    const auto make = [this](const QString &name, const QString &text, QKeySequence shortcut = {}) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        return action;
    };
    m_newWorkspace = make(QStringLiteral("actionNewWorkspace"), tr("&New Workspace…"));
    m_openWorkspace = make(QStringLiteral("actionOpenWorkspace"), tr("&Open Workspace…"), QKeySequence::Open);
    m_connectServer = make(QStringLiteral("actionConnectServer"), tr("&Connect to Team Workspace…"));
    m_backup = make(QStringLiteral("actionBackup"), tr("&Back Up Workspace…"));
    m_quit = make(QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit);
    m_newCamp = make(QStringLiteral("actionNewCamp"), tr("&New Camp…"), QKeySequence::New);
    m_deleteCamp = make(QStringLiteral("actionDeleteCamp"), tr("&Delete Camp…"));
    m_newPlannedCamp = make(QStringLiteral("actionNewPlannedCamp"), tr("New Camp from &Template…"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_duplicateCamp = make(QStringLiteral("actionDuplicateCamp"), tr("D&uplicate Camp…"));
    m_applyTemplate = make(QStringLiteral("actionApplyPlanTemplate"), tr("Add a &Plan from a Template…"));
    m_savePlanTemplate = make(QStringLiteral("actionSavePlanTemplate"), tr("Save Plan as Te&mplate…"));
    m_newActivity = make(QStringLiteral("actionNewActivity"), tr("New &Activity…"), QKeySequence(Qt::CTRL | Qt::Key_T));
    m_exportIcs = make(QStringLiteral("actionExportIcs"), tr("&Export Calendar (.ics)…"));
    m_importChat = make(QStringLiteral("actionImportChat"), tr("&Import Chat Export…"));
    m_pasteJielong = make(QStringLiteral("actionPasteJielong"), tr("Record a &Sign-up List…"));
    m_campHistory = make(QStringLiteral("actionCampHistory"), tr("&History…"));
    m_team = make(QStringLiteral("actionTeam"), tr("Team and R&oles…"));
    m_saveRunSheet = make(QStringLiteral("actionSaveRunSheet"), tr("Save Run Sheet as PD&F…"));
    m_printRunSheet = make(QStringLiteral("actionPrintRunSheet"), tr("P&rint Run Sheet…"), QKeySequence::Print);
    m_settings = make(QStringLiteral("actionSettings"), tr("&Settings…"), QKeySequence::Preferences);
    m_restoreBackup = make(QStringLiteral("actionRestoreBackup"), tr("&Restore from Backup…"));
    m_userGuide = make(QStringLiteral("actionUserGuide"), tr("User &Guide"), QKeySequence::HelpContents);
    m_openDemo = make(QStringLiteral("actionOpenDemo"), tr("Open the &Demo Workspace"));
    m_about = make(QStringLiteral("actionAbout"), tr("&About CampDesk"));
    m_aboutQt = make(QStringLiteral("actionAboutQt"), tr("About &Qt"));
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    m_settings->setMenuRole(QAction::PreferencesRole);

    m_undo = make(QStringLiteral("actionUndo"), tr("&Undo"), QKeySequence::Undo);
    m_redo = make(QStringLiteral("actionRedo"), tr("&Redo"), QKeySequence::Redo);
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->undo();
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->redo();
    });

    connect(m_newWorkspace, &QAction::triggered, this, &MainWindow::newWorkspace);
    connect(m_openWorkspace, &QAction::triggered, this, &MainWindow::openWorkspaceDialog);
    connect(m_connectServer, &QAction::triggered, this, &MainWindow::connectToServer);
    connect(m_backup, &QAction::triggered, this, &MainWindow::backupWorkspace);
    connect(m_restoreBackup, &QAction::triggered, this, &MainWindow::showRestoreBackup);
    connect(m_quit, &QAction::triggered, this, &MainWindow::close);
    connect(m_newCamp, &QAction::triggered, this, &MainWindow::newCamp);
    connect(m_deleteCamp, &QAction::triggered, this, &MainWindow::deleteCamp);
    connect(m_newPlannedCamp, &QAction::triggered, this, &MainWindow::newPlannedCamp);
    connect(m_duplicateCamp, &QAction::triggered, this, &MainWindow::duplicateCamp);
    connect(m_applyTemplate, &QAction::triggered, this, &MainWindow::applyPlanTemplate);
    connect(m_savePlanTemplate, &QAction::triggered, this, &MainWindow::savePlanAsTemplate);
    connect(m_newActivity, &QAction::triggered, this, [this] {
        if (PlanView *plan = planView()) {
            m_campTabs->setCurrentWidget(m_planPage);
            plan->newActivity(wallClock(plan->date(), QTime(20, 0)));
        }
    });
    connect(m_exportIcs, &QAction::triggered, this, [this] {
        if (PlanView *plan = planView())
            plan->exportCalendar();
    });
    connect(m_importChat, &QAction::triggered, this, [this] {
        if (ParticipationView *participation = participationView()) {
            m_campTabs->setCurrentWidget(m_participationPage);
            participation->importChat();
        }
    });
    connect(m_pasteJielong, &QAction::triggered, this, [this] {
        if (ParticipationView *participation = participationView()) {
            m_campTabs->setCurrentWidget(m_participationPage);
            participation->pasteJielong();
        }
    });
    connect(m_campHistory, &QAction::triggered, this, &MainWindow::showCampHistory);
    connect(m_team, &QAction::triggered, this, &MainWindow::showTeam);
    connect(m_saveRunSheet, &QAction::triggered, this, [this] {
        if (PlanView *plan = planView())
            plan->saveRunSheet();
    });
    connect(m_printRunSheet, &QAction::triggered, this, [this] {
        if (PlanView *plan = planView())
            plan->printRunSheet();
    });
    connect(m_settings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_userGuide, &QAction::triggered, this, &MainWindow::showUserGuide);
    connect(m_openDemo, &QAction::triggered, this, &MainWindow::openDemo);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newWorkspace);
    file->addAction(m_openWorkspace);
    file->addAction(m_connectServer);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    file->addAction(m_backup);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_settings);

    QMenu *camp = menuBar()->addMenu(tr("&Camp"));
    camp->addAction(m_newCamp);
    camp->addAction(m_newPlannedCamp);
    camp->addAction(m_duplicateCamp);
    camp->addAction(m_deleteCamp);
    camp->addSeparator();
    camp->addAction(m_applyTemplate);
    camp->addAction(m_newActivity);
    camp->addAction(m_savePlanTemplate);
    camp->addAction(m_exportIcs);
    camp->addAction(m_saveRunSheet);
    camp->addAction(m_printRunSheet);
    camp->addSeparator();
    camp->addAction(m_importChat);
    camp->addAction(m_pasteJielong);
    camp->addSeparator();
    camp->addAction(m_campHistory);
    camp->addAction(m_team);
    // A disabled action's tooltip says why it is off: a file, or a role.
    camp->setToolTipsVisible(true);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_userGuide);
    help->addAction(m_openDemo);
    help->addSeparator();
    help->addAction(m_restoreBackup);
    help->addSeparator();
    help->addAction(m_about);
    help->addAction(m_aboutQt);
    rebuildRecentMenu();
}

void MainWindow::followAction(QPushButton *button, QAction *action)
{
    // A button that triggers an action is off when it is, with its reason.
    connect(action, &QAction::changed, button, [button, action] {
        button->setEnabled(action->isEnabled());
        button->setToolTip(action->toolTip());
    });
}

void MainWindow::buildCentralWidget()
{
    auto *sidebar = new QWidget;
    auto *sideLayout = new QVBoxLayout(sidebar);
    sideLayout->setContentsMargins(8, 8, 0, 8);
    auto *heading = new QLabel(tr("Camps"));
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    heading->setFont(headingFont);
    auto *newButton = new QPushButton(tr("New Camp…"));
    newButton->setObjectName(QStringLiteral("newCampButton"));
    connect(newButton, &QPushButton::clicked, m_newCamp, &QAction::trigger);
    followAction(newButton, m_newCamp);
    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(heading);
    headerRow->addStretch();
    headerRow->addWidget(newButton);
    m_campList = new QListView;
    m_campList->setObjectName(QStringLiteral("campList"));
    m_campList->setItemDelegate(new CampListDelegate(m_campList));
    m_campList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_campList->setUniformItemSizes(true);
    sideLayout->addLayout(headerRow);
    sidebar->setMinimumWidth(230);
    sideLayout->addWidget(m_campList);

    m_emptyPage = new QWidget;
    m_emptyPage->setObjectName(QStringLiteral("emptyPage"));
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    auto *emptyText = new QLabel(tr("No camp yet.\nCreate one to plan its dates, goals, group rules and FAQ."));
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setTextFormat(Qt::PlainText);
    auto *emptyButton = new QPushButton(tr("Create a Camp…"));
    connect(emptyButton, &QPushButton::clicked, m_newCamp, &QAction::trigger);
    followAction(emptyButton, m_newCamp);
    auto *templateButton = new QPushButton(tr("Create a Camp with a Full Plan from a Template…"));
    templateButton->setObjectName(QStringLiteral("emptyTemplateButton"));
    connect(templateButton, &QPushButton::clicked, m_newPlannedCamp, &QAction::trigger);
    followAction(templateButton, m_newPlannedCamp);
    emptyLayout->addStretch();
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(templateButton, 0, Qt::AlignHCenter);
    emptyLayout->addWidget(emptyButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();

    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_emptyPage);

    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(sidebar);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 960});
    // Over everything while a team workspace's server cannot be reached.
    m_connectionBanner = new QLabel;
    m_connectionBanner->setObjectName(QStringLiteral("connectionBanner"));
    m_connectionBanner->setTextFormat(Qt::PlainText);
    m_connectionBanner->setWordWrap(true);
    m_connectionBanner->setMargin(8);
    m_connectionBanner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; border-bottom: 1px solid #e0c36c; }"));
    m_connectionBanner->hide();
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_connectionBanner);
    m_notice = new NoticeBar;
    centralLayout->addWidget(m_notice);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);
}

void MainWindow::workspaceChecked(const QString &path, const QString &problem)
{
    if (!m_document || m_document->fileName() != path)
        return;
    if (!problem.isEmpty()) {
        showError(problem + u'\n'
                  + tr("CampDesk does not change a damaged workspace: it stays read-only in this window."));
        return;
    }
    if (m_document->isWritable())
        return;
    if (auto writable = m_document->makeWritable(); !writable) {
        showError(writable.error().message);
        // Only the built-in speech lines failed: the check itself passed.
        if (!m_document->isWritable())
            return;
    }
    statusBar()->showMessage(tr("Workspace checked: every page is sound."), 5000);
}

Result<void> MainWindow::openWorkspace(const QString &path, bool exclusive, const QString &password)
{
    const bool server = ServerAddress::looksLikeServer(path);
    if (m_document && (server ? path.trimmed() : QFileInfo(path).absoluteFilePath()) == m_document->fileName())
        return {};
    // A small workspace is read through before the window shows it. A big
    // one opens at once and every page is read on another thread; until
    // that check has passed nothing is written to it, so a damaged file is
    // never changed. (Header, schema and version are checked before opening,
    // and a file that needs migrating is read through first.)
    // A server checks its own pages: a team workspace is opened as it is.
    const bool checkLater = !server && QFileInfo(path).size() > m_checkInBackgroundAbove;
    auto workspace = Workspace::open(
        path, {.create = true, .exclusive = exclusive, .checkIntegrity = !checkLater, .password = password});
    if (!workspace)
        return std::unexpected(workspace.error());
    // Opening may have brought the file up to date already: a step that
    // fails after it says so as well.
    const QString upgraded = (*workspace)->upgradeNotice(Workspace::RestoreBy::Menu);
    const auto failedAfterOpen = [&upgraded](const Error &error) {
        return fail(upgraded.isEmpty() ? error.message : error.message + QStringLiteral("\n\n") + upgraded);
    };
    if (checkLater) {
        if (auto readOnly = (*workspace)->setWritable(false); !readOnly)
            return failedAfterOpen(readOnly.error());
        statusBar()->showMessage(tr("Checking every page of the workspace before anything is changed in it…"));
    } else if (auto seeded = WorkspaceDocument::seedSpeechLibrary(**workspace); !seeded) {
        return failedAfterOpen(seeded.error());
    }
    // Started once the window is up, so it does not slow its first paint.
    if (!server)
        QTimer::singleShot(500, m_check, [check = m_check, path = (*workspace)->path()] { check->start(path); });
    (*workspace)->setBusyHandler([this](const QString &message) { return retryWhenBusy(message); });
    setDocument(std::make_unique<WorkspaceDocument>(std::move(*workspace)));
    m_notice->showNotice(upgraded);
    // A shared open (a screenshot's look) is not the user's choice of file.
    if (exclusive)
        rememberRecent(m_document->fileName());
    return {};
}

void MainWindow::documentError(const QString &message)
{
    // A change that met a lost connection: nothing of it was kept.
    if (m_document && m_document->isServer() && (m_watch->isLost() || !m_document->isConnected())) {
        showError(tr("Not saved: the connection to the team workspace is lost. Try again when it is back; CampDesk "
                     "connects again by itself.\n\n%1")
                      .arg(message));
        m_watch->check();
        return;
    }
    // A write refused because the workspace is read-only until checked.
    if (m_document && !m_document->isWritable()) {
        showError(m_check->isRunning()
                      ? tr("CampDesk is still reading every page of this workspace, and changes nothing in it until "
                           "that check is done. Try again in a moment.")
                      : tr("This workspace is read-only in this window: its check found damage. Restore it from a "
                           "backup (Help → Restore from Backup…)."));
        return;
    }
    showError(message);
}

bool MainWindow::retryWhenBusy(const QString &message)
{
    // SQLite has already waited its busy timeout; the other program (an
    // import from campdesk-cli, most likely) may need longer. The user
    // decides, so an edit is never dropped unasked.
    const QString why = m_document && m_document->isServer()
        ? tr("Another operator of this team workspace is writing to it, so your change could not be saved yet."
             "\n\nRetry when they have finished, or cancel to leave the change out.\n\n%1")
        : tr("Another program is writing to this workspace (campdesk-cli, perhaps), so your change could not be "
             "saved yet.\n\nRetry when it has finished, or cancel to leave the change out.\n\n%1");
    const auto answer = MessageBox::question(this, tr("Workspace Busy"), why.arg(message),
                                             QMessageBox::Retry | QMessageBox::Cancel, QMessageBox::Retry);
    return answer == QMessageBox::Retry;
}

void MainWindow::releaseDocument()
{
    m_rereadLater->stop(); // a re-read waiting for a dialog is the old document's
    // The news was of the workspace that closes. A document taken and set
    // again (rereadViews) keeps it.
    if (m_document)
        m_notice->showNotice({});
    takeDocument().reset();
}

std::unique_ptr<WorkspaceDocument> MainWindow::takeDocument()
{
    if (!m_document)
        return nullptr;
    m_check->cancel();
    m_watch->watch(nullptr);
    m_connectionBanner->hide();
    m_document->undoStack()->disconnect(this);
    m_document->disconnect(this);
    if (m_campTabs) {
        m_pages->removeWidget(m_campTabs);
        delete m_campTabs;
        m_campTabs = nullptr;
        m_overview = nullptr;
        m_plan = nullptr;
        m_speech = nullptr;
        m_roster = nullptr;
        m_board = nullptr;
        m_participation = nullptr;
        m_review = nullptr;
        m_rosterPage = m_boardPage = m_planPage = m_speechPage = m_participationPage = m_reviewPage = nullptr;
    }
    m_campList->setModel(nullptr);
    delete m_campModel;
    m_campModel = nullptr;
    return std::move(m_document);
}

void MainWindow::connectionLost(const QString &why)
{
    // The driver's own words (often the server's, in English) go to the
    // tooltip: the banner says what it means for the operator.
    m_connectionBanner->setText(tr("The connection to the team workspace is lost: nothing can be changed until it "
                                   "is back, and CampDesk connects again by itself."));
    m_connectionBanner->setToolTip(why);
    m_connectionBanner->show();
}

void MainWindow::rereadWhenIdle()
{
    if (!m_document || m_watch->isLost())
        return;
    const auto dialogs = m_campTabs ? m_campTabs->findChildren<QDialog *>() : QList<QDialog *>();
    const bool dialogOpen
        = std::any_of(dialogs.cbegin(), dialogs.cend(), [](const QDialog *d) { return d->isVisible(); });
    if (QApplication::activeModalWidget() || QApplication::activePopupWidget() || dialogOpen) {
        if (!m_rereadLater->isActive()) {
            statusBar()->showMessage(tr("Connected to the team workspace again. The views show it as it is now once "
                                        "the open dialog is closed."));
        }
        m_rereadLater->start();
        return;
    }
    m_rereadLater->stop();
    rereadViews();
}

void MainWindow::rereadViews()
{
    if (!m_document)
        return;
    const qint64 camp = currentCampId();
    const int tab = m_campTabs ? m_campTabs->currentIndex() : -1;
    setDocument(takeDocument());
    selectCamp(camp);
    if (m_campTabs && tab >= 0)
        m_campTabs->setCurrentIndex(tab);
    statusBar()->showMessage(tr("Connected to the team workspace again; every view shows it as it is now."), 8000);
}

void MainWindow::setDocument(std::unique_ptr<WorkspaceDocument> document)
{
    releaseDocument();
    m_document = std::move(document);
    m_watch->watch(m_document.get());

    m_campModel = new CampListModel(m_document.get(), this);
    if (m_todayPinned)
        m_campModel->setToday(m_today);
    m_campList->setModel(m_campModel);
    m_overview = new CampOverviewWidget(m_document.get());
    m_overview->setObjectName(QStringLiteral("campOverview"));
    m_overview->setToday(m_today);
    m_campTabs = new QTabWidget;
    m_campTabs->setObjectName(QStringLiteral("campTabs"));
    m_campTabs->setDocumentMode(true);
    // Many tabs must not widen the window: scroll them on small screens.
    m_campTabs->setUsesScrollButtons(true);
    m_campTabs->addTab(m_overview, tr("Overview"));
    // The other tabs' views are made when first shown: building them all
    // took a third of the time to the first painted window.
    const auto addPage = [this](const QString &title) {
        auto *page = new QWidget;
        auto *layout = new QVBoxLayout(page);
        layout->setContentsMargins(0, 0, 0, 0);
        m_campTabs->addTab(page, title);
        return page;
    };
    m_rosterPage = addPage(tr("Members"));
    m_boardPage = addPage(tr("Subgroups"));
    m_planPage = addPage(tr("Plan"));
    m_speechPage = addPage(tr("Speech Library"));
    m_participationPage = addPage(tr("Participation"));
    m_reviewPage = addPage(tr("Review"));
    connect(m_campTabs, &QTabWidget::currentChanged, this, &MainWindow::makeTab);
    m_pages->addWidget(m_campTabs);

    connect(m_campList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCurrentCampChanged);
    connect(m_document.get(), &WorkspaceDocument::campAdded, this, &MainWindow::onCampAdded);
    connect(m_document.get(), &WorkspaceDocument::campChanged, this, [this](qint64 id) {
        if (id == currentCampId())
            dayBegan(liveToday()); // its zone may have changed
    });
    connect(m_document.get(), &WorkspaceDocument::campRemoved, this, &MainWindow::onCampRemoved);
    connect(m_document.get(), &WorkspaceDocument::errorOccurred, this, &MainWindow::documentError);
    QUndoStack *stack = m_document->undoStack();
    connect(stack, &QUndoStack::canUndoChanged, this, &MainWindow::updateActions);
    connect(stack, &QUndoStack::canRedoChanged, this, &MainWindow::updateActions);
    connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::updateActions);
    connect(stack, &QUndoStack::redoTextChanged, this, &MainWindow::updateActions);

    // Open on the camp being run today, if any: that is the one the
    // operator came for.
    QModelIndex start = m_campModel->rowCount() > 0 ? m_campModel->index(0) : QModelIndex();
    for (int row = 0; row < m_campModel->rowCount(); ++row) {
        const QModelIndex index = m_campModel->index(row);
        if (CampStatus(index.data(CampListModel::StatusRole).toInt()) == CampStatus::Running) {
            start = index;
            break;
        }
    }
    // A new current index fills the pages through currentChanged; only an
    // empty workspace needs them filled here (filling them twice delayed the
    // first paint).
    if (start.isValid())
        m_campList->setCurrentIndex(start);
    else
        onCurrentCampChanged();
    updateTitle();
    connect(m_document.get(), &WorkspaceDocument::announced, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_document.get(), &WorkspaceDocument::teamChanged, this, [this] {
        updateActions();
        showWorkspaceName();
    });
    showWorkspaceName();
}

void MainWindow::showWorkspaceName()
{
    // The demo is rebuilt around today at every --demo start: say so, so
    // nobody keeps work in it.
    const bool demo = QFileInfo(m_document->fileName()) == QFileInfo(Workspace::demoPath());
    if (demo)
        m_workspaceName->setText(tr("Demo workspace: rebuilt at every start, changes are not kept"));
    else if (m_document->isServer())
        m_workspaceName->setText(tr("Team workspace: %1 · %2, %3")
                                     .arg(ServerAddress::displayTextOf(m_document->fileName()), m_document->login(),
                                          Team::roleName(m_document->role())));
    else
        m_workspaceName->setText(tr("Workspace: %1").arg(QFileInfo(m_document->fileName()).completeBaseName()));
    m_workspaceName->setToolTip(m_document->isServer() ? m_document->fileName()
                                                       : QDir::toNativeSeparators(m_document->fileName()));
}

qint64 MainWindow::currentCampId() const
{
    const QModelIndex current = m_campList->currentIndex();
    return current.isValid() ? current.data(CampListModel::CampIdRole).toLongLong() : 0;
}

void MainWindow::selectCamp(qint64 id)
{
    if (!m_campModel)
        return;
    const QModelIndex index = m_campModel->indexOfCamp(id);
    if (index.isValid())
        m_campList->setCurrentIndex(index);
}

void MainWindow::setToday(QDate today)
{
    m_todayPinned = true;
    applyToday(today);
}

void MainWindow::applyToday(QDate today)
{
    m_today = today;
    // The list shows every camp on its own today (a test pins one for all).
    if (m_campModel && m_todayPinned)
        m_campModel->setToday(today);
    if (m_overview)
        m_overview->setToday(today);
    if (m_plan)
        m_plan->setToday(today);
    if (m_speech)
        m_speech->setToday(today);
    if (m_review)
        m_review->setToday(today);
    if (m_participation)
        m_participation->setToday(today);
}

bool MainWindow::showView(const QString &name)
{
    if (!m_campTabs || currentCampId() == 0)
        return false;
    const QHash<QString, QWidget *> pages {{QStringLiteral("overview"), m_overview},
                                           {QStringLiteral("subgroups"), m_boardPage},
                                           {QStringLiteral("roster"), m_rosterPage},
                                           {QStringLiteral("speech"), m_speechPage},
                                           {QStringLiteral("review"), m_reviewPage}};
    if (QWidget *page = pages.value(name)) {
        m_campTabs->setCurrentWidget(page);
        return true;
    }
    if (name == QLatin1String("checkins") || name == QLatin1String("identities")) {
        m_campTabs->setCurrentWidget(m_participationPage);
        participationView()->tabs()->setCurrentIndex(name == QLatin1String("checkins") ? 0 : 1);
        return true;
    }
    const QHash<QString, PlanView::Mode> modes {{QStringLiteral("calendar-month"), PlanView::Mode::Month},
                                                {QStringLiteral("calendar-week"), PlanView::Mode::Week},
                                                {QStringLiteral("agenda"), PlanView::Mode::Agenda}};
    if (!modes.contains(name))
        return false;
    m_campTabs->setCurrentWidget(m_planPage);
    planView()->setMode(modes.value(name));
    return true;
}

template<typename View> View *MainWindow::adopt(View *view, QWidget *page)
{
    page->layout()->addWidget(view);
    view->setCampId(currentCampId());
    // A layout shows a child added to a visible page only on the next event
    // loop pass; the tab being opened must show it now.
    view->show();
    return view;
}

PlanView *MainWindow::planView()
{
    if (!m_plan && m_planPage) {
        m_plan = new PlanView(m_document.get());
        m_plan->setToday(m_today);
        connect(m_plan, &PlanView::reviewRequested, this, [this](qint64 activityId) {
            ActivityReviewDialog::openFor(m_document.get(), currentCampId(), activityId, this);
        });
        adopt(m_plan, m_planPage);
    }
    return m_plan;
}

SpeechView *MainWindow::speechView()
{
    if (!m_speech && m_speechPage) {
        m_speech = new SpeechView(m_document.get());
        m_speech->setToday(m_today);
        adopt(m_speech, m_speechPage);
    }
    return m_speech;
}

RosterView *MainWindow::rosterView()
{
    if (!m_roster && m_rosterPage)
        m_roster = adopt(new RosterView(m_document.get()), m_rosterPage);
    return m_roster;
}

SubgroupBoard *MainWindow::subgroupBoard()
{
    if (!m_board && m_boardPage)
        m_board = adopt(new SubgroupBoard(m_document.get()), m_boardPage);
    return m_board;
}

ParticipationView *MainWindow::participationView()
{
    if (!m_participation && m_participationPage) {
        m_participation = adopt(new ParticipationView(m_document.get()), m_participationPage);
        m_participation->setToday(m_today);
    }
    return m_participation;
}

ReviewView *MainWindow::reviewView()
{
    if (!m_review && m_reviewPage) {
        m_review = new ReviewView(m_document.get());
        m_review->setToday(m_today);
        adopt(m_review, m_reviewPage);
    }
    return m_review;
}

void MainWindow::makeTab(int index)
{
    QWidget *page = m_campTabs ? m_campTabs->widget(index) : nullptr;
    if (page == m_rosterPage)
        rosterView();
    else if (page == m_boardPage)
        subgroupBoard();
    else if (page == m_planPage)
        planView();
    else if (page == m_speechPage)
        speechView();
    else if (page == m_participationPage)
        participationView();
    else if (page == m_reviewPage)
        reviewView();
}

void MainWindow::onCurrentCampChanged()
{
    const qint64 id = currentCampId();
    // The camp page first: the views load only what is on the current page.
    m_pages->setCurrentWidget(id && m_campTabs ? static_cast<QWidget *>(m_campTabs) : m_emptyPage);
    if (m_overview)
        m_overview->setCampId(id);
    if (m_plan)
        m_plan->setCampId(id);
    if (m_speech)
        m_speech->setCampId(id);
    if (m_roster)
        m_roster->setCampId(id);
    if (m_board)
        m_board->setCampId(id);
    if (m_participation)
        m_participation->setCampId(id);
    if (m_review)
        m_review->setCampId(id);
    updateActions();
    // Today is the camp's: another camp may be in another zone.
    dayBegan(liveToday());
}

void MainWindow::onCampAdded(qint64 id)
{
    // A new or restored camp is what the user wants to look at next.
    selectCamp(id);
}

void MainWindow::onCampRemoved(qint64 id)
{
    Q_UNUSED(id)
    if (!m_campList->currentIndex().isValid() && m_campModel->rowCount() > 0)
        m_campList->setCurrentIndex(m_campModel->index(0));
    onCurrentCampChanged();
}

void MainWindow::updateActions()
{
    const bool open = m_document != nullptr;
    QUndoStack *stack = open ? m_document->undoStack() : nullptr;
    m_undo->setEnabled(stack && stack->canUndo());
    m_redo->setEnabled(stack && stack->canRedo());
    m_undo->setText(stack && stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redo->setText(stack && stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    // What the role may not do is off, its tooltip saying why; on a file
    // the one operator is the owner.
    const auto allow = [this](QAction *action, bool possible, TeamAction what) {
        const bool allowed = !m_document || m_document->may(what);
        action->setEnabled(possible && allowed);
        action->setToolTip(possible && !allowed ? m_document->refusal(what) : QString());
    };
    allow(m_newCamp, open, TeamAction::ChangeCamps);
    m_backup->setEnabled(open);
    // A team workspace's earlier states are its server's backups, kept by
    // whoever runs the server, not files beside a workspace on this laptop.
    const bool server = open && m_document->isServer();
    m_restoreBackup->setEnabled(open && !server);
    m_restoreBackup->setToolTip(server ? tr("A team workspace is restored from its server's backups, by whoever runs "
                                            "the server.")
                                       : QString());
    const bool hasCamp = open && currentCampId() != 0;
    allow(m_deleteCamp, hasCamp, TeamAction::ChangeCamps);
    allow(m_newPlannedCamp, open, TeamAction::ChangeCamps);
    allow(m_duplicateCamp, hasCamp, TeamAction::ChangeCamps);
    allow(m_applyTemplate, hasCamp, TeamAction::ChangePlan);
    allow(m_newActivity, hasCamp, TeamAction::ChangePlan);
    allow(m_savePlanTemplate, hasCamp, TeamAction::ChangeLibrary);
    allow(m_importChat, hasCamp, TeamAction::ImportChats);
    allow(m_pasteJielong, hasCamp, TeamAction::RecordCheckIns);
    for (QAction *action : {m_exportIcs, m_saveRunSheet, m_printRunSheet})
        action->setEnabled(hasCamp);
    m_campHistory->setEnabled(hasCamp && server);
    m_campHistory->setToolTip(open && !server ? tr("Only a team workspace on a server keeps a history of who changed"
                                                   " what; a workspace file has one operator.")
                                              : QString());
    allow(m_team, server, TeamAction::ChangeTeam);
    if (open && !server)
        m_team->setToolTip(tr("A workspace file has one operator; a team works on a team workspace on a server."));
}

void MainWindow::showTeam()
{
    if (!m_document || !m_document->isServer())
        return;
    auto *dialog = new TeamDialog(m_document.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showCampHistory()
{
    if (!m_document || currentCampId() == 0)
        return;
    auto *dialog = new HistoryDialog(m_document.get(), currentCampId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(QStringLiteral("CampDesk"));
        return;
    }
    if (m_document->isServer()) {
        setWindowFilePath(QString());
        setWindowTitle(tr("%1 — CampDesk").arg(ServerAddress::displayTextOf(m_document->fileName())));
        return;
    }
    setWindowFilePath(m_document->fileName());
    setWindowTitle(tr("%1 — CampDesk").arg(QFileInfo(m_document->fileName()).completeBaseName()));
}

void MainWindow::showError(const QString &message)
{
    MessageBox::critical(this, tr("CampDesk"), message);
}

void MainWindow::newCamp()
{
    if (!m_document)
        return;
    auto *dialog = new NewCampDialog(m_today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_document->undoStack()->push(new AddCampCommand(m_document.get(), dialog->camp())); });
    dialog->open();
}

NewPlannedCampDialog *MainWindow::openPlanDialog()
{
    if (!m_document)
        return nullptr;
    auto templates = m_document->planTemplates();
    if (!templates) {
        showError(templates.error().message);
        return nullptr;
    }
    auto *dialog = new NewPlannedCampDialog(*templates, m_today, Translations::currentLanguage(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

void MainWindow::newPlannedCamp()
{
    auto *dialog = openPlanDialog();
    if (!dialog)
        return;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Camp camp = dialog->camp();
        const QList<Activity> activities = dialog->activities();
        m_document->undoStack()->push(new CreateCampCommand(
            m_document.get(),
            [camp, activities](Workspace &workspace) {
                return CampPlanner::createCampWithPlan(workspace, camp, activities);
            },
            tr("Create camp “%1” from a template").arg(camp.name)));
        showView(QStringLiteral("calendar-month"));
    });
    dialog->open();
}

void MainWindow::applyPlanTemplate()
{
    const std::optional<Camp> camp = m_document ? m_document->camp(currentCampId()) : std::nullopt;
    if (!camp)
        return;
    auto *dialog = openPlanDialog();
    if (!dialog)
        return;
    dialog->setExistingCamp(*camp);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before = *camp] {
        // The camp takes the plan's course days, and its periods where they
        // reach further; everything else about it stays.
        const Camp after = CampPlanner::withPlanPeriods(before, dialog->camp());
        QList<Activity> activities = dialog->activities();
        for (Activity &activity : activities)
            activity.campId = before.id;
        // What was planned before and falls on another part of the camp now
        // is said, as the CLI's plan and a change of dates in the overview say it.
        const QList<Activity> planned = m_document->valueOrReport(m_document->activities(before.id));
        if (!pushSucceeded(*m_document, new AddPlanCommand(m_document.get(), before, after, activities)))
            return;
        const QStringList notes = CampPlanner::datesChangeNotes(before, after, planned);
        m_overview->showPlanNotes(notes);
        if (!notes.isEmpty())
            m_document->announce(
                tr("%n activity(ies) planned before are now on another part of the camp: the Overview lists "
                   "them.",
                   nullptr, int(notes.size())));
        showView(QStringLiteral("calendar-month"));
    });
    dialog->open();
}

void MainWindow::duplicateCamp()
{
    const std::optional<Camp> camp = m_document ? m_document->camp(currentCampId()) : std::nullopt;
    if (!camp)
        return;
    // Suggest the same weekday a few weeks after this camp ends.
    const QDate suggested = camp->courseStart.addDays(7 * ((camp->courseDays() + 13) / 7));
    auto *dialog = new DuplicateCampDialog(tr("%1 (copy)").arg(camp->name), suggested, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, campId = camp->id] {
        const QString name = dialog->name();
        const QDate firstDay = dialog->firstDay();
        m_document->undoStack()->push(new CreateCampCommand(
            m_document.get(),
            [campId, firstDay, name](Workspace &workspace) {
                return CampPlanner::duplicateCamp(workspace, campId, firstDay, name);
            },
            tr("Duplicate camp as “%1”").arg(name)));
    });
    dialog->open();
}

void MainWindow::savePlanAsTemplate()
{
    const std::optional<Camp> camp = m_document ? m_document->camp(currentCampId()) : std::nullopt;
    if (!camp)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("savePlanTemplateDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save Plan as Template"));
    dialog->setLabelText(tr("Template name:"));
    dialog->setTextValue(camp->name);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, campId = camp->id](const QString &name) {
        const std::optional<Camp> source = m_document->camp(campId);
        if (!source || name.trimmed().isEmpty())
            return;
        // A plan that could not be read whole is not saved as a template.
        auto activities = m_document->activities(campId);
        if (!activities) {
            m_document->reportError(activities.error().message);
            return;
        }
        const PlanTemplate plan = PlanTemplate::fromPlan(name.trimmed(), *source, *activities);
        // A failed save has been reported by the document.
        if (pushSucceeded(*m_document, new SavePlanTemplateCommand(m_document.get(), plan)))
            statusBar()->showMessage(tr("Saved the plan as template “%1”.").arg(name.trimmed()), 8000);
    });
    dialog->open();
}

void MainWindow::deleteCamp()
{
    const qint64 id = currentCampId();
    if (!m_document || id == 0)
        return;
    const std::optional<Camp> camp = m_document->camp(id);
    if (!camp)
        return;
    const auto answer = MessageBox::question(
        this, tr("Delete Camp"),
        tr("Delete “%1” with its members, plan and records? You can undo this with Edit → Undo.").arg(camp->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_document->undoStack()->push(new DeleteCampCommand(m_document.get(), *camp));
}

void MainWindow::newWorkspace()
{
    QString path = FileDialog::getSaveFileName(this, tr("New Workspace"), QDir::homePath(), workspaceFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".campdesk");
    if (QFileInfo::exists(path)) {
        showError(tr("%1 already exists. Use File → Open Workspace… to open it.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (auto opened = openWorkspace(path); !opened)
        showError(opened.error().message);
}

void MainWindow::openWorkspaceDialog()
{
    const QString start = m_document ? QFileInfo(m_document->fileName()).absolutePath() : QDir::homePath();
    const QString path = FileDialog::getOpenFileName(this, tr("Open Workspace"), start, workspaceFilter());
    if (path.isEmpty())
        return;
    if (auto opened = openWorkspace(path); !opened)
        showError(opened.error().message);
}

void MainWindow::connectToServer()
{
    QStringList servers;
    for (const QString &recent : QSettings().value(recentKey).toStringList()) {
        if (ServerAddress::looksLikeServer(recent))
            servers.append(recent);
    }
    auto *dialog = new ConnectDialog(servers, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (auto opened = openWorkspace(dialog->address(), true, dialog->password()); !opened)
            showError(opened.error().message);
    });
    dialog->open();
}

void MainWindow::backupWorkspace()
{
    if (!m_document)
        return;
    const QFileInfo current(m_document->fileName());
    // A team workspace's copy goes to the home folder, named for its database.
    const QString folder = m_document->isServer() ? QDir::homePath() : current.absolutePath();
    const QString base = m_document->isServer() ? tr("Team workspace") : current.completeBaseName();
    const QString suggestion
        = QDir(folder).filePath(tr("%1 backup %2.campdesk").arg(base, QDate::currentDate().toString(Qt::ISODate)));
    const QString path = FileDialog::getSaveFileName(this, tr("Back Up Workspace"), suggestion, workspaceFilter());
    if (path.isEmpty())
        return;
    if (auto written = m_document->backupTo(path); !written) {
        showError(written.error().message);
        return;
    }
    statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::showRestoreBackup()
{
    if (!m_document)
        return;
    auto *dialog = new RestoreBackupDialog(BackupFolder(m_document->fileName()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RestoreBackupDialog::restoreRequested, this, &MainWindow::restoreBackup);
    dialog->open();
}

void MainWindow::restoreBackup(const BackupEntry &backup)
{
    if (!m_document)
        return;
    const QString path = m_document->fileName();
    const qint64 camp = currentCampId();
    // Closed first: the file is renamed aside and the backup takes its place.
    releaseDocument();
    const BackupFolder folder(path);
    auto aside = folder.restore(backup);
    // A workspace that could not be put back is not replaced by a new,
    // empty one: the message says where it is.
    if (!aside && !QFileInfo::exists(path)) {
        showError(aside.error().message);
        return;
    }
    if (auto reopened = openWorkspace(path); !reopened) {
        showError(aside && !aside->isEmpty() ? tr("%1\n\nThe file the backup replaced is %2.")
                                                   .arg(reopened.error().message, QDir::toNativeSeparators(*aside))
                                             : reopened.error().message);
        return;
    }
    if (!aside) {
        showError(aside.error().message);
        return;
    }
    selectCamp(camp);
    statusBar()->showMessage(tr("Restored the backup of %1; the file it replaced is %2")
                                 .arg(DataTable::dateTime(backup.writtenAt), QDir::toNativeSeparators(*aside)),
                             15000);
}

void MainWindow::showUserGuide()
{
    auto *dialog = new UserGuideDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::openDemo()
{
    if (m_document && QFileInfo(m_document->fileName()) == QFileInfo(Workspace::demoPath())) {
        statusBar()->showMessage(tr("This is the demo workspace."), 8000);
        return;
    }
    auto demo = DemoWorkspace::rebuild(QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                                                : QStringLiteral("en"));
    if (!demo) {
        showError(demo.error().message);
        return;
    }
    if (auto opened = openWorkspace(*demo); !opened)
        showError(opened.error().message);
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->apply())
            statusBar()->showMessage(tr("The new language is used when CampDesk next starts."), 8000);
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    const QString sqlite = m_document ? m_document->sqliteVersion() : QString();
    MessageBox::information(
        this, tr("About CampDesk"),
        tr("CampDesk %1\n\nPlan, run and review training camps in chat groups.\n\n"
           "Copyright 2026 The CampDesk developers. CampDesk is free software under the GNU General Public "
           "License, version 3 or (at your option) any later version, and comes with no warranty.\n\n"
           "Built with Qt %2 (GNU LGPL version 3) and SQLite %3 (public domain).")
            .arg(QStringLiteral(CAMPDESK_VERSION), QString::fromLatin1(qVersion()),
                 sqlite.isEmpty() ? tr("unknown") : sqlite));
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(recentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    settings.setValue(recentKey, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    QSettings settings;
    QStringList recent = settings.value(recentKey).toStringList();
    // An address an earlier CampDesk kept with a key's passphrase in it is
    // forgotten: never shown, never opened again.
    if (recent.removeIf([](const QString &path) {
            return ServerAddress::looksLikeServer(path) && ServerAddress::holdsSecret(path);
        })
        > 0)
        settings.setValue(recentKey, recent);
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(
            ServerAddress::looksLikeServer(path) ? ServerAddress::displayTextOf(path) : QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] {
            if (auto opened = openWorkspace(path); !opened)
                showError(opened.error().message);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace CampDesk
