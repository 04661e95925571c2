#pragma once

#include "core/domain/MemberRole.h"

#include <QDate>
#include <QString>

#include <optional>

namespace CampDesk {

enum class MembershipStatus { Active, Left, Removed };

namespace MembershipStatuses {
QList<MembershipStatus> all();
QString key(MembershipStatus status);
std::optional<MembershipStatus> fromKey(const QString &key);
QString displayName(MembershipStatus status);
} // namespace MembershipStatuses

// The four-part self-introduction the SOP asks every member for.
struct SelfIntroduction final {
    QString basics; // nickname + occupation + city
    QString sentence; // one sentence about yourself
    QString reason; // why you joined
    QString proudest; // the thing you are proudest of

    bool operator==(const SelfIntroduction &) const = default;
};

// Links a person to a camp with a role.
struct Membership final {
    qint64 id = 0;
    qint64 campId = 0;
    qint64 personId = 0;
    MemberRole role = MemberRole::OrdinaryMember;
    QDate joinedOn;
    QDate leftOn;
    QString title; // 封官, e.g. "chief voice officer"
    QString groupNickname; // 群昵称
    qint64 subgroupId = 0; // 0: not in a subgroup
    SelfIntroduction introduction;
    MembershipStatus status = MembershipStatus::Active;

    bool operator==(const Membership &) const = default;
    // In the camp on `day` (stayIncludes).
    bool inCampOn(QDate day) const { return stayIncludes(joinedOn, leftOn, day); }
    // Takes `newStatus` on `day`: leaving (left, removed) ends the stay on
    // `day` unless its end is recorded, and coming back clears the end. The
    // figures count by the stay and the subgroups by the status, so the two
    // must say the same.
    void setStatus(MembershipStatus newStatus, QDate day)
    {
        if (newStatus == MembershipStatus::Active)
            leftOn = QDate();
        else if (!leftOn.isValid())
            leftOn = day;
        status = newStatus;
    }

    // The one rule of who is in a camp on a day: joined on or before it (or
    // no date recorded) and not yet left. The figures and the check-ins
    // recorded both follow it.
    static bool stayIncludes(QDate joinedOn, QDate leftOn, QDate day)
    {
        return (!joinedOn.isValid() || joinedOn <= day) && (!leftOn.isValid() || leftOn > day);
    }
};

// A membership with the person's name, as rosters and the CLI show it.
struct MemberEntry final {
    Membership membership;
    QString displayName;
};

} // namespace CampDesk
