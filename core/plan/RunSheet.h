#pragma once

#include "core/Error.h"
#include "core/domain/Activity.h"
#include "core/domain/Camp.h"
#include "core/io/DataTable.h"
#include "core/review/ReviewSeries.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace CampDesk {

class Workspace;

// What a day's run sheet says: the day's activities in order with times,
// owners, notes and checklists, for assistants to work from. The UI and
// campdesk-cli print it (PrintedDocument); the words and the order are here.
struct RunSheetContent final {
    QString title; // "Run sheet · camp"
    QString subtitle; // the day and its phase
    DataTable table; // time, activity, owner, notes and checklist
    QString empty; // what is printed on a day without activities
    QString footer;
};

class RunSheet final {
    Q_DECLARE_TR_FUNCTIONS(RunSheet)

public:
    // The day's activities in order; refused when one of `activities` has a
    // time CampDesk cannot read (it may be this day's).
    [[nodiscard]] static Result<QList<Activity>> activitiesOn(const QList<Activity> &activities, QDate day);
    // What a day is to the camp, as its calendar shades it
    // (ReviewCalculator::phaseOf): "Course day 3", "Preparation", "Wrap-up",
    // or outside the camp. The run sheet and the agenda both say it.
    static QString phaseText(const Camp &camp, QDate day);
    // The same for a day whose phase is known (a review's day figure).
    static QString phaseText(CampPhase phase, int courseDay);
    static RunSheetContent content(const Camp &camp, QDate day, const QList<Activity> &activities,
                                   const QHash<qint64, QString> &ownerNames, const QLocale &locale = QLocale());
    // The same from a workspace: the camp, its activities that day, the
    // owners' names.
    [[nodiscard]] static Result<RunSheetContent> load(Workspace &workspace, qint64 campId, QDate day,
                                                      const QLocale &locale = QLocale());
    // The relative widths of the table's columns on paper.
    static QList<qreal> columnWidths();
};

} // namespace CampDesk
