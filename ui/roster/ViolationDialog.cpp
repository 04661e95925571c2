#include "ui/roster/ViolationDialog.h"

#include "core/DateFormat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace CampDesk {

ViolationDialog::ViolationDialog(const QString &memberName, bool nextMeansRemoval, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_date(new QDateEdit(today))
    , m_rule(new QComboBox)
    , m_evidence(new QPlainTextEdit)
    , m_action(new QComboBox)
{
    setObjectName(QStringLiteral("ViolationDialog"));
    setWindowTitle(tr("Log a Violation"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(DateFormat::shortDate());
    m_rule->setObjectName(QStringLiteral("ruleCombo"));
    m_rule->setEditable(true);
    m_rule->addItems({tr("Advertising"), tr("Links that pull people elsewhere"), tr("Investment or crypto talk"),
                      tr("Adding members privately"), tr("Spam"), tr("Personal attacks")});
    m_evidence->setObjectName(QStringLiteral("evidenceEdit"));
    m_evidence->setPlaceholderText(tr("What was posted, and where"));
    m_evidence->setMaximumHeight(120);
    m_action->setObjectName(QStringLiteral("actionCombo"));
    for (ViolationAction action : ViolationActions::all())
        m_action->addItem(ViolationActions::displayName(action), int(action));
    m_action->setCurrentIndex(
        m_action->findData(int(nextMeansRemoval ? ViolationAction::Removed : ViolationAction::Warning)));

    auto *policy = new QLabel(
        nextMeansRemoval
            ? tr("%1 has had their warnings: by the camp's policy this violation means removal.").arg(memberName)
            : tr("By the camp's policy, %1 gets a warning first.").arg(memberName));
    policy->setWordWrap(true);
    policy->setTextFormat(Qt::PlainText);
    auto *form = new QFormLayout;
    form->addRow(tr("Date:"), m_date);
    form->addRow(tr("Rule broken:"), m_rule);
    form->addRow(tr("Evidence:"), m_evidence);
    form->addRow(tr("Action:"), m_action);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(policy);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_rule, &QComboBox::currentTextChanged, this, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    resize(480, sizeHint().height());
}

Violation ViolationDialog::violation() const
{
    Violation result;
    result.date = m_date->date();
    result.rule = m_rule->currentText().trimmed();
    result.evidence = m_evidence->toPlainText();
    result.action = ViolationAction(m_action->currentData().toInt());
    return result;
}

void ViolationDialog::setEvidence(const QString &evidence)
{
    m_evidence->setPlainText(evidence);
}

} // namespace CampDesk
