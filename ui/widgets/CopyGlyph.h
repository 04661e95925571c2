#pragma once

#include <QColor>
#include <QIcon>
#include <QRectF>

class QPainter;

namespace CampDesk {

// The mark of an activity with prepared text: two overlapping sheets, drawn
// rather than taken from a font (no font on a stock system has U+29C9 ⧉,
// which showed as a missing-glyph box).
class CopyGlyph final {
public:
    static void paint(QPainter &painter, const QRectF &rect, const QColor &color);
    // The glyph on a transparent square, for item views.
    static QIcon icon(const QColor &color, int side = 16);
};

} // namespace CampDesk
