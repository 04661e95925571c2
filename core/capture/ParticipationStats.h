#pragma once

#include "core/Error.h"
#include "core/capture/Participation.h"

#include <QJsonObject>

namespace CampDesk {

class Workspace;

// A member's participation over the whole camp.
struct MemberTotals final {
    qint64 personId = 0;
    QString name;
    QList<ChatIdentity> identities; // the chat identities mapped to them
    int messages = 0;
    int activeDays = 0; // days with a message or a check-in
    int checkIns = 0;
};

struct DayTotals final {
    QDate day;
    int activeMembers = 0;
    int messages = 0;
    int checkIns = 0;
};

// A sender of the camp's imports who is no member (yet), counted as a
// member would be, so a script can check an import without creating members.
struct SenderTotals final {
    ChatIdentity identity;
    int messages = 0;
    int activeDays = 0; // days with a message
    int checkInDays = 0; // days with a check-in post ("打卡")
};

struct ParticipationTotals final {
    QList<MemberTotals> members; // every member of the camp, roster order
    QList<DayTotals> days; // days with any activity, in order
    QList<SenderTotals> unmapped; // senders mapped to no member, staff aside
    QJsonObject toJson(qint64 campId) const;
};

// Sums the per-day aggregates; never reads raw messages.
class ParticipationStats final {
public:
    [[nodiscard]] static Result<ParticipationTotals> compute(Workspace &workspace, qint64 campId);
};

} // namespace CampDesk
