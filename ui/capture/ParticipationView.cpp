#include "ui/capture/ParticipationView.h"

#include "core/capture/ChatFormat.h"
#include "core/domain/MemberRole.h"
#include "core/review/ReviewHeadline.h"
#include "core/roster/ViolationRepository.h"
#include "ui/WorkspaceDocument.h"
#include "ui/capture/ChatImportDialog.h"
#include "ui/capture/CheckInGridModel.h"
#include "ui/capture/JielongDialog.h"
#include "ui/capture/MemberChoiceDelegate.h"
#include "ui/commands/CaptureCommands.h"
#include "ui/commands/RosterCommands.h"
#include "ui/roster/MemberLabels.h"
#include "ui/roster/ViolationDialog.h"
#include "ui/widgets/LazyRefresh.h"
#include "ui/widgets/PiecesLabel.h"
#include "ui/widgets/PlainToolTip.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace CampDesk {

namespace {

// The member column's choice that splits the identity off as a member of its own.
constexpr qint64 SplitOffChoice = -1;

// What a cell showed before the operator changed it: the edit is made on
// that, and refused when another operator changed it meanwhile.
constexpr int ShownRole = Qt::UserRole + 1;

enum IdentityColumn {
    NameColumn,
    OtherNamesColumn,
    PlatformColumn,
    KeyColumn,
    MessagesColumn,
    MemberColumn,
    StaffColumn
};

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

ParticipationView::ParticipationView(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new CheckInGridModel(document, this))
    , m_tabs(new QTabWidget)
    , m_grid(new QTableView)
    , m_columns(new QComboBox)
    , m_summary(new PiecesLabel)
    , m_identities(new QTableWidget)
    , m_watch(new QTableWidget)
    , m_memberChoice(new MemberChoiceDelegate(this))
{
    setObjectName(QStringLiteral("ParticipationView"));
    m_grid->setObjectName(QStringLiteral("checkInGrid"));
    m_grid->setModel(m_model);
    m_grid->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->horizontalHeader()->setDefaultSectionSize(64);
    m_grid->horizontalHeader()->setMinimumHeight(56);
    m_grid->verticalHeader()->hide();
    m_grid->installEventFilter(this);
    connect(m_grid, &QTableView::clicked, this, &ParticipationView::cellClicked);

    m_columns->setObjectName(QStringLiteral("gridColumns"));
    m_columns->addItem(tr("Course days"), int(CheckInGridModel::Columns::CourseDays));
    m_columns->addItem(tr("Check-in activities"), int(CheckInGridModel::Columns::CheckInActivities));
    m_summary->setText(tr("Counting check-ins…"));
    connect(m_columns, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setColumns(CheckInGridModel::Columns(m_columns->currentData().toInt()));
        m_grid->resizeColumnToContents(0);
    });

    auto *importButton = new QPushButton(tr("Import Chat Export…"));
    importButton->setObjectName(QStringLiteral("importChatButton"));
    connect(importButton, &QPushButton::clicked, this, &ParticipationView::importChat);
    auto *jielongButton = new QPushButton(tr("Paste Sign-up List…"));
    jielongButton->setObjectName(QStringLiteral("pasteJielongButton"));
    connect(jielongButton, &QPushButton::clicked, this, &ParticipationView::pasteJielong);
    auto *checkButton = new QPushButton(tr("Check In"));
    checkButton->setObjectName(QStringLiteral("checkSelectedButton"));
    checkButton->setToolTip(tr("Tick every selected cell (Space toggles)"));
    connect(checkButton, &QPushButton::clicked, this, [this] { setSelectedChecked(true); });
    auto *clearButton = new QPushButton(tr("Clear"));
    clearButton->setObjectName(QStringLiteral("clearSelectedButton"));
    connect(clearButton, &QPushButton::clicked, this, [this] { setSelectedChecked(false); });

    auto *gridPage = new QWidget;
    auto *gridBar = new QHBoxLayout;
    gridBar->addWidget(new QLabel(tr("Columns:")));
    gridBar->addWidget(m_columns);
    gridBar->addWidget(checkButton);
    gridBar->addWidget(clearButton);
    gridBar->addStretch();
    auto *gridLayout = new QVBoxLayout(gridPage);
    gridLayout->addLayout(gridBar);
    gridLayout->addWidget(m_grid);

    m_identities->setObjectName(QStringLiteral("identityTable"));
    m_identities->setColumnCount(7);
    m_identities->setHorizontalHeaderLabels({tr("Name in the chat"), tr("Earlier names"), tr("Platform"), tr("Chat id"),
                                             tr("Messages"), tr("Member"), tr("Staff")});
    // Names and members share the room; the rest is as wide as what it holds,
    // so a chat id ("wxid_demo0042") is never cut where ids differ.
    m_identities->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_identities->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_identities->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_identities->setSelectionMode(QAbstractItemView::SingleSelection);
    // Choosing "new member" in the member column splits the identity off.
    m_memberChoice->setLeadingChoices({{0, tr("— not mapped —")}, {SplitOffChoice, tr("A new member of its own")}});
    m_identities->horizontalHeader()->setSectionResizeMode(MemberColumn, QHeaderView::Stretch);
    m_identities->verticalHeader()->hide();
    m_identities->setItemDelegateForColumn(MemberColumn, m_memberChoice);
    m_identities->setEditTriggers(QAbstractItemView::CurrentChanged | QAbstractItemView::SelectedClicked
                                  | QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    connect(m_identities, &QTableWidget::itemChanged, this, &ParticipationView::identityItemChanged);
    auto *identityPage = new QWidget;
    auto *identityLayout = new QVBoxLayout(identityPage);
    auto *identityHint = new QLabel(tr("Everyone who wrote in an imported chat. Choose the member each one is; "
                                       "CampDesk remembers it for every later import of this camp. Two identities "
                                       "mapped to one member are one person; split one off if they are not."));
    identityHint->setWordWrap(true);
    auto *splitButton = new QPushButton(tr("Split Off as a New Member"));
    splitButton->setObjectName(QStringLiteral("splitIdentityButton"));
    splitButton->setToolTip(tr("Make the selected chat identity a member of its own, with its messages"));
    connect(splitButton, &QPushButton::clicked, this, [this] {
        if (const QTableWidgetItem *member = m_identities->item(m_identities->currentRow(), MemberColumn))
            splitIdentity(member->data(Qt::UserRole).toLongLong());
    });
    auto *identityBar = new QHBoxLayout;
    identityBar->addWidget(identityHint, 1);
    identityBar->addWidget(splitButton);
    identityLayout->addLayout(identityBar);
    identityLayout->addWidget(m_identities);

    m_watch->setObjectName(QStringLiteral("watchTable"));
    m_watch->setColumnCount(4);
    m_watch->setHorizontalHeaderLabels({tr("Time"), tr("Sender"), tr("Watch word"), tr("Message")});
    m_watch->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_watch->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_watch->setSelectionMode(QAbstractItemView::SingleSelection);
    m_watch->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_watch->verticalHeader()->hide();
    auto *logButton = new QPushButton(tr("Log Violation…"));
    logButton->setObjectName(QStringLiteral("logViolationButton"));
    connect(logButton, &QPushButton::clicked, this, [this] {
        if (m_watch->currentRow() >= 0)
            logViolationForWatchRow(m_watch->currentRow());
    });
    connect(m_watch, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { logViolationForWatchRow(row); });
    auto *watchPage = new QWidget;
    auto *watchLayout = new QVBoxLayout(watchPage);
    auto *watchHint
        = new QLabel(tr("Imported messages that contain one of the camp's watch words (set in the overview)."));
    watchHint->setWordWrap(true);
    auto *watchBar = new QHBoxLayout;
    watchBar->addWidget(watchHint, 1);
    watchBar->addWidget(logButton);
    watchLayout->addLayout(watchBar);
    watchLayout->addWidget(m_watch);

    m_tabs->setObjectName(QStringLiteral("participationTabs"));
    m_tabs->addTab(gridPage, tr("Check-ins"));
    m_tabs->addTab(identityPage, tr("Chat identities"));
    m_tabs->addTab(watchPage, tr("Watch list"));

    m_summary->setObjectName(QStringLiteral("participationSummary"));
    auto *topBar = new QHBoxLayout;
    topBar->addWidget(m_summary, 1);
    topBar->addWidget(jielongButton);
    topBar->addWidget(importButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(topBar);
    layout->addWidget(m_tabs);

    m_summaryRefresh = new LazyRefresh(this, [this] { refreshSummary(); });
    m_gridRefresh = new LazyRefresh(gridPage, [this] { refreshGrid(); });
    m_identityRefresh = new LazyRefresh(identityPage, [this] { refreshIdentities(); });
    m_watchRefresh = new LazyRefresh(watchPage, [this] { refreshWatchList(); });

    const auto follow = [this](qint64 campId) {
        if (campId == m_campId)
            refresh();
    };
    connect(document, &WorkspaceDocument::participationChanged, this, follow);
    connect(document, &WorkspaceDocument::membersChanged, this, follow);
    connect(document, &WorkspaceDocument::campChanged, this, follow);
    // The header says what the grid's figures say, each time they change.
    connect(m_model, &CheckInGridModel::figuresChanged, this, [this] { m_summaryRefresh->request(); });
}

void ParticipationView::setToday(QDate today)
{
    m_model->setToday(today);
}

void ParticipationView::setCampId(qint64 id)
{
    m_campId = id;
    refresh();
}

void ParticipationView::identityItemChanged(QTableWidgetItem *item)
{
    if (m_refreshingIdentities || (item->column() != StaffColumn && item->column() != MemberColumn))
        return;
    // Everything of the cell is read first: a push refreshes the table,
    // which deletes `item`.
    const bool staffCell = item->column() == StaffColumn;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    const QVariant shownValue = item->data(ShownRole);
    const bool checked = item->checkState() == Qt::Checked;
    const qint64 personId = item->data(MemberChoiceDelegate::PersonIdRole).toLongLong();
    // That one identity, not the camp's every account with its messages
    // counted (a third of a second on a million messages).
    auto identity = m_document->chatIdentity(id);
    if (!identity) {
        m_document->reportError(identity.error().message);
        refreshIdentities(); // the cell goes back to what is stored
        return;
    }
    // The identity as the table showed it, which another operator may have
    // changed since: a mapping or mark is made on that.
    ChatIdentity shown = *identity;
    if (staffCell) {
        shown.staff = shownValue.toBool();
        if (shown.staff != checked)
            m_document->undoStack()->push(new SetChatIdentityStaffCommand(m_document, shown, checked));
        return;
    }
    shown.personId = shownValue.toLongLong();
    if (personId == SplitOffChoice)
        m_document->undoStack()->push(new SplitChatIdentityCommand(m_document, *identity));
    else if (personId != shown.personId)
        m_document->undoStack()->push(new MapChatIdentityCommand(m_document, shown, personId));
}

void ParticipationView::refreshGrid()
{
    // The model follows the document's changes itself; it only needs the camp.
    if (m_gridCamp != m_campId) {
        m_gridCamp = m_campId;
        m_model->setCamp(m_campId);
    }
    m_grid->resizeColumnToContents(0);
}

bool ParticipationView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_grid && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space) {
            toggleSelected();
            return true;
        }
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            setSelectedChecked(false);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ParticipationView::cellClicked(const QModelIndex &index)
{
    // A plain click ticks one cell; with Ctrl or Shift the click selects.
    if (index.column() == 0 || QGuiApplication::keyboardModifiers() != Qt::NoModifier)
        return;
    if (m_grid->selectionModel()->selectedIndexes().size() > 1)
        return;
    toggleSelected();
}

void ParticipationView::toggleSelected()
{
    bool allChecked = true;
    bool any = false;
    for (const QModelIndex &index : m_grid->selectionModel()->selectedIndexes()) {
        if (index.column() == 0)
            continue;
        any = true;
        allChecked = allChecked && m_model->isChecked(index);
    }
    if (any)
        setSelectedChecked(!allChecked);
}

void ParticipationView::setSelectedChecked(bool checked)
{
    QList<CheckIn> add;
    QList<CheckIn> remove;
    for (const QModelIndex &index : m_grid->selectionModel()->selectedIndexes()) {
        if (checked)
            add.append(m_model->checkInsToAdd(index));
        else
            remove.append(m_model->checkInsToRemove(index));
    }
    if (add.isEmpty() && remove.isEmpty())
        return;
    const int count = int(add.size() + remove.size());
    const QString text
        = checked ? tr("Check in %n cell(s)", nullptr, count) : tr("Clear %n check-in(s)", nullptr, count);
    auto *command = new ChangeCheckInsCommand(m_document, m_campId, add, remove, text);
    if (command->changesAnything())
        m_document->undoStack()->push(command);
    else
        delete command;
}

void ParticipationView::importChat()
{
    if (m_campId == 0)
        return;
    auto *dialog = new ChatImportDialog(m_document, m_campId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ParticipationView::pasteJielong()
{
    if (m_campId == 0)
        return;
    auto *dialog = new JielongDialog(m_document, m_campId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ParticipationView::refresh()
{
    m_summaryRefresh->request();
    m_gridRefresh->request();
    m_identityRefresh->request();
    m_watchRefresh->request();
}

void ParticipationView::refreshSummary()
{
    // The figures are the grid's: load it if its page has not been seen yet.
    if (m_gridCamp != m_campId)
        refreshGrid();
    if (!m_model->error().isEmpty()) {
        m_summary->setPieces({m_model->error()});
        return;
    }
    // The Review tab's figures without the active rate, in its words.
    m_summary->setPieces(ReviewHeadline::summaryPieces(m_model->series(), false));
}

void ParticipationView::refreshIdentities()
{
    m_refreshingIdentities = true;
    auto read = m_document->chatIdentities(m_campId);
    if (!read)
        m_document->reportError(read.error().message);
    const QList<ChatIdentity> identities = read.value_or(QList<ChatIdentity> {});
    const QList<RosterEntry> roster = m_document->valueOrReport(m_document->roster(m_campId));
    m_memberChoice->setChoices(MemberLabels::choices(roster));
    QSet<qint64> staffByRole; // people whose role in the camp makes them staff
    for (const RosterEntry &entry : roster) {
        if (MemberRoles::isStaff(entry.membership.role))
            staffByRole.insert(entry.person.id);
    }
    m_identities->clearContents();
    m_identities->setRowCount(int(identities.size()));
    for (int row = 0; row < identities.size(); ++row) {
        const ChatIdentity &identity = identities.at(row);
        m_identities->setItem(
            row, NameColumn,
            readOnlyItem(identity.self ? tr("Me (the account that made the export)") : identity.displayName));
        QStringList earlier = identity.names;
        earlier.removeAll(identity.displayName);
        m_identities->setItem(row, OtherNamesColumn, readOnlyItem(earlier.join(QStringLiteral(", "))));
        m_identities->setItem(row, PlatformColumn, readOnlyItem(ChatFormats::platformName(identity.platform)));
        m_identities->setItem(
            row, KeyColumn,
            readOnlyItem(identity.chatKey.startsWith(QLatin1String("name:")) ? QString() : identity.chatKey));
        auto *count = readOnlyItem(QLocale().toString(identity.messages));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_identities->setItem(row, MessagesColumn, count);
        auto *staff = new QTableWidgetItem;
        // Staff by role (owner team, assistants, crew) are staff whatever the
        // box says: ticked and fixed, with the reason.
        const bool byRole = identity.personId != 0 && staffByRole.contains(identity.personId);
        staff->setFlags(byRole ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        staff->setCheckState(identity.staff || byRole ? Qt::Checked : Qt::Unchecked);
        if (byRole)
            staff->setToolTip(tr("Staff by their role in the camp (change it under Members)"));
        staff->setData(Qt::UserRole, identity.id);
        staff->setData(ShownRole, identity.staff);
        m_identities->setItem(row, StaffColumn, staff);
        auto *member = new QTableWidgetItem;
        member->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
        member->setData(Qt::UserRole, identity.id);
        member->setData(MemberChoiceDelegate::PersonIdRole, identity.personId);
        member->setData(ShownRole, identity.personId);
        member->setToolTip(tr("Choose the member this chat identity is"));
        m_identities->setItem(row, MemberColumn, member);
    }
    m_refreshingIdentities = false;
}

void ParticipationView::splitIdentity(qint64 identityId)
{
    auto identities = m_document->chatIdentities(m_campId);
    if (!identities) {
        m_document->reportError(identities.error().message);
        return;
    }
    for (const ChatIdentity &identity : std::as_const(*identities)) {
        if (identity.id == identityId) {
            m_document->undoStack()->push(new SplitChatIdentityCommand(m_document, identity));
            return;
        }
    }
}

void ParticipationView::refreshWatchList()
{
    const std::optional<Camp> camp = m_document->camp(m_campId);
    const Result<QList<WatchHit>> found
        = camp ? m_document->watchHits(m_campId, camp->watchWords) : Result<QList<WatchHit>> {};
    if (!found)
        m_document->reportError(found.error().message);
    const QList<WatchHit> hits = found.value_or(QList<WatchHit> {});
    const QTimeZone zone = camp ? camp->zone() : QTimeZone::systemTimeZone();
    m_watch->clearContents();
    m_watch->setRowCount(int(hits.size()));
    for (int row = 0; row < hits.size(); ++row) {
        const WatchHit &hit = hits.at(row);
        auto *time = new QTableWidgetItem(
            QLocale().toString(QDateTime::fromSecsSinceEpoch(hit.sentAt, zone), QLocale::ShortFormat));
        time->setData(Qt::UserRole, hit.personId);
        time->setData(Qt::UserRole + 1, hit.sentAt);
        m_watch->setItem(row, 0, time);
        m_watch->setItem(row, 1, new QTableWidgetItem(hit.senderName));
        m_watch->setItem(row, 2, new QTableWidgetItem(hit.word));
        m_watch->setItem(row, 3, new QTableWidgetItem(hit.text.simplified()));
        m_watch->item(row, 3)->setToolTip(plainToolTip(hit.text));
        m_watch->item(row, 3)->setData(Qt::UserRole, hit.text); // the evidence, as plain text
    }
    m_tabs->setTabText(2, hits.isEmpty() ? tr("Watch list") : tr("Watch list (%1)").arg(hits.size()));
}

void ParticipationView::logViolationForWatchRow(int row)
{
    const QTableWidgetItem *time = m_watch->item(row, 0);
    if (!time)
        return;
    const qint64 personId = time->data(Qt::UserRole).toLongLong();
    const std::optional<Camp> camp = m_document->camp(m_campId);
    auto roster = m_document->roster(m_campId);
    if (!roster) {
        m_document->reportError(roster.error().message);
        return;
    }
    std::optional<RosterEntry> entry;
    for (const RosterEntry &member : std::as_const(*roster)) {
        if (member.person.id == personId)
            entry = member;
    }
    if (!entry || !camp) {
        m_document->reportError(
            tr("%1 is not mapped to a member of this camp yet: map them under “Chat identities” first.")
                .arg(m_watch->item(row, 1)->text()));
        return;
    }
    // Whether the next violation means removal is read from the history.
    auto history = m_document->personViolations(personId);
    if (!history) {
        m_document->reportError(history.error().message);
        return;
    }
    QList<Violation> inCamp;
    for (const Violation &violation : std::as_const(*history)) {
        if (violation.campId == m_campId)
            inCamp.append(violation);
    }
    const QDate day = QDateTime::fromSecsSinceEpoch(time->data(Qt::UserRole + 1).toLongLong(), camp->zone()).date();
    auto *dialog
        = new ViolationDialog(entry->person.displayName,
                              ViolationRepository::nextMeansRemoval(inCamp, camp->warningsBeforeRemoval), day, this);
    dialog->setEvidence(tr("%1, %2: %3")
                            .arg(m_watch->item(row, 0)->text(), m_watch->item(row, 1)->text(),
                                 m_watch->item(row, 3)->data(Qt::UserRole).toString()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const RosterEntry member = *entry;
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, member] { pushLogViolation(m_document, m_campId, member, dialog->violation()); });
    dialog->open();
}

} // namespace CampDesk
