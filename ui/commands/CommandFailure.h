#pragma once

#include "Error.h"
#include "WorkspaceDocument.h"

#include <QUndoCommand>

namespace CampDesk {

// A command whose storage write failed marks itself obsolete, so the undo
// stack drops it instead of keeping a step that never happened, and the
// document reports the reason. Returns true when `result` succeeded.
template<typename T>
bool succeeded(QUndoCommand &command, WorkspaceDocument &document, const Result<T> &result)
{
    if (result)
        return true;
    command.setObsolete(true);
    document.reportError(result.error().message);
    return false;
}

} // namespace CampDesk
