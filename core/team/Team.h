#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace CampDesk {

class Workspace;

// The four roles of a team workspace, each enforced by the server (9.sql):
// owner, assistant, crew and viewer, in falling order of rights.
enum class OperatorRole { Owner, Assistant, Crew, Viewer };

// One operator of a team workspace: a login role of the server.
struct Operator {
    QString login;
    OperatorRole role = OperatorRole::Viewer;
    QList<qint64> camps; // empty: every camp
    qint64 personId = 0; // their staff person, 0 when not linked
    QString personName;
    bool workspaceOwner = false; // the login that owns the tables, not listed in the team
};

// A team workspace's operators, read and changed by its owner. A workspace
// file has one operator, its owner; its team cannot change.
class Team final {
    Q_DECLARE_TR_FUNCTIONS(Team)

public:
    explicit Team(const Workspace &workspace);

    static QString roleKey(OperatorRole role); // "owner", …, as the server and the CLI spell it
    static std::optional<OperatorRole> roleFromKey(const QString &key);
    static QString roleName(OperatorRole role); // in the interface's language

    // The server login this workspace is open with; empty on a file.
    [[nodiscard]] Result<QString> myLogin() const;
    // The role of the login this workspace is open with: owner on a file.
    [[nodiscard]] Result<OperatorRole> myRole() const;
    // The person this login is linked to in the camp's roster, if any.
    [[nodiscard]] Result<QString> myStaffName(qint64 campId) const;

    // The people who are staff in some camp, by name: whom an operator can
    // be linked to.
    [[nodiscard]] Result<QList<std::pair<qint64, QString>>> staffPeople() const;
    // Whether the server has this login already (then it keeps its password).
    [[nodiscard]] Result<bool> loginExists(const QString &login) const;
    // The workspace's owner first, then the team by login.
    [[nodiscard]] Result<QList<Operator>> operators() const;
    // Adds an operator; a login the server does not know yet is made, with
    // `password` (never sent: libpq turns it into a verifier here). Returns
    // whether the login was made.
    [[nodiscard]] Result<bool> add(const Operator &op, const QString &password);
    [[nodiscard]] Result<void> change(const Operator &op);
    // Takes the operator's every right to this workspace; the login stays
    // on the server, which other workspaces may share.
    [[nodiscard]] Result<void> remove(const QString &login);

private:
    [[nodiscard]] Result<void> checkServer() const;
    [[nodiscard]] Result<void> checkChangeable(const Operator &op, bool mustBeListed) const;

    const Workspace &m_workspace;
};

} // namespace CampDesk
