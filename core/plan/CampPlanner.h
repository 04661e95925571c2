#pragma once

#include "core/Error.h"
#include "core/domain/Activity.h"
#include "core/domain/Camp.h"
#include "core/plan/PlanTemplate.h"

#include <QCoreApplication>

namespace CampDesk {

class Workspace;

// Multi-row plan operations, each one transaction: all or nothing.
class CampPlanner final {
    Q_DECLARE_TR_FUNCTIONS(CampPlanner)

public:
    // A camp whose periods match the plan parameters.
    static Camp campFor(const QString &name, const PlanParameters &parameters);
    // An existing camp with a plan added: the plan's course days, and its
    // preparation and wrap-up periods only where they reach further than the
    // camp's own. Adding a plan never narrows a period: the camp's own days
    // (and what is planned on them) stay inside it.
    static Camp withPlanPeriods(const Camp &camp, const Camp &planned);
    // The wrap-up days a plan of `parameters` added to `camp` is laid out
    // with: up to the camp's own wrap-up end when that reaches further, as
    // withPlanPeriods keeps it.
    static int wrapUpDaysFor(const Camp &camp, const PlanParameters &parameters);
    // The preparation days a plan added to `camp` takes by default: the
    // camp's own, when it has a preparation period (the window's dialog and
    // the CLI's plan alike); otherwise the template's.
    static std::optional<int> preparationDaysOf(const Camp &camp);
    // What a change of the camp's days does to what is planned: a note for
    // each activity whose day is another part of the camp after it (“Day 1
    // lesson” on 2027-03-12: Course day 1 before, Preparation now). Empty
    // when nothing moves; said wherever the days change (the overview,
    // `camps edit`, a plan added to a planned camp).
    static QStringList datesChangeNotes(const Camp &before, const Camp &after, const QList<Activity> &activities);

    // Adds `activities` to a camp; returns their new ids.
    [[nodiscard]] static Result<QList<qint64>> addToCamp(Workspace &workspace, qint64 campId,
                                                         QList<Activity> activities);
    // Creates the camp and its plan together; returns the camp's id.
    [[nodiscard]] static Result<qint64> createCampWithPlan(Workspace &workspace, const Camp &camp,
                                                           const QList<Activity> &activities);
    // Copies a camp and its plan to start on `firstDay`. Members and
    // participation stay behind; so do owners (they are the old camp's
    // members) and progress (statuses and ticked checklist items).
    [[nodiscard]] static Result<qint64> duplicateCamp(Workspace &workspace, qint64 campId, QDate firstDay,
                                                      const QString &name);
};

} // namespace CampDesk
