#pragma once

#include "core/Error.h"

#include <QList>
#include <QSqlDatabase>

struct pg_conn;

namespace CampDesk {

// RAII guard: rolls the transaction back unless commit() succeeded, so an
// early return or a failed step can never leave half a write behind.
// Guards nest: an inner one becomes a savepoint of the outer transaction, so
// a repository's multi-row write can also be part of a larger one.
class Transaction final {
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    [[nodiscard]] Result<void> begin();
    [[nodiscard]] Result<void> commit();

private:
    [[nodiscard]] Result<void> commitOnServer(pg_conn *connection);
    void rollback();

    QSqlDatabase m_db;
    int m_depth = -1; // -1: not begun; 0: the outer transaction; >0: a savepoint
};

// Runs `write` in one transaction (a savepoint inside another): kept when
// it succeeds, rolled back otherwise.
template<typename Write> Result<void> inTransaction(const QSqlDatabase &db, Write write)
{
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (auto written = write(); !written)
        return written;
    return transaction.commit();
}

// Inserts every item with insertOne inside one transaction: the ids come back
// in the items' order, or the first failure is returned and nothing is kept.
template<typename Item, typename InsertOne>
Result<QList<qint64>> insertEach(const QSqlDatabase &db, const QList<Item> &items, InsertOne insertOne)
{
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    QList<qint64> ids;
    ids.reserve(items.size());
    for (const Item &item : items) {
        auto id = insertOne(item);
        if (!id)
            return std::unexpected(id.error());
        ids.append(*id);
    }
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return ids;
}

} // namespace CampDesk
