#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace CampDesk {

// A team workspace's tables on a PostgreSQL server: the same tables,
// columns and meaning as a workspace file's (Schema), in PostgreSQL's
// types, so that a workspace moves between the two unchanged. Version 7 on
// the server is version 7 in a file; the server's version 8 adds what only
// a team has, its history (8.sql), and no table a file would hold. Where a
// file keeps its application id and version in its header, the server
// keeps them in the table campdesk_meta.
class PostgresSchema final {
    Q_DECLARE_TR_FUNCTIONS(PostgresSchema)

public:
    static const QString ApplicationId; // campdesk_meta's application_id

    // The first version a server holds: its tables are made at once.
    static constexpr int FirstVersion = 7;
    static int latestVersion();

    // Makes an empty database (in its current schema) a CampDesk
    // workspace, brings an older one up to date, and checks that every
    // table and index is there; in one transaction, under a lock, so two
    // laptops opening a new database at once make it once. A database of
    // another program, of a newer CampDesk, or missing a table or index is
    // refused, saying why, and left as it was. Returns the version it found:
    // 0 for a database it made a workspace, below latestVersion() for one
    // it brought up to date.
    [[nodiscard]] static Result<int> prepare(const QSqlDatabase &db, const QString &name);

    // Whether the database (its current schema) is a CampDesk workspace
    // already: it has campdesk_meta.
    [[nodiscard]] static Result<bool> holdsWorkspace(const QSqlDatabase &db);

    // Makes an empty database a workspace of an earlier version, as the
    // CampDesk of that version did: for the tests that open one.
    [[nodiscard]] static Result<void> makeVersion(const QSqlDatabase &db, int version);

    // The tables and indexes a workspace holds at version 7, the tables a
    // workspace file holds too; the triggers every version's step makes.
    static QStringList tables();
    static QStringList indexes();
    static QStringList triggers();

private:
    [[nodiscard]] static Result<int> prepareLocked(const QSqlDatabase &db, const QString &name);
    [[nodiscard]] static Result<void> makeMeta(const QSqlDatabase &db);
    [[nodiscard]] static Result<void> migrate(const QSqlDatabase &db, int fromVersion, int toVersion);
    [[nodiscard]] static Result<QString> missing(const QSqlDatabase &db);
    [[nodiscard]] static Result<QString> unrecordedTable(const QSqlDatabase &db);
};

} // namespace CampDesk
