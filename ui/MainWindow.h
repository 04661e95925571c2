#pragma once

#include "Error.h"

#include <QDate>
#include <QMainWindow>

#include <memory>

class QAction;
class QListView;
class QMenu;
class QStackedWidget;
class QTabWidget;

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
class WorkspaceCheck;
struct BackupEntry;
class WorkspaceDocument;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path` (creating it if needed) and shows it in this window.
    [[nodiscard]] Result<void> openWorkspace(const QString &path, bool exclusive = true);
    WorkspaceDocument *document() const { return m_document.get(); }

    qint64 currentCampId() const;
    void selectCamp(qint64 id);
    // The date statuses are computed against; tests and screenshots pin it.
    void setToday(QDate today);

    // Shows a camp page: "overview", "calendar-month", "calendar-week" or "agenda".
    bool showView(const QString &name);
    PlanView *planView() const { return m_plan; }
    SpeechView *speechView() const { return m_speech; }
    RosterView *rosterView() const { return m_roster; }
    SubgroupBoard *subgroupBoard() const { return m_board; }
    ParticipationView *participationView() const { return m_participation; }
    ReviewView *reviewView() const { return m_review; }

    // The one place that shows errors to the user.
    void showError(const QString &message);

private:
    void createActions();
    void createMenus();
    void buildCentralWidget();
    void setDocument(std::unique_ptr<WorkspaceDocument> document);
    void releaseDocument();
    // Asked by the workspace when another program holds its lock too long.
    bool retryWhenBusy(const QString &message);
    void updateActions();
    void updateTitle();
    void onCurrentCampChanged();
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
    void backupWorkspace();
    void showSettings();
    void showRestoreBackup();
    void restoreBackup(const BackupEntry &backup);
    void showAbout();
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();

    std::unique_ptr<WorkspaceDocument> m_document;
    WorkspaceCheck *m_check = nullptr;
    CampListModel *m_campModel = nullptr;
    QDate m_today;

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
    QWidget *m_emptyPage = nullptr;

    QAction *m_newWorkspace = nullptr;
    QAction *m_openWorkspace = nullptr;
    QAction *m_backup = nullptr;
    QAction *m_restoreBackup = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_importChat = nullptr;
    QAction *m_pasteJielong = nullptr;
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
    QAction *m_aboutQt = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace CampDesk
