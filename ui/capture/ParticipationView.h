#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;
class QTableWidget;
class QTableWidgetItem;
class QTabWidget;

namespace CampDesk {

class CheckInGridModel;
class LazyRefresh;
class MemberChoiceDelegate;
class PiecesLabel;
class WorkspaceDocument;

// The camp's participation desk: the check-in grid (click, Space or the
// buttons tick cells; every change is one undo step), the chat identities
// found in imports and who they are, and the watch list of flagged messages.
class ParticipationView final : public QWidget {
    Q_OBJECT

public:
    explicit ParticipationView(WorkspaceDocument *document, QWidget *parent = nullptr);

    void setCampId(qint64 id);
    // The day the grid's figures are as of.
    void setToday(QDate today);
    QTableView *grid() const { return m_grid; }
    CheckInGridModel *gridModel() const { return m_model; }
    QTableWidget *identities() const { return m_identities; }
    QTableWidget *watchList() const { return m_watch; }
    QTabWidget *tabs() const { return m_tabs; }

    // Ticks (checked = true) or clears every selected cell as one step.
    void setSelectedChecked(bool checked);
    // Space: clear when every selected cell is ticked, tick otherwise.
    void toggleSelected();
    void importChat();
    void pasteJielong();
    // Logs a violation for the watch-list row (opens the violation dialog).
    void logViolationForWatchRow(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void refreshGrid();
    void refreshIdentities();
    void splitIdentity(qint64 identityId);
    void refreshWatchList();
    void refreshSummary();
    void cellClicked(const QModelIndex &index);
    void identityItemChanged(QTableWidgetItem *item);

    WorkspaceDocument *m_document;
    qint64 m_campId = 0;
    qint64 m_gridCamp = 0; // the camp the grid model shows
    CheckInGridModel *m_model;
    QTabWidget *m_tabs;
    QTableView *m_grid;
    QComboBox *m_columns;
    PiecesLabel *m_summary;
    QTableWidget *m_identities;
    QTableWidget *m_watch;
    MemberChoiceDelegate *m_memberChoice;
    // Each page loads when it is first seen: on a big camp the identities
    // and the watch list each read every message.
    LazyRefresh *m_summaryRefresh = nullptr;
    LazyRefresh *m_gridRefresh = nullptr;
    LazyRefresh *m_identityRefresh = nullptr;
    LazyRefresh *m_watchRefresh = nullptr;
    bool m_refreshingIdentities = false;
};

} // namespace CampDesk
