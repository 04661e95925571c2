#pragma once

#include "roster/Roster.h"
#include "roster/RosterImport.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace CampDesk {

class WorkspaceDocument;

// Changes members (one, or many in a bulk edit) as one undo step.
class EditMembersCommand final : public QUndoCommand
{
public:
    EditMembersCommand(WorkspaceDocument *document, qint64 campId, const QList<RosterEntry> &before,
                       const QList<RosterEntry> &after, const QString &text);

    void undo() override;
    void redo() override;

private:
    WorkspaceDocument *m_document;
    qint64 m_campId;
    QList<RosterEntry> m_before;
    QList<RosterEntry> m_after;
};

// Imports a roster; undo removes the members, people and subgroups it created.
class ImportRosterCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportRosterCommand)

public:
    ImportRosterCommand(WorkspaceDocument *document, qint64 campId, const RosterImportPlan &plan, bool acceptMerges,
                        const QString &fileName);

    void undo() override;
    void redo() override;
    const RosterImportSummary &summary() const { return m_summary; }

private:
    WorkspaceDocument *m_document;
    qint64 m_campId;
    RosterImportPlan m_plan;
    bool m_acceptMerges;
    RosterImportSummary m_summary;
};

} // namespace CampDesk
