#pragma once

#include "core/Error.h"
#include "core/team/HistoryEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <functional>

namespace CampDesk {

class Workspace;

// Reads a team workspace's history. The server's triggers write it (a
// PostgreSQL step of version 8) and nobody alters it; a workspace file has
// none: one laptop has one operator.
class HistoryLog final {
    Q_DECLARE_TR_FUNCTIONS(HistoryLog)

public:
    explicit HistoryLog(const Workspace &workspace);

    // Oldest first; an error on a file, saying that only a team workspace
    // keeps a history. A camp's history grows by a row per message imported
    // with a new sender, check-in and edit, so a window reads it a page at a
    // time (`newest`, `olderThan`).
    [[nodiscard]] Result<QList<HistoryEntry>> entries(const HistoryFilter &filter) const;
    // Every entry the filter matches (`newest` and `olderThan` aside),
    // oldest first, handed to `each` a page at a time: memory stays flat
    // however long the history. A failure of `each` stops it there.
    [[nodiscard]] Result<void> forEach(const HistoryFilter &filter,
                                       const std::function<Result<void>(const HistoryEntry &)> &each) const;
    // How many entries the filter matches, `newest`, `olderThan` and
    // `fromId` aside.
    [[nodiscard]] Result<qint64> count(const HistoryFilter &filter) const;
    // Who and what the camp's history names, without reading its entries.
    [[nodiscard]] Result<HistoryKinds> kinds(qint64 campId) const;

private:
    [[nodiscard]] Result<void> checkKept() const;
    // One page: the filter's newest entries newest first, or (oldestFirst)
    // its oldest ones, oldest first.
    [[nodiscard]] Result<QList<HistoryEntry>> page(const HistoryFilter &filter, bool oldestFirst) const;

    const Workspace &m_workspace;
};

} // namespace CampDesk
