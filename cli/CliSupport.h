#pragma once

#include "core/Error.h"
#include "core/storage/ServerAddress.h"

#include <QCommandLineOption>
#include <QHash>
#include <QJsonValue>
#include <QString>

#include <memory>

class QCommandLineParser;

namespace CampDesk {
class Workspace;
}

namespace CampDesk::Cli {

// Options and output helpers every campdesk-cli command shares.
inline const QString programName = QStringLiteral("campdesk-cli");

QCommandLineOption workspaceOption();
QCommandLineOption jsonOption();
QCommandLineOption helpOption();
QCommandLineOption campOption();
// --create: a read command may start a new workspace at a path with none.
QCommandLineOption createOption();
// --lang: the language of a document a command writes (en, zh_CN).
QCommandLineOption languageOption();
QString workspacePath(const QCommandLineParser &parser);
// The absolute path of the workspace file a command names, for one that
// works on the file and its backups rather than opening it; a team
// workspace is refused (the server keeps its own backups).
[[nodiscard]] Result<QString> workspaceFile(const QCommandLineParser &parser);
// Opens the workspace a command names. A path with no file is an error, so
// a mistyped path never becomes a new, empty workspace, unless the command
// creates one (`creates`) or was given --create.
[[nodiscard]] Result<std::unique_ptr<Workspace>> openWorkspace(const QCommandLineParser &parser, bool creates = false);
QString jsonText(const QJsonValue &value);
// The names of a camp's members by person id, for the suggestions a command
// lists.
QHash<qint64, QString> memberNames(Workspace &workspace, qint64 campId);
// Refuses an output file that would replace the command's workspace (or any
// workspace, its journal or lock, or a backup), before the workspace is opened.
[[nodiscard]] Result<void> checkOutput(const QCommandLineParser &parser, const QString &target);
// A team workspace's address as the operator typed it, checked: an error
// says how to write one (and a password in it is refused, never repeated).
[[nodiscard]] Result<ServerAddress> serverAddress(const QString &text);

} // namespace CampDesk::Cli
