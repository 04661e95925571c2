#pragma once

#include "core/domain/Camp.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace CampDesk {

class CommitTextEdit;
class WorkspaceDocument;

// The selected camp's overview, editable in place. Each finished edit is
// pushed as one EditCampCommand; the widget never writes to storage itself.
class CampOverviewWidget final : public QWidget {
    Q_OBJECT

public:
    explicit CampOverviewWidget(WorkspaceDocument *document, QWidget *parent = nullptr);

    void setCampId(qint64 id);
    qint64 campId() const { return m_campId; }
    void setToday(QDate today);
    // Activities planned before a change of the camp's days that are now
    // on another part of it (CampPlanner::datesChangeNotes), under the
    // dates until the next change; none hides them.
    void showPlanNotes(const QStringList &notes);

private:
    void buildLayout();
    void refresh();
    // Fields an operator's role may not change are read-only, saying why.
    void applyRole();
    void refreshMembers();
    // Selects the camp's zone; one not in the list is listed by its name, and one this computer does not know is said.
    void showZone();
    static constexpr int ExtraZoneRole = Qt::UserRole + 1;
    // Applies `change` to a copy of the camp and pushes it if it differs.
    void commit(const QString &fieldName, const std::function<void(Camp &)> &change);
    void connectEdits();

    WorkspaceDocument *m_document;
    qint64 m_campId = 0;
    Camp m_camp;
    QDate m_today;

    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_validation = nullptr;
    QLabel *m_planNotes = nullptr; // what a change of the days did to the plan
    QLabel *m_zoneNote = nullptr; // a stored zone this computer does not know
    QLineEdit *m_name = nullptr;
    QLineEdit *m_theme = nullptr;
    CommitTextEdit *m_description = nullptr;
    QDateEdit *m_preparationStart = nullptr;
    QDateEdit *m_courseStart = nullptr;
    QDateEdit *m_courseEnd = nullptr;
    QDateEdit *m_wrapUpEnd = nullptr;
    QComboBox *m_timeZone = nullptr;
    QSpinBox *m_targetMembers = nullptr;
    QDoubleSpinBox *m_targetActiveRate = nullptr;
    QDoubleSpinBox *m_targetCheckinRate = nullptr;
    QLabel *m_memberCounts = nullptr;
    QLineEdit *m_nicknamePattern = nullptr;
    QSpinBox *m_warnings = nullptr;
    QSpinBox *m_activityTail = nullptr;
    QSpinBox *m_silentDays = nullptr;
    QLineEdit *m_watchWords = nullptr;
    CommitTextEdit *m_groupRules = nullptr;
    CommitTextEdit *m_faq = nullptr;
};

} // namespace CampDesk
