#pragma once

#include "core/domain/Camp.h"
#include "core/domain/MemberRole.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>

namespace CampDesk::CampJson {

// The stable JSON shape of a camp (snake_case keys, documented in README).
QJsonObject toJson(const Camp &camp, QDate today, const QHash<MemberRole, int> &membersByRole);

} // namespace CampDesk::CampJson
