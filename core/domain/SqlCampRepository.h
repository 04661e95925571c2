#pragma once

#include "core/domain/CampRepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace CampDesk {

// The SQLite implementation of CampRepository: its SQL is SQLite's dialect.
class SqlCampRepository final : public CampRepository {
    // The interface's name, so the translation context stays CampRepository.
    Q_DECLARE_TR_FUNCTIONS(CampRepository)

public:
    explicit SqlCampRepository(const QSqlDatabase &db);

    [[nodiscard]] Result<QList<Camp>> list() const override;
    [[nodiscard]] Result<Camp> find(qint64 id) const override;
    [[nodiscard]] Result<qint64> insert(const Camp &camp) override;
    [[nodiscard]] Result<void> update(const Camp &camp) override;
    [[nodiscard]] Result<void> remove(qint64 id) override;
    [[nodiscard]] Result<CampSnapshot> snapshot(qint64 id) const override;
    [[nodiscard]] Result<void> restore(const CampSnapshot &snapshot) override;

private:
    // Refuses a new time zone for a camp that holds messages: their days
    // were counted in the old one.
    [[nodiscard]] Result<void> zoneChangeAllowed(const Camp &camp) const;
    QSqlDatabase m_db;
};

} // namespace CampDesk
