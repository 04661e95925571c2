#pragma once

#include "ui/plan/CalendarView.h"

#include <QHash>

namespace CampDesk {

// Six weeks of day cells, each with its activities as coloured chips
// (time and title) and "+N more" when they do not fit. The preparation,
// course and wrap-up periods are shaded; today is marked.
class MonthView final : public CalendarView {
    Q_OBJECT

public:
    explicit MonthView(QWidget *parent = nullptr);

    QDate firstVisibleDate() const override { return m_gridStart; }
    QDate lastVisibleDate() const override { return m_gridStart.addDays(41); }
    QRect chipRect(qint64 activityId) const override;
    QRect cellRect(QDate date) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    qint64 activityAt(const QPoint &position) const override;
    QDateTime dropStart(const QPoint &position, const QPoint &grabOffset, const Activity &dragged) const override;
    QDateTime emptySlotAt(const QPoint &position) const override;
    QDate overflowAt(const QPoint &position) const override;
    void relayout() override;

private:
    struct Chip {
        QRect rect;
        qsizetype index; // into m_activities
    };

    QDate dateAt(const QPoint &position) const;
    int headerHeight() const;
    int chipHeight() const;
    QColor periodColor(QDate date) const;

    QDate m_gridStart;
    QList<Chip> m_chips;
    QHash<QDate, std::pair<QRect, int>> m_overflow; // day -> "+N more" rect and N
};

} // namespace CampDesk
