#include "ui/WorkspaceCheck.h"

#include "core/BackupFolder.h"
#include "core/Workspace.h"
#include "core/storage/SqliteInterrupter.h"

#include <QThread>

#include <memory>

namespace CampDesk {

WorkspaceCheck::WorkspaceCheck(QObject *parent)
    : QObject(parent)
{
}

WorkspaceCheck::~WorkspaceCheck()
{
    cancel();
}

void WorkspaceCheck::start(const QString &path, const QString &backupRoot)
{
    cancel();
    struct Outcome {
        QString problem;
        bool triedBackup = false;
        QString backup;
        QString backupProblem;
    };
    auto outcome = std::make_shared<Outcome>();
    auto stop = std::make_shared<SqliteInterrupter>();
    m_interrupter = stop;
    m_thread = QThread::create([path, backupRoot, outcome, stop] {
        if (auto verified = Workspace::verify(path, stop.get()); !verified) {
            outcome->problem = verified.error().message;
            return; // a damaged file is not copied over a good backup
        }
        const BackupFolder backups(path, backupRoot);
        if (stop->isInterrupted() || backups.hasDailyOn(QDate::currentDate()))
            return;
        outcome->triedBackup = true;
        if (auto written = backups.write(BackupReason::Daily, 0, QDateTime::currentDateTime(), stop.get())) {
            outcome->backup = written->path;
            backups.prune(BackupFolder::keepSetting());
        } else {
            outcome->backupProblem = written.error().message;
        }
    });
    m_thread->setParent(this);
    QThread *thread = m_thread;
    connect(thread, &QThread::finished, this, [this, thread, path, outcome, stop] {
        if (m_thread == thread)
            m_thread = nullptr;
        thread->deleteLater();
        if (stop->isInterrupted())
            return;
        Q_EMIT finished(path, outcome->problem);
        if (outcome->triedBackup)
            Q_EMIT backedUp(path, outcome->backup, outcome->backupProblem);
    });
    thread->start(QThread::LowPriority);
}

bool WorkspaceCheck::isRunning() const
{
    return m_thread != nullptr;
}

void WorkspaceCheck::cancel()
{
    if (!m_thread)
        return;
    m_interrupter->interrupt();
    m_thread->wait();
    m_thread = nullptr;
}

} // namespace CampDesk
