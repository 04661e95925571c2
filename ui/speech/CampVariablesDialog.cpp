#include "ui/speech/CampVariablesDialog.h"

#include "ui/MessageBox.h"
#include "ui/WorkspaceDocument.h"
#include "ui/commands/CommandFailure.h"
#include "ui/commands/SpeechCommands.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace CampDesk {

CampVariablesDialog::CampVariablesDialog(WorkspaceDocument *document, qint64 campId,
                                         const QList<CampVariable> &variables, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_campId(campId)
    , m_shown(keyed(variables))
    , m_table(new QTableWidget(0, 3))
{
    setObjectName(QStringLiteral("CampVariablesDialog"));
    setWindowTitle(tr("Camp Variables"));
    m_table->setObjectName(QStringLiteral("variablesTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Course day (0: every day)"), tr("Value")});
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (const CampVariable &variable : variables)
        addRow(variable.name, variable.courseDay, variable.value);

    auto *note = new QLabel(tr("Write {name} in a line to use a variable. A value for one course day wins over the "
                               "every-day value; a line whose variable has no value that day cannot be copied."));
    note->setWordWrap(true);
    auto *add = new QPushButton(tr("Add"));
    auto *remove = new QPushButton(tr("Remove"));
    connect(add, &QPushButton::clicked, this, [this] { addRow(QString(), 0, QString()); });
    connect(remove, &QPushButton::clicked, this, [this] { m_table->removeRow(m_table->currentRow()); });
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &CampVariablesDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(buttons);
    resize(700, 460);
}

void CampVariablesDialog::addRow(const QString &name, int day, const QString &value)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(name));
    auto *dayEdit = new QSpinBox;
    dayEdit->setRange(0, 366);
    dayEdit->setValue(day);
    m_table->setCellWidget(row, 1, dayEdit);
    m_table->setItem(row, 2, new QTableWidgetItem(value));
}

CampVariablesDialog::Keyed CampVariablesDialog::keyed(const QList<CampVariable> &variables)
{
    Keyed result;
    for (const CampVariable &variable : variables)
        result.insert({variable.name, variable.courseDay}, variable.value);
    return result;
}

Result<CampVariablesDialog::Keyed> CampVariablesDialog::tableVariables() const
{
    // Rows apply in order, as setting them one by one would: a later row
    // for the same name and day wins, and an empty value removes it.
    Keyed variables;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        const QString value = m_table->item(row, 2) ? m_table->item(row, 2)->text() : QString();
        if (name.isEmpty() && value.isEmpty())
            continue;
        const int day = static_cast<QSpinBox *>(m_table->cellWidget(row, 1))->value();
        if (auto valid = CampVariableRepository::check({name, day, value}); !valid)
            return fail(tr("Row %1: %2").arg(row + 1).arg(valid.error().message));
        if (value.isEmpty())
            variables.remove({name, day});
        else
            variables.insert({name, day}, value);
    }
    return variables;
}

void CampVariablesDialog::save()
{
    auto variables = tableVariables();
    if (!variables) {
        MessageBox::critical(this, windowTitle(), variables.error().message);
        return;
    }
    if (*variables != m_shown) {
        // A failed write has been reported; the table stays open to try again.
        if (!pushSucceeded(
                *m_document,
                new ReplaceCampVariablesCommand(m_document, m_campId, listed(m_shown), listed(*variables)))) {
            // Refused because another operator changed the variables since
            // the table was filled: what they added joins the table, so a
            // second Save, after the message said so, removes nothing
            // unseen.
            if (auto now = m_document->campVariables(m_campId))
                addTheirs(keyed(*now), *variables);
            return;
        }
    }
    accept();
}

void CampVariablesDialog::addTheirs(const Keyed &now, const Keyed &typed)
{
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (!m_shown.contains(it.key()) && !typed.contains(it.key()))
            addRow(it.key().first, it.key().second, it.value());
    }
    m_shown = now;
}

QList<CampVariable> CampVariablesDialog::listed(const Keyed &variables)
{
    QList<CampVariable> list;
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        list.append({it.key().first, it.key().second, it.value()});
    return list;
}

} // namespace CampDesk
