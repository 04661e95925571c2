#pragma once

#include "core/domain/MemberRole.h"

#include <QHash>
#include <QList>
#include <QString>

namespace CampDesk {

// Splits members into balanced subgroups: every group gets its share of each
// role (core and seed members differ by at most one between groups), sizes
// differ by at most one, and optionally cities or occupations are spread.
// The same seed gives the same split.
class SubgroupSplitter final {
public:
    struct Member {
        qint64 membershipId = 0;
        MemberRole role = MemberRole::OrdinaryMember;
        QString city;
        QString occupation;
    };
    struct Options {
        int groups = 0; // number of groups, or 0 to derive it from targetSize
        int targetSize = 0; // members per group when groups is 0
        bool spreadCities = false;
        bool spreadOccupations = false;
        quint32 seed = 1;
    };

    static int groupCount(int members, const Options &options);
    // Membership id -> group index (0-based).
    static QHash<qint64, int> split(QList<Member> members, const Options &options);
};

} // namespace CampDesk
