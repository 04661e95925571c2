#include "cli/CliSupport.h"

#include "Workspace.h"
#include "cli/CommandLine.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CampDesk::Cli {

QCommandLineOption workspaceOption()
{
    return QCommandLineOption(QStringLiteral("workspace"),
                              CommandLine::tr("Workspace file to use (default: %1).")
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

QString workspacePath(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("workspace")) ? parser.value(QStringLiteral("workspace"))
                                                     : Workspace::defaultPath();
}

QString jsonText(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

} // namespace CampDesk::Cli
