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

#include <algorithm>

namespace CampDesk {

namespace {

QJsonValue dateJson(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QString Roster::subgroupOf(const QList<RosterEntry> &entries, const QString &member)
{
    const QString name = member.trimmed();
    if (name.isEmpty())
        return {};
    const RosterEntry *named = nullptr;
    for (const RosterEntry &entry : entries) {
        if (entry.person.displayName != name && entry.membership.groupNickname != name)
            continue;
        if (named)
            return {}; // two members of that name: which one's subgroup is not known
        named = &entry;
    }
    return named ? named->subgroup : QString();
}

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

namespace {

// Above this many members an edit reads the whole roster once instead of
// each member: a few rows are cheaper than a camp of thousands.
constexpr qsizetype RowByRowLimit = 16;

// The members of `entries` as stored now, by membership id; one gone is
// left out.
Result<QHash<qint64, RosterEntry>> storedMembers(Workspace &workspace, const QList<RosterEntry> &entries)
{
    QHash<qint64, RosterEntry> stored;
    if (entries.size() > RowByRowLimit) {
        auto roster = Roster::load(workspace, entries.first().membership.campId);
        if (!roster)
            return std::unexpected(roster.error());
        for (const RosterEntry &entry : std::as_const(*roster))
            stored.insert(entry.membership.id, entry);
        return stored;
    }
    for (const RosterEntry &entry : entries) {
        auto member = workspace.memberships().find(entry.membership.id);
        if (!member && !member.error().missing)
            return std::unexpected(member.error());
        if (!member)
            continue;
        auto person = workspace.people().find(member->membership.personId);
        if (!person && !person.error().missing)
            return std::unexpected(person.error());
        if (person)
            stored.insert(entry.membership.id, {member->membership, *person, entry.subgroup});
    }
    return stored;
}

} // namespace

Result<QList<RosterEntry>> Roster::write(Workspace &workspace, const QList<RosterEntry> &entries,
                                         const QList<RosterEntry> &seen)
{
    Q_ASSERT(entries.size() == seen.size());
    if (entries.isEmpty())
        return entries;
    // Every edit of members is of one camp's roster.
    Q_ASSERT(std::all_of(entries.cbegin(), entries.cend(), [&](const RosterEntry &entry) {
        return entry.membership.campId == entries.first().membership.campId;
    }));
    QList<StaleEdit::Row> rows;
    for (const RosterEntry &entry : seen) {
        rows.append({StaleEdit::Table::Memberships, entry.membership.id});
        rows.append({StaleEdit::Table::People, entry.person.id});
    }
    QList<RosterEntry> stored = entries;
    auto written = StaleEdit::write(
        workspace, rows,
        [&]() -> Result<std::optional<StaleEdit::Row>> {
            auto now = storedMembers(workspace, seen);
            if (!now)
                return std::unexpected(now.error());
            for (const RosterEntry &was : seen) {
                const auto found = now->constFind(was.membership.id);
                if (found == now->cend() || found->membership != was.membership)
                    return StaleEdit::Row {StaleEdit::Table::Memberships, was.membership.id};
                if (found->person != was.person)
                    return StaleEdit::Row {StaleEdit::Table::People, was.person.id};
            }
            return std::nullopt;
        },
        [&]() -> Result<void> {
            QList<Membership> memberships;
            for (const RosterEntry &entry : entries)
                memberships.append(entry.membership);
            if (auto updated = workspace.memberships().updateAll(memberships); !updated)
                return updated;
            for (const RosterEntry &entry : entries) {
                if (auto updated = workspace.people().update(entry.person); !updated)
                    return updated;
            }
            auto now = storedMembers(workspace, entries);
            if (!now)
                return std::unexpected(now.error());
            for (RosterEntry &entry : stored)
                entry = now->value(entry.membership.id);
            return {};
        });
    if (!written)
        return std::unexpected(written.error());
    return stored;
}

QString Roster::chatIdsOn(const Person &person, const QString &platform)
{
    QStringList ids;
    for (const ChatId &chatId : person.chatIds) {
        if (chatId.platform == platform)
            ids.append(chatId.id);
    }
    return ids.join(QLatin1String(", "));
}

StaleEdit::Seen Roster::seenSubgroupOnlyWith(Workspace &workspace, const Subgroup &subgroup,
                                             const QSet<qint64> &members)
{
    StaleEdit::Seen seen = StaleEdit::seen<Subgroup>(
        StaleEdit::Table::Subgroups, subgroup, [&workspace](qint64 id) { return workspace.subgroups().find(id); });
    seen.unchanged = [&workspace, members, subgroup, same = seen.unchanged]() -> Result<bool> {
        auto unchanged = same();
        if (!unchanged || !*unchanged)
            return unchanged;
        auto inCamp = workspace.memberships().listForCamp(subgroup.campId);
        if (!inCamp)
            return std::unexpected(inCamp.error());
        return std::none_of(inCamp->cbegin(), inCamp->cend(), [&](const MemberEntry &entry) {
            return entry.membership.subgroupId == subgroup.id && !members.contains(entry.membership.id);
        });
    };
    return seen;
}

QByteArray Roster::toCsv(const QList<RosterEntry> &entries, bool withPhone)
{
    // Headers are the import's own field names, so an export reads back as is.
    QList<RosterField> columns {RosterField::DisplayName,   RosterField::GroupNickname, RosterField::Role,
                                RosterField::Subgroup,      RosterField::Title,         RosterField::WeChatId,
                                RosterField::QqId,          RosterField::TelegramId,    RosterField::WhatsAppId,
                                RosterField::DiscordId,     RosterField::City,          RosterField::Occupation,
                                RosterField::Tags,          RosterField::JoinedOn,      RosterField::Status,
                                RosterField::LeftOn,        RosterField::Notes,         RosterField::IntroBasics,
                                RosterField::IntroSentence, RosterField::IntroReason,   RosterField::IntroProudest};
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
            case RosterField::Status:
                row << MembershipStatuses::displayName(entry.membership.status);
                break;
            case RosterField::LeftOn:
                row << entry.membership.leftOn.toString(Qt::ISODate);
                break;
            case RosterField::Notes:
                row << entry.person.notes;
                break;
            case RosterField::IntroBasics:
                row << entry.membership.introduction.basics;
                break;
            case RosterField::IntroSentence:
                row << entry.membership.introduction.sentence;
                break;
            case RosterField::IntroReason:
                row << entry.membership.introduction.reason;
                break;
            case RosterField::IntroProudest:
                row << entry.membership.introduction.proudest;
                break;
            // Every field is named, so a new one the export forgets is a
            // compiler warning (-Wswitch), not a silently empty column.
            case RosterField::WeChatId:
            case RosterField::QqId:
            case RosterField::TelegramId:
            case RosterField::WhatsAppId:
            case RosterField::DiscordId:
                row << chatIdsOn(entry.person, RosterColumns::platform(field));
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
