#include "cli/commands/WorkspaceRestoreCommand.h"

#include "cli/CliSupport.h"
#include "core/BackupFolder.h"
#include "core/io/DataTable.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace CampDesk {

namespace {

// The backup `chosen` names: its number in the list (1 is the newest) or
// its path. Only a backup of this workspace is restored, never any file.
Outcome<BackupEntry> chosenBackup(const BackupFolder &folder, const QString &chosen)
{
    const QList<BackupEntry> backups = folder.list();
    const QString workspace = QDir::toNativeSeparators(folder.workspacePath());
    bool isNumber = false;
    const qsizetype number = chosen.toLongLong(&isNumber);
    if (backups.isEmpty())
        return Command::failed(WorkspaceRestoreCommand::tr("%1 has no backups yet.").arg(workspace));
    if (isNumber) {
        if (number < 1 || number > backups.size())
            return Command::failed(WorkspaceRestoreCommand::tr("%1 has no backup %2; workspace backups lists its "
                                                               "%n backup(s).",
                                                               nullptr, int(backups.size()))
                                       .arg(workspace, chosen));
        return backups.at(number - 1);
    }
    const QFileInfo file(chosen);
    const auto found = std::find_if(backups.cbegin(), backups.cend(),
                                    [&file](const BackupEntry &backup) { return QFileInfo(backup.path) == file; });
    if (found == backups.cend())
        return Command::failed(WorkspaceRestoreCommand::tr("%1 is not a backup of %2; workspace backups lists them.")
                                   .arg(QDir::toNativeSeparators(chosen), workspace));
    return *found;
}

} // namespace

WorkspaceRestoreCommand::WorkspaceRestoreCommand()
    : Command({.name = QStringLiteral("workspace restore"),
               .description = tr("Put a backup in place of a workspace file. The file it replaces is kept beside "
                                 "it, renamed; a workspace open in a window is refused."),
               .workspace = WorkspaceUse::Names,
               .camp = CampUse::None,
               .json = true,
               .argument = QStringLiteral("backup"),
               .argumentHelp = tr("The backup's number in workspace backups (1 is the newest), or its path.")})
{
}

Outcome<void> WorkspaceRestoreCommand::run(Context &context)
{
    const auto path = Cli::workspaceFile(context.parser);
    if (!path)
        return failed(path.error());
    const BackupFolder folder(*path);
    const auto backup = chosenBackup(folder, context.argument);
    if (!backup)
        return std::unexpected(backup.error());
    const auto aside = folder.restore(*backup);
    if (!aside)
        return failed(aside.error());
    const QString name = QDir::toNativeSeparators(*path);
    if (context.json) {
        context.out << Cli::jsonText(
            QJsonObject {{QStringLiteral("workspace"), name},
                         {QStringLiteral("backup"), QDir::toNativeSeparators(backup->path)},
                         {QStringLiteral("replaced_file"),
                          aside->isEmpty() ? QJsonValue() : QJsonValue(QDir::toNativeSeparators(*aside))}});
        return {};
    }
    const QString when = DataTable::dateTime(backup->writtenAt);
    const QString why = BackupFolder::whyWritten(*backup);
    context.out << (aside->isEmpty() ? tr("Restored the backup from %1 (%2) to %3.").arg(when, why, name)
                                     : tr("Restored the backup from %1 (%2) to %3. The file it replaced is kept as %4.")
                                           .arg(when, why, name, QDir::toNativeSeparators(*aside)))
                << Qt::endl;
    return {};
}

} // namespace CampDesk
