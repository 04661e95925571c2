#pragma once

#include "core/domain/Camp.h"

#include <QColor>

namespace CampDesk::CampStatusStyle {

// Badge colours by status; one place so sidebar and overview agree.
QColor background(CampStatus status);
QColor foreground(CampStatus status);

} // namespace CampDesk::CampStatusStyle
