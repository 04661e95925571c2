#pragma once

#include "core/domain/Activity.h"
#include "core/domain/Camp.h"

#include <QWidget>

namespace CampDesk {

// What the month and week views share: the activities they show, the
// selection, and the mouse and keyboard handling. A view reports what the
// user asked for (move, copy, edit, delete); the plan view turns requests
// into undoable commands.
class CalendarView : public QWidget {
    Q_OBJECT

public:
    // A chip's title in at most `maxLines` lines of `width` pixels: broken
    // between words, a word wider than the chip cut with "…" rather than
    // broken ("Openi/ng cere/mony" read as three words), and what does not
    // fit ends the last line with "…". Chinese breaks between characters.
    static QStringList titleLines(const QString &title, const QFont &font, int width, int maxLines);

    explicit CalendarView(QWidget *parent = nullptr);

    void setCamp(const Camp &camp);
    void setActivities(const QList<Activity> &activities);
    void setToday(QDate today);
    void setFirstDayOfWeek(Qt::DayOfWeek day);
    // Shows the month or week holding `date`.
    virtual void setDate(QDate date);
    QDate date() const { return m_date; }
    // The dates the view shows, first and last.
    virtual QDate firstVisibleDate() const = 0;
    virtual QDate lastVisibleDate() const = 0;

    qint64 selectedActivityId() const { return m_selectedId; }
    void setSelectedActivityId(qint64 id);
    // Where an activity's chip is drawn, if it is visible (for tests and tooltips).
    virtual QRect chipRect(qint64 activityId) const = 0;

Q_SIGNALS:
    void activitySelected(qint64 id);
    void activityActivated(qint64 id);
    void moveRequested(qint64 id, const QDateTime &newStart, bool copy);
    void deleteRequested(qint64 id);
    void newActivityRequested(const QDateTime &start);
    void dayActivated(QDate date);
    // The copy mark on an activity with a prepared text was clicked.
    void copyRequested(qint64 id);

protected:
    // The activity whose chip is under `position`, or 0.
    virtual qint64 activityAt(const QPoint &position) const = 0;
    // Where a chip grabbed `grabOffset` from its top-left would start if dropped with the mouse at `position`.
    virtual QDateTime dropStart(const QPoint &position, const QPoint &grabOffset, const Activity &dragged) const = 0;
    // The start of a new activity made by double-clicking empty space.
    virtual QDateTime emptySlotAt(const QPoint &position) const = 0;
    // An overflow marker ("+3 more") under `position`: its date, or an invalid one.
    virtual QDate overflowAt(const QPoint &position) const;
    // Recomputes the geometry after a change of data or size.
    virtual void relayout() = 0;
    void paintDragGhost(QPainter &painter) const;
    void paintChip(QPainter &painter, const QRect &rect, const Activity &activity, bool showTime) const;

    const Activity *activityById(qint64 id) const;
    // The copy mark drawn at the right end of a chip whose activity has a prepared text.
    static QRect copyMarkRect(const QRect &chip);
    QString tooltipText(const Activity &activity) const;

    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

    Camp m_camp;
    QList<Activity> m_activities; // sorted by start
    QDate m_date;
    QDate m_today;
    Qt::DayOfWeek m_firstDayOfWeek;
    qint64 m_selectedId = 0;

    // Drag state: a press on a chip becomes a drag once the mouse moves far enough.
    qint64 m_pressedId = 0;
    QPoint m_pressPosition;
    QPoint m_grabOffset;
    bool m_dragging = false;
    QPoint m_dragPosition;
    bool m_copyDrag = false;
};

} // namespace CampDesk
