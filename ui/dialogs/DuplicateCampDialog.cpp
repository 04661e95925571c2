#include "ui/dialogs/DuplicateCampDialog.h"

#include "core/DateFormat.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace CampDesk {

DuplicateCampDialog::DuplicateCampDialog(const QString &name, QDate firstDay, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(name))
    , m_firstDay(new QDateEdit(firstDay))
{
    setObjectName(QStringLiteral("DuplicateCampDialog"));
    setWindowTitle(tr("Duplicate Camp"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_firstDay->setObjectName(QStringLiteral("firstDayEdit"));
    m_firstDay->setCalendarPopup(true);
    m_firstDay->setDisplayFormat(DateFormat::shortDate());
    auto *note = new QLabel(tr("The plan moves to the new dates. Members, owners and participation stay with the "
                               "original camp."));
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("First course day:"), m_firstDay);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
    });
    resize(440, sizeHint().height());
}

QString DuplicateCampDialog::name() const
{
    return m_name->text().trimmed();
}

QDate DuplicateCampDialog::firstDay() const
{
    return m_firstDay->date();
}

} // namespace CampDesk
