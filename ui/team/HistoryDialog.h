#pragma once

#include "core/team/HistoryEntry.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace CampDesk {

class HistoryModel;
class WorkspaceDocument;

// Camp → History: every change to a camp on a team workspace, newest
// first, filtered by who made it, what it changed and since when.
class HistoryDialog final : public QDialog {
    Q_OBJECT

public:
    HistoryDialog(WorkspaceDocument *document, qint64 campId, QWidget *parent = nullptr);

    HistoryModel *model() const { return m_model; }
    // Reads the history again, keeping the filters where they still apply;
    // done by itself shortly after the camp changes, here or elsewhere.
    void refresh();

    // A camp's history can hold a hundred thousand entries (a big chat
    // import): the dialog reads a page of the newest, and older ones on
    // request.
    static constexpr int pageSize = 500;

private:
    void fillFilters();
    void applyFilters();
    void showOlder();
    HistoryFilter filter() const;
    // Reads the newest page afresh.
    void readNewest();
    // Shows the entries of `entriesOf` (one page, or all from one on).
    void read(const HistoryFilter &entriesOf);
    void showStatus();

    WorkspaceDocument *m_document;
    qint64 m_campId;
    HistoryModel *m_model;
    QComboBox *m_who;
    QComboBox *m_what;
    QCheckBox *m_sinceOn;
    QDateEdit *m_since;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_older;
    QTimer *m_refreshSoon;
    qint64 m_matching = 0; // entries the filters match
};

} // namespace CampDesk
