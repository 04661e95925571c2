#include "core/review/CampHeadcount.h"

#include "core/review/ReviewCalculator.h"
#include "core/review/ReviewInput.h"

namespace CampDesk {

CampHeadcount CampHeadcount::of(const ReviewInput &input, const QHash<MemberRole, int> &byRole, QDate today)
{
    return {.byRole = byRole,
            .series = ReviewCalculator::compute(input, {}, ReviewCalculator::optionsOn(today, input.camp))};
}

} // namespace CampDesk
