#include "core/domain/Camp.h"

#include <QCoreApplication>

namespace CampDesk {

namespace CampStatuses {

QString key(CampStatus status)
{
    switch (status) {
    case CampStatus::Planning:
        return QStringLiteral("planning");
    case CampStatus::Preparing:
        return QStringLiteral("preparing");
    case CampStatus::Running:
        return QStringLiteral("running");
    case CampStatus::Finished:
        return QStringLiteral("finished");
    }
    Q_UNREACHABLE();
    return {};
}

QString displayName(CampStatus status)
{
    switch (status) {
    case CampStatus::Planning:
        return QCoreApplication::translate("CampStatus", "Planning");
    case CampStatus::Preparing:
        return QCoreApplication::translate("CampStatus", "Preparing");
    case CampStatus::Running:
        return QCoreApplication::translate("CampStatus", "Running");
    case CampStatus::Finished:
        return QCoreApplication::translate("CampStatus", "Finished");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace CampStatuses

Camp Camp::withDefaults(const QString &name, QDate courseStart, QDate courseEnd)
{
    Camp camp;
    camp.name = name;
    camp.courseStart = courseStart;
    camp.courseEnd = courseEnd;
    camp.preparationStart = courseStart.addDays(-DefaultPreparationDays);
    camp.wrapUpEnd = courseEnd.addDays(DefaultWrapUpDays);
    camp.watchWords = defaultWatchWords();
    camp.nicknamePattern = QStringLiteral("{subgroup}-{nickname}-{city}");
    return camp;
}

QStringList Camp::defaultWatchWords()
{
    // Investment and crypto talk is the most common scam lead in camp groups.
    return {QStringLiteral("理财"), QStringLiteral("币圈"),     QStringLiteral("某币"),
            QStringLiteral("炒币"), QStringLiteral("投资回报"), QStringLiteral("crypto")};
}

CampStatus Camp::statusOn(QDate today) const
{
    const QDate prep = preparationStart.isValid() ? preparationStart : courseStart;
    const QDate end = wrapUpEnd.isValid() ? wrapUpEnd : courseEnd;
    if (today < prep)
        return CampStatus::Planning;
    if (today < courseStart)
        return CampStatus::Preparing;
    if (today <= end)
        return CampStatus::Running;
    return CampStatus::Finished;
}

int Camp::courseDays() const
{
    return int(courseStart.daysTo(courseEnd)) + 1;
}

int Camp::courseDayOf(QDate day) const
{
    if (!courseStart.isValid() || !courseEnd.isValid() || !day.isValid() || day < courseStart || day > courseEnd)
        return 0;
    return int(courseStart.daysTo(day)) + 1;
}

Result<void> Camp::validate() const
{
    if (name.trimmed().isEmpty())
        return fail(tr("The camp needs a name."));
    if (!courseStart.isValid())
        return fail(tr("The first course day is missing."));
    if (!courseEnd.isValid())
        return fail(tr("The last course day is missing."));
    if (courseEnd < courseStart)
        return fail(tr("The last course day is before the first course day."));
    if (preparationStart.isValid() && preparationStart > courseStart)
        return fail(tr("The preparation period must start on or before the first course day."));
    if (wrapUpEnd.isValid() && wrapUpEnd < courseEnd)
        return fail(tr("The wrap-up period must end on or after the last course day."));
    if (targetMembers < 0)
        return fail(tr("The target member count cannot be negative."));
    // An unknown name would count the camp's days in the computer's zone
    // (zone()), each laptop in its own.
    if (!timeZone.isEmpty() && !QTimeZone(timeZone.toUtf8()).isValid())
        return fail(
            tr("“%1” is not a time zone this computer knows; give an IANA name such as Asia/Shanghai.").arg(timeZone));
    if (targetActiveRate < 0 || targetActiveRate > 100)
        return fail(tr("The target active rate must be between 0 and 100 %."));
    if (warningsBeforeRemoval < 0 || warningsBeforeRemoval > 10)
        return fail(tr("The number of warnings before removal must be between 0 and 10."));
    if (targetCheckinRate < 0 || targetCheckinRate > 100)
        return fail(tr("The target check-in rate must be between 0 and 100 %."));
    if (activityTailMinutes < 0 || activityTailMinutes > 1440)
        return fail(tr("The time counted after an activity must be between 0 and 1,440 minutes."));
    if (silentAfterDays < 1 || silentAfterDays > 365)
        return fail(tr("The days of silence before a member is at risk must be between 1 and 365."));
    return {};
}

QTimeZone Camp::zone() const
{
    if (!timeZone.isEmpty()) {
        const QTimeZone named(timeZone.toUtf8());
        if (named.isValid())
            return named;
    }
    return QTimeZone::systemTimeZone();
}

QString Camp::unknownZoneNote() const
{
    if (timeZone.isEmpty() || QTimeZone(timeZone.toUtf8()).isValid())
        return {};
    return tr("This computer does not know the camp's time zone “%1”: here its days are counted in this computer's "
              "zone (%2) until the computer's time zone data is updated.")
        .arg(timeZone, QString::fromUtf8(QTimeZone::systemTimeZoneId()));
}

QDate Camp::dateAt(const QDateTime &moment) const
{
    return moment.toTimeZone(zone()).date();
}

QDate Camp::today() const
{
    return dateAt(QDateTime::currentDateTime());
}

} // namespace CampDesk
