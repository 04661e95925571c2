#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace CampDesk {

class SqliteInterrupter;

enum class BackupReason { Daily, BeforeUpgrade };

struct BackupEntry final {
    QString path;
    QDateTime writtenAt; // local time, to the second
    BackupReason reason = BackupReason::Daily;
    int fromVersion = 0; // BeforeUpgrade: the schema version it was written at
    qint64 bytes = 0;
    int copy = 1; // 2, 3…: a later copy written in the same second
};

// The rolling backups of one workspace: consistent copies (VACUUM INTO) in a
// folder of the user's data folder named after the workspace, one a day on
// open (the newest `keep` kept) and one before each schema upgrade (kept).
// Folders and files are their owner's alone. Names
// carry the time and the reason, so the folder explains itself:
//   "camp 2026-12-02 014355 daily.campdesk"
//   "camp 2026-12-02 014355 before-upgrade-v5.campdesk"
// (and "… before-upgrade-v5 (2).campdesk" for a second copy in that second).
class BackupFolder final {
    Q_DECLARE_TR_FUNCTIONS(BackupFolder)

public:
    static constexpr int DefaultKeep = 10;

    // Where every workspace's backup folder is unless a root is given:
    // <data folder>/backups.
    static QString defaultRoot();
    // `root` holds one folder per workspace; empty: defaultRoot().
    explicit BackupFolder(const QString &workspacePath, const QString &root = {});

    QString folder() const { return m_folder; }
    QString workspacePath() const { return m_workspace; }
    // Newest first.
    QList<BackupEntry> list() const;
    bool hasDailyOn(QDate day) const;
    // Why `backup` was written, as the window and the command line list it.
    static QString whyWritten(const BackupEntry &backup);

    // Copies the workspace file (on a connection of its own: any thread).
    [[nodiscard]] Result<BackupEntry> write(BackupReason reason, int fromVersion = 0,
                                            const QDateTime &now = QDateTime::currentDateTime(),
                                            SqliteInterrupter *interrupter = nullptr) const;
    // Removes all but the newest `keep` daily backups (at least one is
    // kept). The copies made before upgrades stay, one per version.
    void prune(int keep) const;
    // Puts `backup` in place of the workspace, which must be closed: one a
    // window (its lock) or any other program (its connection) has open is
    // refused. The current file is kept aside, renamed "<name> before
    // restore <time>"; its path is returned (empty when there was no file:
    // a deleted workspace comes back). Nothing changes when the backup is
    // damaged.
    [[nodiscard]] Result<QString> restore(const BackupEntry &backup,
                                          const QDateTime &now = QDateTime::currentDateTime()) const;

    // How many to keep: the "backups/keep" setting.
    static int keepSetting();
    static void setKeepSetting(int keep);

private:
    // The workspace and its log renamed to `aside`, all or none.
    [[nodiscard]] Result<void> moveAside(const QString &aside) const;
    [[nodiscard]] Result<void> moveBack(const QString &aside) const;

    QString m_workspace;
    QString m_folder;
};

} // namespace CampDesk
