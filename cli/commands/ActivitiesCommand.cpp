#include "cli/commands/ActivitiesCommand.h"

#include "cli/CliSupport.h"
#include "core/Workspace.h"
#include "core/domain/ActivityRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace CampDesk {

namespace {

QJsonObject activityJson(const Activity &activity)
{
    QJsonArray checklist;
    for (const ChecklistItem &item : activity.checklist)
        checklist.append(QJsonObject {{QStringLiteral("text"), item.text}, {QStringLiteral("done"), item.done}});
    const auto idOrNull = [](qint64 value) { return value > 0 ? QJsonValue(value) : QJsonValue(); };
    return QJsonObject {{QStringLiteral("id"), activity.id},
                        {QStringLiteral("camp_id"), activity.campId},
                        {QStringLiteral("type"), ActivityTypes::key(activity.type)},
                        {QStringLiteral("title"), activity.title},
                        {QStringLiteral("start"), wallClockToString(activity.start)},
                        {QStringLiteral("end"), wallClockToString(activity.end)},
                        {QStringLiteral("owner_membership_id"), idOrNull(activity.ownerMembershipId)},
                        {QStringLiteral("speaker_membership_id"), idOrNull(activity.speakerMembershipId)},
                        {QStringLiteral("subgroup_id"), idOrNull(activity.subgroupId)},
                        {QStringLiteral("status"), ActivityStatuses::key(activity.status)},
                        {QStringLiteral("notes"), activity.notes},
                        {QStringLiteral("checklist"), checklist},
                        {QStringLiteral("template_key"), activity.templateKey},
                        {QStringLiteral("speech_template_id"), idOrNull(activity.speechTemplateId)}};
}

} // namespace

ActivitiesCommand::ActivitiesCommand()
    : Command({.name = QStringLiteral("activities"),
               .description = tr("List a camp's activities in time order."),
               .json = true})
{
}

Outcome<void> ActivitiesCommand::run(Context &context)
{
    auto list = context.workspace->activities().listForCamp(context.campId);
    if (!list)
        return failed(list.error());
    if (context.json) {
        QJsonArray array;
        for (const Activity &activity : *list)
            array.append(activityJson(activity));
        context.out << Cli::jsonText(
            QJsonObject {{QStringLiteral("camp_id"), context.campId}, {QStringLiteral("activities"), array}});
        return {};
    }
    for (const Activity &activity : *list) {
        context.out << activity.id << '\t' << activity.start.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << '\t'
                    << ActivityTypes::displayName(activity.type) << '\t' << activity.title << Qt::endl;
    }
    return {};
}

} // namespace CampDesk
