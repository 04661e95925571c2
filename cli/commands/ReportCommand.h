#pragma once

#include "cli/Command.h"
#include "core/review/ReviewSeries.h"

namespace CampDesk {

// report: a camp's review, every participation series as JSON or the review
// report as PDF.
class ReportCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    ReportCommand();

private:
    QList<QCommandLineOption> options() const override;
    Outcome<void> prepare(const QCommandLineParser &parser) override;
    Outcome<void> run(Context &context) override;

    const QCommandLineOption m_pdf;
    const QCommandLineOption m_from;
    const QCommandLineOption m_to;
    const QCommandLineOption m_subgroup;
    const QCommandLineOption m_staff;
    const QCommandLineOption m_asOf;
    ReviewFilter m_filter;
    ReviewOptions m_options;
};

} // namespace CampDesk
