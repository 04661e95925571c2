#pragma once

#include "core/domain/Activity.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTimeEdit;

namespace CampDesk {

// Creates or edits one activity: type, title, day and times, owner (a staff
// member of the camp), status, notes and a checklist.
class ActivityDialog final : public QDialog {
    Q_OBJECT

public:
    // `staff` may own an activity; any of `members` may give a sharing session.
    ActivityDialog(const Activity &activity, const QList<std::pair<qint64, QString>> &staff,
                   const QList<std::pair<qint64, QString>> &speeches,
                   const QList<std::pair<qint64, QString>> &members = {}, QWidget *parent = nullptr);

    Activity activity() const;

private:
    void validate();
    void updateSpeaker();
    void addChecklistItem();
    void removeChecklistItem();

    Activity m_original;
    QComboBox *m_type;
    QLineEdit *m_title;
    QDateEdit *m_date;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QComboBox *m_owner;
    QComboBox *m_speaker;
    QComboBox *m_status;
    QComboBox *m_speech;
    QPlainTextEdit *m_notes;
    QListWidget *m_checklist;
    QLineEdit *m_newItem;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace CampDesk
