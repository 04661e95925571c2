#include "ui/speech/SpeechCardList.h"

#include "ui/speech/SpeechListModel.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QTextLayout>

#include <cmath>
#include <utility>

namespace CampDesk {

namespace {
constexpr int Padding = 10;
constexpr int FullLines = 6;
constexpr int CompactLines = 2;
} // namespace

SpeechCardDelegate::SpeechCardDelegate(bool compact, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_compact(compact)
{
}

QRect SpeechCardDelegate::copyButtonRect(const QRect &rect, const QFontMetrics &metrics) const
{
    const QString label = tr("Copy");
    const int width = metrics.horizontalAdvance(label) + 24;
    const int height = metrics.height() + 10;
    const QRect card = rect.adjusted(4, 4, -4, -4);
    return QRect(card.right() - Padding - width, card.top() + Padding - 2, width, height);
}

QSize SpeechCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    // In the card grid the grid cell decides the size; this is the height.
    const int lines = (m_compact ? CompactLines : FullLines) + 1;
    return {m_cardWidth, 8 + 2 * Padding + option.fontMetrics.height() * (lines + 1) + 6};
}

void SpeechCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect card = option.rect.adjusted(4, 4, -4, -4);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    painter->setPen(selected ? QPen(palette.color(QPalette::Highlight), 2) : QPen(palette.color(QPalette::Mid)));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);

    const QFontMetrics metrics = option.fontMetrics;
    const QRect button = copyButtonRect(option.rect, metrics);
    const QString problem = index.data(SpeechListModel::ProblemRole).toString();
    const bool copyable = problem.isEmpty();
    painter->setPen(Qt::NoPen);
    // A line that lacks a value is not dead: clicking asks for the value
    // (or says why it cannot be filled), so its button is amber, not grey.
    painter->setBrush(copyable ? QColor(0x1B, 0x7A, 0x3A) : QColor(0xB2, 0x6A, 0x00));
    painter->drawRoundedRect(button, 4, 4);
    painter->setPen(Qt::white);
    painter->drawText(button, Qt::AlignCenter, tr("Copy"));

    // Title line: ★ title · category · uses.
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(palette.color(QPalette::Text));
    const int left = card.left() + Padding;
    const int textWidth = button.left() - 8 - left;
    QString title = index.data(SpeechListModel::TitleRole).toString();
    if (index.data(SpeechListModel::FavouriteRole).toBool())
        title.prepend(QStringLiteral("★ "));
    const QRect titleRect(left, card.top() + Padding, textWidth, metrics.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(title, Qt::ElideRight, textWidth));
    painter->setFont(option.font);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    QString meta = SpeechCategories::displayName(SpeechCategory(index.data(SpeechListModel::CategoryRole).toInt()))
        + QStringLiteral(" · ") + tr("used %n time(s)", nullptr, index.data(SpeechListModel::UseCountRole).toInt());
    // On a team workspace the crew shares the lines: who copied it last
    // comes first, before a narrow card cuts the line short.
    if (const QString by = index.data(SpeechListModel::LastUsedByRole).toString(); !by.isEmpty())
        meta.prepend(tr("last by %1").arg(by) + QStringLiteral(" · "));
    painter->drawText(QRect(left, titleRect.bottom() + 2, textWidth, metrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(meta, Qt::ElideRight, textWidth));

    // The text as it will be pasted, wrapped to the card.
    // A card that cannot be copied keeps its last line for the reason.
    const int maxLines = (m_compact ? CompactLines : FullLines) - (copyable ? 0 : 1);
    const int bodyTop = titleRect.bottom() + metrics.height() + 8;
    const int bodyWidth = card.right() - Padding - left;
    QString body = index.data(SpeechListModel::RenderedRole).toString();
    body.replace(u'\n', QChar::LineSeparator);
    QTextLayout layout(body, option.font);
    layout.beginLayout();
    int y = 0;
    int shown = 0;
    QList<QTextLine> lines;
    // Lines stop above the reason line whatever their font (a fallback
    // font for Chinese or emoji makes a line taller than the card's font).
    const int problemTop = card.bottom() - Padding - metrics.height();
    const int bottom = copyable ? card.bottom() - Padding : problemTop - 2;
    bool truncated = false;
    while (shown < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(bodyWidth);
        line.setPosition(QPointF(0, y));
        const int height = std::max(metrics.height(), int(std::ceil(line.height())));
        if (bodyTop + y + height > bottom) {
            truncated = true;
            break;
        }
        y += height;
        lines.append(line);
        ++shown;
    }
    truncated = truncated || layout.createLine().isValid();
    layout.endLayout();
    painter->setPen(palette.color(QPalette::Text));
    for (const QTextLine &line : std::as_const(lines))
        line.draw(painter, QPointF(left, bodyTop));
    if (truncated) {
        painter->setPen(palette.color(QPalette::PlaceholderText));
        painter->drawText(QPoint(card.right() - Padding - metrics.horizontalAdvance(QStringLiteral("…")),
                                 bodyTop + y - metrics.descent()),
                          QStringLiteral("…"));
    }
    if (!copyable) {
        painter->setPen(QColor(0xB3, 0x26, 0x1E));
        painter->drawText(QRect(left, problemTop, bodyWidth, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(problem, Qt::ElideRight, bodyWidth));
    }
    painter->restore();
}

SpeechCardList::SpeechCardList(SpeechListModel *model, bool compact, QWidget *parent)
    : QListView(parent)
    , m_model(model)
    , m_delegate(new SpeechCardDelegate(compact, this))
{
    setModel(model);
    setItemDelegate(m_delegate);
    setUniformItemSizes(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    if (!compact) {
        setViewMode(QListView::IconMode);
        setResizeMode(QListView::Adjust);
        setMovement(QListView::Static);
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        m_cardHeight = m_delegate->sizeHint(option, {}).height();
        setGridSize(QSize(340, m_cardHeight));
        setSpacing(0);
    }
}

qint64 SpeechCardList::currentSpeechId() const
{
    return currentIndex().data(SpeechListModel::IdRole).toLongLong();
}

QRect SpeechCardList::copyButtonRect(const QModelIndex &index) const
{
    return m_delegate->copyButtonRect(visualRect(index), fontMetrics());
}

void SpeechCardList::mouseReleaseEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    QListView::mouseReleaseEvent(event);
    // A double click on the button is its first click's copy only: the
    // second release would copy and record the line again.
    if (std::exchange(m_releaseEndsDoubleClick, false))
        return;
    if (event->button() == Qt::LeftButton && index.isValid()
        && copyButtonRect(index).contains(event->position().toPoint()))
        Q_EMIT copyRequested(index.data(SpeechListModel::IdRole).toLongLong());
}

void SpeechCardList::mousePressEvent(QMouseEvent *event)
{
    m_releaseEndsDoubleClick = false; // a new click, whatever became of the last release
    QListView::mousePressEvent(event);
}

void SpeechCardList::mouseDoubleClickEvent(QMouseEvent *event)
{
    m_releaseEndsDoubleClick = true;
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.isValid() && !copyButtonRect(index).contains(event->position().toPoint()))
        Q_EMIT copyRequested(index.data(SpeechListModel::IdRole).toLongLong());
}

void SpeechCardList::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    if (viewMode() != QListView::IconMode)
        return;
    // Cards share the width evenly, two or more columns of at least 300 px.
    const int available = viewport()->width() - 2;
    const int columns = std::max(1, available / 300);
    m_delegate->setCardWidth(available / columns - 2);
    setGridSize(QSize(available / columns, m_cardHeight));
    doItemsLayout();
}

void SpeechCardList::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        Q_EMIT copyRequested(currentSpeechId());
        return;
    }
    QListView::keyPressEvent(event);
}

} // namespace CampDesk
