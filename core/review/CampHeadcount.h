#pragma once

#include "core/domain/MemberRole.h"
#include "core/review/ReviewSeries.h"

#include <QDate>
#include <QHash>

namespace CampDesk {

struct ReviewInput;

// Who a camp has, counted once for the Overview tab and `camps show` and
// `camps list`: its members as the review counts them on the camp's today
// (in the camp on the as-of day, staff and those who left out, the ones who
// left named), and everyone on the roster by role.
struct CampHeadcount final {
    QHash<MemberRole, int> byRole;
    ReviewSeries series; // memberCount, membersLeft

    int staff() const { return MemberRoles::staffIn(byRole); }
    int onRoster() const { return MemberRoles::totalIn(byRole); }

    static CampHeadcount of(const ReviewInput &input, const QHash<MemberRole, int> &byRole, QDate today);
};

} // namespace CampDesk
