#include "ui/speech/SpeechEditorDialog.h"

#include "core/Workspace.h"
#include "core/domain/ListText.h"
#include "core/speech/SpeechChecker.h"
#include "ui/WorkspaceDocument.h"
#include "ui/widgets/FeedbackTone.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace CampDesk {

SpeechEditorDialog::SpeechEditorDialog(WorkspaceDocument *document, const SpeechTemplate &speech,
                                       const CopyContext &context, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_original(speech)
    , m_context(context)
    , m_title(new QLineEdit(speech.title))
    , m_category(new QComboBox)
    , m_tags(new QLineEdit(speech.tags.join(QStringLiteral(", "))))
    , m_favourite(new QCheckBox(tr("Favourite (copy with Ctrl+1…9)")))
    , m_scope(new QComboBox)
    , m_body(new QPlainTextEdit(speech.body))
    , m_preview(new QPlainTextEdit)
    , m_problems(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("SpeechEditorDialog"));
    setWindowTitle(speech.id ? tr("Edit Line") : tr("New Line"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    for (SpeechCategory category : SpeechCategories::all())
        m_category->addItem(SpeechCategories::displayName(category), int(category));
    m_category->setCurrentIndex(m_category->findData(int(speech.category)));
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));
    m_favourite->setChecked(speech.favourite);
    m_favourite->setObjectName(QStringLiteral("favouriteCheck"));
    m_scope->addItem(tr("Every camp"), qint64(0));
    if (const std::optional<Camp> camp = document->camp(context.campId))
        m_scope->addItem(tr("Only “%1”").arg(camp->name), camp->id);
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(speech.campId)));
    m_body->setObjectName(QStringLiteral("bodyEdit"));
    m_body->setPlaceholderText(tr("The line. Placeholders: {camp} {day} {date} {weekday} {time} {subgroup} {member} "
                                  "{@member} {staff} and the camp's variables such as {course_link}. {{ and }} write "
                                  "braces."));
    m_preview->setObjectName(QStringLiteral("previewEdit"));
    m_preview->setReadOnly(true);
    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Category:"), m_category);
    form->addRow(tr("Tags:"), m_tags);
    form->addRow(tr("Used in:"), m_scope);
    form->addRow(QString(), m_favourite);

    auto *texts = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Text")));
    left->addWidget(m_body);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Preview for the chosen camp and day")));
    right->addWidget(m_preview);
    texts->addLayout(left);
    texts->addLayout(right);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(texts, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_body, &QPlainTextEdit::textChanged, this, &SpeechEditorDialog::updatePreview);
    connect(m_title, &QLineEdit::textChanged, this, &SpeechEditorDialog::updatePreview);
    connect(m_category, &QComboBox::currentIndexChanged, this, &SpeechEditorDialog::updatePreview);
    updatePreview();
    resize(860, 560);
}

SpeechTemplate SpeechEditorDialog::speech() const
{
    SpeechTemplate result = m_original;
    result.title = m_title->text().trimmed();
    result.category = SpeechCategory(m_category->currentData().toInt());
    // "唤醒，长期沉默" typed on a Chinese keyboard is two tags, as in a roster.
    result.tags = ListText::split(m_tags->text());
    result.favourite = m_favourite->isChecked();
    result.campId = m_scope->currentData().toLongLong();
    result.body = m_body->toPlainText();
    return result;
}

void SpeechEditorDialog::updatePreview()
{
    const SpeechTemplate current = speech();
    const RenderResult rendered = SpeechCopier::render(*m_document, current, m_context);
    m_preview->setPlainText(rendered.text);
    QStringList notes;
    if (!rendered.ok())
        notes << tr("Cannot be copied yet: %1.").arg(rendered.message());
    // One phone screen, as set in Settings.
    SpeechLimits limits;
    limits.maxLines = QSettings().value(QStringLiteral("speech/maxLines"), limits.maxLines).toInt();
    limits.maxCharacters = QSettings().value(QStringLiteral("speech/maxCharacters"), limits.maxCharacters).toInt();
    const QStringList watchWords = m_document->camp(m_context.campId).value_or(Camp {}).watchWords;
    notes += SpeechChecker::check(rendered.text, current.category, limits, watchWords);
    m_problems->setText(notes.isEmpty() ? tr("✓ Ready to copy.") : notes.join(u'\n'));
    setFeedbackTone(m_problems, notes.isEmpty() ? FeedbackTone::Success : FeedbackTone::Problem);
    const bool savable = !current.title.isEmpty() && !current.body.trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(savable);
}

} // namespace CampDesk
