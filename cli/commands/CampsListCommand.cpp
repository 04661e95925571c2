#include "cli/commands/CampsListCommand.h"

#include "cli/CampJson.h"
#include "cli/CliSupport.h"
#include "core/Workspace.h"
#include "core/domain/CampRepository.h"

#include <QJsonArray>
#include <QTextStream>

namespace CampDesk {

CampsListCommand::CampsListCommand()
    : Command({.name = QStringLiteral("camps list"),
               .description = tr("List the camps of a workspace, newest first."),
               .camp = CampUse::None,
               .json = true,
               .create = true})
{
}

Outcome<void> CampsListCommand::run(Context &context)
{
    auto camps = context.workspace->camps().list();
    if (!camps)
        return failed(camps.error());

    // Each camp's status on its own today (its zone's date).
    if (context.json) {
        QJsonArray array;
        for (const Camp &camp : *camps) {
            auto headcount = CampJson::headcount(*context.workspace, camp);
            if (!headcount)
                return failed(headcount.error());
            array.append(CampJson::toJson(camp, *headcount));
        }
        context.out << Cli::jsonText(QJsonObject {{QStringLiteral("camps"), array}});
        return {};
    }
    if (camps->isEmpty()) {
        context.out << tr("No camps yet. Create one with: campdesk-cli camps create --name NAME --course-start DATE "
                          "--course-end DATE")
                    << Qt::endl;
        return {};
    }
    for (const Camp &camp : *camps) {
        context.out << QStringLiteral("%1\t%2\t%3 – %4\t%5")
                           .arg(camp.id)
                           .arg(CampStatuses::displayName(camp.statusOn(camp.today())),
                                camp.courseStart.toString(Qt::ISODate), camp.courseEnd.toString(Qt::ISODate), camp.name)
                    << Qt::endl;
    }
    return {};
}

} // namespace CampDesk
