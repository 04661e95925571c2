#pragma once

#include "cli/Command.h"

namespace CampDesk {

// stats: per-member participation of a camp and its headline figures.
class StatsCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    StatsCommand();

private:
    Outcome<void> run(Context &context) override;
};

} // namespace CampDesk
