#pragma once

#include "cli/Command.h"

namespace CampDesk {

// camps list: the camps of a workspace, newest first.
class CampsListCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CampsListCommand();

private:
    Outcome<void> run(Context &context) override;
};

} // namespace CampDesk
