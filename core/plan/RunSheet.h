#pragma once

#include "domain/Activity.h"
#include "domain/Camp.h"

#include <QCoreApplication>
#include <QHash>

namespace CampDesk {

// A day's run sheet for assistants: the day's activities in order with
// owners, notes and checklists, as HTML the UI prints or saves as PDF.
class RunSheet final
{
    Q_DECLARE_TR_FUNCTIONS(RunSheet)

public:
    static QList<Activity> activitiesOn(const QList<Activity> &activities, QDate day);
    static QString html(const Camp &camp, QDate day, const QList<Activity> &activities,
                        const QHash<qint64, QString> &ownerNames);
};

} // namespace CampDesk
