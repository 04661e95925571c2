#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace CampDesk {

class Workspace;

// An edit is made on the row its operator saw. On a team workspace another
// operator may have changed that row since; writing over it would lose
// their change without a word. So an edit, and the undo of one, is written
// only while the row is still what the operator saw: the row is locked for
// the transaction, compared, then written. Otherwise nothing is written and
// the refusal names who changed the row last and when (the history).
class StaleEdit final {
    Q_DECLARE_TR_FUNCTIONS(StaleEdit)

public:
    enum class Table { Camps, Activities };

    // In one transaction: locks the row (on a server), asks `unchanged`
    // whether it is still what was seen, and only then calls `write`.
    [[nodiscard]] static Result<void> write(Workspace &workspace, Table table, qint64 id,
                                            const std::function<Result<bool>()> &unchanged,
                                            const std::function<Result<void>()> &write);

    // The same for a row of a repository: `row` is written (`update`) over
    // `seen` only while the stored row (`find`) still equals `seen`; a row
    // deleted meanwhile is changed too.
    template<typename Row>
    [[nodiscard]] static Result<void> writeOver(Workspace &workspace, Table table, const Row &row, const Row &seen,
                                                const std::function<Result<Row>(qint64)> &find,
                                                const std::function<Result<void>(const Row &)> &update)
    {
        return write(
            workspace, table, row.id,
            [&]() -> Result<bool> {
                auto now = find(row.id);
                if (!now)
                    return now.error().missing ? Result<bool>(false) : std::unexpected(now.error());
                return *now == seen;
            },
            [&] { return update(row); });
    }

private:
    [[nodiscard]] static Error refusal(const Workspace &workspace, Table table, qint64 id);
};

} // namespace CampDesk
