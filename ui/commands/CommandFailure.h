#pragma once

#include "core/Error.h"
#include "ui/WorkspaceDocument.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace CampDesk {

// A command whose storage write failed marks itself obsolete, so the undo
// stack drops it instead of keeping a step that never happened, and the
// document reports the reason. Returns true when `result` succeeded.
// (A write that meets a busy workspace asks Retry / Cancel before it fails:
// MainWindow::retryWhenBusy.)
template<typename T> bool succeeded(QUndoCommand &command, WorkspaceDocument &document, const Result<T> &result)
{
    if (result)
        return true;
    command.setObsolete(true);
    // A busy workspace has already asked the user, who chose to leave the
    // change out: no second message about it.
    if (!result.error().busy)
        document.reportError(result.error().message);
    return false;
}

// Pushes `command` on the document's undo stack and says whether it took
// effect: one that failed is obsolete and the stack deletes it, the reason
// already reported. (Outside a macro only: a macro's steps move no index.)
inline bool pushSucceeded(WorkspaceDocument &document, QUndoCommand *command)
{
    QUndoStack *stack = document.undoStack();
    const int before = stack->index();
    stack->push(command);
    return stack->index() != before;
}

} // namespace CampDesk
