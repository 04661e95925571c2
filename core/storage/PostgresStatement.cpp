#include "core/storage/PostgresStatement.h"

#include "core/storage/SqlQuery.h"

#include <QSqlDriver>
#include <QVarLengthArray>
#include <QVariant>
#include <QtEndian>

#include <atomic>
#include <libpq-fe.h>

namespace CampDesk {

pg_conn *postgresHandleOf(const QSqlDatabase &db)
{
    if (!db.isOpen() || db.driver()->dbmsType() != QSqlDriver::PostgreSQL)
        return nullptr;
    // QPSQL names libpq's connection by its struct's name in Qt 6.
    const QVariant handle = db.driver()->handle();
    const char *type = handle.typeName();
    if (type == nullptr || (qstrcmp(type, "pg_conn*") != 0 && qstrcmp(type, "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

namespace {

// The types whose binary form is read here, by their fixed oids (pg_type).
enum TypeOid : Oid {
    BoolOid = 16,
    ByteaOid = 17,
    CharOid = 18,
    NameOid = 19,
    Int8Oid = 20,
    Int2Oid = 21,
    Int4Oid = 23,
    TextOid = 25,
    OidOid = 26,
    UnknownOid = 705,
    BpcharOid = 1042,
    VarcharOid = 1043,
};

bool isInteger(Oid type)
{
    return type == Int8Oid || type == Int4Oid || type == Int2Oid || type == OidOid || type == BoolOid;
}

bool readsBinary(Oid type)
{
    return isInteger(type) || type == ByteaOid || type == CharOid || type == NameOid || type == TextOid
        || type == UnknownOid || type == BpcharOid || type == VarcharOid;
}

// SQLite's "?" placeholders as $1, $2, …; a "?" inside a quoted string or
// identifier is left alone.
QByteArray numbered(const char *sql)
{
    QByteArray out;
    int count = 0;
    char quote = 0;
    for (const char *at = sql; *at != '\0'; ++at) {
        const char c = *at;
        if (quote == 0 && c == '?') {
            out.append('$').append(QByteArray::number(++count));
            continue;
        }
        if (quote == 0 && (c == '\'' || c == '"'))
            quote = c;
        else if (c == quote)
            quote = 0;
        out.append(c);
    }
    return out;
}

// Names unique in the process, so in every connection.
std::atomic<quint64> statementsMade {0};

} // namespace

void PostgresResultDeleter::operator()(pg_result *result) const
{
    PQclear(result);
}

QString postgresErrorOf(const pg_result *result, pg_conn *connection)
{
    const char *message = result != nullptr ? PQresultErrorMessage(result) : "";
    if (message == nullptr || *message == '\0')
        message = PQerrorMessage(connection);
    return QString::fromUtf8(message).trimmed();
}

PostgresStatement::PostgresStatement(const QSqlDatabase &db, const char *sql)
    : m_connection(postgresHandleOf(db))
    , m_db(db)
{
    if (m_connection == nullptr) {
        m_error = tr("this statement needs an open connection to a PostgreSQL server");
        return;
    }
    const QByteArray name = "campdesk_" + QByteArray::number(++statementsMade);
    const PostgresResult prepared(PQprepare(m_connection, name.constData(), numbered(sql).constData(), 0, nullptr));
    if (PQresultStatus(prepared.get()) != PGRES_COMMAND_OK) {
        m_error = postgresErrorOf(prepared.get(), m_connection);
        return;
    }
    m_name = name;
    if (!describe())
        deallocate();
}

bool PostgresStatement::describe()
{
    const PostgresResult described(PQdescribePrepared(m_connection, m_name.constData()));
    if (PQresultStatus(described.get()) != PGRES_COMMAND_OK) {
        m_error = postgresErrorOf(described.get(), m_connection);
        return false;
    }
    m_parameters.resize(PQnparams(described.get()));
    const int columns = PQnfields(described.get());
    m_binaryResults = columns > 0;
    for (int column = 0; column < columns; ++column) {
        const Oid type = PQftype(described.get(), column);
        m_columnTypes.append(type);
        m_binaryResults = m_binaryResults && readsBinary(type);
    }
    return true;
}

PostgresStatement::~PostgresStatement()
{
    deallocate();
}

void PostgresStatement::deallocate()
{
    // Only on the connection it was made on, and not in a failed
    // transaction, which refuses every command: the server then drops it
    // with the session.
    if (m_name.isEmpty() || postgresHandleOf(m_db) != m_connection
        || PQtransactionStatus(m_connection) == PQTRANS_INERROR)
        return;
    m_result.reset();
    PQclear(PQexec(m_connection, QByteArray("DEALLOCATE " + m_name).constData()));
    m_name.clear();
}

void PostgresStatement::bind(int index, Parameter parameter)
{
    if (index >= 1 && index <= m_parameters.size())
        m_parameters[index - 1] = std::move(parameter);
}

void PostgresStatement::bindText(int index, QByteArray utf8)
{
    bind(index, {std::move(utf8), false});
}

void PostgresStatement::bindBlob(int index, QByteArray bytes)
{
    bind(index, {std::move(bytes), true});
}

void PostgresStatement::bindNull(int index)
{
    bind(index, {std::nullopt, false});
}

Result<void> PostgresStatement::execute()
{
    clear();
    if (postgresHandleOf(m_db) != m_connection)
        return fail(QCoreApplication::translate("Sql", "Database error: %1")
                        .arg(tr("the connection to the server was closed")));
    QVarLengthArray<const char *, 16> values;
    QVarLengthArray<int, 16> lengths;
    QVarLengthArray<int, 16> formats;
    for (const Parameter &parameter : std::as_const(m_parameters)) {
        // A text parameter is read to its end ('\0'), which QByteArray keeps.
        values.append(parameter.value ? parameter.value->constData() : nullptr);
        lengths.append(parameter.value ? int(parameter.value->size()) : 0);
        formats.append(parameter.binary ? 1 : 0);
    }
    m_result.reset(PQexecPrepared(m_connection, m_name.constData(), int(values.size()), values.constData(),
                                  lengths.constData(), formats.constData(), m_binaryResults ? 1 : 0));
    handOnNotifications();
    const ExecStatusType status = PQresultStatus(m_result.get());
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        m_error = postgresErrorOf(m_result.get(), m_connection);
        const QString sqlState = QString::fromLatin1(PQresultErrorField(m_result.get(), PG_DIAG_SQLSTATE));
        m_result.reset();
        return std::unexpected(
            Sql::serverError(QCoreApplication::translate("Sql", "Database error: %1").arg(m_error), sqlState));
    }
    m_changes = QByteArray(PQcmdTuples(m_result.get())).toInt();
    m_decoded.fill(QByteArray(), m_columnTypes.size());
    return {};
}

void PostgresStatement::handOnNotifications() const
{
    // libpq keeps a notification (another operator's change, ChangeFeed)
    // that arrived while this statement ran, and the socket QtSql watches is
    // then quiet. QPSQL looks for kept ones after each statement of its own;
    // it is asked to after ours too, or the change would wait for the next.
    QSqlDriver *driver = m_db.driver();
    if (driver != nullptr && !driver->subscribedToNotifications().isEmpty())
        QMetaObject::invokeMethod(driver, "_q_handleNotification", Qt::QueuedConnection);
}

int PostgresStatement::rowCount() const
{
    return m_result ? PQntuples(m_result.get()) : 0;
}

void PostgresStatement::clear()
{
    m_result.reset();
    m_decoded.clear();
}

bool PostgresStatement::isNullAt(int row, int column) const
{
    return !m_result || PQgetisnull(m_result.get(), row, column) == 1;
}

qint64 PostgresStatement::int64At(int row, int column) const
{
    if (isNullAt(row, column))
        return 0;
    const char *value = PQgetvalue(m_result.get(), row, column);
    const int length = PQgetlength(m_result.get(), row, column);
    const Oid type = m_columnTypes.value(column);
    if (!m_binaryResults || !isInteger(type)) {
        if (type == BoolOid)
            return value[0] == 't' ? 1 : 0;
        const QByteArray text(value, length);
        bool whole = false;
        const qint64 number = text.toLongLong(&whole);
        // A numeric with a fraction (sum, avg) as the integer QtSql gave.
        return whole ? number : qint64(text.toDouble());
    }
    switch (length) {
    case 8:
        return qFromBigEndian<qint64>(value);
    case 4:
        return type == OidOid ? qint64(qFromBigEndian<quint32>(value)) : qint64(qFromBigEndian<qint32>(value));
    case 2:
        return qFromBigEndian<qint16>(value);
    case 1:
        return value[0] != 0 ? 1 : 0;
    default:
        return 0;
    }
}

QByteArrayView PostgresStatement::bytesAt(int row, int column) const
{
    if (isNullAt(row, column))
        return {};
    const char *value = PQgetvalue(m_result.get(), row, column);
    const int length = PQgetlength(m_result.get(), row, column);
    const Oid type = m_columnTypes.value(column);
    QByteArray &decoded = m_decoded[column];
    if (m_binaryResults && isInteger(type)) {
        decoded = QByteArray::number(int64At(row, column));
        return decoded;
    }
    if (!m_binaryResults && type == ByteaOid) {
        size_t size = 0;
        unsigned char *bytes = PQunescapeBytea(reinterpret_cast<const unsigned char *>(value), &size);
        decoded = QByteArray(reinterpret_cast<const char *>(bytes), qsizetype(size));
        PQfreemem(bytes);
        return decoded;
    }
    return QByteArrayView(value, length);
}

} // namespace CampDesk
