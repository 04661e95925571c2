#pragma once

#include "core/Error.h"

#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace CampDesk::Schema {

// "CmpD": marks a SQLite file as a CampDesk workspace (PRAGMA application_id).
inline constexpr qint32 ApplicationId = 0x436D7044;

// The newest schema this build writes; user_version of a migrated file.
int latestVersion();

// The steps of a migration that rebuild data in a feature's own format
// (packed per-day figures, posting minutes): storage knows the tables, not
// the formats, so the workspace supplies these from the features that own
// them. Each runs inside the migration's transaction; an empty one fails
// the migration that needs it.
struct DataUpgrades final {
    // Version 6: packs the per-day rows of the old member_day_stats into
    // member_stats, before the old table is dropped.
    std::function<Result<void>(const QSqlDatabase &db)> packMemberDays;
    // Version 7: recomputes one camp's per-day figures and posting minutes
    // from its messages.
    std::function<Result<void>(const QSqlDatabase &db, qint64 campId)> rebuildCamp;
};

// Applies migration steps fromVersion+1 … latestVersion() in one
// transaction that also bumps user_version, so a failure leaves the file at
// the version it was opened at.
[[nodiscard]] Result<void> migrate(const QSqlDatabase &db, int fromVersion, const DataUpgrades &upgrades);

// Compares the database's tables (their columns, types, constraints) and
// indexes with what CampDesk's migrations make at `version` and names the
// first difference — a table missing or added, a column dropped, an index
// gone, a trigger or view (CampDesk's schema has none) — or returns an empty
// text when there is none. An error means the schema could not be read.
[[nodiscard]] Result<QString> difference(const QSqlDatabase &db, int version);

// A table holding a camp's data and the condition (with one `?` for the camp
// id) that selects the camp's rows. Parents come before children, so
// restoring in this order satisfies the foreign keys.
struct CampTable final {
    QString table;
    QString condition;
};
QList<CampTable> campTables();

} // namespace CampDesk::Schema
