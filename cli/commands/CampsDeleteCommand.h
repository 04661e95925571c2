#pragma once

#include "cli/Command.h"

namespace CampDesk {

// camps delete ID: a camp and everything of it (its plan, roster,
// check-ins and imports); its people stay in the workspace.
class CampsDeleteCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CampsDeleteCommand();

private:
    Outcome<void> checkArgument(const QString &argument) override;
    Outcome<qint64> campId(const QCommandLineParser &parser) const override;
    Outcome<void> run(Context &context) override;

    qint64 m_campId = 0;
};

} // namespace CampDesk
