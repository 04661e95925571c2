#pragma once

#include "core/review/ReviewInput.h"
#include "core/review/ReviewSeries.h"

#include <QJsonObject>

namespace CampDesk {

// Every series of a review as JSON (snake_case keys; rates in percent, null
// where there is nothing to divide by): `campdesk-cli report --json`, review
// snapshots and the dashboard's CSV export read the same figures.
namespace ReviewJson {

QJsonObject series(const ReviewInput &input, const ReviewSeries &series);
// The headline figures alone (members, averages over the counted course
// days, messages): `report --json` carries them at its top level and
// `stats --json` as its "summary".
QJsonObject headline(const ReviewSeries &series);
QJsonObject activity(const ReviewInput &input, const ReviewSeries &series, qint64 activityId);

} // namespace ReviewJson

} // namespace CampDesk
