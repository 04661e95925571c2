#include "ui/capture/ChatImportDialog.h"

#include "core/io/InputFile.h"
#include "core/roster/TextDecoder.h"
#include "ui/FileDialog.h"
#include "ui/WorkspaceDocument.h"
#include "ui/capture/ChatImportJob.h"
#include "ui/capture/MemberChoiceDelegate.h"
#include "ui/commands/CaptureCommands.h"
#include "ui/roster/MemberLabels.h"
#include "ui/widgets/FeedbackTone.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace CampDesk {

namespace {

enum IdentityColumn { NameColumn, KeyColumn, MessagesColumn, MatchColumn, MemberColumn, StaffColumn };

QString dateRange(qint64 first, qint64 last, const QTimeZone &zone)
{
    if (first == 0)
        return QString();
    const QLocale locale;
    return QCoreApplication::translate("ChatImportDialog", "%1 – %2")
        .arg(locale.toString(QDateTime::fromSecsSinceEpoch(first, zone), QLocale::ShortFormat),
             locale.toString(QDateTime::fromSecsSinceEpoch(last, zone), QLocale::ShortFormat));
}

} // namespace

ChatImportDialog::ChatImportDialog(WorkspaceDocument *document, qint64 campId, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_campId(campId)
    , m_pages(new QStackedWidget)
    , m_path(new QLineEdit)
    , m_format(new QComboBox)
    , m_encoding(new QComboBox)
    , m_dateOrder(new QComboBox)
    , m_chat(new QComboBox)
    , m_problem(new QLabel)
    , m_scanInfo(new QLabel)
    , m_identities(new QTableWidget)
    , m_memberChoice(new MemberChoiceDelegate(this))
    , m_progress(new QProgressBar)
    , m_progressLabel(new QLabel)
    , m_summary(new QLabel)
    , m_warnings(new QListWidget)
    , m_linePreview(new QPlainTextEdit)
    , m_acceptSuggestions(new QPushButton(tr("Accept Suggestions")))
    , m_next(new QPushButton(tr("Next")))
    , m_cancel(new QPushButton(tr("Cancel")))
{
    setObjectName(QStringLiteral("ChatImportDialog"));
    setWindowTitle(tr("Import a Chat Export"));

    // Page 1: the file and how to read it.
    m_path->setObjectName(QStringLiteral("chatFilePath"));
    m_path->setPlaceholderText(tr("WhatsApp .txt, Telegram result.json, QQ .txt, WeChat CSV/TXT, Discord JSON/CSV"));
    auto *browse = new QPushButton(tr("Browse…"));
    browse->setObjectName(QStringLiteral("browseChatButton"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::getOpenFileName(this, tr("Choose a Chat Export"), QDir::homePath(),
                                                         tr("Chat exports (*.txt *.json *.csv);;All files (*)"));
        if (!path.isEmpty())
            setFile(path);
    });
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(tr("Detect"), QString());
    for (ChatFormat format : ChatFormats::all())
        m_format->addItem(ChatFormats::displayName(format), ChatFormats::key(format));
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->addItem(tr("Detect"), QString());
    for (const QString &name : TextDecoder::choices())
        m_encoding->addItem(name, name);
    m_dateOrder->setObjectName(QStringLiteral("dateOrderCombo"));
    m_dateOrder->addItem(tr("Detect"), int(DateOrder::Auto));
    m_dateOrder->addItem(tr("Day first (31/12/26)"), int(DateOrder::DayFirst));
    m_dateOrder->addItem(tr("Month first (12/31/26)"), int(DateOrder::MonthFirst));
    m_chat->setObjectName(QStringLiteral("chatCombo"));
    m_chat->setPlaceholderText(tr("Choose the chat to import"));
    m_problem->setObjectName(QStringLiteral("chatImportProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    auto *choosePage = new QWidget;
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *chooseForm = m_chooseForm = new QFormLayout(choosePage);
    auto *intro = new QLabel(tr("CampDesk reads WhatsApp “Export chat” text files, Telegram Desktop result.json, QQ "
                                "message-manager .txt, WeChat exports made with MemoTrace (CSV or TXT) or PyWxDump "
                                "(CSV), and DiscordChatExporter JSON or CSV. The format, the text encoding and "
                                "WhatsApp's date order are detected; override them only if the result looks wrong.\n\n"
                                "Nothing is written until you have checked the senders on the next page, and importing "
                                "the same or an overlapping export again adds nothing twice."));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    chooseForm->addRow(intro);
    chooseForm->addRow(tr("File:"), pathRow);
    chooseForm->addRow(tr("Format:"), m_format);
    chooseForm->addRow(tr("Encoding:"), m_encoding);
    chooseForm->addRow(tr("WhatsApp dates:"), m_dateOrder);
    chooseForm->addRow(tr("Chat:"), m_chat);
    chooseForm->setRowVisible(m_chat, false);
    // Another file's chats are not this one's, nor those of the file read another way.
    connect(m_path, &QLineEdit::textChanged, this, [this] { offerChats({}); });
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] { offerChats({}); });
    chooseForm->addRow(m_problem);

    // Page 2: who is who.
    m_scanInfo->setObjectName(QStringLiteral("scanInfo"));
    m_scanInfo->setTextFormat(Qt::PlainText);
    m_scanInfo->setWordWrap(true);
    m_identities->setObjectName(QStringLiteral("importIdentityTable"));
    m_identities->setColumnCount(6);
    m_identities->setHorizontalHeaderLabels(
        {tr("Name in the chat"), tr("Chat id"), tr("Messages"), tr("How it matched"), tr("Member"), tr("Staff")});
    m_identities->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_identities->horizontalHeader()->setSectionResizeMode(MatchColumn, QHeaderView::Stretch);
    m_identities->horizontalHeader()->setSectionResizeMode(MemberColumn, QHeaderView::Stretch);
    m_identities->verticalHeader()->hide();
    m_memberChoice->setLeadingChoices({{ChatImportOptions::CreateMember, tr("Add as a new member")},
                                       {ChatImportOptions::LeaveUnmapped, tr("Leave unmapped")}});
    m_identities->setItemDelegateForColumn(MemberColumn, m_memberChoice);
    // Only the member column is editable (its items' flags say so).
    m_identities->setEditTriggers(QAbstractItemView::CurrentChanged | QAbstractItemView::SelectedClicked
                                  | QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_acceptSuggestions->setObjectName(QStringLiteral("acceptSuggestionsButton"));
    m_acceptSuggestions->setToolTip(tr("Map every sender whose strongest suggestion names one member to that member. "
                                       "Check the rows first: a suggestion is a guess."));
    connect(m_acceptSuggestions, &QPushButton::clicked, this, &ChatImportDialog::acceptSuggestions);
    auto *mapPage = new QWidget;
    auto *mapLayout = new QVBoxLayout(mapPage);
    mapLayout->addWidget(m_scanInfo);
    auto *suggestionRow = new QHBoxLayout;
    suggestionRow->addStretch();
    suggestionRow->addWidget(m_acceptSuggestions);
    mapLayout->addLayout(suggestionRow);
    mapLayout->addWidget(m_identities);

    // Page 3: progress.
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 100);
    m_progressLabel->setObjectName(QStringLiteral("importProgressLabel"));
    m_progressLabel->setTextFormat(Qt::PlainText);
    m_progressLabel->setWordWrap(true);
    auto *progressPage = new QWidget;
    auto *progressLayout = new QVBoxLayout(progressPage);
    progressLayout->addStretch();
    progressLayout->addWidget(m_progressLabel);
    progressLayout->addWidget(m_progress);
    progressLayout->addStretch();

    // Page 4: the summary.
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_warnings->setObjectName(QStringLiteral("importWarnings"));
    m_linePreview->setObjectName(QStringLiteral("warningLine"));
    m_linePreview->setReadOnly(true);
    m_linePreview->setMaximumHeight(90);
    connect(m_warnings, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && m_warnings->item(row))
            showLine(m_warnings->item(row)->data(Qt::UserRole).toInt());
    });
    auto *summaryPage = new QWidget;
    auto *summaryLayout = new QVBoxLayout(summaryPage);
    summaryLayout->addWidget(m_summary);
    summaryLayout->addWidget(new QLabel(tr("Warnings (click one to see its line):")));
    summaryLayout->addWidget(m_warnings, 1);
    summaryLayout->addWidget(m_linePreview);

    m_pages->addWidget(choosePage);
    m_pages->addWidget(mapPage);
    m_pages->addWidget(progressPage);
    m_pages->addWidget(summaryPage);

    m_next->setObjectName(QStringLiteral("nextButton"));
    m_next->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_next, &QPushButton::clicked, this, [this] {
        switch (page()) {
        case ChoosePage:
            scanFile();
            break;
        case MapPage:
            startImport();
            break;
        case ProgressPage:
            break;
        case SummaryPage:
            accept();
            break;
        }
    });
    connect(m_cancel, &QPushButton::clicked, this, &ChatImportDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);
    resize(760, 560);
}

ChatImportDialog::~ChatImportDialog() = default;

void ChatImportDialog::setFile(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

QString ChatImportDialog::scanInfoText() const
{
    return m_scanInfo->text();
}

ChatImportDialog::Page ChatImportDialog::page() const
{
    return Page(m_pages->currentIndex());
}

bool ChatImportDialog::isBusy() const
{
    // Busy until the job's result has been taken in, not only until its
    // thread stops: the finished signal crosses threads.
    return m_busy;
}

ChatImportOptions ChatImportDialog::currentOptions() const
{
    ChatImportOptions options;
    if (const QString format = m_format->currentData().toString(); !format.isEmpty())
        options.format = ChatFormats::fromKey(format);
    options.encoding = m_encoding->currentData().toString();
    options.dateOrder = DateOrder(m_dateOrder->currentData().toInt());
    options.chatPlace = m_chat->currentIndex() + 1; // 0: none chosen
    return options;
}

void ChatImportDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    setFeedbackTone(m_problem, FeedbackTone::Problem);
}

void ChatImportDialog::offerChats(const QStringList &chats)
{
    // Chosen by place (ChatChoice): two chats may share a name.
    const int chosen = m_chat->count() == chats.size() ? m_chat->currentIndex() : -1;
    m_chat->clear();
    for (qsizetype i = 0; i < chats.size(); ++i) {
        const QString name = chats.at(i).isEmpty() ? tr("(no name)") : chats.at(i);
        m_chat->addItem(chats.count(chats.at(i)) > 1 ? tr("%1 (#%2)").arg(name).arg(i + 1) : name);
    }
    m_chat->setCurrentIndex(chosen);
    m_chooseForm->setRowVisible(m_chat, !chats.isEmpty());
}

void ChatImportDialog::scanFile()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty()) {
        showProblem(tr("Choose the chat export to import."));
        return;
    }
    if (!QFileInfo::exists(path)) {
        showProblem(tr("%1 does not exist.").arg(path));
        return;
    }
    m_problem->clear();
    m_next->setEnabled(false);
    m_progressLabel->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_progress->setValue(0);
    m_pages->setCurrentIndex(ProgressPage);
    delete m_job;
    m_job
        = new ChatImportJob(m_document->fileName(), m_campId, path, currentOptions(), ChatImportJob::Kind::Scan, this);
    connect(m_job, &ChatImportJob::progressed, m_progress, &QProgressBar::setValue);
    connect(m_job, &ChatImportJob::finished, this, &ChatImportDialog::scanFinished);
    m_busy = true;
    m_job->start();
}

void ChatImportDialog::scanFinished()
{
    m_busy = false;
    m_next->setEnabled(true);
    if (m_closeWhenDone) {
        QDialog::reject();
        return;
    }
    const auto &result = *m_job->scan();
    if (!result) {
        m_pages->setCurrentIndex(ChoosePage);
        if (!result.error().choices.isEmpty())
            offerChats(result.error().choices);
        showProblem(result.error().message);
        return;
    }
    m_scan = *result;
    showScan(*m_scan);
    m_pages->setCurrentIndex(MapPage);
    m_next->setText(tr("Import"));
}

void ChatImportDialog::showScan(const ChatScan &scan)
{
    const std::optional<Camp> camp = m_document->camp(m_campId);
    const QTimeZone zone = camp ? camp->zone() : QTimeZone::systemTimeZone();
    QStringList lines;
    lines << tr("%1 — %2, %3").arg(scan.fileName, ChatFormats::displayName(scan.format), scan.encoding);
    if (!scan.chatName.isEmpty())
        lines << tr("Chat: %1").arg(scan.chatName);
    lines << tr("%1 messages by members and %2 system events, %3")
                 .arg(scan.countable)
                 .arg(scan.systemEvents)
                 .arg(dateRange(scan.firstAt, scan.lastAt, zone));
    if (!scan.warnings.isEmpty())
        lines << tr("%n warning(s); they are listed after the import.", nullptr, int(scan.warnings.size()));
    lines << tr("Check who each sender is. New senders can become members; CampDesk remembers your choices.");
    m_scanInfo->setText(lines.join(u'\n'));

    m_memberChoice->setChoices(MemberLabels::choices(m_document->valueOrReport(m_document->roster(m_campId))));
    int exact = 0;
    int suggested = 0;
    m_identities->setRowCount(int(scan.identities.size()));
    for (int row = 0; row < scan.identities.size(); ++row) {
        const ImportIdentity &identity = scan.identities.at(row);
        constexpr Qt::ItemFlags readOnly = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        auto *name = new QTableWidgetItem(identity.self ? tr("Me (the account that made the export)") : identity.name);
        name->setData(Qt::UserRole, identity.chatKey);
        name->setFlags(readOnly);
        if (identity.names.size() > 1)
            name->setToolTip(tr("Names in this file: %1").arg(identity.names.join(QStringLiteral(", "))));
        m_identities->setItem(row, NameColumn, name);
        auto *key = new QTableWidgetItem(identity.senderId);
        key->setFlags(readOnly);
        m_identities->setItem(row, KeyColumn, key);
        auto *count = new QTableWidgetItem(QLocale().toString(identity.messages));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        count->setFlags(readOnly);
        m_identities->setItem(row, MessagesColumn, count);
        auto *how = new QTableWidgetItem(matchText(identity));
        how->setFlags(readOnly);
        how->setToolTip(how->text());
        m_identities->setItem(row, MatchColumn, how);
        exact += identity.personId > 0 ? 1 : 0;
        suggested += identity.personId == 0 && !identity.suggestions.isEmpty() ? 1 : 0;
        // The member column is painted by m_memberChoice; a combo box exists
        // only while a cell is edited (one per row, each holding the whole
        // roster, made big camps unusable).
        auto *member = new QTableWidgetItem;
        const qint64 preset = identity.personId > 0 ? identity.personId : qint64(ChatImportOptions::LeaveUnmapped);
        member->setData(MemberChoiceDelegate::PersonIdRole, preset);
        QVariantList candidates;
        QStringList reasons;
        for (const SenderSuggestion &suggestion : identity.suggestions) {
            candidates.append(suggestion.personId);
            reasons.append(SenderMatcher::reasonText(suggestion.reason, suggestion.sameName));
        }
        member->setData(MemberChoiceDelegate::CandidatesRole, candidates);
        member->setData(MemberChoiceDelegate::SuggestionReasonsRole, reasons);
        if (identity.remembered) {
            member->setFlags(Qt::ItemIsEnabled);
            member->setToolTip(tr("Mapped by an earlier import; change it under “Chat identities”."));
        } else {
            member->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
        }
        m_identities->setItem(row, MemberColumn, member);
        auto *staff = new QTableWidgetItem;
        staff->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        staff->setCheckState(identity.staff ? Qt::Checked : Qt::Unchecked);
        m_identities->setItem(row, StaffColumn, staff);
    }
    m_acceptSuggestions->setEnabled(suggested > 0);
    const int senders = int(scan.identities.size());
    m_scanInfo->setText(m_scanInfo->text() + u'\n'
                        + tr("Senders: %1 · matched exactly: %2 · with a suggestion to check: %3 · no match: %4")
                              .arg(senders)
                              .arg(exact)
                              .arg(suggested)
                              .arg(senders - exact - suggested));
}

QString ChatImportDialog::matchText(const ImportIdentity &identity) const
{
    switch (identity.match) {
    case SenderMatchKind::Remembered:
        return tr("Mapped by an earlier import");
    case SenderMatchKind::ChatId:
        return tr("The member's chat id");
    case SenderMatchKind::Phone:
        return tr("The member's phone number");
    case SenderMatchKind::Name:
        return tr("The member's exact name");
    case SenderMatchKind::None:
        break;
    }
    if (identity.suggestions.isEmpty())
        return identity.self ? tr("Choose the member who made the export") : tr("No member matches");
    const SenderSuggestion &best = identity.suggestions.first();
    const QString text
        = tr("Suggested: %1 (%2)")
              .arg(m_memberChoice->nameOf(best.personId), SenderMatcher::reasonText(best.reason, best.sameName));
    if (identity.suggestions.size() == 1)
        return text;
    return tr("%1 and %n more", nullptr, int(identity.suggestions.size() - 1)).arg(text);
}

void ChatImportDialog::acceptSuggestions()
{
    if (!m_scan)
        return;
    QHash<QString, const ImportIdentity *> byKey;
    for (const ImportIdentity &identity : std::as_const(m_scan->identities))
        byKey.insert(identity.chatKey, &identity);
    // Every row of the file at once: a member two senders would become is
    // left for the operator (ChatImporter::acceptableSuggestions).
    QList<QList<SenderSuggestion>> open(m_identities->rowCount());
    QList<qint64> decided(m_identities->rowCount(), 0);
    for (int row = 0; row < m_identities->rowCount(); ++row) {
        const QTableWidgetItem *member = m_identities->item(row, MemberColumn);
        const qint64 chosen = member->data(MemberChoiceDelegate::PersonIdRole).toLongLong();
        decided[row] = std::max<qint64>(chosen, 0);
        const ImportIdentity *identity
            = byKey.value(m_identities->item(row, NameColumn)->data(Qt::UserRole).toString());
        if ((member->flags() & Qt::ItemIsEditable) && chosen == ChatImportOptions::LeaveUnmapped && identity)
            open[row] = identity->suggestions;
    }
    const QList<qint64> accepted = ChatImporter::acceptableSuggestions(open, decided);
    for (int row = 0; row < m_identities->rowCount(); ++row) {
        if (accepted.at(row) > 0)
            m_identities->item(row, MemberColumn)->setData(MemberChoiceDelegate::PersonIdRole, accepted.at(row));
    }
}

void ChatImportDialog::setDecision(int row, qint64 decision)
{
    if (QTableWidgetItem *member = m_identities->item(row, MemberColumn);
        member && (member->flags() & Qt::ItemIsEditable))
        member->setData(MemberChoiceDelegate::PersonIdRole, decision);
}

void ChatImportDialog::startImport()
{
    ChatImportOptions options = currentOptions();
    if (m_scan) {
        // Keep the detected format and encoding: the import reads exactly what was shown.
        options.format = m_scan->format;
        options.encoding = m_scan->encoding;
    }
    for (int row = 0; row < m_identities->rowCount(); ++row) {
        const QString key = m_identities->item(row, NameColumn)->data(Qt::UserRole).toString();
        if (const QTableWidgetItem *member = m_identities->item(row, MemberColumn);
            member->flags() & Qt::ItemIsEditable)
            options.mapping.insert(key, member->data(MemberChoiceDelegate::PersonIdRole).toLongLong());
        if (m_identities->item(row, StaffColumn)->checkState() == Qt::Checked)
            options.staffKeys.insert(key);
    }
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    m_next->setEnabled(false);
    const QString importing = tr("Importing %1…").arg(QFileInfo(path).fileName());
    m_progressLabel->setText(importing);
    m_progress->setValue(0);
    m_pages->setCurrentIndex(ProgressPage);
    delete m_job;
    m_job = new ChatImportJob(m_document->fileName(), m_campId, path, options, ChatImportJob::Kind::Import, this);
    connect(m_job, &ChatImportJob::progressed, m_progress, &QProgressBar::setValue);
    connect(m_job, &ChatImportJob::waitingForCamp, this, [this, path, importing](bool waiting) {
        if (m_closeWhenDone)
            return; // "Cancelling…" stays
        m_progressLabel->setText(waiting ? tr("Another operator is changing this camp's check-ins or importing into "
                                              "it. %1 is imported as soon as they are done; Cancel stops it with "
                                              "nothing changed.")
                                               .arg(QFileInfo(path).fileName())
                                         : importing);
    });
    connect(m_job, &ChatImportJob::finished, this, &ChatImportDialog::importFinished);
    m_busy = true;
    m_job->start();
}

void ChatImportDialog::cancelImport()
{
    if (m_job)
        m_job->cancel();
}

void ChatImportDialog::importFinished()
{
    m_busy = false;
    m_next->setEnabled(true);
    const auto &result = *m_job->summary();
    if (m_closeWhenDone && (!result || result->cancelled)) {
        QDialog::reject();
        return;
    }
    if (!result) {
        m_pages->setCurrentIndex(ChoosePage);
        m_next->setText(tr("Next"));
        showProblem(result.error().message);
        return;
    }
    const ChatImportSummary &summary = *result;
    if (summary.cancelled) {
        m_pages->setCurrentIndex(MapPage);
        m_scanInfo->setText(tr("The import was cancelled; nothing was written.") + u'\n' + m_scanInfo->text());
        setFeedbackTone(m_scanInfo, FeedbackTone::Problem);
        return;
    }
    // The job wrote through its own connection: put the step on the undo
    // stack and tell every view.
    ChatImportOptions options = currentOptions();
    options.format = summary.scan.format;
    options.encoding = summary.scan.encoding;
    for (int row = 0; row < m_identities->rowCount(); ++row) {
        const QString key = m_identities->item(row, NameColumn)->data(Qt::UserRole).toString();
        if (const QTableWidgetItem *member = m_identities->item(row, MemberColumn);
            member->flags() & Qt::ItemIsEditable)
            options.mapping.insert(key, member->data(MemberChoiceDelegate::PersonIdRole).toLongLong());
        if (m_identities->item(row, StaffColumn)->checkState() == Qt::Checked)
            options.staffKeys.insert(key);
    }
    m_document->undoStack()->push(new ImportChatCommand(
        m_document, m_campId, QDir::fromNativeSeparators(m_path->text().trimmed()), options, summary));
    m_document->announceChatImport(m_campId);
    showSummary(summary);
    m_pages->setCurrentIndex(SummaryPage);
    m_next->setText(tr("Close"));
    m_cancel->setEnabled(false);
}

void ChatImportDialog::showSummary(const ChatImportSummary &summary)
{
    const std::optional<Camp> camp = m_document->camp(m_campId);
    const QTimeZone zone = camp ? camp->zone() : QTimeZone::systemTimeZone();
    QStringList lines;
    if (summary.skipped > 0)
        lines << tr("%n message(s) of the file could not be read and were not imported; the lines are listed below.",
                    nullptr, summary.skipped);
    lines << tr("Messages added: %1").arg(summary.added) << tr("Duplicates skipped: %1").arg(summary.duplicates)
          << tr("System events: %1 (%2 joins, %3 leaves)")
                 .arg(summary.systemEvents)
                 .arg(summary.joins)
                 .arg(summary.leaves)
          << tr("Check-ins found in the chat: %1").arg(summary.checkIns);
    if (summary.scan.countable > 0)
        lines << tr("Dates: %1").arg(dateRange(summary.scan.firstAt, summary.scan.lastAt, zone));
    if (summary.membersCreated > 0)
        lines << tr("New members: %1").arg(summary.membersCreated);
    if (!summary.unmatched.isEmpty()) {
        lines << tr("%n sender(s) are not mapped to a member yet; map them under “Chat identities”.", nullptr,
                    int(summary.unmatched.size()));
    }
    if (!summary.checkInsOutsideStay.isEmpty())
        lines << outsideStayText(summary.checkInsOutsideStay);
    m_summary->setText(lines.join(u'\n'));
    // The import worked; what it skipped or left unmapped is to look at, not an error.
    const bool attention
        = summary.skipped > 0 || !summary.unmatched.isEmpty() || !summary.checkInsOutsideStay.isEmpty();
    setFeedbackTone(m_summary, attention ? FeedbackTone::Attention : FeedbackTone::Success);
    m_warnings->clear();
    for (const ParseWarning &warning : summary.scan.warnings) {
        // A warning's text names its line itself.
        const QString text = warning.message;
        auto *item = new QListWidgetItem(text);
        item->setIcon(
            style()->standardIcon(warning.skipped > 0 ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
        item->setToolTip(text);
        item->setData(Qt::UserRole, warning.line);
        m_warnings->addItem(item);
    }
    if (summary.scan.warnings.isEmpty())
        m_warnings->addItem(tr("No warnings."));
}

QString ChatImportDialog::outsideStayText(const QList<MemberDayRef> &checkIns) const
{
    // The first few members by name, each with their days; the CLI lists every one.
    constexpr int NamedMembers = 5;
    QStringList members;
    int more = 0;
    for (const auto &[personId, days] : MemberDayRef::isoDaysByMember(checkIns)) {
        if (members.size() < NamedMembers)
            members.append(tr("%1 (%2)").arg(m_memberChoice->nameOf(personId), days.join(tr(", "))));
        else
            ++more;
    }
    QString named = members.join(tr("; "));
    if (more > 0)
        named += tr("; and %n more member(s)", nullptr, more);
    return tr("%n check-in(s) in the chat were not recorded: the member was not in the camp that day (%1). If their "
              "dates are wrong, correct them in the roster and tick these days in the check-in grid.",
              nullptr, int(checkIns.size()))
        .arg(named);
}

void ChatImportDialog::showLine(int line)
{
    if (line <= 0)
        return;
    // One line read from the file as it goes: the export may be gigabytes.
    const QString encoding = m_scan ? m_scan->encoding : QString();
    const auto text = InputFile::line(QDir::fromNativeSeparators(m_path->text().trimmed()), line, encoding);
    // Plain text: imported content is never interpreted as markup.
    m_linePreview->setPlainText(tr("Line %1:").arg(line) + u'\n' + (text ? *text : text.error().message));
}

void ChatImportDialog::reject()
{
    if (isBusy()) {
        // Cancel first: the transaction rolls back and the dialog stays
        // until the job has finished.
        m_progressLabel->setText(tr("Cancelling…"));
        m_closeWhenDone = true;
        cancelImport();
        return;
    }
    QDialog::reject();
}

} // namespace CampDesk
