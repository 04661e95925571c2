#include "ui/widgets/PhaseStyle.h"

#include <QCoreApplication>

namespace CampDesk::PhaseStyle {

QColor color(CampPhase phase)
{
    switch (phase) {
    case CampPhase::Preparation:
        return QColor(0xE0, 0x9A, 0x2B);
    case CampPhase::Course:
        return QColor(0x2E, 0x9D, 0x6A);
    case CampPhase::WrapUp:
        return QColor(0x4A, 0x78, 0xC2);
    case CampPhase::Outside:
        return Qt::transparent;
    }
    return Qt::transparent;
}

QColor shade(CampPhase phase)
{
    switch (phase) {
    case CampPhase::Preparation:
        return QColor(0xFD, 0xF1, 0xDC);
    case CampPhase::Course:
        return QColor(0xE6, 0xF4, 0xEC);
    case CampPhase::WrapUp:
        return QColor(0xE6, 0xEE, 0xFA);
    case CampPhase::Outside:
        return Qt::transparent;
    }
    return Qt::transparent;
}

QString name(CampPhase phase)
{
    switch (phase) {
    case CampPhase::Preparation:
        return QCoreApplication::translate("PhaseStyle", "Preparation");
    case CampPhase::Course:
        return QCoreApplication::translate("PhaseStyle", "Course days");
    case CampPhase::WrapUp:
        return QCoreApplication::translate("PhaseStyle", "Wrap-up");
    case CampPhase::Outside:
        return {};
    }
    return {};
}

} // namespace CampDesk::PhaseStyle
