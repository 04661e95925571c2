#include "ui/roster/RosterImportDialog.h"

#include "core/roster/TextDecoder.h"
#include "ui/WorkspaceDocument.h"
#include "ui/commands/RosterCommands.h"
#include "ui/widgets/FeedbackTone.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
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
    , m_source(new QLabel)
    , m_encoding(new QComboBox)
    , m_mappingGrid(new QGridLayout)
    , m_preview(new QTableWidget)
    , m_merges(new QCheckBox(tr("Join rows to known people with the same name")))
    , m_summary(new QLabel)
    , m_importButton(nullptr)
{
    setObjectName(QStringLiteral("RosterImportDialog"));
    setWindowTitle(tr("Import Members"));
    m_source->setTextFormat(Qt::PlainText);
    m_encoding->setObjectName(QStringLiteral("rosterEncodingCombo"));
    // Shown for a file only (offerEncodings): a paste is text already.
    m_encodingBox = new QWidget;
    m_encodingBox->setVisible(false);
    auto *encodingRow = new QHBoxLayout(m_encodingBox);
    encodingRow->setContentsMargins(0, 0, 0, 0);
    auto *encodingLabel = new QLabel(tr("Encoding:"));
    encodingLabel->setBuddy(m_encoding);
    encodingRow->addWidget(encodingLabel);
    encodingRow->addWidget(m_encoding);
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(m_encodingBox);
    auto *mappingBox = new QWidget;
    mappingBox->setLayout(m_mappingGrid);

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
    m_importButton = buttons->button(QDialogButtonBox::Ok);
    m_importButton->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RosterImportDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sourceRow);
    layout->addWidget(mappingBox);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_merges);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    load(text, encoding);
    resize(900, 640);
}

void RosterImportDialog::offerEncodings(const QByteArray &bytes, const QString &detected)
{
    m_bytes = bytes;
    const QSignalBlocker blocker(m_encoding);
    m_encoding->clear();
    //: The encoding box's first entry: the text encoding CampDesk found, e.g. “Detected (GB18030)”
    m_encoding->addItem(tr("Detected (%1)").arg(detected), QString());
    for (const QString &name : TextDecoder::choices())
        m_encoding->addItem(name, name);
    m_encodingBox->setVisible(true);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &RosterImportDialog::reread, Qt::UniqueConnection);
}

// The file read again in the encoding chosen: its rows, and so its columns
// and every row's match, may all differ.
void RosterImportDialog::reread()
{
    const QString chosen = m_encoding->currentData().toString();
    if (chosen.isEmpty()) {
        const DecodedText decoded = TextDecoder::decode(m_bytes);
        load(decoded.text, decoded.encoding);
    } else {
        load(TextDecoder::decode(m_bytes, chosen).value_or(QString()), chosen);
    }
    if (!isReady()) {
        m_summary->setText(m_problem);
        setFeedbackTone(m_summary, FeedbackTone::Problem);
    }
}

void RosterImportDialog::load(const QString &text, const QString &encoding)
{
    m_problem.clear();
    m_rows.clear();
    m_plan = {};
    m_preview->setRowCount(0);
    for (QWidget *old : std::as_const(m_mappingWidgets))
        delete old;
    m_mappingWidgets.clear();
    m_mapping.clear();
    m_importButton->setEnabled(false);
    m_source->setText(tr("%1 · %2").arg(m_sourceName, encoding));
    auto rows = DelimitedText::parse(text);
    if (!rows) {
        m_problem = tr("%1: %2").arg(m_sourceName, rows.error().message);
        return;
    }
    if (rows->size() < 2) {
        m_problem = tr("%1: no rows below the header line.").arg(m_sourceName);
        return;
    }
    m_rows = std::move(*rows);
    m_source->setText(tr("%1 · %2 · %n row(s)", nullptr, int(m_rows.size() - 1)).arg(m_sourceName, encoding));

    // One combo per column, guessed from its header.
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
        m_mappingGrid->addWidget(header, int(column % 8), int(column / 8) * 2);
        m_mappingGrid->addWidget(combo, int(column % 8), int(column / 8) * 2 + 1);
        m_mapping << combo;
        m_mappingWidgets << header << combo;
    }
    replan();
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
        setFeedbackTone(m_summary, FeedbackTone::Problem);
        m_importButton->setEnabled(false);
        return;
    }
    m_summary->setStyleSheet(QString());
    m_plan = *plan;
    m_importButton->setEnabled(!m_plan.rows.isEmpty());
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
