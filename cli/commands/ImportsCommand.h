#pragma once

#include "cli/Command.h"

namespace CampDesk {

// imports: a camp's chat imports; --remove takes one back out, as Undo does
// in the window right after it.
class ImportsCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    ImportsCommand();

private:
    QList<QCommandLineOption> options() const override;
    Outcome<void> run(Context &context) override;

    const QCommandLineOption m_remove;
};

} // namespace CampDesk
