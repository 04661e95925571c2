#pragma once

#include "cli/Command.h"

namespace CampDesk {

// roster export: a camp's members as CSV that roster import reads back.
class RosterExportCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    RosterExportCommand();

private:
    QList<QCommandLineOption> options() const override;
    Outcome<void> prepare(const QCommandLineParser &parser) override;
    Outcome<void> run(Context &context) override;

    const QCommandLineOption m_output;
    const QCommandLineOption m_withPhone;
};

} // namespace CampDesk
