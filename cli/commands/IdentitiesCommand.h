#pragma once

#include "cli/Command.h"

namespace CampDesk {

// identities: the chat senders of a camp and the member each one is; --map
// and --staff change that.
class IdentitiesCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    IdentitiesCommand();

private:
    QList<QCommandLineOption> options() const override;
    Outcome<void> run(Context &context) override;

    const QCommandLineOption m_map;
    const QCommandLineOption m_staff;
};

} // namespace CampDesk
