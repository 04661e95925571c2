#pragma once

#include "core/speech/SpeechTemplate.h"
#include "ui/speech/SpeechCopier.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace CampDesk {

class WorkspaceDocument;

// Writes or edits a line with a live preview for the chosen camp and day,
// the placeholders it cannot fill, and the checks (one phone screen, blank
// lines in announcements, watch-list words).
class SpeechEditorDialog final : public QDialog {
    Q_OBJECT

public:
    SpeechEditorDialog(WorkspaceDocument *document, const SpeechTemplate &speech, const CopyContext &context,
                       QWidget *parent = nullptr);

    SpeechTemplate speech() const;

private:
    void updatePreview();

    WorkspaceDocument *m_document;
    SpeechTemplate m_original;
    CopyContext m_context;
    QLineEdit *m_title;
    QComboBox *m_category;
    QLineEdit *m_tags;
    QCheckBox *m_favourite;
    QComboBox *m_scope;
    QPlainTextEdit *m_body;
    QPlainTextEdit *m_preview;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace CampDesk
