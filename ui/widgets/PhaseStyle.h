#pragma once

#include "core/review/ReviewSeries.h"

#include <QColor>
#include <QString>

namespace CampDesk::PhaseStyle {

// One colour per camp phase, for every view that shows phases: the plan's
// legend and day shading, the review charts' bands and their legend. The
// same hue everywhere; `shade` for the background of a day and for the
// legend box that stands for it (a strong square would read as one more
// activity colour), `color` for its outline.
QColor color(CampPhase phase);
QColor shade(CampPhase phase);
// "Course days" — never just "Course", which reads like a lesson (课程).
// Short, because the review chart's legend holds six entries in half a
// window and Qt elides every one of them when the row is full.
QString name(CampPhase phase);

} // namespace CampDesk::PhaseStyle
