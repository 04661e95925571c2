#pragma once

#include "core/Error.h"
#include "core/domain/Activity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

namespace CampDesk {

class Workspace;

// A post-activity review (复盘): the figures frozen when it was written and
// the team's notes. Later imports never change the snapshot.
struct ActivityReview final {
    qint64 id = 0;
    qint64 campId = 0;
    qint64 activityId = 0; // 0 once the activity is deleted; the review stays
    QString activityTitle;
    ActivityType activityType = ActivityType::StaffTask;
    QDateTime activityStart; // the camp's wall-clock time
    QDateTime createdAt; // UTC
    QDateTime updatedAt;
    QJsonObject snapshot; // ReviewJson::activity at review time
    QString wentWell;
    QString toImprove;
    QString actions;

    bool operator==(const ActivityReview &) const = default;
};

class ActivityReviewRepository final {
    Q_DECLARE_TR_FUNCTIONS(ActivityReviewRepository)

public:
    explicit ActivityReviewRepository(const QSqlDatabase &db);

    [[nodiscard]] Result<QList<ActivityReview>> list(qint64 campId) const;
    [[nodiscard]] Result<ActivityReview> find(qint64 id) const;
    // Keeps a non-zero id (undo of a delete puts it back).
    [[nodiscard]] Result<qint64> insert(const ActivityReview &review);
    // Changes the notes only: the snapshot is frozen.
    [[nodiscard]] Result<void> updateNotes(const ActivityReview &review);
    [[nodiscard]] Result<void> remove(qint64 id);

    // A new review of `activityId` with the figures as they are now.
    [[nodiscard]] static Result<ActivityReview> draft(Workspace &workspace, qint64 campId, qint64 activityId);

private:
    QSqlDatabase m_db;
};

} // namespace CampDesk
