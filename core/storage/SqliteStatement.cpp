#include "core/storage/SqliteStatement.h"

#include "core/storage/SqlQuery.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <optional>
#include <sqlite3.h>

namespace CampDesk {

sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const char *sql)
    : m_db(handleOf(db))
{
    if (!m_db) {
        m_prepareError = QCoreApplication::translate("Sql", "Database error: not a SQLite connection.");
        return;
    }
    if (sqlite3_prepare_v2(m_db, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

QString SqliteStatement::error() const
{
    if (!m_prepareError.isEmpty())
        return QCoreApplication::translate("Sql", "Database error: %1").arg(m_prepareError);
    return Sql::withDiskHint(
        QCoreApplication::translate("Sql", "Database error: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))),
        sqlite3_errcode(m_db));
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, QStringView value)
{
    // A null view would bind SQL NULL; CampDesk's text columns are NOT NULL ''.
    static const char16_t empty[] = u"";
    const void *data = value.isNull() ? static_cast<const void *>(empty) : static_cast<const void *>(value.utf16());
    // SQLITE_TRANSIENT: the view may not outlive the call.
    sqlite3_bind_text16(m_statement, index, data, int(value.size() * 2), SQLITE_TRANSIENT);
}

void SqliteStatement::bindBlob(int index, QByteArrayView value)
{
    // An empty blob, not NULL: zeroblob(0) keeps NOT NULL columns valid.
    if (value.isEmpty())
        sqlite3_bind_zeroblob(m_statement, index, 0);
    else
        sqlite3_bind_blob(m_statement, index, value.data(), int(value.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

Result<void> SqliteStatement::run()
{
    int status = SQLITE_ROW;
    while (status == SQLITE_ROW)
        status = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (status != SQLITE_DONE)
        return fail(error());
    return {};
}

Result<std::optional<qint64>> SqliteStatement::runScalar()
{
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

Result<bool> SqliteStatement::next()
{
    const int status = sqlite3_step(m_statement);
    if (status == SQLITE_ROW)
        return true;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (status != SQLITE_DONE)
        return fail(error());
    return false;
}

qint64 SqliteStatement::int64At(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool SqliteStatement::isNullAt(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QString SqliteStatement::textAt(int column) const
{
    // From the stored UTF-8: asking SQLite for UTF-16 converts and keeps a
    // second copy of every value, the larger part of reading a big table.
    return QString::fromUtf8(utf8At(column));
}

QByteArrayView SqliteStatement::utf8At(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(text, sqlite3_column_bytes(m_statement, column));
}

QByteArrayView SqliteStatement::blobAt(int column) const
{
    const void *data = sqlite3_column_blob(m_statement, column);
    return QByteArrayView(static_cast<const char *>(data), sqlite3_column_bytes(m_statement, column));
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace CampDesk
