#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace CampDesk {

class Workspace;

// Moves a workspace between the two engines: a file pushed to a team
// workspace on a server, or a server's workspace pulled into a file. Every
// table is copied as it is, ids included, so both give the same figures
// and exports; a half-done copy leaves nothing behind.
class WorkspaceTransfer final {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceTransfer)

public:
    // Copies every row of `from` into `to`, which must hold no rows yet,
    // in one transaction on each side (`from` read in one snapshot).
    // Returns how many rows were copied.
    [[nodiscard]] static Result<qint64> copy(const Workspace &from, Workspace &to);

    // Writes `from` to the workspace file `target`: into a temporary file
    // beside it, renamed over `target` only once complete. A file open in
    // this process is never replaced.
    [[nodiscard]] static Result<qint64> pull(const Workspace &from, const QString &target);

    // Closes a workspace file written as a copy so that it is whole on its
    // own, or says why not: its log folded into it and switched off, then
    // every page read back (Workspace::verify). Closing alone folds the log
    // in quietly, and on a full disk left the file cut short beside a log
    // that a rename of the file would leave behind.
    [[nodiscard]] static Result<void> closeAsOneFile(std::unique_ptr<Workspace> copy);

    // Refuses a workspace that holds rows: a workspace is copied only into
    // an empty one. Tables an older version lacks hold none. `name` is what
    // the message calls it.
    [[nodiscard]] static Result<void> checkEmpty(const QSqlDatabase &db, const QString &name);

private:
    [[nodiscard]] static Result<qint64> copyTable(const Workspace &from, Workspace &to, const QString &schemaTable);
    [[nodiscard]] static Result<void> continueIdentities(Workspace &to);
    [[nodiscard]] static Result<void> analyze(Workspace &to);
    // A push into a server is one entry of its history, not one per row:
    // its recording is off while the rows are copied.
    [[nodiscard]] static Result<void> recordHistory(Workspace &to, bool recording);
    [[nodiscard]] static Result<void> recordPush(const Workspace &from, Workspace &to, qint64 rows);
};

} // namespace CampDesk
