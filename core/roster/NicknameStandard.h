#pragma once

#include "core/roster/Roster.h"

#include <QHash>

namespace CampDesk {

// The camp's pattern for group nicknames, e.g. "{subgroup}-{nickname}-{city}":
// what a member's nickname should be and whether it is.
class NicknameStandard final {
public:
    static QStringList placeholders();
    // The pattern as the operator reads and types it, its placeholders named
    // in the interface language ("{小组}-{昵称}-{城市}"). The camp stores the
    // English names, so a workspace means the same in either language.
    static QString toDisplay(const QString &pattern);
    // Back from what the operator typed: placeholders in either language,
    // with half- or full-width braces (a Chinese keyboard types ｛｝).
    static QString fromDisplay(const QString &text);
    // The placeholders as the operator sees them, e.g. "{小组} {昵称} …".
    static QString displayPlaceholders();
    // The nickname the pattern gives this member; empty parts are dropped
    // with their separator ("A组--杭州" becomes "A组-杭州").
    static QString expected(const QString &pattern, const RosterEntry &entry);
    // True when there is no pattern, or the group nickname follows it
    // (ignoring case, width and surrounding spaces).
    static bool follows(const QString &pattern, const RosterEntry &entry);
    // What each placeholder holds in a nickname written by the pattern
    // ("1组-小李-北京" by "{subgroup}-{nickname}-{city}": {subgroup} 1组,
    // {nickname} 小李, {city} 北京); empty when the nickname does not have
    // the pattern's shape.
    static QHash<QString, QString> fields(const QString &pattern, const QString &nickname);
};

} // namespace CampDesk
