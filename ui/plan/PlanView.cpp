#include "ui/plan/PlanView.h"

#include "core/DateFormat.h"
#include "core/io/OutputFile.h"
#include "core/plan/IcsWriter.h"
#include "core/plan/RunSheet.h"
#include "ui/FileDialog.h"
#include "ui/WorkspaceDocument.h"
#include "ui/commands/ActivityCommands.h"
#include "ui/dialogs/ActivityDialog.h"
#include "ui/plan/ActivityStyle.h"
#include "ui/plan/AgendaModel.h"
#include "ui/plan/MonthView.h"
#include "ui/plan/RunSheetPrinter.h"
#include "ui/plan/WeekView.h"
#include "ui/speech/SpeechCopier.h"
#include "ui/widgets/FeedbackTone.h"
#include "ui/widgets/LazyRefresh.h"
#include "ui/widgets/MenuButton.h"
#include "ui/widgets/PhaseStyle.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace CampDesk {

namespace {

// The agenda's keyboard: Delete deletes, Enter edits, like the calendars.
class AgendaTreeView final : public QTreeView {
public:
    std::function<void(qint64)> onDelete;
    std::function<void(qint64)> onEdit;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        const qint64 id = currentIndex().data(AgendaModel::ActivityIdRole).toLongLong();
        if (id && (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)) {
            onDelete(id);
            return;
        }
        if (id && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
            onEdit(id);
            return;
        }
        QTreeView::keyPressEvent(event);
    }
};

QWidget *legend()
{
    // Rich text so the legend wraps onto a second line in a narrow window.
    QStringList entries;
    const auto swatch = [&entries](const QColor &color, const QString &text) {
        entries << QStringLiteral("<span style=\"color:%1\">■</span>&nbsp;%2").arg(color.name(), text.toHtmlEscaped());
    };
    for (ActivityType type : ActivityTypes::all())
        swatch(ActivityStyle::color(type), ActivityTypes::displayName(type));
    // The periods as the calendar shades them: a pale box, not a strong
    // square that would read as one more activity colour.
    for (CampPhase phase : {CampPhase::Preparation, CampPhase::Course, CampPhase::WrapUp}) {
        entries << QStringLiteral("<span style=\"background-color:%1\">&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;%2")
                       .arg(PhaseStyle::shade(phase).darker(106).name(), PhaseStyle::name(phase).toHtmlEscaped());
    }
    auto *label = new QLabel(entries.join(QStringLiteral(" &nbsp; ")));
    label->setObjectName(QStringLiteral("planLegend"));
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setMinimumWidth(200);
    return label;
}

} // namespace

PlanView::PlanView(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_date(QDate::currentDate())
    , m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("planView"));
    buildLayout();
    m_reload = new LazyRefresh(this, [this] { reloadNow(); });
    const auto follow = [this](qint64 campId) {
        if (campId == m_campId)
            m_reload->request();
    };
    connect(document, &WorkspaceDocument::activitiesChanged, this, follow);
    connect(document, &WorkspaceDocument::campChanged, this, follow);
    connect(document, &WorkspaceDocument::membersChanged, this, follow);
}

void PlanView::buildLayout()
{
    auto *previous = new QToolButton;
    previous->setObjectName(QStringLiteral("previousButton"));
    previous->setArrowType(Qt::LeftArrow);
    previous->setToolTip(tr("Previous"));
    auto *next = new QToolButton;
    next->setObjectName(QStringLiteral("nextButton"));
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next"));
    auto *today = new QPushButton(tr("Today"));
    today->setObjectName(QStringLiteral("todayButton"));
    connect(previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(next, &QToolButton::clicked, this, [this] { step(1); });
    connect(today, &QPushButton::clicked, this, [this] { setDate(m_today); });

    m_period = new QLabel;
    m_period->setObjectName(QStringLiteral("periodLabel"));
    QFont periodFont = m_period->font();
    periodFont.setBold(true);
    periodFont.setPointSizeF(periodFont.pointSizeF() * 1.2);
    m_period->setFont(periodFont);

    m_modes = new QButtonGroup(this);
    auto *modeRow = new QHBoxLayout;
    modeRow->setSpacing(0);
    const QStringList names {tr("Month"), tr("Week"), tr("Agenda")};
    const QStringList objectNames {QStringLiteral("monthButton"), QStringLiteral("weekButton"),
                                   QStringLiteral("agendaButton")};
    for (int i = 0; i < names.size(); ++i) {
        auto *button = new QToolButton;
        button->setText(names.at(i));
        button->setObjectName(objectNames.at(i));
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setMinimumWidth(64);
        m_modes->addButton(button, i);
        modeRow->addWidget(button);
    }
    m_modes->button(0)->setChecked(true);

    auto *top = new QHBoxLayout;
    top->addWidget(previous);
    top->addWidget(today);
    top->addWidget(next);
    top->addSpacing(8);
    top->addWidget(m_period);
    top->addStretch();

    m_typeFilter = new QComboBox;
    m_typeFilter->setObjectName(QStringLiteral("typeFilter"));
    m_typeFilter->addItem(tr("All types"), -1);
    for (ActivityType type : ActivityTypes::all())
        m_typeFilter->addItem(ActivityTypes::displayName(type), int(type));
    m_ownerFilter = new QComboBox;
    m_ownerFilter->setObjectName(QStringLiteral("ownerFilter"));
    m_statusFilter = new QComboBox;
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("Any status"), -1);
    for (ActivityStatus status : ActivityStatuses::all())
        m_statusFilter->addItem(ActivityStatuses::displayName(status), int(status));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("planSearch"));
    m_search->setPlaceholderText(tr("Search titles and notes"));
    m_search->setClearButtonEnabled(true);

    auto *newButton = new QPushButton(tr("New Activity…"));
    newButton->setObjectName(QStringLiteral("newActivityButton"));
    // Everything that leaves the app sits under one button.
    auto *share = new QToolButton;
    share->setObjectName(QStringLiteral("shareButton"));
    share->setText(tr("Export"));
    auto *shareMenu = new QMenu(share);
    QAction *ics = shareMenu->addAction(tr("Calendar for phones (.ics)…"));
    QAction *runSheet = shareMenu->addAction(tr("Run sheet of the day as PDF…"));
    QAction *print = shareMenu->addAction(tr("Print run sheet of the day…"));
    attachMenu(share, shareMenu);
    connect(print, &QAction::triggered, this, &PlanView::printRunSheet);
    connect(newButton, &QPushButton::clicked, this, [this] {
        const QDate day = m_date.isValid() ? m_date : m_today;
        newActivity(wallClock(day, QTime(20, 0)));
    });
    connect(runSheet, &QAction::triggered, this, &PlanView::saveRunSheet);
    connect(ics, &QAction::triggered, this, &PlanView::exportCalendar);

    auto *reviewButton = new QPushButton(tr("Review…"));
    reviewButton->setObjectName(QStringLiteral("reviewActivityButton"));
    reviewButton->setToolTip(tr("Write the review (复盘) of the selected activity with its participation figures."));
    connect(reviewButton, &QPushButton::clicked, this, &PlanView::reviewSelected);

    top->addWidget(newButton);
    top->addWidget(reviewButton);
    top->addWidget(share);
    top->addSpacing(12);
    top->addLayout(modeRow);

    m_search->setMinimumWidth(120);
    m_feedback = new QLabel;
    m_feedback->setObjectName(QStringLiteral("planFeedback"));
    m_feedback->setTextFormat(Qt::PlainText);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_typeFilter);
    filters->addWidget(m_ownerFilter);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_feedback);

    m_month = new MonthView;
    m_week = new WeekView;
    // Weeks start on the locale's first day; in China that is Monday,
    // whatever an older locale database says.
    const QLocale locale;
    const Qt::DayOfWeek firstDay = locale.territory() == QLocale::China ? Qt::Monday : locale.firstDayOfWeek();
    m_month->setFirstDayOfWeek(firstDay);
    m_week->setFirstDayOfWeek(firstDay);
    m_agendaModel = new AgendaModel(this);
    auto *agenda = new AgendaTreeView;
    agenda->onDelete = [this](qint64 id) { deleteActivity(id); };
    agenda->onEdit = [this](qint64 id) { editActivity(id); };
    m_agenda = agenda;
    m_agenda->setObjectName(QStringLiteral("agendaView"));
    m_agenda->setModel(m_agendaModel);
    m_agenda->setUniformRowHeights(true);
    m_agenda->setAlternatingRowColors(true);
    m_agenda->header()->setStretchLastSection(false);
    m_agenda->header()->setSectionResizeMode(AgendaModel::TitleColumn, QHeaderView::Stretch);
    for (int column = AgendaModel::TimeColumn; column < AgendaModel::ColumnCount; ++column)
        m_agenda->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // Short columns (a three-character owner, 计划中) keep a gap between them.
    m_agenda->header()->setMinimumSectionSize(m_agenda->fontMetrics().horizontalAdvance(QStringLiteral("0000000")));

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_month);
    m_stack->addWidget(m_week);
    m_stack->addWidget(m_agenda);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);
    layout->addWidget(legend());

    for (CalendarView *view : {static_cast<CalendarView *>(m_month), static_cast<CalendarView *>(m_week)}) {
        connect(view, &CalendarView::moveRequested, this, &PlanView::moveActivity);
        connect(view, &CalendarView::activityActivated, this, &PlanView::editActivity);
        connect(view, &CalendarView::deleteRequested, this, &PlanView::deleteActivity);
        connect(view, &CalendarView::newActivityRequested, this, &PlanView::newActivity);
        connect(view, &CalendarView::copyRequested, this, &PlanView::copyActivityText);
    }
    connect(m_month, &CalendarView::dayActivated, this, [this](QDate day) {
        setDate(day);
        setMode(Mode::Week);
    });
    connect(m_agendaModel, &AgendaModel::doneToggled, this, &PlanView::setDone);
    connect(m_agenda, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == AgendaModel::TextColumn && index.data(AgendaModel::HasTextRole).toBool())
            copyActivityText(index.data(AgendaModel::ActivityIdRole).toLongLong());
    });
    connect(m_agenda, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(AgendaModel::ActivityIdRole).toLongLong())
            editActivity(id);
    });
    connect(m_modes, &QButtonGroup::idClicked, this, [this](int id) { setMode(Mode(id)); });

    const auto filterChanged = [this] {
        m_filter.types.clear();
        m_filter.statuses.clear();
        m_filter.owner.reset();
        if (const int type = m_typeFilter->currentData().toInt(); type >= 0)
            m_filter.types.insert(ActivityType(type));
        if (const int status = m_statusFilter->currentData().toInt(); status >= 0)
            m_filter.statuses.insert(ActivityStatus(status));
        if (const qint64 owner = m_ownerFilter->currentData().toLongLong(); owner >= 0)
            m_filter.owner = owner;
        m_filter.text = m_search->text().trimmed();
        refreshViews();
    };
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_ownerFilter, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_search, &QLineEdit::textChanged, this, filterChanged);
}

void PlanView::setCampId(qint64 id)
{
    m_openOnCamp = m_openOnCamp || id != m_campId;
    m_campId = id;
    m_reload->request();
}

void PlanView::reloadNow()
{
    reload();
    if (std::exchange(m_openOnCamp, false) && m_camp.courseStart.isValid()) {
        // Open on today if it is inside the camp, else on its first course day.
        const QDate first = m_camp.preparationStart.isValid() ? m_camp.preparationStart : m_camp.courseStart;
        const QDate last = m_camp.wrapUpEnd.isValid() ? m_camp.wrapUpEnd : m_camp.courseEnd;
        setDate(m_today >= first && m_today <= last ? m_today : m_camp.courseStart);
    }
}

void PlanView::reload()
{
    const std::optional<Camp> camp = m_campId ? m_document->camp(m_campId) : std::nullopt;
    m_camp = camp.value_or(Camp {});
    m_activities = m_campId ? m_document->valueOrReport(m_document->activities(m_campId)) : QList<Activity> {};
    refreshFilters();
    refreshViews();
}

void PlanView::refreshFilters()
{
    const QVariant current = m_ownerFilter->currentData();
    const qint64 chosen = current.isValid() ? current.toLongLong() : -1;
    const QSignalBlocker blocker(m_ownerFilter);
    m_ownerFilter->clear();
    m_ownerFilter->addItem(tr("Any owner"), qint64(-1));
    m_ownerFilter->addItem(tr("Nobody yet"), qint64(0));
    for (const auto &[membershipId, name] : m_document->valueOrReport(m_document->staff(m_campId)))
        m_ownerFilter->addItem(name, membershipId);
    m_ownerFilter->setCurrentIndex(std::max(0, m_ownerFilter->findData(chosen)));
}

void PlanView::refreshViews()
{
    const QList<Activity> shown = m_filter.apply(m_activities);
    for (CalendarView *view : {static_cast<CalendarView *>(m_month), static_cast<CalendarView *>(m_week)}) {
        view->setCamp(m_camp);
        view->setActivities(shown);
    }
    m_agendaModel->setPlan(m_camp, shown, m_document->valueOrReport(m_document->memberNames(m_campId)));
    m_agenda->expandAll();
    if (const QModelIndex day = m_agendaModel->indexOfDay(m_date); day.isValid())
        m_agenda->scrollTo(day, QAbstractItemView::PositionAtTop);
    updatePeriodLabel();
}

void PlanView::setMode(Mode mode)
{
    m_modes->button(int(mode))->setChecked(true);
    m_stack->setCurrentIndex(int(mode));
    updatePeriodLabel();
}

PlanView::Mode PlanView::mode() const
{
    return Mode(m_stack->currentIndex());
}

void PlanView::setDate(QDate date)
{
    m_date = date;
    m_month->setDate(date);
    m_week->setDate(date);
    if (const QModelIndex day = m_agendaModel->indexOfDay(date); day.isValid())
        m_agenda->scrollTo(day, QAbstractItemView::PositionAtTop);
    updatePeriodLabel();
}

void PlanView::setToday(QDate today)
{
    m_today = today;
    m_month->setToday(today);
    m_week->setToday(today);
}

void PlanView::step(int direction)
{
    setDate(mode() == Mode::Week ? m_date.addDays(7 * direction) : m_date.addMonths(direction));
}

void PlanView::updatePeriodLabel()
{
    const QLocale locale;
    if (mode() == Mode::Week) {
        m_period->setText(tr("%1 – %2").arg(locale.toString(m_week->firstVisibleDate(), DateFormat::shortDate()),
                                            locale.toString(m_week->lastVisibleDate(), DateFormat::shortDate())));
    } else {
        //: Date format of the month view's title (Qt date format)
        m_period->setText(locale.toString(m_date, tr("MMMM yyyy")));
    }
}

CalendarView *PlanView::currentCalendar() const
{
    if (mode() == Mode::Week)
        return m_week;
    return m_month;
}

qint64 PlanView::selectedActivityId() const
{
    if (mode() == Mode::Agenda)
        return m_agenda->currentIndex().data(AgendaModel::ActivityIdRole).toLongLong();
    return currentCalendar()->selectedActivityId();
}

void PlanView::reviewSelected()
{
    const qint64 id = selectedActivityId();
    if (id == 0) {
        m_feedback->setText(tr("Select the activity to review first."));
        setFeedbackTone(m_feedback, FeedbackTone::Problem);
        return;
    }
    Q_EMIT reviewRequested(id);
}

void PlanView::moveActivity(qint64 id, const QDateTime &start, bool copy)
{
    const std::optional<Activity> before = m_document->activity(id);
    if (!before)
        return;
    Activity after = before->movedTo(start);
    if (copy) {
        after.id = 0;
        after.startAfresh(); // as a duplicated camp's are
        m_document->undoStack()->push(
            new AddActivitiesCommand(m_document, {after}, tr("Copy “%1”").arg(before->title)));
        return;
    }
    m_document->undoStack()->push(
        new EditActivityCommand(m_document, *before, after, tr("Move “%1”").arg(before->title)));
}

void PlanView::setDone(qint64 id, bool done)
{
    const std::optional<Activity> before = m_document->activity(id);
    if (!before)
        return;
    Activity after = *before;
    after.status = done ? ActivityStatus::Done : ActivityStatus::Planned;
    if (after == *before)
        return;
    m_document->undoStack()->push(new EditActivityCommand(m_document, *before, after,
                                                          done ? tr("Mark “%1” done").arg(before->title)
                                                               : tr("Mark “%1” planned").arg(before->title)));
}

ActivityDialog *PlanView::activityDialog(const Activity &activity)
{
    // Without the library's lines, the staff or the members the dialog would
    // drop an activity's line, owner or speaker.
    auto speeches = speechChoices();
    auto staff = m_document->staff(m_campId);
    auto members = memberChoices();
    for (const Error *failed : {errorOf(speeches), errorOf(staff), errorOf(members)}) {
        if (failed) {
            m_document->reportError(failed->message);
            return nullptr;
        }
    }
    auto *dialog = new ActivityDialog(activity, *staff, *speeches, *members, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

void PlanView::newActivity(const QDateTime &start)
{
    if (m_campId == 0)
        return;
    Activity activity;
    activity.campId = m_campId;
    activity.type = ActivityType::StaffTask;
    activity.start = start;
    activity.end = start.addSecs(30 * 60);
    auto *dialog = activityDialog(activity);
    if (!dialog)
        return;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Activity created = dialog->activity();
        m_document->undoStack()->push(
            new AddActivitiesCommand(m_document, {created}, tr("Add “%1”").arg(created.title)));
    });
    dialog->open();
}

void PlanView::editActivity(qint64 id)
{
    const std::optional<Activity> before = m_document->activity(id);
    if (!before)
        return;
    auto *dialog = activityDialog(*before);
    if (!dialog)
        return;
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        const Activity after = dialog->activity();
        if (after != *before)
            m_document->undoStack()->push(
                new EditActivityCommand(m_document, *before, after, tr("Edit “%1”").arg(after.title)));
    });
    dialog->open();
}

void PlanView::deleteActivity(qint64 id)
{
    const std::optional<Activity> activity = m_document->activity(id);
    if (activity)
        m_document->undoStack()->push(new DeleteActivitiesCommand(m_document, {*activity}));
}

Result<QList<std::pair<qint64, QString>>> PlanView::memberChoices() const
{
    auto names = m_document->memberNames(m_campId);
    if (!names)
        return std::unexpected(names.error());
    QList<std::pair<qint64, QString>> choices;
    for (auto it = names->cbegin(); it != names->cend(); ++it)
        choices.append({it.key(), it.value()});
    std::sort(choices.begin(), choices.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    return choices;
}

Result<QList<std::pair<qint64, QString>>> PlanView::speechChoices() const
{
    auto speeches = m_document->speeches(m_campId);
    if (!speeches)
        return std::unexpected(speeches.error());
    QList<std::pair<qint64, QString>> choices;
    for (const SpeechTemplate &speech : std::as_const(*speeches))
        choices.append(
            {speech.id, SpeechCategories::displayName(speech.category) + QStringLiteral(" · ") + speech.title});
    return choices;
}

QString PlanView::feedback() const
{
    return m_feedback->text();
}

bool PlanView::copyActivityText(qint64 id)
{
    const std::optional<Activity> activity = m_document->activity(id);
    if (!activity || activity->speechTemplateId == 0)
        return false;
    auto speech = m_document->speech(activity->speechTemplateId);
    if (!speech) {
        m_document->reportError(speech.error().message);
        return false;
    }
    CopyContext context;
    context.campId = m_campId;
    context.date = activity->start.date();
    context.activityId = activity->id;
    context.staff = QSettings().value(QStringLiteral("speech/staff")).toString();
    auto copied = SpeechCopier::copy(*m_document, *speech, context);
    setFeedbackTone(m_feedback, copied ? FeedbackTone::Success : FeedbackTone::Problem);
    m_feedback->setText(copied ? tr("Copied the text of “%1”.").arg(activity->title)
                               : tr("“%1”: %2").arg(activity->title, copied.error().message));
    return copied.has_value();
}

void PlanView::exportCalendar()
{
    if (m_campId == 0)
        return;
    // A calendar that cannot be made is said before a file is asked for.
    auto workspaceId = m_document->workspaceId();
    if (!workspaceId) {
        m_document->reportError(workspaceId.error().message);
        return;
    }
    // A calendar without its owners' names would be written wrong, not short;
    // one of a plan that could not be read, empty.
    auto names = m_document->memberNames(m_campId);
    auto plan = freshPlan();
    if (const Error *error = names ? errorOf(plan) : &names.error()) {
        m_document->reportError(error->message);
        return;
    }
    const auto &[camp, activities] = *plan;
    const IcsWriter::Input input {camp, activities, *names, *workspaceId, QDateTime::currentDateTimeUtc()};
    const auto calendar = IcsWriter::write(input);
    if (!calendar) {
        m_document->reportError(calendar.error().message);
        return;
    }
    const QString suggestion = QDir::home().filePath(camp.name + QStringLiteral(".ics"));
    const QString path
        = FileDialog::getSaveFileName(this, tr("Export Calendar"), suggestion, tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    if (auto written = OutputFile::write(path, *calendar, m_document->fileName()); !written) {
        m_document->reportError(written.error().message);
        return;
    }
    m_document->announce(tr("Calendar of %n activity(ies) saved to %1", nullptr, int(activities.size()))
                             .arg(QDir::toNativeSeparators(path)));
}

QDate PlanView::runSheetDay() const
{
    if (const qint64 id = selectedActivityId()) {
        if (const std::optional<Activity> activity = m_document->activity(id))
            return activity->start.date();
    }
    return m_date;
}

void PlanView::saveRunSheet()
{
    if (m_campId == 0)
        return;
    const QDate day = runSheetDay();
    // A sheet that cannot be made is said before a file is asked for.
    auto sheet = runSheet(day);
    if (!sheet) {
        m_document->reportError(sheet.error().message);
        return;
    }
    const QString suggestion
        = QDir::home().filePath(tr("%1 run sheet %2.pdf").arg(m_camp.name, day.toString(Qt::ISODate)));
    const QString path = FileDialog::getSaveFileName(this, tr("Save Run Sheet"), suggestion, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto written = RunSheetPrinter::savePdf(*sheet, path, m_document->fileName()); !written) {
        m_document->reportError(written.error().message);
        return;
    }
    m_document->announce(tr("Run sheet saved to %1").arg(QDir::toNativeSeparators(path)));
}

void PlanView::printRunSheet()
{
    if (m_campId == 0)
        return;
    auto sheet = runSheet(runSheetDay());
    if (!sheet) {
        m_document->reportError(sheet.error().message);
        return;
    }
    RunSheetPrinter::print(*sheet, this);
}

Result<RunSheetContent> PlanView::runSheet(QDate day) const
{
    // A run sheet without its owners' names would be printed wrong, not short.
    auto names = m_document->memberNames(m_campId);
    if (!names)
        return std::unexpected(names.error());
    // Read now: a plan the view could not read is not "nothing planned".
    auto plan = freshPlan();
    if (!plan)
        return std::unexpected(plan.error());
    const auto onTheDay = RunSheet::activitiesOn(plan->second, day);
    if (!onTheDay)
        return std::unexpected(onTheDay.error());
    return RunSheet::content(plan->first, day, *onTheDay, *names);
}

Result<std::pair<Camp, QList<Activity>>> PlanView::freshPlan() const
{
    auto camp = m_document->readCamp(m_campId);
    if (!camp)
        return std::unexpected(camp.error());
    auto activities = m_document->activities(m_campId);
    if (!activities)
        return std::unexpected(activities.error());
    return std::pair {*camp, *activities};
}

} // namespace CampDesk
