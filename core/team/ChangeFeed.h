#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QSqlDriver>

namespace CampDesk {

class Workspace;

// What other operators change in a team workspace, as it is committed: the
// server's history triggers (8.sql) announce each changed table and camp
// on the channel campdesk_changes (NOTIFY), with the workspace's schema,
// and the connection listens through QSqlDriver's notifications. A workspace file has no feed: one
// laptop has one operator.
class ChangeFeed final : public QObject {
    Q_OBJECT

public:
    static const QString Channel;

    explicit ChangeFeed(const Workspace &workspace, QObject *parent = nullptr);

    // Listens on the workspace's connection; again after it was reconnected,
    // since a closed connection forgets what it listened to.
    [[nodiscard]] Result<void> listen();

Q_SIGNALS:
    // A commit of another connection changed `table`'s rows of the camp
    // (0: rows of no camp, as people and settings).
    void changedElsewhere(qint64 campId, const QString &table);

private:
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    const Workspace &m_workspace;
    QPointer<QSqlDriver> m_driver;
    QString m_schema;
};

} // namespace CampDesk
