#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace CampDesk {

class SqliteInterrupter;

// Reads every page of an open workspace on a thread of its own
// (Workspace::verify) and reports damage when it is done, so a big
// workspace opens at once and a damaged one is still noticed in a second.
// A sound file then gets its daily backup (BackupFolder), on that thread too.
class WorkspaceCheck final : public QObject {
    Q_OBJECT

public:
    explicit WorkspaceCheck(QObject *parent = nullptr);
    ~WorkspaceCheck() override;

    // `backupRoot`: where BackupFolder keeps backups (empty: the data folder).
    void start(const QString &path, const QString &backupRoot = {});
    bool isRunning() const;
    // Stops a running check without a report; closing the window does it.
    void cancel();

Q_SIGNALS:
    // The check finished: an empty problem means the file is sound.
    void finished(const QString &path, const QString &problem);
    // The day's backup: written to `backup`, or not, for `problem`.
    void backedUp(const QString &path, const QString &backup, const QString &problem);

private:
    QThread *m_thread = nullptr;
    std::shared_ptr<SqliteInterrupter> m_interrupter;
};

} // namespace CampDesk
