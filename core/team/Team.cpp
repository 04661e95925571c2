#include "core/team/Team.h"

#include "core/Workspace.h"
#include "core/domain/MemberRole.h"
#include "core/storage/PostgresStatement.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

#include <libpq-fe.h>
#include <memory>

namespace CampDesk {

namespace {

constexpr int MaxLoginBytes = 63; // PostgreSQL's NAMEDATALEN - 1

// A bigint[] as PostgreSQL reads it from text: {1,2}; null for every camp.
QVariant campsArray(const QList<qint64> &camps)
{
    if (camps.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return Sql::postgresArray(camps);
}

QList<qint64> campsOf(const QString &array)
{
    QList<qint64> camps;
    const QString inner = array.mid(1).chopped(array.isEmpty() ? 0 : 1);
    for (const QString &id : inner.split(u',', Qt::SkipEmptyParts))
        camps.append(id.toLongLong());
    return camps;
}

QVariant personOrNull(qint64 personId)
{
    return personId > 0 ? QVariant(personId) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

Team::Team(const Workspace &workspace)
    : m_workspace(workspace)
{
}

QString Team::roleKey(OperatorRole role)
{
    switch (role) {
    case OperatorRole::Owner:
        return QStringLiteral("owner");
    case OperatorRole::Assistant:
        return QStringLiteral("assistant");
    case OperatorRole::Crew:
        return QStringLiteral("crew");
    case OperatorRole::Viewer:
        break;
    }
    return QStringLiteral("viewer");
}

std::optional<OperatorRole> Team::roleFromKey(const QString &key)
{
    for (OperatorRole role : {OperatorRole::Owner, OperatorRole::Assistant, OperatorRole::Crew, OperatorRole::Viewer}) {
        if (roleKey(role) == key)
            return role;
    }
    return std::nullopt;
}

QString Team::roleName(OperatorRole role)
{
    switch (role) {
    case OperatorRole::Owner:
        return tr("owner");
    case OperatorRole::Assistant:
        return tr("assistant");
    case OperatorRole::Crew:
        return tr("atmosphere crew");
    case OperatorRole::Viewer:
        break;
    }
    return tr("viewer");
}

Result<void> Team::checkServer() const
{
    if (!m_workspace.isServer())
        return fail(tr("%1 is a workspace file, which has one operator, its owner: a team works on a team workspace"
                       " on a server.")
                        .arg(m_workspace.path()));
    return {};
}

Result<OperatorRole> Team::myRole() const
{
    if (!m_workspace.isServer())
        return OperatorRole::Owner;
    auto rows
        = Sql::exec(m_workspace.database(), QStringLiteral("SELECT coalesce(campdesk_role_of(session_user), '')"));
    if (!rows)
        return std::unexpected(rows.error());
    const QString key = rows->next() ? rows->value(0).toString() : QString();
    // A login the team does not list reads nothing: the server gave it no right.
    return roleFromKey(key).value_or(OperatorRole::Viewer);
}

Result<QString> Team::myLogin() const
{
    if (!m_workspace.isServer())
        return QString();
    auto rows = Sql::exec(m_workspace.database(), QStringLiteral("SELECT session_user"));
    if (!rows)
        return std::unexpected(rows.error());
    return rows->next() ? rows->value(0).toString() : QString();
}

Result<QString> Team::myStaffName(qint64 campId) const
{
    if (!m_workspace.isServer())
        return QString();
    auto rows = Sql::exec(m_workspace.database(),
                          QStringLiteral("SELECT p.display_name FROM campdesk_operators o"
                                         " JOIN memberships m ON m.person_id = o.person_id AND m.camp_id = ?"
                                         " JOIN people p ON p.id = o.person_id WHERE o.login = session_user"),
                          {campId});
    if (!rows)
        return std::unexpected(rows.error());
    return rows->next() ? rows->value(0).toString() : QString();
}

Result<QList<Operator>> Team::operators() const
{
    if (auto server = checkServer(); !server)
        return std::unexpected(server.error());
    auto rows = Sql::exec(m_workspace.database(),
                          QStringLiteral("SELECT w.login, coalesce(o.role, 'owner'), coalesce(o.camps::text, ''),"
                                         " coalesce(o.person_id, 0), coalesce(p.display_name, ''), w.owner"
                                         " FROM (SELECT campdesk_owner()::text AS login, true AS owner"
                                         " UNION ALL SELECT login, false FROM campdesk_operators"
                                         " WHERE login <> campdesk_owner()::text) AS w"
                                         " LEFT JOIN campdesk_operators o ON o.login = w.login"
                                         " LEFT JOIN people p ON p.id = o.person_id"
                                         " ORDER BY w.owner DESC, w.login"));
    if (!rows)
        return std::unexpected(rows.error());
    QList<Operator> operators;
    while (rows->next()) {
        operators.append({.login = rows->value(0).toString(),
                          .role = roleFromKey(rows->value(1).toString()).value_or(OperatorRole::Viewer),
                          .camps = campsOf(rows->value(2).toString()),
                          .personId = rows->value(3).toLongLong(),
                          .personName = rows->value(4).toString(),
                          .workspaceOwner = rows->value(5).toBool()});
    }
    return operators;
}

Result<QList<std::pair<qint64, QString>>> Team::staffPeople() const
{
    QVariantList roles;
    for (MemberRole role : {MemberRole::OwnerTeam, MemberRole::Assistant, MemberRole::AtmosphereCrew})
        roles.append(MemberRoles::key(role));
    auto rows = Sql::exec(m_workspace.database(),
                          QStringLiteral("SELECT DISTINCT p.id, p.display_name FROM memberships m"
                                         " JOIN people p ON p.id = m.person_id WHERE m.role IN (?, ?, ?)"
                                         " ORDER BY p.display_name, p.id"),
                          roles);
    if (!rows)
        return std::unexpected(rows.error());
    QList<std::pair<qint64, QString>> people;
    while (rows->next())
        people.append({rows->value(0).toLongLong(), rows->value(1).toString()});
    return people;
}

Result<bool> Team::loginExists(const QString &login) const
{
    if (auto server = checkServer(); !server)
        return std::unexpected(server.error());
    auto known = Sql::scalar(m_workspace.database(), QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"),
                             {login});
    if (!known)
        return std::unexpected(known.error());
    return *known > 0;
}

Result<void> Team::checkChangeable(const Operator &op, bool mustBeListed) const
{
    const QString &login = op.login;
    if (auto server = checkServer(); !server)
        return server;
    auto role = myRole();
    if (!role)
        return std::unexpected(role.error());
    if (*role != OperatorRole::Owner)
        return fail(tr("Only an owner changes the team, and your role here is %1.").arg(roleName(*role)));
    const QByteArray bytes = login.toUtf8();
    if (login.trimmed().isEmpty() || login.trimmed() != login || bytes.size() > MaxLoginBytes)
        return fail(tr("“%1” is not a login: a login has no spaces at either end and at most %2 bytes.")
                        .arg(login)
                        .arg(MaxLoginBytes));
    if (login.startsWith(QLatin1String("pg_")))
        return fail(tr("“%1” is not a login: names beginning with pg_ are the server's own.").arg(login));
    auto listed = Sql::scalar(m_workspace.database(),
                              QStringLiteral("SELECT count(*) FROM campdesk_operators WHERE login = ?"), {login});
    if (!listed)
        return std::unexpected(listed.error());
    if (mustBeListed && *listed == 0)
        return fail(tr("%1 is not in this workspace's team.").arg(login));
    if (!mustBeListed && *listed > 0)
        return fail(tr("%1 is in this workspace's team already: change their role instead.").arg(login));
    // The tables' owner may be listed for its roster entry only: its rights
    // are its own and stay whole.
    auto owns
        = Sql::scalar(m_workspace.database(), QStringLiteral("SELECT count(*) WHERE campdesk_owner() = ?"), {login});
    if (!owns)
        return std::unexpected(owns.error());
    if (*owns > 0 && (op.role != OperatorRole::Owner || !op.camps.isEmpty()))
        return fail(tr("%1 owns this workspace and keeps every right to every camp: it can be linked to its roster"
                       " entry, as owner, and nothing else.")
                        .arg(login));
    auto camps = Sql::scalar(m_workspace.database(),
                             QStringLiteral("SELECT count(*) FROM camps WHERE id = ANY (CAST(? AS bigint[]))"),
                             {campsArray(op.camps)});
    if (!camps)
        return std::unexpected(camps.error());
    if (*camps != op.camps.size())
        return fail(tr("The camps named for %1 are not all in this workspace.").arg(login));
    return {};
}

Result<bool> Team::add(const Operator &op, const QString &password)
{
    if (auto changeable = checkChangeable(op, false); !changeable)
        return std::unexpected(changeable.error());
    const QSqlDatabase db = m_workspace.database();
    auto known = loginExists(op.login);
    if (!known)
        return std::unexpected(known.error());
    QVariant verifier(QMetaType::fromType<QString>());
    if (!*known) {
        auto mayMake = Sql::scalar(
            db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = session_user AND rolcreaterole"));
        if (!mayMake)
            return std::unexpected(mayMake.error());
        if (*mayMake == 0)
            return fail(tr("The server has no login %1, and yours may not make logins. The server's administrator"
                           " can make it (createuser --pwprompt %1), or let you make logins (ALTER ROLE … CREATEROLE).")
                            .arg(op.login));
        if (password.isEmpty())
            return fail(tr("The login %1 is new and needs a password.").arg(op.login));
        // libpq computes the verifier the server keeps, here: the password
        // never travels or reaches the server's log.
        const std::unique_ptr<char, decltype(&PQfreemem)> computed(
            PQencryptPasswordConn(postgresHandleOf(db), password.toUtf8().constData(), op.login.toUtf8().constData(),
                                  nullptr),
            &PQfreemem);
        if (!computed)
            return fail(tr("The password could not be prepared: %1")
                            .arg(QString::fromUtf8(PQerrorMessage(postgresHandleOf(db))).trimmed()));
        verifier = QString::fromUtf8(computed.get());
    }
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    auto made
        = Sql::scalar(db, QStringLiteral("SELECT CAST(campdesk_team_add(?, ?, CAST(? AS bigint[]), ?, ?) AS int)"),
                      {op.login, roleKey(op.role), campsArray(op.camps), personOrNull(op.personId), verifier});
    if (!made)
        return std::unexpected(made.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return *made != 0;
}

Result<void> Team::change(const Operator &op)
{
    if (auto changeable = checkChangeable(op, true); !changeable)
        return changeable;
    const QSqlDatabase db = m_workspace.database();
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    if (auto set = Sql::exec(db, QStringLiteral("SELECT campdesk_team_set(?, ?, CAST(? AS bigint[]))"),
                             {op.login, roleKey(op.role), campsArray(op.camps)});
        !set)
        return std::unexpected(set.error());
    if (auto linked = Sql::exec(db, QStringLiteral("UPDATE campdesk_operators SET person_id = ? WHERE login = ?"),
                                {personOrNull(op.personId), op.login});
        !linked)
        return std::unexpected(linked.error());
    return transaction.commit();
}

Result<void> Team::remove(const QString &login)
{
    // Any role passes the owner's check: removing takes rights, gives none.
    if (auto changeable = checkChangeable({.login = login, .role = OperatorRole::Owner}, true); !changeable)
        return changeable;
    const QSqlDatabase db = m_workspace.database();
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    if (auto removed = Sql::exec(db, QStringLiteral("SELECT campdesk_team_remove(?)"), {login}); !removed)
        return std::unexpected(removed.error());
    return transaction.commit();
}

} // namespace CampDesk
