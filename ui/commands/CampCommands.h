#pragma once

#include "core/domain/Camp.h"
#include "core/domain/CampSnapshot.h"
#include "ui/commands/DocumentCommand.h"
#include "ui/commands/EditCommand.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace CampDesk {

class WorkspaceDocument;

// Creates a camp. Undo deletes it; redo puts it back under the same id so
// later commands that refer to it stay valid.
class AddCampCommand final : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(AddCampCommand)

public:
    AddCampCommand(WorkspaceDocument *document, const Camp &camp);

    void undoStep() override;
    void redoStep() override;

    qint64 campId() const { return m_camp.id; }

private:
    WorkspaceDocument *m_document;
    Camp m_camp;
    CampSnapshot m_asCreated; // what undo may take away (removeCreatedCamp)
};

// Changes any fields of a camp: stores the whole camp before and after.
class EditCampCommand final : public EditCommand<Camp> {
    Q_DECLARE_TR_FUNCTIONS(EditCampCommand)

public:
    EditCampCommand(WorkspaceDocument *document, const Camp &before, const Camp &after, const QString &fieldName);
};

// Deletes a camp with all its data; undo restores every row as it was.
class DeleteCampCommand final : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(DeleteCampCommand)

public:
    DeleteCampCommand(WorkspaceDocument *document, const Camp &camp);

    void undoStep() override;
    void redoStep() override;

private:
    WorkspaceDocument *m_document;
    qint64 m_campId;
    CampSnapshot m_snapshot;
};

} // namespace CampDesk
