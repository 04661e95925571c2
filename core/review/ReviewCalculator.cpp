#include "review/ReviewCalculator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMap>

#include <algorithm>

namespace CampDesk {

namespace {

std::optional<double> percent(int part, int whole)
{
    if (whole <= 0)
        return std::nullopt;
    return 100.0 * part / whole;
}

// The day range a filter covers, within the input's grid.
struct Range
{
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

} // namespace

QList<EngagementTier> EngagementTiers::all()
{
    return {EngagementTier::Core, EngagementTier::Active, EngagementTier::Occasional, EngagementTier::Silent};
}

QString EngagementTiers::key(EngagementTier tier)
{
    switch (tier) {
    case EngagementTier::Core: return QStringLiteral("core");
    case EngagementTier::Active: return QStringLiteral("active");
    case EngagementTier::Occasional: return QStringLiteral("occasional");
    case EngagementTier::Silent: return QStringLiteral("silent");
    }
    return {};
}

QString EngagementTiers::displayName(EngagementTier tier)
{
    switch (tier) {
    // Not "core": that is a member role (核心成员) with its own count on the Overview.
    case EngagementTier::Core: return QCoreApplication::translate("EngagementTier", "Highly engaged");
    case EngagementTier::Active: return QCoreApplication::translate("EngagementTier", "Active");
    case EngagementTier::Occasional: return QCoreApplication::translate("EngagementTier", "Occasional");
    case EngagementTier::Silent: return QCoreApplication::translate("EngagementTier", "Silent");
    }
    return {};
}

QString CampPhases::key(CampPhase phase)
{
    switch (phase) {
    case CampPhase::Preparation: return QStringLiteral("preparation");
    case CampPhase::Course: return QStringLiteral("course");
    case CampPhase::WrapUp: return QStringLiteral("wrap_up");
    case CampPhase::Outside: return QStringLiteral("outside");
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

ReviewOptions ReviewCalculator::optionsOn(QDate today)
{
    ReviewOptions options;
    options.today = today;
    if (today.isValid() && today == QDate::currentDate())
        options.now = QDateTime::currentSecsSinceEpoch();
    return options;
}

ReviewSeries ReviewCalculator::compute(const ReviewInput &input, const ReviewFilter &filter, const ReviewOptions &options)
{
    ReviewSeries series;
    series.filter = filter;
    series.targetActiveRate = input.camp.targetActiveRate;
    series.targetCheckInRate = input.camp.targetCheckinRate;
    series.silentAfterDays = input.camp.silentAfterDays;
    series.activityTailMinutes = input.camp.activityTailMinutes;
    const Range range = rangeOf(input, filter, options, series.from, series.to, series.asOf);

    QList<int> counted;
    for (int member = 0; member < input.members.size(); ++member) {
        if (counts(input.members.at(member), filter))
            counted.append(member);
    }

    // Each counted member's days in the camp as grid indices, [from, to):
    // the loops below compare integers, not dates.
    struct Span
    {
        qint64 from;
        qint64 to;
    };
    std::vector<Span> spans;
    spans.reserve(std::size_t(counted.size()));
    const QDate gridStart = input.firstDay;
    for (int member : std::as_const(counted)) {
        const ReviewMember &who = input.members.at(member);
        spans.push_back({who.joinedOn.isValid() ? gridStart.daysTo(who.joinedOn) : std::numeric_limits<qint64>::min(),
                         who.leftOn.isValid() ? gridStart.daysTo(who.leftOn) : std::numeric_limits<qint64>::max()});
    }

    // Days: summed member by member along each member's row of the grid.
    const int dayCount = std::max(range.last - range.first + 1, 0);
    std::vector<DayFigure> dayFigures(static_cast<std::size_t>(dayCount));
    for (qsizetype at = 0; at < counted.size(); ++at) {
        const int member = counted.at(at);
        const Span span = spans[std::size_t(at)];
        if (span.from >= range.first && span.from <= range.last)
            ++dayFigures[std::size_t(span.from - range.first)].joins;
        if (span.to >= range.first && span.to <= range.last)
            ++dayFigures[std::size_t(span.to - range.first)].leaves;
        const int first = int(std::max<qint64>(span.from, range.first));
        const int last = int(std::min<qint64>(span.to - 1, range.last));
        const std::size_t row = std::size_t(member) * std::size_t(input.dayCount);
        const quint32 *messages = input.messages.data() + row;
        const quint16 *checkIns = input.checkIns.data() + row;
        for (int day = first; day <= last; ++day) {
            DayFigure &figure = dayFigures[std::size_t(day - range.first)];
            ++figure.members;
            figure.messages += int(messages[day]);
            figure.active += messages[day] > 0 || checkIns[day] > 0 ? 1 : 0;
            figure.checkedIn += checkIns[day] > 0 ? 1 : 0;
        }
    }
    // Member-days of the complete days, for the averages.
    struct MemberDays
    {
        int members = 0;
        int active = 0;
        int checkedIn = 0;
    } allDays, courseDays;
    std::vector<CampPhase> phases(std::size_t(std::max(input.dayCount, 0)), CampPhase::Outside);
    for (int day = range.first; day <= range.last; ++day) {
        DayFigure figure = dayFigures[std::size_t(day - range.first)];
        figure.day = input.dayAt(day);
        figure.courseDay = input.camp.courseStart.isValid() ? int(input.camp.courseStart.daysTo(figure.day)) + 1 : 0;
        figure.phase = phaseOf(input.camp, figure.day);
        phases[std::size_t(day)] = figure.phase;
        figure.elapsed = day <= range.asOf;
        figure.complete = figure.elapsed && (!options.today.isValid() || figure.day < options.today);
        if (figure.elapsed) {
            figure.activeRate = percent(figure.active, figure.members);
            if (figure.phase == CampPhase::Course)
                figure.checkInRate = percent(figure.checkedIn, figure.members);
            series.totalMessages += figure.messages;
        }
        if (figure.complete && figure.members > 0) {
            const auto add = [&figure](MemberDays &sum) {
                sum.members += figure.members;
                sum.active += figure.active;
                sum.checkedIn += figure.checkedIn;
            };
            add(allDays);
            if (figure.phase == CampPhase::Course) {
                add(courseDays);
                if (series.countedCourseDays++ == 0)
                    series.firstCountedCourseDay = figure.courseDay;
                series.lastCountedCourseDay = figure.courseDay;
                if (figure.activeRate && *figure.activeRate < series.targetActiveRate)
                    series.daysBelowTarget.append(figure.day);
            }
        }
        series.days.append(figure);
    }
    const MemberDays &averaged = courseDays.members > 0 ? courseDays : allDays;
    series.averageActiveRate = percent(averaged.active, averaged.members);
    series.averageCheckInRate = percent(courseDays.checkedIn, courseDays.members);

    // Sharing sessions given, by member.
    QHash<int, int> sessions;
    for (const ReviewActivity &activity : input.activities) {
        const int day = input.dayIndex(activity.start.date());
        if (activity.type == ActivityType::SharingSession && activity.speaker >= 0 && day >= range.first
            && day <= range.asOf && activity.status != ActivityStatus::Skipped
            && (options.now == 0 || activity.window.start <= options.now))
            ++sessions[activity.speaker];
    }

    // Members: totals, tiers, silence.
    const bool anyCourseDay = std::any_of(phases.begin() + std::max(range.first, 0),
                                          phases.begin() + std::max(range.asOf + 1, std::max(range.first, 0)),
                                          [](CampPhase phase) { return phase == CampPhase::Course; });
    for (qsizetype at = 0; at < counted.size(); ++at) {
        const int member = counted.at(at);
        const ReviewMember &who = input.members.at(member);
        const Span span = spans[std::size_t(at)];
        const auto inCamp = [span](int day) { return span.from <= day && day < span.to; };
        const std::size_t row = std::size_t(member) * std::size_t(input.dayCount);
        const quint32 *messages = input.messages.data() + row;
        const quint16 *checkIns = input.checkIns.data() + row;
        bool inRange = false;
        int lastActive = -1;
        MemberFigure figure;
        figure.member = member;
        figure.personId = who.personId;
        figure.name = who.displayName();
        figure.subgroupId = who.subgroupId;
        figure.staff = who.staff;
        figure.sharingSessions = sessions.value(member);
        int tierDays = 0, tierActive = 0, tierCheckIns = 0, daysInCamp = 0;
        for (int day = range.first; day <= range.asOf; ++day) {
            const bool here = inCamp(day);
            const bool checkedIn = checkIns[day] > 0;
            const bool active = messages[day] > 0 || checkedIn;
            inRange = inRange || here || active;
            figure.messages += int(messages[day]);
            if (active) {
                ++figure.activeDays;
                lastActive = day;
            }
            figure.checkIns += checkedIn ? 1 : 0;
            if (!here)
                continue;
            ++daysInCamp;
            if (!anyCourseDay || phases[std::size_t(day)] == CampPhase::Course) {
                ++tierDays;
                tierActive += active ? 1 : 0;
                tierCheckIns += checkedIn ? 1 : 0;
            }
        }
        if (lastActive >= 0)
            figure.lastActive = input.dayAt(lastActive);
        for (int day = std::max(range.asOf + 1, range.first); day <= range.last && !inRange; ++day)
            inRange = inCamp(day);
        if (!inRange)
            continue;
        const double activeShare = tierDays > 0 ? double(tierActive) / tierDays : 0.0;
        const double checkInShare = tierDays > 0 && anyCourseDay ? double(tierCheckIns) / tierDays : 0.0;
        if (activeShare >= CoreActiveShare && checkInShare >= CheckInShare)
            figure.tier = EngagementTier::Core;
        else if (activeShare >= ActiveShare || checkInShare >= CheckInShare)
            figure.tier = EngagementTier::Active;
        else if (figure.activeDays > 0)
            figure.tier = EngagementTier::Occasional;
        else
            figure.tier = EngagementTier::Silent;
        figure.neverSpoke = figure.messages == 0;
        if (range.asOf >= range.first) {
            figure.silentDays = figure.lastActive.isValid() ? int(figure.lastActive.daysTo(series.asOf)) : daysInCamp;
            const bool stillIn = who.inCampOn(series.asOf);
            figure.atRisk = stillIn && figure.silentDays >= input.camp.silentAfterDays;
            if (!stillIn)
                figure.neverSpoke = false; // gone: no longer someone to nudge
        }
        ++series.tiers[std::size_t(figure.tier)];
        series.members.append(figure);
    }
    // Members now: in the camp on the as-of day (the first day before any data).
    const QDate memberDay = series.asOf.isValid() && series.asOf >= series.from ? series.asOf : series.from;
    for (const MemberFigure &figure : std::as_const(series.members)) {
        const ReviewMember &who = input.members.at(figure.member);
        if (who.inCampOn(memberDay))
            ++series.memberCount;
        else if (who.leftOn.isValid() && who.leftOn <= memberDay)
            ++series.membersLeft;
    }
    series.farData = input.farData;
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

    // Subgroups.
    QList<std::pair<qint64, const Subgroup *>> buckets;
    for (const Subgroup &subgroup : input.subgroups)
        buckets.append({subgroup.id, &subgroup});
    const bool anyUngrouped = std::any_of(counted.cbegin(), counted.cend(),
                                          [&input](int member) { return input.members.at(member).subgroupId == 0; });
    if (anyUngrouped && !input.subgroups.isEmpty())
        buckets.append({ReviewFilter::NoSubgroup, nullptr});
    for (const auto &[subgroupId, subgroup] : buckets) {
        if (filter.subgroupId != 0 && filter.subgroupId != subgroupId)
            continue;
        SubgroupFigure figure;
        figure.subgroupId = subgroupId;
        figure.name = subgroup ? subgroup->name : QCoreApplication::translate("ReviewCalculator", "No subgroup");
        figure.color = subgroup ? subgroup->color : QString();
        const qint64 wanted = subgroupId == ReviewFilter::NoSubgroup ? 0 : subgroupId;
        for (int member : std::as_const(counted)) {
            const ReviewMember &who = input.members.at(member);
            if (who.subgroupId != wanted)
                continue;
            if (who.inCampOn(memberDay))
                ++figure.members;
            // The camp's definitions, on the subgroup's members: messages on
            // their camp days, rates over the complete days the camp's
            // averages count.
            for (int day = range.first; day <= range.asOf; ++day) {
                if (!who.inCampOn(input.dayAt(day)))
                    continue;
                figure.messages += int(input.messagesOf(member, day));
                if (!series.days.at(day - range.first).complete)
                    continue;
                const bool course = phases[std::size_t(day)] == CampPhase::Course;
                if (course || series.countedCourseDays == 0) {
                    ++figure.memberDays;
                    figure.activeMemberDays += isActive(input, member, day) ? 1 : 0;
                }
                if (course) {
                    ++figure.courseMemberDays;
                    figure.checkInDays += input.checkInsOf(member, day) > 0 ? 1 : 0;
                }
            }
        }
        figure.activeRate = percent(figure.activeMemberDays, figure.memberDays);
        figure.checkInRate = percent(figure.checkInDays, figure.courseMemberDays);
        series.subgroups.append(figure);
    }

    // Activities and check-in activities.
    QHash<ActivityType, std::pair<int, std::pair<double, double>>> byType; // happened count, sums
    const QHash<int, int> checkInActivitiesOn = checkInActivitiesPerDay(input);
    for (const ReviewActivity &activity : input.activities) {
        const QDate date = activity.start.date();
        const int day = input.dayIndex(date);
        if (day < range.first || day > range.last)
            continue;
        ActivityFigure figure;
        figure.activityId = activity.id;
        figure.type = activity.type;
        figure.title = activity.title;
        figure.start = activity.start;
        figure.end = activity.end;
        figure.happened = day <= range.asOf && activity.status != ActivityStatus::Skipped
            && (options.now == 0 || activity.window.start <= options.now);
        // The filter's members in the camp that day: the day's figure has them.
        figure.members = series.days.at(day - range.first).members;
        for (const ParticipantGroup &group : activity.participantGroups) {
            if (counts(group.subgroupId, group.staff, filter)) {
                figure.participants += group.participants;
                figure.messages += int(group.messages);
            }
        }
        if (figure.happened) {
            figure.participationRate = percent(figure.participants, figure.members);
            auto &sums = byType[activity.type];
            ++sums.first;
            sums.second.first += figure.participants;
            sums.second.second += figure.messages;
        }
        series.activities.append(figure);

        if (activity.type == ActivityType::CheckIn && figure.happened) {
            CheckInActivityFigure checkIn;
            checkIn.activityId = activity.id;
            checkIn.title = activity.title;
            checkIn.day = date;
            checkIn.members = figure.members;
            // The day's only check-in activity is what a check-in of that
            // day (a 接龙, a tick, a post) was for.
            const bool onlyOne = checkInActivitiesOn.value(day) == 1;
            std::vector<char> checkedIn(std::size_t(input.members.size()), 0);
            for (int member : activity.checkIns)
                checkedIn[std::size_t(member)] = 1;
            if (onlyOne || !activity.checkIns.isEmpty()) {
                for (int member : std::as_const(counted)) {
                    if (checkedInFor(checkedIn[std::size_t(member)] != 0, input.checkInsOf(member, day) > 0, onlyOne)
                        && input.members.at(member).inCampOn(date))
                        ++checkIn.checkedIn;
                }
            }
            checkIn.rate = percent(checkIn.checkedIn, checkIn.members);
            series.checkInActivities.append(checkIn);
        }
    }
    for (ActivityFigure &figure : series.activities) {
        const auto sums = byType.value(figure.type);
        figure.sameTypeCount = sums.first;
        if (sums.first > 0) {
            figure.sameTypeParticipants = sums.second.first / sums.first;
            figure.sameTypeMessages = sums.second.second / sums.first;
        }
    }
    return series;
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
    std::stable_sort(result.active.begin(), result.active.end(), [&input, index](int a, int b) {
        return input.messagesOf(a, index) > input.messagesOf(b, index);
    });
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

} // namespace CampDesk
