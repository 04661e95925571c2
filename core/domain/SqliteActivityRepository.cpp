#include "core/domain/SqliteActivityRepository.h"

#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

namespace CampDesk {

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, camp_id, type, title, starts_at, ends_at, owner_membership_id, subgroup_id, status, notes,"
    " checklist, template_key, speech_template_id, speaker_membership_id FROM activities");

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

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
            idOrNull(activity.ownerMembershipId),
            idOrNull(activity.subgroupId),
            ActivityStatuses::key(activity.status),
            Sql::text(activity.notes),
            ChecklistJson::toJson(activity.checklist),
            Sql::text(activity.templateKey),
            idOrNull(activity.speechTemplateId),
            idOrNull(activity.speakerMembershipId)};
}

} // namespace

SqliteActivityRepository::SqliteActivityRepository(const QSqlDatabase &db)
    : m_db(db)
{
}

Result<QList<Activity>> SqliteActivityRepository::listForCamp(qint64 campId) const
{
    return Sql::collect<Activity>(
        Sql::exec(m_db, selectColumns + QStringLiteral(" WHERE camp_id = ? ORDER BY starts_at, ends_at, id"), {campId}),
        activityFrom);
}

Result<Activity> SqliteActivityRepository::find(qint64 id) const
{
    auto query = Sql::exec(m_db, selectColumns + QStringLiteral(" WHERE id = ?"), {id});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return failMissing(tr("Activity %1 does not exist.").arg(id));
    return activityFrom(*query);
}

Result<qint64> SqliteActivityRepository::insertOne(const Activity &activity)
{
    if (auto valid = activity.validate(); !valid)
        return std::unexpected(valid.error());
    QVariantList values {idOrNull(activity.id)};
    values += fieldValues(activity);
    auto query = Sql::exec(
        m_db,
        QStringLiteral("INSERT INTO activities (id, camp_id, type, title, starts_at, ends_at,"
                       " owner_membership_id, subgroup_id, status, notes, checklist, template_key,"
                       " speech_template_id, speaker_membership_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        values);
    if (!query)
        return std::unexpected(query.error());
    return query->lastInsertId().toLongLong();
}

Result<qint64> SqliteActivityRepository::insert(const Activity &activity)
{
    return insertOne(activity);
}

Result<QList<qint64>> SqliteActivityRepository::insertAll(const QList<Activity> &activities)
{
    return insertEach(m_db, activities, [this](const Activity &item) { return insertOne(item); });
}

Result<void> SqliteActivityRepository::update(const Activity &activity)
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

Result<void> SqliteActivityRepository::removeAll(const QList<qint64> &ids)
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

Result<qint64> SqliteActivityRepository::countForCamp(qint64 campId) const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM activities WHERE camp_id = ?"), {campId});
}

} // namespace CampDesk
