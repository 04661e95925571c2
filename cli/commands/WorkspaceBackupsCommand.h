#pragma once

#include "cli/Command.h"

namespace CampDesk {

// workspace backups: the copies CampDesk keeps of a workspace file (one a
// day it is opened, one before each upgrade), newest first and numbered as
// `workspace restore` takes them.
class WorkspaceBackupsCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    WorkspaceBackupsCommand();

private:
    Outcome<void> run(Context &context) override;
};

} // namespace CampDesk
