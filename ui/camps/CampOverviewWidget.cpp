#include "ui/camps/CampOverviewWidget.h"

#include "core/DateFormat.h"
#include "core/domain/ListText.h"
#include "core/domain/MemberRole.h"
#include "core/io/DataTable.h"
#include "core/plan/CampPlanner.h"
#include "core/review/CampHeadcount.h"
#include "core/review/ReviewCalculator.h"
#include "core/review/ReviewHeadline.h"
#include "core/roster/NicknameStandard.h"
#include "ui/WorkspaceDocument.h"
#include "ui/camps/CampStatusStyle.h"
#include "ui/commands/CampCommands.h"
#include "ui/commands/CommandFailure.h"
#include "ui/widgets/CommitTextEdit.h"
#include "ui/widgets/FeedbackTone.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTimeZone>
#include <QUndoStack>
#include <QVBoxLayout>

namespace CampDesk {

namespace {

QDateEdit *makeDateEdit(const QString &objectName)
{
    auto *edit = new QDateEdit;
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(DateFormat::shortDate());
    return edit;
}

QDoubleSpinBox *makeRateEdit(const QString &objectName)
{
    auto *edit = new QDoubleSpinBox;
    edit->setObjectName(objectName);
    edit->setRange(0, 100);
    // As the camp keeps it (66.7 %): a whole number would round it, and
    // leaving the box would write the rounded target back.
    edit->setDecimals(1);
    edit->setSuffix(QStringLiteral(" %"));
    return edit;
}

void setDateQuietly(QDateEdit *edit, QDate date)
{
    const QSignalBlocker blocker(edit);
    edit->setDate(date);
}

} // namespace

CampOverviewWidget::CampOverviewWidget(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_today(QDate::currentDate())
{
    buildLayout();
    connectEdits();
    connect(document, &WorkspaceDocument::campChanged, this, [this](qint64 id) {
        if (id == m_campId)
            refresh();
    });
    connect(document, &WorkspaceDocument::membersChanged, this, [this](qint64 id) {
        if (id == m_campId)
            refreshMembers();
    });
    // The members figure is the review's, which a chat account marked as
    // staff changes too.
    connect(document, &WorkspaceDocument::participationChanged, this, [this](qint64 id) {
        if (id == m_campId)
            refreshMembers();
    });
}

void CampOverviewWidget::buildLayout()
{
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(24, 18, 24, 18);
    column->setSpacing(12);

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("campTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("campStatus"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("campSummary"));
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_summary);
    statusRow->addStretch();

    m_validation = new QLabel;
    m_validation->setObjectName(QStringLiteral("validationMessage"));
    m_validation->setTextFormat(Qt::PlainText);
    m_validation->setWordWrap(true);
    m_validation->setStyleSheet(QStringLiteral("QLabel { color: #B3261E; background: #FDECEA; padding: 6px; "
                                               "border-radius: 4px; }"));
    m_validation->hide();
    m_planNotes = new QLabel;
    m_planNotes->setObjectName(QStringLiteral("planNotes"));
    m_planNotes->setTextFormat(Qt::PlainText);
    m_planNotes->setWordWrap(true);
    setFeedbackTone(m_planNotes, FeedbackTone::Attention);
    m_planNotes->hide();

    column->addWidget(m_title);
    column->addLayout(statusRow);
    column->addWidget(m_validation);
    column->addWidget(m_planNotes);

    // About and dates on the left, goals and members on the right.
    auto *about = new QGroupBox(tr("Camp"));
    auto *aboutForm = new QFormLayout(about);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_theme = new QLineEdit;
    m_theme->setObjectName(QStringLiteral("themeEdit"));
    m_theme->setPlaceholderText(tr("What the camp is about, in one line"));
    m_description = new CommitTextEdit;
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setPlaceholderText(tr("Who it is for, how it runs"));
    m_description->setMaximumHeight(90);
    aboutForm->addRow(tr("Name:"), m_name);
    aboutForm->addRow(tr("Positioning:"), m_theme);
    aboutForm->addRow(tr("Description:"), m_description);

    auto *dates = new QGroupBox(tr("Dates"));
    auto *datesForm = new QFormLayout(dates);
    m_preparationStart = makeDateEdit(QStringLiteral("preparationStartEdit"));
    m_courseStart = makeDateEdit(QStringLiteral("courseStartEdit"));
    m_courseEnd = makeDateEdit(QStringLiteral("courseEndEdit"));
    m_wrapUpEnd = makeDateEdit(QStringLiteral("wrapUpEndEdit"));
    datesForm->addRow(tr("Preparation starts:"), m_preparationStart);
    datesForm->addRow(tr("First course day:"), m_courseStart);
    datesForm->addRow(tr("Last course day:"), m_courseEnd);
    datesForm->addRow(tr("Wrap-up ends:"), m_wrapUpEnd);
    m_timeZone = new QComboBox;
    m_timeZone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_timeZone->setToolTip(tr("The zone of the plan's times; calendar exports convert from it."));
    // Sized for a typical zone name, not the longest of ~600: measuring every
    // item took a twentieth of the time to the first painted window.
    m_timeZone->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_timeZone->setMinimumContentsLength(26);
    m_timeZone->addItem(tr("This computer's (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())), QString());
    for (const QByteArray &zone : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(zone), QString::fromUtf8(zone));
    datesForm->addRow(tr("Time zone:"), m_timeZone);
    m_zoneNote = new QLabel;
    m_zoneNote->setObjectName(QStringLiteral("zoneNote"));
    m_zoneNote->setTextFormat(Qt::PlainText);
    m_zoneNote->setWordWrap(true);
    setFeedbackTone(m_zoneNote, FeedbackTone::Attention);
    m_zoneNote->hide();
    datesForm->addRow(m_zoneNote);

    auto *goals = new QGroupBox(tr("Goals"));
    auto *goalsForm = new QFormLayout(goals);
    m_targetMembers = new QSpinBox;
    m_targetMembers->setObjectName(QStringLiteral("targetMembersEdit"));
    m_targetMembers->setRange(0, 1000000);
    m_targetMembers->setSpecialValueText(tr("not set"));
    m_targetActiveRate = makeRateEdit(QStringLiteral("targetActiveRateEdit"));
    m_targetActiveRate->setToolTip(tr("Share of members who speak or check in on a day. Above 30 % counts as an "
                                      "active group."));
    m_targetCheckinRate = makeRateEdit(QStringLiteral("targetCheckinRateEdit"));
    goalsForm->addRow(tr("Target members:"), m_targetMembers);
    goalsForm->addRow(tr("Target active rate:"), m_targetActiveRate);
    goalsForm->addRow(tr("Target check-in rate:"), m_targetCheckinRate);
    m_activityTail = new QSpinBox;
    m_activityTail->setObjectName(QStringLiteral("activityTailEdit"));
    m_activityTail->setRange(0, 1440);
    m_activityTail->setSingleStep(15);
    m_activityTail->setSuffix(tr(" min"));
    m_activityTail->setToolTip(tr("An activity's participants are the members who speak from its start until this "
                                  "long after its end."));
    m_silentDays = new QSpinBox;
    m_silentDays->setObjectName(QStringLiteral("silentDaysEdit"));
    m_silentDays->setRange(1, 365);
    m_silentDays->setSuffix(tr(" days"));
    m_silentDays->setToolTip(tr("Members without a message or check-in for this many days are listed as at risk."));
    goalsForm->addRow(tr("Counted after an activity:"), m_activityTail);
    goalsForm->addRow(tr("At risk after silence of:"), m_silentDays);
    m_nicknamePattern = new QLineEdit;
    m_nicknamePattern->setObjectName(QStringLiteral("nicknamePatternEdit"));
    m_warnings = new QSpinBox;
    m_warnings->setObjectName(QStringLiteral("warningsEdit"));
    m_warnings->setRange(0, 10);
    m_warnings->setToolTip(tr("Warnings a member gets before the next violation means removal (the SOP: one)."));
    m_watchWords = new QLineEdit;
    m_watchWords->setObjectName(QStringLiteral("watchWordsEdit"));
    m_watchWords->setToolTip(tr("Risky words, separated by commas: the speech editor warns about them."));
    goalsForm->addRow(tr("Nickname pattern:"), m_nicknamePattern);
    goalsForm->addRow(tr("Warnings before removal:"), m_warnings);
    goalsForm->addRow(tr("Watch words:"), m_watchWords);

    auto *members = new QGroupBox(tr("Members"));
    auto *membersLayout = new QVBoxLayout(members);
    m_memberCounts = new QLabel;
    m_memberCounts->setObjectName(QStringLiteral("memberCounts"));
    m_memberCounts->setTextFormat(Qt::PlainText);
    m_memberCounts->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    membersLayout->addWidget(m_memberCounts);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(12);
    grid->addWidget(about, 0, 0);
    grid->addWidget(goals, 0, 1);
    grid->addWidget(dates, 1, 0);
    grid->addWidget(members, 1, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);

    auto *rules = new QGroupBox(tr("Group rules"));
    auto *rulesLayout = new QVBoxLayout(rules);
    m_groupRules = new CommitTextEdit;
    m_groupRules->setObjectName(QStringLiteral("groupRulesEdit"));
    m_groupRules->setPlaceholderText(tr("What is encouraged, what is forbidden, the consequences, and whom to ask."));
    rulesLayout->addWidget(m_groupRules);
    auto *faq = new QGroupBox(tr("FAQ handbook"));
    auto *faqLayout = new QVBoxLayout(faq);
    m_faq = new CommitTextEdit;
    m_faq->setObjectName(QStringLiteral("faqEdit"));
    m_faq->setPlaceholderText(tr("Answers to the questions members ask again and again."));
    faqLayout->addWidget(m_faq);
    grid->addWidget(rules, 2, 0);
    grid->addWidget(faq, 2, 1);
    grid->setRowStretch(2, 1);
    column->addLayout(grid, 1);

    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

void CampOverviewWidget::connectEdits()
{
    connect(m_name, &QLineEdit::editingFinished, this,
            [this] { commit(tr("name"), [this](Camp &camp) { camp.name = m_name->text().trimmed(); }); });
    connect(m_theme, &QLineEdit::editingFinished, this,
            [this] { commit(tr("positioning"), [this](Camp &camp) { camp.theme = m_theme->text().trimmed(); }); });
    connect(m_description, &CommitTextEdit::editingFinished, this, [this] {
        commit(tr("description"), [this](Camp &camp) { camp.description = m_description->toPlainText(); });
    });
    connect(m_preparationStart, &QDateEdit::editingFinished, this, [this] {
        commit(tr("preparation start"), [this](Camp &camp) { camp.preparationStart = m_preparationStart->date(); });
    });
    connect(m_courseStart, &QDateEdit::editingFinished, this, [this] {
        commit(tr("first course day"), [this](Camp &camp) { camp.courseStart = m_courseStart->date(); });
    });
    connect(m_courseEnd, &QDateEdit::editingFinished, this,
            [this] { commit(tr("last course day"), [this](Camp &camp) { camp.courseEnd = m_courseEnd->date(); }); });
    connect(m_wrapUpEnd, &QDateEdit::editingFinished, this,
            [this] { commit(tr("wrap-up end"), [this](Camp &camp) { camp.wrapUpEnd = m_wrapUpEnd->date(); }); });
    connect(m_timeZone, &QComboBox::activated, this, [this] {
        commit(tr("time zone"), [this](Camp &camp) { camp.timeZone = m_timeZone->currentData().toString(); });
    });
    connect(m_nicknamePattern, &QLineEdit::editingFinished, this, [this] {
        commit(tr("nickname pattern"),
               [this](Camp &camp) { camp.nicknamePattern = NicknameStandard::fromDisplay(m_nicknamePattern->text()); });
    });
    connect(m_activityTail, &QSpinBox::editingFinished, this, [this] {
        commit(tr("time counted after an activity"),
               [this](Camp &camp) { camp.activityTailMinutes = m_activityTail->value(); });
    });
    connect(m_silentDays, &QSpinBox::editingFinished, this, [this] {
        commit(tr("days of silence before a member is at risk"),
               [this](Camp &camp) { camp.silentAfterDays = m_silentDays->value(); });
    });
    connect(m_warnings, &QSpinBox::editingFinished, this, [this] {
        commit(tr("warnings before removal"), [this](Camp &camp) { camp.warningsBeforeRemoval = m_warnings->value(); });
    });
    connect(m_watchWords, &QLineEdit::editingFinished, this, [this] {
        commit(tr("watch words"), [this](Camp &camp) {
            // "a, " is one word: a blank one would not be stored, and the
            // undo's camp would then never match the stored one.
            camp.watchWords = ListText::split(m_watchWords->text());
        });
    });
    connect(m_targetMembers, &QSpinBox::editingFinished, this, [this] {
        commit(tr("target members"), [this](Camp &camp) { camp.targetMembers = m_targetMembers->value(); });
    });
    // A box shows a rate to a tenth: leaving it as shown keeps the camp's own
    // value (66.67 %), never the rounded one.
    const auto keptRate = [](const QDoubleSpinBox *box, double stored) {
        return qFuzzyCompare(box->value(), QString::number(stored, 'f', box->decimals()).toDouble()) ? stored
                                                                                                     : box->value();
    };
    connect(m_targetActiveRate, &QDoubleSpinBox::editingFinished, this, [this, keptRate] {
        commit(tr("target active rate"), [this, keptRate](Camp &camp) {
            camp.targetActiveRate = keptRate(m_targetActiveRate, camp.targetActiveRate);
        });
    });
    connect(m_targetCheckinRate, &QDoubleSpinBox::editingFinished, this, [this, keptRate] {
        commit(tr("target check-in rate"), [this, keptRate](Camp &camp) {
            camp.targetCheckinRate = keptRate(m_targetCheckinRate, camp.targetCheckinRate);
        });
    });
    connect(m_groupRules, &CommitTextEdit::editingFinished, this, [this] {
        commit(tr("group rules"), [this](Camp &camp) { camp.groupRules = m_groupRules->toPlainText(); });
    });
    connect(m_faq, &CommitTextEdit::editingFinished, this,
            [this] { commit(tr("FAQ"), [this](Camp &camp) { camp.faq = m_faq->toPlainText(); }); });
}

void CampOverviewWidget::setCampId(qint64 id)
{
    m_campId = id;
    refresh();
}

void CampOverviewWidget::setToday(QDate today)
{
    m_today = today;
    refresh();
}

void CampOverviewWidget::commit(const QString &fieldName, const std::function<void(Camp &)> &change)
{
    if (m_campId == 0)
        return;
    Camp after = m_camp;
    change(after);
    if (after == m_camp)
        return;
    if (auto valid = after.validate(); !valid) {
        // Keep the stored value and say why the edit was not taken.
        m_validation->setText(valid.error().message);
        m_validation->show();
        refresh();
        m_validation->show();
        return;
    }
    m_validation->hide();
    const Camp before = m_camp;
    // Only a change that was made moves the plan (a refused one said why).
    if (!pushSucceeded(*m_document, new EditCampCommand(m_document, before, after, fieldName)))
        return;
    showPlanNotes(
        CampPlanner::datesChangeNotes(before, after, m_document->valueOrReport(m_document->activities(m_campId))));
}

void CampOverviewWidget::showPlanNotes(const QStringList &notes)
{
    // The first few here; the agenda shows every activity under its day.
    constexpr qsizetype Shown = 5;
    if (notes.isEmpty()) {
        m_planNotes->hide();
        return;
    }
    QStringList lines {tr("%n planned activity(ies) are now on another part of the camp; check them in the agenda:",
                          nullptr, int(notes.size()))};
    lines << notes.first(std::min(Shown, notes.size()));
    if (notes.size() > Shown)
        lines << tr("and %n more", nullptr, int(notes.size() - Shown));
    m_planNotes->setText(lines.join(u'\n'));
    m_planNotes->show();
}

void CampOverviewWidget::applyRole()
{
    const bool editable = m_document->may(TeamAction::ChangeCamps);
    const QString why = m_document->refusal(TeamAction::ChangeCamps);
    // A field's own tooltip comes back when the role may edit again.
    const auto explain = [editable, &why](QWidget *field) {
        if (!field->property("ownToolTip").isValid())
            field->setProperty("ownToolTip", field->toolTip());
        field->setToolTip(editable ? field->property("ownToolTip").toString() : why);
    };
    for (QLineEdit *field : findChildren<QLineEdit *>()) {
        field->setReadOnly(!editable);
        explain(field);
    }
    for (QAbstractSpinBox *field : findChildren<QAbstractSpinBox *>()) {
        field->setReadOnly(!editable);
        explain(field);
    }
    for (QPlainTextEdit *field : findChildren<QPlainTextEdit *>()) {
        field->setReadOnly(!editable);
        explain(field);
    }
    for (QComboBox *field : findChildren<QComboBox *>()) {
        field->setEnabled(editable);
        explain(field);
    }
}

void CampOverviewWidget::refresh()
{
    const std::optional<Camp> camp = m_campId ? m_document->camp(m_campId) : std::nullopt;
    setEnabled(camp.has_value());
    m_validation->hide();
    m_planNotes->hide();
    if (!camp)
        return;
    m_camp = *camp;
    applyRole();

    m_title->setText(m_camp.name);
    const CampStatus status = m_camp.statusOn(m_today);
    m_status->setText(CampStatuses::displayName(status));
    m_status->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; padding: 2px 8px; border-radius: 4px; }")
            .arg(CampStatusStyle::background(status).name(), CampStatusStyle::foreground(status).name()));
    QString summary;
    switch (status) {
    case CampStatus::Planning:
        summary = tr("Preparation starts in %n day(s)", nullptr, int(m_today.daysTo(m_camp.preparationStart)));
        break;
    case CampStatus::Preparing:
        summary = tr("First lesson in %n day(s)", nullptr, int(m_today.daysTo(m_camp.courseStart)));
        break;
    case CampStatus::Running:
        summary = m_today <= m_camp.courseEnd
            ? tr("Course day %1 of %2").arg(m_camp.courseStart.daysTo(m_today) + 1).arg(m_camp.courseDays())
            : tr("Wrap-up after %n course day(s)", nullptr, m_camp.courseDays());
        break;
    case CampStatus::Finished:
        summary
            = tr("Finished %n day(s) ago", nullptr,
                 int(m_camp.wrapUpEnd.isValid() ? m_camp.wrapUpEnd.daysTo(m_today) : m_camp.courseEnd.daysTo(m_today)));
        break;
    }
    m_summary->setText(summary);

    {
        const QSignalBlocker nameBlocker(m_name);
        const QSignalBlocker themeBlocker(m_theme);
        const QSignalBlocker membersBlocker(m_targetMembers);
        const QSignalBlocker activeBlocker(m_targetActiveRate);
        const QSignalBlocker checkinBlocker(m_targetCheckinRate);
        const QSignalBlocker zoneBlocker(m_timeZone);
        const QSignalBlocker patternBlocker(m_nicknamePattern);
        const QSignalBlocker warningsBlocker(m_warnings);
        const QSignalBlocker tailBlocker(m_activityTail);
        const QSignalBlocker silentBlocker(m_silentDays);
        m_activityTail->setValue(m_camp.activityTailMinutes);
        m_silentDays->setValue(m_camp.silentAfterDays);
        const QSignalBlocker watchBlocker(m_watchWords);
        m_nicknamePattern->setText(NicknameStandard::toDisplay(m_camp.nicknamePattern));
        m_nicknamePattern->setToolTip(tr("How group nicknames are written; %1 are filled for each member.")
                                          .arg(NicknameStandard::displayPlaceholders()));
        m_nicknamePattern->setCursorPosition(0); // read from its start, not its end
        m_warnings->setValue(m_camp.warningsBeforeRemoval);
        m_watchWords->setText(m_camp.watchWords.join(QStringLiteral(", ")));
        m_watchWords->setCursorPosition(0);
        showZone();
        m_name->setText(m_camp.name);
        m_theme->setText(m_camp.theme);
        m_targetMembers->setValue(m_camp.targetMembers);
        m_targetActiveRate->setValue(m_camp.targetActiveRate);
        m_targetCheckinRate->setValue(m_camp.targetCheckinRate);
    }
    setDateQuietly(m_preparationStart, m_camp.preparationStart);
    setDateQuietly(m_courseStart, m_camp.courseStart);
    setDateQuietly(m_courseEnd, m_camp.courseEnd);
    setDateQuietly(m_wrapUpEnd, m_camp.wrapUpEnd.isValid() ? m_camp.wrapUpEnd : m_camp.courseEnd);
    m_description->setTextQuietly(m_camp.description);
    m_groupRules->setTextQuietly(m_camp.groupRules);
    m_faq->setTextQuietly(m_camp.faq);
    refreshMembers();
}

void CampOverviewWidget::showZone()
{
    // A zone this computer does not know stays the camp's, shown by its
    // name, never as "this computer's", which is what counts its days here.
    const int unknownRow = m_timeZone->findData(true, ExtraZoneRole);
    if (unknownRow >= 0)
        m_timeZone->removeItem(unknownRow);
    int row = m_timeZone->findData(m_camp.timeZone);
    const QString note = m_camp.unknownZoneNote();
    // A zone not in the list (unknown here, or an alias such as Asia/Calcutta) is listed by its name.
    if (row < 0 && !m_camp.timeZone.isEmpty()) {
        m_timeZone->addItem(note.isEmpty() ? m_camp.timeZone : tr("%1 (unknown here)").arg(m_camp.timeZone),
                            m_camp.timeZone);
        row = m_timeZone->count() - 1;
        m_timeZone->setItemData(row, true, ExtraZoneRole);
    }
    m_timeZone->setCurrentIndex(std::max(0, row));
    m_zoneNote->setText(note);
    m_zoneNote->setVisible(!note.isEmpty());
}

void CampOverviewWidget::refreshMembers()
{
    auto counts = m_document->memberCountsByRole(m_campId);
    if (!counts) {
        m_memberCounts->setText(counts.error().message);
        return;
    }
    QStringList lines;
    for (MemberRole role : MemberRoles::all())
        lines << tr("%1: %2").arg(MemberRoles::displayName(role)).arg(counts->value(role));
    // The members figure is the review's (members in the camp now, those
    // who left named), so the Overview, Participation and Review agree; the
    // roles below count everyone on the roster.
    auto input = m_document->reviewInput(m_campId);
    if (!input) {
        m_memberCounts->setText(input.error().message);
        return;
    }
    const CampHeadcount headcount = CampHeadcount::of(*input, *counts, m_today);
    const ReviewSeries &series = headcount.series;
    QString header = tr("%1: %2").arg(ReviewHeadline::membersLabel(), ReviewHeadline::membersValue(series))
        + QLatin1Char('\n') + tr("Staff: %1").arg(headcount.staff());
    if (m_camp.targetMembers > 0)
        header += QLatin1Char('\n')
            + tr("%1 of the target of %2")
                  .arg(DataTable::percent(100.0 * series.memberCount / m_camp.targetMembers))
                  .arg(m_camp.targetMembers);
    m_memberCounts->setText(header + QStringLiteral("\n\n")
                            + tr("On the roster by role (%n in all):", nullptr, headcount.onRoster())
                            + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
}

} // namespace CampDesk
