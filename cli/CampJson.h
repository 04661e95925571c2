#pragma once

#include "core/Error.h"
#include "core/domain/Camp.h"
#include "core/review/CampHeadcount.h"

#include <QJsonObject>

namespace CampDesk {
class Workspace;
}

namespace CampDesk::CampJson {

// The camp's headcount, read from the workspace (CampHeadcount).
[[nodiscard]] Result<CampHeadcount> headcount(Workspace &workspace, const Camp &camp);

// The stable JSON shape of a camp (snake_case keys, documented in README).
QJsonObject toJson(const Camp &camp, const CampHeadcount &headcount);

} // namespace CampDesk::CampJson
