#pragma once

#include "core/capture/ChatImporter.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace CampDesk {

// Runs a chat scan or import on a thread of its own, on its own connection to
// the workspace file, so the window stays responsive; Cancel rolls the
// import's transaction back. Results arrive through finished().
class ChatImportJob final : public QObject {
    Q_OBJECT

public:
    enum class Kind { Scan, Import };

    ChatImportJob(QString workspacePath, qint64 campId, QString filePath, ChatImportOptions options, Kind kind,
                  QObject *parent = nullptr);
    ~ChatImportJob() override;

    void start();
    void cancel();
    bool isRunning() const;
    Kind kind() const { return m_kind; }

    // Valid after finished().
    const std::optional<Result<ChatScan>> &scan() const { return m_scan; }
    const std::optional<Result<ChatImportSummary>> &summary() const { return m_summary; }

Q_SIGNALS:
    void progressed(int percent);
    // True while the import waits for another operator's change to the camp.
    void waitingForCamp(bool waiting);
    void finished();

private:
    void work();

    QString m_workspacePath;
    qint64 m_campId;
    QString m_filePath;
    ChatImportOptions m_options;
    Kind m_kind;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancelled {false};
    std::atomic<int> m_lastPercent {-1};
    std::optional<Result<ChatScan>> m_scan;
    std::optional<Result<ChatImportSummary>> m_summary;
};

} // namespace CampDesk
