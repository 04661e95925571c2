#pragma once

#include "core/Error.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace CampDesk {

struct Membership;
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
        Row row;
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
    // The same for rows of a camp's participation (its chat accounts): the
    // camp's participation is locked first (ParticipationRepository::
    // lockCamp), as an import holds it and then writes those rows; locking
    // the rows first could leave each waiting on the other.
    [[nodiscard]] static Result<void> writeParticipation(Workspace &workspace, qint64 campId, const QList<Seen> &rows,
                                                         const std::function<Result<void>()> &write);

    // `seen` as its table's row `id`: unchanged while the stored row (`find`)
    // is the `same` as it; a row deleted meanwhile is changed.
    template<typename Record, typename Same = std::equal_to<Record>>
    [[nodiscard]] static Seen seen(Table table, const Record &seen, const std::function<Result<Record>(qint64)> &find,
                                   Same same = {})
    {
        return {{table, seen.id}, [seen, find, same]() -> Result<bool> {
                    auto now = find(seen.id);
                    if (!now)
                        return now.error().missing ? Result<bool>(false) : std::unexpected(now.error());
                    return same(*now, seen);
                }};
    }

    // A membership as seen (its repository reads it with its member's name).
    [[nodiscard]] static Seen seenMembership(Workspace &workspace, const Membership &membership);

    // Every one of `records` as seen: for a write over all of them (a delete).
    template<typename Record, typename Same = std::equal_to<Record>>
    [[nodiscard]] static QList<Seen> seenAll(Table table, const QList<Record> &records,
                                             const std::function<Result<Record>(qint64)> &find, Same same = {})
    {
        QList<Seen> all;
        for (const Record &record : records)
            all.append(seen(table, record, find, same));
        return all;
    }

    // Inserts rows (`insert` gives their ids) and reads them back as stored,
    // in one transaction: what the undo of the insert is made on. Rows that
    // could not be read back are not left without an undo step.
    template<typename Record>
    [[nodiscard]] static Result<QList<Record>> insertStored(const QSqlDatabase &db,
                                                            const std::function<Result<QList<qint64>>()> &insert,
                                                            const std::function<Result<Record>(qint64)> &find)
    {
        Transaction transaction(db);
        if (auto begun = transaction.begin(); !begun)
            return std::unexpected(begun.error());
        auto ids = insert();
        if (!ids)
            return std::unexpected(ids.error());
        QList<Record> records;
        for (qint64 id : std::as_const(*ids)) {
            auto record = find(id);
            if (!record)
                return std::unexpected(record.error());
            records.append(*record);
        }
        if (auto committed = transaction.commit(); !committed)
            return std::unexpected(committed.error());
        return records;
    }

    // Writes `record` (`update`) over `seen` while the stored row is still
    // that, and gives the row as stored now: what the next undo or redo is
    // made on (a write may tidy what it was given, e.g. trim a name).
    template<typename Record, typename Same = std::equal_to<Record>>
    [[nodiscard]] static Result<Record> writeOver(Workspace &workspace, Table table, const Record &record,
                                                  const Record &seen, const std::function<Result<Record>(qint64)> &find,
                                                  const std::function<Result<void>(const Record &)> &update,
                                                  Same same = {})
    {
        Record stored;
        auto written = write(workspace, {StaleEdit::seen(table, seen, find, same)}, [&]() -> Result<void> {
            if (auto updated = update(record); !updated)
                return updated;
            auto now = find(record.id);
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
