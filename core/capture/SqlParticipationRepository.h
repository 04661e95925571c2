#pragma once

#include "core/capture/ParticipationRepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace CampDesk {

// The SQLite implementation of ParticipationRepository: its SQL is SQLite's dialect.
class SqlParticipationRepository final : public ParticipationRepository {
    // The interface's name, so the translation context stays ParticipationRepository.
    Q_DECLARE_TR_FUNCTIONS(ParticipationRepository)

public:
    explicit SqlParticipationRepository(const QSqlDatabase &db);

    using ParticipationRepository::refreshStats;

    [[nodiscard]] Result<QList<ChatIdentity>> identities(qint64 campId) const override;
    [[nodiscard]] Result<ChatIdentity> identity(qint64 identityId) const override;
    [[nodiscard]] Result<QList<ChatIdentity>> identitiesOf(qint64 campId, const QString &platform) const override;
    [[nodiscard]] Result<void> mapIdentity(qint64 identityId, qint64 personId) override;
    [[nodiscard]] Result<void> setStaff(qint64 identityId, bool staff) override;
    [[nodiscard]] Result<void> restoreIdentity(const ChatIdentity &identity) override;
    [[nodiscard]] Result<QList<CheckIn>> checkIns(qint64 campId) const override;
    [[nodiscard]] Result<QList<CheckIn>> activityCheckIns(qint64 campId,
                                                          const QList<qint64> &activityIds) const override;
    [[nodiscard]] Result<QList<CheckIn>> changeCheckIns(qint64 campId, const QList<CheckIn> &add,
                                                        const QList<CheckIn> &remove) override;
    [[nodiscard]] Result<QList<MemberDayStats>> dayStats(qint64 campId) const override;
    [[nodiscard]] Result<void> moveChatCheckIns(qint64 campId, qint64 identityId, qint64 from, qint64 to) override;
    [[nodiscard]] Result<void> refreshStats(qint64 campId, const QList<qint64> &personIds) override;
    [[nodiscard]] Result<void> writeMessageMinutes(qint64 campId) override;
    [[nodiscard]] Result<void> packOldDayStats() override;
    [[nodiscard]] Result<void> lockCamp(qint64 campId, Waiting waiting = Waiting::AMoment,
                                        const std::function<bool()> &stillWanted = {}) override;
    [[nodiscard]] Result<void> bumpRevision(qint64 campId) override;
    [[nodiscard]] Result<qint64> revision(qint64 campId) const override;
    [[nodiscard]] Result<QHash<QString, qint64>> aliases(qint64 campId) const override;
    [[nodiscard]] Result<void> rememberAlias(qint64 campId, const QString &name, qint64 personId) override;
    [[nodiscard]] Result<void> restoreAlias(qint64 campId, const QString &name, qint64 personId,
                                            qint64 previous) override;
    [[nodiscard]] Result<QList<WatchHit>> watchHits(qint64 campId, const QStringList &words) const override;
    [[nodiscard]] Result<QList<ChatImportRecord>> imports(qint64 campId) const override;
    [[nodiscard]] Result<qint64> messageCount(qint64 campId) const override;
    [[nodiscard]] Result<QHash<qint64, SenderCounts>> unmappedSenderTotals(qint64 campId) const override;
    [[nodiscard]] Result<void> removeImport(qint64 importId) override;

private:
    // Each chat check-in of the person on a day the identity posted one
    // takes the earliest post of the person's identities that day as its note.
    [[nodiscard]] Result<void> renoteChatCheckIns(qint64 campId, qint64 identityId, qint64 personId);
    QSqlDatabase m_db;
};

} // namespace CampDesk
