#pragma once

#include <QObject>
#include <QTimer>

namespace CampDesk {

class WorkspaceDocument;

// Asks a team workspace's server, every few seconds, whether it still
// answers; once it does not, tries to connect again at the same pace. The
// window shows a banner between lost() and restored(), and reads its views
// again after restored(). A file is never watched.
class ConnectionWatch final : public QObject {
    Q_OBJECT

public:
    static constexpr int DefaultInterval = 3000; // ms

    explicit ConnectionWatch(QObject *parent = nullptr);

    // Starts watching a team workspace's document; a file's, or none, stops.
    void watch(WorkspaceDocument *document);
    void setInterval(int milliseconds);
    bool isLost() const { return m_lost; }
    // One look now, as the timer does (also for tests).
    void check();

Q_SIGNALS:
    // `why`: the reconnection's error, in the operator's words, while lost.
    void lost(const QString &why);
    void restored();

private:
    QTimer m_timer;
    WorkspaceDocument *m_document = nullptr;
    bool m_lost = false;
};

} // namespace CampDesk
