#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace CampDesk {

struct Operator;
class WorkspaceDocument;

// Camp → Team…: a team workspace's operators, for its owners. Each is a
// server login with a role, the camps they work on and their own roster
// entry ({staff}); a new login gets a password here, typed twice.
class TeamDialog final : public QDialog {
    Q_OBJECT

public:
    explicit TeamDialog(WorkspaceDocument *document, QWidget *parent = nullptr);

    // Reads the team again, keeping the selected login.
    void refresh();

private:
    void fillChoices();
    void showSelected();
    Operator operatorOfForm() const;
    void add();
    void change();
    void remove();
    void report(const QString &message, bool failed);

    WorkspaceDocument *m_document;
    QTreeWidget *m_list;
    QLineEdit *m_login;
    QComboBox *m_role;
    QCheckBox *m_everyCamp;
    QListWidget *m_camps;
    QComboBox *m_person;
    QLineEdit *m_password;
    QLineEdit *m_passwordAgain;
    QPushButton *m_add;
    QPushButton *m_change;
    QPushButton *m_remove;
    QLabel *m_status;
};

} // namespace CampDesk
