#pragma once

#include "core/roster/Roster.h"
#include "core/roster/SubgroupRepository.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace CampDesk {

// Adds a member by hand or edits one: the person (name, chat ids, phone,
// city, occupation, tags, notes) and their place in the camp (role, title,
// group nickname, subgroup, status, self-introduction).
class MemberDialog final : public QDialog {
    Q_OBJECT

public:
    // `today`: the camp's (a new member joins on it unless changed).
    MemberDialog(const RosterEntry &entry, const QList<Subgroup> &subgroups, QDate today, QWidget *parent = nullptr);

    RosterEntry entry() const;

private:
    RosterEntry m_original;
    QList<Subgroup> m_subgroups;
    QLineEdit *m_name;
    QLineEdit *m_wechat;
    QLineEdit *m_qq;
    QLineEdit *m_telegram;
    QLineEdit *m_phone;
    QLineEdit *m_city;
    QLineEdit *m_occupation;
    QLineEdit *m_tags;
    QComboBox *m_role;
    QLineEdit *m_title;
    QLineEdit *m_nickname;
    QComboBox *m_subgroup;
    QComboBox *m_status;
    QDateEdit *m_joined;
    QDateEdit *m_left; // while the status is not active
    QLineEdit *m_introBasics;
    QLineEdit *m_introSentence;
    QLineEdit *m_introReason;
    QLineEdit *m_introProudest;
    QPlainTextEdit *m_notes;
    QDialogButtonBox *m_buttons;
};

} // namespace CampDesk
