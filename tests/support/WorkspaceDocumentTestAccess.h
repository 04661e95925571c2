#pragma once

#include "ui/WorkspaceDocument.h"

namespace CampDesk {

class Workspace;

// The UI reaches the data only through WorkspaceDocument; a test may look
// behind it, to check what was written or to set up what no screen offers.
class WorkspaceDocumentTestAccess final {
public:
    static Workspace &workspace(WorkspaceDocument &document) { return document.workspace(); }
};

} // namespace CampDesk
