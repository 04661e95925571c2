#pragma once

#include "core/team/Team.h"

#include <QCoreApplication>
#include <QString>

namespace CampDesk {

// What an operator does in CampDesk, in the words of the roles (9.sql).
enum class TeamAction {
    ChangeCamps, // make, edit (goals included) or delete a camp
    ChangePlan, // activities of a camp
    ChangeRoster, // members, subgroups, violations
    RecordCheckIns, // ticks and 接龙 lists
    ImportChats,
    CopyLines, // a use of a speech line
    ChangeLibrary, // speech lines and plan templates
    ChangeReviews,
    ChangeTeam,
};

// Which role may do what: the window's half of the roles, which greys out
// what the server would refuse. The server's grants and policies (9.sql)
// decide; this table says the same, and TeamRolesTest holds both to one
// matrix.
class RoleRights final {
    Q_DECLARE_TR_FUNCTIONS(RoleRights)

public:
    static bool allows(OperatorRole role, TeamAction action);
    // Why `role` may not do it, for a disabled control's tooltip; empty
    // when it may.
    static QString refusal(OperatorRole role, TeamAction action);
};

} // namespace CampDesk
