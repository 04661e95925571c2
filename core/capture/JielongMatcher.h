#pragma once

#include "core/Error.h"
#include "core/capture/JielongParser.h"
#include "core/capture/NameIndex.h"
#include "core/capture/Participation.h"
#include "core/domain/Membership.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

namespace CampDesk {

class Workspace;

// A 接龙 entry and the member it stands for.
struct JielongMatch final {
    JielongEntry entry;
    QString listHeader;
    // The member the entry names exactly (their exact name or group
    // nickname, or a name matched to them by hand before); 0: none.
    qint64 personId = 0;
    QString name; // the part of the entry read as the name
    // The member came from a name the operator matched to them by hand
    // before (an alias), not from their own names: shown as such.
    bool remembered = false;
    // The member came from a suggestion the operator accepted (acceptSuggestions).
    bool accepted = false;
    // Members it may stand for, with the reason, for the operator to accept
    // (when nothing matched exactly): a guess never records a check-in alone.
    QList<NameIndex::Suggestion> suggestions;
};

struct JielongRecordResult final {
    int recorded = 0; // check-ins added
    int alreadyChecked = 0; // entries whose member had checked in already
    int unmatched = 0; // entries left without a member
    QList<qint64> notInCamp; // members not in the camp that day (JielongRecording)
};

// What recording a list writes (JielongMatcher::recording).
struct JielongRecording final {
    QList<CheckIn> checkIns; // one per member, whatever entries name them
    QList<std::pair<QString, qint64>> aliases; // the names entries matched by hand taught
    int unmatched = 0; // entries left without a member
    // Members named who were not in the camp that day (joined later, or
    // left): not recorded, since no figure or grid counts them that day.
    QList<qint64> notInCamp;
};

// Matches pasted 接龙 lists to a camp's members and records them as check-ins.
class JielongMatcher final {
    Q_DECLARE_TR_FUNCTIONS(JielongMatcher)

public:
    // Parses the text and matches every entry of every list (longest copy each).
    [[nodiscard]] static Result<QList<JielongMatch>> match(Workspace &workspace, qint64 campId, const QString &text);
    // What the operator should know of the text's lists before recording
    // them on one day: that it holds several, and copies that added nothing
    // because they differ from the longest (JielongList::differing).
    static QStringList notes(const QString &text);
    // Maps every unmatched entry whose suggestion is acceptable
    // (acceptableSuggestions) to that member, marking it `accepted` (the
    // operator's "accept"); returns how many.
    static int acceptSuggestions(QList<JielongMatch> &matches);
    // For each entry without a member in `decided` (the member each entry is
    // now, 0: none), the member its strongest suggestion names alone; 0 when
    // there is none, or when another entry is or would be that member too:
    // two entries are two people, so one of them is a guess gone wrong, and
    // the operator decides (as a chat import's senders, ChatImporter).
    static QList<qint64> acceptableSuggestions(const QList<JielongMatch> &matches, const QList<qint64> &decided);
    // The member the strongest suggestion names, when no other suggestion
    // as strong names another; 0 otherwise.
    static qint64 acceptableSuggestion(const QList<NameIndex::Suggestion> &suggestions);
    // What an entry the operator matched by hand teaches for the next paste:
    // its first word, unless that says where or when rather than who (a
    // digit, as in "3组" or "Day3", or a subgroup's "A组", "二队", "三班"),
    // which would match every later entry that starts with it; empty then.
    static QString aliasOf(const JielongMatch &match);
    // Records check-ins for the matched entries on `day` (for `activityId`
    // when > 0) in one transaction. Entries the operator matched by hand
    // (listed in `manual`) teach their name as an alias for the next paste.
    [[nodiscard]] static Result<JielongRecordResult> record(Workspace &workspace, qint64 campId, QDate day,
                                                            qint64 activityId, const QList<JielongMatch> &matches,
                                                            const QList<JielongMatch> &manual = {});
    // The check-ins on `day` (for `activityId` when > 0) of the matched
    // entries, and the names `manual` (entries the operator matched by
    // hand to another member than a suggestion named) teach (aliasOf):
    // what record() and the window's dialog save.
    static JielongRecording recording(const QList<JielongMatch> &matches, const QList<JielongMatch> &manual, QDate day,
                                      qint64 activityId, const QList<Membership> &memberships);
    // The check-ins of a list and the names it taught (aliasOf), in one
    // transaction: both or neither. Returns the check-ins added (those not
    // recorded already).
    [[nodiscard]] static Result<QList<CheckIn>> save(Workspace &workspace, qint64 campId,
                                                     const QList<CheckIn> &checkIns,
                                                     const QList<std::pair<QString, qint64>> &aliases);
    // A name a list taught: as whom, and whom it named before (0: no one).
    struct TaughtName {
        QString name;
        qint64 personId = 0;
        qint64 previous = 0;
    };
    // The names `aliases` would teach, each with whom it names now.
    [[nodiscard]] static Result<QList<TaughtName>> teaching(Workspace &workspace, qint64 campId,
                                                            const QList<std::pair<QString, qint64>> &aliases);
    // Undoes save(): the list's check-ins go, and each name it taught names
    // whom it named before (unless taught again since), in one transaction.
    [[nodiscard]] static Result<void> unsave(Workspace &workspace, qint64 campId, const QList<CheckIn> &checkIns,
                                             const QList<TaughtName> &taught);
};

} // namespace CampDesk
