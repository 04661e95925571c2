#include "ui/widgets/CommitTextEdit.h"

namespace CampDesk {

void CommitTextEdit::setTextQuietly(const QString &text)
{
    if (toPlainText() != text)
        setPlainText(text);
    document()->setModified(false);
}

void CommitTextEdit::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    if (document()->isModified()) {
        document()->setModified(false);
        Q_EMIT editingFinished();
    }
}

} // namespace CampDesk
