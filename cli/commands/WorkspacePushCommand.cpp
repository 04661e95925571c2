#include "cli/commands/WorkspacePushCommand.h"

#include "cli/CliSupport.h"
#include "core/Workspace.h"
#include "core/WorkspaceTransfer.h"
#include "core/storage/ServerAddress.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace CampDesk {

WorkspacePushCommand::WorkspacePushCommand()
    : Command({.name = QStringLiteral("workspace push"),
               .description = tr("Copy a workspace file into an empty team workspace on a PostgreSQL server."),
               .workspace = WorkspaceUse::None,
               .camp = CampUse::None,
               .argument = QStringLiteral("file"),
               .argumentHelp = tr("The workspace file to copy.")})
    , m_to(QStringLiteral("to"), tr("The server's address, e.g. postgresql://user@host/database."), tr("address"))
{
}

QList<QCommandLineOption> WorkspacePushCommand::options() const
{
    return {m_to};
}

Outcome<void> WorkspacePushCommand::prepare(const QCommandLineParser &parser)
{
    if (!parser.isSet(m_to))
        return usage(tr("Missing --to ADDRESS: the team workspace to copy into."));
    if (auto address = Cli::serverAddress(parser.value(m_to)); !address)
        return usage(address.error().message);
    return {};
}

Outcome<void> WorkspacePushCommand::run(Context &context)
{
    const QString file = context.argument;
    if (ServerAddress::looksLikeServer(file) || !QFileInfo(file).isFile())
        return failed(tr("%1 is not a workspace file.").arg(QDir::toNativeSeparators(file)));
    auto source = Workspace::open(file, {.create = false});
    if (!source)
        return failed(source.error());
    noteUpgrade(context.err, **source);
    const QString target = context.parser.value(m_to);
    auto server = Workspace::open(target, {.create = true, .onlyEmpty = true});
    if (!server)
        return failed(server.error());
    noteUpgrade(context.err, **server);
    auto copied = WorkspaceTransfer::copy(**source, **server);
    if (!copied)
        return failed(copied.error());
    context.out << tr("Copied %n row(s) from %1 to %2.", nullptr, int(*copied))
                       .arg(QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath()),
                            ServerAddress::displayTextOf(target))
                << Qt::endl;
    return {};
}

} // namespace CampDesk
