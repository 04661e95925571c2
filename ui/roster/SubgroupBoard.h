#pragma once

#include "core/roster/Roster.h"
#include "core/roster/SubgroupRepository.h"

#include <QWidget>

class QHBoxLayout;
class QListWidget;
class QListWidgetItem;

namespace CampDesk {

class LazyRefresh;
class WorkspaceDocument;

// A column per subgroup (and one for the unassigned) with member cards; drag
// a card to another column to move the member. Every move is undoable.
class SubgroupBoard final : public QWidget {
    Q_OBJECT

public:
    explicit SubgroupBoard(WorkspaceDocument *document, QWidget *parent = nullptr);

    void setCampId(qint64 id);
    // The column list of a subgroup (0: the unassigned members).
    QListWidget *column(qint64 subgroupId) const;
    // Moves members to a subgroup as one undo step (what a drop does).
    void moveMembers(const QList<qint64> &membershipIds, qint64 subgroupId);

    void newSubgroup();
    void autoSplit();
    void renameSubgroup(qint64 id);
    void recolourSubgroup(qint64 id);
    void deleteSubgroup(qint64 id);
    void setLeader(qint64 subgroupId, qint64 membershipId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    QWidget *makeColumn(const Subgroup &subgroup, const QList<RosterEntry> &members);
    std::optional<Subgroup> subgroup(qint64 id) const;

    WorkspaceDocument *m_document;
    qint64 m_campId = 0;
    LazyRefresh *m_rebuild = nullptr; // the board fills when it is first seen
    QHBoxLayout *m_columns = nullptr;
    QWidget *m_canvas = nullptr;
    QHash<qint64, QListWidget *> m_lists;
    // Drag state: the cards pressed in a column, moved on release elsewhere.
    QListWidget *m_pressedList = nullptr;
    QList<qint64> m_dragged;
};

} // namespace CampDesk
