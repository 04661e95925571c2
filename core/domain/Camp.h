#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace CampDesk {

enum class CampStatus {
    Planning, // before the preparation period
    Preparing, // preparation period (预备期)
    Running, // course days and the wrap-up that follows them
    Finished,
};

namespace CampStatuses {
QString key(CampStatus status);
QString displayName(CampStatus status);
} // namespace CampStatuses

struct Camp final {
    Q_DECLARE_TR_FUNCTIONS(Camp)

public:
    static constexpr double DefaultTargetActiveRate = 30.0;
    static constexpr double DefaultTargetCheckinRate = 80.0;
    static constexpr int DefaultPreparationDays = 3;
    static constexpr int DefaultWrapUpDays = 2;

    qint64 id = 0;
    QString name;
    QString theme;
    QString description;
    QDate preparationStart;
    QDate courseStart;
    QDate courseEnd;
    QDate wrapUpEnd;
    int targetMembers = 0;
    double targetActiveRate = DefaultTargetActiveRate;
    double targetCheckinRate = DefaultTargetCheckinRate;
    QString groupRules;
    QString faq;
    // IANA zone of the camp's activity times; empty means this computer's.
    QString timeZone;
    // The zone the camp's days are counted in (this computer's when unset or unknown).
    [[nodiscard]] QTimeZone zone() const;
    // A stored zone this computer does not know (a newer zone database, or
    // another system, wrote it): what to tell the operator, since its days
    // are counted in this computer's zone here. Empty when the zone is known.
    [[nodiscard]] QString unknownZoneNote() const;
    // The camp's day at `moment`: its date in the camp's zone. Every laptop
    // of a team, whatever its own zone, is on the same day of the camp.
    [[nodiscard]] QDate dateAt(const QDateTime &moment) const;
    [[nodiscard]] QDate today() const;
    // Risky words: the speech editor warns about them, imports flag them.
    QStringList watchWords;

    static QStringList defaultWatchWords();
    // How group nicknames are written, e.g. "{subgroup}-{nickname}-{city}".
    QString nicknamePattern;
    // Warnings before the next violation means removal (SOP: one).
    int warningsBeforeRemoval = 1;
    // Reviews: an activity's participants are those who spoke from its start
    // to this many minutes after its end; members silent this many days in a
    // row are at risk.
    static constexpr int DefaultActivityTailMinutes = 60;
    static constexpr int DefaultSilentAfterDays = 3;
    int activityTailMinutes = DefaultActivityTailMinutes;
    int silentAfterDays = DefaultSilentAfterDays;

    // A camp whose course starts on `courseStart` with the SOP defaults for
    // the preparation and wrap-up periods.
    static Camp withDefaults(const QString &name, QDate courseStart, QDate courseEnd);

    [[nodiscard]] CampStatus statusOn(QDate today) const;
    [[nodiscard]] int courseDays() const;
    // The number of `day` among the course days (1 for the first); 0 for a
    // day outside them.
    [[nodiscard]] int courseDayOf(QDate day) const;
    // Checks the dates and goals; the message names the offending field.
    [[nodiscard]] Result<void> validate() const;

    bool operator==(const Camp &) const = default;
};

} // namespace CampDesk
