#pragma once

#include "core/Error.h"
#include "core/capture/Participation.h"

#include <QHash>

#include <functional>

namespace CampDesk {

// Identities, check-ins, the per-day aggregates and 接龙 aliases of camps.
// Every write that changes who did what refreshes the aggregates of the
// people it touches in the same transaction.
class ParticipationRepository {
public:
    virtual ~ParticipationRepository() = default;

    static QString sourceKey(CheckInSource source);

    // With their message counts and every name they had.
    [[nodiscard]] virtual Result<QList<ChatIdentity>> identities(qint64 campId) const = 0;
    // One identity, without its message count; `missing` when gone.
    [[nodiscard]] virtual Result<ChatIdentity> identity(qint64 identityId) const = 0;
    // Of one platform, without counts or names: what an import needs to
    // know the keys it has met before.
    [[nodiscard]] virtual Result<QList<ChatIdentity>> identitiesOf(qint64 campId, const QString &platform) const = 0;
    // Maps (personId > 0) or unmaps (0) an identity; the aggregates of the
    // people it moves between follow.
    [[nodiscard]] virtual Result<void> mapIdentity(qint64 identityId, qint64 personId) = 0;
    [[nodiscard]] virtual Result<void> setStaff(qint64 identityId, bool staff) = 0;
    // Puts an identity's member, latest name and flags back as they were
    // (undoing an import that met it again); the caller refreshes the figures.
    [[nodiscard]] virtual Result<void> restoreIdentity(const ChatIdentity &identity) = 0;

    [[nodiscard]] virtual Result<QList<CheckIn>> checkIns(qint64 campId) const = 0;
    // The check-ins of these activities of the camp.
    [[nodiscard]] virtual Result<QList<CheckIn>> activityCheckIns(qint64 campId, const QList<qint64> &activityIds) const
        = 0;
    // Adds and removes check-ins in one transaction; adding one that exists
    // changes nothing. A check-in is removed only as given (its source): one
    // another operator made again another way since (a 接龙 where a tick
    // was) refuses the whole change (Error::stale), with nothing written. Returns
    // the check-ins really added: an undo takes back those, never one that
    // another operator recorded in the meantime.
    [[nodiscard]] virtual Result<QList<CheckIn>> changeCheckIns(qint64 campId, const QList<CheckIn> &add,
                                                                const QList<CheckIn> &remove)
        = 0;

    [[nodiscard]] virtual Result<QList<MemberDayStats>> dayStats(qint64 campId) const = 0;
    // After an identity moved from one person to another (0: nobody), its
    // chat check-ins follow it: `to` gains one on each day the identity
    // posted one and `to` was in the camp, unless the day has one; `from`
    // loses its chat check-ins on days none of its identities posted one.
    // Other days are left as they are: a check-in the operator cleared
    // stays cleared.
    [[nodiscard]] virtual Result<void> moveChatCheckIns(qint64 campId, qint64 identityId, qint64 from, qint64 to) = 0;
    // Recomputes the aggregates of these people (everyone in the camp when
    // empty) from messages and check-ins.
    [[nodiscard]] virtual Result<void> refreshStats(qint64 campId, const QList<qint64> &personIds) = 0;
    // Everyone in the camp (not virtual: an implementation overrides the one above).
    [[nodiscard]] Result<void> refreshStats(qint64 campId) { return refreshStats(campId, {}); }

    // The minutes every identity of the camp posted in (MessageMinutes),
    // from its messages, a row for each identity and import (the schema
    // upgrade that added them; imports write their own as they go).
    [[nodiscard]] virtual Result<void> writeMessageMinutes(qint64 campId) = 0;

    // The schema upgrade to version 6: packs each member's rows of the old
    // member_day_stats table into one member_stats row (MemberDayCodec).
    [[nodiscard]] virtual Result<void> packOldDayStats() = 0;

    // Inside a transaction, before it reads anything it will write back:
    // waits while another writer of the camp's participation (its check-ins,
    // its senders' mapping, its members' figures) has a transaction open, and
    // holds the next off until this one ends. On a team's server an import
    // reads a member's days and a sender's mapping, merges and writes them
    // back; another operator's check-in or mapping committed in between was
    // lost. A workspace file has one writer at a time already.
    // An operator's edit waits a moment (AMoment) and is then refused as
    // busy, nothing changed, rather than freeze the window for the whole of
    // another laptop's import; an import waits its turn (UntilFree).
    // UntilFree asks `stillWanted` as it waits: false gives up (an import
    // cancelled while another operator's change held the camp).
    enum class Waiting { AMoment, UntilFree };
    [[nodiscard]] virtual Result<void> lockCamp(qint64 campId, Waiting waiting = Waiting::AMoment,
                                                const std::function<bool()> &stillWanted = {})
        = 0;

    // Marks the camp's messages or their mapping as changed, so that cached
    // per-activity figures are computed again.
    [[nodiscard]] virtual Result<void> bumpRevision(qint64 campId) = 0;
    // How often that happened: what cached figures were computed at.
    [[nodiscard]] virtual Result<qint64> revision(qint64 campId) const = 0;

    // Folded 接龙 names → person, learnt from manual matches.
    [[nodiscard]] virtual Result<QHash<QString, qint64>> aliases(qint64 campId) const = 0;
    [[nodiscard]] virtual Result<void> rememberAlias(qint64 campId, const QString &name, qint64 personId) = 0;
    // Puts a name taught as `personId` back to `previous` (0: no one), while
    // it is still `personId`'s: taught again since, it stays (an undo).
    [[nodiscard]] virtual Result<void> restoreAlias(qint64 campId, const QString &name, qint64 personId,
                                                    qint64 previous)
        = 0;

    [[nodiscard]] virtual Result<QList<WatchHit>> watchHits(qint64 campId, const QStringList &words) const = 0;
    [[nodiscard]] virtual Result<QList<ChatImportRecord>> imports(qint64 campId) const = 0;
    [[nodiscard]] virtual Result<qint64> messageCount(qint64 campId) const = 0;
    // Per identity mapped to nobody: its messages, the days it wrote on and
    // the days it posted a check-in.
    struct SenderCounts {
        int messages = 0;
        int activeDays = 0;
        int checkInDays = 0;
    };
    [[nodiscard]] virtual Result<QHash<qint64, SenderCounts>> unmappedSenderTotals(qint64 campId) const = 0;
    // Takes an import back out: its messages, the check-ins it made and the
    // identities only it brought; the aggregates follow.
    [[nodiscard]] virtual Result<void> removeImport(qint64 importId) = 0;
};

} // namespace CampDesk
