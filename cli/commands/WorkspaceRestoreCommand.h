#pragma once

#include "cli/Command.h"

namespace CampDesk {

// workspace restore BACKUP: puts one of a workspace file's backups (its
// number in `workspace backups`, or its path) in place of the file, which
// is kept aside; refused while a window has the file open.
class WorkspaceRestoreCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    WorkspaceRestoreCommand();

private:
    Outcome<void> run(Context &context) override;
};

} // namespace CampDesk
