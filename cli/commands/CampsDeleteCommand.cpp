#include "cli/commands/CampsDeleteCommand.h"

#include "core/Workspace.h"
#include "core/domain/CampRepository.h"

#include <QTextStream>

namespace CampDesk {

CampsDeleteCommand::CampsDeleteCommand()
    : Command({.name = QStringLiteral("camps delete"),
               .description = tr("Delete a camp with its plan, roster, check-ins and imports; its people stay in"
                                 " the workspace."),
               .argument = QStringLiteral("id"),
               .argumentHelp = tr("The camp's id (camps list shows it).")})
{
}

Outcome<void> CampsDeleteCommand::checkArgument(const QString &argument)
{
    auto id = parseCampId(argument);
    if (!id)
        return std::unexpected(id.error());
    m_campId = *id;
    return {};
}

Outcome<qint64> CampsDeleteCommand::campId(const QCommandLineParser &) const
{
    return m_campId;
}

Outcome<void> CampsDeleteCommand::run(Context &context)
{
    if (auto removed = context.workspace->camps().remove(context.campId); !removed)
        return failed(removed.error());
    context.out << tr("Deleted camp %1: %2").arg(context.campId).arg(context.camp.name) << Qt::endl;
    return {};
}

} // namespace CampDesk
