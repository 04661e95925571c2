#include "ui/dialogs/ActivityDialog.h"

#include "core/DateFormat.h"
#include "ui/widgets/FeedbackTone.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace CampDesk {

ActivityDialog::ActivityDialog(const Activity &activity, const QList<std::pair<qint64, QString>> &staff,
                               const QList<std::pair<qint64, QString>> &speeches,
                               const QList<std::pair<qint64, QString>> &members, QWidget *parent)
    : QDialog(parent)
    , m_original(activity)
    , m_type(new QComboBox)
    , m_title(new QLineEdit)
    , m_date(new QDateEdit)
    , m_start(new QTimeEdit)
    , m_end(new QTimeEdit)
    , m_owner(new QComboBox)
    , m_speaker(new QComboBox)
    , m_status(new QComboBox)
    , m_speech(new QComboBox)
    , m_notes(new QPlainTextEdit)
    , m_checklist(new QListWidget)
    , m_newItem(new QLineEdit)
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("ActivityDialog"));
    setWindowTitle(activity.id ? tr("Edit Activity") : tr("New Activity"));

    for (ActivityType type : ActivityTypes::all())
        m_type->addItem(ActivityTypes::displayName(type), int(type));
    m_type->setCurrentIndex(m_type->findData(int(activity.type)));
    m_type->setObjectName(QStringLiteral("typeCombo"));
    m_title->setText(activity.title);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(DateFormat::shortDate());
    m_date->setDate(activity.start.date());
    m_date->setObjectName(QStringLiteral("dateEdit"));
    for (QTimeEdit *edit : {m_start, m_end})
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
    m_start->setTime(activity.start.time());
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_end->setTime(activity.end.time());
    m_end->setObjectName(QStringLiteral("endEdit"));

    m_owner->addItem(tr("Nobody yet"), qint64(0));
    for (const auto &[membershipId, name] : staff)
        m_owner->addItem(name, membershipId);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(activity.ownerMembershipId)));
    m_owner->setObjectName(QStringLiteral("ownerCombo"));
    m_speaker->addItem(tr("Nobody yet"), qint64(0));
    for (const auto &[membershipId, name] : members)
        m_speaker->addItem(name, membershipId);
    m_speaker->setCurrentIndex(std::max(0, m_speaker->findData(activity.speakerMembershipId)));
    m_speaker->setObjectName(QStringLiteral("speakerCombo"));
    m_speaker->setToolTip(tr("The member who gives the sharing session; the review's leaderboard counts it."));
    for (ActivityStatus status : ActivityStatuses::all())
        m_status->addItem(ActivityStatuses::displayName(status), int(status));
    m_status->setCurrentIndex(m_status->findData(int(activity.status)));
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_speech->addItem(tr("None"), qint64(0));
    for (const auto &[speechId, title] : speeches)
        m_speech->addItem(title, speechId);
    m_speech->setCurrentIndex(std::max(0, m_speech->findData(activity.speechTemplateId)));
    m_speech->setObjectName(QStringLiteral("speechCombo"));
    m_speech->setToolTip(tr("The prepared text this activity posts; the plan offers to copy it filled for the day."));
    m_notes->setPlainText(activity.notes);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setMaximumHeight(110);

    m_checklist->setObjectName(QStringLiteral("checklist"));
    for (const ChecklistItem &item : activity.checklist) {
        auto *entry = new QListWidgetItem(item.text, m_checklist);
        entry->setFlags(entry->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
        entry->setCheckState(item.done ? Qt::Checked : Qt::Unchecked);
    }
    m_newItem->setPlaceholderText(tr("New checklist item"));
    m_newItem->setObjectName(QStringLiteral("newChecklistItem"));
    auto *add = new QPushButton(tr("Add"));
    auto *remove = new QPushButton(tr("Remove"));
    connect(add, &QPushButton::clicked, this, &ActivityDialog::addChecklistItem);
    connect(m_newItem, &QLineEdit::returnPressed, this, &ActivityDialog::addChecklistItem);
    connect(remove, &QPushButton::clicked, this, &ActivityDialog::removeChecklistItem);
    auto *itemRow = new QHBoxLayout;
    itemRow->addWidget(m_newItem, 1);
    itemRow->addWidget(add);
    itemRow->addWidget(remove);

    auto *times = new QHBoxLayout;
    times->addWidget(m_date);
    times->addWidget(m_start);
    times->addWidget(new QLabel(QStringLiteral("–")));
    times->addWidget(m_end);
    times->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("Type:"), m_type);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("When:"), times);
    form->addRow(tr("Owner:"), m_owner);
    form->addRow(tr("Speaker:"), m_speaker);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Prepared text:"), m_speech);
    form->addRow(tr("Notes:"), m_notes);
    form->addRow(tr("Checklist:"), m_checklist);
    form->addRow(QString(), itemRow);

    setFeedbackTone(m_problem, FeedbackTone::Problem);
    m_problem->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ActivityDialog::updateSpeaker);
    updateSpeaker();
    connect(m_title, &QLineEdit::textChanged, this, &ActivityDialog::validate);
    connect(m_start, &QTimeEdit::timeChanged, this, &ActivityDialog::validate);
    connect(m_end, &QTimeEdit::timeChanged, this, &ActivityDialog::validate);
    validate();
    resize(520, sizeHint().height());
}

void ActivityDialog::updateSpeaker()
{
    // Only sharing sessions have a speaker.
    m_speaker->setEnabled(ActivityType(m_type->currentData().toInt()) == ActivityType::SharingSession);
}

Activity ActivityDialog::activity() const
{
    Activity result = m_original;
    result.type = ActivityType(m_type->currentData().toInt());
    result.title = m_title->text().trimmed();
    result.start = wallClock(m_date->date(), m_start->time());
    // An end before the start means the activity runs past midnight.
    QDate endDate = m_date->date();
    if (m_end->time() < m_start->time())
        endDate = endDate.addDays(1);
    result.end = wallClock(endDate, m_end->time());
    result.ownerMembershipId = m_owner->currentData().toLongLong();
    result.speakerMembershipId
        = result.type == ActivityType::SharingSession ? m_speaker->currentData().toLongLong() : 0;
    result.status = ActivityStatus(m_status->currentData().toInt());
    result.speechTemplateId = m_speech->currentData().toLongLong();
    result.notes = m_notes->toPlainText();
    result.checklist.clear();
    for (int row = 0; row < m_checklist->count(); ++row) {
        const QListWidgetItem *item = m_checklist->item(row);
        if (!item->text().trimmed().isEmpty())
            result.checklist.append({item->text().trimmed(), item->checkState() == Qt::Checked});
    }
    return result;
}

void ActivityDialog::validate()
{
    const auto valid = activity().validate();
    m_problem->setText(valid ? QString() : valid.error().message);
    m_problem->setVisible(!valid);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid.has_value());
}

void ActivityDialog::addChecklistItem()
{
    const QString text = m_newItem->text().trimmed();
    if (text.isEmpty())
        return;
    auto *entry = new QListWidgetItem(text, m_checklist);
    entry->setFlags(entry->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
    entry->setCheckState(Qt::Unchecked);
    m_newItem->clear();
}

void ActivityDialog::removeChecklistItem()
{
    delete m_checklist->currentItem();
}

} // namespace CampDesk
