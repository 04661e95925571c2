#include "review/ReviewTables.h"

#include <QLocale>

namespace CampDesk {

namespace {

QString number(double value)
{
    return QLocale().toString(value, 'f', 1);
}

QString dayText(QDate day)
{
    return day.toString(Qt::ISODate);
}

} // namespace

QList<ReviewChart> ReviewTables::charts()
{
    return {ReviewChart::ActiveRate, ReviewChart::CheckIns,    ReviewChart::Subgroups,
            ReviewChart::Activities, ReviewChart::Tiers, ReviewChart::JoinsLeaves};
}

QString ReviewTables::title(ReviewChart chart)
{
    switch (chart) {
    case ReviewChart::ActiveRate: return tr("Daily active rate");
    case ReviewChart::CheckIns: return tr("Check-in completion per course day");
    case ReviewChart::Subgroups: return tr("Subgroups");
    case ReviewChart::Activities: return tr("Turnout per activity");
    case ReviewChart::Tiers: return tr("Engagement tiers");
    case ReviewChart::JoinsLeaves: return tr("Joins and leaves");
    }
    return {};
}

QString ReviewTables::fileStem(ReviewChart chart)
{
    switch (chart) {
    case ReviewChart::ActiveRate: return QStringLiteral("active-rate");
    case ReviewChart::CheckIns: return QStringLiteral("check-ins");
    case ReviewChart::Subgroups: return QStringLiteral("subgroups");
    case ReviewChart::Activities: return QStringLiteral("activities");
    case ReviewChart::Tiers: return QStringLiteral("tiers");
    case ReviewChart::JoinsLeaves: return QStringLiteral("joins-leaves");
    }
    return {};
}

QString ReviewTables::percent(const std::optional<double> &value)
{
    return value ? tr("%1 %").arg(number(*value)) : QStringLiteral("–");
}

bool ReviewTables::isEngagement(ActivityType type)
{
    switch (type) {
    case ActivityType::Lesson:
    case ActivityType::CheckIn:
    case ActivityType::Entertainment:
    case ActivityType::SharingSession:
    case ActivityType::OpeningCeremony:
    case ActivityType::ClosingCeremony:
        return true;
    case ActivityType::Announcement:
    case ActivityType::Digest:
    case ActivityType::StaffTask:
        return false;
    }
    return false;
}

ReviewTable ReviewTables::table(ReviewChart chart, const ReviewSeries &series)
{
    ReviewTable table;
    table.title = title(chart);
    switch (chart) {
    case ReviewChart::ActiveRate:
        table.header = {tr("Day"), tr("Course day"), tr("Members"), tr("Active"), tr("Active rate"), tr("Target"),
                        tr("Messages")};
        for (const DayFigure &day : series.days) {
            table.rows.append({dayText(day.day), day.phase == CampPhase::Course ? QString::number(day.courseDay) : QString(),
                               QString::number(day.members), day.elapsed ? QString::number(day.active) : QString(),
                               percent(day.activeRate), tr("%1 %").arg(number(series.targetActiveRate)),
                               day.elapsed ? QString::number(day.messages) : QString()});
        }
        break;
    case ReviewChart::CheckIns:
        table.header = {tr("Day"), tr("Course day"), tr("Members"), tr("Checked in"), tr("Completion"), tr("Target")};
        for (const DayFigure &day : series.days) {
            if (day.phase != CampPhase::Course)
                continue;
            table.rows.append({dayText(day.day), QString::number(day.courseDay), QString::number(day.members),
                               day.elapsed ? QString::number(day.checkedIn) : QString(), percent(day.checkInRate),
                               tr("%1 %").arg(number(series.targetCheckInRate))});
        }
        break;
    case ReviewChart::Subgroups:
        table.header = {tr("Subgroup"), tr("Members"), tr("Active rate"), tr("Check-in completion"), tr("Messages")};
        for (const SubgroupFigure &subgroup : series.subgroups) {
            table.rows.append({subgroup.name, QString::number(subgroup.members), percent(subgroup.activeRate),
                               percent(subgroup.checkInRate), QString::number(subgroup.messages)});
        }
        break;
    case ReviewChart::Activities:
        table.header = {tr("Start"), tr("Type"), tr("Activity"), tr("Participants"), tr("Participation"), tr("Messages"),
                        tr("Average of its type (participants)")};
        for (const ActivityFigure &activity : series.activities) {
            if (!isEngagement(activity.type) || !activity.happened)
                continue;
            table.rows.append({activity.start.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                               ActivityTypes::displayName(activity.type), activity.title,
                               QString::number(activity.participants), percent(activity.participationRate),
                               QString::number(activity.messages), number(activity.sameTypeParticipants)});
        }
        break;
    case ReviewChart::Tiers:
        table.header = {tr("Tier"), tr("Members")};
        for (EngagementTier tier : EngagementTiers::all())
            table.rows.append({EngagementTiers::displayName(tier), QString::number(series.tiers[std::size_t(tier)])});
        break;
    case ReviewChart::JoinsLeaves:
        table.header = {tr("Day"), tr("Joined"), tr("Left")};
        for (const DayFigure &day : series.days)
            table.rows.append({dayText(day.day), QString::number(day.joins), QString::number(day.leaves)});
        break;
    }
    return table;
}

ReviewTable ReviewTables::silentMembers(const ReviewSeries &series)
{
    ReviewTable table;
    table.title = tr("Silent and at-risk members");
    table.header = {tr("Member"), tr("Last active"), tr("Days silent"), tr("Messages"), tr("Check-ins"), tr("Why")};
    for (int index : series.silentMembers) {
        const MemberFigure &member = series.members.at(index);
        table.rows.append({member.name, member.lastActive.isValid() ? dayText(member.lastActive) : tr("never"),
                           QString::number(member.silentDays), QString::number(member.messages),
                           QString::number(member.checkIns),
                           member.neverSpoke ? tr("never spoke") : tr("silent for %n day(s)", nullptr, member.silentDays)});
    }
    return table;
}

ReviewTable ReviewTables::leaderboard(const ReviewSeries &series, int limit)
{
    ReviewTable table;
    table.title = tr("Leaderboard");
    table.header = {tr("#"), tr("Member"), tr("Messages"), tr("Active days"), tr("Check-ins"), tr("Sharing sessions"),
                    tr("Tier")};
    for (int index = 0; index < series.members.size() && index < limit; ++index) {
        const MemberFigure &member = series.members.at(index);
        table.rows.append({QString::number(index + 1), member.name, QString::number(member.messages),
                           QString::number(member.activeDays), QString::number(member.checkIns),
                           QString::number(member.sharingSessions), EngagementTiers::displayName(member.tier)});
    }
    return table;
}

ReviewTable ReviewTables::checkInActivities(const ReviewSeries &series)
{
    ReviewTable table;
    table.title = tr("Check-in activities");
    table.header = {tr("Day"), tr("Activity"), tr("Members"), tr("Checked in"), tr("Completion")};
    for (const CheckInActivityFigure &figure : series.checkInActivities) {
        table.rows.append({dayText(figure.day), figure.title, QString::number(figure.members),
                           QString::number(figure.checkedIn), percent(figure.rate)});
    }
    return table;
}

} // namespace CampDesk
