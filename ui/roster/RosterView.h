#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace CampDesk {

class RosterFilterModel;
class RosterModel;
class LazyRefresh;
class MemberDialog;
class WorkspaceDocument;
struct RosterEntry;
struct Violation;

// A camp's roster: quick search (names, ids, tags; pinyin initials), filters,
// chosen columns, bulk edits as one undo step, the selected member's details
// with the nickname standard, and import/export.
class RosterView final : public QWidget {
    Q_OBJECT

public:
    explicit RosterView(WorkspaceDocument *document, QWidget *parent = nullptr);

    void setCampId(qint64 id);
    QTableView *table() const { return m_table; }
    RosterModel *model() const { return m_model; }
    RosterFilterModel *filter() const { return m_filter; }

    void importFile();
    // `bytes`: the file's, when the text was read from one, so that the
    // dialog can read it again in another encoding.
    void importText(const QString &sourceName, const QString &text, const QString &encoding,
                    const QByteArray &bytes = {});
    void pasteMembers();
    void exportCsv();
    // Bulk edits of the selected members.
    void setSelectedRole(int role);
    void setSelectedStatus(int status);
    void setSelectedSubgroup(qint64 subgroupId, const QString &name);
    void addTagToSelected(const QString &tag);
    // Logs a violation for the selected member (removal also marks them removed).
    void logViolation();
    void addMember();
    void editMember(const QModelIndex &index);
    void logViolationFor(const RosterEntry &entry, const Violation &violation);

private:
    void buildLayout();
    void refreshFilters();
    void showDetails();
    QList<RosterEntry> selectedEntries() const;
    QDate campToday() const;
    // The member dialog with the camp's subgroups; null (the reason
    // reported) when they cannot be read.
    MemberDialog *memberDialog(const RosterEntry &entry);
    void pushEdit(const QList<RosterEntry> &before, const QList<RosterEntry> &after, const QString &text);

    WorkspaceDocument *m_document;
    qint64 m_campId = 0;
    LazyRefresh *m_load = nullptr; // the roster loads when it is first seen
    RosterModel *m_model;
    RosterFilterModel *m_filter;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_roleFilter = nullptr;
    QComboBox *m_subgroupFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_tagFilter = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_count = nullptr;
    QList<qint64> m_keptSelection; // membership ids, across a reload
};

} // namespace CampDesk
