#include "cli/commands/TeamRemoveCommand.h"

#include "core/team/Team.h"

#include <QTextStream>

namespace CampDesk {

TeamRemoveCommand::TeamRemoveCommand()
    : Command({.name = QStringLiteral("team remove"),
               .description = tr("Take an operator's every right to a team workspace. The login stays on the"
                                 " server, where other workspaces may use it."),
               .camp = CampUse::None,
               .argument = QStringLiteral("login"),
               .argumentHelp = tr("The operator's server login.")})
{
}

Outcome<void> TeamRemoveCommand::run(Context &context)
{
    if (auto removed = Team(*context.workspace).remove(context.argument); !removed)
        return failed(removed.error());
    context.out << tr("%1 has no more rights to this workspace.").arg(context.argument) << Qt::endl;
    return {};
}

} // namespace CampDesk
