#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace CampDesk {

// Order matters: it is the order rosters list roles in, staff first.
enum class MemberRole {
    OwnerTeam,
    Assistant,
    AtmosphereCrew,
    CoreMember,
    SeedMember,
    OrdinaryMember,
};

namespace MemberRoles {

QList<MemberRole> all();
// Stable key stored in the workspace and printed in JSON; never translated.
QString key(MemberRole role);
std::optional<MemberRole> fromKey(const QString &key);
QString displayName(MemberRole role);
// Staff run the camp; later participation figures leave them out by default.
bool isStaff(MemberRole role);
// Of a roster's counts by role: the staff, and everyone.
int staffIn(const QHash<MemberRole, int> &countByRole);
int totalIn(const QHash<MemberRole, int> &countByRole);

} // namespace MemberRoles
} // namespace CampDesk
