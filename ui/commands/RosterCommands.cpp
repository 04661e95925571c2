#include "commands/RosterCommands.h"

#include "WorkspaceDocument.h"
#include "commands/CommandFailure.h"

namespace CampDesk {

EditMembersCommand::EditMembersCommand(WorkspaceDocument *document, qint64 campId, const QList<RosterEntry> &before,
                                       const QList<RosterEntry> &after, const QString &text)
    : m_document(document)
    , m_campId(campId)
    , m_before(before)
    , m_after(after)
{
    setText(text);
}

void EditMembersCommand::redo()
{
    succeeded(*this, *m_document, m_document->writeRoster(m_campId, m_after));
}

void EditMembersCommand::undo()
{
    succeeded(*this, *m_document, m_document->writeRoster(m_campId, m_before));
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

void ImportRosterCommand::redo()
{
    auto summary = m_document->applyRosterImport(m_campId, m_plan, m_acceptMerges);
    if (succeeded(*this, *m_document, summary))
        m_summary = *summary;
}

void ImportRosterCommand::undo()
{
    succeeded(*this, *m_document, m_document->revertRosterImport(m_campId, m_summary));
}

} // namespace CampDesk
