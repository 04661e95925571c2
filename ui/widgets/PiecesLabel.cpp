#include "ui/widgets/PiecesLabel.h"

#include <QResizeEvent>

namespace CampDesk {

namespace {

const QString separator = QStringLiteral(" · ");

} // namespace

PiecesLabel::PiecesLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
}

void PiecesLabel::setPieces(const QStringList &pieces, const QString &note)
{
    m_pieces = pieces;
    m_note = note;
    arrangeText();
}

QString PiecesLabel::arrange(const QStringList &pieces, const QFontMetrics &metrics, int width)
{
    QStringList lines;
    for (const QString &piece : pieces) {
        if (!lines.isEmpty() && metrics.horizontalAdvance(lines.last() + separator + piece) <= width)
            lines.last() += separator + piece;
        else
            lines.append(piece);
    }
    return lines.join(u'\n');
}

void PiecesLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        arrangeText();
}

void PiecesLabel::arrangeText()
{
    QString text = arrange(m_pieces, fontMetrics(), contentsRect().width() - 2 * margin());
    if (!m_note.isEmpty())
        text += u'\n' + m_note;
    // Setting the same text again would ask for a new layout, and the
    // layout would resize the label: only a change is set.
    if (text != this->text())
        setText(text);
}

} // namespace CampDesk
