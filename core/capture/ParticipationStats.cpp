#include "core/capture/ParticipationStats.h"

#include "core/Workspace.h"
#include "core/capture/ParticipationRepository.h"
#include "core/domain/MembershipRepository.h"

#include <QJsonArray>
#include <QMap>

namespace CampDesk {

QJsonObject ParticipationTotals::toJson(qint64 campId) const
{
    QJsonArray memberArray;
    for (const MemberTotals &member : members) {
        QJsonArray identityArray;
        for (const ChatIdentity &identity : member.identities) {
            identityArray.append(QJsonObject {{QStringLiteral("platform"), identity.platform},
                                              {QStringLiteral("key"), identity.chatKey},
                                              {QStringLiteral("name"), identity.displayName},
                                              {QStringLiteral("staff"), identity.staff}});
        }
        memberArray.append(QJsonObject {{QStringLiteral("id"), member.personId},
                                        {QStringLiteral("name"), member.name},
                                        {QStringLiteral("chat_identities"), identityArray},
                                        {QStringLiteral("messages"), member.messages},
                                        {QStringLiteral("active_days"), member.activeDays},
                                        {QStringLiteral("check_ins"), member.checkIns}});
    }
    QJsonArray dayArray;
    for (const DayTotals &day : days) {
        dayArray.append(QJsonObject {{QStringLiteral("day"), day.day.toString(Qt::ISODate)},
                                     {QStringLiteral("active_members"), day.activeMembers},
                                     {QStringLiteral("messages"), day.messages},
                                     {QStringLiteral("check_ins"), day.checkIns}});
    }
    QJsonArray senderArray;
    for (const SenderTotals &sender : unmapped) {
        senderArray.append(QJsonObject {{QStringLiteral("platform"), sender.identity.platform},
                                        {QStringLiteral("key"), sender.identity.chatKey},
                                        {QStringLiteral("name"), sender.identity.displayName},
                                        {QStringLiteral("names"), QJsonArray::fromStringList(sender.identity.names)},
                                        {QStringLiteral("self"), sender.identity.self},
                                        {QStringLiteral("messages"), sender.messages},
                                        {QStringLiteral("active_days"), sender.activeDays},
                                        {QStringLiteral("check_ins"), sender.checkInDays}});
    }
    return QJsonObject {{QStringLiteral("camp_id"), campId},
                        {QStringLiteral("members"), memberArray},
                        {QStringLiteral("days"), dayArray},
                        {QStringLiteral("unmapped_senders"), senderArray}};
}

Result<ParticipationTotals> ParticipationStats::compute(Workspace &workspace, qint64 campId)
{
    ParticipationRepository &repository = workspace.participation();
    auto members = workspace.memberships().listForCamp(campId);
    if (!members)
        return std::unexpected(members.error());
    auto stats = repository.dayStats(campId);
    if (!stats)
        return std::unexpected(stats.error());
    auto identities = repository.identities(campId);
    if (!identities)
        return std::unexpected(identities.error());

    ParticipationTotals totals;
    QHash<qint64, qsizetype> memberIndex;
    for (const MemberEntry &entry : *members) {
        memberIndex.insert(entry.membership.personId, totals.members.size());
        totals.members.append({entry.membership.personId, entry.displayName});
    }
    for (const ChatIdentity &identity : *identities) {
        if (const auto found = memberIndex.constFind(identity.personId); found != memberIndex.constEnd())
            totals.members[*found].identities.append(identity);
    }
    QMap<QDate, DayTotals> days;
    for (const MemberDayStats &day : *stats) {
        const auto found = memberIndex.constFind(day.personId);
        if (found == memberIndex.constEnd())
            continue; // aggregates of someone no longer in the camp
        MemberTotals &member = totals.members[*found];
        member.messages += day.messages;
        member.checkIns += day.checkIns;
        DayTotals &dayTotals = days[day.day];
        dayTotals.day = day.day;
        dayTotals.messages += day.messages;
        dayTotals.checkIns += day.checkIns;
        if (day.messages > 0 || day.checkIns > 0) {
            ++member.activeDays;
            ++dayTotals.activeMembers;
        }
    }
    totals.days = days.values();
    auto senders = repository.unmappedSenderTotals(campId);
    if (!senders)
        return std::unexpected(senders.error());
    for (const ChatIdentity &identity : *identities) {
        if (identity.personId > 0 || identity.staff)
            continue;
        const auto counts = senders->value(identity.id);
        totals.unmapped.append({identity, counts.messages, counts.activeDays, counts.checkInDays});
    }
    return totals;
}

} // namespace CampDesk
