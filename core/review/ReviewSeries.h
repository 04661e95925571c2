#pragma once

#include "core/domain/Activity.h"
#include "core/review/ReviewInput.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

#include <array>
#include <optional>

namespace CampDesk {

// What the figures are computed over.
struct ReviewFilter final {
    QDate from; // invalid: the camp's first day
    QDate to; // invalid: the camp's last day
    qint64 subgroupId = 0; // 0: every subgroup; NoSubgroup: members in none
    bool includeStaff = false;

    static constexpr qint64 NoSubgroup = -1;
    bool operator==(const ReviewFilter &) const = default;
};

struct ReviewOptions final {
    // The last day with data (today at the latest), unless set: silence and
    // "elapsed" count to it.
    QDate asOf;
    // Today: a day is complete, and counts in the averages, once it is over.
    // Invalid: every elapsed day is complete (a finished camp, a test).
    QDate today;
    // Activities that start after this instant (Unix seconds) have not
    // happened yet, even on the as-of day; 0: no limit.
    qint64 now = 0;
};

enum class CampPhase { Preparation, Course, WrapUp, Outside };
enum class EngagementTier { Core, Active, Occasional, Silent };

namespace EngagementTiers {
QList<EngagementTier> all();
QString key(EngagementTier tier);
QString displayName(EngagementTier tier);
} // namespace EngagementTiers

namespace CampPhases {
QString key(CampPhase phase);
} // namespace CampPhases

struct DayFigure final {
    QDate day;
    int courseDay = 0; // 1 on the first course day; 0 and below before it
    CampPhase phase = CampPhase::Outside;
    bool elapsed = false; // on or before the as-of day: figures are meaningful
    bool complete = false; // elapsed and over (before today): counted in the averages
    int members = 0; // in the camp that day (the filter's members)
    int active = 0; // of them, spoke or checked in
    int messages = 0;
    int checkedIn = 0;
    int joins = 0;
    int leaves = 0;
    std::optional<double> activeRate; // percent; empty without members or before data
    std::optional<double> checkInRate; // percent, course days only
};

struct CheckInActivityFigure final {
    qint64 activityId = 0;
    QString title;
    QDate day;
    int members = 0;
    int checkedIn = 0;
    std::optional<double> rate;
};

struct SubgroupFigure final {
    qint64 subgroupId = 0; // ReviewFilter::NoSubgroup for members in none
    QString name;
    QString color;
    int members = 0; // in the camp on the as-of day, as the camp's figure
    int memberDays = 0; // member-days the camp's active rate counts (see ReviewSeries)
    int activeMemberDays = 0;
    int courseMemberDays = 0; // member-days of the complete course days
    int checkInDays = 0;
    int messages = 0; // on the members' camp days, up to the as-of day
    std::optional<double> activeRate;
    std::optional<double> checkInRate;
};

struct ActivityFigure final {
    qint64 activityId = 0;
    ActivityType type = ActivityType::StaffTask;
    QString title;
    QDateTime start;
    QDateTime end;
    bool happened = false;
    int members = 0; // in the camp that day
    int participants = 0; // spoke from its start to its end plus the tail
    int messages = 0;
    std::optional<double> participationRate;
    // The camp's average over the activities of the same type that happened.
    int sameTypeCount = 0;
    double sameTypeParticipants = 0;
    double sameTypeMessages = 0;
};

struct MemberFigure final {
    int member = 0; // index into ReviewInput::members
    qint64 personId = 0;
    QString name;
    qint64 subgroupId = 0;
    bool staff = false;
    int messages = 0;
    int activeDays = 0;
    int checkIns = 0; // days checked in
    int sharingSessions = 0; // sessions given
    EngagementTier tier = EngagementTier::Silent;
    QDate lastActive; // invalid: never
    int silentDays = 0; // days since the last active day, up to the as-of day
    bool neverSpoke = false;
    bool atRisk = false; // silent for the camp's number of days or more
};

struct ReviewSeries final {
    ReviewFilter filter;
    QDate from;
    QDate to;
    QDate asOf;
    double targetActiveRate = 0;
    double targetCheckInRate = 0;
    int silentAfterDays = 0;
    int activityTailMinutes = 0;

    QList<DayFigure> days;
    QList<CheckInActivityFigure> checkInActivities;
    QList<SubgroupFigure> subgroups;
    QList<ActivityFigure> activities; // in time order
    QList<MemberFigure> members; // the leaderboard: most messages first
    std::array<int, 4> tiers {}; // members per EngagementTier (of memberCount: they add up to it)
    QList<int> silentMembers; // indices into `members`: never spoke or at risk, longest silence first

    // The headline figures: one definition each, shown the same by every
    // tab, the PDF, the CSV and the CLI. Rates are member-days over the
    // complete course days (all complete days when the range has none):
    // members active (or checked in) ÷ members in the camp, summed over the
    // days, so a day in progress never pulls an average down.
    std::optional<double> averageActiveRate;
    std::optional<double> averageCheckInRate;
    int countedCourseDays = 0; // complete course days in the averages
    int firstCountedCourseDay = 0; // their course-day numbers (0: none)
    int lastCountedCourseDay = 0;
    // The complete days the active rate is over when no course day is
    // counted (preparation or wrap-up days); 0 when it is over course days.
    int countedOtherDays = 0;
    QList<QDate> daysBelowTarget; // complete course days below the active-rate target
    int totalMessages = 0; // the members' messages on their camp days, up to the as-of day
    int memberCount = 0; // the filter's members in the camp on the as-of day
    int membersLeft = 0; // of the filter's members, those who left by the as-of day
    ReviewInput::FarData farData; // the camp's data dated far outside its days (not in any figure)

    const DayFigure *dayFigure(QDate day) const;
    const ActivityFigure *activityFigure(qint64 activityId) const;
};

// Two camps' daily active rates side by side, aligned by course day.
struct CampComparisonRow final {
    int courseDay = 0;
    std::optional<double> first;
    std::optional<double> second;
};

} // namespace CampDesk
