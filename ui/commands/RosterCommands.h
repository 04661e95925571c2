#pragma once

#include "core/roster/Roster.h"
#include "core/roster/RosterImport.h"
#include "core/roster/SubgroupRepository.h"
#include "core/roster/ViolationRepository.h"
#include "ui/commands/DocumentCommand.h"
#include "ui/commands/EditCommand.h"

#include <QCoreApplication>
#include <QHash>
#include <QUndoCommand>

#include <functional>

namespace CampDesk {

class WorkspaceDocument;

// Changes members (one, or many in a bulk edit) as one undo step.
class EditMembersCommand final : public EditCommand<QList<RosterEntry>> {
public:
    EditMembersCommand(WorkspaceDocument *document, qint64 campId, const QList<RosterEntry> &before,
                       const QList<RosterEntry> &after, const QString &text, QUndoCommand *parent = nullptr);
};

// Imports a roster; undo removes the members, people and subgroups it created.
class ImportRosterCommand final : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(ImportRosterCommand)

public:
    ImportRosterCommand(WorkspaceDocument *document, qint64 campId, const RosterImportPlan &plan, bool acceptMerges,
                        const QString &fileName);

    void undoStep() override;
    void redoStep() override;
    const RosterImportSummary &summary() const { return m_summary; }

private:
    WorkspaceDocument *m_document;
    qint64 m_campId;
    RosterImportPlan m_plan;
    bool m_acceptMerges;
    RosterImportSummary m_summary;
};

// Adds a member by hand; undo takes the person and the membership back.
class AddMemberCommand final : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(AddMemberCommand)

public:
    AddMemberCommand(WorkspaceDocument *document, qint64 campId, const RosterEntry &entry);

    void undoStep() override;
    void redoStep() override;

private:
    WorkspaceDocument *m_document;
    qint64 m_campId;
    RosterEntry m_entry;
};

// Logs a violation in a member's ledger.
// Logs a violation, and when it is a removal, marks the member removed in
// the same transaction: never a removal in the ledger for a member still
// in the camp. Its undo takes both back in one, or neither.
class LogViolationCommand final : public DocumentCommand {
public:
    // `removed`: the member as removed, when the violation removes them;
    // `shown`, the member as the operator saw them.
    LogViolationCommand(WorkspaceDocument *document, const Violation &violation, const QString &text,
                        const QList<RosterEntry> &shown = {}, const QList<RosterEntry> &removed = {});

    void undoStep() override;
    void redoStep() override;

private:
    WorkspaceDocument *m_document;
    Violation m_violation;
    QList<RosterEntry> m_shown;
    QList<RosterEntry> m_removed;
    QList<RosterEntry> m_seen; // the member as stored after the last write
};

// Creates subgroups; undo removes them (their members become unassigned).
class AddSubgroupsCommand final : public DocumentCommand {
public:
    AddSubgroupsCommand(WorkspaceDocument *document, const QList<Subgroup> &subgroups, const QString &text);

    void undoStep() override;
    void redoStep() override;

private:
    WorkspaceDocument *m_document;
    QList<Subgroup> m_subgroups;
};

// Auto-split as one step: the subgroups it needs made and the members put
// in them, in one transaction; its undo takes both back in one, or neither
// (refused, stale, when another operator changed the members or the groups).
class AutoSplitCommand final : public DocumentCommand {
public:
    // `assignment`: each member's group, by membership id, as an index into
    // `existing` followed by `missing` (the groups to make).
    AutoSplitCommand(WorkspaceDocument *document, qint64 campId, const QList<Subgroup> &existing,
                     const QList<Subgroup> &missing, const QList<RosterEntry> &members,
                     const QHash<qint64, int> &assignment, const QString &text);

    void undoStep() override;
    void redoStep() override;

private:
    WorkspaceDocument *m_document;
    qint64 m_campId;
    QList<Subgroup> m_existing;
    QList<Subgroup> m_missing; // as stored, once made
    QList<RosterEntry> m_before;
    QHash<qint64, int> m_assignment;
    QList<RosterEntry> m_seen; // the members as stored after the last write
};

class EditSubgroupCommand final : public EditCommand<Subgroup> {
public:
    EditSubgroupCommand(WorkspaceDocument *document, const Subgroup &before, const Subgroup &after,
                        const QString &text);
};

// Deletes a subgroup; undo restores it and puts its members back in it.
class DeleteSubgroupCommand final : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(DeleteSubgroupCommand)

public:
    DeleteSubgroupCommand(WorkspaceDocument *document, const Subgroup &subgroup, const QList<RosterEntry> &members);

    void undoStep() override;
    void redoStep() override;

private:
    WorkspaceDocument *m_document;
    Subgroup m_subgroup;
    QList<RosterEntry> m_members;
};

// Logs a violation as one undo step; a removal also marks the member
// removed from the camp on the violation's date.
void pushLogViolation(WorkspaceDocument *document, qint64 campId, const RosterEntry &entry, const Violation &violation);

} // namespace CampDesk
