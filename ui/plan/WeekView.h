#pragma once

#include "ui/plan/CalendarView.h"

namespace CampDesk {

// One week on a time axis: a column per day, chips placed and sized by their
// times, overlapping ones side by side. Dragging changes day and time (in
// quarter hours).
class WeekView final : public CalendarView {
    Q_OBJECT

public:
    explicit WeekView(QWidget *parent = nullptr);

    QDate firstVisibleDate() const override { return m_weekStart; }
    QDate lastVisibleDate() const override { return m_weekStart.addDays(6); }
    QRect chipRect(qint64 activityId) const override;
    // The y coordinate of a time of day (for tests).
    int yForMinutes(int minutes) const;
    int columnLeft(int column) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    qint64 activityAt(const QPoint &position) const override;
    QDateTime dropStart(const QPoint &position, const QPoint &grabOffset, const Activity &dragged) const override;
    QDateTime emptySlotAt(const QPoint &position) const override;
    void relayout() override;

private:
    struct Chip {
        QRect rect;
        qsizetype index;
    };

    int columnAt(int x) const;
    int minutesAt(int y) const;
    int headerHeight() const;
    double pixelsPerMinute() const;

    QDate m_weekStart;
    int m_firstHour = 7;
    int m_lastHour = 23;
    QList<Chip> m_chips;
};

} // namespace CampDesk
