#pragma once

#include "cli/Command.h"

namespace CampDesk {

// camps show ID: one camp, its dates and its members.
class CampsShowCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CampsShowCommand();

private:
    // The camp is the argument, not --camp.
    Outcome<qint64> campId(const QCommandLineParser &parser) const override;
    QString wrongArgumentCount() const override;
    Outcome<void> run(Context &context) override;
};

} // namespace CampDesk
