#include "speech/CampVariablesDialog.h"

#include "MessageBox.h"
#include "Workspace.h"
#include "WorkspaceDocument.h"
#include "speech/CampVariableRepository.h"
#include "storage/Transaction.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace CampDesk {

CampVariablesDialog::CampVariablesDialog(WorkspaceDocument *document, qint64 campId, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_campId(campId)
    , m_table(new QTableWidget(0, 3))
{
    setObjectName(QStringLiteral("CampVariablesDialog"));
    setWindowTitle(tr("Camp Variables"));
    m_table->setObjectName(QStringLiteral("variablesTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Course day (0: every day)"), tr("Value")});
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    auto variables = document->workspace().campVariables().list(campId);
    for (const CampVariable &variable : variables.value_or(QList<CampVariable>{}))
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

void CampVariablesDialog::save()
{
    // The table replaces the camp's variables in one transaction.
    Workspace &workspace = m_document->workspace();
    CampVariableRepository &repository = workspace.campVariables();
    Transaction transaction(workspace.database());
    const auto failed = [this](const QString &message) { MessageBox::critical(this, windowTitle(), message); };
    if (auto begun = transaction.begin(); !begun)
        return failed(begun.error().message);
    for (const CampVariable &old : repository.list(m_campId).value_or(QList<CampVariable>{})) {
        if (auto cleared = repository.set(m_campId, {old.name, old.courseDay, QString()}); !cleared)
            return failed(cleared.error().message);
    }
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        const QString value = m_table->item(row, 2) ? m_table->item(row, 2)->text() : QString();
        if (name.isEmpty() && value.isEmpty())
            continue;
        const int day = static_cast<QSpinBox *>(m_table->cellWidget(row, 1))->value();
        if (auto set = repository.set(m_campId, {name, day, value}); !set)
            return failed(tr("Row %1: %2").arg(row + 1).arg(set.error().message));
    }
    if (auto committed = transaction.commit(); !committed)
        return failed(committed.error().message);
    Q_EMIT m_document->campVariablesChanged(m_campId);
    accept();
}

} // namespace CampDesk
