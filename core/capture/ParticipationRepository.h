#pragma once

#include "core/Error.h"
#include "core/capture/Participation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

namespace CampDesk {

// Identities, check-ins, the per-day aggregates and 接龙 aliases of camps.
// Every write that changes who did what refreshes the aggregates of the
// people it touches in the same transaction.
class ParticipationRepository final {
    Q_DECLARE_TR_FUNCTIONS(ParticipationRepository)

public:
    explicit ParticipationRepository(const QSqlDatabase &db);

    static QString sourceKey(CheckInSource source);

    // With their message counts and every name they had.
    [[nodiscard]] Result<QList<ChatIdentity>> identities(qint64 campId) const;
    // Of one platform, without counts or names: what an import needs to
    // know the keys it has met before.
    [[nodiscard]] Result<QList<ChatIdentity>> identitiesOf(qint64 campId, const QString &platform) const;
    // Maps (personId > 0) or unmaps (0) an identity; the aggregates of the
    // people it moves between follow.
    [[nodiscard]] Result<void> mapIdentity(qint64 identityId, qint64 personId);
    [[nodiscard]] Result<void> setStaff(qint64 identityId, bool staff);
    // Puts an identity's member, latest name and flags back as they were
    // (undoing an import that met it again); the caller refreshes the figures.
    [[nodiscard]] Result<void> restoreIdentity(const ChatIdentity &identity);

    [[nodiscard]] Result<QList<CheckIn>> checkIns(qint64 campId) const;
    // Adds and removes check-ins in one transaction; adding one that exists
    // changes nothing. Returns how many rows were really added.
    [[nodiscard]] Result<int> changeCheckIns(qint64 campId, const QList<CheckIn> &add, const QList<CheckIn> &remove);

    [[nodiscard]] Result<QList<MemberDayStats>> dayStats(qint64 campId) const;
    // Makes these people's chat check-ins those their mapped identities'
    // check-in posts give (one a day): after an identity moves between
    // people, each keeps exactly the check-ins of the chats that are theirs.
    [[nodiscard]] Result<void> rebuildChatCheckIns(qint64 campId, const QList<qint64> &personIds);
    // Recomputes the aggregates of these people (everyone in the camp when
    // empty) from messages and check-ins.
    [[nodiscard]] Result<void> refreshStats(qint64 campId, const QList<qint64> &personIds = {});

    // The minutes every identity of the camp posted in (MessageMinutes),
    // from its messages, a row for each identity and import (the schema
    // upgrade that added them; imports write their own as they go).
    [[nodiscard]] Result<void> writeMessageMinutes(qint64 campId);

    // The schema upgrade to version 6: packs each member's rows of the old
    // member_day_stats table into one member_stats row (MemberDayCodec).
    [[nodiscard]] Result<void> packOldDayStats();

    // Marks the camp's messages or their mapping as changed, so that cached
    // per-activity figures are computed again.
    [[nodiscard]] Result<void> bumpRevision(qint64 campId);
    // How often that happened: what cached figures were computed at.
    [[nodiscard]] Result<qint64> revision(qint64 campId) const;

    // Folded 接龙 names → person, learnt from manual matches.
    [[nodiscard]] Result<QHash<QString, qint64>> aliases(qint64 campId) const;
    [[nodiscard]] Result<void> rememberAlias(qint64 campId, const QString &name, qint64 personId);

    [[nodiscard]] Result<QList<WatchHit>> watchHits(qint64 campId, const QStringList &words) const;
    [[nodiscard]] Result<QList<ChatImportRecord>> imports(qint64 campId) const;
    [[nodiscard]] Result<qint64> messageCount(qint64 campId) const;
    // Per identity mapped to nobody: its messages, the days it wrote on and
    // the days it posted a check-in.
    struct SenderCounts {
        int messages = 0;
        int activeDays = 0;
        int checkInDays = 0;
    };
    [[nodiscard]] Result<QHash<qint64, SenderCounts>> unmappedSenderTotals(qint64 campId) const;
    // Takes an import back out: its messages, the check-ins it made and the
    // identities only it brought; the aggregates follow.
    [[nodiscard]] Result<void> removeImport(qint64 importId);

private:
    QSqlDatabase m_db;
};

} // namespace CampDesk
