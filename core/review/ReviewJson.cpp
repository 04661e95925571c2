#include "core/review/ReviewJson.h"

#include "core/review/ReviewCalculator.h"

#include <QJsonArray>

#include <cmath>

namespace CampDesk::ReviewJson {

namespace {

QJsonValue rate(const std::optional<double> &value)
{
    // Two decimals: enough for a chart, stable in golden files.
    return value ? QJsonValue(std::round(*value * 100.0) / 100.0) : QJsonValue(QJsonValue::Null);
}

QJsonValue date(QDate day)
{
    return day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject activityObject(const ActivityFigure &figure)
{
    return QJsonObject {
        {QStringLiteral("id"), figure.activityId},
        {QStringLiteral("type"), ActivityTypes::key(figure.type)},
        {QStringLiteral("title"), figure.title},
        {QStringLiteral("start"), wallClockToString(figure.start)},
        {QStringLiteral("end"), wallClockToString(figure.end)},
        {QStringLiteral("happened"), figure.happened},
        {QStringLiteral("members"), figure.members},
        {QStringLiteral("participants"), figure.participants},
        {QStringLiteral("messages"), figure.messages},
        {QStringLiteral("participation_rate"), rate(figure.participationRate)},
        {QStringLiteral("same_type_count"), figure.sameTypeCount},
        {QStringLiteral("same_type_average_participants"), std::round(figure.sameTypeParticipants * 100.0) / 100.0},
        {QStringLiteral("same_type_average_messages"), std::round(figure.sameTypeMessages * 100.0) / 100.0},
    };
}

} // namespace

QJsonObject series(const ReviewInput &input, const ReviewSeries &series)
{
    QJsonArray days;
    // A day after the as-of day has no figures yet, as the tables and the
    // grid show it (null, not its data so far); today is elapsed, not complete.
    const auto whenElapsed
        = [](const DayFigure &day, int count) { return day.elapsed ? QJsonValue(count) : QJsonValue(); };
    for (const DayFigure &day : series.days) {
        days.append(QJsonObject {{QStringLiteral("day"), date(day.day)},
                                 {QStringLiteral("course_day"), day.courseDay},
                                 {QStringLiteral("phase"), CampPhases::key(day.phase)},
                                 {QStringLiteral("elapsed"), day.elapsed},
                                 {QStringLiteral("complete"), day.complete},
                                 {QStringLiteral("members"), day.members},
                                 {QStringLiteral("active"), whenElapsed(day, day.active)},
                                 {QStringLiteral("active_rate"), rate(day.activeRate)},
                                 {QStringLiteral("messages"), whenElapsed(day, day.messages)},
                                 {QStringLiteral("checked_in"), whenElapsed(day, day.checkedIn)},
                                 {QStringLiteral("check_in_rate"), rate(day.checkInRate)},
                                 {QStringLiteral("joins"), day.joins},
                                 {QStringLiteral("leaves"), day.leaves}});
    }
    QJsonArray checkIns;
    for (const CheckInActivityFigure &figure : series.checkInActivities) {
        checkIns.append(QJsonObject {{QStringLiteral("activity_id"), figure.activityId},
                                     {QStringLiteral("title"), figure.title},
                                     {QStringLiteral("day"), date(figure.day)},
                                     {QStringLiteral("members"), figure.members},
                                     {QStringLiteral("checked_in"), figure.checkedIn},
                                     {QStringLiteral("rate"), rate(figure.rate)}});
    }
    QJsonArray subgroups;
    for (const SubgroupFigure &figure : series.subgroups) {
        subgroups.append(QJsonObject {{QStringLiteral("id"), figure.subgroupId},
                                      {QStringLiteral("name"), figure.name},
                                      {QStringLiteral("members"), figure.members},
                                      {QStringLiteral("member_days"), figure.memberDays},
                                      {QStringLiteral("active_member_days"), figure.activeMemberDays},
                                      {QStringLiteral("active_rate"), rate(figure.activeRate)},
                                      {QStringLiteral("course_member_days"), figure.courseMemberDays},
                                      {QStringLiteral("check_in_days"), figure.checkInDays},
                                      {QStringLiteral("check_in_rate"), rate(figure.checkInRate)},
                                      {QStringLiteral("messages"), figure.messages}});
    }
    QJsonArray activities;
    for (const ActivityFigure &figure : series.activities)
        activities.append(activityObject(figure));
    QJsonArray members;
    for (const MemberFigure &figure : series.members) {
        members.append(QJsonObject {{QStringLiteral("id"), figure.personId},
                                    {QStringLiteral("name"), figure.name},
                                    {QStringLiteral("subgroup_id"), figure.subgroupId},
                                    {QStringLiteral("staff"), figure.staff},
                                    {QStringLiteral("messages"), figure.messages},
                                    {QStringLiteral("active_days"), figure.activeDays},
                                    {QStringLiteral("check_ins"), figure.checkIns},
                                    {QStringLiteral("sharing_sessions"), figure.sharingSessions},
                                    {QStringLiteral("tier"), EngagementTiers::key(figure.tier)},
                                    {QStringLiteral("last_active"), date(figure.lastActive)},
                                    {QStringLiteral("silent_days"), figure.silentDays},
                                    {QStringLiteral("never_spoke"), figure.neverSpoke},
                                    {QStringLiteral("at_risk"), figure.atRisk}});
    }
    QJsonArray silent;
    for (int index : series.silentMembers)
        silent.append(series.members.at(index).personId);
    QJsonObject tiers;
    for (EngagementTier tier : EngagementTiers::all())
        tiers.insert(EngagementTiers::key(tier), series.tiers[std::size_t(tier)]);
    QJsonArray below;
    for (QDate day : series.daysBelowTarget)
        below.append(date(day));

    QJsonObject json {
        {QStringLiteral("camp_id"), input.camp.id},
        {QStringLiteral("camp"), input.camp.name},
        {QStringLiteral("from"), date(series.from)},
        {QStringLiteral("to"), date(series.to)},
        {QStringLiteral("as_of"), date(series.asOf)},
        {QStringLiteral("subgroup_id"), series.filter.subgroupId},
        {QStringLiteral("include_staff"), series.filter.includeStaff},
        {QStringLiteral("target_active_rate"), series.targetActiveRate},
        {QStringLiteral("target_check_in_rate"), series.targetCheckInRate},
        {QStringLiteral("activity_tail_minutes"), series.activityTailMinutes},
        {QStringLiteral("silent_after_days"), series.silentAfterDays},
        {QStringLiteral("outside_dates"),
         QJsonObject {{QStringLiteral("messages"), series.farData.messages},
                      {QStringLiteral("check_ins"), series.farData.checkIns},
                      {QStringLiteral("first_day"), date(series.farData.first)},
                      {QStringLiteral("last_day"), date(series.farData.last)}}},
        {QStringLiteral("days_below_target"), below},
        {QStringLiteral("days"), days},
        {QStringLiteral("check_in_activities"), checkIns},
        {QStringLiteral("subgroups"), subgroups},
        {QStringLiteral("activities"), activities},
        {QStringLiteral("tiers"), tiers},
        {QStringLiteral("members"), members},
        {QStringLiteral("silent_members"), silent},
    };
    const QJsonObject figures = headline(series);
    for (auto it = figures.begin(); it != figures.end(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

QJsonObject headline(const ReviewSeries &series)
{
    const bool counted = series.countedCourseDays > 0;
    return QJsonObject {
        {QStringLiteral("as_of"), date(series.asOf)},
        {QStringLiteral("members_counted"), series.memberCount},
        {QStringLiteral("members_left"), series.membersLeft},
        {QStringLiteral("counted_course_days"), series.countedCourseDays},
        {QStringLiteral("counted_other_days"), series.countedOtherDays},
        {QStringLiteral("first_counted_course_day"), counted ? QJsonValue(series.firstCountedCourseDay) : QJsonValue()},
        {QStringLiteral("last_counted_course_day"), counted ? QJsonValue(series.lastCountedCourseDay) : QJsonValue()},
        {QStringLiteral("average_active_rate"), rate(series.averageActiveRate)},
        {QStringLiteral("average_check_in_rate"), rate(series.averageCheckInRate)},
        {QStringLiteral("total_messages"), series.totalMessages},
    };
}

QJsonObject activity(const ReviewInput &input, const ReviewSeries &series, qint64 activityId)
{
    const ActivityFigure *figure = series.activityFigure(activityId);
    if (!figure)
        return {};
    QJsonObject object = activityObject(*figure);
    // The earlier activities of the same type, for the comparison.
    QJsonArray earlier;
    for (const ActivityFigure &other : series.activities) {
        if (other.activityId == activityId)
            break;
        if (other.type == figure->type && other.happened)
            earlier.append(activityObject(other));
    }
    object.insert(QStringLiteral("earlier_same_type"), earlier);
    // A check-in's headline is who checked in; who spoke in its window is
    // the chat turnout, labelled as such.
    for (const CheckInActivityFigure &checkIn : series.checkInActivities) {
        if (checkIn.activityId == activityId) {
            object.insert(QStringLiteral("check_in_members"), checkIn.members);
            object.insert(QStringLiteral("checked_in"), checkIn.checkedIn);
            object.insert(QStringLiteral("check_in_rate"), rate(checkIn.rate));
        }
    }
    if (const DayFigure *day = series.dayFigure(figure->start.date())) {
        object.insert(QStringLiteral("day_members"), day->members);
        object.insert(QStringLiteral("day_active"), day->active);
        object.insert(QStringLiteral("day_active_rate"), rate(day->activeRate));
        object.insert(QStringLiteral("day_check_in_rate"), rate(day->checkInRate));
    }
    object.insert(QStringLiteral("target_active_rate"), series.targetActiveRate);
    object.insert(QStringLiteral("activity_tail_minutes"), series.activityTailMinutes);
    QJsonArray participants;
    const int index = input.activityIndexOf(activityId);
    const auto pairs = index >= 0 ? input.participantsOf(input.activities.at(index)) : QList<std::pair<int, int>> {};
    for (const auto &[member, messages] : pairs) {
        if (ReviewCalculator::counts(input.members.at(member), series.filter))
            participants.append(QJsonObject {{QStringLiteral("id"), input.members.at(member).personId},
                                             {QStringLiteral("name"), input.members.at(member).displayName()},
                                             {QStringLiteral("messages"), messages}});
    }
    object.insert(QStringLiteral("participant_list"), participants);
    return object;
}

} // namespace CampDesk::ReviewJson
