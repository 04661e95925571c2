#include "core/storage/PostgresCopy.h"

#include "core/storage/PostgresStatement.h"

#include <libpq-fe.h>
#include <memory>

namespace CampDesk {

PostgresCopy::PostgresCopy(const QSqlDatabase &db, const char *table, const char *columns)
    : m_db(db)
    , m_statement(QByteArray("COPY ") + table + " (" + columns + ") FROM STDIN")
{
}

void PostgresCopy::separate()
{
    if (m_rowStarted)
        m_held.append('\t');
    m_rowStarted = true;
}

void PostgresCopy::add(qint64 value)
{
    separate();
    m_held.append(QByteArray::number(value));
}

void PostgresCopy::add(QStringView text)
{
    separate();
    m_utf8 = text.toUtf8();
    // The text format's four specials; every other byte goes as it is.
    for (const char byte : std::as_const(m_utf8)) {
        switch (byte) {
        case '\\':
            m_held.append("\\\\");
            break;
        case '\t':
            m_held.append("\\t");
            break;
        case '\n':
            m_held.append("\\n");
            break;
        case '\r':
            m_held.append("\\r");
            break;
        default:
            m_held.append(byte);
        }
    }
}

void PostgresCopy::addBytes(QByteArrayView bytes)
{
    separate();
    // bytea's "\x…" with its backslash doubled, as the text format wants.
    m_held.append("\\\\x");
    m_held.append(bytes.toByteArray().toHex());
}

void PostgresCopy::addNull()
{
    separate();
    m_held.append("\\N");
}

void PostgresCopy::endRow()
{
    m_held.append('\n');
    m_rowStarted = false;
    ++m_rows;
}

Result<void> PostgresCopy::send()
{
    if (m_held.isEmpty())
        return {};
    PGconn *connection = postgresHandleOf(m_db);
    if (connection == nullptr)
        return fail(tr("Rows can be copied in bulk to a PostgreSQL server only."));
    PostgresResult started(PQexec(connection, m_statement.constData()));
    if (PQresultStatus(started.get()) != PGRES_COPY_IN)
        return fail(tr("The server refused the copy: %1").arg(postgresErrorOf(started.get(), connection)));
    started.reset();
    const bool sent = PQputCopyData(connection, m_held.constData(), int(m_held.size())) == 1;
    // Ending the copy with an error message makes the server drop the rows.
    const bool ended = PQputCopyEnd(connection, sent ? nullptr : "CampDesk could not send the rows") == 1;
    QString failure = sent && ended ? QString() : postgresErrorOf(nullptr, connection);
    while (PostgresResult finished {PQgetResult(connection)}) {
        if (PQresultStatus(finished.get()) != PGRES_COMMAND_OK && failure.isEmpty())
            failure = postgresErrorOf(finished.get(), connection);
    }
    m_held.clear();
    if (!failure.isEmpty())
        return fail(tr("The server refused the copy: %1").arg(failure));
    return {};
}

} // namespace CampDesk
