#pragma once

#include "core/domain/Activity.h"
#include "core/domain/Camp.h"
#include "core/plan/PlanTemplate.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;
class QTreeWidget;

namespace CampDesk {

// New camp from a plan template: the template, the camp's name and dates,
// the time of each fixed column and which optional items to include, with
// a live preview of every activity that will be created.
class NewPlannedCampDialog final : public QDialog {
    Q_OBJECT

public:
    NewPlannedCampDialog(const QList<PlanTemplate> &templates, QDate today, const QString &language,
                         QWidget *parent = nullptr);

    // Plans an existing camp instead of creating one: its name is kept and
    // its dates are the starting point.
    void setExistingCamp(const Camp &camp);

    Camp camp() const;
    QList<Activity> activities() const { return m_preview; }
    PlanParameters parameters() const;
    const PlanTemplate &currentTemplate() const;

private:
    void templateChanged();
    void updatePreview();

    QList<PlanTemplate> m_templates;
    std::optional<Camp> m_existingCamp; // the camp a plan is added to, if any
    QString m_language;
    QList<Activity> m_preview;

    QComboBox *m_template;
    QLabel *m_description;
    QLineEdit *m_name;
    QDateEdit *m_firstDay;
    QSpinBox *m_courseDays;
    QSpinBox *m_preparationDays;
    QWidget *m_columnsBox;
    QFormLayout *m_columnsForm;
    QWidget *m_optionalBox;
    QHash<QString, QTimeEdit *> m_columnTimes;
    QHash<QString, QCheckBox *> m_optional;
    QTreeWidget *m_previewTree;
    QLabel *m_summary;
    QPlainTextEdit *m_notes;
    QDialogButtonBox *m_buttons;
};

} // namespace CampDesk
