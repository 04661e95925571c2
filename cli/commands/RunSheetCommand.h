#pragma once

#include "cli/Command.h"

#include <QDate>

namespace CampDesk {

// run-sheet: a day's run sheet as PDF, for assistants.
class RunSheetCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    RunSheetCommand();

private:
    QList<QCommandLineOption> options() const override;
    Outcome<void> prepare(const QCommandLineParser &parser) override;
    Outcome<void> run(Context &context) override;

    const QCommandLineOption m_date;
    const QCommandLineOption m_output;
    QDate m_day;
};

} // namespace CampDesk
