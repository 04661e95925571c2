#include "ui/camps/CampListDelegate.h"

#include "ui/camps/CampListModel.h"
#include "ui/camps/CampStatusStyle.h"

#include <QApplication>
#include <QPainter>

namespace CampDesk {

namespace {
constexpr int Margin = 10;
constexpr int LineGap = 4;
} // namespace

void CampListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    const QRect area = option.rect.adjusted(Margin, Margin / 2 + 2, -Margin, -Margin / 2);

    QFont nameFont = option.font;
    nameFont.setBold(true);
    const QFontMetrics nameMetrics(nameFont);
    painter->setFont(nameFont);
    painter->setPen(selected ? option.palette.color(QPalette::HighlightedText) : option.palette.color(QPalette::Text));
    const QString name = nameMetrics.elidedText(index.data().toString(), Qt::ElideRight, area.width());
    painter->drawText(QRect(area.left(), area.top(), area.width(), nameMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, name);

    const auto status = CampStatus(index.data(CampListModel::StatusRole).toInt());
    QFont smallFont = option.font;
    smallFont.setPointSizeF(option.font.pointSizeF() * 0.9);
    const QFontMetrics smallMetrics(smallFont);
    painter->setFont(smallFont);
    const QString badge = CampStatuses::displayName(status);
    const int top = area.top() + nameMetrics.height() + LineGap;
    const QRect badgeRect(area.left(), top, smallMetrics.horizontalAdvance(badge) + 12, smallMetrics.height() + 2);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(CampStatusStyle::background(status));
    painter->drawRoundedRect(badgeRect, 4, 4);
    painter->setPen(CampStatusStyle::foreground(status));
    painter->drawText(badgeRect, Qt::AlignCenter, badge);

    painter->setPen(selected ? option.palette.color(QPalette::HighlightedText)
                             : option.palette.color(QPalette::PlaceholderText));
    const QRect datesRect(badgeRect.right() + 8, top, area.right() - badgeRect.right() - 8, badgeRect.height());
    painter->drawText(datesRect, Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(index.data(CampListModel::DateRangeRole).toString(), Qt::ElideRight,
                                              datesRect.width()));
    painter->restore();
}

QSize CampListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QFontMetrics metrics(option.font);
    return {200, Margin + metrics.height() * 2 + LineGap + 6};
}

} // namespace CampDesk
