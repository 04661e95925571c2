#include "cli/CampJson.h"

namespace CampDesk::CampJson {

namespace {

QJsonValue dateJson(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject toJson(const Camp &camp, QDate today, const QHash<MemberRole, int> &membersByRole)
{
    QJsonObject roles;
    int total = 0;
    for (MemberRole role : MemberRoles::all()) {
        const int count = membersByRole.value(role);
        roles.insert(MemberRoles::key(role), count);
        total += count;
    }
    return QJsonObject {
        {QStringLiteral("id"), camp.id},
        {QStringLiteral("name"), camp.name},
        {QStringLiteral("theme"), camp.theme},
        {QStringLiteral("description"), camp.description},
        {QStringLiteral("status"), CampStatuses::key(camp.statusOn(today))},
        {QStringLiteral("preparation_start"), dateJson(camp.preparationStart)},
        {QStringLiteral("course_start"), dateJson(camp.courseStart)},
        {QStringLiteral("course_end"), dateJson(camp.courseEnd)},
        {QStringLiteral("wrap_up_end"), dateJson(camp.wrapUpEnd)},
        {QStringLiteral("course_days"), camp.courseDays()},
        {QStringLiteral("target_members"), camp.targetMembers},
        {QStringLiteral("target_active_rate"), camp.targetActiveRate},
        {QStringLiteral("target_checkin_rate"), camp.targetCheckinRate},
        {QStringLiteral("group_rules"), camp.groupRules},
        {QStringLiteral("faq"), camp.faq},
        {QStringLiteral("time_zone"), camp.timeZone},
        {QStringLiteral("member_count"), total},
        {QStringLiteral("members_by_role"), roles},
    };
}

} // namespace CampDesk::CampJson
