#pragma once

#include "core/domain/Camp.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace CampDesk {

// Asks for what a camp needs to exist: name, dates, goal. OK stays disabled
// while the input is invalid, with the reason shown under the form.
class NewCampDialog final : public QDialog {
    Q_OBJECT

public:
    explicit NewCampDialog(QDate today, QWidget *parent = nullptr);

    Camp camp() const;

private:
    void validate();

    QLineEdit *m_name;
    QLineEdit *m_theme;
    QDateEdit *m_courseStart;
    QDateEdit *m_courseEnd;
    QSpinBox *m_preparationDays;
    QSpinBox *m_targetMembers;
    QDoubleSpinBox *m_targetActiveRate;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace CampDesk
