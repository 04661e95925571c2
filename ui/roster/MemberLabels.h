#pragma once

#include "core/roster/Roster.h"

#include <QList>
#include <QString>

#include <utility>

namespace CampDesk {

// Names for pickers that tell members apart: the name with its subgroup and
// city, then the group nickname where that is shared, and the member number
// only when all of that is the same. Sorted as the interface language sorts names
// (pinyin order in Chinese).
class MemberLabels final {
public:
    static QList<std::pair<qint64, QString>> choices(const QList<RosterEntry> &roster);
};

} // namespace CampDesk
