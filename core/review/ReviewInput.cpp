#include "core/review/ReviewInput.h"

#include "core/Workspace.h"
#include "core/capture/MemberDayCodec.h"
#include "core/domain/CampRepository.h"
#include "core/review/ReviewInputRepository.h"

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

// ReviewInputLoader::load, pass by pass: the camp, its members, the day
// grid's bounds, the people index, the activities, their participants
// (summed on a second thread), the members' days, the check-ins of
// activities, and last the activities' figures once the thread is done.
class ReviewInputPasses final {
public:
    ReviewInputPasses(Workspace &workspace, qint64 campId, bool saveCache)
        : m_workspace(workspace)
        , m_rows(workspace.reviewInputs())
        , m_campId(campId)
        , m_saveCache(saveCache)
    {
    }

    Result<ReviewInput> run()
    {
        for (const auto pass :
             {&ReviewInputPasses::readCamp, &ReviewInputPasses::readMembers, &ReviewInputPasses::boundGrid,
              &ReviewInputPasses::indexPeople, &ReviewInputPasses::readActivities, &ReviewInputPasses::readParticipants,
              &ReviewInputPasses::readMemberDays, &ReviewInputPasses::readActivityCheckIns,
              &ReviewInputPasses::finishActivities}) {
            if (auto done = (this->*pass)(); !done)
                return std::unexpected(done.error());
        }
        return std::move(m_input);
    }

private:
    Result<void> readCamp()
    {
        auto camp = m_workspace.camps().find(m_campId);
        if (!camp)
            return std::unexpected(camp.error());
        m_input.camp = *camp;
        auto subgroups = m_workspace.subgroups().list(m_campId);
        if (!subgroups)
            return std::unexpected(subgroups.error());
        m_input.subgroups = *subgroups;
        return {};
    }

    // In membership order; every table of the dashboard sorts itself.
    Result<void> readMembers()
    {
        // People whose chat identity is marked as staff (the exporting operator, bots).
        auto staffIdentities = m_rows.staffPeople(m_campId);
        if (!staffIdentities)
            return std::unexpected(staffIdentities.error());
        QHash<QByteArray, MemberRole> roles;
        QHash<QByteArray, MembershipStatus> statuses;
        return m_rows.forEachMember(m_campId, [&](const ReviewInputRepository::MemberRow &row) -> Result<void> {
            ReviewMember member;
            member.membershipId = row.membershipId;
            member.personId = row.personId;
            member.name = row.name;
            member.groupNickname = row.groupNickname;
            member.role = memoised(roles, row.role, [](const QString &key) {
                return MemberRoles::fromKey(key).value_or(MemberRole::OrdinaryMember);
            });
            member.staff = MemberRoles::isStaff(member.role) || staffIdentities->contains(member.personId);
            member.subgroupId = row.subgroupId;
            member.joinedOn = dateFromIsoUtf8(row.joinedOn);
            member.leftOn = dateFromIsoUtf8(row.leftOn);
            member.status = memoised(statuses, row.status, [](const QString &key) {
                return MembershipStatuses::fromKey(key).value_or(MembershipStatus::Active);
            });
            m_memberByMembership.insert(member.membershipId, int(m_input.members.size()));
            m_input.members.append(member);
            return {};
        });
    }

    // The day grid: the camp's periods, widened later to every day with data
    // up to a year beyond them.
    Result<void> boundGrid()
    {
        const Camp &camp = m_input.camp;
        const QDate first = camp.preparationStart.isValid() ? camp.preparationStart : camp.courseStart;
        const QDate last = camp.wrapUpEnd.isValid() ? camp.wrapUpEnd : camp.courseEnd;
        if (!first.isValid() || !last.isValid())
            return fail(
                ReviewInputLoader::tr("Camp “%1” has no course dates, so its days cannot be reviewed.").arg(camp.name));
        m_minDay = first.toJulianDay();
        m_maxDay = last.toJulianDay();
        // A camp of more than ten years is a damaged date, not a camp.
        if (m_maxDay - m_minDay > 3660 || m_maxDay < m_minDay)
            return fail(ReviewInputLoader::tr("The dates of camp “%1” span more than ten years.").arg(camp.name));
        m_campFirst = m_minDay;
        m_campDays = std::size_t(m_maxDay - m_minDay + 1);
        return {};
    }

    // Person ids are small and dense: flat tables beat a hash for the
    // million (activity, person) pairs of a big camp. An id no workspace
    // reaches is damage, not a reason to allocate gigabytes. Each member's
    // kind (subgroup, staff or not) is numbered.
    Result<void> indexPeople()
    {
        for (const ReviewMember &member : std::as_const(m_input.members)) {
            if (member.personId < 0 || member.personId > MaxPersonId)
                return fail(
                    ReviewInputLoader::tr("Camp “%1” has member records with impossible ids; the workspace is damaged.")
                        .arg(m_input.camp.name));
            m_maxPerson = std::max(m_maxPerson, member.personId);
        }
        m_input.memberOfPerson.assign(std::size_t(m_maxPerson + 1), -1);
        QHash<std::pair<qint64, bool>, int> kindOf;
        m_kindOfPerson.assign(std::size_t(m_maxPerson + 1), -1);
        for (int index = 0; index < m_input.members.size(); ++index) {
            const ReviewMember &member = m_input.members.at(index);
            m_input.memberOfPerson[std::size_t(member.personId)] = index;
            const std::pair<qint64, bool> key {member.subgroupId, member.staff};
            auto kind = kindOf.constFind(key);
            if (kind == kindOf.constEnd()) {
                kind = kindOf.insert(key, int(m_kinds.size()));
                m_kinds.append({member.subgroupId, member.staff, 0, 0});
            }
            m_kindOfPerson[std::size_t(member.personId)] = *kind;
        }
        return {};
    }

    int memberOf(qint64 personId) const
    {
        return personId >= 0 && personId <= m_maxPerson ? m_input.memberOfPerson[std::size_t(personId)] : -1;
    }

    Result<void> readActivities()
    {
        ActivityWindowMaker windowOf(m_input.camp);
        return m_rows.forEachActivity(m_campId, [&](const ReviewInputRepository::ActivityRow &row) -> Result<void> {
            ReviewActivity activity;
            activity.id = row.id;
            activity.type = ActivityTypes::fromKey(row.type).value_or(ActivityType::StaffTask);
            activity.title = row.title;
            activity.start = wallClockFromString(row.startsAt);
            activity.end = wallClockFromString(row.endsAt);
            activity.status = ActivityStatuses::fromKey(row.status).value_or(ActivityStatus::Planned);
            activity.speaker = m_memberByMembership.value(row.speakerMembershipId, -1);
            if (!activity.start.isValid() || !activity.end.isValid())
                return {}; // a damaged row: the plan shows it, the review cannot place it
            activity.window = windowOf(activity.id, activity.start, activity.end);
            m_windows.append(activity.window);
            m_input.activities.append(activity);
            return {};
        });
    }

    // Each activity's participants from the cache, summed by kind on a
    // second thread while this one decodes the members' days: the two take
    // about as long (1.6 million pairs in a big camp). The thread reads only
    // what is complete by now and writes only its own vectors; it is joined
    // before they are read, and on every early return (it is the last
    // member, so the first destroyed).
    Result<void> readParticipants()
    {
        auto people = ActivityStatsCache(m_workspace).load(m_input.camp, m_windows, m_saveCache);
        if (!people)
            return std::unexpected(people.error());
        const std::size_t activityCount = std::size_t(m_input.activities.size());
        m_participants.resize(activityCount);
        for (std::size_t index = 0; index < activityCount; ++index)
            m_participants[index] = people->value(m_input.activities.at(qsizetype(index)).id);
        m_groups.resize(activityCount);
        m_damaged.assign(activityCount, 0);
        m_summing = std::jthread([this, activityCount] {
            for (std::size_t index = 0; index < activityCount; ++index)
                m_damaged[index] = sumKinds(m_participants[index], index, m_groups[index]) ? 0 : 1;
        });
        return {};
    }

    // Sums an activity's participants by kind (those who take part:
    // ReviewInput::takesPart); false for a damaged blob.
    bool sumKinds(QByteArrayView blob, std::size_t activityIndex, QList<ParticipantGroup> &groups) const
    {
        const ReviewActivity &activity = m_input.activities.at(qsizetype(activityIndex));
        std::vector<std::pair<int, qint64>> sums(std::size_t(m_kinds.size()), {0, 0});
        const bool ok = ActivityStatsCache::forEachPerson(blob, [&](qint64 personId, int count) {
            if (personId < 0 || personId > m_maxPerson || m_kindOfPerson[std::size_t(personId)] < 0)
                return;
            if (!m_input.takesPart(m_input.memberOfPerson[std::size_t(personId)], activity))
                return;
            auto &[sumParticipants, sumMessages] = sums[std::size_t(m_kindOfPerson[std::size_t(personId)])];
            ++sumParticipants;
            sumMessages += count;
        });
        groups.clear();
        for (std::size_t kind = 0; kind < sums.size(); ++kind) {
            if (sums[kind].first > 0)
                groups.append({m_kinds.at(qsizetype(kind)).subgroupId, m_kinds.at(qsizetype(kind)).staff,
                               sums[kind].first, sums[kind].second});
        }
        return ok;
    }

    static void addDay(std::vector<quint32> &messages, std::vector<quint16> &checkIns, std::size_t cell,
                       int dayMessages, int dayCheckIns)
    {
        messages[cell] += quint32(dayMessages);
        checkIns[cell] = quint16(std::min(int(checkIns[cell]) + dayCheckIns, 0xffff));
    }

    // Decoded once, straight into a grid of the camp's days; the rare day
    // outside them (chat before the preparation) waits aside and widens the
    // grid afterwards; a day more than a year away is counted aside.
    Result<void> readMemberDays()
    {
        const qint64 reachFirst = m_minDay - ReviewInput::ReachDays;
        const qint64 reachLast = m_maxDay + ReviewInput::ReachDays;
        const std::size_t memberCount = std::size_t(m_input.members.size());
        m_input.messages.assign(memberCount * m_campDays, 0);
        m_input.checkIns.assign(memberCount * m_campDays, 0);
        auto read = m_rows.forEachMemberDays(m_campId, [&](qint64 personId, QByteArrayView days) -> Result<void> {
            const int found = memberOf(personId);
            if (found < 0)
                return {}; // figures of someone no longer in the camp
            const std::size_t member = std::size_t(found);
            const std::size_t row = member * m_campDays;
            const bool ok
                = MemberDayCodec::forEach(days, [&](qint64 julianDay, int messages, int checkIns, qint64, qint64) {
                      const qint64 day = julianDay - m_campFirst;
                      if (day >= 0 && std::size_t(day) < m_campDays) {
                          m_lastData = std::max(m_lastData, julianDay);
                          addDay(m_input.messages, m_input.checkIns, row + std::size_t(day), messages, checkIns);
                      } else if (julianDay < reachFirst || julianDay > reachLast) {
                          countFar(julianDay, messages, checkIns);
                      } else {
                          m_lastData = std::max(m_lastData, julianDay);
                          m_minDay = std::min(m_minDay, julianDay);
                          m_maxDay = std::max(m_maxDay, julianDay);
                          m_outside.push_back({member, julianDay, messages, checkIns});
                      }
                  });
            if (!ok)
                return fail(ReviewInputLoader::tr(
                                "The participation figures of %1 are damaged; import the chat again to rebuild them.")
                                .arg(m_input.members.at(found).name));
            return {};
        });
        if (!read)
            return std::unexpected(read.error());
        m_input.firstDay = QDate::fromJulianDay(m_minDay);
        m_input.dayCount = int(m_maxDay - m_minDay + 1);
        if (m_lastData > 0)
            m_input.lastDataDay = QDate::fromJulianDay(m_lastData);
        widenGrid();
        return {};
    }

    void countFar(qint64 julianDay, int messages, int checkIns)
    {
        ReviewInput::FarData &far = m_input.farData;
        far.messages += messages;
        far.checkIns += checkIns;
        const QDate date = QDate::fromJulianDay(julianDay);
        far.first = far.first.isValid() ? std::min(far.first, date) : date;
        far.last = far.last.isValid() ? std::max(far.last, date) : date;
    }

    void widenGrid()
    {
        if (m_outside.empty())
            return;
        const std::size_t memberCount = std::size_t(m_input.members.size());
        const std::size_t dayCount = std::size_t(m_input.dayCount);
        const std::size_t shift = std::size_t(m_campFirst - m_minDay);
        std::vector<quint32> messages(memberCount * dayCount, 0);
        std::vector<quint16> checkIns(memberCount * dayCount, 0);
        for (std::size_t member = 0; member < memberCount; ++member) {
            std::copy_n(m_input.messages.begin() + qsizetype(member * m_campDays), m_campDays,
                        messages.begin() + qsizetype(member * dayCount + shift));
            std::copy_n(m_input.checkIns.begin() + qsizetype(member * m_campDays), m_campDays,
                        checkIns.begin() + qsizetype(member * dayCount + shift));
        }
        for (const Outside &entry : m_outside)
            addDay(messages, checkIns, entry.member * dayCount + std::size_t(entry.julianDay - m_minDay),
                   entry.messages, entry.checkIns);
        m_input.messages = std::move(messages);
        m_input.checkIns = std::move(checkIns);
    }

    Result<void> readActivityCheckIns()
    {
        QHash<qint64, int> activityById;
        activityById.reserve(m_input.activities.size());
        for (int index = 0; index < m_input.activities.size(); ++index)
            activityById.insert(m_input.activities.at(index).id, index);
        return m_rows.forEachActivityCheckIn(m_campId, [&](qint64 activityId, qint64 personId) {
            const auto activity = activityById.constFind(activityId);
            const int member = memberOf(personId);
            if (activity != activityById.constEnd() && member >= 0)
                m_activityCheckIns.emplace_back(*activity, member);
        });
    }

    Result<void> finishActivities()
    {
        m_summing.join();
        for (std::size_t index = 0; index < m_participants.size(); ++index) {
            ReviewActivity &activity = m_input.activities[qsizetype(index)];
            if (m_damaged[index]) {
                // A damaged cache row: the figures again from the messages.
                auto again = ActivityStatsCache(m_workspace).compute(m_campId, {activity.window});
                if (!again)
                    return std::unexpected(again.error());
                m_participants[index] = ActivityStatsCache::encode(again->constFirst().people);
                sumKinds(m_participants[index], index, m_groups[index]);
            }
            activity.participants = std::move(m_participants[index]);
            activity.participantGroups = std::move(m_groups[index]);
        }
        for (const auto &[activity, member] : m_activityCheckIns)
            m_input.activities[activity].checkIns.append(member);
        return {};
    }

    struct Outside {
        std::size_t member;
        qint64 julianDay;
        int messages;
        int checkIns;
    };

    Workspace &m_workspace;
    const ReviewInputRepository &m_rows;
    const qint64 m_campId;
    const bool m_saveCache;
    ReviewInput m_input;
    QHash<qint64, int> m_memberByMembership;
    // The grid's bounds in Julian days: the camp's, then widened by data.
    qint64 m_minDay = 0;
    qint64 m_maxDay = 0;
    qint64 m_lastData = 0;
    qint64 m_campFirst = 0;
    std::size_t m_campDays = 0;
    std::vector<Outside> m_outside;
    qint64 m_maxPerson = 0;
    QList<ParticipantGroup> m_kinds;
    std::vector<int> m_kindOfPerson;
    QList<ActivityWindow> m_windows;
    std::vector<QByteArray> m_participants;
    std::vector<QList<ParticipantGroup>> m_groups;
    std::vector<char> m_damaged;
    std::vector<std::pair<int, int>> m_activityCheckIns; // (activity index, member index)
    std::jthread m_summing; // last: joined before the vectors it writes go
};

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
        if (personId < 0 || personId >= qint64(memberOfPerson.size()) || memberOfPerson[std::size_t(personId)] < 0)
            return;
        if (const int member = memberOfPerson[std::size_t(personId)]; takesPart(member, activity))
            result.append({member, count});
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
    return ReviewInputPasses(workspace, campId, saveCache).run();
}

} // namespace CampDesk
