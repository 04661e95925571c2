#pragma once

#include "cli/Command.h"

namespace CampDesk {

// team remove LOGIN: takes an operator's every right to the workspace.
class TeamRemoveCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    TeamRemoveCommand();

private:
    Outcome<void> run(Context &context) override;
};

} // namespace CampDesk
