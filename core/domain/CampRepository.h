#pragma once

#include "core/Error.h"
#include "core/domain/Camp.h"
#include "core/domain/CampSnapshot.h"

#include <QList>

namespace CampDesk {

class CampRepository {
public:
    virtual ~CampRepository() = default;

    [[nodiscard]] virtual Result<QList<Camp>> list() const = 0;
    [[nodiscard]] virtual Result<Camp> find(qint64 id) const = 0;
    // Validates and inserts; returns the new id. A non-zero camp.id is kept
    // (redo of a creation puts the camp back under its old id).
    [[nodiscard]] virtual Result<qint64> insert(const Camp &camp) = 0;
    [[nodiscard]] virtual Result<void> update(const Camp &camp) = 0;
    [[nodiscard]] virtual Result<void> remove(qint64 id) = 0;

    [[nodiscard]] virtual Result<CampSnapshot> snapshot(qint64 id) const = 0;
    // Puts a snapshot back in one transaction.
    [[nodiscard]] virtual Result<void> restore(const CampSnapshot &snapshot) = 0;
};

} // namespace CampDesk
