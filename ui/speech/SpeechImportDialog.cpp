#include "ui/speech/SpeechImportDialog.h"

#include "core/io/InputFile.h"
#include "core/roster/TextDecoder.h"
#include "ui/WorkspaceDocument.h"
#include "ui/commands/SpeechCommands.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace CampDesk {

SpeechImportDialog::SpeechImportDialog(WorkspaceDocument *document, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_path(path)
    , m_category(new QComboBox)
    , m_preview(new QTreeWidget)
    , m_summary(new QLabel)
{
    setObjectName(QStringLiteral("SpeechImportDialog"));
    setWindowTitle(tr("Import Speech Library"));
    for (SpeechCategory category : SpeechCategories::all())
        m_category->addItem(SpeechCategories::displayName(category), int(category));
    m_category->setCurrentIndex(m_category->findData(int(SpeechCategory::Hype)));
    m_category->setObjectName(QStringLiteral("importCategory"));
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setHeaderLabels({tr("Line"), tr("Category"), tr("Import")});
    m_preview->setRootIsDecorated(false);
    m_summary->setObjectName(QStringLiteral("importSummary"));

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), new QLabel(QDir::toNativeSeparators(path)));
    form->addRow(tr("Category of plain-text lines:"), m_category);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SpeechImportDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_category, &QComboBox::currentIndexChanged, this, &SpeechImportDialog::fillPreview);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    load();
    m_category->setEnabled(m_plainText);
    fillPreview();
    resize(720, 480);
}

void SpeechImportDialog::load()
{
    auto read = InputFile::readAll(m_path);
    if (!read) {
        m_problem = read.error().message;
        return;
    }
    const QByteArray bytes = std::move(*read);
    m_plainText = !SpeechLibrary::isLibraryFile(bytes);
    // Lines typed in Notepad may be GBK or UTF-16; a library file is UTF-8.
    m_text = m_plainText ? TextDecoder::decode(bytes).text : QString::fromUtf8(bytes);
    if (m_text.startsWith(QChar(0xFEFF)))
        m_text.remove(0, 1); // a byte-order mark is no part of JSON
    if (!m_plainText) {
        auto parsed = SpeechLibrary::fromJson(m_text.toUtf8(), QFileInfo(m_path).fileName());
        if (!parsed)
            m_problem = parsed.error().message;
    }
}

void SpeechImportDialog::fillPreview()
{
    m_preview->clear();
    if (!m_problem.isEmpty())
        return;
    QList<SpeechTemplate> incoming;
    if (m_plainText)
        incoming = SpeechLibrary::fromPlainText(m_text, SpeechCategory(m_category->currentData().toInt()));
    else
        incoming = *SpeechLibrary::fromJson(m_text.toUtf8(), QFileInfo(m_path).fileName());
    // Without the library to compare with, every line would look new.
    auto existing = m_document->allSpeeches();
    if (!existing) {
        m_problem = existing.error().message;
        m_merge = {};
        m_summary->setText(m_problem);
        return;
    }
    m_merge = SpeechLibrary::merge(*existing, incoming);
    for (const SpeechTemplate &speech : std::as_const(m_merge.added))
        new QTreeWidgetItem(m_preview,
                            {speech.body.simplified(), SpeechCategories::displayName(speech.category), tr("new")});
    for (const SpeechTemplate &speech : std::as_const(m_merge.duplicates)) {
        auto *item = new QTreeWidgetItem(
            m_preview,
            {speech.body.simplified(), SpeechCategories::displayName(speech.category), tr("already in the library")});
        item->setForeground(0, Qt::gray);
    }
    m_summary->setText(
        tr("%1 new lines, %2 already in the library.").arg(m_merge.added.size()).arg(m_merge.duplicates.size()));
}

void SpeechImportDialog::import()
{
    if (!m_merge.added.isEmpty()) {
        m_document->undoStack()->push(new AddSpeechesCommand(
            m_document, m_merge.added,
            tr("Import %1 lines from %2").arg(m_merge.added.size()).arg(QFileInfo(m_path).fileName())));
    }
    accept();
}

} // namespace CampDesk
