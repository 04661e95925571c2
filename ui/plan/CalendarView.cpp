#include "ui/plan/CalendarView.h"

#include "core/DateFormat.h"
#include "ui/plan/ActivityStyle.h"
#include "ui/widgets/CopyGlyph.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QTextLayout>
#include <QToolTip>

#include <algorithm>

namespace CampDesk {

CalendarView::CalendarView(QWidget *parent)
    : QWidget(parent)
    , m_date(QDate::currentDate())
    , m_today(QDate::currentDate())
    , m_firstDayOfWeek(QLocale().firstDayOfWeek())
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void CalendarView::setCamp(const Camp &camp)
{
    m_camp = camp;
    update();
}

void CalendarView::setActivities(const QList<Activity> &activities)
{
    m_activities = activities;
    std::sort(m_activities.begin(), m_activities.end(), startsBefore);
    if (m_selectedId != 0 && !activityById(m_selectedId))
        m_selectedId = 0;
    relayout();
    update();
}

void CalendarView::setToday(QDate today)
{
    m_today = today;
    update();
}

void CalendarView::setFirstDayOfWeek(Qt::DayOfWeek day)
{
    m_firstDayOfWeek = day;
    relayout();
    update();
}

void CalendarView::setDate(QDate date)
{
    m_date = date;
    relayout();
    update();
}

void CalendarView::setSelectedActivityId(qint64 id)
{
    if (m_selectedId == id)
        return;
    m_selectedId = id;
    update();
    Q_EMIT activitySelected(id);
}

const Activity *CalendarView::activityById(qint64 id) const
{
    for (const Activity &activity : m_activities) {
        if (activity.id == id)
            return &activity;
    }
    return nullptr;
}

QDate CalendarView::overflowAt(const QPoint &position) const
{
    Q_UNUSED(position)
    return {};
}

QString CalendarView::tooltipText(const Activity &activity) const
{
    const QLocale locale;
    QString text = activity.title + u'\n'
        + tr("%1, %2–%3")
              .arg(locale.toString(activity.start.date(), DateFormat::shortDate()),
                   activity.start.time().toString(QStringLiteral("HH:mm")),
                   activity.end.time().toString(QStringLiteral("HH:mm")))
        + u'\n'
        + tr("%1 · %2").arg(ActivityTypes::displayName(activity.type), ActivityStatuses::displayName(activity.status));
    if (!activity.notes.isEmpty())
        text += QStringLiteral("\n\n") + activity.notes;
    if (!activity.checklist.isEmpty()) {
        int done = 0;
        for (const ChecklistItem &item : activity.checklist)
            done += item.done ? 1 : 0;
        text += u'\n' + tr("Checklist: %1 of %2 done").arg(done).arg(activity.checklist.size());
    }
    return text;
}

void CalendarView::paintChip(QPainter &painter, const QRect &rect, const Activity &activity, bool showTime) const
{
    const QColor color = ActivityStyle::color(activity.type);
    const bool selected = activity.id == m_selectedId;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(selected ? QPen(palette().color(QPalette::Highlight), 2) : QPen(Qt::NoPen));
    QColor fill = ActivityStyle::fill(activity.type);
    if (activity.status == ActivityStatus::Skipped)
        fill = fill.lighter(110);
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRect(QRect(rect.left(), rect.top() + 1, 3, rect.height() - 2));

    QRect textArea = rect;
    if (activity.speechTemplateId != 0 && rect.width() > 60) {
        const QRect mark = copyMarkRect(rect);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawRoundedRect(mark, 2, 2);
        CopyGlyph::paint(painter, QRectF(mark).adjusted(2, 2, -2, -2), Qt::white);
        textArea.setRight(mark.left() - 1);
    }
    QString title = activity.title;
    if (activity.status == ActivityStatus::Done)
        title = QStringLiteral("✓\u00A0") + title; // the mark stays with the first word
    QFont font = painter.font();
    font.setStrikeOut(activity.status == ActivityStatus::Skipped);
    painter.setFont(font);
    painter.setPen(activity.status == ActivityStatus::Skipped ? QColor(0x75, 0x75, 0x75) : color.darker(170));
    const QRect textRect = textArea.adjusted(6, 0, -3, 0);
    const QFontMetrics metrics = painter.fontMetrics();
    const QString time = activity.start.time().toString(QStringLiteral("HH:mm"));
    const int lines = std::max(1, textRect.height() / metrics.height());
    if (lines >= 2) {
        // A tall chip: the time on its own line, the title wrapped below it.
        QRect titleRect = textRect;
        if (showTime) {
            painter.drawText(textRect, Qt::AlignLeft | Qt::AlignTop,
                             metrics.elidedText(time, Qt::ElideRight, textRect.width()));
            titleRect.setTop(textRect.top() + metrics.height());
        }
        const QStringList titleLines = CalendarView::titleLines(title, font, titleRect.width(),
                                                                std::max(1, titleRect.height() / metrics.height()));
        for (qsizetype line = 0; line < titleLines.size(); ++line) {
            const QRect lineRect(titleRect.left(), titleRect.top() + int(line) * metrics.height(), titleRect.width(),
                                 metrics.height());
            painter.drawText(lineRect, Qt::AlignLeft | Qt::AlignTop, titleLines.at(line));
        }
    } else {
        // One line: the title comes first; the time only where both fit
        // (the chip's place on the grid already tells the time).
        const QString both = time + u' ' + title;
        const QString text = showTime && metrics.horizontalAdvance(both) <= textRect.width() ? both : title;
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(text, Qt::ElideRight, textRect.width()));
    }
    painter.restore();
}

QStringList CalendarView::titleLines(const QString &title, const QFont &font, int width, int maxLines)
{
    const QFontMetrics metrics(font);
    QTextLayout layout(title, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        const bool last = lines.size() + 1 == maxLines;
        const QString text = last ? title.mid(line.textStart()) : title.mid(line.textStart(), line.textLength());
        lines.append(metrics.elidedText(text.trimmed(), Qt::ElideRight, width));
        if (last)
            break;
    }
    layout.endLayout();
    return lines;
}

QRect CalendarView::copyMarkRect(const QRect &chip)
{
    const int side = std::min(chip.height() - 2, 16);
    return QRect(chip.right() - side - 1, chip.top() + 1, side, side);
}

void CalendarView::paintDragGhost(QPainter &painter) const
{
    if (!m_dragging)
        return;
    const Activity *dragged = activityById(m_pressedId);
    if (!dragged)
        return;
    const QRect chip = chipRect(m_pressedId);
    if (chip.isEmpty())
        return;
    painter.save();
    painter.setOpacity(0.75);
    QRect ghost(m_dragPosition - m_grabOffset, chip.size());
    paintChip(painter, ghost, *dragged, true);
    const QDateTime start = dropStart(m_dragPosition, m_grabOffset, *dragged);
    if (start.isValid()) {
        painter.setOpacity(1.0);
        const QString label = (m_copyDrag ? tr("Copy to %1") : tr("Move to %1"))
                                  .arg(QLocale().toString(start, DateFormat::shortDate() + QStringLiteral(" HH:mm")));
        const QRect labelRect = painter.fontMetrics().boundingRect(label).adjusted(-4, -2, 4, 2);
        QRect placed = labelRect.translated(ghost.bottomLeft() + QPoint(4, 4 + labelRect.height()));
        placed.moveLeft(std::clamp(placed.left(), 0, std::max(0, width() - placed.width())));
        painter.fillRect(placed, palette().color(QPalette::ToolTipBase));
        painter.setPen(palette().color(QPalette::ToolTipText));
        painter.drawText(placed, Qt::AlignCenter, label);
    }
    painter.restore();
}

void CalendarView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const qint64 id = activityAt(event->position().toPoint());
    setSelectedActivityId(id);
    m_pressedId = id;
    m_pressPosition = event->position().toPoint();
    m_grabOffset = id ? m_pressPosition - chipRect(id).topLeft() : QPoint();
    m_dragging = false;
}

void CalendarView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_pressedId == 0)
        return;
    m_dragPosition = event->position().toPoint();
    m_copyDrag = event->modifiers() & Qt::ControlModifier;
    if (!m_dragging && (m_dragPosition - m_pressPosition).manhattanLength() >= QApplication::startDragDistance()) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
    }
    if (m_dragging)
        update();
}

void CalendarView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const bool wasDragging = m_dragging;
    const qint64 id = m_pressedId;
    m_dragging = false;
    m_pressedId = 0;
    unsetCursor();
    update();
    if (!wasDragging && id != 0) {
        const Activity *pressed = activityById(id);
        const QRect chip = chipRect(id);
        if (pressed && pressed->speechTemplateId != 0 && chip.width() > 60
            && copyMarkRect(chip).contains(event->position().toPoint())) {
            Q_EMIT copyRequested(id);
            return;
        }
    }
    if (wasDragging && id != 0) {
        const Activity *dragged = activityById(id);
        const QDateTime start = dragged ? dropStart(event->position().toPoint(), m_grabOffset, *dragged) : QDateTime();
        const bool copy = event->modifiers() & Qt::ControlModifier;
        if (start.isValid() && (copy || start != dragged->start))
            Q_EMIT moveRequested(id, start, copy);
        return;
    }
    if (id == 0) {
        if (const QDate day = overflowAt(event->position().toPoint()); day.isValid())
            Q_EMIT dayActivated(day);
    }
}

void CalendarView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const qint64 id = activityAt(event->position().toPoint());
    if (id != 0) {
        Q_EMIT activityActivated(id);
        return;
    }
    if (const QDateTime start = emptySlotAt(event->position().toPoint()); start.isValid())
        Q_EMIT newActivityRequested(start);
}

void CalendarView::keyPressEvent(QKeyEvent *event)
{
    if (m_activities.isEmpty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    qsizetype index = -1;
    for (qsizetype i = 0; i < m_activities.size(); ++i) {
        if (m_activities.at(i).id == m_selectedId)
            index = i;
    }
    // Left and right step through the activities in time order; up and down
    // jump to the first activity a day (month: a week) earlier or later.
    const auto selectFirstFrom = [this](const QDateTime &from, bool forward) {
        if (forward) {
            for (const Activity &activity : std::as_const(m_activities)) {
                if (activity.start >= from) {
                    setSelectedActivityId(activity.id);
                    return;
                }
            }
        } else {
            for (auto it = m_activities.crbegin(); it != m_activities.crend(); ++it) {
                if (it->start <= from) {
                    setSelectedActivityId(it->id);
                    return;
                }
            }
        }
    };
    const int jumpDays = lastVisibleDate().toJulianDay() - firstVisibleDate().toJulianDay() > 7 ? 7 : 1;
    switch (event->key()) {
    case Qt::Key_Right:
        setSelectedActivityId(m_activities.at(std::min(index + 1, m_activities.size() - 1)).id);
        break;
    case Qt::Key_Left:
        setSelectedActivityId(m_activities.at(std::max<qsizetype>(index - 1, 0)).id);
        break;
    case Qt::Key_Down:
        if (index >= 0)
            selectFirstFrom(m_activities.at(index).start.addDays(jumpDays), true);
        else
            setSelectedActivityId(m_activities.first().id);
        break;
    case Qt::Key_Up:
        if (index >= 0)
            selectFirstFrom(m_activities.at(index).start.addDays(-jumpDays), false);
        else
            setSelectedActivityId(m_activities.last().id);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selectedId)
            Q_EMIT activityActivated(m_selectedId);
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (m_selectedId)
            Q_EMIT deleteRequested(m_selectedId);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    // Keep the selection in view.
    if (const Activity *selected = activityById(m_selectedId);
        selected && (selected->start.date() < firstVisibleDate() || selected->start.date() > lastVisibleDate()))
        setDate(selected->start.date());
}

void CalendarView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

bool CalendarView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const Activity *activity = activityById(activityAt(help->pos()));
        if (activity)
            QToolTip::showText(help->globalPos(), tooltipText(*activity), this, chipRect(activity->id));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace CampDesk
