#pragma once

#include "core/Error.h"
#include "core/domain/Activity.h"

#include <QCoreApplication>

namespace CampDesk {

class Workspace;

// An activity's check-ins are dated on its day: the check-in grid ticks its
// column from them, and clearing a cell looks on that day. Moved to another
// day, or made another kind of activity, it would leave them behind, ticked
// under the wrong day and never to be cleared. So such a change waits until
// its check-ins are cleared.
class ActivityCheckIns final {
    Q_DECLARE_TR_FUNCTIONS(ActivityCheckIns)

public:
    // Refuses `changed` over `stored` when it moves the day or the type of
    // an activity that has check-ins; any other change passes.
    [[nodiscard]] static Result<void> checkChange(Workspace &workspace, const Activity &stored,
                                                  const Activity &changed);
};

} // namespace CampDesk
