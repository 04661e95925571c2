#include "ui/roster/RosterView.h"

#include "core/io/InputFile.h"
#include "core/io/OutputFile.h"
#include "core/roster/NicknameStandard.h"
#include "core/roster/TextDecoder.h"
#include "core/roster/ViolationRepository.h"
#include "ui/FileDialog.h"
#include "ui/WorkspaceDocument.h"
#include "ui/commands/RosterCommands.h"
#include "ui/roster/MemberDialog.h"
#include "ui/roster/RosterFilterModel.h"
#include "ui/roster/RosterImportDialog.h"
#include "ui/roster/RosterModel.h"
#include "ui/roster/ViolationDialog.h"
#include "ui/widgets/LazyRefresh.h"
#include "ui/widgets/MenuButton.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace CampDesk {

RosterView::RosterView(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new RosterModel(document, this))
    , m_filter(new RosterFilterModel(this))
{
    setObjectName(QStringLiteral("rosterView"));
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(Qt::DisplayRole);
    buildLayout();
    m_load = new LazyRefresh(this, [this] { m_model->setCampId(m_campId); });
    // A reload (after any edit) keeps the selection, so bulk edits can follow each other.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptSelection.clear();
        for (const RosterEntry &entry : selectedEntries())
            m_keptSelection.append(entry.membership.id);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        QItemSelection selection;
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            const QModelIndex index = m_filter->index(row, 0);
            if (m_keptSelection.contains(index.data(RosterModel::MembershipIdRole).toLongLong()))
                selection.select(index, m_filter->index(row, RosterModel::ColumnCount - 1));
        }
        m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        refreshFilters();
    });
}

void RosterView::buildLayout()
{
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("rosterSearch"));
    m_search->setPlaceholderText(tr("Search names, ids, tags (pinyin initials work)"));
    m_search->setClearButtonEnabled(true);
    m_roleFilter = new QComboBox;
    m_roleFilter->setObjectName(QStringLiteral("roleFilter"));
    m_roleFilter->addItem(tr("Any role"), -1);
    for (MemberRole role : MemberRoles::all())
        m_roleFilter->addItem(MemberRoles::displayName(role), int(role));
    m_subgroupFilter = new QComboBox;
    m_subgroupFilter->setObjectName(QStringLiteral("subgroupFilter"));
    m_statusFilter = new QComboBox;
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("Any status"), -1);
    for (MembershipStatus status : MembershipStatuses::all())
        m_statusFilter->addItem(MembershipStatuses::displayName(status), int(status));
    m_tagFilter = new QComboBox;
    m_tagFilter->setObjectName(QStringLiteral("tagFilter"));
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("rosterCount"));

    auto *importButton = new QToolButton;
    importButton->setObjectName(QStringLiteral("rosterImportButton"));
    importButton->setText(tr("Import / Export"));
    auto *importMenu = new QMenu(importButton);
    connect(importMenu->addAction(tr("Import from CSV/TSV…")), &QAction::triggered, this, &RosterView::importFile);
    connect(importMenu->addAction(tr("Paste from a Spreadsheet")), &QAction::triggered, this,
            &RosterView::pasteMembers);
    connect(importMenu->addAction(tr("Export as CSV…")), &QAction::triggered, this, &RosterView::exportCsv);
    attachMenu(importButton, importMenu);

    // Bulk edits apply to every selected member as one undo step.
    auto *bulk = new QToolButton;
    bulk->setObjectName(QStringLiteral("rosterBulkButton"));
    bulk->setText(tr("Edit Selected"));
    auto *bulkMenu = new QMenu(bulk);
    QMenu *roles = bulkMenu->addMenu(tr("Role"));
    for (MemberRole role : MemberRoles::all())
        connect(roles->addAction(MemberRoles::displayName(role)), &QAction::triggered, this,
                [this, role] { setSelectedRole(int(role)); });
    QMenu *statuses = bulkMenu->addMenu(tr("Status"));
    for (MembershipStatus status : MembershipStatuses::all())
        connect(statuses->addAction(MembershipStatuses::displayName(status)), &QAction::triggered, this,
                [this, status] { setSelectedStatus(int(status)); });
    QMenu *subgroups = bulkMenu->addMenu(tr("Subgroup"));
    connect(subgroups, &QMenu::aboutToShow, this, [this, subgroups] {
        subgroups->clear();
        connect(subgroups->addAction(tr("No subgroup")), &QAction::triggered, this,
                [this] { setSelectedSubgroup(0, QString()); });
        auto list = m_document->subgroups(m_campId);
        if (!list) {
            // Where the subgroups would be, so the menu says why they are missing.
            subgroups->addAction(list.error().message)->setEnabled(false);
            return;
        }
        for (const Subgroup &subgroup : std::as_const(*list)) {
            connect(subgroups->addAction(subgroup.name), &QAction::triggered, this,
                    [this, id = subgroup.id, name = subgroup.name] { setSelectedSubgroup(id, name); });
        }
    });
    connect(bulkMenu->addAction(tr("Add a Tag…")), &QAction::triggered, this, [this] {
        auto *dialog = new QInputDialog(this);
        dialog->setObjectName(QStringLiteral("addTagDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setLabelText(tr("Tag for the selected members:"));
        connect(dialog, &QInputDialog::textValueSelected, this, &RosterView::addTagToSelected);
        dialog->open();
    });
    attachMenu(bulk, bulkMenu);

    auto *addButton = new QPushButton(tr("Add Member…"));
    addButton->setObjectName(QStringLiteral("addMemberButton"));
    connect(addButton, &QPushButton::clicked, this, &RosterView::addMember);
    // Search and actions on one row, the filters below, so a small window fits.
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    top->addWidget(addButton);
    top->addWidget(bulk);
    top->addWidget(importButton);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_roleFilter);
    filters->addWidget(m_subgroupFilter);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_tagFilter);
    filters->addStretch();
    m_search->setMinimumWidth(120);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("rosterTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->sortByColumn(RosterModel::RoleColumn, Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Right-clicking the header chooses the columns; the choice is remembered.
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    const QStringList hidden = QSettings().value(QStringLiteral("roster/hiddenColumns")).toStringList();
    for (int column = 0; column < RosterModel::ColumnCount; ++column)
        m_table->setColumnHidden(column, hidden.contains(QString::number(column)));
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint &position) {
                QMenu menu;
                for (int column = 0; column < RosterModel::ColumnCount; ++column) {
                    QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
                    action->setCheckable(true);
                    action->setChecked(!m_table->isColumnHidden(column));
                    action->setEnabled(column != RosterModel::NameColumn);
                    connect(action, &QAction::toggled, this, [this, column](bool shown) {
                        m_table->setColumnHidden(column, !shown);
                        QStringList hiddenColumns;
                        for (int c = 0; c < RosterModel::ColumnCount; ++c) {
                            if (m_table->isColumnHidden(c))
                                hiddenColumns << QString::number(c);
                        }
                        QSettings().setValue(QStringLiteral("roster/hiddenColumns"), hiddenColumns);
                    });
                }
                menu.exec(m_table->horizontalHeader()->mapToGlobal(position));
            });

    m_details = new QLabel;
    m_details->setObjectName(QStringLiteral("memberDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *copyNickname = new QPushButton(tr("Copy the Standard Nickname"));
    copyNickname->setObjectName(QStringLiteral("copyNicknameButton"));
    connect(copyNickname, &QPushButton::clicked, this, [this] {
        const QList<RosterEntry> selected = selectedEntries();
        if (!selected.isEmpty())
            QApplication::clipboard()->setText(
                NicknameStandard::expected(m_model->nicknamePattern(), selected.first()));
    });
    auto *violation = new QPushButton(tr("Log a Violation…"));
    violation->setObjectName(QStringLiteral("logViolationButton"));
    connect(violation, &QPushButton::clicked, this, &RosterView::logViolation);
    auto *detailPane = new QWidget;
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->addWidget(m_details, 1);
    detailLayout->addWidget(copyNickname);
    detailLayout->addWidget(violation);
    auto *scroll = new QScrollArea;
    scroll->setWidget(detailPane);
    scroll->setWidgetResizable(true);
    auto *splitter = new QSplitter;
    splitter->addWidget(m_table);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &RosterFilterModel::setSearch);
    connect(m_roleFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setRole(m_roleFilter->currentData().toInt()); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatus(m_statusFilter->currentData().toInt()); });
    connect(m_subgroupFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant chosen = m_subgroupFilter->currentData();
        m_filter->setSubgroup(chosen.toString(), !chosen.isValid());
    });
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setTag(m_tagFilter->currentData().toString()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RosterView::showDetails);
    connect(m_table, &QTableView::doubleClicked, this, &RosterView::editMember);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &RosterView::refreshFilters);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this,
            [this] { m_count->setText(tr("%1 of %2").arg(m_filter->rowCount()).arg(m_model->rowCount())); });
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this,
            [this] { m_count->setText(tr("%1 of %2").arg(m_filter->rowCount()).arg(m_model->rowCount())); });
}

void RosterView::setCampId(qint64 id)
{
    m_campId = id;
    m_load->request();
}

void RosterView::refreshFilters()
{
    const QVariant subgroup = m_subgroupFilter->currentData();
    const QString tag = m_tagFilter->currentData().toString();
    QSet<QString> subgroups;
    QSet<QString> tags;
    for (const RosterEntry &entry : m_model->entries()) {
        subgroups.insert(entry.subgroup);
        for (const QString &each : entry.person.tags)
            tags.insert(each);
    }
    {
        const QSignalBlocker blocker(m_subgroupFilter);
        m_subgroupFilter->clear();
        m_subgroupFilter->addItem(tr("Any subgroup"));
        QStringList names(subgroups.cbegin(), subgroups.cend());
        names.sort();
        for (const QString &name : std::as_const(names))
            m_subgroupFilter->addItem(name.isEmpty() ? tr("No subgroup") : name, name);
        m_subgroupFilter->setCurrentIndex(subgroup.isValid() ? std::max(0, m_subgroupFilter->findData(subgroup)) : 0);
    }
    {
        const QSignalBlocker blocker(m_tagFilter);
        m_tagFilter->clear();
        m_tagFilter->addItem(tr("Any tag"), QString());
        QStringList names(tags.cbegin(), tags.cend());
        names.sort();
        for (const QString &name : std::as_const(names))
            m_tagFilter->addItem(name, name);
        m_tagFilter->setCurrentIndex(std::max(0, m_tagFilter->findData(tag)));
    }
    m_count->setText(tr("%1 of %2").arg(m_filter->rowCount()).arg(m_model->rowCount()));
    showDetails();
}

QList<RosterEntry> RosterView::selectedEntries() const
{
    QList<RosterEntry> entries;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        if (const RosterEntry *entry = m_model->entryAt(m_filter->mapToSource(row).row()))
            entries.append(*entry);
    }
    return entries;
}

void RosterView::showDetails()
{
    const QList<RosterEntry> selected = selectedEntries();
    if (selected.size() != 1) {
        m_details->setText(selected.isEmpty() ? tr("Select a member to see their details.")
                                              : tr("%n members selected.", nullptr, int(selected.size())));
        return;
    }
    const RosterEntry &entry = selected.first();
    QStringList lines {entry.person.displayName, QString()};
    const auto add = [&lines](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            lines << tr("%1: %2").arg(label, value);
    };
    add(tr("Role"), MemberRoles::displayName(entry.membership.role));
    add(tr("Title"), entry.membership.title);
    add(tr("Subgroup"), entry.subgroup);
    add(tr("Group nickname"), entry.membership.groupNickname);
    for (const ChatId &chatId : entry.person.chatIds)
        add(chatId.platform, chatId.id);
    add(tr("Phone (personal data)"), entry.person.phone);
    add(tr("City"), entry.person.city);
    add(tr("Occupation"), entry.person.occupation);
    add(tr("Tags"), entry.person.tags.join(QStringLiteral(", ")));
    add(tr("Status"), MembershipStatuses::displayName(entry.membership.status));
    add(tr("Joined"), entry.membership.joinedOn.toString(Qt::ISODate));
    add(tr("Left"), entry.membership.leftOn.toString(Qt::ISODate));
    const SelfIntroduction &intro = entry.membership.introduction;
    if (!intro.basics.isEmpty() || !intro.sentence.isEmpty() || !intro.reason.isEmpty() || !intro.proudest.isEmpty()) {
        lines << QString() << tr("Self-introduction");
        add(tr("Who"), intro.basics);
        add(tr("In one sentence"), intro.sentence);
        add(tr("Why I joined"), intro.reason);
        add(tr("Proudest of"), intro.proudest);
    }
    if (!m_model->nicknamePattern().isEmpty()) {
        lines << QString();
        if (NicknameStandard::follows(m_model->nicknamePattern(), entry))
            lines << tr("The group nickname follows the camp's pattern.");
        else
            lines << tr("The group nickname should be: %1")
                         .arg(NicknameStandard::expected(m_model->nicknamePattern(), entry));
    }
    add(tr("Notes"), entry.person.notes);
    // The ledger is the person's, across every camp.
    auto ledger = m_document->personViolations(entry.person.id);
    if (!ledger) {
        lines << QString() << tr("Violations") << ledger.error().message;
    } else if (!ledger->isEmpty()) {
        lines << QString() << tr("Violations");
        for (const Violation &each : std::as_const(*ledger)) {
            const QString camp = m_document->camp(each.campId).value_or(Camp {}).name;
            lines << tr("%1 · %2 · %3%4")
                         .arg(each.date.toString(Qt::ISODate), each.rule, ViolationActions::displayName(each.action),
                              camp.isEmpty() ? QString() : QStringLiteral(" · ") + camp);
        }
    }
    if (m_model->data(m_model->index(int(m_model->entries().indexOf(entry)), 0), RosterModel::NextMeansRemovalRole)
            .toBool())
        lines << tr("⚠ The next violation means removal.");
    m_details->setText(lines.join(u'\n'));
}

void RosterView::pushEdit(const QList<RosterEntry> &before, const QList<RosterEntry> &after, const QString &text)
{
    if (before.isEmpty() || before == after)
        return;
    m_document->undoStack()->push(new EditMembersCommand(m_document, m_campId, before, after, text));
}

void RosterView::setSelectedRole(int role)
{
    const QList<RosterEntry> before = selectedEntries();
    QList<RosterEntry> after = before;
    for (RosterEntry &entry : after)
        entry.membership.role = MemberRole(role);
    pushEdit(before, after, tr("Set the role of %n member(s)", nullptr, int(before.size())));
}

void RosterView::setSelectedStatus(int status)
{
    const QList<RosterEntry> before = selectedEntries();
    QList<RosterEntry> after = before;
    for (RosterEntry &entry : after)
        entry.membership.setStatus(MembershipStatus(status), campToday());
    pushEdit(before, after, tr("Set the status of %n member(s)", nullptr, int(before.size())));
}

void RosterView::setSelectedSubgroup(qint64 subgroupId, const QString &name)
{
    const QList<RosterEntry> before = selectedEntries();
    QList<RosterEntry> after = before;
    for (RosterEntry &entry : after) {
        entry.membership.subgroupId = subgroupId;
        entry.subgroup = name;
    }
    pushEdit(before, after, tr("Move %n member(s) to a subgroup", nullptr, int(before.size())));
}

void RosterView::addTagToSelected(const QString &tag)
{
    const QString trimmed = tag.trimmed();
    if (trimmed.isEmpty())
        return;
    const QList<RosterEntry> before = selectedEntries();
    QList<RosterEntry> after = before;
    for (RosterEntry &entry : after) {
        if (!entry.person.tags.contains(trimmed))
            entry.person.tags.append(trimmed);
    }
    pushEdit(before, after, tr("Tag %n member(s) “%1”", nullptr, int(before.size())).arg(trimmed));
}

QDate RosterView::campToday() const
{
    // The camp's today: the same date on every laptop of the team.
    const std::optional<Camp> camp = m_document->camp(m_campId);
    return camp ? camp->today() : QDate::currentDate();
}

MemberDialog *RosterView::memberDialog(const RosterEntry &entry)
{
    // Without the camp's subgroups the dialog would take the member out of theirs.
    auto subgroups = m_document->subgroups(m_campId);
    if (!subgroups) {
        m_document->reportError(subgroups.error().message);
        return nullptr;
    }
    auto *dialog = new MemberDialog(entry, *subgroups, campToday(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

void RosterView::addMember()
{
    if (m_campId == 0)
        return;
    RosterEntry entry;
    entry.membership.campId = m_campId;
    auto *dialog = memberDialog(entry);
    if (!dialog)
        return;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_document->undoStack()->push(new AddMemberCommand(m_document, m_campId, dialog->entry()));
    });
    dialog->open();
}

void RosterView::editMember(const QModelIndex &index)
{
    const RosterEntry *entry = m_model->entryAt(m_filter->mapToSource(index).row());
    if (!entry)
        return;
    auto *dialog = memberDialog(*entry);
    if (!dialog)
        return;
    connect(dialog, &QDialog::accepted, this, [this, dialog, before = *entry] {
        const RosterEntry after = dialog->entry();
        pushEdit({before}, {after}, tr("Edit %1").arg(after.person.displayName));
    });
    dialog->open();
}

void RosterView::logViolation()
{
    const QList<RosterEntry> selected = selectedEntries();
    if (selected.size() != 1)
        return;
    const RosterEntry entry = selected.first();
    const bool removal
        = m_model->data(m_model->index(int(m_model->entries().indexOf(entry)), 0), RosterModel::NextMeansRemovalRole)
              .toBool();
    auto *dialog = new ViolationDialog(entry.person.displayName, removal, campToday(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, entry] { logViolationFor(entry, dialog->violation()); });
    dialog->open();
}

void RosterView::logViolationFor(const RosterEntry &entry, const Violation &violation)
{
    pushLogViolation(m_document, m_campId, entry, violation);
}

void RosterView::importFile()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Import Members"), QDir::homePath(),
                                                     tr("Rosters (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    auto read = InputFile::readAll(path);
    if (!read) {
        m_document->reportError(read.error().message);
        return;
    }
    if (auto text = TextDecoder::checkIsText(*read, QFileInfo(path).fileName()); !text) {
        m_document->reportError(text.error().message);
        return;
    }
    const DecodedText decoded = TextDecoder::decode(*read);
    importText(QFileInfo(path).fileName(), decoded.text, decoded.encoding, *read);
}

void RosterView::pasteMembers()
{
    importText(tr("the clipboard"), QApplication::clipboard()->text(), QStringLiteral("UTF-16"));
}

void RosterView::importText(const QString &sourceName, const QString &text, const QString &encoding,
                            const QByteArray &bytes)
{
    if (m_campId == 0)
        return;
    auto *dialog = new RosterImportDialog(m_document, m_campId, sourceName, text, encoding, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->isReady()) {
        m_document->reportError(dialog->problem());
        delete dialog;
        return;
    }
    if (!bytes.isEmpty())
        dialog->offerEncodings(bytes, encoding);
    dialog->open();
}

void RosterView::exportCsv()
{
    const std::optional<Camp> camp = m_document->camp(m_campId);
    if (!camp)
        return;
    const QString path = FileDialog::getSaveFileName(this, tr("Export Members"),
                                                     QDir::home().filePath(tr("%1 members.csv").arg(camp->name)),
                                                     tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto written = OutputFile::write(path, Roster::toCsv(m_model->entries(), false), m_document->fileName());
        !written)
        m_document->reportError(written.error().message);
}

} // namespace CampDesk
