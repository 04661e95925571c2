#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace CampDesk {

class Workspace;

// An edit is made on the rows its operator saw. On a team workspace another
// operator may have changed them since; writing over them would lose their
// change without a word. So an edit, and the undo of one, is written only
// while its rows are still what the operator saw: they are locked for the
// transaction, compared, then written. Otherwise nothing is written and the
// refusal names who changed the row last and when (the history).
//
// A row's version is its editable content, compared as read: no version
// column to keep in step, and a row changed back is no conflict.
class StaleEdit final {
    Q_DECLARE_TR_FUNCTIONS(StaleEdit)

public:
    // CampVariables is a camp's whole set of variables, by the camp's id:
    // a variable not set yet has no row to lock or name. A plan template is
    // saved by its name, compared only (an owner's, rarely two at once).
    enum class Table {
        Camps,
        Activities,
        People,
        Memberships,
        Subgroups,
        Speeches,
        Reviews,
        ChatIdentities,
        CampVariables,
        PlanTemplates
    };

    // A row of a table, by id (a camp's id for CampVariables).
    struct Row final {
        Table table;
        qint64 id = 0;
    };
    // The first of an edit's rows that is no longer as seen, if any.
    using FirstChanged = std::function<Result<std::optional<Row>>()>;

    // One row an edit was made on, and how to tell it is still as seen.
    struct Seen final {
        Table table;
        qint64 id = 0;
        std::function<Result<bool>()> unchanged;
    };

    // In one transaction: locks every row (on a server, a statement per
    // table), asks `changed` for one no longer as seen, and only then calls
    // `write`. For a bulk edit that compares its rows in one read.
    [[nodiscard]] static Result<void> write(Workspace &workspace, const QList<Row> &rows, const FirstChanged &changed,
                                            const std::function<Result<void>()> &write);
    // The same, each row asked on its own.
    [[nodiscard]] static Result<void> write(Workspace &workspace, const QList<Seen> &rows,
                                            const std::function<Result<void>()> &write);

    // `seen` as its table's row `id`: unchanged while the stored row (`find`)
    // is the `same` as it; a row deleted meanwhile is changed.
    template<typename Row, typename Same = std::equal_to<Row>>
    [[nodiscard]] static Seen seen(Table table, const Row &seen, const std::function<Result<Row>(qint64)> &find,
                                   Same same = {})
    {
        return {table, seen.id, [seen, find, same]() -> Result<bool> {
                    auto now = find(seen.id);
                    if (!now)
                        return now.error().missing ? Result<bool>(false) : std::unexpected(now.error());
                    return same(*now, seen);
                }};
    }

    // Every one of `rows` as seen: for a write over all of them (a delete).
    template<typename Row, typename Same = std::equal_to<Row>>
    [[nodiscard]] static QList<Seen> seenAll(Table table, const QList<Row> &rows,
                                             const std::function<Result<Row>(qint64)> &find, Same same = {})
    {
        QList<Seen> all;
        for (const Row &row : rows)
            all.append(seen(table, row, find, same));
        return all;
    }

    // The rows of `ids` as stored: what an undo of their insert is made on.
    template<typename Row>
    [[nodiscard]] static Result<QList<Row>> stored(const QList<qint64> &ids,
                                                   const std::function<Result<Row>(qint64)> &find)
    {
        QList<Row> rows;
        for (qint64 id : ids) {
            auto row = find(id);
            if (!row)
                return std::unexpected(row.error());
            rows.append(*row);
        }
        return rows;
    }

    // Writes `row` (`update`) over `seen` while the stored row is still that,
    // and gives the row as stored now: what the next undo or redo is made on
    // (a write may tidy what it was given, e.g. trim a name).
    template<typename Row, typename Same = std::equal_to<Row>>
    [[nodiscard]] static Result<Row> writeOver(Workspace &workspace, Table table, const Row &row, const Row &seen,
                                               const std::function<Result<Row>(qint64)> &find,
                                               const std::function<Result<void>(const Row &)> &update, Same same = {})
    {
        Row stored;
        auto written = write(workspace, {StaleEdit::seen(table, seen, find, same)}, [&]() -> Result<void> {
            if (auto updated = update(row); !updated)
                return updated;
            auto now = find(row.id);
            if (!now)
                return std::unexpected(now.error());
            stored = *now;
            return {};
        });
        if (!written)
            return std::unexpected(written.error());
        return stored;
    }

private:
    [[nodiscard]] static Error refusal(const Workspace &workspace, Table table, qint64 id);
};

} // namespace CampDesk
