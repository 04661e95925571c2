#pragma once

#include "core/Error.h"
#include "core/capture/Participation.h"
#include "core/roster/Roster.h"

#include <QCoreApplication>

#include <optional>

namespace CampDesk {

class Workspace;

// What splitting a chat identity off its member did, for undo.
struct IdentitySplit final {
    ChatIdentity identity; // as it was before
    RosterEntry created; // the new member
    qint64 chatIdOwner = 0; // the person whose recorded chat id moved to the new member (0: none)
};

// Takes a chat identity off the member it was merged into and makes it a
// member of its own: the reverse of mapping two identities to one member.
// The identity's account id moves with it (it is no longer the old
// member's), and both members' check-ins and figures follow.
class IdentitySplitter final {
    Q_DECLARE_TR_FUNCTIONS(IdentitySplitter)

public:
    [[nodiscard]] static Result<IdentitySplit> split(Workspace &workspace, const ChatIdentity &identity);
    [[nodiscard]] static Result<void> undo(Workspace &workspace, const IdentitySplit &split);
};

} // namespace CampDesk
