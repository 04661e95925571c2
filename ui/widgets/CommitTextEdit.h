#pragma once

#include <QPlainTextEdit>

namespace CampDesk {

// A plain-text editor that reports one "editing finished" when it loses focus
// after a change, like QLineEdit does, so a long text becomes one undo step.
class CommitTextEdit final : public QPlainTextEdit {
    Q_OBJECT

public:
    using QPlainTextEdit::QPlainTextEdit;

    // Replaces the text without reporting an edit.
    void setTextQuietly(const QString &text);

Q_SIGNALS:
    void editingFinished();

protected:
    void focusOutEvent(QFocusEvent *event) override;
};

} // namespace CampDesk
