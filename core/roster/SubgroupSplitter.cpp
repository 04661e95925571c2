#include "core/roster/SubgroupSplitter.h"

#include <QRandomGenerator>

#include <algorithm>

namespace CampDesk {

int SubgroupSplitter::groupCount(int members, const Options &options)
{
    if (options.groups > 0)
        return options.groups;
    if (options.targetSize > 0)
        return std::max(1, (members + options.targetSize - 1) / options.targetSize);
    return 1;
}

QHash<qint64, int> SubgroupSplitter::split(QList<Member> members, const Options &options)
{
    const int groups = groupCount(int(members.size()), options);
    QHash<qint64, int> assignment;
    if (members.isEmpty() || groups < 1)
        return assignment;

    // Random order from the seed, then role by role so each role is dealt
    // out evenly before the next.
    QRandomGenerator random(options.seed);
    std::shuffle(members.begin(), members.end(), random);
    // Within a role, members of one city (and occupation) come together, so
    // dealing them out in turn spreads each city over the groups. Cities are
    // ranked by their first appearance in the shuffled order: random, not
    // alphabetical.
    QHash<QString, int> cityRank;
    QHash<QString, int> occupationRank;
    for (const Member &member : std::as_const(members)) {
        cityRank.insert(member.city, cityRank.value(member.city, int(cityRank.size())));
        occupationRank.insert(member.occupation, occupationRank.value(member.occupation, int(occupationRank.size())));
    }
    std::stable_sort(members.begin(), members.end(), [&](const Member &a, const Member &b) {
        const int cityA = options.spreadCities ? cityRank.value(a.city) : 0;
        const int cityB = options.spreadCities ? cityRank.value(b.city) : 0;
        const int jobA = options.spreadOccupations ? occupationRank.value(a.occupation) : 0;
        const int jobB = options.spreadOccupations ? occupationRank.value(b.occupation) : 0;
        return std::tuple {a.role, cityA, jobA} < std::tuple {b.role, cityB, jobB};
    });

    QList<int> sizes(groups, 0);
    const int floorSize = int(members.size()) / groups;
    const int remainder = int(members.size()) % groups;
    int atCeiling = 0; // groups grown past the floor
    QHash<MemberRole, QList<int>> perRole;
    QHash<QString, QList<int>> perCity;
    QHash<QString, QList<int>> perOccupation;
    for (const Member &member : std::as_const(members)) {
        QList<int> &roleCounts = perRole[member.role];
        if (roleCounts.isEmpty())
            roleCounts = QList<int>(groups, 0);
        QList<int> *cityCounts = nullptr;
        if (options.spreadCities && !member.city.isEmpty()) {
            cityCounts = &perCity[member.city];
            if (cityCounts->isEmpty())
                *cityCounts = QList<int>(groups, 0);
        }
        QList<int> *occupationCounts = nullptr;
        if (options.spreadOccupations && !member.occupation.isEmpty()) {
            occupationCounts = &perOccupation[member.occupation];
            if (occupationCounts->isEmpty())
                *occupationCounts = QList<int>(groups, 0);
        }
        // Sizes are a hard rule: a group takes a member only while it stays
        // within the floor or, for as many groups as the remainder allows,
        // the ceiling of the fair share. Among those, the group with the
        // fewest of this role, then of this city and occupation, then the
        // smallest, then the first.
        const auto open = [&](int group) {
            return sizes.at(group) < floorSize || (sizes.at(group) == floorSize && atCeiling < remainder);
        };
        const auto key = [&](int group) {
            return std::tuple {roleCounts.at(group), cityCounts ? cityCounts->at(group) : 0,
                               occupationCounts ? occupationCounts->at(group) : 0, sizes.at(group), group};
        };
        int best = -1;
        for (int group = 0; group < groups; ++group) {
            if (open(group) && (best < 0 || key(group) < key(best)))
                best = group;
        }
        if (sizes.at(best) == floorSize)
            ++atCeiling;
        ++roleCounts[best];
        if (cityCounts)
            ++(*cityCounts)[best];
        if (occupationCounts)
            ++(*occupationCounts)[best];
        ++sizes[best];
        assignment.insert(member.membershipId, best);
    }
    return assignment;
}

} // namespace CampDesk
