#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringView>

namespace CampDesk {

// Rows sent to a PostgreSQL table with COPY … FROM STDIN, for the one place
// where a statement per row is too slow: a chat import of a million
// messages into a team workspace. QtSql has no COPY, so this speaks libpq
// on the QPSQL driver's own connection (QSqlDriver::handle()), inside the
// transaction that is open there: a failed or killed import leaves nothing.
// Rows are held in libpq's text format and sent a few megabytes at a time,
// each batch a COPY of its own, so that other statements can run between.
class PostgresCopy final {
    Q_DECLARE_TR_FUNCTIONS(PostgresCopy)

public:
    // `table` and `columns` are our own identifiers, never the operator's.
    PostgresCopy(const QSqlDatabase &db, const char *table, const char *columns);

    void add(qint64 value);
    void add(QStringView text);
    // Bytes for a bytea column, in its hex form.
    void addBytes(QByteArrayView bytes);
    void addNull();
    // An id column's value: NULL for "none" (0), as Sql::idOrNull.
    void addId(qint64 id) { id > 0 ? add(id) : addNull(); }
    void endRow();

    // Rows ended so far, sent or not.
    qint64 rows() const { return m_rows; }
    qsizetype heldBytes() const { return m_held.size(); }
    // Sends the rows held; nothing when none are.
    [[nodiscard]] Result<void> send();

private:
    void separate();

    QSqlDatabase m_db;
    QByteArray m_statement;
    QByteArray m_held;
    QByteArray m_utf8;
    qint64 m_rows = 0;
    bool m_rowStarted = false;
};

} // namespace CampDesk
