#include "core/review/ActivityReviewRepository.h"

#include "core/Workspace.h"
#include "core/review/ReviewCalculator.h"
#include "core/review/ReviewInput.h"
#include "core/review/ReviewJson.h"

#include <algorithm>

namespace CampDesk {

// What every implementation of ActivityReviewRepository shares: no SQL here (that is in
// SqlActivityReviewRepository.cpp).

Result<ActivityReview> ActivityReviewRepository::draft(Workspace &workspace, qint64 campId, qint64 activityId)
{
    auto input = ReviewInputLoader::load(workspace, campId);
    if (!input)
        return std::unexpected(input.error());
    const int index = input->activityIndexOf(activityId);
    if (index < 0)
        return fail(tr("Activity %1 is not in this camp.").arg(activityId));
    const ReviewActivity &activity = input->activities.at(index);
    ReviewOptions options;
    options.now = std::max(QDateTime::currentSecsSinceEpoch(), activity.window.start);
    const ReviewSeries series = ReviewCalculator::compute(*input, {}, options);
    ActivityReview review;
    review.campId = campId;
    review.activityId = activityId;
    review.activityTitle = activity.title;
    review.activityType = activity.type;
    review.activityStart = activity.start;
    review.createdAt = QDateTime::currentDateTimeUtc();
    review.updatedAt = review.createdAt;
    review.snapshot = ReviewJson::activity(*input, series, activityId);
    return review;
}

} // namespace CampDesk
