#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace CampDesk {

// Where a team workspace lives: a PostgreSQL server, named the way libpq
// names one — a URI (postgresql://user@host:5432/campdesk?sslmode=require,
// postgresql:///campdesk?host=/run/postgresql) or keyword=value pairs
// (service=camps, host=db.example.org dbname=campdesk). What `--workspace`
// holds is either this or a file's path (looksLikeServer decides).
//
// A password never travels in an address: it would end up in the shell's
// history, the process list and the recent-workspaces list. libpq finds it
// in ~/.pgpass or the service file, or CampDesk asks for it; an address
// that holds one is refused, saying so.
class ServerAddress final {
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    // A URI of scheme postgresql:// or postgres://, or text that begins with
    // one of libpq's connection keywords followed by "=".
    static bool looksLikeServer(const QString &text);
    // Whether `text` gives a password or a key's passphrase anywhere: asked
    // before anything else is read, as every other refusal names the
    // address; an address that does is never shown, kept or used.
    static bool holdsSecret(const QString &text);
    [[nodiscard]] static Result<ServerAddress> parse(const QString &text);

    // What File → Connect to Team Workspace… asks for, as keyword pairs
    // (each value quoted as libpq reads it); empty parts and port 0 are left
    // out, so libpq's defaults apply.
    struct Parts final {
        QString host;
        int port = 0;
        QString database;
        QString user;
        QString sslMode; // disable, allow, prefer, require, verify-ca or verify-full
        // Every other keyword, as given (options, service, hostaddr,
        // sslrootcert…): the form does not show them, and an address
        // picked from the recent list must not lose them.
        QList<std::pair<QString, QString>> others;
    };
    static QString fromParts(const Parts &parts);
    // The parts this address gives (a URI's or pairs'), for a form to show.
    Parts parts() const;

    // The address as given.
    QString text() const { return m_text; }
    // Every keyword it sets, a URI's parts included (user, host, port,
    // dbname), in libpq's names, in the order given.
    const QList<std::pair<QString, QString>> &keywords() const { return m_keywords; }
    // For titles and lists: the database and where it is, e.g.
    // "campdesk on db.example.org:5432", "campdesk on /run/postgresql".
    QString displayText() const;
    // The same for an address kept as text (a recent list, an open
    // workspace's path); the text itself when it does not read as one.
    static QString displayTextOf(const QString &text);

private:
    ServerAddress() = default;
    [[nodiscard]] static Result<void> parseUri(const QString &text, ServerAddress &address);
    [[nodiscard]] static Result<void> parsePairs(const QString &text, ServerAddress &address);
    [[nodiscard]] Result<void> setKeyword(const QString &key, const QString &value);
    [[nodiscard]] static Result<void> passwordRefusal();
    // The value of one keyword ("" when not given).
    QString keyword(QLatin1String name) const;

    QString m_text;
    QList<std::pair<QString, QString>> m_keywords;
};

} // namespace CampDesk
