#include "ui/dialogs/NewCampDialog.h"

#include "core/DateFormat.h"
#include "ui/widgets/FeedbackTone.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace CampDesk {

NewCampDialog::NewCampDialog(QDate today, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit)
    , m_theme(new QLineEdit)
    , m_courseStart(new QDateEdit)
    , m_courseEnd(new QDateEdit)
    , m_preparationDays(new QSpinBox)
    , m_targetMembers(new QSpinBox)
    , m_targetActiveRate(new QDoubleSpinBox)
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("NewCampDialog"));
    setWindowTitle(tr("New Camp"));

    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. 21-Day Writing Camp · Cohort 7"));
    m_theme->setObjectName(QStringLiteral("themeEdit"));
    m_theme->setPlaceholderText(tr("What the camp is about, in one line"));

    // A camp usually starts a week or two out: preparation needs the days.
    const QDate start = today.addDays(7);
    for (QDateEdit *edit : {m_courseStart, m_courseEnd}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(DateFormat::shortDate());
    }
    m_courseStart->setObjectName(QStringLiteral("courseStartEdit"));
    m_courseStart->setDate(start);
    m_courseEnd->setObjectName(QStringLiteral("courseEndEdit"));
    m_courseEnd->setDate(start.addDays(20));

    m_preparationDays->setObjectName(QStringLiteral("preparationDaysEdit"));
    m_preparationDays->setRange(0, 30);
    m_preparationDays->setValue(Camp::DefaultPreparationDays);
    m_preparationDays->setSuffix(tr(" days"));

    m_targetMembers->setObjectName(QStringLiteral("targetMembersEdit"));
    m_targetMembers->setRange(0, 1000000);
    m_targetMembers->setSpecialValueText(tr("not set"));

    m_targetActiveRate->setObjectName(QStringLiteral("targetActiveRateEdit"));
    m_targetActiveRate->setRange(0, 100);
    m_targetActiveRate->setDecimals(0);
    m_targetActiveRate->setSuffix(QStringLiteral(" %"));
    m_targetActiveRate->setValue(Camp::DefaultTargetActiveRate);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Positioning:"), m_theme);
    form->addRow(tr("First course day:"), m_courseStart);
    form->addRow(tr("Last course day:"), m_courseEnd);
    form->addRow(tr("Preparation:"), m_preparationDays);
    form->addRow(tr("Target members:"), m_targetMembers);
    form->addRow(tr("Target active rate:"), m_targetActiveRate);

    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    setFeedbackTone(m_problem, FeedbackTone::Problem);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &NewCampDialog::validate);
    connect(m_courseStart, &QDateEdit::dateChanged, this, &NewCampDialog::validate);
    connect(m_courseEnd, &QDateEdit::dateChanged, this, &NewCampDialog::validate);
    connect(m_preparationDays, &QSpinBox::valueChanged, this, &NewCampDialog::validate);
    validate();
    resize(460, sizeHint().height());
}

Camp NewCampDialog::camp() const
{
    Camp camp = Camp::withDefaults(m_name->text().trimmed(), m_courseStart->date(), m_courseEnd->date());
    camp.theme = m_theme->text().trimmed();
    camp.preparationStart = camp.courseStart.addDays(-m_preparationDays->value());
    camp.targetMembers = m_targetMembers->value();
    camp.targetActiveRate = m_targetActiveRate->value();
    return camp;
}

void NewCampDialog::validate()
{
    const auto valid = camp().validate();
    // A fresh dialog has no name yet; that is not worth a red message.
    const bool untouched = m_name->text().isEmpty() && !m_name->isModified();
    m_problem->setText(valid ? QString() : valid.error().message);
    m_problem->setVisible(!valid && !untouched);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid.has_value());
}

} // namespace CampDesk
