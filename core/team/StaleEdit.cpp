#include "core/team/StaleEdit.h"

#include "core/Workspace.h"
#include "core/capture/ParticipationRepository.h"
#include "core/domain/MembershipRepository.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

#include <QDateTime>

#include <algorithm>
#include <iterator>
#include <map>

namespace CampDesk {

namespace {

// What StaleEdit needs of each table, in the enum's order. The lock keeps
// other edits and deletes out, not a check-in that only refers to a row
// (its key share): a bulk roster edit does not hold up the ticks.
struct TableFacts {
    const char *name; // as the history names it
    const char *lock; // a whole statement, so no table name is spliced into SQL
    const char *noun; // what the refusal calls a row of it (translated)
};

const TableFacts &factsOf(StaleEdit::Table table)
{
    static const TableFacts facts[] = {
        {"camps", "SELECT id FROM camps WHERE id = ANY(CAST(? AS bigint[])) ORDER BY id FOR NO KEY UPDATE",
         QT_TRANSLATE_NOOP("StaleEdit", "camp")},
        {"activities", "SELECT id FROM activities WHERE id = ANY(CAST(? AS bigint[])) ORDER BY id FOR NO KEY UPDATE",
         QT_TRANSLATE_NOOP("StaleEdit", "activity")},
        {"people", "SELECT id FROM people WHERE id = ANY(CAST(? AS bigint[])) ORDER BY id FOR NO KEY UPDATE",
         QT_TRANSLATE_NOOP("StaleEdit", "member")},
        {"memberships", "SELECT id FROM memberships WHERE id = ANY(CAST(? AS bigint[])) ORDER BY id FOR NO KEY UPDATE",
         QT_TRANSLATE_NOOP("StaleEdit", "member")},
        {"subgroups", "SELECT id FROM subgroups WHERE id = ANY(CAST(? AS bigint[])) ORDER BY id FOR NO KEY UPDATE",
         QT_TRANSLATE_NOOP("StaleEdit", "subgroup")},
        {"speech_templates",
         "SELECT id FROM speech_templates WHERE id = ANY(CAST(? AS bigint[])) ORDER BY id FOR NO KEY UPDATE",
         QT_TRANSLATE_NOOP("StaleEdit", "line")},
        {"activity_reviews",
         "SELECT id FROM activity_reviews WHERE id = ANY(CAST(? AS bigint[])) ORDER BY id FOR NO KEY UPDATE",
         QT_TRANSLATE_NOOP("StaleEdit", "review")},
        {"chat_identities",
         "SELECT id FROM chat_identities WHERE id = ANY(CAST(? AS bigint[])) ORDER BY id FOR NO KEY UPDATE",
         QT_TRANSLATE_NOOP("StaleEdit", "chat account")},
        // The variables there are; one added meanwhile meets the unique key.
        {"camp_variables",
         "SELECT id FROM camp_variables WHERE camp_id = ANY(CAST(? AS bigint[])) ORDER BY id FOR NO KEY UPDATE",
         QT_TRANSLATE_NOOP("StaleEdit", "camp variable")},
        {"plan_templates",
         "SELECT id FROM plan_templates WHERE id = ANY(CAST(? AS bigint[])) ORDER BY id FOR NO KEY UPDATE",
         QT_TRANSLATE_NOOP("StaleEdit", "plan template")},
    };
    static_assert(std::size(facts) == std::size_t(StaleEdit::Table::PlanTemplates) + 1, "one row per table");
    return facts[std::size_t(table)];
}

// Locks `rows` until the transaction ends, a statement per table. Two edits
// locking the same rows in different orders would wait for each other for
// ever; in one order (table, then id), one simply waits for the other.
Result<void> lockRows(const QSqlDatabase &db, const QList<StaleEdit::Row> &rows)
{
    std::map<int, QList<qint64>> byTable;
    for (const StaleEdit::Row &row : rows)
        byTable[int(row.table)].append(row.id);
    for (auto &[table, ids] : byTable) {
        // One bound value: an array literal of the ids.
        if (auto locked
            = Sql::exec(db, QString::fromLatin1(factsOf(StaleEdit::Table(table)).lock), {Sql::postgresArray(ids)});
            !locked)
            return std::unexpected(locked.error());
    }
    return {};
}

} // namespace

Result<void> StaleEdit::write(Workspace &workspace, const QList<Row> &rows, const FirstChanged &changed,
                              const std::function<Result<void>()> &write)
{
    const QSqlDatabase db = workspace.database();
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    // A file has one writer at a time; a server's rows are held until
    // commit, so nobody's write comes between the comparison and this one.
    if (workspace.isServer()) {
        if (auto locked = lockRows(db, rows); !locked)
            return locked;
    }
    auto stale = changed();
    if (!stale)
        return std::unexpected(stale.error());
    if (const std::optional<Row> &row = *stale; row.has_value())
        return std::unexpected(refusal(workspace, row->table, row->id));
    if (auto written = write(); !written)
        return written;
    return transaction.commit();
}

Result<void> StaleEdit::writeParticipation(Workspace &workspace, qint64 campId, const QList<Seen> &rows,
                                           const std::function<Result<void>()> &write)
{
    Transaction transaction(workspace.database());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (auto locked = workspace.participation().lockCamp(campId); !locked)
        return locked;
    if (auto written = StaleEdit::write(workspace, rows, write); !written)
        return written;
    return transaction.commit();
}

StaleEdit::Seen StaleEdit::seenMembership(Workspace &workspace, const Membership &membership)
{
    return seen<Membership>(Table::Memberships, membership, [&workspace](qint64 id) -> Result<Membership> {
        auto entry = workspace.memberships().find(id);
        if (!entry)
            return std::unexpected(entry.error());
        return entry->membership;
    });
}

Result<void> StaleEdit::write(Workspace &workspace, const QList<Seen> &rows, const std::function<Result<void>()> &write)
{
    QList<Row> refs;
    for (const Seen &row : rows)
        refs.append(row.row);
    return StaleEdit::write(
        workspace, refs,
        [&]() -> Result<std::optional<Row>> {
            for (const Seen &row : rows) {
                auto same = row.unchanged();
                if (!same)
                    return std::unexpected(same.error());
                if (!*same)
                    return std::optional<Row>(row.row);
            }
            return std::optional<Row>();
        },
        write);
}

Error StaleEdit::refusal(const Workspace &workspace, Table table, qint64 id)
{
    const QString what = tr(factsOf(table).noun);
    Error stale {tr("This %1 was changed after you saw it, so your change was not saved; it now shows what it"
                    " is. Make your change again if it still applies.")
                     .arg(what)};
    stale.stale = true;
    if (!workspace.isServer())
        return stale;
    auto last = Sql::exec(workspace.database(),
                          table == Table::CampVariables
                              ? QStringLiteral("SELECT operator, to_char(at AT TIME ZONE 'UTC',"
                                               " 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), 'update' FROM campdesk_history"
                                               " WHERE table_name = ? AND camp_id = ? ORDER BY id DESC LIMIT 1")
                              : QStringLiteral("SELECT operator, to_char(at AT TIME ZONE 'UTC',"
                                               " 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), action FROM campdesk_history"
                                               " WHERE table_name = ? AND row_id = ? ORDER BY id DESC LIMIT 1"),
                          {QString::fromLatin1(factsOf(table).name), id});
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
