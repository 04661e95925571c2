#pragma once

#include "core/domain/Activity.h"

#include <QColor>

namespace CampDesk::ActivityStyle {

// One colour per activity type, shared by every plan view and the legend.
QColor color(ActivityType type);
// A pale version of the colour for chip backgrounds.
QColor fill(ActivityType type);

} // namespace CampDesk::ActivityStyle
