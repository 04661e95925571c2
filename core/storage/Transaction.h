#pragma once

#include "Error.h"

#include <QSqlDatabase>

namespace CampDesk {

// RAII guard: rolls the transaction back unless commit() succeeded, so an
// early return or a failed step can never leave half a write behind.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    [[nodiscard]] Result<void> begin();
    [[nodiscard]] Result<void> commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace CampDesk
