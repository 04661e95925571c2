#include "core/roster/Roster.h"

#include "core/Workspace.h"
#include "core/domain/MembershipRepository.h"
#include "core/domain/PersonRepository.h"
#include "core/io/CsvWriter.h"
#include "core/roster/RosterColumns.h"
#include "core/roster/SubgroupRepository.h"
#include "core/team/StaleEdit.h"

#include <QHash>
#include <QJsonArray>

namespace CampDesk {

namespace {

QString chatIdOn(const Person &person, const QString &platform)
{
    for (const ChatId &chatId : person.chatIds) {
        if (chatId.platform == platform)
            return chatId.id;
    }
    return {};
}

QJsonValue dateJson(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

Result<QList<RosterEntry>> Roster::load(Workspace &workspace, qint64 campId)
{
    auto members = workspace.memberships().listForCamp(campId);
    if (!members)
        return std::unexpected(members.error());
    auto people = workspace.people().list();
    if (!people)
        return std::unexpected(people.error());
    QHash<qint64, Person> byId;
    for (const Person &person : std::as_const(*people))
        byId.insert(person.id, person);
    auto subgroups = workspace.subgroups().list(campId);
    if (!subgroups)
        return std::unexpected(subgroups.error());
    QHash<qint64, QString> names;
    for (const Subgroup &subgroup : std::as_const(*subgroups))
        names.insert(subgroup.id, subgroup.name);
    QList<RosterEntry> entries;
    for (const MemberEntry &member : std::as_const(*members))
        entries.append(
            {member.membership, byId.value(member.membership.personId), names.value(member.membership.subgroupId)});
    return entries;
}

Result<QList<RosterEntry>> Roster::write(Workspace &workspace, const QList<RosterEntry> &entries,
                                         const QList<RosterEntry> &seen)
{
    Q_ASSERT(entries.size() == seen.size());
    const std::function<Result<Membership>(qint64)> membership = [&workspace](qint64 id) -> Result<Membership> {
        auto found = workspace.memberships().find(id);
        if (!found)
            return std::unexpected(found.error());
        return found->membership;
    };
    const std::function<Result<Person>(qint64)> person
        = [&workspace](qint64 id) { return workspace.people().find(id); };
    QList<StaleEdit::Seen> rows;
    for (const RosterEntry &entry : seen) {
        rows << StaleEdit::seen(StaleEdit::Table::Memberships, entry.membership, membership)
             << StaleEdit::seen(StaleEdit::Table::People, entry.person, person);
    }
    QList<RosterEntry> stored = entries;
    auto written = StaleEdit::write(workspace, rows, [&]() -> Result<void> {
        for (RosterEntry &entry : stored) {
            if (auto updated = workspace.memberships().update(entry.membership); !updated)
                return updated;
            if (auto updated = workspace.people().update(entry.person); !updated)
                return updated;
            auto nowMembership = membership(entry.membership.id);
            if (!nowMembership)
                return std::unexpected(nowMembership.error());
            auto nowPerson = person(entry.person.id);
            if (!nowPerson)
                return std::unexpected(nowPerson.error());
            entry.membership = *nowMembership;
            entry.person = *nowPerson;
        }
        return {};
    });
    if (!written)
        return std::unexpected(written.error());
    return stored;
}

QByteArray Roster::toCsv(const QList<RosterEntry> &entries, bool withPhone)
{
    // Headers are the import's own field names, so an export reads back as is.
    QList<RosterField> columns {RosterField::DisplayName, RosterField::GroupNickname, RosterField::Role,
                                RosterField::Subgroup,    RosterField::Title,         RosterField::WeChatId,
                                RosterField::QqId,        RosterField::TelegramId,    RosterField::WhatsAppId,
                                RosterField::DiscordId,   RosterField::City,          RosterField::Occupation,
                                RosterField::Tags,        RosterField::JoinedOn,      RosterField::Notes};
    // The phone goes before the city, wherever the city is.
    if (withPhone)
        columns.insert(columns.indexOf(RosterField::City), RosterField::Phone);
    QStringList header;
    for (RosterField field : columns)
        header << RosterColumns::displayName(field);
    QList<QStringList> rows;
    for (const RosterEntry &entry : entries) {
        QStringList row;
        for (RosterField field : columns) {
            switch (field) {
            case RosterField::DisplayName:
                row << entry.person.displayName;
                break;
            case RosterField::GroupNickname:
                row << entry.membership.groupNickname;
                break;
            case RosterField::Role:
                row << MemberRoles::displayName(entry.membership.role);
                break;
            case RosterField::Subgroup:
                row << entry.subgroup;
                break;
            case RosterField::Title:
                row << entry.membership.title;
                break;
            case RosterField::Phone:
                row << entry.person.phone;
                break;
            case RosterField::City:
                row << entry.person.city;
                break;
            case RosterField::Occupation:
                row << entry.person.occupation;
                break;
            case RosterField::Tags:
                row << entry.person.tags.join(QStringLiteral(", "));
                break;
            case RosterField::JoinedOn:
                row << entry.membership.joinedOn.toString(Qt::ISODate);
                break;
            case RosterField::Notes:
                row << entry.person.notes;
                break;
            // Every field is named, so a new one the export forgets is a
            // compiler warning (-Wswitch), not a silently empty column.
            case RosterField::WeChatId:
            case RosterField::QqId:
            case RosterField::TelegramId:
            case RosterField::WhatsAppId:
            case RosterField::DiscordId:
                row << chatIdOn(entry.person, RosterColumns::platform(field));
                break;
            case RosterField::Ignore:
                row << QString();
                break;
            }
        }
        rows.append(row);
    }
    return CsvWriter::document(header, rows);
}

QJsonObject Roster::toJson(const RosterEntry &entry, bool withPhone)
{
    QJsonArray chatIds;
    for (const ChatId &chatId : entry.person.chatIds)
        chatIds.append(QJsonObject {{QStringLiteral("platform"), chatId.platform}, {QStringLiteral("id"), chatId.id}});
    QJsonObject object {
        {QStringLiteral("id"), entry.membership.id},
        {QStringLiteral("person_id"), entry.person.id},
        {QStringLiteral("name"), entry.person.displayName},
        {QStringLiteral("group_nickname"), entry.membership.groupNickname},
        {QStringLiteral("role"), MemberRoles::key(entry.membership.role)},
        {QStringLiteral("subgroup"), entry.subgroup.isEmpty() ? QJsonValue() : QJsonValue(entry.subgroup)},
        {QStringLiteral("title"), entry.membership.title},
        {QStringLiteral("status"), MembershipStatuses::key(entry.membership.status)},
        {QStringLiteral("chat_ids"), chatIds},
        {QStringLiteral("city"), entry.person.city},
        {QStringLiteral("occupation"), entry.person.occupation},
        {QStringLiteral("tags"), QJsonArray::fromStringList(entry.person.tags)},
        {QStringLiteral("joined_on"), dateJson(entry.membership.joinedOn)},
        {QStringLiteral("left_on"), dateJson(entry.membership.leftOn)},
    };
    if (withPhone)
        object.insert(QStringLiteral("phone"), entry.person.phone);
    return object;
}

} // namespace CampDesk
