#include "cli/commands/WorkspaceBackupsCommand.h"

#include "cli/CliSupport.h"
#include "core/BackupFolder.h"
#include "core/io/DataTable.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace CampDesk {

WorkspaceBackupsCommand::WorkspaceBackupsCommand()
    : Command({.name = QStringLiteral("workspace backups"),
               .description = tr("List the backups CampDesk keeps of a workspace file, newest first."),
               .workspace = WorkspaceUse::Names,
               .camp = CampUse::None,
               .json = true})
{
}

Outcome<void> WorkspaceBackupsCommand::run(Context &context)
{
    const auto path = Cli::workspaceFile(context.parser);
    if (!path)
        return failed(path.error());
    const BackupFolder folder(*path);
    const QList<BackupEntry> backups = folder.list();
    // A mistyped path has no backups either: that is no answer.
    if (backups.isEmpty() && !QFileInfo::exists(*path))
        return failed(tr("%1 does not exist, and CampDesk keeps no backup of a file there.")
                          .arg(QDir::toNativeSeparators(*path)));
    if (context.json) {
        QJsonArray array;
        for (qsizetype index = 0; index < backups.size(); ++index) {
            const BackupEntry &backup = backups.at(index);
            const bool daily = backup.reason == BackupReason::Daily;
            array.append(QJsonObject {
                {QStringLiteral("number"), index + 1},
                {QStringLiteral("written_at"), backup.writtenAt.toString(Qt::ISODate)},
                {QStringLiteral("reason"), daily ? QStringLiteral("daily") : QStringLiteral("before_upgrade")},
                {QStringLiteral("from_version"), daily ? QJsonValue() : QJsonValue(backup.fromVersion)},
                {QStringLiteral("bytes"), backup.bytes},
                {QStringLiteral("path"), QDir::toNativeSeparators(backup.path)}});
        }
        context.out << Cli::jsonText(QJsonObject {{QStringLiteral("workspace"), QDir::toNativeSeparators(*path)},
                                                  {QStringLiteral("backups"), array}});
        return {};
    }
    if (backups.isEmpty()) {
        context.out << tr("There is no backup of %1 yet. CampDesk writes one each day the workspace is opened in "
                          "its window, and one before every upgrade.")
                           .arg(QDir::toNativeSeparators(*path))
                    << Qt::endl;
        return {};
    }
    const QLocale locale;
    for (qsizetype index = 0; index < backups.size(); ++index) {
        const BackupEntry &backup = backups.at(index);
        context.out << index + 1 << '\t' << DataTable::dateTime(backup.writtenAt, locale) << '\t'
                    << BackupFolder::whyWritten(backup) << '\t'
                    << locale.formattedDataSize(backup.bytes, 1, QLocale::DataSizeTraditionalFormat) << '\t'
                    << QDir::toNativeSeparators(backup.path) << Qt::endl;
    }
    return {};
}

} // namespace CampDesk
