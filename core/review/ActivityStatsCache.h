#pragma once

#include "core/Error.h"
#include "core/capture/ParticipationRepository.h"
#include "core/domain/Activity.h"
#include "core/domain/Camp.h"
#include "core/io/Varint.h"
#include "core/review/ActivityStatsRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QTimeZone>

#include <limits>
#include <optional>

namespace CampDesk {

class Workspace;

// The instants an activity's participation is counted in: from its start to
// its end plus the camp's tail, in the camp's zone.
struct ActivityWindow final {
    qint64 activityId = 0;
    qint64 start = 0; // Unix seconds, inclusive
    qint64 end = 0; // Unix seconds, exclusive

    static ActivityWindow of(const Activity &activity, const Camp &camp);
};

// Turns a camp's wall-clock activity times into windows. Zone conversions
// are slow and offsets change at most hourly, so they are cached by hour;
// every window of the workspace is made here, so cache keys always match.
class ActivityWindowMaker final {
public:
    explicit ActivityWindowMaker(const Camp &camp);
    ActivityWindow operator()(qint64 activityId, const QDateTime &start, const QDateTime &end);

private:
    qint64 instant(const QDateTime &wallClock);

    QTimeZone m_zone;
    qint64 m_tail = 0;
    QHash<qint64, qint64> m_offsets; // local hour (Julian day × 24 + hour) → seconds east of UTC
};

// Who spoke in one activity's window, and how often.
struct ActivityPeople final {
    qint64 activityId = 0;
    ActivityWindow window;
    QList<std::pair<qint64, int>> people; // (person id, countable messages), by person id
};

// Every activity's participants, computed from raw messages once and kept
// in activity_stats. A row is valid while the activity's window and the
// camp's participation revision (bumped by every import, undo and identity
// mapping) are what it was computed for; stale rows are recomputed in one
// pass over the camp's messages. Figures are per person, so roles,
// subgroups and filters are applied when they are read and never make a
// row stale.
class ActivityStatsCache final {
    Q_DECLARE_TR_FUNCTIONS(ActivityStatsCache)

public:
    // Reads and stores through the workspace's repositories.
    explicit ActivityStatsCache(Workspace &workspace);

    // The participants of every window, packed (activity id → encode()d
    // people; a reader that finds one damaged computes it again); stale ones are computed and, when `save` and
    // the workspace can be written, stored. Packed, because a big camp has
    // 1.6 million (activity, person) pairs: the reader decodes them straight
    // into its own indices with forEachPerson().
    [[nodiscard]] Result<QHash<qint64, QByteArray>> load(const Camp &camp, const QList<ActivityWindow> &windows,
                                                         bool save = true);
    // Brings every activity of the camp up to date (after an import).
    [[nodiscard]] Result<void> refresh(const Camp &camp, const QList<Activity> &activities);

    // Who spoke between two instants (no cache): from the identities'
    // posting minutes for windows on whole minutes, else from the messages.
    [[nodiscard]] Result<QList<ActivityPeople>> compute(qint64 campId, const QList<ActivityWindow> &windows) const;
    // The same from the messages alone: the reference the minutes must agree with.
    [[nodiscard]] Result<QList<ActivityPeople>> computeFromMessages(qint64 campId,
                                                                    const QList<ActivityWindow> &windows) const;

    static QByteArray encode(const QList<std::pair<qint64, int>> &people);
    static bool decode(QByteArrayView blob, QList<std::pair<qint64, int>> &people);
    // Calls visit(person id, messages) for each person of a packed blob, in
    // person order; false (after visiting a prefix) when the blob is damaged.
    template<typename Visit> static bool forEachPerson(QByteArrayView blob, Visit visit)
    {
        qsizetype at = 0;
        qint64 personId = 0;
        while (at < blob.size()) {
            quint64 delta = 0, messages = 0;
            if (!Varint::read(blob, at, delta) || !Varint::read(blob, at, messages))
                return false;
            if (delta > quint64(std::numeric_limits<qint32>::max())
                || messages > quint64(std::numeric_limits<qint32>::max()))
                return false;
            personId += qint64(delta);
            visit(personId, int(messages));
        }
        return true;
    }

private:
    [[nodiscard]] Result<qint64> revision(qint64 campId) const;
    // compute(), each window's people packed (encode()).
    [[nodiscard]] Result<QHash<qint64, QByteArray>> computePacked(qint64 campId,
                                                                  const QList<ActivityWindow> &windows) const;
    // Packed, in the order of `windows`; empty when an identity's row is damaged.
    [[nodiscard]] Result<std::optional<QList<QByteArray>>>
    computeFromMinutes(qint64 campId, const QList<ActivityWindow> &windows) const;

    // The stored figures and the camp's participation revision they are
    // checked against.
    ActivityStatsRepository &m_stored;
    ParticipationRepository &m_participation;
};

} // namespace CampDesk
