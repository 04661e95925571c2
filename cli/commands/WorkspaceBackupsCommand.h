#pragma once

#include "cli/Command.h"

namespace CampDesk {

struct BackupEntry;

// workspace backups: the copies CampDesk keeps of a workspace file (one a
// day it is opened, one before each upgrade), newest first and numbered as
// `workspace restore` takes them.
class WorkspaceBackupsCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    WorkspaceBackupsCommand();

    // Why a backup was written, as the list says it.
    static QString reasonText(const BackupEntry &backup);
    // Refuses a team workspace: the server keeps its own backups.
    static Outcome<QString> workspaceFile(const QCommandLineParser &parser);

private:
    Outcome<void> run(Context &context) override;
};

} // namespace CampDesk
