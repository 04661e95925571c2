#pragma once

#include "core/Error.h"
#include "core/speech/SpeechTemplate.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace CampDesk {

// The speech library, its use log and rotation.
class SpeechRepository final {
    Q_DECLARE_TR_FUNCTIONS(SpeechRepository)

public:
    explicit SpeechRepository(const QSqlDatabase &db);

    // Templates for every camp plus those of `campId` (0: every-camp ones
    // only), with use counts, ordered by category then title.
    [[nodiscard]] Result<QList<SpeechTemplate>> list(qint64 campId) const;
    [[nodiscard]] Result<QList<SpeechTemplate>> listAll() const;
    [[nodiscard]] Result<SpeechTemplate> find(qint64 id) const;
    // Keeps a non-zero id (redo puts a template back under its old id).
    [[nodiscard]] Result<qint64> insert(const SpeechTemplate &speech);
    [[nodiscard]] Result<QList<qint64>> insertAll(const QList<SpeechTemplate> &speeches);
    [[nodiscard]] Result<void> update(const SpeechTemplate &speech);
    [[nodiscard]] Result<void> remove(qint64 id);
    [[nodiscard]] Result<qint64> count() const;

    // Records one copy of a template.
    [[nodiscard]] Result<void> recordUse(qint64 templateId, qint64 campId, int courseDay, qint64 activityId,
                                         const QDateTime &when);
    // The next line of a category for a camp's crew: the least recently used
    // one not used yet on `day` in this camp; once every line has been used
    // that day, the least recently used of all (the pool starts over).
    [[nodiscard]] Result<std::optional<SpeechTemplate>> nextInRotation(SpeechCategory category, qint64 campId,
                                                                       QDate day) const;
    // Every line of the category in that order: the next line first, so a
    // caller can pass over lines it cannot fill and take the one after.
    [[nodiscard]] Result<QList<SpeechTemplate>> rotation(SpeechCategory category, qint64 campId, QDate day) const;

private:
    QSqlDatabase m_db;
};

} // namespace CampDesk
