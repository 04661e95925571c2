#include "ui/camps/CampStatusStyle.h"

namespace CampDesk::CampStatusStyle {

QColor background(CampStatus status)
{
    switch (status) {
    case CampStatus::Planning:
        return QColor(0xE8, 0xEA, 0xF6);
    case CampStatus::Preparing:
        return QColor(0xFF, 0xF3, 0xE0);
    case CampStatus::Running:
        return QColor(0xE3, 0xF4, 0xE8);
    case CampStatus::Finished:
        return QColor(0xEE, 0xEE, 0xEE);
    }
    return {};
}

QColor foreground(CampStatus status)
{
    switch (status) {
    case CampStatus::Planning:
        return QColor(0x30, 0x3F, 0x9F);
    case CampStatus::Preparing:
        return QColor(0xB2, 0x5B, 0x00);
    case CampStatus::Running:
        return QColor(0x1B, 0x7A, 0x3A);
    case CampStatus::Finished:
        return QColor(0x61, 0x61, 0x61);
    }
    return {};
}

} // namespace CampDesk::CampStatusStyle
