#pragma once

#include "cli/Command.h"

namespace CampDesk {

// workspace pull ADDRESS -o FILE: a consistent snapshot of a team workspace
// written to a new workspace file that opens offline.
class WorkspacePullCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    WorkspacePullCommand();

private:
    QList<QCommandLineOption> options() const override;
    Outcome<void> checkArgument(const QString &argument) override;
    Outcome<void> prepare(const QCommandLineParser &parser) override;
    Outcome<void> run(Context &context) override;

    const QCommandLineOption m_output;
};

} // namespace CampDesk
