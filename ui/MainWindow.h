#pragma once

#include "core/Error.h"

#include <QDate>
#include <QMainWindow>

#include <memory>

class QAction;
class QPushButton;
class QLabel;
class QListView;
class QMenu;
class QStackedWidget;
class QTimer;
class QTabWidget;

class QTimer;

namespace CampDesk {

class CampListModel;
class CampOverviewWidget;
class NewPlannedCampDialog;
class PlanView;
class SpeechView;
class RosterView;
class SubgroupBoard;
class ParticipationView;
class ReviewView;
class Workspace;
class ConnectionWatch;
class WorkspaceCheck;
class NoticeBar;
struct BackupEntry;
class WorkspaceDocument;

class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path` (creating it if needed) and shows it in this window.
    // `path` is a workspace file's or a team workspace's address; a
    // password typed for a server is used for this connection only.
    [[nodiscard]] Result<void> openWorkspace(const QString &path, bool exclusive = true, const QString &password = {});
    // Workspaces bigger than this open before every page is read, and stay
    // read-only until the background check has read them (tests lower it).
    void setCheckInBackgroundAbove(qint64 bytes) { m_checkInBackgroundAbove = bytes; }
    WorkspaceDocument *document() const { return m_document.get(); }

    qint64 currentCampId() const;
    void selectCamp(qint64 id);
    // The date statuses are computed against (the current camp's today);
    // tests and screenshots pin it.
    void setToday(QDate today);
    QDate today() const { return m_today; }
    // A new day began (the window's timer calls it at midnight): the views
    // move on to it, unless the date was pinned (setToday).
    void dayBegan(QDate today);

    // Shows a camp page: "overview", "calendar-month", "calendar-week" or "agenda".
    bool showView(const QString &name);
    // A camp tab's view is made the first time its tab is shown or it is
    // asked for here (null while no workspace is open): opening a window
    // makes only the overview.
    PlanView *planView();
    SpeechView *speechView();
    RosterView *rosterView();
    SubgroupBoard *subgroupBoard();
    ParticipationView *participationView();
    ReviewView *reviewView();
    // What watches a team workspace's connection (tests set its pace).
    ConnectionWatch *connectionWatch() const { return m_watch; }

    // The one place that shows errors to the user.
    void showError(const QString &message);

private:
    void createActions();
    void applyToday(QDate today);
    void scheduleMidnight();
    // The current camp's zone (this computer's without a camp) and its today
    // (Camp::today): every laptop of a team is on the same day of a camp.
    QTimeZone currentZone() const;
    QDate liveToday() const;
    void createMenus();
    void buildCentralWidget();
    void setDocument(std::unique_ptr<WorkspaceDocument> document);
    void releaseDocument();
    // Takes the views down and hands the document over (to set it again).
    std::unique_ptr<WorkspaceDocument> takeDocument();
    // After a team workspace's connection came back: every view reads again,
    // from the event loop and once no dialog, box or menu is open. The views
    // are rebuilt: code of theirs still running (a box it shows, a dialog
    // of theirs) would go on in deleted objects, and a dialog's typed text
    // would go with them.
    void rereadWhenIdle();
    void rereadViews();
    void connectionLost(const QString &why);
    // Asked by the workspace when another program holds its lock too long.
    bool retryWhenBusy(const QString &message);
    void workspaceChecked(const QString &path, const QString &problem);
    void documentError(const QString &message);
    void updateActions();
    void updateTitle();
    void onCurrentCampChanged();
    // Makes the view of the camp tab at `index`, if it is not made yet.
    void makeTab(int index);
    // Puts a newly made view on its tab page and gives it the window's camp.
    template<typename View> View *adopt(View *view, QWidget *page);
    void onCampAdded(qint64 id);
    void onCampRemoved(qint64 id);

    void newCamp();
    void newPlannedCamp();
    NewPlannedCampDialog *openPlanDialog();
    void applyPlanTemplate();
    void duplicateCamp();
    void savePlanAsTemplate();
    void deleteCamp();
    void newWorkspace();
    void openWorkspaceDialog();
    void connectToServer();
    void backupWorkspace();
    void showSettings();
    void showCampHistory();
    void showTeam();
    void followAction(QPushButton *button, QAction *action);
    // Says in the status bar which workspace is open, and as whom.
    void showWorkspaceName();
    void showRestoreBackup();
    void restoreBackup(const BackupEntry &backup);
    void showAbout();
    void showUserGuide();
    void openDemo();
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();

    std::unique_ptr<WorkspaceDocument> m_document;
    WorkspaceCheck *m_check = nullptr;
    ConnectionWatch *m_watch = nullptr;
    QLabel *m_connectionBanner = nullptr;
    NoticeBar *m_notice = nullptr;
    QLabel *m_workspaceName = nullptr;
    CampListModel *m_campModel = nullptr;
    QDate m_today;
    bool m_todayPinned = false;
    QTimer *m_rereadLater = nullptr; // rereadWhenIdle, again while a dialog is open
    QTimer *m_midnight = nullptr; // fires when the next day begins (scheduleMidnight)

    QListView *m_campList = nullptr;
    QStackedWidget *m_pages = nullptr;
    CampOverviewWidget *m_overview = nullptr;
    PlanView *m_plan = nullptr;
    SpeechView *m_speech = nullptr;
    RosterView *m_roster = nullptr;
    SubgroupBoard *m_board = nullptr;
    ParticipationView *m_participation = nullptr;
    ReviewView *m_review = nullptr;
    QTabWidget *m_campTabs = nullptr;
    // The camp tabs' pages; each gets its view when first needed.
    QWidget *m_rosterPage = nullptr;
    QWidget *m_boardPage = nullptr;
    QWidget *m_planPage = nullptr;
    QWidget *m_speechPage = nullptr;
    QWidget *m_participationPage = nullptr;
    QWidget *m_reviewPage = nullptr;
    QWidget *m_emptyPage = nullptr;

    QAction *m_newWorkspace = nullptr;
    QAction *m_openWorkspace = nullptr;
    QAction *m_connectServer = nullptr;
    qint64 m_checkInBackgroundAbove = 32LL * 1024 * 1024;
    QAction *m_backup = nullptr;
    QAction *m_restoreBackup = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_importChat = nullptr;
    QAction *m_pasteJielong = nullptr;
    QAction *m_campHistory = nullptr;
    QAction *m_team = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_newCamp = nullptr;
    QAction *m_deleteCamp = nullptr;
    QAction *m_newPlannedCamp = nullptr;
    QAction *m_duplicateCamp = nullptr;
    QAction *m_applyTemplate = nullptr;
    QAction *m_savePlanTemplate = nullptr;
    QAction *m_newActivity = nullptr;
    QAction *m_exportIcs = nullptr;
    QAction *m_saveRunSheet = nullptr;
    QAction *m_printRunSheet = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_about = nullptr;
    QAction *m_userGuide = nullptr;
    QAction *m_openDemo = nullptr;
    QAction *m_aboutQt = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace CampDesk
