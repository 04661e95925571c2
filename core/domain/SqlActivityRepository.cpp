#include "core/domain/SqlActivityRepository.h"

#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

namespace CampDesk {

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, camp_id, type, title, starts_at, ends_at, owner_membership_id, subgroup_id, status, notes,"
    " checklist, template_key, speech_template_id, speaker_membership_id FROM activities");

Activity activityFrom(const QSqlQuery &query)
{
    Activity activity;
    activity.id = query.value(0).toLongLong();
    activity.campId = query.value(1).toLongLong();
    // Unknown keys can only come from a newer CampDesk; keep them visible.
    activity.type = ActivityTypes::fromKey(query.value(2).toString()).value_or(ActivityType::StaffTask);
    activity.title = query.value(3).toString();
    activity.start = wallClockFromString(query.value(4).toString());
    activity.end = wallClockFromString(query.value(5).toString());
    activity.ownerMembershipId = query.value(6).toLongLong();
    activity.subgroupId = query.value(7).toLongLong();
    activity.status = ActivityStatuses::fromKey(query.value(8).toString()).value_or(ActivityStatus::Planned);
    activity.notes = query.value(9).toString();
    activity.checklist = ChecklistJson::fromJson(query.value(10).toString());
    activity.templateKey = query.value(11).toString();
    activity.speechTemplateId = query.value(12).toLongLong();
    activity.speakerMembershipId = query.value(13).toLongLong();
    return activity;
}

QVariantList fieldValues(const Activity &activity)
{
    return {activity.campId,
            ActivityTypes::key(activity.type),
            Sql::text(activity.title.trimmed()),
            wallClockToString(activity.start),
            wallClockToString(activity.end),
            Sql::idOrNull(activity.ownerMembershipId),
            Sql::idOrNull(activity.subgroupId),
            ActivityStatuses::key(activity.status),
            Sql::text(activity.notes),
            ChecklistJson::toJson(activity.checklist),
            Sql::text(activity.templateKey),
            Sql::idOrNull(activity.speechTemplateId),
            Sql::idOrNull(activity.speakerMembershipId)};
}

} // namespace

SqlActivityRepository::SqlActivityRepository(const QSqlDatabase &db)
    : m_db(db)
{
}

Result<QList<Activity>> SqlActivityRepository::listForCamp(qint64 campId) const
{
    return Sql::collect<Activity>(
        Sql::exec(m_db, selectColumns + QStringLiteral(" WHERE camp_id = ? ORDER BY starts_at, ends_at, id"), {campId}),
        activityFrom);
}

Result<Activity> SqlActivityRepository::find(qint64 id) const
{
    auto query = Sql::exec(m_db, selectColumns + QStringLiteral(" WHERE id = ?"), {id});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return failMissing(tr("Activity %1 does not exist.").arg(id));
    return activityFrom(*query);
}

Result<qint64> SqlActivityRepository::insertOne(const Activity &activity)
{
    if (auto valid = activity.validate(); !valid)
        return std::unexpected(valid.error());
    static const QStringList columns {QStringLiteral("camp_id"),
                                      QStringLiteral("type"),
                                      QStringLiteral("title"),
                                      QStringLiteral("starts_at"),
                                      QStringLiteral("ends_at"),
                                      QStringLiteral("owner_membership_id"),
                                      QStringLiteral("subgroup_id"),
                                      QStringLiteral("status"),
                                      QStringLiteral("notes"),
                                      QStringLiteral("checklist"),
                                      QStringLiteral("template_key"),
                                      QStringLiteral("speech_template_id"),
                                      QStringLiteral("speaker_membership_id")};
    return Sql::insertRow(m_db, QStringLiteral("activities"), activity.id, columns, fieldValues(activity));
}

Result<qint64> SqlActivityRepository::insert(const Activity &activity)
{
    return insertOne(activity);
}

Result<QList<qint64>> SqlActivityRepository::insertAll(const QList<Activity> &activities)
{
    return insertEach(m_db, activities, [this](const Activity &item) { return insertOne(item); });
}

Result<void> SqlActivityRepository::update(const Activity &activity)
{
    if (auto valid = activity.validate(); !valid)
        return valid;
    QVariantList values = fieldValues(activity);
    values << activity.id;
    auto query = Sql::exec(m_db,
                           QStringLiteral("UPDATE activities SET camp_id = ?, type = ?, title = ?, starts_at = ?,"
                                          " ends_at = ?, owner_membership_id = ?, subgroup_id = ?, status = ?,"
                                          " notes = ?, checklist = ?, template_key = ?, speech_template_id = ?,"
                                          " speaker_membership_id = ? WHERE id = ?"),
                           values);
    if (!query)
        return std::unexpected(query.error());
    if (query->numRowsAffected() != 1)
        return fail(tr("Activity %1 does not exist.").arg(activity.id));
    return {};
}

Result<void> SqlActivityRepository::removeAll(const QList<qint64> &ids)
{
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    for (qint64 id : ids) {
        auto query = Sql::exec(m_db, QStringLiteral("DELETE FROM activities WHERE id = ?"), {id});
        if (!query)
            return std::unexpected(query.error());
        if (query->numRowsAffected() != 1)
            return fail(tr("Activity %1 does not exist.").arg(id));
    }
    return transaction.commit();
}

namespace {

// (row id, activity id) of `table`'s rows that name one of `ids`.
Result<QList<std::pair<qint64, qint64>>> linked(const QSqlDatabase &db, const QString &sql, const QList<qint64> &ids)
{
    QList<std::pair<qint64, qint64>> rows;
    for (qint64 id : ids) {
        auto found = Sql::collect<std::pair<qint64, qint64>>(Sql::exec(db, sql, {id}), [](const QSqlQuery &row) {
            return std::pair(row.value(0).toLongLong(), row.value(1).toLongLong());
        });
        if (!found)
            return std::unexpected(found.error());
        rows += *found;
    }
    return rows;
}

Result<void> relinkEach(const QSqlDatabase &db, const QString &sql, const QList<std::pair<qint64, qint64>> &rows)
{
    QList<QVariantList> values;
    for (const auto &[row, activity] : rows)
        values.append({activity, row});
    return Sql::execEach(db, sql, values);
}

} // namespace

Result<ActivityLinks> SqlActivityRepository::linksTo(const QList<qint64> &ids) const
{
    auto reviews
        = linked(m_db, QStringLiteral("SELECT id, activity_id FROM activity_reviews WHERE activity_id = ?"), ids);
    if (!reviews)
        return std::unexpected(reviews.error());
    auto uses = linked(m_db, QStringLiteral("SELECT id, activity_id FROM speech_uses WHERE activity_id = ?"), ids);
    if (!uses)
        return std::unexpected(uses.error());
    return ActivityLinks {*reviews, *uses};
}

Result<void> SqlActivityRepository::relink(const ActivityLinks &links)
{
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (auto done = relinkEach(
            m_db, QStringLiteral("UPDATE activity_reviews SET activity_id = ? WHERE id = ? AND activity_id IS NULL"),
            links.reviews);
        !done)
        return done;
    if (auto done = relinkEach(
            m_db, QStringLiteral("UPDATE speech_uses SET activity_id = ? WHERE id = ? AND activity_id IS NULL"),
            links.speechUses);
        !done)
        return done;
    return transaction.commit();
}

Result<qint64> SqlActivityRepository::countForCamp(qint64 campId) const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM activities WHERE camp_id = ?"), {campId});
}

} // namespace CampDesk
