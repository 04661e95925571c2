#include "core/plan/RunSheet.h"

#include "core/Workspace.h"
#include "core/domain/ActivityRepository.h"
#include "core/domain/CampRepository.h"
#include "core/domain/MembershipRepository.h"
#include "core/review/ReviewCalculator.h"

#include <algorithm>

namespace CampDesk {

Result<QList<Activity>> RunSheet::activitiesOn(const QList<Activity> &activities, QDate day)
{
    QList<Activity> result;
    for (const Activity &activity : activities) {
        // An activity without a readable start may be this day's: left out,
        // the sheet would be short without a word.
        if (!activity.start.isValid() || (activity.start.date() == day && !activity.end.isValid())) {
            return fail(tr("“%1” (activity %2) has a start or end time CampDesk cannot read, so the run sheet "
                           "cannot tell whether it belongs on this day. Set its time on the Plan tab (the agenda "
                           "lists it), then make the run sheet again.")
                            .arg(activity.title)
                            .arg(activity.id));
        }
        if (activity.start.date() == day)
            result.append(activity);
    }
    std::sort(result.begin(), result.end(), startsBefore);
    return result;
}

QString RunSheet::phaseText(const Camp &camp, QDate day)
{
    return phaseText(ReviewCalculator::phaseOf(camp, day), int(camp.courseStart.daysTo(day)) + 1);
}

QString RunSheet::phaseText(CampPhase phase, int courseDay)
{
    switch (phase) {
    case CampPhase::Course:
        return tr("Course day %1").arg(courseDay);
    case CampPhase::Preparation:
        return tr("Preparation");
    case CampPhase::WrapUp:
        return tr("Wrap-up");
    case CampPhase::Outside:
        break;
    }
    return tr("Outside the camp's days");
}

RunSheetContent RunSheet::content(const Camp &camp, QDate day, const QList<Activity> &activities,
                                  const QHash<qint64, QString> &ownerNames, const QLocale &locale)
{
    const QString phase = phaseText(camp, day);
    RunSheetContent sheet;
    sheet.title = tr("Run sheet · %1").arg(camp.name);
    sheet.subtitle = tr("%1 · %2").arg(locale.toString(day, QLocale::LongFormat), phase);
    sheet.empty = tr("Nothing is planned for this day.");
    sheet.footer = tr("%1 · run sheet for %2").arg(camp.name, DataTable::date(day, locale));
    sheet.table.addColumn(tr("Time"));
    sheet.table.addColumn(tr("Activity"));
    sheet.table.addColumn(tr("Owner"));
    sheet.table.addColumn(tr("Notes and checklist"));
    for (const Activity &activity : activities) {
        QStringList details;
        if (!activity.notes.trimmed().isEmpty())
            details.append(activity.notes.trimmed());
        for (const ChecklistItem &item : activity.checklist)
            details.append((item.done ? QStringLiteral("✓ ") : QStringLiteral("□ ")) + item.text);
        const QString what = activity.title + u'\n'
            + tr("%1 · %2").arg(ActivityTypes::displayName(activity.type),
                                ActivityStatuses::displayName(activity.status));
        sheet.table.addRow({tr("%1–%2").arg(activity.start.time().toString(QStringLiteral("HH:mm")),
                                            activity.end.time().toString(QStringLiteral("HH:mm"))),
                            what, ownerNames.value(activity.ownerMembershipId, tr("unassigned")), details.join(u'\n')});
    }
    return sheet;
}

Result<RunSheetContent> RunSheet::load(Workspace &workspace, qint64 campId, QDate day, const QLocale &locale)
{
    auto camp = workspace.camps().find(campId);
    if (!camp)
        return std::unexpected(camp.error());
    auto activities = workspace.activities().listForCamp(campId);
    if (!activities)
        return std::unexpected(activities.error());
    auto owners = workspace.memberships().namesForCamp(campId);
    if (!owners)
        return std::unexpected(owners.error());
    const auto onTheDay = activitiesOn(*activities, day);
    if (!onTheDay)
        return std::unexpected(onTheDay.error());
    return content(*camp, day, *onTheDay, *owners, locale);
}

QList<qreal> RunSheet::columnWidths()
{
    return {1.1, 3.2, 1.6, 4.1};
}

} // namespace CampDesk
