#include "cli/CampJson.h"

#include "core/Workspace.h"
#include "core/domain/MembershipRepository.h"
#include "core/review/ReviewInput.h"

namespace CampDesk::CampJson {

namespace {

QJsonValue dateJson(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

Result<CampHeadcount> headcount(Workspace &workspace, const Camp &camp)
{
    auto roles = workspace.memberships().countByRole(camp.id);
    if (!roles)
        return std::unexpected(roles.error());
    // A read-only look: the CLI does not store recomputed participation here.
    auto input = ReviewInputLoader::load(workspace, camp.id, false);
    if (!input)
        return std::unexpected(input.error());
    return CampHeadcount::of(*input, *roles, camp.today());
}

QJsonObject toJson(const Camp &camp, const CampHeadcount &headcount)
{
    QJsonObject roles;
    for (MemberRole role : MemberRoles::all())
        roles.insert(MemberRoles::key(role), headcount.byRole.value(role));
    const QDate today = camp.today();
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
        {QStringLiteral("member_count"), headcount.series.memberCount},
        {QStringLiteral("members_left"), headcount.series.membersLeft},
        {QStringLiteral("staff_count"), headcount.staff()},
        {QStringLiteral("roster_count"), headcount.onRoster()},
        {QStringLiteral("members_by_role"), roles},
    };
}

} // namespace CampDesk::CampJson
