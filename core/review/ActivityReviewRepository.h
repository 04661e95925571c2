#pragma once

#include "core/Error.h"
#include "core/domain/Activity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

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

class ActivityReviewRepository {
    Q_DECLARE_TR_FUNCTIONS(ActivityReviewRepository)

public:
    virtual ~ActivityReviewRepository() = default;

    [[nodiscard]] virtual Result<QList<ActivityReview>> list(qint64 campId) const = 0;
    [[nodiscard]] virtual Result<ActivityReview> find(qint64 id) const = 0;
    // Keeps a non-zero id (undo of a delete puts it back).
    [[nodiscard]] virtual Result<qint64> insert(const ActivityReview &review) = 0;
    // Changes the notes only: the snapshot is frozen.
    [[nodiscard]] virtual Result<void> updateNotes(const ActivityReview &review) = 0;
    [[nodiscard]] virtual Result<void> remove(qint64 id) = 0;

    // A new review of `activityId` with the figures as they are now.
    [[nodiscard]] static Result<ActivityReview> draft(Workspace &workspace, qint64 campId, qint64 activityId);
};

} // namespace CampDesk
