#pragma once

#include "review/ReviewSeries.h"

#include <QColor>

namespace CampDesk::PhaseStyle {

// One colour per camp phase, for every view that shows phases: the plan's
// legend and day shading, the review charts' bands and their legend. The
// same hue everywhere; `color` for swatches and legends (it must read as
// the colour, not as white), `shade` for the background of a day.
QColor color(CampPhase phase);
QColor shade(CampPhase phase);

} // namespace CampDesk::PhaseStyle
