#pragma once

#include "core/Error.h"
#include "core/capture/Participation.h"
#include "core/domain/Activity.h"
#include "core/domain/ActivityRepository.h"

#include <QCoreApplication>
#include <QList>

namespace CampDesk {

class Workspace;

// What deleting activities took with it: their check-ins (the foreign key
// deletes them) and the reviews and copies of lines that named them (it
// unlinks those).
struct ActivityDependants final {
    QList<CheckIn> checkIns; // each names its activity
    ActivityLinks links;

    bool operator==(const ActivityDependants &) const = default;
};

// Deletes activities with what depends on them, and puts it all back: an
// activity deleted by mistake and undone keeps its attendance, and the
// members' figures follow both ways. Each runs inside the caller's
// transaction (or one of its own).
class ActivityRemoval final {
    Q_DECLARE_TR_FUNCTIONS(ActivityRemoval)

public:
    // Deletes `activities` (as stored) and returns what went with them.
    [[nodiscard]] static Result<ActivityDependants> remove(Workspace &workspace, const QList<Activity> &activities);
    // The undo of adding `activities`: deletes them while nothing else names
    // them. A check-in, a review or a copied line recorded for them since is
    // someone's work, not the add's: refused as stale, naming what there is.
    [[nodiscard]] static Result<void> removeAdded(Workspace &workspace, const QList<Activity> &activities);
    // After the activities are back under their ids: their check-ins and links.
    [[nodiscard]] static Result<void> restore(Workspace &workspace, const QList<Activity> &activities,
                                              const ActivityDependants &dependants);
};

} // namespace CampDesk
