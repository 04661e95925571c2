#pragma once

#include "core/speech/CampVariableRepository.h"
#include "core/speech/SpeechRepository.h"
#include "core/speech/SpeechTemplate.h"
#include "ui/commands/DocumentCommand.h"
#include "ui/commands/EditCommand.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>

namespace CampDesk {

class WorkspaceDocument;

// Adds lines to the library (a new one, an import); undo removes them and
// redo puts them back under the same ids.
class AddSpeechesCommand final : public DocumentCommand {
public:
    AddSpeechesCommand(WorkspaceDocument *document, const QList<SpeechTemplate> &speeches, const QString &text);

    void undoStep() override;
    void redoStep() override;

private:
    WorkspaceDocument *m_document;
    QList<SpeechTemplate> m_speeches;
    SpeechDependants m_dependants; // what the undo took with them (copies made since)
};

class EditSpeechCommand final : public EditCommand<SpeechTemplate> {
    Q_DECLARE_TR_FUNCTIONS(EditSpeechCommand)

public:
    EditSpeechCommand(WorkspaceDocument *document, const SpeechTemplate &before, const SpeechTemplate &after);
};

class DeleteSpeechesCommand final : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(DeleteSpeechesCommand)

public:
    DeleteSpeechesCommand(WorkspaceDocument *document, const QList<SpeechTemplate> &speeches);

    void undoStep() override;
    void redoStep() override;

private:
    WorkspaceDocument *m_document;
    QList<SpeechTemplate> m_speeches;
    SpeechDependants m_dependants; // what the delete took with them
};

// Sets a camp's value for a placeholder (one step; undo restores the value
// it had, or none).
class SetCampVariableCommand final : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(SetCampVariableCommand)

public:
    SetCampVariableCommand(WorkspaceDocument *document, qint64 campId, const CampVariable &after);

    void undoStep() override;
    void redoStep() override;

private:
    WorkspaceDocument *m_document;
    qint64 m_campId;
    // Read when the command first runs, just before it is overwritten.
    std::optional<CampVariable> m_before;
    CampVariable m_after;
};

// Replaces all of a camp's variables (one OK of the Camp Variables dialog)
// as one step; undo puts back the set the camp had. `before` is the set the
// dialog showed: a set another operator changed since is not replaced.
class ReplaceCampVariablesCommand final : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(ReplaceCampVariablesCommand)

public:
    ReplaceCampVariablesCommand(WorkspaceDocument *document, qint64 campId, const QList<CampVariable> &before,
                                const QList<CampVariable> &after);

    void undoStep() override;
    void redoStep() override;

private:
    WorkspaceDocument *m_document;
    qint64 m_campId;
    QList<CampVariable> m_before;
    QList<CampVariable> m_after;
};

} // namespace CampDesk
