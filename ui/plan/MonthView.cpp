#include "ui/plan/MonthView.h"

#include "core/plan/ActivityFilter.h"
#include "core/review/ReviewCalculator.h"
#include "ui/widgets/PhaseStyle.h"

#include <QLocale>
#include <QPainter>

namespace CampDesk {

namespace {
constexpr int Weeks = 6;
constexpr int DayNumberHeight = 20;
} // namespace

MonthView::MonthView(QWidget *parent)
    : CalendarView(parent)
{
    setObjectName(QStringLiteral("monthView"));
    relayout();
}

int MonthView::headerHeight() const
{
    return fontMetrics().height() + 8;
}

int MonthView::chipHeight() const
{
    return fontMetrics().height() + 3;
}

QRect MonthView::cellRect(QDate date) const
{
    const qint64 offset = m_gridStart.daysTo(date);
    if (offset < 0 || offset >= Weeks * 7)
        return {};
    const int column = int(offset % 7);
    const int row = int(offset / 7);
    const int top = headerHeight();
    const double cellWidth = width() / 7.0;
    const double cellHeight = (height() - top) / double(Weeks);
    const int left = int(column * cellWidth);
    const int right = int((column + 1) * cellWidth);
    const int y = top + int(row * cellHeight);
    const int bottom = top + int((row + 1) * cellHeight);
    return QRect(left, y, right - left, bottom - y);
}

QDate MonthView::dateAt(const QPoint &position) const
{
    const int top = headerHeight();
    if (position.y() < top || position.x() < 0 || position.x() >= width() || position.y() >= height())
        return {};
    const int column = std::min(6, int(position.x() / (width() / 7.0)));
    const int row = std::min(Weeks - 1, int((position.y() - top) / ((height() - top) / double(Weeks))));
    return m_gridStart.addDays(row * 7 + column);
}

void MonthView::relayout()
{
    m_gridStart = CalendarMath::monthGridStart(m_date, m_firstDayOfWeek);
    m_chips.clear();
    m_overflow.clear();
    const QDate last = lastVisibleDate();
    // Activities are sorted by start, so each day's activities are one run.
    qsizetype index = 0;
    while (index < m_activities.size() && m_activities.at(index).start.date() < m_gridStart)
        ++index;
    const int chip = chipHeight();
    while (index < m_activities.size() && m_activities.at(index).start.date() <= last) {
        const QDate day = m_activities.at(index).start.date();
        QList<qsizetype> ofDay;
        while (index < m_activities.size() && m_activities.at(index).start.date() == day)
            ofDay.append(index++);
        const QRect cell = cellRect(day);
        const int capacity = std::max(0, (cell.height() - DayNumberHeight - 2) / (chip + 1));
        QList<qsizetype> shown = ofDay;
        if (ofDay.size() > capacity) {
            // A full cell keeps its last line for "+N more" and shows the
            // events that matter most (ceremonies, sharing sessions) before
            // the daily routine; what it shows stays in time order.
            const int room = std::max(0, capacity - 1);
            std::stable_sort(shown.begin(), shown.end(), [this](qsizetype a, qsizetype b) {
                return CalendarMath::prominence(m_activities.at(a).type)
                    > CalendarMath::prominence(m_activities.at(b).type);
            });
            shown.resize(room);
            std::sort(shown.begin(), shown.end());
            // "+N more" right under the last chip shown, where the eye goes next.
            m_overflow.insert(
                day,
                {QRect(cell.left() + 3, cell.top() + DayNumberHeight + room * (chip + 1), cell.width() - 6, chip),
                 int(ofDay.size() - shown.size())});
        }
        for (qsizetype i = 0; i < shown.size(); ++i) {
            m_chips.append(
                {QRect(cell.left() + 3, cell.top() + DayNumberHeight + int(i) * (chip + 1), cell.width() - 6, chip),
                 shown.at(i)});
        }
    }
}

QRect MonthView::chipRect(qint64 activityId) const
{
    for (const Chip &chip : m_chips) {
        if (m_activities.at(chip.index).id == activityId)
            return chip.rect;
    }
    return {};
}

qint64 MonthView::activityAt(const QPoint &position) const
{
    for (const Chip &chip : m_chips) {
        if (chip.rect.contains(position))
            return m_activities.at(chip.index).id;
    }
    return 0;
}

QDate MonthView::overflowAt(const QPoint &position) const
{
    for (auto it = m_overflow.cbegin(); it != m_overflow.cend(); ++it) {
        if (it.value().first.contains(position))
            return it.key();
    }
    return {};
}

QDateTime MonthView::dropStart(const QPoint &position, const QPoint &grabOffset, const Activity &dragged) const
{
    Q_UNUSED(grabOffset)
    // The month view changes the day; the time of day stays.
    const QDate date = dateAt(position);
    return date.isValid() ? wallClock(date, dragged.start.time()) : QDateTime();
}

QDateTime MonthView::emptySlotAt(const QPoint &position) const
{
    const QDate date = dateAt(position);
    return date.isValid() ? wallClock(date, QTime(20, 0)) : QDateTime();
}

QColor MonthView::periodColor(QDate date) const
{
    const CampPhase phase = ReviewCalculator::phaseOf(m_camp, date);
    return phase == CampPhase::Outside ? palette().color(QPalette::Base) : PhaseStyle::shade(phase);
}

void MonthView::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const QLocale locale;

    // Weekday header, starting on the locale's first day of the week.
    const int top = headerHeight();
    painter.fillRect(QRect(0, 0, width(), top), palette().color(QPalette::Window));
    painter.setPen(palette().color(QPalette::WindowText));
    for (int column = 0; column < 7; ++column) {
        const QDate date = m_gridStart.addDays(column);
        const QRect cell = cellRect(date);
        painter.drawText(QRect(cell.left(), 0, cell.width(), top), Qt::AlignCenter,
                         locale.dayName(date.dayOfWeek(), QLocale::ShortFormat));
    }

    const QColor grid = palette().color(QPalette::Mid).lighter(130);
    const QColor otherMonth = palette().color(QPalette::PlaceholderText);
    for (int offset = 0; offset < Weeks * 7; ++offset) {
        const QDate date = m_gridStart.addDays(offset);
        const QRect cell = cellRect(date);
        painter.fillRect(cell, periodColor(date));
        painter.setBrush(Qt::NoBrush);
        painter.setPen(grid);
        painter.drawRect(cell.adjusted(0, 0, -1, -1));

        //: Date format of the first day of a month in the month view (Qt date format)
        const QString number = date.day() == 1 ? locale.toString(date, tr("MMM d")) : QString::number(date.day());
        const QRect numberRect(cell.left() + 4, cell.top() + 2, cell.width() - 8, DayNumberHeight - 4);
        if (date == m_today) {
            // Today: a filled badge behind the day number.
            const int badgeWidth = std::max(numberRect.height(), fontMetrics().horizontalAdvance(number) + 10);
            const QRect badge(numberRect.left() - 2, numberRect.top(), badgeWidth, numberRect.height());
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(palette().color(QPalette::Highlight));
            painter.drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
            painter.setRenderHint(QPainter::Antialiasing, false);
            painter.setPen(palette().color(QPalette::HighlightedText));
            painter.drawText(badge, Qt::AlignCenter, number);
        } else {
            painter.setPen(date.month() == m_date.month() ? palette().color(QPalette::Text) : otherMonth);
            painter.drawText(numberRect, Qt::AlignLeft | Qt::AlignVCenter, number);
        }
    }

    for (const Chip &chip : std::as_const(m_chips)) {
        if (m_dragging && !m_copyDrag && m_activities.at(chip.index).id == m_pressedId)
            painter.setOpacity(0.35);
        paintChip(painter, chip.rect, m_activities.at(chip.index), true);
        painter.setOpacity(1.0);
    }
    painter.setPen(palette().color(QPalette::Link));
    for (auto it = m_overflow.cbegin(); it != m_overflow.cend(); ++it)
        painter.drawText(it.value().first.adjusted(6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("+%n more", nullptr, it.value().second));

    if (m_dragging) {
        const QRect target = cellRect(dateAt(m_dragPosition));
        if (target.isValid()) {
            painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(target.adjusted(1, 1, -2, -2));
        }
    }
    paintDragGhost(painter);
}

} // namespace CampDesk
