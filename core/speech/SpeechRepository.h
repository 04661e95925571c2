#pragma once

#include "core/Error.h"
#include "core/speech/SpeechTemplate.h"

#include <QDateTime>
#include <QList>

#include <functional>
#include <optional>

namespace CampDesk {

// One copy of a line, as the use log keeps it.
struct SpeechUse final {
    qint64 templateId = 0;
    qint64 campId = 0; // 0: none
    qint64 courseDay = 0;
    qint64 activityId = 0; // 0: none
    QString usedAt; // as stored

    bool operator==(const SpeechUse &) const = default;
};

// What deleting lines takes with them (their copies in the use log) or
// unlinks (the activities that post them), for an undo to put back.
struct SpeechDependants final {
    struct Posting final {
        qint64 activityId = 0;
        qint64 lineId = 0;
        qint64 campId = 0; // the activity's

        bool operator==(const Posting &) const = default;
    };
    QList<Posting> activities;
    QList<SpeechUse> uses;

    bool operator==(const SpeechDependants &) const = default;
};

// The speech library, its use log and rotation.
class SpeechRepository {
public:
    virtual ~SpeechRepository() = default;

    // Templates for every camp plus those of `campId` (0: every-camp ones
    // only), with use counts, ordered by category then title.
    [[nodiscard]] virtual Result<QList<SpeechTemplate>> list(qint64 campId) const = 0;
    [[nodiscard]] virtual Result<QList<SpeechTemplate>> listAll() const = 0;
    [[nodiscard]] virtual Result<SpeechTemplate> find(qint64 id) const = 0;
    // Keeps a non-zero id (redo puts a template back under its old id).
    [[nodiscard]] virtual Result<qint64> insert(const SpeechTemplate &speech) = 0;
    [[nodiscard]] virtual Result<QList<qint64>> insertAll(const QList<SpeechTemplate> &speeches) = 0;
    // The copies and activities of these lines (before they are deleted).
    [[nodiscard]] virtual Result<SpeechDependants> dependantsOf(const QList<qint64> &ids) const = 0;
    // Puts them back once the lines are: the copies (those of an activity
    // deleted since without it), and each activity's line where it has none.
    [[nodiscard]] virtual Result<void> restore(const SpeechDependants &dependants) = 0;
    [[nodiscard]] virtual Result<void> update(const SpeechTemplate &speech) = 0;
    [[nodiscard]] virtual Result<void> remove(qint64 id) = 0;
    [[nodiscard]] virtual Result<qint64> count() const = 0;

    // Records one copy of a template.
    [[nodiscard]] virtual Result<void> recordUse(qint64 templateId, qint64 campId, int courseDay, qint64 activityId,
                                                 const QDateTime &when)
        = 0;
    // Every line of a category in the order a camp's crew takes them: the
    // lines used fewest times on `day` in this camp first, of those the one
    // used longest ago (never used first), so the pool is used up before a
    // line comes again, and then starts over.
    [[nodiscard]] virtual Result<QList<SpeechTemplate>> rotation(SpeechCategory category, qint64 campId,
                                                                 QDate day) const
        = 0;
    // Takes a line for one of the crew and records its use at once: `choose`
    // picks from the rotation (passing over lines it cannot fill) or picks
    // none, and the choice is recorded in the same transaction, the camp's
    // rotation held meanwhile. Two crew members taking a line at the same
    // moment on a team's server got the same line.
    using Chooser = std::function<std::optional<SpeechTemplate>(const QList<SpeechTemplate> &rotation)>;
    struct Use {
        int courseDay = 0;
        qint64 activityId = 0;
        QDateTime when;
    };
    [[nodiscard]] virtual Result<std::optional<SpeechTemplate>>
    takeFromRotation(SpeechCategory category, qint64 campId, QDate day, const Chooser &choose, const Use &use) = 0;
};

} // namespace CampDesk
