#include "cli/commands/IdentitiesCommand.h"

#include "cli/CliSupport.h"
#include "core/Workspace.h"
#include "core/capture/ParticipationRepository.h"
#include "core/domain/MembershipRepository.h"
#include "core/storage/Transaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>

#include <optional>

namespace CampDesk {

namespace {

QJsonObject identityJson(const ChatIdentity &identity)
{
    return QJsonObject {{QStringLiteral("key"), identity.chatKey},
                        {QStringLiteral("platform"), identity.platform},
                        {QStringLiteral("name"), identity.displayName},
                        {QStringLiteral("names"), QJsonArray::fromStringList(identity.names)},
                        {QStringLiteral("self"), identity.self},
                        {QStringLiteral("member_id"), identity.personId},
                        {QStringLiteral("staff"), identity.staff},
                        {QStringLiteral("messages"), identity.messages}};
}

} // namespace

IdentitiesCommand::IdentitiesCommand()
    : Command({.name = QStringLiteral("identities"),
               .description = tr("List the chat identities (senders) found in a camp's imports and the member "
                                 "each one is; --map and --staff change that, and the aggregates follow."),
               .json = true})
    , m_map(QStringLiteral("map"),
            tr("KEY=MEMBER: map the identity with this key (as listed, or APP:KEY when two apps share it) to "
               "the member with this person id (0 unmaps). May be repeated."),
            tr("key=id"))
    , m_staff(QStringLiteral("staff"), tr("Mark the identity with this key as staff."), tr("key"))
{
}

QList<QCommandLineOption> IdentitiesCommand::options() const
{
    return {m_map, m_staff};
}

Outcome<void> IdentitiesCommand::run(Context &context)
{
    const qint64 id = context.campId;
    ParticipationRepository &repository = context.workspace->participation();
    auto list = repository.identities(id);
    if (!list)
        return failed(list.error());
    // A key as listed, or APP:KEY: a name key ("name:张三") can be a WeChat
    // one and a WhatsApp one in one camp, and taking the first would map the
    // other app's sender.
    const auto find = [&](const QString &option, const QString &key) -> Outcome<ChatIdentity> {
        QList<ChatIdentity> named;
        for (const ChatIdentity &identity : std::as_const(*list)) {
            if (identity.chatKey == key || identity.platform + u':' + identity.chatKey == key)
                named.append(identity);
        }
        if (named.isEmpty())
            return usage(tr("%1: camp %2 has no chat identity “%3”.").arg(option).arg(id).arg(key));
        if (named.size() > 1) {
            QStringList forms;
            for (const ChatIdentity &identity : std::as_const(named))
                forms << identity.platform + u':' + identity.chatKey;
            return usage(tr("%1: “%2” is a chat identity on more than one app in camp %3; name one: %4.")
                             .arg(option, key)
                             .arg(id)
                             .arg(forms.join(tr(", "))));
        }
        return named.first();
    };
    // Every pair is checked before anything is written, and all are written
    // in one transaction: a mistyped id never leaves the others half done.
    auto members = context.workspace->memberships().listForCamp(id);
    if (!members)
        return failed(members.error());
    QSet<qint64> memberIds;
    for (const MemberEntry &entry : std::as_const(*members))
        memberIds.insert(entry.membership.personId);
    QList<std::pair<qint64, qint64>> maps; // (identity id, person id; 0: no member)
    for (const QString &pair : context.parser.values(m_map)) {
        const qsizetype equals = pair.lastIndexOf(u'=');
        bool ok = false;
        const qint64 personId = equals > 0 ? pair.mid(equals + 1).toLongLong(&ok) : 0;
        if (!ok || personId < 0)
            return usage(tr("--map: “%1” is not KEY=MEMBER_ID.").arg(pair));
        const auto identity = find(QStringLiteral("--map"), pair.left(equals));
        if (!identity)
            return std::unexpected(identity.error());
        if (personId > 0 && !memberIds.contains(personId))
            return usage(tr("--map: %1 is not a member of camp %2 (see “roster list”).").arg(personId).arg(id));
        maps.append({identity->id, personId});
    }
    QList<qint64> staff;
    for (const QString &key : context.parser.values(m_staff)) {
        const auto identity = find(QStringLiteral("--staff"), key);
        if (!identity)
            return std::unexpected(identity.error());
        staff.append(identity->id);
    }
    Transaction transaction(context.workspace->database());
    if (auto begun = transaction.begin(); !begun)
        return failed(begun.error());
    for (const auto &[identityId, personId] : std::as_const(maps)) {
        if (auto mapped = repository.mapIdentity(identityId, personId); !mapped)
            return failed(mapped.error());
    }
    for (const qint64 identityId : std::as_const(staff)) {
        if (auto marked = repository.setStaff(identityId, true); !marked)
            return failed(marked.error());
    }
    if (auto committed = transaction.commit(); !committed)
        return failed(committed.error());
    list = repository.identities(id);
    if (!list)
        return failed(list.error());
    if (context.json) {
        QJsonArray array;
        for (const ChatIdentity &identity : std::as_const(*list))
            array.append(identityJson(identity));
        context.out << Cli::jsonText(
            QJsonObject {{QStringLiteral("camp_id"), id}, {QStringLiteral("identities"), array}});
        return {};
    }
    for (const ChatIdentity &identity : std::as_const(*list)) {
        context.out << identity.platform << '\t' << identity.chatKey << '\t'
                    << (identity.self ? tr("me (the account that made the export)") : identity.displayName) << '\t'
                    << (identity.personId > 0 ? QString::number(identity.personId) : tr("unmapped")) << '\t'
                    << identity.messages << (identity.staff ? QStringLiteral("\t") + tr("staff") : QString())
                    << Qt::endl;
    }
    return {};
}

} // namespace CampDesk
