#pragma once

#include "core/Error.h"
#include "core/domain/Camp.h"
#include "core/domain/MemberRole.h"
#include "core/review/ReviewSeries.h"

#include <QHash>
#include <QJsonObject>

namespace CampDesk {
class Workspace;
}

namespace CampDesk::CampJson {

// Who a camp has, counted as the Overview tab counts them: its members as the
// review counts them on the camp's today (staff and those who left out, the
// ones who left named), and everyone on the roster by role.
struct Headcount {
    QHash<MemberRole, int> byRole;
    ReviewSeries series;
};

[[nodiscard]] Result<Headcount> headcount(Workspace &workspace, const Camp &camp);

// The stable JSON shape of a camp (snake_case keys, documented in README).
QJsonObject toJson(const Camp &camp, const Headcount &headcount);

} // namespace CampDesk::CampJson
