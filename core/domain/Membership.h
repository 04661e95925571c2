#pragma once

#include "domain/MemberRole.h"

#include <QDate>
#include <QString>

namespace CampDesk {

// Links a person to a camp with a role.
struct Membership final
{
    qint64 id = 0;
    qint64 campId = 0;
    qint64 personId = 0;
    MemberRole role = MemberRole::OrdinaryMember;
    QDate joinedOn;
    QDate leftOn;

    bool operator==(const Membership &) const = default;
};

// A membership with the person's name, as rosters and the CLI show it.
struct MemberEntry final
{
    Membership membership;
    QString displayName;
};

} // namespace CampDesk
