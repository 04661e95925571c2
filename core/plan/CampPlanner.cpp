#include "core/plan/CampPlanner.h"

#include "core/Workspace.h"
#include "core/domain/ActivityRepository.h"
#include "core/domain/CampRepository.h"
#include "core/plan/RunSheet.h"
#include "core/speech/SpeechRepository.h"
#include "core/storage/Transaction.h"

#include <QHash>

#include <algorithm>

namespace CampDesk {

Camp CampPlanner::campFor(const QString &name, const PlanParameters &parameters)
{
    Camp camp = Camp::withDefaults(name, parameters.firstDay, parameters.lastDay());
    camp.preparationStart = parameters.firstDay.addDays(-parameters.preparationDays);
    camp.wrapUpEnd = parameters.lastDay().addDays(parameters.wrapUpDays);
    return camp;
}

int CampPlanner::wrapUpDaysFor(const Camp &camp, const PlanParameters &parameters)
{
    if (!camp.wrapUpEnd.isValid() || !parameters.firstDay.isValid())
        return parameters.wrapUpDays;
    return std::max(parameters.wrapUpDays, int(parameters.lastDay().daysTo(camp.wrapUpEnd)));
}

std::optional<int> CampPlanner::preparationDaysOf(const Camp &camp)
{
    if (!camp.preparationStart.isValid() || !camp.courseStart.isValid())
        return std::nullopt;
    return int(camp.preparationStart.daysTo(camp.courseStart));
}

Camp CampPlanner::withPlanPeriods(const Camp &camp, const Camp &planned)
{
    const auto earlier = [](QDate a, QDate b) { return !a.isValid() ? b : !b.isValid() ? a : std::min(a, b); };
    const auto later = [](QDate a, QDate b) { return !a.isValid() ? b : !b.isValid() ? a : std::max(a, b); };
    Camp after = camp;
    after.courseStart = planned.courseStart;
    after.courseEnd = planned.courseEnd;
    after.preparationStart = earlier(camp.preparationStart, planned.preparationStart);
    after.wrapUpEnd = later(camp.wrapUpEnd, planned.wrapUpEnd);
    return after;
}

QStringList CampPlanner::datesChangeNotes(const Camp &before, const Camp &after, const QList<Activity> &activities)
{
    QList<Activity> ordered = activities;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Activity &a, const Activity &b) { return a.start < b.start; });
    QStringList notes;
    for (const Activity &activity : std::as_const(ordered)) {
        const QDate day = activity.start.date();
        const QString was = RunSheet::phaseText(before, day);
        const QString now = RunSheet::phaseText(after, day);
        if (was != now) {
            notes << tr("“%1” on %2: %3 before, %4 now").arg(activity.title, day.toString(Qt::ISODate), was, now);
        }
    }
    return notes;
}

Result<QList<qint64>> CampPlanner::addToCamp(Workspace &workspace, qint64 campId, QList<Activity> activities)
{
    // A prepared-text link carries over only to a line the camp can use: it
    // still exists and is the whole library's or this camp's own.
    QHash<qint64, bool> usable;
    for (Activity &activity : activities) {
        activity.id = 0;
        activity.campId = campId;
        if (activity.speechTemplateId == 0)
            continue;
        if (!usable.contains(activity.speechTemplateId)) {
            auto line = workspace.speeches().find(activity.speechTemplateId);
            usable.insert(activity.speechTemplateId, line && (line->campId == 0 || line->campId == campId));
        }
        if (!usable.value(activity.speechTemplateId))
            activity.speechTemplateId = 0;
    }
    return workspace.activities().insertAll(activities);
}

Result<qint64> CampPlanner::createCampWithPlan(Workspace &workspace, const Camp &camp,
                                               const QList<Activity> &activities)
{
    Transaction transaction(workspace.database());
    if (auto begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    auto campId = workspace.camps().insert(camp);
    if (!campId)
        return campId;
    if (auto added = addToCamp(workspace, *campId, activities); !added)
        return std::unexpected(added.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return campId;
}

Result<qint64> CampPlanner::duplicateCamp(Workspace &workspace, qint64 campId, QDate firstDay, const QString &name)
{
    auto source = workspace.camps().find(campId);
    if (!source)
        return std::unexpected(source.error());
    if (!firstDay.isValid())
        return fail(tr("The copy needs a first course day."));
    auto activities = workspace.activities().listForCamp(campId);
    if (!activities)
        return std::unexpected(activities.error());

    const qint64 shift = source->courseStart.daysTo(firstDay);
    const auto moved = [shift](QDate date) { return date.isValid() ? date.addDays(shift) : date; };
    Camp copy = *source;
    copy.id = 0;
    copy.name = name.trimmed().isEmpty() ? source->name : name.trimmed();
    copy.preparationStart = moved(source->preparationStart);
    copy.courseStart = moved(source->courseStart);
    copy.courseEnd = moved(source->courseEnd);
    copy.wrapUpEnd = moved(source->wrapUpEnd);

    QList<Activity> plan;
    plan.reserve(activities->size());
    for (Activity activity : *activities) {
        activity.start = activity.start.addDays(shift);
        activity.end = activity.end.addDays(shift);
        activity.ownerMembershipId = 0;
        activity.speakerMembershipId = 0;
        activity.subgroupId = 0;
        activity.startAfresh();
        plan.append(activity);
    }
    return createCampWithPlan(workspace, copy, plan);
}

} // namespace CampDesk
