#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
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

private:
    void fillFilters();
    void applyFilters();

    WorkspaceDocument *m_document;
    qint64 m_campId;
    HistoryModel *m_model;
    QComboBox *m_who;
    QComboBox *m_what;
    QCheckBox *m_sinceOn;
    QDateEdit *m_since;
    QTableView *m_table;
    QLabel *m_status;
    QTimer *m_refreshSoon;
};

} // namespace CampDesk
