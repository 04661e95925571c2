#pragma once

#include "core/Error.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace CampDesk {

enum class ActivityType {
    Announcement,
    Lesson,
    CheckIn,
    Entertainment,
    SharingSession,
    OpeningCeremony,
    ClosingCeremony,
    Digest,
    StaffTask,
};

enum class ActivityStatus { Planned, Done, Skipped };

namespace ActivityTypes {
QList<ActivityType> all();
QString key(ActivityType type);
std::optional<ActivityType> fromKey(const QString &key);
QString displayName(ActivityType type);
} // namespace ActivityTypes

namespace ActivityStatuses {
QList<ActivityStatus> all();
QString key(ActivityStatus status);
std::optional<ActivityStatus> fromKey(const QString &key);
QString displayName(ActivityStatus status);
} // namespace ActivityStatuses

struct ChecklistItem final {
    QString text;
    bool done = false;

    bool operator==(const ChecklistItem &) const = default;
};

// Anything scheduled in a camp. Times are the camp's local wall-clock times
// (see Camp::timeZone); they are turned into instants only on export.
struct Activity final {
    Q_DECLARE_TR_FUNCTIONS(Activity)

public:
    qint64 id = 0;
    qint64 campId = 0;
    ActivityType type = ActivityType::StaffTask;
    QString title;
    QDateTime start;
    QDateTime end;
    qint64 ownerMembershipId = 0; // 0: nobody yet
    qint64 subgroupId = 0; // 0: the whole camp
    ActivityStatus status = ActivityStatus::Planned;
    QString notes;
    QList<ChecklistItem> checklist;
    QString templateKey; // the template item it came from, if any
    qint64 speechTemplateId = 0; // the prepared text it posts (announcement, script), if any
    qint64 speakerMembershipId = 0; // who gives a sharing session (any member), if set

    [[nodiscard]] Result<void> validate() const;
    // The same activity moved so that it starts at `newStart`, keeping its length.
    [[nodiscard]] Activity movedTo(const QDateTime &newStart) const;
    // A copy to be done again: planned, its checklist unticked.
    void startAfresh();

    bool operator==(const Activity &) const = default;
};

// Activity times are wall-clock times in the camp's zone. They are held as
// QDateTime with Qt::UTC spec purely so that the computer's own zone and its
// daylight-saving gaps never shift them; only export converts them.
QDateTime wallClock(QDate date, QTime time);
QDateTime wallClockFromString(const QString &text);
// A "yyyy-MM-dd" date (other ISO forms through Qt's parser); invalid if none.
QDate dateFromIsoText(QStringView text);
// The same from UTF-8 as SQLite keeps it, without making a QString.
QDate dateFromIsoUtf8(QByteArrayView text);
QString wallClockToString(const QDateTime &dateTime);

// Activities are ordered by start, then end, then id.
bool startsBefore(const Activity &a, const Activity &b);

} // namespace CampDesk
