#pragma once

#include "core/Error.h"
#include "core/domain/Activity.h"
#include "core/domain/Camp.h"
#include "core/domain/Membership.h"
#include "core/review/ActivityStatsCache.h"
#include "core/roster/SubgroupRepository.h"

#include <QCoreApplication>

#include <vector>

namespace CampDesk {

class Workspace;

// A member as the review figures see them.
struct ReviewMember final {
    qint64 membershipId = 0;
    qint64 personId = 0;
    QString name;
    QString groupNickname;
    MemberRole role = MemberRole::OrdinaryMember;
    bool staff = false; // a staff role, or a chat identity marked as staff
    qint64 subgroupId = 0;
    QDate joinedOn; // invalid: there from the start
    QDate leftOn; // invalid: still in the camp
    MembershipStatus status = MembershipStatus::Active;

    // In the camp on `day`: joined on or before it and not yet left.
    bool inCampOn(QDate day) const { return Membership::stayIncludes(joinedOn, leftOn, day); }
    QString displayName() const { return groupNickname.isEmpty() ? name : groupNickname; }
};

// An activity's participants of one kind of member (a subgroup, staff or
// not), summed when the input is loaded: the filters choose kinds, so the
// series never walk the activity's participants one by one.
struct ParticipantGroup final {
    qint64 subgroupId = 0;
    bool staff = false;
    int participants = 0;
    qint64 messages = 0;
};

struct ReviewActivity final {
    qint64 id = 0;
    ActivityType type = ActivityType::StaffTask;
    QString title;
    QDateTime start; // the camp's wall-clock time
    QDateTime end;
    ActivityStatus status = ActivityStatus::Planned;
    int speaker = -1; // member index of who gives a sharing session
    ActivityWindow window;
    // Who spoke in the window, packed as ActivityStatsCache keeps it
    // (person id, messages): a big camp has 1.6 million such pairs, so they
    // are unpacked only for the one activity a drill-down asks about.
    QByteArray participants;
    QList<ParticipantGroup> participantGroups; // the camp's members among them, by kind
    QList<int> checkIns; // member indices checked in for this activity
};

// Everything the review figures are computed from, read once from the
// workspace's aggregates (never from raw messages, but for activities whose
// cached participation is stale). Per-day figures are dense arrays indexed
// [member × dayCount + day].
struct ReviewInput final {
    Camp camp;
    QList<Subgroup> subgroups;
    QList<ReviewMember> members;
    QDate firstDay; // the camp from its preparation to its wrap-up, widened to cover the data
    int dayCount = 0;
    std::vector<quint32> messages;
    std::vector<quint16> checkIns;
    QList<ReviewActivity> activities; // in time order
    std::vector<int> memberOfPerson; // person id → member index, -1 for none
    QDate lastDataDay; // the last day with a message or check-in (invalid: none)
    // Days with data more than a year before the camp's first day or after
    // its last (a stray date in an export: 1883, 2099). They stay in the
    // workspace but off the review's days, and the review says so.
    struct FarData {
        int messages = 0;
        int checkIns = 0;
        QDate first;
        QDate last;
    } farData;
    static constexpr int ReachDays = 366; // how far beyond the camp's days the review reaches

    QDate dayAt(int index) const { return firstDay.addDays(index); }
    int dayIndex(QDate day) const { return firstDay.isValid() ? int(firstDay.daysTo(day)) : -1; }
    quint32 messagesOf(int member, int day) const
    {
        return messages[std::size_t(member) * std::size_t(dayCount) + std::size_t(day)];
    }
    quint16 checkInsOf(int member, int day) const
    {
        return checkIns[std::size_t(member) * std::size_t(dayCount) + std::size_t(day)];
    }
    // The camp's members who spoke in an activity's window, as (member index,
    // messages), in person order.
    QList<std::pair<int, int>> participantsOf(const ReviewActivity &activity) const;
    // Whether a member who spoke in the activity's window takes part in it:
    // in the camp on its day, as the day's members (its rate's whole) are.
    bool takesPart(int member, const ReviewActivity &activity) const
    {
        return members.at(member).inCampOn(activity.start.date());
    }
    int memberIndexOf(qint64 personId) const;
    int activityIndexOf(qint64 activityId) const;
};

class ReviewInputLoader final {
    Q_DECLARE_TR_FUNCTIONS(ReviewInputLoader)

public:
    // `saveCache`: store recomputed activity participation (false for a
    // read-only look).
    [[nodiscard]] static Result<ReviewInput> load(Workspace &workspace, qint64 campId, bool saveCache = true);
};

} // namespace CampDesk
