#include "ui/plan/WeekView.h"

#include "core/plan/ActivityFilter.h"
#include "core/review/ReviewCalculator.h"
#include "ui/widgets/PhaseStyle.h"

#include <QLocale>
#include <QPainter>

#include <cmath>

namespace CampDesk {

namespace {
constexpr int AxisWidth = 52;
constexpr int SnapMinutes = 15;
} // namespace

WeekView::WeekView(QWidget *parent)
    : CalendarView(parent)
{
    setObjectName(QStringLiteral("weekView"));
    relayout();
}

int WeekView::headerHeight() const
{
    return 2 * fontMetrics().height() + 10;
}

double WeekView::pixelsPerMinute() const
{
    return (height() - headerHeight()) / double((m_lastHour - m_firstHour) * 60);
}

int WeekView::yForMinutes(int minutes) const
{
    return headerHeight() + int((minutes - m_firstHour * 60) * pixelsPerMinute());
}

int WeekView::columnLeft(int column) const
{
    return AxisWidth + int(column * (width() - AxisWidth) / 7.0);
}

int WeekView::columnAt(int x) const
{
    if (x < AxisWidth || x >= width())
        return -1;
    return std::min(6, int((x - AxisWidth) / ((width() - AxisWidth) / 7.0)));
}

int WeekView::minutesAt(int y) const
{
    return m_firstHour * 60 + int((y - headerHeight()) / pixelsPerMinute());
}

void WeekView::relayout()
{
    m_weekStart = CalendarMath::weekStart(m_date, m_firstDayOfWeek);
    const QDate weekEnd = m_weekStart.addDays(6);
    QList<Activity> week;
    for (const Activity &activity : std::as_const(m_activities)) {
        if (activity.start.date() >= m_weekStart && activity.start.date() <= weekEnd)
            week.append(activity);
    }
    // Show 7:00–23:00, widened to whatever this week's activities need.
    m_firstHour = 7;
    m_lastHour = 23;
    for (const Activity &activity : std::as_const(week)) {
        m_firstHour = std::min(m_firstHour, activity.start.time().hour());
        const int endHour = activity.end.date() > activity.start.date()
            ? 24
            : activity.end.time().hour() + (activity.end.time().minute() > 0 ? 1 : 0);
        m_lastHour = std::max(m_lastHour, std::min(24, std::max(endHour, activity.start.time().hour() + 1)));
    }

    m_chips.clear();
    // A chip is at least two lines tall (time and title); lanes are laid by
    // the time that height stands for, so a short activity never covers the next.
    const int chipMinimum = 2 * fontMetrics().height() + 4;
    const int shortestMinutes = int(std::ceil(chipMinimum / std::max(pixelsPerMinute(), 0.01)));
    for (int column = 0; column < 7; ++column) {
        const QDate day = m_weekStart.addDays(column);
        QList<Activity> ofDay;
        QList<qsizetype> indexes;
        for (qsizetype i = 0; i < m_activities.size(); ++i) {
            if (m_activities.at(i).start.date() == day) {
                ofDay.append(m_activities.at(i));
                indexes.append(i);
            }
        }
        QList<Activity> drawn = ofDay;
        for (Activity &activity : drawn) {
            if (activity.start.secsTo(activity.end) < shortestMinutes * 60)
                activity.end = activity.start.addSecs(shortestMinutes * 60);
        }
        const QList<CalendarMath::Lane> lanes = CalendarMath::assignLanes(drawn);
        const int left = columnLeft(column) + 2;
        const int columnWidth = columnLeft(column + 1) - columnLeft(column) - 4;
        for (qsizetype i = 0; i < ofDay.size(); ++i) {
            const Activity &activity = ofDay.at(i);
            const int startMinutes = activity.start.time().hour() * 60 + activity.start.time().minute();
            // An activity past midnight is drawn to the bottom of its first day.
            const int endMinutes
                = activity.end.date() > day ? 24 * 60 : activity.end.time().hour() * 60 + activity.end.time().minute();
            const int top = yForMinutes(startMinutes);
            const int bottom = std::max(yForMinutes(endMinutes), top + chipMinimum);
            const int laneWidth = columnWidth / lanes.at(i).lanes;
            m_chips.append(
                {QRect(left + lanes.at(i).lane * laneWidth, top, laneWidth - 1, bottom - top), indexes.at(i)});
        }
    }
}

QRect WeekView::chipRect(qint64 activityId) const
{
    for (const Chip &chip : m_chips) {
        if (m_activities.at(chip.index).id == activityId)
            return chip.rect;
    }
    return {};
}

qint64 WeekView::activityAt(const QPoint &position) const
{
    // Later chips are drawn on top: search from the end.
    for (auto it = m_chips.crbegin(); it != m_chips.crend(); ++it) {
        if (it->rect.contains(position))
            return m_activities.at(it->index).id;
    }
    return 0;
}

QDateTime WeekView::dropStart(const QPoint &position, const QPoint &grabOffset, const Activity &dragged) const
{
    Q_UNUSED(dragged)
    const int column = columnAt(position.x());
    if (column < 0)
        return {};
    int minutes = minutesAt(position.y() - grabOffset.y());
    minutes = int(std::lround(minutes / double(SnapMinutes))) * SnapMinutes;
    minutes = std::clamp(minutes, 0, 24 * 60 - SnapMinutes);
    return wallClock(m_weekStart.addDays(column), QTime(minutes / 60, minutes % 60));
}

QDateTime WeekView::emptySlotAt(const QPoint &position) const
{
    const int column = columnAt(position.x());
    if (column < 0 || position.y() < headerHeight())
        return {};
    const int minutes = std::clamp(minutesAt(position.y()) / 30 * 30, 0, 24 * 60 - 30);
    return wallClock(m_weekStart.addDays(column), QTime(minutes / 60, minutes % 60));
}

void WeekView::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const QLocale locale;
    const int top = headerHeight();
    const QColor grid = palette().color(QPalette::Mid).lighter(130);

    painter.fillRect(QRect(0, 0, width(), top), palette().color(QPalette::Window));
    for (int column = 0; column < 7; ++column) {
        const QDate day = m_weekStart.addDays(column);
        const QRect columnRect(columnLeft(column), top, columnLeft(column + 1) - columnLeft(column), height() - top);
        // Period shading as in the month view.
        const CampPhase phase = ReviewCalculator::phaseOf(m_camp, day);
        painter.fillRect(columnRect,
                         phase == CampPhase::Outside ? palette().color(QPalette::Base) : PhaseStyle::shade(phase));
        const QRect headerRect(columnRect.left(), 0, columnRect.width(), top);
        QFont font = painter.font();
        font.setBold(day == m_today);
        painter.setFont(font);
        painter.setPen(day == m_today ? palette().color(QPalette::Highlight) : palette().color(QPalette::WindowText));
        QString label = locale.dayName(day.dayOfWeek(), QLocale::ShortFormat) + u'\n'
            + locale.toString(day, QStringLiteral("M/d"));
        if (m_camp.courseStart.isValid() && day >= m_camp.courseStart && day <= m_camp.courseEnd)
            //: Course day number in the week view's header
            label += u' ' + tr("Day %1").arg(m_camp.courseStart.daysTo(day) + 1);
        painter.drawText(headerRect, Qt::AlignCenter, label);
        font.setBold(false);
        painter.setFont(font);
        painter.setPen(grid);
        painter.drawLine(columnRect.topLeft(), columnRect.bottomLeft());
    }

    for (int hour = m_firstHour; hour <= m_lastHour; ++hour) {
        const int y = yForMinutes(hour * 60);
        painter.setPen(grid);
        painter.drawLine(AxisWidth, y, width(), y);
        painter.setPen(palette().color(QPalette::PlaceholderText));
        if (hour < m_lastHour)
            painter.drawText(QRect(0, y, AxisWidth - 6, fontMetrics().height()), Qt::AlignRight | Qt::AlignTop,
                             QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0')));
    }
    if (m_today >= m_weekStart && m_today <= m_weekStart.addDays(6)) {
        const int column = int(m_weekStart.daysTo(m_today));
        painter.fillRect(QRect(columnLeft(column), top - 3, columnLeft(column + 1) - columnLeft(column), 3),
                         palette().color(QPalette::Highlight));
    }

    for (const Chip &chip : std::as_const(m_chips)) {
        if (m_dragging && !m_copyDrag && m_activities.at(chip.index).id == m_pressedId)
            painter.setOpacity(0.35);
        paintChip(painter, chip.rect, m_activities.at(chip.index), true);
        painter.setOpacity(1.0);
    }
    paintDragGhost(painter);
}

} // namespace CampDesk
