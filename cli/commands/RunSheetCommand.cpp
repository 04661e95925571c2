#include "cli/commands/RunSheetCommand.h"

#include "cli/CliSupport.h"
#include "ui/plan/RunSheetPrinter.h"

#include <QTextStream>

namespace CampDesk {

RunSheetCommand::RunSheetCommand()
    : Command({.name = QStringLiteral("run-sheet"),
               .description = tr("Write a day's run sheet as PDF: the day's activities with times, owners, notes "
                                 "and checklists, for assistants.")})
    , m_date(QStringLiteral("date"), tr("The day (YYYY-MM-DD)."), tr("YYYY-MM-DD"))
    , m_output({QStringLiteral("o"), QStringLiteral("output")}, tr("PDF file to write."), tr("file"))
{
}

QList<QCommandLineOption> RunSheetCommand::options() const
{
    return {m_date, m_output, Cli::languageOption()};
}

Outcome<void> RunSheetCommand::prepare(const QCommandLineParser &parser)
{
    if (!parser.isSet(m_date))
        return usage(tr("Missing --date YYYY-MM-DD."));
    m_day = QDate::fromString(parser.value(m_date), Qt::ISODate);
    if (!m_day.isValid())
        return usage(tr("--date: “%1” is not a date (YYYY-MM-DD).").arg(parser.value(m_date)));
    if (auto output = requireOutput(parser, m_output); !output)
        return output;
    return applyLanguage(parser);
}

Outcome<void> RunSheetCommand::run(Context &context)
{
    const QString output = context.parser.value(m_output);
    if (auto written = RunSheetPrinter::write(*context.workspace, context.campId, m_day, output); !written)
        return failed(written.error());
    context.out << tr("Wrote %1").arg(output) << Qt::endl;
    return {};
}

} // namespace CampDesk
