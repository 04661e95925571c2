#pragma once

#include "Error.h"

#include <QSqlDatabase>

namespace CampDesk {

// RAII guard: rolls the transaction back unless commit() succeeded, so an
// early return or a failed step can never leave half a write behind.
// Guards nest: an inner one becomes a savepoint of the outer transaction, so
// a repository's multi-row write can also be part of a larger one.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    [[nodiscard]] Result<void> begin();
    [[nodiscard]] Result<void> commit();

private:
    void rollback();

    QSqlDatabase m_db;
    int m_depth = -1; // -1: not begun; 0: the outer transaction; >0: a savepoint
};

} // namespace CampDesk
