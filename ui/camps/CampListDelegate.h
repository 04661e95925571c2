#pragma once

#include <QStyledItemDelegate>

namespace CampDesk {

// Two-line sidebar entry: the camp's name, then a status badge and the
// course dates.
class CampListDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace CampDesk
