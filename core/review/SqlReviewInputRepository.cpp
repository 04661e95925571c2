#include "core/review/SqlReviewInputRepository.h"

#include "core/storage/Statement.h"

namespace CampDesk {

SqlReviewInputRepository::SqlReviewInputRepository(const QSqlDatabase &db)
    : m_db(db)
{
}

Result<QSet<qint64>> SqlReviewInputRepository::staffPeople(qint64 campId) const
{
    Statement staff(m_db,
                    "SELECT DISTINCT person_id FROM chat_identities WHERE camp_id = ? AND is_staff = 1"
                    " AND person_id IS NOT NULL");
    if (!staff.isValid())
        return fail(staff.error());
    staff.bind(1, campId);
    QSet<qint64> people;
    auto read = staff.forEachRow([&]() -> Result<void> {
        people.insert(staff.int64At(0));
        return {};
    });
    if (!read)
        return std::unexpected(read.error());
    return people;
}

Result<void>
SqlReviewInputRepository::forEachMember(qint64 campId,
                                        const std::function<Result<void>(const MemberRow &row)> &visit) const
{
    Statement members(m_db,
                      "SELECT m.id, m.person_id, p.display_name, m.group_nickname, m.role, m.subgroup_id,"
                      " m.joined_on, m.left_on, m.status"
                      " FROM memberships m JOIN people p ON p.id = m.person_id WHERE m.camp_id = ?");
    if (!members.isValid())
        return fail(members.error());
    members.bind(1, campId);
    return members.forEachRow([&]() -> Result<void> {
        return visit({members.int64At(0), members.int64At(1), members.textAt(2), members.textAt(3), members.utf8At(4),
                      members.int64At(5), members.utf8At(6), members.utf8At(7), members.utf8At(8)});
    });
}

Result<void>
SqlReviewInputRepository::forEachActivity(qint64 campId,
                                          const std::function<Result<void>(const ActivityRow &row)> &visit) const
{
    Statement activities(m_db,
                         "SELECT id, type, title, starts_at, ends_at, status, speaker_membership_id"
                         " FROM activities WHERE camp_id = ? ORDER BY starts_at, id");
    if (!activities.isValid())
        return fail(activities.error());
    activities.bind(1, campId);
    return activities.forEachRow([&]() -> Result<void> {
        return visit({activities.int64At(0), activities.textAt(1), activities.textAt(2), activities.textAt(3),
                      activities.textAt(4), activities.textAt(5), activities.int64At(6)});
    });
}

Result<void> SqlReviewInputRepository::forEachMemberDays(
    qint64 campId, const std::function<Result<void>(qint64 personId, QByteArrayView days)> &visit) const
{
    Statement stats(m_db, "SELECT person_id, days FROM member_stats WHERE camp_id = ?");
    if (!stats.isValid())
        return fail(stats.error());
    stats.bind(1, campId);
    return stats.forEachRow([&]() -> Result<void> { return visit(stats.int64At(0), stats.blobAt(1)); });
}

Result<void> SqlReviewInputRepository::forEachActivityCheckIn(
    qint64 campId, const std::function<void(qint64 activityId, qint64 personId)> &visit) const
{
    Statement checkIns(m_db,
                       "SELECT activity_id, person_id FROM check_ins WHERE camp_id = ? AND activity_id IS NOT NULL");
    if (!checkIns.isValid())
        return fail(checkIns.error());
    checkIns.bind(1, campId);
    return checkIns.forEachRow([&]() -> Result<void> {
        visit(checkIns.int64At(0), checkIns.int64At(1));
        return {};
    });
}

} // namespace CampDesk
