#pragma once

#include "core/Error.h"

#include <QByteArrayView>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringView>

#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace CampDesk {

class PostgresStatement;

// A prepared statement for the places where QtSql's per-row overhead
// matters: chat imports of a million messages and the review figures read
// from their aggregates. On a workspace file it steps the SQLite statement
// under the QSqlDatabase itself; on a server it runs the same SQL through
// libpq (PostgresStatement), whose binary results carry blobs as they are,
// with the same calls, so one repository serves both engines.
// Values are bound, never spliced into the SQL.
class Statement final {
public:
    Statement(const QSqlDatabase &db, const char *sql);
    // The SQLite connection under a QtSql one; null if it is not SQLite.
    static sqlite3 *handleOf(const QSqlDatabase &db);
    ~Statement();
    Q_DISABLE_COPY_MOVE(Statement)

    // Empty when preparing failed; error() says why.
    bool isValid() const { return m_statement != nullptr || m_server != nullptr; }
    QString error() const;

    void bind(int index, qint64 value);
    void bind(int index, QStringView value);
    void bindBlob(int index, QByteArrayView value);
    void bindNull(int index);
    // Runs the statement to completion and resets it for the next row.
    [[nodiscard]] Result<void> run();
    // Runs a query and returns the first column of its first row, if any.
    [[nodiscard]] Result<std::optional<qint64>> runScalar();
    // Steps a query: true with a row to read, false when done (the statement
    // is then reset for the next use).
    [[nodiscard]] Result<bool> next();
    // Steps over every row of a query, calling read() for each; read returns
    // Result<void> and a failure stops the walk.
    template<typename Read> [[nodiscard]] Result<void> forEachRow(Read read)
    {
        while (true) {
            auto row = next();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                return {};
            if (auto done = read(); !done)
                return done;
        }
    }
    // Columns of the current row; valid until the next step.
    qint64 int64At(int column) const;
    bool isNullAt(int column) const;
    QString textAt(int column) const;
    // The text as stored (UTF-8), without a copy: for keys and dates.
    QByteArrayView utf8At(int column) const;
    QByteArrayView blobAt(int column) const;
    // Rows the last run() inserted, updated or deleted.
    int changes() const;

private:
    [[nodiscard]] Result<bool> nextOnServer();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    // A server's statement (libpq), when the connection is not SQLite.
    std::unique_ptr<PostgresStatement> m_server;
    bool m_stepping = false;
    int m_row = -1;
    int m_changes = 0;
    QString m_prepareError;
};

} // namespace CampDesk
