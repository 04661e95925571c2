#pragma once

#include "core/speech/SpeechLibrary.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace CampDesk {

class WorkspaceDocument;

// Previews an import: which lines are new and which the library already
// has, then adds the new ones as one undoable step.
class SpeechImportDialog final : public QDialog {
    Q_OBJECT

public:
    SpeechImportDialog(WorkspaceDocument *document, const QString &path, QWidget *parent = nullptr);

    bool isReady() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    const SpeechLibrary::Merge &merge() const { return m_merge; }

private:
    void load();
    void fillPreview();
    void import();

    WorkspaceDocument *m_document;
    QString m_path;
    QString m_text;
    bool m_plainText = false;
    QString m_problem;
    SpeechLibrary::Merge m_merge;
    QComboBox *m_category;
    QTreeWidget *m_preview;
    QLabel *m_summary;
};

} // namespace CampDesk
