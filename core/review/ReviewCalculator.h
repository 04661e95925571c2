#pragma once

#include "core/domain/Camp.h"
#include "core/review/ReviewInput.h"
#include "core/review/ReviewSeries.h"

#include <QHash>

namespace CampDesk {

// A member's day on their strip.
enum class DayState { NotInCamp, Silent, Spoke, CheckedIn, SpokeAndCheckedIn, Future };

struct MemberDay final {
    QDate day;
    DayState state = DayState::Silent;
    int messages = 0;
    int checkIns = 0;
};

struct DayMembers final {
    QList<int> active; // member indices, most messages first
    QList<int> inactive; // in the camp that day and silent
};

// Every review figure, computed from a ReviewInput in memory (KMyMoney's
// split: the numbers live here and are tested; the dashboard only draws).
//
// Definitions:
// - Daily active rate: the filter's members who sent a countable message or
//   checked in that day ÷ the filter's members in the camp that day (joined
//   on or before it, not yet left). Staff are left out unless the filter
//   includes them.
// - Check-in completion: members checked in ÷ members in the camp, per
//   course day and per check-in activity (a day's only check-in activity
//   also takes that day's check-ins recorded for the day itself).
// - Subgroups: active member-days ÷ member-days over the elapsed days, and
//   check-in days ÷ member-days over the elapsed course days.
// - Activities: participants spoke from the start to the end plus the
//   camp's tail; compared with the average of the camp's activities of the
//   same type that happened.
// - Tiers over a member's elapsed course days in the camp: core (active on
//   60 % or more and checked in on half or more), active (active on 30 % or
//   checked in on half), occasional (any active day), silent (none).
// - At risk: no message or check-in on the camp's last N elapsed days.
class ReviewCalculator final {
public:
    static constexpr double CoreActiveShare = 0.6;
    static constexpr double ActiveShare = 0.3;
    static constexpr double CheckInShare = 0.5;

    [[nodiscard]] static ReviewSeries compute(const ReviewInput &input, const ReviewFilter &filter,
                                              const ReviewOptions &options = {});
    // Every rate of the review: part of whole in percent; empty without a whole.
    [[nodiscard]] static std::optional<double> percent(int part, int whole);
    // The options every view and the CLI review a camp with on `today`: up
    // to today at the latest (a running camp's "as of"), today not complete
    // (it counts in no average until it is over), and on the real today an
    // activity later in the day has not happened yet; the real today is
    // the camp's (Camp::today), the same on every laptop. An invalid
    // `today`: every day with data is complete.
    [[nodiscard]] static ReviewOptions optionsOn(QDate today, const Camp &camp);

    // The members behind one day's figure.
    [[nodiscard]] static DayMembers dayMembers(const ReviewInput &input, const ReviewFilter &filter, QDate day);
    // The members behind an activity's bar: participants, most messages first.
    [[nodiscard]] static QList<std::pair<int, int>> activityMembers(const ReviewInput &input,
                                                                    const ReviewFilter &filter, qint64 activityId);
    // The members of one subgroup bar.
    [[nodiscard]] static QList<int> subgroupMembers(const ReviewInput &input, const ReviewFilter &filter,
                                                    qint64 subgroupId);
    // A member's days from `from` to `to`, as cells of their strip.
    [[nodiscard]] static QList<MemberDay> memberStrip(const ReviewInput &input, int member, QDate from, QDate to,
                                                      QDate asOf);

    // Aligns two camps' daily active rates by course day (preparation days
    // are 0 and below).
    [[nodiscard]] static QList<CampComparisonRow> compare(const ReviewSeries &first, const ReviewSeries &second);

    // The check-in rule, for the review and the check-in grid alike: a
    // member is checked in for a check-in activity with a check-in of their
    // own for it, or with any check-in that day when it is the day's only
    // check-in activity (what a 接龙, a tick or a post of that day was for).
    static bool checkedInFor(bool ownCheckIn, bool anyCheckInThatDay, bool onlyCheckInActivityThatDay)
    {
        return ownCheckIn || (onlyCheckInActivityThatDay && anyCheckInThatDay);
    }
    // Check-in activities (not skipped) per grid day of the input.
    [[nodiscard]] static QHash<int, int> checkInActivitiesPerDay(const ReviewInput &input);

    // The filter's members (staff and subgroup applied).
    static bool counts(const ReviewMember &member, const ReviewFilter &filter);
    static bool counts(qint64 subgroupId, bool staff, const ReviewFilter &filter);
    static CampPhase phaseOf(const Camp &camp, QDate day);
};

} // namespace CampDesk
