#include "cli/commands/ImportsCommand.h"

#include "cli/CliSupport.h"
#include "core/Workspace.h"
#include "core/capture/ParticipationRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace CampDesk {

namespace {

QJsonObject importJson(const ChatImportRecord &record)
{
    return QJsonObject {{QStringLiteral("id"), record.id},
                        {QStringLiteral("file"), record.fileName},
                        {QStringLiteral("format"), record.format},
                        {QStringLiteral("encoding"), record.encoding},
                        {QStringLiteral("imported_at"), record.importedAt},
                        {QStringLiteral("messages_added"), record.messagesAdded},
                        {QStringLiteral("duplicates"), record.duplicates}};
}

} // namespace

ImportsCommand::ImportsCommand()
    : Command({.name = QStringLiteral("imports"),
               .description = tr("List a camp's chat imports; --remove takes one back out: its messages, the "
                                 "check-ins it made and the senders only it brought, in one transaction, and the "
                                 "members' figures follow. Members it added and membership dates it read stay."),
               .json = true})
    , m_remove(QStringLiteral("remove"), tr("Take the import with this id (as listed) back out."), tr("id"))
{
}

QList<QCommandLineOption> ImportsCommand::options() const
{
    return {m_remove};
}

Outcome<void> ImportsCommand::run(Context &context)
{
    ParticipationRepository &repository = context.workspace->participation();
    auto list = repository.imports(context.campId);
    if (!list)
        return failed(list.error());
    if (context.parser.isSet(m_remove)) {
        bool ok = false;
        const qint64 importId = context.parser.value(m_remove).toLongLong(&ok);
        const bool inCamp = std::any_of(list->cbegin(), list->cend(),
                                        [importId](const ChatImportRecord &record) { return record.id == importId; });
        if (!ok || !inCamp) {
            return usage(tr("--remove: camp %1 has no chat import “%2” (campdesk-cli imports --camp %1 lists them).")
                             .arg(context.campId)
                             .arg(context.parser.value(m_remove)));
        }
        if (auto removed = repository.removeImport(importId); !removed)
            return failed(removed.error());
        list = repository.imports(context.campId);
        if (!list)
            return failed(list.error());
    }
    if (context.json) {
        QJsonArray array;
        for (const ChatImportRecord &record : std::as_const(*list))
            array.append(importJson(record));
        context.out << Cli::jsonText(
            QJsonObject {{QStringLiteral("camp_id"), context.campId}, {QStringLiteral("imports"), array}});
        return {};
    }
    for (const ChatImportRecord &record : std::as_const(*list)) {
        context.out << record.id << '\t' << record.importedAt << '\t' << record.fileName << '\t' << record.format
                    << '\t' << record.encoding << '\t'
                    << tr("%1 added, %2 already there").arg(record.messagesAdded).arg(record.duplicates) << Qt::endl;
    }
    return {};
}

} // namespace CampDesk
