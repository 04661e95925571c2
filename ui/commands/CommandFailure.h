#pragma once

#include "core/Error.h"
#include "ui/WorkspaceDocument.h"
#include "ui/commands/DocumentCommand.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace CampDesk {

// Whether a command's write succeeded; when not, the document reports why
// and the command settles what becomes of its step (DocumentCommand).
// (A write that meets a busy workspace asks Retry / Cancel before it fails:
// MainWindow::retryWhenBusy.)
template<typename T> bool succeeded(DocumentCommand &command, WorkspaceDocument &document, const Result<T> &result)
{
    if (result)
        return true;
    command.failed(result.error(), document.undoStack(), document.mayPass(result.error()));
    // A busy workspace has already asked the user, who chose to leave the
    // change out: no second message about it.
    if (!result.error().busy)
        document.reportError(result.error().message);
    return false;
}

// Pushes `command` on the document's undo stack and says whether it took
// effect: one that failed never happened and the stack deletes it, the
// reason already reported. (Outside a macro only: a macro's steps move no index.)
inline bool pushSucceeded(WorkspaceDocument &document, QUndoCommand *command)
{
    QUndoStack *stack = document.undoStack();
    const int before = stack->index();
    stack->push(command);
    return stack->index() != before;
}

} // namespace CampDesk
