#include "review/ReviewInput.h"

#include "Workspace.h"
#include "capture/MemberDayCodec.h"
#include "storage/CampRepository.h"
#include "storage/SqliteStatement.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <thread>

namespace CampDesk {

namespace {

// Beyond any real workspace (person ids count every person ever added):
// the review's flat person tables stay under 64 MB.
constexpr qint64 MaxPersonId = 1 << 23;

// Keys repeat across thousands of members: each text is looked up once.
template<typename Value, typename Lookup>
Value memoised(QHash<QByteArray, Value> &memo, QByteArrayView key, Lookup lookup)
{
    // A view of SQLite's bytes for the look-up; copied only when new.
    const auto found = memo.constFind(QByteArray::fromRawData(key.data(), key.size()));
    if (found != memo.constEnd())
        return *found;
    return *memo.insert(key.toByteArray(), lookup(QString::fromUtf8(key)));
}

} // namespace

int ReviewInput::memberIndexOf(qint64 personId) const
{
    for (int index = 0; index < members.size(); ++index) {
        if (members.at(index).personId == personId)
            return index;
    }
    return -1;
}

QList<std::pair<int, int>> ReviewInput::participantsOf(const ReviewActivity &activity) const
{
    QList<std::pair<int, int>> result;
    // A blob damaged after the load was checked at load time: what decodes is what there is.
    ActivityStatsCache::forEachPerson(activity.participants, [&](qint64 personId, int count) {
        if (personId >= 0 && personId < qint64(memberOfPerson.size()) && memberOfPerson[std::size_t(personId)] >= 0)
            result.append({memberOfPerson[std::size_t(personId)], count});
    });
    return result;
}

int ReviewInput::activityIndexOf(qint64 activityId) const
{
    for (int index = 0; index < activities.size(); ++index) {
        if (activities.at(index).id == activityId)
            return index;
    }
    return -1;
}

Result<ReviewInput> ReviewInputLoader::load(Workspace &workspace, qint64 campId, bool saveCache)
{
    const QSqlDatabase db = workspace.database();
    ReviewInput input;
    auto camp = workspace.camps().find(campId);
    if (!camp)
        return std::unexpected(camp.error());
    input.camp = *camp;
    auto subgroups = workspace.subgroups().list(campId);
    if (!subgroups)
        return std::unexpected(subgroups.error());
    input.subgroups = *subgroups;

    // People whose chat identity is marked as staff (the exporting operator, bots).
    QSet<qint64> staffIdentities;
    SqliteStatement staff(db, "SELECT DISTINCT person_id FROM chat_identities WHERE camp_id = ? AND is_staff = 1"
                              " AND person_id IS NOT NULL");
    if (!staff.isValid())
        return fail(staff.error());
    staff.bind(1, campId);
    auto readStaff = staff.forEachRow([&]() -> Result<void> {
        staffIdentities.insert(staff.int64At(0));
        return {};
    });
    if (!readStaff)
        return std::unexpected(readStaff.error());
    // In membership order; every table of the dashboard sorts itself.
    SqliteStatement members(db, "SELECT m.id, m.person_id, p.display_name, m.group_nickname, m.role, m.subgroup_id,"
                                " m.joined_on, m.left_on, m.status"
                                " FROM memberships m JOIN people p ON p.id = m.person_id WHERE m.camp_id = ?");
    if (!members.isValid())
        return fail(members.error());
    members.bind(1, campId);
    QHash<qint64, int> memberByMembership;
    QHash<QByteArray, MemberRole> roles;
    QHash<QByteArray, MembershipStatus> statuses;
    auto readMembers = members.forEachRow([&]() -> Result<void> {
        ReviewMember member;
        member.membershipId = members.int64At(0);
        member.personId = members.int64At(1);
        member.name = members.textAt(2);
        member.groupNickname = members.textAt(3);
        member.role = memoised(roles, members.utf8At(4), [](const QString &key) {
            return MemberRoles::fromKey(key).value_or(MemberRole::OrdinaryMember);
        });
        member.staff = MemberRoles::isStaff(member.role) || staffIdentities.contains(member.personId);
        member.subgroupId = members.int64At(5);
        member.joinedOn = dateFromIsoUtf8(members.utf8At(6));
        member.leftOn = dateFromIsoUtf8(members.utf8At(7));
        member.status = memoised(statuses, members.utf8At(8), [](const QString &key) {
            return MembershipStatuses::fromKey(key).value_or(MembershipStatus::Active);
        });
        memberByMembership.insert(member.membershipId, int(input.members.size()));
        input.members.append(member);
        return {};
    });
    if (!readMembers)
        return std::unexpected(readMembers.error());

    // The day grid: the camp's periods, widened to every day with data up to
    // a year beyond them.
    QDate first = input.camp.preparationStart.isValid() ? input.camp.preparationStart : input.camp.courseStart;
    QDate last = input.camp.wrapUpEnd.isValid() ? input.camp.wrapUpEnd : input.camp.courseEnd;
    if (!first.isValid() || !last.isValid())
        return fail(tr("Camp “%1” has no course dates, so its days cannot be reviewed.").arg(input.camp.name));
    qint64 minDay = first.toJulianDay(), maxDay = last.toJulianDay(), lastData = 0;
    // A camp of more than ten years is a damaged date, not a camp.
    if (maxDay - minDay > 3660 || maxDay < minDay)
        return fail(tr("The dates of camp “%1” span more than ten years.").arg(input.camp.name));

    // Person ids are small and dense: flat tables beat a hash for the
    // million (activity, person) pairs of a big camp. An id no workspace
    // reaches is damage, not a reason to allocate gigabytes.
    qint64 maxPerson = 0;
    for (const ReviewMember &member : std::as_const(input.members)) {
        if (member.personId < 0 || member.personId > MaxPersonId)
            return fail(tr("Camp “%1” has member records with impossible ids; the workspace is damaged.")
                            .arg(input.camp.name));
        maxPerson = std::max(maxPerson, member.personId);
    }
    input.memberOfPerson.assign(std::size_t(maxPerson + 1), -1);
    const auto memberOf = [&input, maxPerson](qint64 personId) {
        return personId >= 0 && personId <= maxPerson ? input.memberOfPerson[std::size_t(personId)] : -1;
    };
    // Each member's kind (subgroup, staff or not), numbered.
    QList<ParticipantGroup> kinds;
    QHash<std::pair<qint64, bool>, int> kindOf;
    std::vector<int> kindOfPerson(std::size_t(maxPerson + 1), -1);
    for (int index = 0; index < input.members.size(); ++index) {
        const ReviewMember &member = input.members.at(index);
        input.memberOfPerson[std::size_t(member.personId)] = index;
        const std::pair<qint64, bool> key{member.subgroupId, member.staff};
        auto kind = kindOf.constFind(key);
        if (kind == kindOf.constEnd()) {
            kind = kindOf.insert(key, int(kinds.size()));
            kinds.append({member.subgroupId, member.staff, 0, 0});
        }
        kindOfPerson[std::size_t(member.personId)] = *kind;
    }

    SqliteStatement activities(db, "SELECT id, type, title, starts_at, ends_at, status, speaker_membership_id"
                                   " FROM activities WHERE camp_id = ? ORDER BY starts_at, id");
    if (!activities.isValid())
        return fail(activities.error());
    activities.bind(1, campId);
    QList<ActivityWindow> windows;
    ActivityWindowMaker windowOf(input.camp);
    auto readActivities = activities.forEachRow([&]() -> Result<void> {
        ReviewActivity activity;
        activity.id = activities.int64At(0);
        activity.type = ActivityTypes::fromKey(activities.textAt(1)).value_or(ActivityType::StaffTask);
        activity.title = activities.textAt(2);
        activity.start = wallClockFromString(activities.textAt(3));
        activity.end = wallClockFromString(activities.textAt(4));
        activity.status = ActivityStatuses::fromKey(activities.textAt(5)).value_or(ActivityStatus::Planned);
        activity.speaker = memberByMembership.value(activities.int64At(6), -1);
        if (!activity.start.isValid() || !activity.end.isValid())
            return {}; // a damaged row: the plan shows it, the review cannot place it
        activity.window = windowOf(activity.id, activity.start, activity.end);
        windows.append(activity.window);
        input.activities.append(activity);
        return {};
    });
    if (!readActivities)
        return std::unexpected(readActivities.error());

    auto people = ActivityStatsCache(db).load(input.camp, windows, saveCache);
    if (!people)
        return std::unexpected(people.error());
    const std::size_t activityCount = std::size_t(input.activities.size());
    std::vector<QByteArray> participants(activityCount);
    for (std::size_t index = 0; index < activityCount; ++index)
        participants[index] = people->value(input.activities.at(qsizetype(index)).id);
    // Sums an activity's participants by kind; false for a damaged blob.
    const auto sumKinds = [&kinds, &kindOfPerson, maxPerson](QByteArrayView blob, QList<ParticipantGroup> &groups) {
        std::vector<std::pair<int, qint64>> sums(std::size_t(kinds.size()), {0, 0});
        const bool ok = ActivityStatsCache::forEachPerson(blob, [&](qint64 personId, int count) {
            if (personId < 0 || personId > maxPerson || kindOfPerson[std::size_t(personId)] < 0)
                return;
            auto &[sumParticipants, sumMessages] = sums[std::size_t(kindOfPerson[std::size_t(personId)])];
            ++sumParticipants;
            sumMessages += count;
        });
        groups.clear();
        for (std::size_t kind = 0; kind < sums.size(); ++kind) {
            if (sums[kind].first > 0)
                groups.append({kinds.at(qsizetype(kind)).subgroupId, kinds.at(qsizetype(kind)).staff, sums[kind].first,
                               sums[kind].second});
        }
        return ok;
    };
    // The pairs (1.6 million in a big camp) are summed on a second thread
    // while this one decodes the members' days: the two take about as long.
    // The thread reads only what is complete by now and writes only its own
    // vectors; it is joined before they are read, and on every early return.
    std::vector<QList<ParticipantGroup>> groups(activityCount);
    std::vector<char> damaged(activityCount, 0);
    std::jthread summing([&participants, &groups, &damaged, &sumKinds, activityCount] {
        for (std::size_t index = 0; index < activityCount; ++index)
            damaged[index] = sumKinds(participants[index], groups[index]) ? 0 : 1;
    });

    // Decoded once, straight into a grid of the camp's days; the rare day
    // outside them (chat before the preparation) waits aside and widens the
    // grid afterwards.
    const qint64 campFirst = minDay;
    const std::size_t campDays = std::size_t(maxDay - minDay + 1);
    const qint64 reachFirst = minDay - ReviewInput::ReachDays;
    const qint64 reachLast = maxDay + ReviewInput::ReachDays;
    const std::size_t memberCount = std::size_t(input.members.size());
    input.messages.assign(memberCount * campDays, 0);
    input.checkIns.assign(memberCount * campDays, 0);
    struct Outside
    {
        std::size_t member;
        qint64 julianDay;
        int messages;
        int checkIns;
    };
    std::vector<Outside> outside;
    const auto add = [](std::vector<quint32> &messages, std::vector<quint16> &checkIns, std::size_t cell,
                        int dayMessages, int dayCheckIns) {
        messages[cell] += quint32(dayMessages);
        checkIns[cell] = quint16(std::min(int(checkIns[cell]) + dayCheckIns, 0xffff));
    };
    SqliteStatement stats(db, "SELECT person_id, days FROM member_stats WHERE camp_id = ?");
    if (!stats.isValid())
        return fail(stats.error());
    stats.bind(1, campId);
    auto readStats = stats.forEachRow([&]() -> Result<void> {
        const int found = memberOf(stats.int64At(0));
        if (found < 0)
            return {}; // figures of someone no longer in the camp
        const std::size_t member = std::size_t(found);
        const std::size_t row = member * campDays;
        const bool ok = MemberDayCodec::forEach(stats.blobAt(1), [&](qint64 julianDay, int messages, int checkIns,
                                                                     qint64, qint64) {
            const qint64 day = julianDay - campFirst;
            if (day >= 0 && std::size_t(day) < campDays) {
                lastData = std::max(lastData, julianDay);
                add(input.messages, input.checkIns, row + std::size_t(day), messages, checkIns);
                return;
            }
            if (julianDay < reachFirst || julianDay > reachLast) {
                ReviewInput::FarData &far = input.farData;
                far.messages += messages;
                far.checkIns += checkIns;
                const QDate date = QDate::fromJulianDay(julianDay);
                far.first = far.first.isValid() ? std::min(far.first, date) : date;
                far.last = far.last.isValid() ? std::max(far.last, date) : date;
                return;
            }
            lastData = std::max(lastData, julianDay);
            minDay = std::min(minDay, julianDay);
            maxDay = std::max(maxDay, julianDay);
            outside.push_back({member, julianDay, messages, checkIns});
        });
        if (!ok)
            return fail(tr("The participation figures of %1 are damaged; import the chat again to rebuild them.")
                            .arg(input.members.at(found).name));
        return {};
    });
    if (!readStats)
        return std::unexpected(readStats.error());
    input.firstDay = QDate::fromJulianDay(minDay);
    input.dayCount = int(maxDay - minDay + 1);
    if (lastData > 0)
        input.lastDataDay = QDate::fromJulianDay(lastData);
    if (!outside.empty()) {
        const std::size_t dayCount = std::size_t(input.dayCount);
        const std::size_t shift = std::size_t(campFirst - minDay);
        std::vector<quint32> messages(memberCount * dayCount, 0);
        std::vector<quint16> checkIns(memberCount * dayCount, 0);
        for (std::size_t member = 0; member < memberCount; ++member) {
            std::copy_n(input.messages.begin() + qsizetype(member * campDays), campDays,
                        messages.begin() + qsizetype(member * dayCount + shift));
            std::copy_n(input.checkIns.begin() + qsizetype(member * campDays), campDays,
                        checkIns.begin() + qsizetype(member * dayCount + shift));
        }
        for (const Outside &entry : outside)
            add(messages, checkIns, entry.member * dayCount + std::size_t(entry.julianDay - minDay), entry.messages,
                entry.checkIns);
        input.messages = std::move(messages);
        input.checkIns = std::move(checkIns);
    }

    QHash<qint64, int> activityById;
    activityById.reserve(qsizetype(activityCount));
    for (std::size_t index = 0; index < activityCount; ++index)
        activityById.insert(input.activities.at(qsizetype(index)).id, int(index));
    std::vector<std::pair<int, int>> activityCheckIns; // (activity index, member index)
    SqliteStatement checkIns(db, "SELECT activity_id, person_id FROM check_ins WHERE camp_id = ? AND activity_id IS NOT NULL");
    if (!checkIns.isValid())
        return fail(checkIns.error());
    checkIns.bind(1, campId);
    auto readCheckIns = checkIns.forEachRow([&]() -> Result<void> {
        const auto activity = activityById.constFind(checkIns.int64At(0));
        const int member = memberOf(checkIns.int64At(1));
        if (activity != activityById.constEnd() && member >= 0)
            activityCheckIns.emplace_back(*activity, member);
        return {};
    });
    if (!readCheckIns)
        return std::unexpected(readCheckIns.error());

    summing.join();
    for (std::size_t index = 0; index < activityCount; ++index) {
        ReviewActivity &activity = input.activities[qsizetype(index)];
        if (damaged[index]) {
            // A damaged cache row: the figures again from the messages.
            auto again = ActivityStatsCache(db).compute(campId, {activity.window});
            if (!again)
                return std::unexpected(again.error());
            participants[index] = ActivityStatsCache::encode(again->constFirst().people);
            sumKinds(participants[index], groups[index]);
        }
        activity.participants = std::move(participants[index]);
        activity.participantGroups = std::move(groups[index]);
    }
    for (const auto &[activity, member] : activityCheckIns)
        input.activities[activity].checkIns.append(member);
    return input;
}

} // namespace CampDesk
