#include "cli/commands/WorkspacePullCommand.h"

#include "cli/CliSupport.h"
#include "core/Workspace.h"
#include "core/WorkspaceTransfer.h"
#include "core/storage/ServerAddress.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace CampDesk {

WorkspacePullCommand::WorkspacePullCommand()
    : Command({.name = QStringLiteral("workspace pull"),
               .description = tr("Write a team workspace on a PostgreSQL server to a new workspace file."),
               .workspace = WorkspaceUse::None,
               .camp = CampUse::None,
               .argument = QStringLiteral("address"),
               .argumentHelp = tr("The server's address, e.g. postgresql://user@host/database.")})
    , m_output({QStringLiteral("o"), QStringLiteral("output")}, tr("The workspace file to write (a new file)."),
               tr("file"))
{
}

QList<QCommandLineOption> WorkspacePullCommand::options() const
{
    return {m_output};
}

Outcome<void> WorkspacePullCommand::checkArgument(const QString &argument)
{
    if (auto address = Cli::serverAddress(argument); !address)
        return usage(address.error().message);
    return {};
}

Outcome<void> WorkspacePullCommand::prepare(const QCommandLineParser &parser)
{
    if (!parser.isSet(m_output))
        return usage(tr("Missing -o FILE."));
    // A copy never replaces a file: an older workspace there may be the only one.
    const QString output = parser.value(m_output);
    if (QFileInfo::exists(output))
        return failed(tr("%1 already exists; name a new file.").arg(QDir::toNativeSeparators(output)));
    return {};
}

Outcome<void> WorkspacePullCommand::run(Context &context)
{
    auto server = Workspace::open(context.argument, {.create = false});
    if (!server)
        return failed(server.error());
    noteUpgrade(context.err, **server);
    const QString output = QFileInfo(context.parser.value(m_output)).absoluteFilePath();
    auto copied = WorkspaceTransfer::pull(**server, output);
    if (!copied)
        return failed(copied.error());
    context.out << tr("Copied %n row(s) from %1 to %2.", nullptr, int(*copied))
                       .arg(ServerAddress::displayTextOf(context.argument), QDir::toNativeSeparators(output))
                << Qt::endl;
    return {};
}

} // namespace CampDesk
