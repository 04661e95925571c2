#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace CampDesk {

// File → Connect to Team Workspace…: where the team's PostgreSQL server is
// (host, port, database, user, encryption), with the team workspaces opened
// before to pick from. A password typed here is handed to this connection
// only: never stored, never part of the address kept in the recent list.
class ConnectDialog final : public QDialog {
    Q_OBJECT

public:
    // `recent`: addresses of team workspaces opened before, newest first.
    explicit ConnectDialog(const QStringList &recent, QWidget *parent = nullptr);

    // The address to open (libpq's keyword pairs), without the password.
    QString address() const;
    // What was typed in the password field ("": libpq looks for one).
    QString password() const;

private:
    void fill(const QString &address);
    void updateButtons();
    // The picked address's other keywords (ServerAddress::Parts::others)
    // while the form still names its host and database: they belong to that
    // server, not to one typed over it.
    QList<std::pair<QString, QString>> othersKept() const;
    void showOthers();

    QListWidget *m_recent;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_encryption;
    QLineEdit *m_password;
    QLabel *m_othersNote;
    QDialogButtonBox *m_buttons;
    QList<std::pair<QString, QString>> m_others; // of the address picked last
    QString m_pickedHost;
    QString m_pickedDatabase;
};

} // namespace CampDesk
