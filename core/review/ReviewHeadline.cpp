#include "core/review/ReviewHeadline.h"

#include "core/DateFormat.h"
#include "core/domain/Activity.h"
#include "core/io/DataTable.h"
#include "core/review/ReviewCalculator.h"

#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace CampDesk {

namespace {

std::optional<double> rateOf(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

// A rate of a frozen snapshot as the live figure is: from its counts where
// it holds them. The rate beside them is rounded to two decimals, and
// rounding that again for the page gave 46.1 % where the review's table
// shows 46.2 % (6 of 13). Snapshots frozen before the counts were kept
// give their rate.
std::optional<double> rateOf(const QJsonObject &snapshot, QLatin1String rate, QLatin1String part, QLatin1String whole)
{
    const std::optional<double> stored = rateOf(snapshot.value(rate));
    if (!stored || !snapshot.contains(part) || !snapshot.contains(whole))
        return stored;
    return ReviewCalculator::percent(snapshot.value(part).toInt(), snapshot.value(whole).toInt());
}

// "course days 1–5", or why no course day is counted: none has ended yet,
// or the range or the filter has none with members.
QString countedCourseDays(const ReviewSeries &series)
{
    if (series.countedCourseDays == 0) {
        const auto any = [&series](bool complete) {
            return std::any_of(series.days.cbegin(), series.days.cend(), [complete](const DayFigure &day) {
                return day.phase == CampPhase::Course && (day.complete || !complete);
            });
        };
        if (!any(false))
            return ReviewHeadline::tr("no course day in the range");
        return any(true) ? ReviewHeadline::tr("no course day with members counted")
                         : ReviewHeadline::tr("no course day has ended yet");
    }
    if (series.firstCountedCourseDay == series.lastCountedCourseDay)
        return ReviewHeadline::tr("course day %1").arg(series.firstCountedCourseDay);
    return ReviewHeadline::tr("course days %1–%2").arg(series.firstCountedCourseDay).arg(series.lastCountedCourseDay);
}

} // namespace

QString ReviewHeadline::membersLabel()
{
    return tr("Members");
}

QString ReviewHeadline::membersValue(const ReviewSeries &series, const QLocale &locale)
{
    if (series.membersLeft == 0)
        return locale.toString(series.memberCount);
    return tr("%1 (%n left)", nullptr, series.membersLeft).arg(locale.toString(series.memberCount));
}

QString ReviewHeadline::activeRateLabel(const ReviewSeries &series)
{
    // Without a course day the rate is over the other complete days, and says so.
    if (series.countedOtherDays > 0)
        return tr("Daily active rate (%n day(s) outside the course)", nullptr, series.countedOtherDays);
    return tr("Daily active rate (%1)").arg(countedCourseDays(series));
}

QString ReviewHeadline::checkInLabel(const ReviewSeries &series)
{
    return tr("Check-in completion (%1)").arg(countedCourseDays(series));
}

QString ReviewHeadline::messagesLabel()
{
    return tr("Messages from members");
}

QString ReviewHeadline::farDataNote(const ReviewSeries &series, const QLocale &locale)
{
    const ReviewInput::FarData &far = series.farData;
    if (far.messages + far.checkIns == 0)
        return {};
    // Stray dates in an export stay in the workspace, and the operator is told why they are not counted.
    return tr("%n item(s) dated %1 to %2, more than a year away from this camp's days, are not in these figures "
              "(messages: %3, check-ins: %4).",
              nullptr, far.messages + far.checkIns)
        .arg(locale.toString(far.first, DateFormat::shortDate()), locale.toString(far.last, DateFormat::shortDate()))
        .arg(far.messages)
        .arg(far.checkIns);
}

QString ReviewHeadline::summary(const ReviewSeries &series, bool withActive, const QLocale &locale)
{
    return summaryPieces(series, withActive, locale).join(QStringLiteral(" · "));
}

QStringList ReviewHeadline::summaryPieces(const ReviewSeries &series, bool withActive, const QLocale &locale)
{
    QStringList parts;
    parts.append(tr("%1: %2").arg(membersLabel(), membersValue(series, locale)));
    if (withActive) {
        parts.append(tr("%1: %2 (target %3)")
                         .arg(activeRateLabel(series), DataTable::percent(series.averageActiveRate, locale),
                              DataTable::percent(series.targetActiveRate, locale)));
    }
    parts.append(tr("%1: %2 (target %3)")
                     .arg(checkInLabel(series), DataTable::percent(series.averageCheckInRate, locale),
                          DataTable::percent(series.targetCheckInRate, locale)));
    parts.append(tr("%1: %2").arg(messagesLabel(), locale.toString(series.totalMessages)));
    return parts;
}

QList<std::pair<QString, QString>> ReviewHeadline::activityFigures(const QJsonObject &snapshot, const QLocale &locale)
{
    QList<std::pair<QString, QString>> figures;
    // Figures taken before any chat or check-in reached the activity's day
    // (or of an activity skipped) are none, never "0 of 12 members".
    if (!snapshot.value(QStringLiteral("happened")).toBool(true)) {
        figures.append({tr("Figures"),
                        tr("none: the activity was skipped, or no chat or check-in had been imported "
                           "for its day when they were taken")});
        return figures;
    }
    const QDateTime start = wallClockFromString(snapshot.value(QStringLiteral("start")).toString());
    const QDateTime end = wallClockFromString(snapshot.value(QStringLiteral("end")).toString());
    const int tail = snapshot.value(QStringLiteral("activity_tail_minutes")).toInt();
    const QString window = tr("%1–%2").arg(start.time().toString(QStringLiteral("HH:mm")),
                                           end.addSecs(60LL * tail).time().toString(QStringLiteral("HH:mm")));
    if (snapshot.contains(QStringLiteral("checked_in"))) {
        figures.append(
            {tr("Checked in"),
             tr("%1 of %2 members (%3)")
                 .arg(locale.toString(snapshot.value(QStringLiteral("checked_in")).toInt()),
                      locale.toString(snapshot.value(QStringLiteral("check_in_members")).toInt()),
                      DataTable::percent(rateOf(snapshot, QLatin1String("check_in_rate"), QLatin1String("checked_in"),
                                                QLatin1String("check_in_members")),
                                         locale))});
    }
    const int participants = snapshot.value(QStringLiteral("participants")).toInt();
    figures.append(
        {tr("Spoke in the chat %1").arg(window),
         tr("%1 of %2 members (%3)")
             .arg(locale.toString(participants), locale.toString(snapshot.value(QStringLiteral("members")).toInt()),
                  DataTable::percent(rateOf(snapshot, QLatin1String("participation_rate"),
                                            QLatin1String("participants"), QLatin1String("members")),
                                     locale))});
    figures.append(
        {tr("Messages"),
         tr("%1 in the chat %2").arg(locale.toString(snapshot.value(QStringLiteral("messages")).toInt()), window)});
    const double average = snapshot.value(QStringLiteral("same_type_average_participants")).toDouble();
    const int sameType = snapshot.value(QStringLiteral("same_type_count")).toInt();
    QString comparison = tr("the first of its type");
    if (sameType > 1 && average <= 0)
        comparison = tr("nobody spoke at any of the %n activities of its type", nullptr, sameType);
    if (sameType > 1 && average > 0) {
        const double ratio = 100.0 * participants / average;
        comparison
            = (ratio >= 100
                   ? tr("%1 of the average of its type (%2 who spoke, over %n activities)", nullptr, sameType)
                   : tr("only %1 of the average of its type (%2 who spoke, over %n activities)", nullptr, sameType))
                  .arg(DataTable::percent(std::round(ratio), locale), DataTable::decimal(average, locale));
    }
    figures.append({tr("Compared"), comparison});
    figures.append(
        {tr("Active rate that day"),
         tr("%1 (target %2)")
             .arg(DataTable::percent(rateOf(snapshot, QLatin1String("day_active_rate"), QLatin1String("day_active"),
                                            QLatin1String("day_members")),
                                     locale),
                  DataTable::percent(snapshot.value(QStringLiteral("target_active_rate")).toDouble(), locale))});
    return figures;
}

QString ReviewHeadline::reviewFigures(const QJsonObject &snapshot, const QDateTime &frozenAt, const QLocale &locale)
{
    QStringList parts;
    for (const auto &[label, value] : activityFigures(snapshot, locale))
        parts.append(tr("%1: %2").arg(label, value));
    return tr("%1 (figures of %2)")
        .arg(parts.join(QStringLiteral(" · ")), DataTable::dateTime(frozenAt.toLocalTime(), locale));
}

QString ReviewHeadline::list(const QStringList &names)
{
    return names.join(tr(", "));
}

} // namespace CampDesk
