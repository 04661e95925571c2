#pragma once

#include "Error.h"
#include "WorkspaceDocument.h"

#include <QUndoCommand>

namespace CampDesk {

// A command whose storage write failed marks itself obsolete, so the undo
// stack drops it instead of keeping a step that never happened, and the
// document reports the reason. Returns true when `result` succeeded.
// (A write that meets a busy workspace asks Retry / Cancel before it fails:
// MainWindow::retryWhenBusy.)
template<typename T>
bool succeeded(QUndoCommand &command, WorkspaceDocument &document, const Result<T> &result)
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

} // namespace CampDesk
