#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <memory>
#include <optional>

struct pg_conn;
struct pg_result;

namespace CampDesk {

// The libpq connection under a QPSQL connection (QSqlDriver::handle()),
// or null when the connection is not PostgreSQL's.
pg_conn *postgresHandleOf(const QSqlDatabase &db);

// A libpq result, freed (PQclear) when it goes.
struct PostgresResultDeleter {
    void operator()(pg_result *result) const;
};
using PostgresResult = std::unique_ptr<pg_result, PostgresResultDeleter>;

// The server's words for a failure: the result's message, else the connection's.
QString postgresErrorOf(const pg_result *result, pg_conn *connection);

// Statement's server half: one prepared statement run through libpq on the
// QPSQL driver's own connection, inside whatever transaction is open there.
// QtSql asks a server for every result as text, which writes each blob as
// hexadecimal twice its size: the members' and activities' packed figures
// made most of a dashboard's time on a server. Here, when every column's
// type has a binary form this reads, the rows come in it: blobs and texts
// as their bytes, integers as integers; other results come as text.
// Placeholders are SQLite's "?", numbered $1, $2, … for the server; values
// are sent as text, which the server reads as the parameter's type, and
// blobs as their bytes.
class PostgresStatement final {
    Q_DECLARE_TR_FUNCTIONS(PostgresStatement)

public:
    PostgresStatement(const QSqlDatabase &db, const char *sql);
    ~PostgresStatement();
    Q_DISABLE_COPY_MOVE(PostgresStatement)

    // Empty when preparing failed.
    bool isValid() const { return !m_name.isEmpty(); }
    QString error() const { return m_error; }

    void bindText(int index, QByteArray utf8);
    void bindBlob(int index, QByteArray bytes);
    void bindNull(int index);

    // Runs it and keeps its rows; the bound values stay for the next run.
    [[nodiscard]] Result<void> execute();
    int rowCount() const;
    // Rows the last run inserted, updated or deleted.
    int changes() const { return m_changes; }

    qint64 int64At(int row, int column) const;
    bool isNullAt(int row, int column) const;
    // A text's UTF-8 or a blob's bytes, valid until the next run.
    QByteArrayView bytesAt(int row, int column) const;
    // Releases the rows.
    void clear();

private:
    struct Parameter {
        std::optional<QByteArray> value; // none: NULL
        bool binary = false;
    };

    void bind(int index, Parameter parameter);
    [[nodiscard]] bool describe();
    void deallocate();
    void handOnNotifications() const;

    pg_conn *m_connection = nullptr;
    QSqlDatabase m_db;
    QByteArray m_name;
    QString m_error;
    QList<Parameter> m_parameters;
    QList<unsigned int> m_columnTypes;
    bool m_binaryResults = false;
    PostgresResult m_result;
    mutable QList<QByteArray> m_decoded; // blobs of a text result, per column
    int m_changes = 0;
};

} // namespace CampDesk
