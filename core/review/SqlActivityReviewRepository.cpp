#include "core/review/SqlActivityReviewRepository.h"

#include "core/storage/SqlQuery.h"

#include <QJsonDocument>

namespace CampDesk {

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, camp_id, activity_id, activity_title, activity_type, activity_start, created_at, updated_at, snapshot,"
    " went_well, to_improve, actions FROM activity_reviews");

ActivityReview reviewFrom(const QSqlQuery &query)
{
    ActivityReview review;
    review.id = query.value(0).toLongLong();
    review.campId = query.value(1).toLongLong();
    review.activityId = query.value(2).toLongLong();
    review.activityTitle = query.value(3).toString();
    review.activityType = ActivityTypes::fromKey(query.value(4).toString()).value_or(ActivityType::StaffTask);
    review.activityStart = wallClockFromString(query.value(5).toString());
    review.createdAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODate);
    review.updatedAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODate);
    review.snapshot = QJsonDocument::fromJson(query.value(8).toString().toUtf8()).object();
    review.wentWell = query.value(9).toString();
    review.toImprove = query.value(10).toString();
    review.actions = query.value(11).toString();
    return review;
}

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

SqlActivityReviewRepository::SqlActivityReviewRepository(const QSqlDatabase &db)
    : m_db(db)
{
}

Result<QList<ActivityReview>> SqlActivityReviewRepository::list(qint64 campId) const
{
    return Sql::collect<ActivityReview>(
        Sql::exec(m_db, selectColumns + QStringLiteral(" WHERE camp_id = ? ORDER BY activity_start, id"), {campId}),
        reviewFrom);
}

Result<ActivityReview> SqlActivityReviewRepository::find(qint64 id) const
{
    auto query = Sql::exec(m_db, selectColumns + QStringLiteral(" WHERE id = ?"), {id});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return failMissing(tr("Review %1 does not exist.").arg(id));
    return reviewFrom(*query);
}

Result<qint64> SqlActivityReviewRepository::insert(const ActivityReview &review)
{
    static const QStringList columns {
        QStringLiteral("camp_id"),       QStringLiteral("activity_id"),    QStringLiteral("activity_title"),
        QStringLiteral("activity_type"), QStringLiteral("activity_start"), QStringLiteral("created_at"),
        QStringLiteral("updated_at"),    QStringLiteral("snapshot"),       QStringLiteral("went_well"),
        QStringLiteral("to_improve"),    QStringLiteral("actions")};
    return Sql::insertRow(m_db, QStringLiteral("activity_reviews"), review.id, columns,
                          {review.campId, Sql::idOrNull(review.activityId), Sql::text(review.activityTitle),
                           ActivityTypes::key(review.activityType), wallClockToString(review.activityStart),
                           timeText(review.createdAt), timeText(review.updatedAt),
                           QString::fromUtf8(QJsonDocument(review.snapshot).toJson(QJsonDocument::Compact)),
                           Sql::text(review.wentWell), Sql::text(review.toImprove), Sql::text(review.actions)});
}

Result<void> SqlActivityReviewRepository::updateNotes(const ActivityReview &review)
{
    auto query = Sql::exec(m_db,
                           QStringLiteral("UPDATE activity_reviews SET went_well = ?, to_improve = ?, actions = ?,"
                                          " updated_at = ? WHERE id = ?"),
                           {Sql::text(review.wentWell), Sql::text(review.toImprove), Sql::text(review.actions),
                            timeText(review.updatedAt.isValid() ? review.updatedAt : QDateTime::currentDateTimeUtc()),
                            review.id});
    if (!query)
        return std::unexpected(query.error());
    if (query->numRowsAffected() != 1)
        return fail(tr("Review %1 does not exist.").arg(review.id));
    return {};
}

Result<void> SqlActivityReviewRepository::remove(qint64 id)
{
    auto query = Sql::exec(m_db, QStringLiteral("DELETE FROM activity_reviews WHERE id = ?"), {id});
    if (!query)
        return std::unexpected(query.error());
    return {};
}

} // namespace CampDesk
