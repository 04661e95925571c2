#include "core/plan/ActivityCheckIns.h"

#include "core/Workspace.h"
#include "core/capture/ParticipationRepository.h"

namespace CampDesk {

Result<void> ActivityCheckIns::checkChange(Workspace &workspace, const Activity &stored, const Activity &changed)
{
    if (stored.start.date() == changed.start.date() && stored.type == changed.type)
        return {};
    // Check-ins are written under the camp's lock: none comes between the
    // look and the change.
    if (auto locked = workspace.participation().lockCamp(stored.campId); !locked)
        return locked;
    auto checkIns = workspace.participation().activityCheckIns(stored.campId, {stored.id});
    if (!checkIns)
        return std::unexpected(checkIns.error());
    if (checkIns->isEmpty())
        return {};
    return fail(tr("“%1” has %n check-in(s) recorded on %2: moved to another day or made another kind of activity, "
                   "it would leave them on that day. Clear them in the check-in grid first, or add another activity.",
                   nullptr, int(checkIns->size()))
                    .arg(stored.title, stored.start.date().toString(Qt::ISODate)));
}

} // namespace CampDesk
