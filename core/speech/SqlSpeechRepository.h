#pragma once

#include "core/speech/SpeechRepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace CampDesk {

// The SQLite implementation of SpeechRepository: its SQL is SQLite's dialect.
class SqlSpeechRepository final : public SpeechRepository {
    // The interface's name, so the translation context stays SpeechRepository.
    Q_DECLARE_TR_FUNCTIONS(SpeechRepository)

public:
    explicit SqlSpeechRepository(const QSqlDatabase &db);

    [[nodiscard]] Result<QList<SpeechTemplate>> list(qint64 campId) const override;
    [[nodiscard]] Result<QList<SpeechTemplate>> listAll() const override;
    [[nodiscard]] Result<SpeechTemplate> find(qint64 id) const override;
    [[nodiscard]] Result<qint64> insert(const SpeechTemplate &speech) override;
    [[nodiscard]] Result<QList<qint64>> insertAll(const QList<SpeechTemplate> &speeches) override;
    [[nodiscard]] Result<SpeechDependants> dependantsOf(const QList<qint64> &ids) const override;
    [[nodiscard]] Result<void> restore(const SpeechDependants &dependants) override;
    [[nodiscard]] Result<void> update(const SpeechTemplate &speech) override;
    [[nodiscard]] Result<void> remove(qint64 id) override;
    [[nodiscard]] Result<qint64> count() const override;
    [[nodiscard]] Result<void> recordUse(qint64 templateId, qint64 campId, int courseDay, qint64 activityId,
                                         const QDateTime &when) override;
    [[nodiscard]] Result<std::optional<SpeechTemplate>>
    takeFromRotation(SpeechCategory category, qint64 campId, QDate day, const Chooser &choose, const Use &use) override;
    [[nodiscard]] Result<QList<SpeechTemplate>> rotation(SpeechCategory category, qint64 campId,
                                                         QDate day) const override;

private:
    QSqlDatabase m_db;
};

} // namespace CampDesk
