#include "ui/capture/JielongDialog.h"

#include "core/DateFormat.h"
#include "core/capture/SenderMatcher.h"
#include "core/io/InputFile.h"
#include "core/roster/TextDecoder.h"
#include "ui/FileDialog.h"
#include "ui/WorkspaceDocument.h"
#include "ui/capture/MemberChoiceDelegate.h"
#include "ui/commands/CaptureCommands.h"
#include "ui/commands/CommandFailure.h"
#include "ui/roster/MemberLabels.h"
#include "ui/widgets/FeedbackTone.h"
#include "ui/widgets/PlainToolTip.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace CampDesk {

namespace {

enum Column { NumberColumn, EntryColumn, MatchColumn, MemberColumn };

} // namespace

JielongDialog::JielongDialog(WorkspaceDocument *document, qint64 campId, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_campId(campId)
    , m_text(new QPlainTextEdit)
    , m_day(new QComboBox)
    , m_activity(new QComboBox)
    , m_table(new QTableWidget)
    , m_summary(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
    , m_acceptSuggestions(new QPushButton(tr("Accept Suggestions")))
    , m_memberChoice(new MemberChoiceDelegate(this))
{
    setObjectName(QStringLiteral("JielongDialog"));
    setWindowTitle(tr("Record a Sign-up List"));
    m_text->setObjectName(QStringLiteral("jielongText"));
    m_text->setPlaceholderText(
        tr("Paste the sign-up list here — every copy of it, if you like: CampDesk keeps the longest."));
    m_day->setObjectName(QStringLiteral("dayCombo"));
    m_activity->setObjectName(QStringLiteral("activityCombo"));
    m_table->setObjectName(QStringLiteral("entryTable"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Entry"), tr("How it matched"), tr("Member")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); // the number
    m_table->horizontalHeader()->setSectionResizeMode(EntryColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(MatchColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(MemberColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_memberChoice->setLeadingChoices({{0, tr("— skip —")}});
    m_table->setItemDelegateForColumn(MemberColumn, m_memberChoice);
    // Only the member column is editable (its items' flags say so).
    m_table->setEditTriggers(QAbstractItemView::CurrentChanged | QAbstractItemView::SelectedClicked
                             | QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == MemberColumn)
            updateSummary();
    });
    m_acceptSuggestions->setObjectName(QStringLiteral("acceptJielongSuggestionsButton"));
    m_acceptSuggestions->setToolTip(tr("Choose, for every entry whose strongest suggestion names one member, that "
                                       "member. Check the rows first: a suggestion is a guess."));
    connect(m_acceptSuggestions, &QPushButton::clicked, this, &JielongDialog::acceptSuggestions);
    m_summary->setObjectName(QStringLiteral("jielongSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record Check-ins"));

    if (const std::optional<Camp> camp = m_document->camp(campId)) {
        int number = 1;
        for (QDate day = camp->courseStart; day <= camp->courseEnd; day = day.addDays(1), ++number)
            m_day->addItem(tr("Day %1 (%2)").arg(number).arg(QLocale().toString(day, DateFormat::shortDate())), day);
        const QDate today = camp->today();
        setDay(today >= camp->courseStart && today <= camp->courseEnd ? today : camp->courseStart);
    }
    const QList<RosterEntry> roster = m_document->valueOrReport(m_document->roster(campId));
    m_memberChoice->setChoices(MemberLabels::choices(roster));
    for (const RosterEntry &entry : roster)
        m_memberships.append(entry.membership);
    refillActivities();

    auto *loadButton = new QPushButton(tr("Load from File…"));
    loadButton->setObjectName(QStringLiteral("loadJielongButton"));
    connect(loadButton, &QPushButton::clicked, this, &JielongDialog::loadFile);
    connect(m_text, &QPlainTextEdit::textChanged, this, &JielongDialog::rematch);
    connect(m_day, &QComboBox::currentIndexChanged, this, &JielongDialog::refillActivities);
    // Who was in the camp depends on the day.
    connect(m_day, &QComboBox::currentIndexChanged, this, &JielongDialog::updateSummary);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &JielongDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Course day:"), m_day);
    form->addRow(tr("Check-in for:"), m_activity);
    auto *textBar = new QHBoxLayout;
    textBar->addWidget(new QLabel(tr("Sign-up list text:")));
    textBar->addStretch();
    textBar->addWidget(loadButton);
    auto *summaryBar = new QHBoxLayout;
    summaryBar->addWidget(m_summary, 1);
    summaryBar->addWidget(m_acceptSuggestions);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(textBar);
    layout->addWidget(m_text, 2);
    layout->addWidget(m_table, 3);
    layout->addLayout(summaryBar);
    layout->addWidget(m_buttons);
    resize(720, 640);
    rematch();
}

void JielongDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

void JielongDialog::setDay(QDate day)
{
    const int index = m_day->findData(day);
    if (index >= 0)
        m_day->setCurrentIndex(index);
}

void JielongDialog::loadFile()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Load a Sign-up List"), QDir::homePath(),
                                                     tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    auto read = InputFile::readAll(path);
    if (!read) {
        m_summary->setText(read.error().message);
        setFeedbackTone(m_summary, FeedbackTone::Problem);
        return;
    }
    setText(TextDecoder::decode(*read).text);
}

void JielongDialog::refillActivities()
{
    const QDate day = m_day->currentData().toDate();
    m_activity->clear();
    m_activity->addItem(tr("The whole day"), 0);
    for (const Activity &activity : m_document->valueOrReport(m_document->activities(m_campId))) {
        if (activity.type == ActivityType::CheckIn && activity.start.date() == day)
            m_activity->addItem(activity.title, activity.id);
    }
}

void JielongDialog::rematch()
{
    // What the operator chose for an entry stays while the entry does: a
    // space added to the text must not undo their work.
    // Two entries may read alike (two members called 王芳): each is known by
    // its list, its text and how many alike came before it.
    const auto keysOf = [](const QList<JielongMatch> &matches) {
        QStringList keys;
        QHash<QString, int> seen;
        for (const JielongMatch &match : matches) {
            const QString key = match.listHeader + u'\n' + match.entry.text;
            keys.append(key + u'\n' + QString::number(seen[key]++));
        }
        return keys;
    };
    QHash<QString, qint64> chosen;
    const QStringList before = keysOf(m_matches);
    for (int row = 0; row < m_matches.size(); ++row) {
        if (chosenPerson(row) != m_matches.at(row).personId)
            chosen.insert(before.at(row), chosenPerson(row));
    }
    const QString text = m_text->toPlainText();
    m_matches.clear();
    QString problem;
    if (!text.trimmed().isEmpty()) {
        auto matches = m_document->matchJielong(m_campId, text);
        if (matches)
            m_matches = *matches;
        else
            problem = matches.error().message;
    }
    const QStringList after = keysOf(m_matches);
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_matches.size()));
    constexpr Qt::ItemFlags readOnly = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    for (int row = 0; row < m_matches.size(); ++row) {
        const JielongMatch &match = m_matches.at(row);
        auto *number = new QTableWidgetItem(QString::number(match.entry.number));
        number->setToolTip(tr("Line %1").arg(match.entry.line));
        number->setFlags(readOnly);
        m_table->setItem(row, NumberColumn, number);
        auto *entry = new QTableWidgetItem(match.entry.text.section(u'\n', 0, 0));
        entry->setToolTip(plainToolTip(match.entry.text));
        entry->setFlags(readOnly);
        m_table->setItem(row, EntryColumn, entry);
        QString how = match.remembered ? tr("“%1” was matched to this member by hand before").arg(match.name)
                                       : tr("Names the member exactly");
        if (match.personId == 0 && match.suggestions.isEmpty()) {
            how = tr("No member matches");
        } else if (match.personId == 0) {
            const NameIndex::Suggestion &best = match.suggestions.first();
            how = tr("Suggested: %1 (%2)")
                      .arg(m_memberChoice->nameOf(best.personId), SenderMatcher::reasonText(best.reason, false));
        }
        auto *matched = new QTableWidgetItem(how);
        matched->setToolTip(how);
        matched->setFlags(readOnly);
        m_table->setItem(row, MatchColumn, matched);
        // Painted by m_memberChoice; a guess is offered first, not chosen.
        auto *member = new QTableWidgetItem;
        member->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
        member->setData(MemberChoiceDelegate::PersonIdRole, chosen.value(after.at(row), match.personId));
        QVariantList candidates;
        QStringList reasons;
        for (const NameIndex::Suggestion &suggestion : match.suggestions) {
            candidates.append(suggestion.personId);
            reasons.append(SenderMatcher::reasonText(suggestion.reason, false));
        }
        member->setData(MemberChoiceDelegate::CandidatesRole, candidates);
        member->setData(MemberChoiceDelegate::SuggestionReasonsRole, reasons);
        m_table->setItem(row, MemberColumn, member);
    }
    updateSummary();
    // Rather than "no numbered entries found" for a list that was not read.
    if (!problem.isEmpty()) {
        m_summary->setText(problem);
        setFeedbackTone(m_summary, FeedbackTone::Problem);
    }
}

qint64 JielongDialog::chosenPerson(int row) const
{
    const QTableWidgetItem *member = m_table->item(row, MemberColumn);
    return member ? member->data(MemberChoiceDelegate::PersonIdRole).toLongLong() : 0;
}

void JielongDialog::choose(int row, qint64 personId)
{
    if (QTableWidgetItem *member = m_table->item(row, MemberColumn))
        member->setData(MemberChoiceDelegate::PersonIdRole, personId);
}

QList<qint64> JielongDialog::acceptable() const
{
    QList<qint64> chosen;
    for (int row = 0; row < m_matches.size(); ++row)
        chosen.append(chosenPerson(row));
    return JielongMatcher::acceptableSuggestions(m_matches, chosen);
}

void JielongDialog::acceptSuggestions()
{
    const QList<qint64> accepted = acceptable();
    for (int row = 0; row < m_matches.size(); ++row) {
        if (accepted.at(row) > 0)
            choose(row, accepted.at(row));
    }
}

void JielongDialog::updateSummary()
{
    if (m_matches.isEmpty()) {
        m_summary->setText(m_text->toPlainText().trimmed().isEmpty()
                               ? tr("Paste a sign-up list above.")
                               : tr("No numbered entries found. A sign-up entry looks like “1. name remark”."));
        setFeedbackTone(m_summary,
                        m_text->toPlainText().trimmed().isEmpty() ? FeedbackTone::Success : FeedbackTone::Problem);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        m_acceptSuggestions->setEnabled(false);
        return;
    }
    int matched = 0;
    for (int row = 0; row < m_matches.size(); ++row)
        matched += chosenPerson(row) > 0 ? 1 : 0;
    const QList<qint64> accepted = acceptable();
    const auto acceptableCount = std::count_if(accepted.cbegin(), accepted.cend(), [](qint64 id) { return id > 0; });
    m_acceptSuggestions->setEnabled(acceptableCount > 0);
    m_acceptSuggestions->setToolTip(acceptableCount > 0
                                        ? tr("Take the suggested member for every entry that has one clear suggestion")
                                        : tr("No entry has one clear suggestion: where two members are suggested, or "
                                             "two entries would be one member, "
                                             "choose in the list"));
    const int open = int(m_matches.size()) - matched;
    // Several lists, or copies that added nothing: said before they are recorded.
    QStringList notes = JielongMatcher::notes(m_text->toPlainText());
    // Who was not in the camp that day is said before anything is recorded.
    if (const QList<qint64> away = currentRecording().notInCamp; !away.isEmpty()) {
        QStringList names;
        for (qint64 personId : away)
            names.append(m_memberChoice->nameOf(personId));
        notes.append(
            tr("Not in the camp that day (joined later or left), so not recorded: %1.").arg(names.join(tr(", "))));
    }
    m_summary->setText(
        tr("%n entries", nullptr, int(m_matches.size())) + QStringLiteral(" · ") + tr("%n matched", nullptr, matched)
        + (open > 0
               ? QStringLiteral(" · ") + tr("%n left unmatched: choose a member or leave them skipped", nullptr, open)
               : QString())
        + (notes.isEmpty() ? QString() : u'\n' + notes.join(u'\n')));
    setFeedbackTone(m_summary, open > 0 || !notes.isEmpty() ? FeedbackTone::Attention : FeedbackTone::Success);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(matched > 0);
}

JielongRecording JielongDialog::currentRecording() const
{
    // The entries as the operator left them; those matched by hand teach
    // their names for the next paste.
    QList<JielongMatch> chosen;
    QList<JielongMatch> byHand;
    for (int row = 0; row < m_matches.size(); ++row) {
        JielongMatch match = m_matches.at(row);
        const qint64 personId = std::max<qint64>(chosenPerson(row), 0);
        const bool manual = personId > 0 && personId != match.personId;
        match.personId = personId;
        if (manual)
            byHand.append(match);
        chosen.append(match);
    }
    return JielongMatcher::recording(chosen, byHand, m_day->currentData().toDate(),
                                     m_activity->currentData().toLongLong(), m_memberships);
}

void JielongDialog::accept()
{
    const JielongRecording recording = currentRecording();
    auto *command = new RecordJielongCommand(m_document, m_campId, recording.checkIns, recording.aliases,
                                             tr("Record sign-up check-ins for %1").arg(m_day->currentText()));
    // What the step added, not what the list named: members already checked
    // in that day are told apart. A step that failed has said why.
    const int added = command->addingCount();
    const int already = int(recording.checkIns.size()) - added;
    if (!pushSucceeded(*m_document, command))
        return;
    QString announcement
        = tr("%n check-in(s) recorded for %1 from the sign-up list", nullptr, added).arg(m_day->currentText());
    if (already > 0)
        announcement += QStringLiteral(" · ") + tr("%n already checked in", nullptr, already);
    if (!recording.notInCamp.isEmpty())
        announcement += QStringLiteral(" · ")
            + tr("%n not in the camp that day (joined later or left), not recorded", nullptr,
                 int(recording.notInCamp.size()));
    m_document->announce(announcement);
    QDialog::accept();
}

} // namespace CampDesk
