#pragma once

#include <QLabel>
#include <QStringList>

namespace CampDesk {

// A line of figures, "Members: 165 · Active rate: 57.2 % · …", that breaks
// only between its pieces. A plain wrapping label broke Chinese anywhere,
// "成员消息" at the end of one line and "数：1,275" on the next, since
// Chinese has no spaces to break at. A piece wider than the label still
// wraps inside itself, so the label never widens the window.
class PiecesLabel final : public QLabel {
public:
    explicit PiecesLabel(QWidget *parent = nullptr);

    // `pieces` joined by " · "; `note`, if any, as a paragraph of its own.
    void setPieces(const QStringList &pieces, const QString &note = {});

    // The pieces in lines for `width` pixels.
    static QString arrange(const QStringList &pieces, const QFontMetrics &metrics, int width);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrangeText();

    QStringList m_pieces;
    QString m_note;
};

} // namespace CampDesk
