#pragma once

#include "core/Error.h"
#include "core/domain/Activity.h"
#include "core/domain/Camp.h"
#include "core/plan/ActivityFilter.h"
#include "core/plan/RunSheet.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTreeView;

namespace CampDesk {

class ActivityDialog;
class AgendaModel;
class CalendarView;
class MonthView;
class WeekView;
class LazyRefresh;
class WorkspaceDocument;

// A camp's plan on a calendar: month, week and agenda views over the same
// filtered activities. Every change the views ask for becomes a command on
// the document's undo stack.
class PlanView final : public QWidget {
    Q_OBJECT

public:
    enum class Mode { Month, Week, Agenda };

    explicit PlanView(WorkspaceDocument *document, QWidget *parent = nullptr);

    void setCampId(qint64 id);
    qint64 campId() const { return m_campId; }
    void setMode(Mode mode);
    Mode mode() const;
    void setDate(QDate date);
    QDate date() const { return m_date; }
    void setToday(QDate today);

    MonthView *monthView() const { return m_month; }
    WeekView *weekView() const { return m_week; }
    QTreeView *agendaView() const { return m_agenda; }
    qint64 selectedActivityId() const;

    // The actions behind the buttons, also offered in the Camp menu.
    void newActivity(const QDateTime &start);
    void editActivity(qint64 id);
    void deleteActivity(qint64 id);
    void exportCalendar();
    void saveRunSheet();
    void printRunSheet();
    // Copies the activity's prepared text, filled for the activity's day.
    bool copyActivityText(qint64 id);
    QString feedback() const;
    // Asks for the post-activity review of the selected activity.
    void reviewSelected();

Q_SIGNALS:
    void reviewRequested(qint64 activityId);

private:
    void buildLayout();
    void reload();
    void reloadNow();
    void refreshViews();
    void refreshFilters();
    void updatePeriodLabel();
    void step(int direction);
    void moveActivity(qint64 id, const QDateTime &start, bool copy);
    void setDone(qint64 id, bool done);
    QDate runSheetDay() const;
    CalendarView *currentCalendar() const;
    [[nodiscard]] Result<QList<std::pair<qint64, QString>>> speechChoices() const;
    [[nodiscard]] Result<QList<std::pair<qint64, QString>>> memberChoices() const;
    // The camp and its activities as stored now, or why they could not be
    // read: what an export is made of, never the view's last (perhaps failed) read.
    [[nodiscard]] Result<std::pair<Camp, QList<Activity>>> freshPlan() const;
    [[nodiscard]] Result<RunSheetContent> runSheet(QDate day) const;
    // The activity dialog with the camp's choices; null (the reason
    // reported) when the speech library cannot be read.
    ActivityDialog *activityDialog(const Activity &activity);

    WorkspaceDocument *m_document;
    qint64 m_campId = 0;
    LazyRefresh *m_reload = nullptr;
    bool m_openOnCamp = false; // the camp changed: open on today or its first day
    Camp m_camp;
    QList<Activity> m_activities;
    ActivityFilter m_filter;
    QDate m_date;
    QDate m_today;

    QLabel *m_period = nullptr;
    QLabel *m_feedback = nullptr;
    QButtonGroup *m_modes = nullptr;
    QComboBox *m_typeFilter = nullptr;
    QComboBox *m_ownerFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QStackedWidget *m_stack = nullptr;
    MonthView *m_month = nullptr;
    WeekView *m_week = nullptr;
    QTreeView *m_agenda = nullptr;
    AgendaModel *m_agendaModel = nullptr;
};

} // namespace CampDesk
