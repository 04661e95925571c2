#pragma once

#include "cli/Command.h"

namespace CampDesk {

// export-ics: a camp's plan as an iCalendar file.
class ExportIcsCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    ExportIcsCommand();

private:
    QList<QCommandLineOption> options() const override;
    Outcome<void> prepare(const QCommandLineParser &parser) override;
    Outcome<void> run(Context &context) override;

    const QCommandLineOption m_output;
};

} // namespace CampDesk
