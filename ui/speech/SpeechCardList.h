#pragma once

#include <QListView>
#include <QStyledItemDelegate>

namespace CampDesk {

class SpeechListModel;

// A line as a card: title, category and use count, the rendered text (or
// what keeps it from being copied), and a Copy button.
class SpeechCardDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit SpeechCardDelegate(bool compact, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Where the Copy button of a card at `rect` is drawn.
    QRect copyButtonRect(const QRect &rect, const QFontMetrics &metrics) const;
    void setCardWidth(int width) { m_cardWidth = width; }

private:
    bool m_compact;
    int m_cardWidth = 300;
};

// The card list of the library and of the quick-copy palette. Clicking a
// card's Copy button, double-clicking a card or pressing Enter asks for a copy.
class SpeechCardList final : public QListView {
    Q_OBJECT

public:
    SpeechCardList(SpeechListModel *model, bool compact, QWidget *parent = nullptr);

    SpeechListModel *speechModel() const { return m_model; }
    qint64 currentSpeechId() const;
    QRect copyButtonRect(const QModelIndex &index) const;

Q_SIGNALS:
    void copyRequested(qint64 id);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    int m_cardHeight = 0;
    bool m_releaseEndsDoubleClick = false; // the next release is a double click's second
    SpeechListModel *m_model;
    SpeechCardDelegate *m_delegate;
};

} // namespace CampDesk
