#pragma once

#include "Error.h"
#include "capture/Participation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

namespace CampDesk {

// Identities, check-ins, the per-day aggregates and 接龙 aliases of camps.
// Every write that changes who did what refreshes the aggregates of the
// people it touches in the same transaction.
class ParticipationRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ParticipationRepository)

public:
    explicit ParticipationRepository(const QSqlDatabase &db);

    static QString sourceKey(CheckInSource source);

    [[nodiscard]] Result<QList<ChatIdentity>> identities(qint64 campId) const;
    // Maps (personId > 0) or unmaps (0) an identity; the aggregates of the
    // people it moves between follow.
    [[nodiscard]] Result<void> mapIdentity(qint64 identityId, qint64 personId);
    [[nodiscard]] Result<void> setStaff(qint64 identityId, bool staff);

    [[nodiscard]] Result<QList<CheckIn>> checkIns(qint64 campId) const;
    // Adds and removes check-ins in one transaction; adding one that exists
    // changes nothing. Returns how many rows were really added.
    [[nodiscard]] Result<int> changeCheckIns(qint64 campId, const QList<CheckIn> &add, const QList<CheckIn> &remove);

    [[nodiscard]] Result<QList<MemberDayStats>> dayStats(qint64 campId) const;
    // Recomputes the aggregates of these people (everyone in the camp when
    // empty) from messages and check-ins.
    [[nodiscard]] Result<void> refreshStats(qint64 campId, const QList<qint64> &personIds = {});

    // Marks the camp's messages or their mapping as changed, so that cached
    // per-activity figures are computed again.
    [[nodiscard]] Result<void> bumpRevision(qint64 campId);

    // Folded 接龙 names → person, learnt from manual matches.
    [[nodiscard]] Result<QHash<QString, qint64>> aliases(qint64 campId) const;
    [[nodiscard]] Result<void> rememberAlias(qint64 campId, const QString &name, qint64 personId);

    [[nodiscard]] Result<QList<WatchHit>> watchHits(qint64 campId, const QStringList &words) const;
    [[nodiscard]] Result<QList<ChatImportRecord>> imports(qint64 campId) const;
    [[nodiscard]] Result<qint64> messageCount(qint64 campId) const;
    // Takes an import back out: its messages, the check-ins it made and the
    // identities only it brought; the aggregates follow.
    [[nodiscard]] Result<void> removeImport(qint64 importId);

private:
    QSqlDatabase m_db;
};

} // namespace CampDesk
