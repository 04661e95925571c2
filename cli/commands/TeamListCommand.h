#pragma once

#include "cli/Command.h"

namespace CampDesk {

// team list: a team workspace's operators, their roles, camps and staff person.
class TeamListCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    TeamListCommand();

private:
    Outcome<void> run(Context &context) override;
};

} // namespace CampDesk
