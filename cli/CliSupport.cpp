#include "cli/CliSupport.h"

#include "cli/CommandLine.h"
#include "core/Workspace.h"
#include "core/domain/MembershipRepository.h"
#include "core/io/OutputFile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CampDesk::Cli {

QCommandLineOption workspaceOption()
{
    return QCommandLineOption(
        QStringLiteral("workspace"),
        CommandLine::tr("Workspace file, or a team workspace's PostgreSQL address, to use (default: %1).")
            .arg(QDir::toNativeSeparators(Workspace::defaultPath())),
        CommandLine::tr("file"));
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), CommandLine::tr("Print JSON instead of text."));
}

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, CommandLine::tr("Show this help."));
}

QCommandLineOption campOption()
{
    return QCommandLineOption(QStringLiteral("camp"), CommandLine::tr("Id of the camp."), CommandLine::tr("id"));
}

QCommandLineOption createOption()
{
    return QCommandLineOption(QStringLiteral("create"),
                              CommandLine::tr("Create the workspace if the file does not exist yet."));
}

QCommandLineOption languageOption()
{
    return QCommandLineOption(QStringLiteral("lang"),
                              CommandLine::tr("Language of the document: en or zh_CN (default: the system's)."),
                              CommandLine::tr("language"));
}

Result<std::unique_ptr<Workspace>> openWorkspace(const QCommandLineParser &parser, bool creates)
{
    const QString path = workspacePath(parser);
    const bool mayCreate = creates || parser.optionNames().contains(QStringLiteral("create"));
    // A team workspace's address is no file: the server says whether it is there.
    if (!mayCreate && !ServerAddress::looksLikeServer(path) && !QFileInfo::exists(path)) {
        return fail(
            CommandLine::tr("%1 does not exist, and this command does not create workspaces. Check the path; to "
                            "start a new workspace there, create a camp in it (“%2 camps create --workspace "
                            "%1 …”) or add --create.")
                .arg(QDir::toNativeSeparators(path), programName));
    }
    return Workspace::open(path, {.create = mayCreate, .exclusive = false});
}

QString workspacePath(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("workspace")) ? parser.value(QStringLiteral("workspace"))
                                                     : Workspace::defaultPath();
}

Result<QString> workspaceFile(const QCommandLineParser &parser)
{
    const QString path = workspacePath(parser);
    if (ServerAddress::looksLikeServer(path))
        return fail(CommandLine::tr("CampDesk keeps backups of workspace files only; a team workspace is backed up "
                                    "on its server (pg_dump), or copied to a file with workspace pull."));
    return QFileInfo(path).absoluteFilePath();
}

Result<void> checkOutput(const QCommandLineParser &parser, const QString &target)
{
    return OutputFile::checkTarget(target, workspacePath(parser));
}

Result<ServerAddress> serverAddress(const QString &text)
{
    if (!ServerAddress::looksLikeServer(text))
        return fail(CommandLine::tr("“%1” is not a PostgreSQL address; write it as postgresql://user@host/database or "
                                    "as keyword=value pairs (host=… dbname=…).")
                        .arg(text));
    return ServerAddress::parse(text);
}

QString jsonText(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

QHash<qint64, QString> memberNames(Workspace &workspace, qint64 campId)
{
    QHash<qint64, QString> names;
    for (const MemberEntry &entry : workspace.memberships().listForCamp(campId).value_or(QList<MemberEntry> {}))
        names.insert(entry.membership.personId, entry.displayName);
    return names;
}

} // namespace CampDesk::Cli
