#include "core/team/ChangeFeed.h"

#include "core/Workspace.h"
#include "core/storage/SqlQuery.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QVariant>

namespace CampDesk {

const QString ChangeFeed::Channel = QStringLiteral("campdesk_changes");

ChangeFeed::ChangeFeed(const Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
}

Result<void> ChangeFeed::listen()
{
    QSqlDriver *driver = m_workspace.database().driver();
    if (!m_workspace.isServer() || driver == nullptr || !driver->hasFeature(QSqlDriver::EventNotifications))
        return fail(tr("%1 cannot tell what other operators change.").arg(m_workspace.path()));
    if (driver != m_driver) {
        if (m_driver)
            disconnect(m_driver, nullptr, this, nullptr);
        m_driver = driver;
        connect(driver, &QSqlDriver::notification, this, &ChangeFeed::onNotification);
    }
    // The workspace's schema, which names its changes on the channel.
    auto schema = Sql::exec(m_workspace.database(), QStringLiteral("SELECT current_schema()"));
    if (!schema)
        return std::unexpected(schema.error());
    m_schema = schema->next() ? schema->value(0).toString() : QString();
    if (driver->subscribedToNotifications().contains(Channel))
        return {};
    if (!driver->subscribeToNotification(Channel))
        return fail(tr("Could not follow the changes of other operators: %1").arg(driver->lastError().text()));
    return {};
}

void ChangeFeed::onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    // This connection's own commits are announced to it too; its views
    // already follow them through the document.
    if (name != Channel || source == QSqlDriver::SelfSource)
        return;
    // "SCHEMA CAMP TABLE", the camp empty for a row of no camp (8.sql);
    // another schema's is another workspace's. Read from the right: a
    // schema's name may hold a space, a number or table name never does.
    const QString text = payload.toString();
    const qsizetype tableAt = text.lastIndexOf(u' ');
    const qsizetype campAt = tableAt > 0 ? text.lastIndexOf(u' ', tableAt - 1) : -1;
    if (campAt < 0 || QStringView(text).left(campAt) != m_schema)
        return;
    Q_EMIT changedElsewhere(QStringView(text).mid(campAt + 1, tableAt - campAt - 1).toLongLong(),
                            text.mid(tableAt + 1));
}

} // namespace CampDesk
