#include "core/review/ReviewTables.h"

#include <QHash>
#include <QLocale>

namespace CampDesk {

QList<ReviewChart> ReviewTables::charts()
{
    return {ReviewChart::ActiveRate, ReviewChart::CheckIns, ReviewChart::Subgroups,
            ReviewChart::Activities, ReviewChart::Tiers,    ReviewChart::JoinsLeaves};
}

QString ReviewTables::title(ReviewChart chart)
{
    switch (chart) {
    case ReviewChart::ActiveRate:
        return tr("Daily active rate");
    case ReviewChart::CheckIns:
        return tr("Check-in completion per course day");
    case ReviewChart::Subgroups:
        return tr("Subgroups");
    case ReviewChart::Activities:
        return tr("Turnout per activity");
    case ReviewChart::Tiers:
        return tr("Engagement tiers");
    case ReviewChart::JoinsLeaves:
        return tr("Joins and leaves");
    }
    return {};
}

QString ReviewTables::fileStem(ReviewChart chart)
{
    switch (chart) {
    case ReviewChart::ActiveRate:
        return QStringLiteral("active-rate");
    case ReviewChart::CheckIns:
        return QStringLiteral("check-ins");
    case ReviewChart::Subgroups:
        return QStringLiteral("subgroups");
    case ReviewChart::Activities:
        return QStringLiteral("activities");
    case ReviewChart::Tiers:
        return QStringLiteral("tiers");
    case ReviewChart::JoinsLeaves:
        return QStringLiteral("joins-leaves");
    }
    return {};
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

DataTable ReviewTables::table(ReviewChart chart, const ReviewSeries &series, const QList<CampComparisonRow> *comparison,
                              const QString &comparedName)
{
    using Kind = DataColumn::Kind;
    const auto value = [](const std::optional<double> &rate) { return rate ? QVariant(*rate) : QVariant(); };
    const auto whenElapsed = [](const DayFigure &day, int count) { return day.elapsed ? QVariant(count) : QVariant(); };
    DataTable table;
    table.title = title(chart);
    switch (chart) {
    case ReviewChart::ActiveRate: {
        table.addColumn(tr("Day"), Kind::Date);
        table.addColumn(tr("Course day"), Kind::Count);
        table.addColumn(tr("Members"), Kind::Count);
        table.addColumn(tr("Active"), Kind::Count);
        table.addColumn(tr("Active rate"), Kind::Percent);
        table.addColumn(tr("Target"), Kind::Percent);
        table.addColumn(tr("Messages"), Kind::Count);
        QHash<int, std::optional<double>> compared;
        if (comparison) {
            table.addColumn(tr("Active rate of %1").arg(comparedName), Kind::Percent);
            for (const CampComparisonRow &row : *comparison)
                compared.insert(row.courseDay, row.second);
        }
        for (const DayFigure &day : series.days) {
            const bool course = day.phase == CampPhase::Course;
            QVariantList row {day.day,
                              course ? QVariant(day.courseDay) : QVariant(),
                              day.members,
                              whenElapsed(day, day.active),
                              value(day.activeRate),
                              series.targetActiveRate,
                              whenElapsed(day, day.messages)};
            if (comparison)
                row.append(course ? value(compared.value(day.courseDay)) : QVariant());
            table.addRow(row);
        }
        break;
    }
    case ReviewChart::CheckIns:
        table.addColumn(tr("Day"), Kind::Date);
        table.addColumn(tr("Course day"), Kind::Count);
        table.addColumn(tr("Members"), Kind::Count);
        table.addColumn(tr("Checked in"), Kind::Count);
        table.addColumn(tr("Completion"), Kind::Percent);
        table.addColumn(tr("Target"), Kind::Percent);
        for (const DayFigure &day : series.days) {
            if (day.phase != CampPhase::Course)
                continue;
            table.addRow({day.day, day.courseDay, day.members, whenElapsed(day, day.checkedIn), value(day.checkInRate),
                          series.targetCheckInRate});
        }
        break;
    case ReviewChart::Subgroups:
        table.addColumn(tr("Subgroup"));
        table.addColumn(tr("Members"), Kind::Count);
        table.addColumn(tr("Active rate"), Kind::Percent);
        table.addColumn(tr("Check-in completion"), Kind::Percent);
        table.addColumn(tr("Messages"), Kind::Count);
        for (const SubgroupFigure &subgroup : series.subgroups) {
            table.addRow({subgroup.name, subgroup.members, value(subgroup.activeRate), value(subgroup.checkInRate),
                          subgroup.messages});
        }
        break;
    case ReviewChart::Activities:
        table.addColumn(tr("Start"), Kind::DateTime);
        table.addColumn(tr("Type"));
        table.addColumn(tr("Activity"));
        table.addColumn(tr("Participants"), Kind::Count);
        table.addColumn(tr("Participation"), Kind::Percent);
        table.addColumn(tr("Messages"), Kind::Count);
        table.addColumn(tr("Average of its type (participants)"), Kind::Decimal);
        for (const ActivityFigure &activity : series.activities) {
            if (!isEngagement(activity.type) || !activity.happened)
                continue;
            table.addRow({activity.start, ActivityTypes::displayName(activity.type), activity.title,
                          activity.participants, value(activity.participationRate), activity.messages,
                          activity.sameTypeParticipants});
        }
        break;
    case ReviewChart::Tiers:
        table.addColumn(tr("Tier"));
        table.addColumn(tr("Members"), Kind::Count);
        for (EngagementTier tier : EngagementTiers::all())
            table.addRow({EngagementTiers::displayName(tier), series.tiers[std::size_t(tier)]});
        break;
    case ReviewChart::JoinsLeaves:
        table.addColumn(tr("Day"), Kind::Date);
        table.addColumn(tr("Joined"), Kind::Count);
        table.addColumn(tr("Left"), Kind::Count);
        for (const DayFigure &day : series.days)
            table.addRow({day.day, day.joins, day.leaves});
        break;
    }
    return table;
}

DataTable ReviewTables::silentMembers(const ReviewSeries &series)
{
    using Kind = DataColumn::Kind;
    DataTable table;
    table.title = tr("Silent and at-risk members");
    table.addColumn(tr("Member"));
    table.addColumn(tr("Last active"), Kind::Date);
    table.addColumn(tr("Days silent"), Kind::Count);
    table.addColumn(tr("Messages"), Kind::Count);
    table.addColumn(tr("Check-ins"), Kind::Count);
    table.addColumn(tr("Why"));
    for (int index : series.silentMembers) {
        const MemberFigure &member = series.members.at(index);
        table.addRow({member.name, member.lastActive.isValid() ? QVariant(member.lastActive) : QVariant(),
                      member.silentDays, member.messages, member.checkIns,
                      member.neverSpoke ? tr("never spoke") : tr("silent for %n day(s)", nullptr, member.silentDays)});
    }
    return table;
}

DataTable ReviewTables::leaderboard(const ReviewSeries &series, int limit)
{
    using Kind = DataColumn::Kind;
    DataTable table;
    table.title = tr("Leaderboard");
    table.addColumn(tr("#"), Kind::Count);
    table.addColumn(tr("Member"));
    table.addColumn(tr("Messages"), Kind::Count);
    table.addColumn(tr("Active days"), Kind::Count);
    table.addColumn(tr("Check-ins"), Kind::Count);
    table.addColumn(tr("Sharing sessions"), Kind::Count);
    table.addColumn(tr("Tier"));
    for (int index = 0; index < series.members.size() && index < limit; ++index) {
        const MemberFigure &member = series.members.at(index);
        table.addRow({index + 1, member.name, member.messages, member.activeDays, member.checkIns,
                      member.sharingSessions, EngagementTiers::displayName(member.tier)});
    }
    return table;
}

DataTable ReviewTables::checkInActivities(const ReviewSeries &series)
{
    using Kind = DataColumn::Kind;
    DataTable table;
    table.title = tr("Check-in activities");
    table.addColumn(tr("Day"), Kind::Date);
    table.addColumn(tr("Activity"));
    table.addColumn(tr("Members"), Kind::Count);
    table.addColumn(tr("Checked in"), Kind::Count);
    table.addColumn(tr("Completion"), Kind::Percent);
    for (const CheckInActivityFigure &figure : series.checkInActivities) {
        table.addRow({figure.day, figure.title, figure.members, figure.checkedIn,
                      figure.rate ? QVariant(*figure.rate) : QVariant()});
    }
    return table;
}

} // namespace CampDesk
