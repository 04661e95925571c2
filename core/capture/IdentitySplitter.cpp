#include "core/capture/IdentitySplitter.h"

#include "core/Workspace.h"
#include "core/capture/ParticipationRepository.h"
#include "core/domain/MembershipRepository.h"
#include "core/domain/PersonRepository.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

namespace CampDesk {

namespace {

// The account id an identity's key is, for formats that have ids.
std::optional<ChatId> accountOf(const ChatIdentity &identity)
{
    if (identity.chatKey.startsWith(QLatin1String("name:")) || identity.chatKey.isEmpty())
        return std::nullopt;
    return ChatId {identity.platform, identity.chatKey};
}

Result<void> setChatId(Workspace &workspace, qint64 personId, const ChatId &chatId, bool present)
{
    auto person = workspace.people().find(personId);
    if (!person)
        return std::unexpected(person.error());
    person->chatIds.removeAll(chatId);
    if (present)
        person->chatIds.append(chatId);
    return workspace.people().update(*person);
}

// The member a split made, with nothing more since than the split gave
// them: an undo deletes them, and with them whatever another operator (or
// this one) added, so anything more refuses it, stale, with nothing changed.
Result<void> createdAsItWas(Workspace &workspace, const IdentitySplit &split)
{
    const qint64 personId = split.created.person.id;
    auto membership = workspace.memberships().find(split.created.membership.id);
    auto person = workspace.people().find(personId);
    // Rows of theirs the split did not make (its account's own rows went
    // back to its member before this is asked).
    auto more = Sql::scalar(workspace.database(),
                            QStringLiteral("SELECT (SELECT COUNT(*) FROM check_ins WHERE person_id = ?)"
                                           " + (SELECT COUNT(*) FROM violations WHERE person_id = ?)"
                                           " + (SELECT COUNT(*) FROM chat_identities WHERE person_id = ?)"
                                           " + (SELECT COUNT(*) FROM name_aliases WHERE person_id = ?)"
                                           " + (SELECT COUNT(*) FROM memberships WHERE person_id = ? AND id <> ?)"),
                            {personId, personId, personId, personId, personId, split.created.membership.id});
    if (!more)
        return std::unexpected(more.error());
    if (membership && person && membership->membership == split.created.membership && *person == split.created.person
        && *more == 0)
        return {};
    if ((!membership && !membership.error().missing) || (!person && !person.error().missing))
        return std::unexpected(!membership ? membership.error() : person.error());
    return failStale(IdentitySplitter::tr("The member made from “%1” has more since (a check-in, a subgroup, another "
                                          "account, a camp, a violation or an edit); undoing the split would delete "
                                          "it, so nothing was changed.")
                         .arg(split.identity.displayName));
}

} // namespace

Result<IdentitySplit> IdentitySplitter::split(Workspace &workspace, const ChatIdentity &identity)
{
    Transaction transaction(workspace.database());
    if (auto begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    // The camp's participation before any row (ParticipationRepository::lockCamp).
    if (auto locked = workspace.participation().lockCamp(identity.campId); !locked)
        return std::unexpected(locked.error());
    IdentitySplit split;
    split.identity = identity;
    Person person;
    person.displayName = identity.self ? tr("Me (the account that made the export)") : identity.displayName;
    if (const auto account = accountOf(identity)) {
        auto owner = workspace.people().findByChatId(*account);
        if (!owner)
            return std::unexpected(owner.error());
        if (const std::optional<qint64> &found = *owner) {
            split.chatIdOwner = *found;
            if (auto moved = setChatId(workspace, split.chatIdOwner, *account, false); !moved)
                return std::unexpected(moved.error());
        }
        person.chatIds.append(*account);
    }
    auto personId = workspace.people().insert(person);
    if (!personId)
        return std::unexpected(personId.error());
    person.id = *personId;
    Membership membership;
    membership.campId = identity.campId;
    membership.personId = *personId;
    membership.groupNickname = identity.self ? QString() : identity.displayName;
    auto membershipId = workspace.memberships().add(membership);
    if (!membershipId)
        return std::unexpected(membershipId.error());
    if (auto mapped = workspace.participation().mapIdentity(identity.id, *personId); !mapped)
        return std::unexpected(mapped.error());
    // As stored, for the undo to tell whether anyone changed them since.
    auto stored = workspace.memberships().find(*membershipId);
    if (!stored)
        return std::unexpected(stored.error());
    auto storedPerson = workspace.people().find(*personId);
    if (!storedPerson)
        return std::unexpected(storedPerson.error());
    split.created = {stored->membership, *storedPerson, QString()};
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return split;
}

Result<void> IdentitySplitter::undo(Workspace &workspace, const IdentitySplit &split)
{
    Transaction transaction(workspace.database());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (auto locked = workspace.participation().lockCamp(split.identity.campId); !locked)
        return locked;
    if (auto mapped = workspace.participation().mapIdentity(split.identity.id, split.identity.personId); !mapped)
        return mapped;
    if (auto kept = createdAsItWas(workspace, split); !kept)
        return kept;
    if (auto removed = workspace.memberships().remove(split.created.membership.id); !removed)
        return removed;
    if (auto removed = workspace.people().remove(split.created.person.id); !removed)
        return removed;
    if (const auto account = accountOf(split.identity); account && split.chatIdOwner > 0) {
        if (auto restored = setChatId(workspace, split.chatIdOwner, *account, true); !restored)
            return restored;
    }
    return transaction.commit();
}

} // namespace CampDesk
