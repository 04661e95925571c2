#pragma once

#include "roster/Roster.h"

namespace CampDesk {

// The camp's pattern for group nicknames, e.g. "{subgroup}-{nickname}-{city}":
// what a member's nickname should be and whether it is.
class NicknameStandard final
{
public:
    static QStringList placeholders();
    // The nickname the pattern gives this member; empty parts are dropped
    // with their separator ("A组--杭州" becomes "A组-杭州").
    static QString expected(const QString &pattern, const RosterEntry &entry);
    // True when there is no pattern, or the group nickname follows it
    // (ignoring case, width and surrounding spaces).
    static bool follows(const QString &pattern, const RosterEntry &entry);
};

} // namespace CampDesk
