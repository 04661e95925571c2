#pragma once

#include "cli/Command.h"

namespace CampDesk {

// roster list: a camp's members, staff first.
class RosterListCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    RosterListCommand();

private:
    QList<QCommandLineOption> options() const override;
    Outcome<void> run(Context &context) override;

    const QCommandLineOption m_withPhone;
};

} // namespace CampDesk
