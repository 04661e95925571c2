#include "cli/commands/HistoryCommand.h"

#include "cli/CliSupport.h"
#include "core/Workspace.h"
#include "core/team/HistoryLog.h"

#include <QJsonArray>
#include <QTextStream>

namespace CampDesk {

namespace {

QJsonObject entryJson(const HistoryEntry &entry)
{
    QJsonObject json {{QStringLiteral("id"), entry.id},
                      {QStringLiteral("at"), entry.at.toString(Qt::ISODateWithMs)},
                      {QStringLiteral("operator"), entry.operatorName},
                      {QStringLiteral("table"), entry.table},
                      {QStringLiteral("action"), entry.action},
                      {QStringLiteral("label"), entry.rowLabel()},
                      {QStringLiteral("changed"), QJsonArray::fromStringList(entry.changedColumns())}};
    json.insert(QStringLiteral("camp_id"), entry.campId > 0 ? QJsonValue(entry.campId) : QJsonValue());
    json.insert(QStringLiteral("row_id"), entry.rowId > 0 ? QJsonValue(entry.rowId) : QJsonValue());
    json.insert(QStringLiteral("before"), entry.before.isEmpty() ? QJsonValue() : QJsonValue(entry.before));
    json.insert(QStringLiteral("after"), entry.after.isEmpty() ? QJsonValue() : QJsonValue(entry.after));
    return json;
}

// A value as a line shows it: texts quoted and cut short.
QString shown(const QJsonValue &value)
{
    if (value.isString()) {
        const QString text = value.toString().simplified();
        return u'"' + (text.size() > 40 ? text.left(39) + u'…' : text) + u'"';
    }
    const QString text = HistoryEntry::textOf(value);
    return text.isNull() ? QStringLiteral("null") : text;
}

QString entryLine(const HistoryEntry &entry)
{
    QStringList changes;
    const QString label = entry.rowLabel();
    if (entry.action == QLatin1String("update")) {
        for (const QString &column : entry.changedColumns())
            changes.append(QStringLiteral("%1: %2 → %3")
                               .arg(column, shown(entry.before.value(column)), shown(entry.after.value(column))));
    } else if (!label.isEmpty()) {
        changes.append(shown(label));
    } else if (entry.action == QLatin1String("push")) {
        changes.append(QStringLiteral("%1, %2").arg(shown(entry.after.value(QStringLiteral("from"))),
                                                    shown(entry.after.value(QStringLiteral("rows")))));
    }
    const QString row = entry.rowId > 0 ? QStringLiteral(" #%1").arg(entry.rowId) : QString();
    return QStringLiteral("%1\t%2\t%3\t%4 %5%6\t%7")
        .arg(entry.id)
        .arg(entry.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), entry.operatorName, entry.action,
             entry.table, row, changes.join(QStringLiteral("; ")));
}

} // namespace

HistoryCommand::HistoryCommand()
    : Command({.name = QStringLiteral("history"),
               .description = tr("List a team workspace's changes, oldest first: who made each, when, and the row"
                                 " before and after. With --camp, that camp's changes only."),
               .camp = CampUse::Optional,
               .json = true})
    , m_who(QStringLiteral("who"), tr("Only the changes of this operator (their server login)."), tr("login"))
    , m_what(QStringLiteral("what"), tr("Only the changes to this table (as listed, e.g. activities)."), tr("table"))
    , m_since(QStringLiteral("since"), tr("Only the changes from this date (YYYY-MM-DD, local time) or moment on."),
              tr("date"))
    , m_last(QStringLiteral("last"), tr("Only the newest N of these changes (still listed oldest first)."), tr("N"))
{
}

QList<QCommandLineOption> HistoryCommand::options() const
{
    return {m_who, m_what, m_since, m_last};
}

Outcome<void> HistoryCommand::prepare(const QCommandLineParser &parser)
{
    if (parser.isSet(m_last)) {
        bool ok = false;
        m_newest = parser.value(m_last).toInt(&ok);
        if (!ok || m_newest < 1)
            return usage(tr("--last: “%1” is not a whole number of changes from 1 up.").arg(parser.value(m_last)));
    }
    if (!parser.isSet(m_since))
        return {};
    const QString since = parser.value(m_since);
    const QDate day = QDate::fromString(since, Qt::ISODate);
    m_from = day.isValid() ? day.startOfDay() : QDateTime::fromString(since, Qt::ISODate);
    if (!m_from.isValid())
        return usage(tr("--since: “%1” is neither a date (YYYY-MM-DD) nor a moment (YYYY-MM-DDTHH:MM).").arg(since));
    return {};
}

Outcome<void> HistoryCommand::run(Context &context)
{
    const HistoryFilter filter {.campId = context.campId,
                                .operatorName = context.parser.value(m_who),
                                .table = context.parser.value(m_what),
                                .since = m_from,
                                .newest = m_newest};
    const HistoryLog log(*context.workspace);
    // The newest N are read at once; the whole history a page at a time and
    // printed as it comes, so that a camp of a hundred thousand changes is
    // never held in memory.
    const auto each = [&](const std::function<Result<void>(const HistoryEntry &)> &print) -> Result<void> {
        if (m_newest == 0)
            return log.forEach(filter, print);
        auto entries = log.entries(filter);
        if (!entries)
            return std::unexpected(entries.error());
        for (const HistoryEntry &entry : std::as_const(*entries)) {
            if (auto printed = print(entry); !printed)
                return printed;
        }
        return {};
    };
    qint64 printed = 0;
    if (context.json) {
        // As QJsonDocument indents a whole {"camp_id", "entries"} object,
        // one entry at a time; keys in its order, four spaces a level.
        const QString campId = context.campId > 0 ? QString::number(context.campId) : QStringLiteral("null");
        QString head = QStringLiteral("{\n    \"camp_id\": %1,\n    \"entries\": [").arg(campId);
        auto listed = each([&](const HistoryEntry &entry) -> Result<void> {
            const QString text = Cli::jsonText(entryJson(entry)).chopped(1);
            context.out << (printed++ == 0 ? head : QStringLiteral(",")) << u'\n'
                        << QStringLiteral("        ") + text.split(u'\n').join(QStringLiteral("\n        "));
            return {};
        });
        if (!listed)
            return failed(listed.error());
        context.out << (printed == 0 ? head : QString()) << QStringLiteral("\n    ]\n}\n");
        return {};
    }
    auto listed = each([&](const HistoryEntry &entry) -> Result<void> {
        context.out << entryLine(entry) << Qt::endl;
        ++printed;
        return {};
    });
    if (!listed)
        return failed(listed.error());
    if (printed == 0)
        context.out << tr("No changes recorded.") << Qt::endl;
    return {};
}

} // namespace CampDesk
