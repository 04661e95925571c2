#pragma once

#include "core/Error.h"
#include "core/domain/Camp.h"
#include "core/domain/CampSnapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace CampDesk {

class CampRepository final {
    Q_DECLARE_TR_FUNCTIONS(CampRepository)

public:
    explicit CampRepository(const QSqlDatabase &db);

    [[nodiscard]] Result<QList<Camp>> list() const;
    [[nodiscard]] Result<Camp> find(qint64 id) const;
    // Validates and inserts; returns the new id. A non-zero camp.id is kept
    // (redo of a creation puts the camp back under its old id).
    [[nodiscard]] Result<qint64> insert(const Camp &camp);
    [[nodiscard]] Result<void> update(const Camp &camp);
    [[nodiscard]] Result<void> remove(qint64 id);

    [[nodiscard]] Result<CampSnapshot> snapshot(qint64 id) const;
    // Puts a snapshot back in one transaction.
    [[nodiscard]] Result<void> restore(const CampSnapshot &snapshot);

private:
    QSqlDatabase m_db;
};

} // namespace CampDesk
