#include "ui/widgets/CopyGlyph.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <algorithm>

namespace CampDesk {

void CopyGlyph::paint(QPainter &painter, const QRectF &rect, const QColor &color)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal side = std::min(rect.width(), rect.height());
    const QRectF square(rect.center() - QPointF(side / 2, side / 2), QSizeF(side, side));
    const qreal sheet = side * 0.58;
    const qreal pen = std::max(1.0, side / 11);
    painter.setPen(QPen(color, pen));
    painter.setBrush(Qt::NoBrush);
    // The sheet behind, then the one in front over it.
    const QRectF back(square.left() + side * 0.14, square.top() + side * 0.14, sheet, sheet);
    const QRectF front(square.right() - side * 0.14 - sheet, square.bottom() - side * 0.14 - sheet, sheet, sheet);
    // The front sheet hides the part of the one behind it, whatever the background.
    QPainterPath visible;
    visible.addRect(square.adjusted(-pen, -pen, pen, pen));
    QPainterPath hidden;
    hidden.addRect(front.adjusted(-pen * 1.5, -pen * 1.5, pen * 1.5, pen * 1.5));
    painter.setClipPath(visible.subtracted(hidden));
    painter.drawRoundedRect(back, pen, pen);
    painter.setClipping(false);
    painter.drawRoundedRect(front, pen, pen);
    painter.restore();
}

QIcon CopyGlyph::icon(const QColor &color, int side)
{
    QPixmap pixmap(side * 2, side * 2); // sharp on high-density screens
    pixmap.setDevicePixelRatio(2.0);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paint(painter, QRectF(0, 0, side, side), color);
    painter.end();
    return QIcon(pixmap);
}

} // namespace CampDesk
