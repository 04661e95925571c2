#include "ui/commands/RosterCommands.h"

#include "ui/WorkspaceDocument.h"
#include "ui/commands/CommandFailure.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace CampDesk {

EditMembersCommand::EditMembersCommand(WorkspaceDocument *document, qint64 campId, const QList<RosterEntry> &before,
                                       const QList<RosterEntry> &after, const QString &text, QUndoCommand *parent)
    : EditCommand(document, std::bind_front(&WorkspaceDocument::writeRoster, document, campId), before, after, parent)
{
    setText(text);
}

ImportRosterCommand::ImportRosterCommand(WorkspaceDocument *document, qint64 campId, const RosterImportPlan &plan,
                                         bool acceptMerges, const QString &fileName)
    : m_document(document)
    , m_campId(campId)
    , m_plan(plan)
    , m_acceptMerges(acceptMerges)
{
    setText(tr("Import members from %1").arg(fileName));
}

void ImportRosterCommand::redoStep()
{
    auto summary = m_document->applyRosterImport(m_campId, m_plan, m_acceptMerges);
    if (succeeded(*this, *m_document, summary))
        m_summary = *summary;
}

void ImportRosterCommand::undoStep()
{
    succeeded(*this, *m_document, m_document->revertRosterImport(m_campId, m_summary));
}

AddMemberCommand::AddMemberCommand(WorkspaceDocument *document, qint64 campId, const RosterEntry &entry)
    : m_document(document)
    , m_campId(campId)
    , m_entry(entry)
{
    setText(tr("Add %1").arg(entry.person.displayName));
}

void AddMemberCommand::redoStep()
{
    auto added = m_document->addMember(m_campId, m_entry);
    if (succeeded(*this, *m_document, added))
        m_entry = *added;
}

void AddMemberCommand::undoStep()
{
    succeeded(*this, *m_document, m_document->removeAddedMember(m_campId, m_entry));
}

LogViolationCommand::LogViolationCommand(WorkspaceDocument *document, const Violation &violation, const QString &text,
                                         const QList<RosterEntry> &shown, const QList<RosterEntry> &removed)
    : m_document(document)
    , m_violation(violation)
    , m_shown(shown)
    , m_removed(removed)
    , m_seen(shown)
{
    setText(text);
}

void LogViolationCommand::redoStep()
{
    auto logged = m_document->logViolation(m_violation, m_removed, m_seen);
    if (!succeeded(*this, *m_document, logged))
        return;
    m_violation.id = logged->first;
    m_seen = logged->second;
}

void LogViolationCommand::undoStep()
{
    auto back = m_document->unlogViolation(m_violation, m_shown, m_seen);
    if (succeeded(*this, *m_document, back))
        m_seen = *back;
}

AddSubgroupsCommand::AddSubgroupsCommand(WorkspaceDocument *document, const QList<Subgroup> &subgroups,
                                         const QString &text)
    : m_document(document)
    , m_subgroups(subgroups)
{
    setText(text);
}

void AddSubgroupsCommand::redoStep()
{
    // As stored: the undo deletes them only while nobody changed them.
    auto stored = m_document->insertSubgroups(m_subgroups);
    if (!succeeded(*this, *m_document, stored))
        return;
    m_subgroups = *stored;
}

void AddSubgroupsCommand::undoStep()
{
    succeeded(*this, *m_document, m_document->removeSubgroups(m_subgroups));
}

AutoSplitCommand::AutoSplitCommand(WorkspaceDocument *document, qint64 campId, const QList<Subgroup> &existing,
                                   const QList<Subgroup> &missing, const QList<RosterEntry> &members,
                                   const QHash<qint64, int> &assignment, const QString &text)
    : m_document(document)
    , m_campId(campId)
    , m_existing(existing)
    , m_missing(missing)
    , m_before(members)
    , m_assignment(assignment)
    , m_seen(members)
{
    setText(text);
}

void AutoSplitCommand::redoStep()
{
    const auto place = [this](const QList<Subgroup> &made) {
        const QList<Subgroup> groups = m_existing + made;
        QList<RosterEntry> placed = m_before;
        for (RosterEntry &entry : placed) {
            const Subgroup &target = groups.at(m_assignment.value(entry.membership.id));
            entry.membership.subgroupId = target.id;
            entry.subgroup = target.name;
        }
        return placed;
    };
    auto split = m_document->applySplit(m_campId, m_missing, m_seen, place);
    if (!succeeded(*this, *m_document, split))
        return;
    m_missing = split->subgroups;
    m_seen = split->members;
}

void AutoSplitCommand::undoStep()
{
    auto back = m_document->takeSplitBack(m_campId, m_missing, m_before, m_seen);
    if (succeeded(*this, *m_document, back))
        m_seen = *back;
}

EditSubgroupCommand::EditSubgroupCommand(WorkspaceDocument *document, const Subgroup &before, const Subgroup &after,
                                         const QString &text)
    : EditCommand(document, std::bind_front(&WorkspaceDocument::writeSubgroup, document), before, after)
{
    setText(text);
}

DeleteSubgroupCommand::DeleteSubgroupCommand(WorkspaceDocument *document, const Subgroup &subgroup,
                                             const QList<RosterEntry> &members)
    : m_document(document)
    , m_subgroup(subgroup)
    , m_members(members)
{
    setText(tr("Delete subgroup “%1”").arg(subgroup.name));
}

void DeleteSubgroupCommand::redoStep()
{
    succeeded(*this, *m_document, m_document->removeSubgroups({m_subgroup}));
}

void DeleteSubgroupCommand::undoStep()
{
    auto stored = m_document->insertSubgroups({m_subgroup});
    if (!succeeded(*this, *m_document, stored))
        return;
    m_subgroup = stored->first();
    // The delete left its members in no subgroup; that is what they are
    // put back from.
    QList<RosterEntry> unassigned = m_members;
    for (RosterEntry &entry : unassigned)
        entry.membership.subgroupId = 0;
    // Members changed elsewhere meanwhile: the subgroup goes again, so the
    // undo is all or nothing (the step is gone, the reason reported).
    if (succeeded(*this, *m_document, m_document->writeRoster(m_subgroup.campId, m_members, unassigned)))
        return;
    if (auto removed = m_document->removeSubgroups({m_subgroup}); !removed)
        m_document->reportError(removed.error().message);
}

void pushLogViolation(WorkspaceDocument *document, qint64 campId, const RosterEntry &entry, const Violation &violation)
{
    Violation logged = violation;
    logged.personId = entry.person.id;
    logged.campId = campId;
    QList<RosterEntry> shown;
    QList<RosterEntry> removed;
    if (logged.action == ViolationAction::Removed && entry.membership.status != MembershipStatus::Removed) {
        shown = {entry};
        removed = shown;
        removed.first().membership.setStatus(MembershipStatus::Removed, logged.date);
    }
    document->undoStack()->push(new LogViolationCommand(
        document, logged,
        QCoreApplication::translate("RosterView", "Log a violation by %1").arg(entry.person.displayName), shown,
        removed));
}

} // namespace CampDesk
