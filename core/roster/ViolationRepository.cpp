#include "core/roster/ViolationRepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace CampDesk {

// What every implementation of ViolationRepository shares: no SQL here (that is in
// SqlViolationRepository.cpp).

namespace ViolationActions {

QList<ViolationAction> all()
{
    return {ViolationAction::Reminder, ViolationAction::Warning, ViolationAction::Removed};
}

QString key(ViolationAction action)
{
    switch (action) {
    case ViolationAction::Reminder:
        return QStringLiteral("reminder");
    case ViolationAction::Warning:
        return QStringLiteral("warning");
    case ViolationAction::Removed:
        return QStringLiteral("removed");
    }
    return {};
}

std::optional<ViolationAction> fromKey(const QString &key)
{
    for (ViolationAction action : all()) {
        if (ViolationActions::key(action) == key)
            return action;
    }
    return std::nullopt;
}

QString displayName(ViolationAction action)
{
    switch (action) {
    case ViolationAction::Reminder:
        return QCoreApplication::translate("ViolationAction", "Reminder");
    case ViolationAction::Warning:
        return QCoreApplication::translate("ViolationAction", "Warning");
    case ViolationAction::Removed:
        return QCoreApplication::translate("ViolationAction", "Removed");
    }
    return {};
}

} // namespace ViolationActions

bool ViolationRepository::nextMeansRemoval(const QList<Violation> &inCamp, int warningsBeforeRemoval)
{
    const auto warnings = std::count_if(inCamp.cbegin(), inCamp.cend(),
                                        [](const Violation &each) { return each.action == ViolationAction::Warning; });
    return warnings >= warningsBeforeRemoval;
}

} // namespace CampDesk
