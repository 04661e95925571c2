#pragma once

#include "cli/Command.h"

namespace CampDesk {

// workspace push FILE --to ADDRESS: a workspace file copied into an empty
// team workspace on a PostgreSQL server, in one transaction.
class WorkspacePushCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    WorkspacePushCommand();

private:
    QList<QCommandLineOption> options() const override;
    Outcome<void> prepare(const QCommandLineParser &parser) override;
    Outcome<void> run(Context &context) override;

    const QCommandLineOption m_to;
};

} // namespace CampDesk
