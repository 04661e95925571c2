#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
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

    QListWidget *m_recent;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_encryption;
    QLineEdit *m_password;
    QDialogButtonBox *m_buttons;
};

} // namespace CampDesk
