#include "ui/dialogs/NewPlannedCampDialog.h"

#include "core/DateFormat.h"
#include "core/plan/CampPlanner.h"
#include "ui/plan/ActivityStyle.h"
#include "ui/widgets/FeedbackTone.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace CampDesk {

NewPlannedCampDialog::NewPlannedCampDialog(const QList<PlanTemplate> &templates, QDate today, const QString &language,
                                           QWidget *parent)
    : QDialog(parent)
    , m_templates(templates)
    , m_language(language)
    , m_template(new QComboBox)
    , m_description(new QLabel)
    , m_name(new QLineEdit)
    , m_firstDay(new QDateEdit)
    , m_courseDays(new QSpinBox)
    , m_preparationDays(new QSpinBox)
    , m_columnsBox(new QGroupBox(tr("Fixed daily columns")))
    , m_columnsForm(new QFormLayout(m_columnsBox))
    , m_optionalBox(new QGroupBox(tr("Optional items")))
    , m_previewTree(new QTreeWidget)
    , m_summary(new QLabel)
    , m_notes(new QPlainTextEdit)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("NewPlannedCampDialog"));
    setWindowTitle(tr("New Camp from Template"));

    m_template->setObjectName(QStringLiteral("templateCombo"));
    for (const PlanTemplate &plan : m_templates)
        m_template->addItem(plan.builtIn ? plan.name.text(language) : tr("%1 (saved)").arg(plan.name.text(language)));
    m_description->setWordWrap(true);
    m_description->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. 21-Day Writing Camp · Cohort 7"));
    m_firstDay->setObjectName(QStringLiteral("firstDayEdit"));
    m_firstDay->setCalendarPopup(true);
    m_firstDay->setDisplayFormat(DateFormat::shortDate());
    m_firstDay->setDate(today.addDays(7));
    m_courseDays->setObjectName(QStringLiteral("courseDaysEdit"));
    m_courseDays->setRange(1, PlanTemplate::MaxCourseDays);
    m_courseDays->setSuffix(tr(" days"));
    m_preparationDays->setObjectName(QStringLiteral("preparationDaysEdit"));
    m_preparationDays->setRange(0, PlanTemplate::MaxPreparationDays);
    m_preparationDays->setSuffix(tr(" days"));

    auto *form = new QFormLayout;
    form->addRow(tr("Template:"), m_template);
    form->addRow(QString(), m_description);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("First course day:"), m_firstDay);
    form->addRow(tr("Course days:"), m_courseDays);
    form->addRow(tr("Preparation:"), m_preparationDays);
    auto *optionalLayout = new QVBoxLayout(m_optionalBox);
    optionalLayout->setSpacing(2);

    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_columnsBox);
    left->addWidget(m_optionalBox);
    left->addStretch();

    m_previewTree->setObjectName(QStringLiteral("previewTree"));
    m_previewTree->setHeaderLabels({tr("Day"), tr("Time"), tr("Activity")});
    m_previewTree->setRootIsDecorated(true);
    m_previewTree->setUniformRowHeights(true);
    m_previewTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_previewTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    // What falls other than the template places it: every line, in a box of
    // its own that scrolls, so that a long list never pushes the preview away.
    m_notes->setObjectName(QStringLiteral("previewNotes"));
    m_notes->setReadOnly(true);
    m_notes->setFrameShape(QFrame::NoFrame);
    m_notes->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 5);
    m_notes->setVisible(false);
    setFeedbackTone(m_notes, FeedbackTone::Attention);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Preview")));
    right->addWidget(m_previewTree, 1);
    right->addWidget(m_summary);
    right->addWidget(m_notes);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_template, &QComboBox::currentIndexChanged, this, &NewPlannedCampDialog::templateChanged);
    connect(m_name, &QLineEdit::textChanged, this, &NewPlannedCampDialog::updatePreview);
    connect(m_firstDay, &QDateEdit::dateChanged, this, &NewPlannedCampDialog::updatePreview);
    connect(m_courseDays, &QSpinBox::valueChanged, this, &NewPlannedCampDialog::updatePreview);
    connect(m_preparationDays, &QSpinBox::valueChanged, this, &NewPlannedCampDialog::updatePreview);
    templateChanged();
    resize(980, 640);
}

void NewPlannedCampDialog::setExistingCamp(const Camp &camp)
{
    setWindowTitle(tr("Apply a Plan Template"));
    m_name->setText(camp.name);
    m_name->setReadOnly(true);
    const QSignalBlocker dateBlocker(m_firstDay);
    m_firstDay->setDate(camp.courseStart);
    const QSignalBlocker daysBlocker(m_courseDays);
    m_courseDays->setValue(camp.courseDays());
    if (const std::optional<int> preparation = CampPlanner::preparationDaysOf(camp)) {
        const QSignalBlocker prepBlocker(m_preparationDays);
        m_preparationDays->setValue(*preparation);
    }
    // The camp keeps a longer wrap-up (CampPlanner::withPlanPeriods): what
    // the plan puts in it is not "after the wrap-up".
    m_existingCamp = camp;
    updatePreview();
}

const PlanTemplate &NewPlannedCampDialog::currentTemplate() const
{
    return m_templates.at(std::max(0, m_template->currentIndex()));
}

void NewPlannedCampDialog::templateChanged()
{
    if (m_templates.isEmpty())
        return;
    const PlanTemplate &plan = currentTemplate();
    m_description->setText(plan.description.text(m_language));
    {
        const QSignalBlocker daysBlocker(m_courseDays);
        const QSignalBlocker prepBlocker(m_preparationDays);
        m_courseDays->setValue(plan.courseDays);
        m_preparationDays->setValue(plan.preparationDays);
    }
    // Rebuild the column times and optional items for this template.
    while (m_columnsForm->rowCount() > 0)
        m_columnsForm->removeRow(0);
    m_columnTimes.clear();
    for (QCheckBox *box : std::as_const(m_optional))
        delete box;
    m_optional.clear();
    for (const PlanTemplateItem &item : plan.items) {
        if (item.column) {
            auto *time = new QTimeEdit(item.time);
            time->setDisplayFormat(QStringLiteral("HH:mm"));
            time->setObjectName(QStringLiteral("column-") + item.key);
            connect(time, &QTimeEdit::timeChanged, this, &NewPlannedCampDialog::updatePreview);
            QString label = item.title.text(m_language);
            label.replace(QStringLiteral("{day}"), QStringLiteral("N"));
            //: A fixed column's label in the new-camp form, as in “Day N check-in:”
            m_columnsForm->addRow(tr("%1:").arg(label), time);
            m_columnTimes.insert(item.key, time);
        }
        if (item.optional) {
            QString label = item.title.text(m_language);
            label.replace(QStringLiteral("{day}"), QStringLiteral("N"));
            auto *box = new QCheckBox(label);
            box->setObjectName(QStringLiteral("optional-") + item.key);
            box->setChecked(true);
            connect(box, &QCheckBox::toggled, this, &NewPlannedCampDialog::updatePreview);
            m_optionalBox->layout()->addWidget(box);
            m_optional.insert(item.key, box);
        }
    }
    m_columnsBox->setVisible(!m_columnTimes.isEmpty());
    m_optionalBox->setVisible(!m_optional.isEmpty());
    updatePreview();
}

PlanParameters NewPlannedCampDialog::parameters() const
{
    PlanParameters parameters = currentTemplate().defaultParameters(m_firstDay->date(), m_language);
    parameters.courseDays = m_courseDays->value();
    parameters.preparationDays = m_preparationDays->value();
    if (m_existingCamp)
        parameters.wrapUpDays = CampPlanner::wrapUpDaysFor(*m_existingCamp, parameters);
    for (auto it = m_columnTimes.cbegin(); it != m_columnTimes.cend(); ++it)
        parameters.columnTimes.insert(it.key(), it.value()->time());
    for (auto it = m_optional.cbegin(); it != m_optional.cend(); ++it) {
        if (!it.value()->isChecked())
            parameters.excludedItems.insert(it.key());
    }
    return parameters;
}

Camp NewPlannedCampDialog::camp() const
{
    return CampPlanner::campFor(m_name->text().trimmed(), parameters());
}

void NewPlannedCampDialog::updatePreview()
{
    m_previewTree->clear();
    m_preview.clear();
    if (m_templates.isEmpty())
        return;
    const PlanParameters plan = parameters();
    QStringList notes;
    // The spin box holds no more than a plan's longest preparation: a camp
    // that prepares longer keeps its start, and the plan's preparation
    // items fall in its last days only, as the CLI refuses to do unasked.
    const std::optional<int> campPreparation
        = m_existingCamp ? CampPlanner::preparationDaysOf(*m_existingCamp) : std::nullopt;
    if (campPreparation && *campPreparation > PlanTemplate::MaxPreparationDays)
        notes << tr("The camp prepares for %1 days, longer than a plan's %2: the camp keeps its start, and the "
                    "plan's preparation items fall in the last %3 days of it.")
                     .arg(*campPreparation)
                     .arg(PlanTemplate::MaxPreparationDays)
                     .arg(plan.preparationDays);
    auto expanded = currentTemplate().expand(plan, &notes);
    if (!expanded) {
        m_summary->setText(expanded.error().message);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    m_preview = *expanded;
    const QLocale locale;
    QTreeWidgetItem *dayItem = nullptr;
    QDate day;
    for (const Activity &activity : std::as_const(m_preview)) {
        if (activity.start.date() != day) {
            day = activity.start.date();
            QString label
                = locale.toString(day, QStringLiteral("ddd ")) + locale.toString(day, DateFormat::shortDate());
            const qint64 offset = plan.firstDay.daysTo(day);
            if (offset >= 0 && offset < plan.courseDays)
                label += QStringLiteral(" · ") + tr("Day %1").arg(offset + 1);
            dayItem = new QTreeWidgetItem(m_previewTree, {label});
            dayItem->setFirstColumnSpanned(true);
        }
        auto *item = new QTreeWidgetItem(
            dayItem, {QString(), activity.start.time().toString(QStringLiteral("HH:mm")), activity.title});
        item->setForeground(2, ActivityStyle::color(activity.type).darker(130));
    }
    if (m_previewTree->topLevelItemCount() > 0)
        m_previewTree->topLevelItem(0)->setExpanded(true);
    for (int i = 1; i < std::min(4, m_previewTree->topLevelItemCount()); ++i)
        m_previewTree->topLevelItem(i)->setExpanded(true);

    const Camp shaped = camp();
    const auto valid = shaped.validate();
    m_summary->setText(valid ? tr("%n activities from %1 to %2", nullptr, int(m_preview.size()))
                                   .arg(locale.toString(shaped.preparationStart, DateFormat::shortDate()),
                                        locale.toString(shaped.wrapUpEnd, DateFormat::shortDate()))
                             : valid.error().message);
    m_summary->setStyleSheet(QString());
    if (!valid)
        setFeedbackTone(m_summary, FeedbackTone::Problem);
    m_notes->setPlainText(notes.join(u'\n'));
    m_notes->setVisible(valid && !notes.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid.has_value());
}

} // namespace CampDesk
