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

} // namespace CampDesk
