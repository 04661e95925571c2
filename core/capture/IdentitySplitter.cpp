#include "core/capture/IdentitySplitter.h"

#include "core/Workspace.h"
#include "core/capture/ParticipationRepository.h"
#include "core/domain/MembershipRepository.h"
#include "core/domain/PersonRepository.h"
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
    membership.id = *membershipId;
    split.created = {membership, person, QString()};
    if (auto mapped = workspace.participation().mapIdentity(identity.id, *personId); !mapped)
        return std::unexpected(mapped.error());
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
