#include "core/review/ReviewCalculator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMap>

#include <algorithm>

namespace CampDesk {

namespace {

// The day range a filter covers, within the input's grid.
struct Range {
    int first = 0; // grid indices, inclusive
    int last = -1;
    int asOf = -1; // last elapsed index (below first: nothing elapsed)
};

Range rangeOf(const ReviewInput &input, const ReviewFilter &filter, const ReviewOptions &options, QDate &from,
              QDate &to, QDate &asOf)
{
    const Camp &camp = input.camp;
    from = filter.from.isValid() ? filter.from
                                 : (camp.preparationStart.isValid() ? camp.preparationStart : camp.courseStart);
    to = filter.to.isValid() ? filter.to : (camp.wrapUpEnd.isValid() ? camp.wrapUpEnd : camp.courseEnd);
    asOf = options.asOf.isValid() ? options.asOf : input.lastDataDay;
    // A running camp is reviewed up to today even when an export holds
    // later dates.
    if (!options.asOf.isValid() && options.today.isValid() && asOf.isValid() && options.today < asOf)
        asOf = options.today;
    Range range;
    if (input.dayCount <= 0 || !from.isValid() || !to.isValid() || from > to)
        return range;
    range.first = std::max(0, input.dayIndex(from));
    range.last = std::min(input.dayCount - 1, input.dayIndex(to));
    range.asOf = asOf.isValid() ? std::min(range.last, input.dayIndex(asOf)) : range.first - 1;
    if (asOf.isValid() && asOf > to)
        asOf = to;
    return range;
}

bool isActive(const ReviewInput &input, int member, int day)
{
    return input.messagesOf(member, day) > 0 || input.checkInsOf(member, day) > 0;
}

// ReviewCalculator::compute, pass by pass. Each pass reads what the passes
// before it filled in: the days need the members' spans, the members the
// days' phases, the subgroups the days' completeness and the members' day,
// the activities the days' member counts.
class ReviewPasses final {
public:
    ReviewPasses(const ReviewInput &input, const ReviewFilter &filter, const ReviewOptions &options)
        : m_input(input)
        , m_filter(filter)
        , m_options(options)
    {
    }

    ReviewSeries run()
    {
        setUp();
        findMembers();
        sumDays(sumMemberRows());
        figureMembers();
        countMembersOnTheDay();
        orderMembers();
        figureSubgroups();
        figureActivities();
        return std::move(m_series);
    }

private:
    // Each counted member's days in the camp as grid indices, [from, to):
    // the loops compare integers, not dates.
    struct Span {
        qint64 from;
        qint64 to;
        bool contains(int day) const { return from <= day && day < to; }
    };

    void setUp()
    {
        const Camp &camp = m_input.camp;
        m_series.filter = m_filter;
        m_series.targetActiveRate = camp.targetActiveRate;
        m_series.targetCheckInRate = camp.targetCheckinRate;
        m_series.silentAfterDays = camp.silentAfterDays;
        m_series.activityTailMinutes = camp.activityTailMinutes;
        m_series.farData = m_input.farData;
        m_range = rangeOf(m_input, m_filter, m_options, m_series.from, m_series.to, m_series.asOf);
    }

    // The filter's members and their spans.
    void findMembers()
    {
        const QDate gridStart = m_input.firstDay;
        for (int member = 0; member < m_input.members.size(); ++member) {
            const ReviewMember &who = m_input.members.at(member);
            if (!ReviewCalculator::counts(who, m_filter))
                continue;
            m_counted.append(member);
            m_spans.push_back(
                {who.joinedOn.isValid() ? gridStart.daysTo(who.joinedOn) : std::numeric_limits<qint64>::min(),
                 who.leftOn.isValid() ? gridStart.daysTo(who.leftOn) : std::numeric_limits<qint64>::max()});
        }
    }

    // Days: summed member by member along each member's row of the grid.
    std::vector<DayFigure> sumMemberRows() const
    {
        const Range &range = m_range;
        const int dayCount = std::max(range.last - range.first + 1, 0);
        std::vector<DayFigure> dayFigures(static_cast<std::size_t>(dayCount));
        for (qsizetype at = 0; at < m_counted.size(); ++at) {
            const int member = m_counted.at(at);
            const Span span = m_spans[std::size_t(at)];
            if (span.from >= range.first && span.from <= range.last)
                ++dayFigures[std::size_t(span.from - range.first)].joins;
            if (span.to >= range.first && span.to <= range.last)
                ++dayFigures[std::size_t(span.to - range.first)].leaves;
            const int first = int(std::max<qint64>(span.from, range.first));
            const int last = int(std::min<qint64>(span.to - 1, range.last));
            const std::size_t row = std::size_t(member) * std::size_t(m_input.dayCount);
            const quint32 *messages = m_input.messages.data() + row;
            const quint16 *checkIns = m_input.checkIns.data() + row;
            for (int day = first; day <= last; ++day) {
                DayFigure &figure = dayFigures[std::size_t(day - range.first)];
                ++figure.members;
                figure.messages += int(messages[day]);
                figure.active += messages[day] > 0 || checkIns[day] > 0 ? 1 : 0;
                figure.checkedIn += checkIns[day] > 0 ? 1 : 0;
            }
        }
        return dayFigures;
    }

    // Each day's phase and rates, and the averages over the complete days.
    void sumDays(const std::vector<DayFigure> &dayFigures)
    {
        const Camp &camp = m_input.camp;
        // Member-days of the complete days, for the averages.
        struct MemberDays {
            int members = 0;
            int active = 0;
            int checkedIn = 0;
        } allDays, courseDays;
        int completeDays = 0; // with members in the camp
        m_phases.assign(std::size_t(std::max(m_input.dayCount, 0)), CampPhase::Outside);
        for (int day = m_range.first; day <= m_range.last; ++day) {
            DayFigure figure = dayFigures[std::size_t(day - m_range.first)];
            figure.day = m_input.dayAt(day);
            figure.courseDay = camp.courseStart.isValid() ? int(camp.courseStart.daysTo(figure.day)) + 1 : 0;
            figure.phase = ReviewCalculator::phaseOf(camp, figure.day);
            m_phases[std::size_t(day)] = figure.phase;
            figure.elapsed = day <= m_range.asOf;
            figure.complete = figure.elapsed && (!m_options.today.isValid() || figure.day < m_options.today);
            if (figure.elapsed) {
                figure.activeRate = ReviewCalculator::percent(figure.active, figure.members);
                if (figure.phase == CampPhase::Course)
                    figure.checkInRate = ReviewCalculator::percent(figure.checkedIn, figure.members);
                m_series.totalMessages += figure.messages;
            }
            if (figure.complete && figure.members > 0) {
                const auto add = [&figure](MemberDays &sum) {
                    sum.members += figure.members;
                    sum.active += figure.active;
                    sum.checkedIn += figure.checkedIn;
                };
                add(allDays);
                ++completeDays;
                if (figure.phase == CampPhase::Course) {
                    add(courseDays);
                    countCourseDay(figure);
                }
            }
            m_series.days.append(figure);
        }
        const MemberDays &averaged = courseDays.members > 0 ? courseDays : allDays;
        if (courseDays.members == 0)
            m_series.countedOtherDays = completeDays;
        m_series.averageActiveRate = ReviewCalculator::percent(averaged.active, averaged.members);
        m_series.averageCheckInRate = ReviewCalculator::percent(courseDays.checkedIn, courseDays.members);
    }

    // A complete course day: in the averages' span, and below the target or not.
    void countCourseDay(const DayFigure &figure)
    {
        if (m_series.countedCourseDays++ == 0)
            m_series.firstCountedCourseDay = figure.courseDay;
        m_series.lastCountedCourseDay = figure.courseDay;
        if (figure.activeRate && *figure.activeRate < m_series.targetActiveRate)
            m_series.daysBelowTarget.append(figure.day);
    }

    // Sharing sessions given, by member.
    QHash<int, int> sharingSessions() const
    {
        QHash<int, int> sessions;
        for (const ReviewActivity &activity : m_input.activities) {
            const int day = m_input.dayIndex(activity.start.date());
            if (activity.type == ActivityType::SharingSession && activity.speaker >= 0 && day >= m_range.first
                && day <= m_range.asOf && activity.status != ActivityStatus::Skipped
                && (m_options.now == 0 || activity.window.start <= m_options.now))
                ++sessions[activity.speaker];
        }
        return sessions;
    }

    // Members: totals, tiers, silence.
    void figureMembers()
    {
        const QHash<int, int> sessions = sharingSessions();
        // Tiers count course days only, once there are any.
        const int first = std::max(m_range.first, 0);
        const bool anyCourseDay
            = std::any_of(m_phases.begin() + first, m_phases.begin() + std::max(m_range.asOf + 1, first),
                          [](CampPhase phase) { return phase == CampPhase::Course; });
        for (qsizetype at = 0; at < m_counted.size(); ++at) {
            std::optional<MemberFigure> figure = memberFigure(at, anyCourseDay);
            if (!figure)
                continue;
            figure->sharingSessions = sessions.value(figure->member);
            m_series.members.append(*figure);
        }
    }

    // One member's figure; none for a member outside the camp on every day
    // of the range who never wrote in it either.
    std::optional<MemberFigure> memberFigure(qsizetype at, bool anyCourseDay) const
    {
        const Range &range = m_range;
        const int member = m_counted.at(at);
        const ReviewMember &who = m_input.members.at(member);
        const Span span = m_spans[std::size_t(at)];
        const std::size_t row = std::size_t(member) * std::size_t(m_input.dayCount);
        const quint32 *messages = m_input.messages.data() + row;
        const quint16 *checkIns = m_input.checkIns.data() + row;
        bool inRange = false;
        int lastActive = -1;
        MemberFigure figure;
        figure.member = member;
        figure.personId = who.personId;
        figure.name = who.displayName();
        figure.subgroupId = who.subgroupId;
        figure.staff = who.staff;
        int tierDays = 0, tierActive = 0, tierCheckIns = 0, daysInCamp = 0;
        bool spoke = false;
        for (int day = range.first; day <= range.asOf; ++day) {
            const bool here = span.contains(day);
            const bool checkedIn = checkIns[day] > 0;
            const bool active = messages[day] > 0 || checkedIn;
            inRange = inRange || here || active;
            // When they last spoke and whether they ever did: any day, as
            // the silence lists read them (a post the day before the
            // roster says they joined is no silence).
            if (active)
                lastActive = day;
            spoke = spoke || messages[day] > 0;
            // The member's figures count their days in the camp, as the
            // day figures and "messages from members" do: the leaderboard
            // adds up to the headline (a post on the day they left is in
            // neither).
            if (!here)
                continue;
            figure.messages += int(messages[day]);
            figure.activeDays += active ? 1 : 0;
            figure.checkIns += checkedIn ? 1 : 0;
            ++daysInCamp;
            if (!anyCourseDay || m_phases[std::size_t(day)] == CampPhase::Course) {
                ++tierDays;
                tierActive += active ? 1 : 0;
                tierCheckIns += checkedIn ? 1 : 0;
            }
        }
        if (lastActive >= 0)
            figure.lastActive = m_input.dayAt(lastActive);
        for (int day = std::max(range.asOf + 1, range.first); day <= range.last && !inRange; ++day)
            inRange = span.contains(day);
        if (!inRange)
            return std::nullopt;
        const double activeShare = tierDays > 0 ? double(tierActive) / tierDays : 0.0;
        const double checkInShare = tierDays > 0 && anyCourseDay ? double(tierCheckIns) / tierDays : 0.0;
        figure.tier = tierOf(activeShare, checkInShare, figure.activeDays);
        figure.neverSpoke = !spoke;
        if (range.asOf >= range.first) {
            figure.silentDays = figure.lastActive.isValid() ? int(figure.lastActive.daysTo(m_series.asOf)) : daysInCamp;
            const bool stillIn = who.inCampOn(m_series.asOf);
            figure.atRisk = stillIn && figure.silentDays >= m_input.camp.silentAfterDays;
            if (!stillIn)
                figure.neverSpoke = false; // gone: no longer someone to nudge
        }
        return figure;
    }

    static EngagementTier tierOf(double activeShare, double checkInShare, int activeDays)
    {
        if (activeShare >= ReviewCalculator::CoreActiveShare && checkInShare >= ReviewCalculator::CheckInShare)
            return EngagementTier::Core;
        if (activeShare >= ReviewCalculator::ActiveShare || checkInShare >= ReviewCalculator::CheckInShare)
            return EngagementTier::Active;
        return activeDays > 0 ? EngagementTier::Occasional : EngagementTier::Silent;
    }

    // Members now: in the camp on the as-of day (the first day before any
    // data). The tiers are theirs, so they add up to the member count.
    void countMembersOnTheDay()
    {
        m_memberDay = m_series.asOf.isValid() && m_series.asOf >= m_series.from ? m_series.asOf : m_series.from;
        for (const MemberFigure &figure : std::as_const(m_series.members)) {
            const ReviewMember &who = m_input.members.at(figure.member);
            if (who.inCampOn(m_memberDay)) {
                ++m_series.memberCount;
                ++m_series.tiers[std::size_t(figure.tier)];
            } else if (who.leftOn.isValid() && who.leftOn <= m_memberDay)
                ++m_series.membersLeft;
        }
    }

    // The leaderboard's order, and the silent members longest silent first.
    void orderMembers()
    {
        ReviewSeries &series = m_series;
        std::sort(series.members.begin(), series.members.end(), [](const MemberFigure &a, const MemberFigure &b) {
            if (a.messages != b.messages)
                return a.messages > b.messages;
            if (a.activeDays != b.activeDays)
                return a.activeDays > b.activeDays;
            if (a.checkIns != b.checkIns)
                return a.checkIns > b.checkIns;
            return a.name < b.name;
        });
        for (int index = 0; index < series.members.size(); ++index) {
            const MemberFigure &figure = series.members.at(index);
            if (figure.neverSpoke || figure.atRisk)
                series.silentMembers.append(index);
        }
        std::stable_sort(series.silentMembers.begin(), series.silentMembers.end(), [&series](int a, int b) {
            return series.members.at(a).silentDays > series.members.at(b).silentDays;
        });
    }

    // Subgroups, and "no subgroup" for members in none when there are groups.
    void figureSubgroups()
    {
        QList<std::pair<qint64, const Subgroup *>> buckets;
        for (const Subgroup &subgroup : m_input.subgroups)
            buckets.append({subgroup.id, &subgroup});
        const bool anyUngrouped = std::any_of(m_counted.cbegin(), m_counted.cend(), [this](int member) {
            return m_input.members.at(member).subgroupId == 0;
        });
        if (anyUngrouped && !m_input.subgroups.isEmpty())
            buckets.append({ReviewFilter::NoSubgroup, nullptr});
        for (const auto &[subgroupId, subgroup] : buckets) {
            if (m_filter.subgroupId != 0 && m_filter.subgroupId != subgroupId)
                continue;
            SubgroupFigure figure;
            figure.subgroupId = subgroupId;
            figure.name = subgroup ? subgroup->name : QCoreApplication::translate("ReviewCalculator", "No subgroup");
            figure.color = subgroup ? subgroup->color : QString();
            addSubgroupMembers(figure, subgroupId == ReviewFilter::NoSubgroup ? 0 : subgroupId);
            figure.activeRate = ReviewCalculator::percent(figure.activeMemberDays, figure.memberDays);
            figure.checkInRate = ReviewCalculator::percent(figure.checkInDays, figure.courseMemberDays);
            m_series.subgroups.append(figure);
        }
    }

    // The camp's definitions, on the subgroup's members: messages on their
    // camp days, rates over the complete days the camp's averages count.
    void addSubgroupMembers(SubgroupFigure &figure, qint64 subgroupId) const
    {
        for (int member : std::as_const(m_counted)) {
            const ReviewMember &who = m_input.members.at(member);
            if (who.subgroupId != subgroupId)
                continue;
            if (who.inCampOn(m_memberDay))
                ++figure.members;
            for (int day = m_range.first; day <= m_range.asOf; ++day) {
                if (!who.inCampOn(m_input.dayAt(day)))
                    continue;
                figure.messages += int(m_input.messagesOf(member, day));
                if (!m_series.days.at(day - m_range.first).complete)
                    continue;
                const bool course = m_phases[std::size_t(day)] == CampPhase::Course;
                if (course || m_series.countedCourseDays == 0) {
                    ++figure.memberDays;
                    figure.activeMemberDays += isActive(m_input, member, day) ? 1 : 0;
                }
                if (course) {
                    ++figure.courseMemberDays;
                    figure.checkInDays += m_input.checkInsOf(member, day) > 0 ? 1 : 0;
                }
            }
        }
    }

    // Activities, check-in activities, and each activity against the
    // average of its type.
    void figureActivities()
    {
        QHash<ActivityType, std::pair<int, std::pair<double, double>>> byType; // happened count, sums
        const QHash<int, int> checkInActivitiesOn = ReviewCalculator::checkInActivitiesPerDay(m_input);
        for (const ReviewActivity &activity : m_input.activities) {
            const int day = m_input.dayIndex(activity.start.date());
            if (day < m_range.first || day > m_range.last)
                continue;
            const ActivityFigure figure = activityFigure(activity, day);
            if (figure.happened) {
                auto &sums = byType[activity.type];
                ++sums.first;
                sums.second.first += figure.participants;
                sums.second.second += figure.messages;
            }
            m_series.activities.append(figure);
            if (activity.type == ActivityType::CheckIn && figure.happened)
                m_series.checkInActivities.append(
                    checkInFigure(activity, figure, day, checkInActivitiesOn.value(day) == 1));
        }
        for (ActivityFigure &figure : m_series.activities) {
            const auto sums = byType.value(figure.type);
            figure.sameTypeCount = sums.first;
            if (sums.first > 0) {
                figure.sameTypeParticipants = sums.second.first / sums.first;
                figure.sameTypeMessages = sums.second.second / sums.first;
            }
        }
    }

    ActivityFigure activityFigure(const ReviewActivity &activity, int day) const
    {
        ActivityFigure figure;
        figure.activityId = activity.id;
        figure.type = activity.type;
        figure.title = activity.title;
        figure.start = activity.start;
        figure.end = activity.end;
        figure.happened = day <= m_range.asOf && activity.status != ActivityStatus::Skipped
            && (m_options.now == 0 || activity.window.start <= m_options.now);
        // The filter's members in the camp that day: the day's figure has them.
        figure.members = m_series.days.at(day - m_range.first).members;
        for (const ParticipantGroup &group : activity.participantGroups) {
            if (ReviewCalculator::counts(group.subgroupId, group.staff, m_filter)) {
                figure.participants += group.participants;
                figure.messages += int(group.messages);
            }
        }
        if (figure.happened)
            figure.participationRate = ReviewCalculator::percent(figure.participants, figure.members);
        return figure;
    }

    // Who checked in for a check-in activity that happened. The day's only
    // check-in activity is what a check-in of that day (a 接龙, a tick, a
    // post) was for.
    CheckInActivityFigure checkInFigure(const ReviewActivity &activity, const ActivityFigure &figure, int day,
                                        bool onlyOne) const
    {
        const QDate date = activity.start.date();
        CheckInActivityFigure checkIn;
        checkIn.activityId = activity.id;
        checkIn.title = activity.title;
        checkIn.day = date;
        checkIn.members = figure.members;
        std::vector<char> checkedIn(std::size_t(m_input.members.size()), 0);
        for (int member : activity.checkIns)
            checkedIn[std::size_t(member)] = 1;
        if (onlyOne || !activity.checkIns.isEmpty()) {
            for (int member : std::as_const(m_counted)) {
                if (ReviewCalculator::checkedInFor(checkedIn[std::size_t(member)] != 0,
                                                   m_input.checkInsOf(member, day) > 0, onlyOne)
                    && m_input.members.at(member).inCampOn(date))
                    ++checkIn.checkedIn;
            }
        }
        checkIn.rate = ReviewCalculator::percent(checkIn.checkedIn, checkIn.members);
        return checkIn;
    }

    const ReviewInput &m_input;
    const ReviewFilter &m_filter;
    const ReviewOptions &m_options;
    ReviewSeries m_series;
    Range m_range;
    QList<int> m_counted; // indices into m_input.members
    std::vector<Span> m_spans; // one per counted member
    std::vector<CampPhase> m_phases; // by grid day
    QDate m_memberDay; // the day "members" are counted on
};

} // namespace

QList<EngagementTier> EngagementTiers::all()
{
    return {EngagementTier::Core, EngagementTier::Active, EngagementTier::Occasional, EngagementTier::Silent};
}

QString EngagementTiers::key(EngagementTier tier)
{
    switch (tier) {
    case EngagementTier::Core:
        return QStringLiteral("core");
    case EngagementTier::Active:
        return QStringLiteral("active");
    case EngagementTier::Occasional:
        return QStringLiteral("occasional");
    case EngagementTier::Silent:
        return QStringLiteral("silent");
    }
    return {};
}

QString EngagementTiers::displayName(EngagementTier tier)
{
    switch (tier) {
    // Not "core": that is a member role (核心成员) with its own count on the Overview.
    case EngagementTier::Core:
        return QCoreApplication::translate("EngagementTier", "Highly engaged");
    case EngagementTier::Active:
        return QCoreApplication::translate("EngagementTier", "Active");
    case EngagementTier::Occasional:
        return QCoreApplication::translate("EngagementTier", "Occasional");
    case EngagementTier::Silent:
        return QCoreApplication::translate("EngagementTier", "Silent");
    }
    return {};
}

QString CampPhases::key(CampPhase phase)
{
    switch (phase) {
    case CampPhase::Preparation:
        return QStringLiteral("preparation");
    case CampPhase::Course:
        return QStringLiteral("course");
    case CampPhase::WrapUp:
        return QStringLiteral("wrap_up");
    case CampPhase::Outside:
        return QStringLiteral("outside");
    }
    return {};
}

const DayFigure *ReviewSeries::dayFigure(QDate day) const
{
    for (const DayFigure &figure : days) {
        if (figure.day == day)
            return &figure;
    }
    return nullptr;
}

const ActivityFigure *ReviewSeries::activityFigure(qint64 activityId) const
{
    for (const ActivityFigure &figure : activities) {
        if (figure.activityId == activityId)
            return &figure;
    }
    return nullptr;
}

bool ReviewCalculator::counts(const ReviewMember &member, const ReviewFilter &filter)
{
    return counts(member.subgroupId, member.staff, filter);
}

bool ReviewCalculator::counts(qint64 subgroupId, bool staff, const ReviewFilter &filter)
{
    if (staff && !filter.includeStaff)
        return false;
    if (filter.subgroupId == ReviewFilter::NoSubgroup)
        return subgroupId == 0;
    return filter.subgroupId == 0 || subgroupId == filter.subgroupId;
}

CampPhase ReviewCalculator::phaseOf(const Camp &camp, QDate day)
{
    if (camp.courseStart.isValid() && camp.courseEnd.isValid() && day >= camp.courseStart && day <= camp.courseEnd)
        return CampPhase::Course;
    if (camp.preparationStart.isValid() && day >= camp.preparationStart && day < camp.courseStart)
        return CampPhase::Preparation;
    if (camp.wrapUpEnd.isValid() && day > camp.courseEnd && day <= camp.wrapUpEnd)
        return CampPhase::WrapUp;
    return CampPhase::Outside;
}

QHash<int, int> ReviewCalculator::checkInActivitiesPerDay(const ReviewInput &input)
{
    QHash<int, int> perDay;
    for (const ReviewActivity &activity : input.activities) {
        if (activity.type == ActivityType::CheckIn && activity.status != ActivityStatus::Skipped)
            ++perDay[input.dayIndex(activity.start.date())];
    }
    return perDay;
}

ReviewOptions ReviewCalculator::optionsOn(QDate today, const Camp &camp)
{
    ReviewOptions options;
    options.today = today;
    if (today.isValid() && today == camp.today())
        options.now = QDateTime::currentSecsSinceEpoch();
    return options;
}

ReviewSeries ReviewCalculator::compute(const ReviewInput &input, const ReviewFilter &filter,
                                       const ReviewOptions &options)
{
    return ReviewPasses(input, filter, options).run();
}

DayMembers ReviewCalculator::dayMembers(const ReviewInput &input, const ReviewFilter &filter, QDate day)
{
    DayMembers result;
    const int index = input.dayIndex(day);
    if (index < 0 || index >= input.dayCount)
        return result;
    for (int member = 0; member < input.members.size(); ++member) {
        const ReviewMember &who = input.members.at(member);
        if (!counts(who, filter) || !who.inCampOn(day))
            continue;
        (isActive(input, member, index) ? result.active : result.inactive).append(member);
    }
    std::stable_sort(result.active.begin(), result.active.end(),
                     [&input, index](int a, int b) { return input.messagesOf(a, index) > input.messagesOf(b, index); });
    return result;
}

QList<std::pair<int, int>> ReviewCalculator::activityMembers(const ReviewInput &input, const ReviewFilter &filter,
                                                             qint64 activityId)
{
    QList<std::pair<int, int>> result;
    const int index = input.activityIndexOf(activityId);
    if (index < 0)
        return result;
    for (const auto &[member, messages] : input.participantsOf(input.activities.at(index))) {
        if (counts(input.members.at(member), filter))
            result.append({member, messages});
    }
    std::stable_sort(result.begin(), result.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    return result;
}

QList<int> ReviewCalculator::subgroupMembers(const ReviewInput &input, const ReviewFilter &filter, qint64 subgroupId)
{
    QList<int> result;
    const qint64 wanted = subgroupId == ReviewFilter::NoSubgroup ? 0 : subgroupId;
    for (int member = 0; member < input.members.size(); ++member) {
        const ReviewMember &who = input.members.at(member);
        if (counts(who, filter) && who.subgroupId == wanted)
            result.append(member);
    }
    return result;
}

QList<MemberDay> ReviewCalculator::memberStrip(const ReviewInput &input, int member, QDate from, QDate to, QDate asOf)
{
    QList<MemberDay> days;
    if (member < 0 || member >= input.members.size() || !from.isValid() || !to.isValid())
        return days;
    const ReviewMember &who = input.members.at(member);
    for (QDate date = from; date <= to; date = date.addDays(1)) {
        MemberDay cell;
        cell.day = date;
        const int index = input.dayIndex(date);
        if (index >= 0 && index < input.dayCount) {
            cell.messages = int(input.messagesOf(member, index));
            cell.checkIns = int(input.checkInsOf(member, index));
        }
        if (asOf.isValid() && date > asOf)
            cell.state = DayState::Future;
        else if (!who.inCampOn(date) && cell.messages == 0 && cell.checkIns == 0)
            cell.state = DayState::NotInCamp;
        else if (cell.messages > 0 && cell.checkIns > 0)
            cell.state = DayState::SpokeAndCheckedIn;
        else if (cell.messages > 0)
            cell.state = DayState::Spoke;
        else if (cell.checkIns > 0)
            cell.state = DayState::CheckedIn;
        else
            cell.state = DayState::Silent;
        days.append(cell);
    }
    return days;
}

QList<CampComparisonRow> ReviewCalculator::compare(const ReviewSeries &first, const ReviewSeries &second)
{
    QMap<int, CampComparisonRow> rows;
    for (const DayFigure &day : first.days) {
        rows[day.courseDay].courseDay = day.courseDay;
        rows[day.courseDay].first = day.activeRate;
    }
    for (const DayFigure &day : second.days) {
        rows[day.courseDay].courseDay = day.courseDay;
        rows[day.courseDay].second = day.activeRate;
    }
    return rows.values();
}

std::optional<double> ReviewCalculator::percent(int part, int whole)
{
    if (whole <= 0)
        return std::nullopt;
    return 100.0 * part / whole;
}

} // namespace CampDesk
