#include "cli/commands/ExportIcsCommand.h"

#include "core/Workspace.h"
#include "core/domain/ActivityRepository.h"
#include "core/domain/MembershipRepository.h"
#include "core/io/OutputFile.h"
#include "core/plan/IcsWriter.h"

#include <QTextStream>

namespace CampDesk {

ExportIcsCommand::ExportIcsCommand()
    : Command({.name = QStringLiteral("export-ics"),
               .description = tr("Export a camp's plan as an iCalendar (.ics) file for phones and calendars.")})
    , m_output({QStringLiteral("o"), QStringLiteral("output")}, tr("File to write."), tr("file"))
{
}

QList<QCommandLineOption> ExportIcsCommand::options() const
{
    return {m_output};
}

Outcome<void> ExportIcsCommand::prepare(const QCommandLineParser &parser)
{
    return requireOutput(parser, m_output);
}

Outcome<void> ExportIcsCommand::run(Context &context)
{
    Workspace &workspace = *context.workspace;
    auto list = workspace.activities().listForCamp(context.campId);
    if (!list)
        return failed(list.error());
    auto members = workspace.memberships().listForCamp(context.campId);
    if (!members)
        return failed(members.error());
    auto workspaceId = workspace.workspaceId();
    if (!workspaceId)
        return failed(workspaceId.error());
    IcsWriter::Input input {context.camp, *list, {}, *workspaceId, QDateTime::currentDateTimeUtc()};
    for (const MemberEntry &entry : *members)
        input.ownerNames.insert(entry.membership.id, entry.displayName);

    const QString output = context.parser.value(m_output);
    const auto calendar = IcsWriter::write(input);
    if (!calendar)
        return failed(calendar.error());
    if (auto written = OutputFile::write(output, *calendar, workspace.path()); !written)
        return failed(written.error());
    context.out << tr("Wrote %1 events to %2").arg(list->size()).arg(output) << Qt::endl;
    return {};
}

} // namespace CampDesk
