#include "ui/ConnectionWatch.h"

#include "ui/WorkspaceDocument.h"

namespace CampDesk {

ConnectionWatch::ConnectionWatch(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(DefaultInterval);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionWatch::check);
}

void ConnectionWatch::watch(WorkspaceDocument *document)
{
    m_document = document && document->isServer() ? document : nullptr;
    m_lost = false;
    if (m_document)
        m_timer.start();
    else
        m_timer.stop();
}

void ConnectionWatch::setInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

void ConnectionWatch::check()
{
    if (!m_document)
        return;
    if (!m_lost) {
        if (m_document->isConnected())
            return;
        m_lost = true;
    }
    // Lost: connect again at once, and at every tick until it works.
    auto back = m_document->reconnect();
    if (!back) {
        Q_EMIT lost(back.error().message);
        return;
    }
    m_lost = false;
    Q_EMIT restored();
}

} // namespace CampDesk
