#include "commands/CampCommands.h"

#include "WorkspaceDocument.h"

namespace CampDesk {

// A command whose storage write fails marks itself obsolete, so the stack
// drops it instead of keeping a step that never happened.

AddCampCommand::AddCampCommand(WorkspaceDocument *document, const Camp &camp)
    : m_document(document)
    , m_camp(camp)
{
    setText(tr("Create camp “%1”").arg(camp.name));
}

void AddCampCommand::redo()
{
    auto id = m_document->insertCamp(m_camp);
    if (!id) {
        setObsolete(true);
        m_document->reportError(id.error().message);
        return;
    }
    m_camp.id = *id;
}

void AddCampCommand::undo()
{
    if (auto removed = m_document->removeCamp(m_camp.id); !removed) {
        setObsolete(true);
        m_document->reportError(removed.error().message);
    }
}

EditCampCommand::EditCampCommand(WorkspaceDocument *document, const Camp &before, const Camp &after,
                                 const QString &fieldName)
    : m_document(document)
    , m_before(before)
    , m_after(after)
{
    setText(tr("Change %1 of “%2”").arg(fieldName, after.name));
}

void EditCampCommand::apply(const Camp &camp)
{
    if (auto written = m_document->writeCamp(camp); !written) {
        setObsolete(true);
        m_document->reportError(written.error().message);
    }
}

void EditCampCommand::redo()
{
    apply(m_after);
}

void EditCampCommand::undo()
{
    apply(m_before);
}

DeleteCampCommand::DeleteCampCommand(WorkspaceDocument *document, const Camp &camp)
    : m_document(document)
    , m_campId(camp.id)
{
    setText(tr("Delete camp “%1”").arg(camp.name));
}

void DeleteCampCommand::redo()
{
    auto snapshot = m_document->removeCamp(m_campId);
    if (!snapshot) {
        setObsolete(true);
        m_document->reportError(snapshot.error().message);
        return;
    }
    m_snapshot = *snapshot;
}

void DeleteCampCommand::undo()
{
    if (auto restored = m_document->restoreCamp(m_snapshot); !restored) {
        setObsolete(true);
        m_document->reportError(restored.error().message);
    }
}

} // namespace CampDesk
