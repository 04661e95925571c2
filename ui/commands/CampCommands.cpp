#include "ui/commands/CampCommands.h"

#include "ui/WorkspaceDocument.h"
#include "ui/commands/CommandFailure.h"

namespace CampDesk {

AddCampCommand::AddCampCommand(WorkspaceDocument *document, const Camp &camp)
    : m_document(document)
    , m_camp(camp)
{
    setText(tr("Create camp “%1”").arg(camp.name));
}

void AddCampCommand::redoStep()
{
    auto id = m_document->insertCamp(m_camp);
    if (!succeeded(*this, *m_document, id))
        return;
    m_camp.id = *id;
    // Unread, undo finds the camp "changed" and leaves it: never more taken.
    m_asCreated = m_document->campSnapshot(*id).value_or(CampSnapshot {*id, {}});
}

void AddCampCommand::undoStep()
{
    succeeded(*this, *m_document, m_document->removeCreatedCamp(m_asCreated));
}

EditCampCommand::EditCampCommand(WorkspaceDocument *document, const Camp &before, const Camp &after,
                                 const QString &fieldName)
    : EditCommand(document, std::bind_front(&WorkspaceDocument::writeCamp, document), before, after)
{
    setText(tr("Change %1 of “%2”").arg(fieldName, after.name));
}

DeleteCampCommand::DeleteCampCommand(WorkspaceDocument *document, const Camp &camp)
    : m_document(document)
    , m_campId(camp.id)
{
    setText(tr("Delete camp “%1”").arg(camp.name));
}

void DeleteCampCommand::redoStep()
{
    auto snapshot = m_document->removeCamp(m_campId);
    if (!succeeded(*this, *m_document, snapshot))
        return;
    m_snapshot = *snapshot;
}

void DeleteCampCommand::undoStep()
{
    succeeded(*this, *m_document, m_document->restoreCamp(m_snapshot));
}

} // namespace CampDesk
