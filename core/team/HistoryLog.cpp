#include "core/team/HistoryLog.h"

#include "core/Workspace.h"
#include "core/storage/SqlQuery.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace CampDesk {

QStringList HistoryEntry::changedColumns() const
{
    if (before.isEmpty() || after.isEmpty())
        return (before.isEmpty() ? after : before).keys();
    QStringList changed;
    for (auto column = after.begin(); column != after.end(); ++column) {
        if (before.value(column.key()) != column.value())
            changed.append(column.key());
    }
    return changed;
}

QString HistoryEntry::rowLabel() const
{
    const QJsonObject &row = after.isEmpty() ? before : after;
    QStringList parts;
    if (!personName.isEmpty())
        parts.append(personName);
    for (const char *column : {"name", "title", "display_name", "alias", "file_name", "key", "day", "login"}) {
        const QString label = row.value(QLatin1String(column)).toString();
        if (!label.isEmpty() && !parts.contains(label)) {
            parts.append(label);
            break;
        }
    }
    return parts.join(QStringLiteral(" · "));
}

QString HistoryEntry::textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isNull() || value.isUndefined())
        return QString();
    // A number or flag, written as JSON writes it (an array of one, unwrapped).
    return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

HistoryLog::HistoryLog(const Workspace &workspace)
    : m_workspace(workspace)
{
}

namespace {

QJsonObject objectOf(const QVariant &text)
{
    return text.isNull() ? QJsonObject() : QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

} // namespace

Result<void> HistoryLog::checkKept() const
{
    if (!m_workspace.isServer())
        return fail(tr("%1 is a workspace file, which keeps no history of changes: only a team workspace on a"
                       " server records who changed what.")
                        .arg(m_workspace.path()));
    return {};
}

Result<HistoryKinds> HistoryLog::kinds(qint64 campId) const
{
    if (auto kept = checkKept(); !kept)
        return std::unexpected(kept.error());
    auto rows = Sql::exec(m_workspace.database(),
                          QStringLiteral("SELECT DISTINCT 0, operator FROM campdesk_history WHERE camp_id = ?"
                                         " UNION SELECT DISTINCT 1, table_name FROM campdesk_history WHERE camp_id = ?"
                                         " ORDER BY 1, 2"),
                          {campId, campId});
    if (!rows)
        return std::unexpected(rows.error());
    HistoryKinds kinds;
    while (rows->next())
        (rows->value(0).toInt() == 0 ? kinds.operators : kinds.tables).append(rows->value(1).toString());
    return kinds;
}

namespace {

// The filter's conditions, shared by entries() and count(): a filter left
// empty is bound as null, which matches every row; the moments go as UTC
// text.
const QString historyMatching = QStringLiteral(" WHERE (CAST(? AS bigint) IS NULL OR h.camp_id = ?)"
                                               " AND (CAST(? AS text) IS NULL OR h.operator = ?)"
                                               " AND (CAST(? AS text) IS NULL OR h.table_name = ?)"
                                               " AND (CAST(? AS timestamptz) IS NULL OR h.at >= ?)"
                                               " AND (CAST(? AS timestamptz) IS NULL OR h.at < ?)");

QVariantList matchingValues(const HistoryFilter &filter)
{
    const auto orNull = [](const QString &text) { return text.isEmpty() ? QVariant() : QVariant(text); };
    const QVariant camp = filter.campId > 0 ? QVariant(filter.campId) : QVariant();
    const QVariant who = orNull(filter.operatorName);
    const QVariant what = orNull(filter.table);
    const QVariant since
        = orNull(filter.since.isValid() ? filter.since.toUTC().toString(Qt::ISODateWithMs) : QString());
    const QVariant until
        = orNull(filter.until.isValid() ? filter.until.toUTC().toString(Qt::ISODateWithMs) : QString());
    return {camp, camp, who, who, what, what, since, since, until, until};
}

} // namespace

Result<QList<HistoryEntry>> HistoryLog::entries(const HistoryFilter &filter) const
{
    // A page is read newest first (the index on camp and id walks it
    // backwards, LIMIT stops it), then turned round.
    auto entries = page(filter, false);
    if (entries)
        std::reverse(entries->begin(), entries->end());
    return entries;
}

Result<void> HistoryLog::forEach(const HistoryFilter &filter,
                                 const std::function<Result<void>(const HistoryEntry &)> &each) const
{
    // A thousand at a time, each page from the entry after the last one read.
    constexpr int PageSize = 1000;
    HistoryFilter next = filter;
    next.olderThan = 0;
    next.newest = PageSize;
    while (true) {
        auto entries = page(next, true);
        if (!entries)
            return std::unexpected(entries.error());
        for (const HistoryEntry &entry : std::as_const(*entries)) {
            if (auto done = each(entry); !done)
                return done;
        }
        if (entries->size() < PageSize)
            return {};
        next.fromId = entries->constLast().id + 1;
    }
}

Result<QList<HistoryEntry>> HistoryLog::page(const HistoryFilter &filter, bool oldestFirst) const
{
    if (auto kept = checkKept(); !kept)
        return std::unexpected(kept.error());
    const QVariant olderThan = filter.olderThan > 0 ? QVariant(filter.olderThan) : QVariant();
    const QVariant fromId = filter.fromId > 0 ? QVariant(filter.fromId) : QVariant();
    const QVariant newest = filter.newest > 0 ? QVariant(filter.newest) : QVariant();
    QVariantList values = matchingValues(filter);
    values << olderThan << olderThan << fromId << fromId << newest;
    static const QString oldestFirstPage = QStringLiteral(" ORDER BY h.id LIMIT ?");
    static const QString newestFirstPage = QStringLiteral(" ORDER BY h.id DESC LIMIT ?");
    const QString &pageOrder = oldestFirst ? oldestFirstPage : newestFirstPage;
    auto rows
        = Sql::exec(m_workspace.database(),
                    QStringLiteral("SELECT h.id, to_char(h.at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'),"
                                   " h.operator, coalesce(h.camp_id, 0), h.table_name, h.action, coalesce(h.row_id, 0),"
                                   " h.before::text, h.after::text, coalesce(p.display_name, '')"
                                   " FROM campdesk_history h LEFT JOIN people p"
                                   " ON p.id = CAST(coalesce(h.after, h.before) ->> 'person_id' AS bigint)")
                        + historyMatching
                        + QStringLiteral(
                            " AND (CAST(? AS bigint) IS NULL OR h.id < ?) AND (CAST(? AS bigint) IS NULL OR h.id >= ?)")
                        + pageOrder,
                    values);
    if (!rows)
        return std::unexpected(rows.error());
    QList<HistoryEntry> entries;
    while (rows->next()) {
        entries.append({.id = rows->value(0).toLongLong(),
                        .at = QDateTime::fromString(rows->value(1).toString(), Qt::ISODateWithMs),
                        .operatorName = rows->value(2).toString(),
                        .campId = rows->value(3).toLongLong(),
                        .table = rows->value(4).toString(),
                        .action = rows->value(5).toString(),
                        .rowId = rows->value(6).toLongLong(),
                        .before = objectOf(rows->value(7)),
                        .after = objectOf(rows->value(8)),
                        .personName = rows->value(9).toString()});
    }
    return entries;
}

Result<qint64> HistoryLog::count(const HistoryFilter &filter) const
{
    if (auto kept = checkKept(); !kept)
        return std::unexpected(kept.error());
    return Sql::scalar(m_workspace.database(),
                       QStringLiteral("SELECT count(*) FROM campdesk_history h") + historyMatching,
                       matchingValues(filter));
}

} // namespace CampDesk
