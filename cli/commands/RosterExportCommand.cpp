#include "cli/commands/RosterExportCommand.h"

#include "core/Workspace.h"
#include "core/io/OutputFile.h"
#include "core/roster/Roster.h"

#include <QTextStream>

namespace CampDesk {

RosterExportCommand::RosterExportCommand()
    : Command({.name = QStringLiteral("roster export"),
               .description = tr("Export a camp's members as CSV (UTF-8 with BOM) that the import reads back.")})
    , m_output({QStringLiteral("o"), QStringLiteral("output")}, tr("File to write."), tr("file"))
    , m_withPhone(QStringLiteral("with-phone"), tr("Include phone numbers (personal data)."))
{
}

QList<QCommandLineOption> RosterExportCommand::options() const
{
    return {m_output, m_withPhone};
}

Outcome<void> RosterExportCommand::prepare(const QCommandLineParser &parser)
{
    return requireOutput(parser, m_output);
}

Outcome<void> RosterExportCommand::run(Context &context)
{
    auto entries = Roster::load(*context.workspace, context.campId);
    if (!entries)
        return failed(entries.error());
    const QString output = context.parser.value(m_output);
    if (auto written = OutputFile::write(output, Roster::toCsv(*entries, context.parser.isSet(m_withPhone)),
                                         context.workspace->path());
        !written)
        return failed(written.error());
    context.out << tr("Wrote %n member(s) to %1", nullptr, int(entries->size())).arg(output) << Qt::endl;
    return {};
}

} // namespace CampDesk
