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
        // An activity past the night before's midnight (a late sharing
        // session) is still on when this day begins: its assistants need it
        // on this day's sheet too.
        const bool carriedOver
            = activity.start.date() < day && activity.end.isValid() && activity.end > wallClock(day, QTime(0, 0));
        if (activity.start.date() == day || carriedOver)
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
        // Begun the day before: its day first, short (month/day reads the same in both languages).
        QString start = activity.start.time().toString(QStringLiteral("HH:mm"));
        if (activity.start.date() < day)
            start.prepend(activity.start.date().toString(QStringLiteral("M/d ")));
        sheet.table.addRow({tr("%1–%2").arg(start, activity.end.time().toString(QStringLiteral("HH:mm"))), what,
                            ownerNames.value(activity.ownerMembershipId, tr("unassigned")), details.join(u'\n')});
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
