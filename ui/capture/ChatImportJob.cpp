#include "ui/capture/ChatImportJob.h"

#include "core/Workspace.h"

#include <QThread>

namespace CampDesk {

ChatImportJob::ChatImportJob(QString workspacePath, qint64 campId, QString filePath, ChatImportOptions options,
                             Kind kind, QObject *parent)
    : QObject(parent)
    , m_workspacePath(std::move(workspacePath))
    , m_campId(campId)
    , m_filePath(std::move(filePath))
    , m_options(std::move(options))
    , m_kind(kind)
{
}

ChatImportJob::~ChatImportJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
    }
}

void ChatImportJob::start()
{
    m_thread = QThread::create([this] { work(); });
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, &ChatImportJob::finished);
    m_thread->start();
}

void ChatImportJob::cancel()
{
    m_cancelled = true;
}

bool ChatImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ChatImportJob::work()
{
    // Runs on the job's thread: everything here uses its own connection.
    ChatImportOptions options = m_options;
    options.progress = [this](double fraction) {
        const int percent = int(fraction * 100.0);
        if (percent != m_lastPercent.exchange(percent))
            QMetaObject::invokeMethod(this, [this, percent] { Q_EMIT progressed(percent); }, Qt::QueuedConnection);
        return !m_cancelled.load();
    };
    options.waitingForCamp = [this](bool waiting) {
        QMetaObject::invokeMethod(this, [this, waiting] { Q_EMIT waitingForCamp(waiting); }, Qt::QueuedConnection);
    };
    auto workspace = Workspace::open(m_workspacePath, {.create = false, .exclusive = false});
    if (!workspace) {
        if (m_kind == Kind::Scan)
            m_scan = std::unexpected(workspace.error());
        else
            m_summary = std::unexpected(workspace.error());
        return;
    }
    ChatImporter importer(**workspace);
    if (m_kind == Kind::Scan)
        m_scan = importer.scan(m_campId, m_filePath, options);
    else
        m_summary = importer.run(m_campId, m_filePath, options);
}

} // namespace CampDesk
