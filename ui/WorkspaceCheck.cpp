#include "WorkspaceCheck.h"

#include "Workspace.h"
#include "storage/SqliteInterrupter.h"

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

void WorkspaceCheck::start(const QString &path)
{
    cancel();
    auto problem = std::make_shared<QString>();
    auto stop = std::make_shared<SqliteInterrupter>();
    m_interrupter = stop;
    m_thread = QThread::create([path, problem, stop] {
        if (auto verified = Workspace::verify(path, stop.get()); !verified && !stop->isInterrupted())
            *problem = verified.error().message;
    });
    m_thread->setParent(this);
    QThread *thread = m_thread;
    connect(thread, &QThread::finished, this, [this, thread, path, problem, stop] {
        if (m_thread == thread)
            m_thread = nullptr;
        thread->deleteLater();
        if (!stop->isInterrupted())
            Q_EMIT finished(path, *problem);
    });
    thread->start(QThread::LowPriority);
}

bool WorkspaceCheck::isRunning() const
{
    return m_thread != nullptr;
}

void WorkspaceCheck::wait()
{
    if (m_thread)
        m_thread->wait();
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
