#include "core/storage/Statement.h"

#include "core/storage/PostgresStatement.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <optional>
#include <sqlite3.h>

namespace CampDesk {

sqlite3 *Statement::handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

Statement::Statement(const QSqlDatabase &db, const char *sql)
    : m_db(handleOf(db))
{
    if (!m_db) {
        m_server = std::make_unique<PostgresStatement>(db, sql);
        if (!m_server->isValid()) {
            m_prepareError = m_server->error();
            m_server.reset();
        }
        return;
    }
    if (sqlite3_prepare_v2(m_db, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_statement = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

QString Statement::error() const
{
    if (!m_prepareError.isEmpty())
        return QCoreApplication::translate("Sql", "Database error: %1").arg(m_prepareError);
    if (m_server)
        return QCoreApplication::translate("Sql", "Database error: %1").arg(m_server->error());
    return Sql::withDiskHint(
        QCoreApplication::translate("Sql", "Database error: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))),
        sqlite3_errcode(m_db));
}

void Statement::bind(int index, qint64 value)
{
    if (m_server) {
        m_server->bindText(index, QByteArray::number(value));
        return;
    }
    sqlite3_bind_int64(m_statement, index, value);
}

void Statement::bind(int index, QStringView value)
{
    // A null view would bind SQL NULL; CampDesk's text columns are NOT NULL ''.
    if (m_server) {
        m_server->bindText(index, value.isNull() ? QByteArray("") : value.toUtf8());
        return;
    }
    static const char16_t empty[] = u"";
    const void *data = value.isNull() ? static_cast<const void *>(empty) : static_cast<const void *>(value.utf16());
    // SQLITE_TRANSIENT: the view may not outlive the call.
    sqlite3_bind_text16(m_statement, index, data, int(value.size() * 2), SQLITE_TRANSIENT);
}

void Statement::bindBlob(int index, QByteArrayView value)
{
    // An empty blob, not NULL: zeroblob(0) keeps NOT NULL columns valid.
    if (m_server) {
        m_server->bindBlob(index, value.isEmpty() ? QByteArray("") : value.toByteArray());
        return;
    }
    if (value.isEmpty())
        sqlite3_bind_zeroblob(m_statement, index, 0);
    else
        sqlite3_bind_blob(m_statement, index, value.data(), int(value.size()), SQLITE_TRANSIENT);
}

void Statement::bindNull(int index)
{
    if (m_server) {
        m_server->bindNull(index);
        return;
    }
    sqlite3_bind_null(m_statement, index);
}

Result<void> Statement::run()
{
    if (m_server) {
        auto ran = m_server->execute();
        m_changes = ran ? m_server->changes() : 0;
        m_server->clear();
        return ran;
    }
    int status = SQLITE_ROW;
    while (status == SQLITE_ROW)
        status = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (status != SQLITE_DONE)
        return fail(error());
    return {};
}

Result<std::optional<qint64>> Statement::runScalar()
{
    if (m_server) {
        if (auto ran = m_server->execute(); !ran)
            return std::unexpected(ran.error());
        std::optional<qint64> value;
        if (m_server->rowCount() > 0 && !m_server->isNullAt(0, 0))
            value = m_server->int64At(0, 0);
        m_server->clear();
        return value;
    }
    const int status = sqlite3_step(m_statement);
    std::optional<qint64> value;
    if (status == SQLITE_ROW && sqlite3_column_type(m_statement, 0) != SQLITE_NULL)
        value = sqlite3_column_int64(m_statement, 0);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (status != SQLITE_ROW && status != SQLITE_DONE)
        return fail(error());
    return value;
}

Result<bool> Statement::next()
{
    if (m_server)
        return nextOnServer();
    const int status = sqlite3_step(m_statement);
    if (status == SQLITE_ROW)
        return true;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (status != SQLITE_DONE)
        return fail(error());
    return false;
}

Result<bool> Statement::nextOnServer()
{
    if (!m_stepping) {
        if (auto ran = m_server->execute(); !ran)
            return std::unexpected(ran.error());
        m_stepping = true;
        m_row = -1;
    }
    if (++m_row < m_server->rowCount())
        return true;
    m_server->clear();
    m_stepping = false;
    return false;
}

qint64 Statement::int64At(int column) const
{
    if (m_server)
        return m_server->int64At(m_row, column);
    return sqlite3_column_int64(m_statement, column);
}

bool Statement::isNullAt(int column) const
{
    if (m_server)
        return m_server->isNullAt(m_row, column);
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QString Statement::textAt(int column) const
{
    // From the stored UTF-8: asking SQLite for UTF-16 converts and keeps a
    // second copy of every value, the larger part of reading a big table.
    return QString::fromUtf8(utf8At(column));
}

QByteArrayView Statement::utf8At(int column) const
{
    if (m_server)
        return m_server->bytesAt(m_row, column);
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(text, sqlite3_column_bytes(m_statement, column));
}

QByteArrayView Statement::blobAt(int column) const
{
    if (m_server)
        return m_server->bytesAt(m_row, column);
    const void *data = sqlite3_column_blob(m_statement, column);
    return QByteArrayView(static_cast<const char *>(data), sqlite3_column_bytes(m_statement, column));
}

int Statement::changes() const
{
    if (m_server)
        return m_changes;
    return sqlite3_changes(m_db);
}

} // namespace CampDesk
