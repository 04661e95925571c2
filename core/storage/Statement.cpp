#include "core/storage/Statement.h"

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
        // Not forward-only: see Sql::exec (single-row mode).
        m_query.emplace(db);
        if (!m_query->prepare(QString::fromUtf8(sql))) {
            m_prepareError = m_query->lastError().text();
            m_query.reset();
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
    if (m_query)
        return QCoreApplication::translate("Sql", "Database error: %1").arg(m_query->lastError().text());
    return Sql::withDiskHint(
        QCoreApplication::translate("Sql", "Database error: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))),
        sqlite3_errcode(m_db));
}

void Statement::bind(int index, qint64 value)
{
    if (m_query) {
        m_query->bindValue(index - 1, value);
        return;
    }
    sqlite3_bind_int64(m_statement, index, value);
}

void Statement::bind(int index, QStringView value)
{
    // A null view would bind SQL NULL; CampDesk's text columns are NOT NULL ''.
    if (m_query) {
        m_query->bindValue(index - 1, value.isNull() ? QStringLiteral("") : value.toString());
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
    if (m_query) {
        m_query->bindValue(index - 1, value.isEmpty() ? QByteArray("") : value.toByteArray());
        return;
    }
    if (value.isEmpty())
        sqlite3_bind_zeroblob(m_statement, index, 0);
    else
        sqlite3_bind_blob(m_statement, index, value.data(), int(value.size()), SQLITE_TRANSIENT);
}

void Statement::bindNull(int index)
{
    if (m_query) {
        m_query->bindValue(index - 1, QVariant());
        return;
    }
    sqlite3_bind_null(m_statement, index);
}

Result<void> Statement::run()
{
    if (m_query) {
        const bool ran = m_query->exec();
        m_changes = ran ? m_query->numRowsAffected() : 0;
        m_query->finish();
        if (!ran)
            return fail(error());
        return {};
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
    if (m_query) {
        if (!m_query->exec())
            return fail(error());
        std::optional<qint64> value;
        if (m_query->next() && !m_query->isNull(0))
            value = m_query->value(0).toLongLong();
        m_query->finish();
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
    if (m_query)
        return nextOnServer(*m_query);
    const int status = sqlite3_step(m_statement);
    if (status == SQLITE_ROW)
        return true;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (status != SQLITE_DONE)
        return fail(error());
    return false;
}

Result<bool> Statement::nextOnServer(QSqlQuery &query)
{
    m_kept.clear();
    if (!m_stepping) {
        if (!query.exec())
            return fail(error());
        m_stepping = true;
    }
    if (query.next())
        return true;
    const bool failed = query.lastError().isValid();
    query.finish();
    m_stepping = false;
    if (failed)
        return fail(error());
    return false;
}

qint64 Statement::int64At(int column) const
{
    if (m_query)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_statement, column);
}

bool Statement::isNullAt(int column) const
{
    if (m_query)
        return m_query->isNull(column);
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QString Statement::textAt(int column) const
{
    if (m_query)
        return m_query->value(column).toString();
    // From the stored UTF-8: asking SQLite for UTF-16 converts and keeps a
    // second copy of every value, the larger part of reading a big table.
    return QString::fromUtf8(utf8At(column));
}

QByteArrayView Statement::utf8At(int column) const
{
    if (m_query)
        return keep(column, m_query->value(column).toString().toUtf8());
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(text, sqlite3_column_bytes(m_statement, column));
}

QByteArrayView Statement::blobAt(int column) const
{
    if (m_query)
        return keep(column, m_query->value(column).toByteArray());
    const void *data = sqlite3_column_blob(m_statement, column);
    return QByteArrayView(static_cast<const char *>(data), sqlite3_column_bytes(m_statement, column));
}

QByteArrayView Statement::keep(int column, QByteArray bytes) const
{
    if (m_kept.size() <= column)
        m_kept.resize(column + 1);
    m_kept[column] = std::move(bytes);
    return m_kept.at(column);
}

int Statement::changes() const
{
    if (m_query)
        return m_changes;
    return sqlite3_changes(m_db);
}

qint64 Statement::lastInsertId() const
{
    if (m_query)
        return m_query->lastInsertId().toLongLong();
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace CampDesk
