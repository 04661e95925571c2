#pragma once

#include "cli/Command.h"

namespace CampDesk {

// activities: a camp's activities in time order.
class ActivitiesCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    ActivitiesCommand();

private:
    Outcome<void> run(Context &context) override;
};

} // namespace CampDesk
