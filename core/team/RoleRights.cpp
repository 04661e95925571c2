#include "core/team/RoleRights.h"

namespace CampDesk {

bool RoleRights::allows(OperatorRole role, TeamAction action)
{
    switch (role) {
    case OperatorRole::Owner:
        return true;
    case OperatorRole::Assistant:
        return action != TeamAction::ChangeCamps && action != TeamAction::ChangeLibrary
            && action != TeamAction::ChangeTeam;
    case OperatorRole::Crew:
        return action == TeamAction::RecordCheckIns || action == TeamAction::CopyLines;
    case OperatorRole::Viewer:
        break;
    }
    return false;
}

QString RoleRights::refusal(OperatorRole role, TeamAction action)
{
    if (allows(role, action))
        return QString();
    return tr("Your role in this team workspace, %1, does not allow this; the workspace's owner can change it.")
        .arg(Team::roleName(role));
}

} // namespace CampDesk
