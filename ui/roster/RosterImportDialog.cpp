#include "ui/roster/RosterImportDialog.h"

#include "ui/WorkspaceDocument.h"
#include "ui/commands/RosterCommands.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace CampDesk {

RosterImportDialog::RosterImportDialog(WorkspaceDocument *document, qint64 campId, const QString &sourceName,
                                       const QString &text, const QString &encoding, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_campId(campId)
    , m_sourceName(sourceName)
    , m_preview(new QTableWidget)
    , m_merges(new QCheckBox(tr("Join rows to known people with the same name")))
    , m_summary(new QLabel)
{
    setObjectName(QStringLiteral("RosterImportDialog"));
    setWindowTitle(tr("Import Members"));
    auto rows = DelimitedText::parse(text);
    if (!rows) {
        m_problem = tr("%1: %2").arg(sourceName, rows.error().message);
        return;
    }
    m_rows = std::move(*rows);
    if (m_rows.size() < 2) {
        m_problem = tr("%1: no rows below the header line.").arg(sourceName);
        return;
    }
    auto *source = new QLabel(tr("%1 · %2 · %n row(s)", nullptr, int(m_rows.size() - 1)).arg(sourceName, encoding));
    source->setTextFormat(Qt::PlainText);

    // One combo per column, guessed from its header.
    auto *mappingBox = new QWidget;
    auto *grid = new QGridLayout(mappingBox);
    const QList<RosterField> guessed = RosterColumns::guess(m_rows.first().cells);
    for (qsizetype column = 0; column < m_rows.first().cells.size(); ++column) {
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("mapping%1").arg(column));
        for (RosterField field : RosterColumns::all())
            combo->addItem(RosterColumns::displayName(field), int(field));
        combo->setCurrentIndex(combo->findData(int(guessed.at(column))));
        connect(combo, &QComboBox::currentIndexChanged, this, &RosterImportDialog::replan);
        auto *header = new QLabel(m_rows.first().cells.at(column));
        header->setTextFormat(Qt::PlainText);
        grid->addWidget(header, int(column % 8), int(column / 8) * 2);
        grid->addWidget(combo, int(column % 8), int(column / 8) * 2 + 1);
        m_mapping << combo;
    }

    m_preview->setObjectName(QStringLiteral("rosterPreview"));
    m_preview->setColumnCount(4);
    m_preview->setHorizontalHeaderLabels({tr("Line"), tr("Name"), tr("Result"), tr("Problems")});
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_merges->setObjectName(QStringLiteral("acceptMerges"));
    connect(m_merges, &QCheckBox::toggled, this, &RosterImportDialog::replan);
    m_summary->setObjectName(QStringLiteral("rosterImportSummary"));
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RosterImportDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(source);
    layout->addWidget(mappingBox);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_merges);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    replan();
    resize(900, 640);
}

void RosterImportDialog::setField(int column, RosterField field)
{
    m_mapping.at(column)->setCurrentIndex(m_mapping.at(column)->findData(int(field)));
}

void RosterImportDialog::replan()
{
    QList<RosterField> fields;
    for (QComboBox *combo : std::as_const(m_mapping))
        fields << RosterField(combo->currentData().toInt());
    auto plan = m_document->planRosterImport(m_campId, m_rows, fields);
    m_preview->setRowCount(0);
    if (!plan) {
        m_plan = {};
        m_summary->setText(plan.error().message);
        return;
    }
    m_plan = *plan;
    using Match = RosterImportRow::Match;
    const auto result = [this](const RosterImportRow &row) {
        switch (row.match) {
        case Match::NewPerson:
            return tr("new person");
        case Match::SamePerson:
            return tr("known person (same chat id or phone)");
        case Match::PossibleMerge:
            return m_merges->isChecked() ? tr("joins the known person of the same name")
                                         : tr("new person (a known person has the same name)");
        case Match::AlreadyInCamp:
            return tr("already in the camp: skipped");
        case Match::Skipped:
            return tr("skipped");
        }
        return QString();
    };
    m_preview->setRowCount(int(m_plan.rows.size()));
    for (int i = 0; i < m_plan.rows.size(); ++i) {
        const RosterImportRow &row = m_plan.rows.at(i);
        m_preview->setItem(i, 0, new QTableWidgetItem(QString::number(row.line)));
        m_preview->setItem(i, 1, new QTableWidgetItem(row.person.displayName));
        m_preview->setItem(i, 2, new QTableWidgetItem(result(row)));
        auto *problems = new QTableWidgetItem(row.problems.join(QStringLiteral("; ")));
        problems->setForeground(QColor(0xB3, 0x26, 0x1E));
        m_preview->setItem(i, 3, problems);
    }
    m_preview->resizeColumnsToContents();
    const bool acceptMerges = m_merges->isChecked();
    const int sameName = m_plan.count(Match::PossibleMerge);
    // New people who share a name with someone known are said as such: the
    // operator decides with the merge box, never by a count that hides them.
    // (Each sentence brings its own leading space: Chinese joins without.)
    const QString merges = sameName == 0 ? QString()
        : acceptMerges ? tr(" %n row(s) with the name of someone known join that person.", nullptr, sameName)
                       : tr(" %n of the new people share a name with someone known; tick “%1” to join them instead.",
                            nullptr, sameName)
                             .arg(m_merges->text());
    m_summary->setText(tr("%1 new people, %2 people already known, %3 already in the camp, %4 skipped.")
                           .arg(m_plan.newPeople(acceptMerges))
                           .arg(m_plan.knownPeople(acceptMerges))
                           .arg(m_plan.count(Match::AlreadyInCamp))
                           .arg(m_plan.count(Match::Skipped) + m_plan.mergedAway(acceptMerges))
                       + merges + tr(" Nothing is written until you import."));
}

void RosterImportDialog::import()
{
    if (m_plan.rows.isEmpty())
        return;
    m_document->undoStack()->push(
        new ImportRosterCommand(m_document, m_campId, m_plan, m_merges->isChecked(), m_sourceName));
    accept();
}

} // namespace CampDesk
