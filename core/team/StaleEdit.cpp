#include "core/team/StaleEdit.h"

#include "core/Workspace.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

#include <QDateTime>

namespace CampDesk {

namespace {

QString tableName(StaleEdit::Table table)
{
    return table == StaleEdit::Table::Camps ? QStringLiteral("camps") : QStringLiteral("activities");
}

} // namespace

Result<void> StaleEdit::write(Workspace &workspace, Table table, qint64 id,
                              const std::function<Result<bool>()> &unchanged,
                              const std::function<Result<void>()> &write)
{
    const QSqlDatabase db = workspace.database();
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    // A file has one writer at a time; a server's row is held until commit,
    // so nobody's write comes between the comparison and this one.
    if (workspace.isServer()) {
        auto locked
            = Sql::exec(db,
                        table == Table::Camps ? QStringLiteral("SELECT id FROM camps WHERE id = ? FOR UPDATE")
                                              : QStringLiteral("SELECT id FROM activities WHERE id = ? FOR UPDATE"),
                        {id});
        if (!locked)
            return std::unexpected(locked.error());
    }
    auto same = unchanged();
    if (!same)
        return std::unexpected(same.error());
    if (!*same)
        return std::unexpected(refusal(workspace, table, id));
    if (auto written = write(); !written)
        return written;
    return transaction.commit();
}

Error StaleEdit::refusal(const Workspace &workspace, Table table, qint64 id)
{
    const QString what = table == Table::Camps ? tr("camp") : tr("activity");
    Error stale {tr("This %1 was changed after you saw it, so your change was not saved; it now shows what it"
                    " is. Make your change again if it still applies.")
                     .arg(what)};
    stale.stale = true;
    if (!workspace.isServer())
        return stale;
    auto last = Sql::exec(workspace.database(),
                          QStringLiteral("SELECT operator, to_char(at AT TIME ZONE 'UTC',"
                                         " 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), action FROM campdesk_history"
                                         " WHERE table_name = ? AND row_id = ? ORDER BY id DESC LIMIT 1"),
                          {tableName(table), id});
    if (!last || !last->next())
        return stale;
    const QString who = last->value(0).toString();
    const QString when = QDateTime::fromString(last->value(1).toString(), Qt::ISODate)
                             .toLocalTime()
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    stale.message = last->value(2).toString() == QLatin1String("delete")
        ? tr("%1 deleted this %2 at %3, after you saw it, so your change was not saved.").arg(who, what, when)
        : tr("%1 changed this %2 at %3, after you saw it, so your change was not saved; it now"
             " shows their version. Make your change again if it still applies.")
              .arg(who, what, when);
    return stale;
}

} // namespace CampDesk
