#include "ui/plan/ActivityStyle.h"

namespace CampDesk::ActivityStyle {

QColor color(ActivityType type)
{
    switch (type) {
    case ActivityType::Announcement:
        return QColor(0x1E, 0x88, 0xE5);
    case ActivityType::Lesson:
        return QColor(0x3949AB);
    case ActivityType::CheckIn:
        return QColor(0x43A047);
    case ActivityType::Entertainment:
        return QColor(0xFB8C00);
    case ActivityType::SharingSession:
        return QColor(0x8E24AA);
    case ActivityType::OpeningCeremony:
        return QColor(0xD81B60);
    case ActivityType::ClosingCeremony:
        return QColor(0xC62828);
    case ActivityType::Digest:
        return QColor(0x00897B);
    case ActivityType::StaffTask:
        return QColor(0x6D4C41);
    }
    return QColor(0x757575);
}

QColor fill(ActivityType type)
{
    QColor pale = color(type);
    pale.setHsl(pale.hslHue(), std::min(255, pale.hslSaturation()), 232);
    return pale;
}

} // namespace CampDesk::ActivityStyle
