#include "cli/commands/CampsShowCommand.h"

#include "cli/CampJson.h"
#include "cli/CliSupport.h"
#include "core/Workspace.h"
#include "core/review/ReviewHeadline.h"

#include <QTextStream>

namespace CampDesk {

CampsShowCommand::CampsShowCommand()
    : Command({.name = QStringLiteral("camps show"),
               .description = tr("Show one camp."),
               .camp = CampUse::None,
               .json = true,
               .argument = QStringLiteral("ID"),
               .argumentHelp = tr("Id of the camp (see “camps list”).")})
{
}

Outcome<qint64> CampsShowCommand::campId(const QCommandLineParser &parser) const
{
    return parseCampId(parser.positionalArguments().first());
}

QString CampsShowCommand::wrongArgumentCount() const
{
    return tr("“camps show” needs exactly one camp id.");
}

Outcome<void> CampsShowCommand::run(Context &context)
{
    const Camp &camp = context.camp;
    auto headcount = CampJson::headcount(*context.workspace, camp);
    if (!headcount)
        return failed(headcount.error());
    const QJsonObject json = CampJson::toJson(camp, *headcount);
    if (context.json) {
        context.out << Cli::jsonText(json);
        return {};
    }
    context.out << camp.name << Qt::endl
                << tr("Status: %1").arg(CampStatuses::displayName(camp.statusOn(camp.today()))) << Qt::endl
                << tr("Preparation from: %1").arg(camp.preparationStart.toString(Qt::ISODate)) << Qt::endl
                << tr("Course: %1 – %2 (%n day(s))", nullptr, camp.courseDays())
                       .arg(camp.courseStart.toString(Qt::ISODate), camp.courseEnd.toString(Qt::ISODate))
                << Qt::endl
                << tr("%1: %2").arg(ReviewHeadline::membersLabel(), ReviewHeadline::membersValue(headcount->series))
                << Qt::endl
                << tr("Staff: %1").arg(headcount->staff()) << Qt::endl
                << tr("On the roster: %1").arg(headcount->onRoster()) << Qt::endl
                << tr("Target active rate: %1 %").arg(camp.targetActiveRate) << Qt::endl;
    return {};
}

} // namespace CampDesk
