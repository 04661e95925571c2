#include "core/domain/CampRepository.h"

namespace CampDesk {

// What every implementation of CampRepository shares: no SQL here (that is in
// SqlCampRepository.cpp).

qsizetype CampSnapshot::rowCount() const
{
    qsizetype count = 0;
    for (const Table &table : tables)
        count += table.rows.size();
    return count;
}

bool CampSnapshot::holdsTheSameAs(const CampSnapshot &later) const
{
    static const QStringList computed {QStringLiteral("member_stats"), QStringLiteral("activity_stats")};
    if (tables.size() != later.tables.size())
        return false;
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const Table &mine = tables.at(i);
        const Table &theirs = later.tables.at(i);
        if (mine.name != theirs.name)
            return false;
        if (computed.contains(mine.name))
            continue;
        if (mine.columns != theirs.columns || mine.rows.size() != theirs.rows.size())
            return false;
        // The rows of a new camp are few: each is looked for among the others.
        for (const QVariantList &row : mine.rows) {
            if (!theirs.rows.contains(row))
                return false;
        }
    }
    return true;
}

} // namespace CampDesk
