#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QLineEdit;

namespace CampDesk {

// Asks for the name and first course day of a camp's copy.
class DuplicateCampDialog final : public QDialog {
    Q_OBJECT

public:
    DuplicateCampDialog(const QString &name, QDate firstDay, QWidget *parent = nullptr);

    QString name() const;
    QDate firstDay() const;

private:
    QLineEdit *m_name;
    QDateEdit *m_firstDay;
};

} // namespace CampDesk
