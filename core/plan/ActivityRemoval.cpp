#include "core/plan/ActivityRemoval.h"

#include "core/Workspace.h"
#include "core/capture/ParticipationRepository.h"
#include "core/storage/Transaction.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace CampDesk {

namespace {

// The activities' ids by camp, in the order given.
QHash<qint64, QList<qint64>> idsByCamp(const QList<Activity> &activities)
{
    QHash<qint64, QList<qint64>> byCamp;
    for (const Activity &activity : activities)
        byCamp[activity.campId].append(activity.id);
    return byCamp;
}

} // namespace

Result<ActivityDependants> ActivityRemoval::remove(Workspace &workspace, const QList<Activity> &activities)
{
    Transaction transaction(workspace.database());
    if (auto begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    ActivityDependants dependants;
    QList<qint64> ids;
    QHash<qint64, QSet<qint64>> attendees; // camp → people whose check-ins go
    const QHash<qint64, QList<qint64>> byCamp = idsByCamp(activities);
    // Their check-ins go and the members' figures are counted again: each
    // camp's participation is locked first, in the order of the camps' ids,
    // which every remover takes them in.
    QList<qint64> camps = byCamp.keys();
    std::sort(camps.begin(), camps.end());
    for (qint64 campId : std::as_const(camps)) {
        if (auto locked = workspace.participation().lockCamp(campId); !locked)
            return std::unexpected(locked.error());
    }
    for (auto camp = byCamp.cbegin(); camp != byCamp.cend(); ++camp) {
        auto checkIns = workspace.participation().activityCheckIns(camp.key(), camp.value());
        if (!checkIns)
            return std::unexpected(checkIns.error());
        for (const CheckIn &checkIn : std::as_const(*checkIns))
            attendees[camp.key()].insert(checkIn.personId);
        dependants.checkIns += *checkIns;
        ids += camp.value();
    }
    auto links = workspace.activities().linksTo(ids);
    if (!links)
        return std::unexpected(links.error());
    dependants.links = *links;
    if (auto removed = workspace.activities().removeAll(ids); !removed)
        return std::unexpected(removed.error());
    // The members' figures count every check-in, an activity's too.
    for (auto camp = attendees.cbegin(); camp != attendees.cend(); ++camp) {
        if (auto refreshed = workspace.participation().refreshStats(camp.key(), camp.value().values()); !refreshed)
            return std::unexpected(refreshed.error());
    }
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return dependants;
}

Result<void> ActivityRemoval::removeAdded(Workspace &workspace, const QList<Activity> &activities)
{
    Transaction transaction(workspace.database());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto taken = remove(workspace, activities);
    if (!taken)
        return std::unexpected(taken.error());
    QStringList since;
    if (!taken->checkIns.isEmpty())
        since << tr("%n check-in(s)", nullptr, int(taken->checkIns.size()));
    if (!taken->links.reviews.isEmpty())
        since << tr("%n review(s)", nullptr, int(taken->links.reviews.size()));
    if (!taken->links.speechUses.isEmpty())
        since << tr("%n copied line(s)", nullptr, int(taken->links.speechUses.size()));
    if (!since.isEmpty()) {
        return failStale(tr("Since these activities were added, other work names them (%1): undoing the add would "
                            "delete it too, so nothing was undone. Delete the activities themselves if they should go.")
                             .arg(since.join(tr(", "))));
    }
    return transaction.commit();
}

Result<void> ActivityRemoval::restore(Workspace &workspace, const QList<Activity> &activities,
                                      const ActivityDependants &dependants)
{
    Transaction transaction(workspace.database());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    QHash<qint64, qint64> campOf; // activity → camp
    for (const Activity &activity : activities)
        campOf.insert(activity.id, activity.campId);
    QHash<qint64, QList<CheckIn>> checkInsByCamp;
    for (const CheckIn &checkIn : dependants.checkIns)
        checkInsByCamp[campOf.value(checkIn.activityId)].append(checkIn);
    for (auto camp = checkInsByCamp.cbegin(); camp != checkInsByCamp.cend(); ++camp) {
        // Adding refreshes the figures of the members it touches.
        if (auto added = workspace.participation().changeCheckIns(camp.key(), camp.value(), {}); !added)
            return std::unexpected(added.error());
    }
    if (auto relinked = workspace.activities().relink(dependants.links); !relinked)
        return relinked;
    return transaction.commit();
}

} // namespace CampDesk
