#pragma once

#include "cli/Command.h"

namespace CampDesk {

// templates: the plan templates, built in and saved in the workspace.
class TemplatesCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    TemplatesCommand();

private:
    Outcome<void> run(Context &context) override;
};

} // namespace CampDesk
