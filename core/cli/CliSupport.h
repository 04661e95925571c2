#pragma once

#include <QCommandLineOption>
#include <QJsonValue>
#include <QString>

class QCommandLineParser;

namespace CampDesk::Cli {

// Options and output helpers every campdesk-cli command shares.
inline const QString programName = QStringLiteral("campdesk-cli");

QCommandLineOption workspaceOption();
QCommandLineOption jsonOption();
QCommandLineOption helpOption();
QCommandLineOption campOption();
QString workspacePath(const QCommandLineParser &parser);
QString jsonText(const QJsonValue &value);

} // namespace CampDesk::Cli
