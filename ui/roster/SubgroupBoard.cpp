#include "ui/roster/SubgroupBoard.h"

#include "ui/WorkspaceDocument.h"
#include "ui/commands/RosterCommands.h"
#include "ui/roster/AutoSplitDialog.h"
#include "ui/widgets/LazyRefresh.h"

#include <QApplication>
#include <QColorDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace CampDesk {

namespace {
constexpr auto MembershipIdRole = Qt::UserRole + 1;
} // namespace

SubgroupBoard::SubgroupBoard(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("subgroupBoard"));
    auto *add = new QPushButton(tr("New Subgroup…"));
    add->setObjectName(QStringLiteral("newSubgroupButton"));
    auto *split = new QPushButton(tr("Auto-split…"));
    split->setObjectName(QStringLiteral("autoSplitButton"));
    split->setToolTip(tr("Split the members into balanced subgroups"));
    connect(add, &QPushButton::clicked, this, &SubgroupBoard::newSubgroup);
    connect(split, &QPushButton::clicked, this, &SubgroupBoard::autoSplit);
    auto *hint = new QLabel(tr("Drag members between columns to move them."));
    hint->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(add);
    bar->addWidget(split);
    bar->addWidget(hint, 1);

    m_canvas = new QWidget;
    m_columns = new QHBoxLayout(m_canvas);
    m_columns->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_canvas);
    scroll->setWidgetResizable(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);
    m_rebuild = new LazyRefresh(this, [this] { rebuild(); });
    connect(document, &WorkspaceDocument::membersChanged, this, [this](qint64 campId) {
        if (campId == m_campId)
            m_rebuild->request();
    });
}

void SubgroupBoard::setCampId(qint64 id)
{
    m_campId = id;
    m_rebuild->request();
}

QListWidget *SubgroupBoard::column(qint64 subgroupId) const
{
    return m_lists.value(subgroupId);
}

std::optional<Subgroup> SubgroupBoard::subgroup(qint64 id) const
{
    auto subgroups = m_document->subgroups(m_campId);
    if (!subgroups) {
        m_document->reportError(subgroups.error().message);
        return std::nullopt;
    }
    for (const Subgroup &each : std::as_const(*subgroups)) {
        if (each.id == id)
            return each;
    }
    return std::nullopt;
}

void SubgroupBoard::rebuild()
{
    m_pressedList = nullptr;
    m_lists.clear();
    while (QLayoutItem *item = m_columns->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (m_campId == 0)
        return;
    auto subgroups = m_document->subgroups(m_campId);
    if (!subgroups) {
        m_document->reportError(subgroups.error().message);
        return;
    }
    const QList<RosterEntry> roster = m_document->valueOrReport(m_document->roster(m_campId));
    subgroups->prepend(Subgroup {0, m_campId, tr("Unassigned"), QString(), 0});
    for (const Subgroup &subgroup : std::as_const(*subgroups)) {
        QList<RosterEntry> members;
        // The groups as they are now: who has left or was removed is on the
        // roster, not in a group's count (the review counts the same way).
        for (const RosterEntry &entry : roster) {
            if (entry.membership.subgroupId == subgroup.id && entry.membership.status == MembershipStatus::Active)
                members.append(entry);
        }
        m_columns->addWidget(makeColumn(subgroup, members));
    }
    m_columns->addStretch();
}

QWidget *SubgroupBoard::makeColumn(const Subgroup &subgroup, const QList<RosterEntry> &members)
{
    auto *column = new QWidget;
    column->setFixedWidth(200);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    int core = 0;
    int seed = 0;
    for (const RosterEntry &entry : members) {
        core += entry.membership.role == MemberRole::CoreMember ? 1 : 0;
        seed += entry.membership.role == MemberRole::SeedMember ? 1 : 0;
    }
    auto *header
        = new QLabel(tr("%1 (%2)\ncore %3 · seed %4").arg(subgroup.name).arg(members.size()).arg(core).arg(seed));
    header->setTextFormat(Qt::PlainText);
    QString style = QStringLiteral("QLabel { font-weight: bold; padding: 4px; border-radius: 4px; ");
    if (!subgroup.color.isEmpty())
        style += QStringLiteral("background: %1; ").arg(subgroup.color);
    header->setStyleSheet(style + u'}');
    auto *top = new QHBoxLayout;
    top->addWidget(header, 1);
    if (subgroup.id != 0) {
        auto *menuButton = new QToolButton;
        menuButton->setText(QStringLiteral("⋯"));
        menuButton->setPopupMode(QToolButton::InstantPopup);
        auto *menu = new QMenu(menuButton);
        connect(menu->addAction(tr("Rename…")), &QAction::triggered, this,
                [this, id = subgroup.id] { renameSubgroup(id); });
        connect(menu->addAction(tr("Colour…")), &QAction::triggered, this,
                [this, id = subgroup.id] { recolourSubgroup(id); });
        QMenu *leader = menu->addMenu(tr("Leader"));
        for (const RosterEntry &entry : members) {
            QAction *action = leader->addAction(entry.person.displayName);
            action->setCheckable(true);
            action->setChecked(entry.membership.id == subgroup.leaderMembershipId);
            connect(action, &QAction::triggered, this,
                    [this, id = subgroup.id, member = entry.membership.id] { setLeader(id, member); });
        }
        menu->addSeparator();
        connect(menu->addAction(tr("Delete")), &QAction::triggered, this,
                [this, id = subgroup.id] { deleteSubgroup(id); });
        menuButton->setMenu(menu);
        top->addWidget(menuButton);
    }
    auto *list = new QListWidget;
    list->setObjectName(QStringLiteral("subgroupColumn%1").arg(subgroup.id));
    list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    list->viewport()->installEventFilter(this);
    for (const RosterEntry &entry : members) {
        QString text = entry.person.displayName;
        if (entry.membership.id == subgroup.leaderMembershipId)
            text.prepend(QStringLiteral("★ "));
        if (entry.membership.role != MemberRole::OrdinaryMember)
            text += QStringLiteral(" · ") + MemberRoles::displayName(entry.membership.role);
        auto *item = new QListWidgetItem(text, list);
        item->setData(MembershipIdRole, entry.membership.id);
    }
    list->setProperty("subgroupId", subgroup.id);
    m_lists.insert(subgroup.id, list);
    layout->addLayout(top);
    layout->addWidget(list, 1);
    return column;
}

bool SubgroupBoard::eventFilter(QObject *watched, QEvent *event)
{
    auto *viewport = qobject_cast<QWidget *>(watched);
    auto *list = viewport ? qobject_cast<QListWidget *>(viewport->parentWidget()) : nullptr;
    if (!list)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::MouseButtonPress) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        QListWidgetItem *item = list->itemAt(mouse->position().toPoint());
        m_pressedList = item ? list : nullptr;
        m_dragged.clear();
        if (item) {
            // Dragging a selected card takes the whole selection along.
            const QList<QListWidgetItem *> selected = item->isSelected() ? list->selectedItems() : QList {item};
            for (QListWidgetItem *each : selected)
                m_dragged.append(each->data(MembershipIdRole).toLongLong());
        }
    } else if (event->type() == QEvent::MouseMove && m_pressedList) {
        setCursor(Qt::ClosedHandCursor);
    } else if (event->type() == QEvent::MouseButtonRelease && m_pressedList) {
        unsetCursor();
        auto *mouse = static_cast<QMouseEvent *>(event);
        // The press grabbed the mouse, so the release may come to the column
        // it started in: look for the column under the pointer.
        QListWidget *target = list;
        if (list == m_pressedList) {
            const QPoint global = list->viewport()->mapToGlobal(mouse->position().toPoint());
            for (QListWidget *candidate : std::as_const(m_lists)) {
                if (candidate->rect().contains(candidate->mapFromGlobal(global)))
                    target = candidate;
            }
        }
        QListWidget *source = m_pressedList;
        const QList<qint64> dragged = m_dragged;
        m_pressedList = nullptr;
        if (target != source && !dragged.isEmpty()) {
            moveMembers(dragged, target->property("subgroupId").toLongLong());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SubgroupBoard::moveMembers(const QList<qint64> &membershipIds, qint64 subgroupId)
{
    auto roster = m_document->roster(m_campId);
    if (!roster) {
        m_document->reportError(roster.error().message);
        return;
    }
    QList<RosterEntry> before;
    for (const RosterEntry &entry : std::as_const(*roster)) {
        if (membershipIds.contains(entry.membership.id) && entry.membership.subgroupId != subgroupId)
            before.append(entry);
    }
    if (before.isEmpty())
        return;
    QList<RosterEntry> after = before;
    const QString name = subgroupId ? subgroup(subgroupId).value_or(Subgroup {}).name : QString();
    for (RosterEntry &entry : after) {
        entry.membership.subgroupId = subgroupId;
        entry.subgroup = name;
    }
    const QString text = before.size() == 1
        ? tr("Move %1 to %2").arg(before.first().person.displayName, name.isEmpty() ? tr("Unassigned") : name)
        : tr("Move %n members to %1", nullptr, int(before.size())).arg(name.isEmpty() ? tr("Unassigned") : name);
    m_document->undoStack()->push(new EditMembersCommand(m_document, m_campId, before, after, text));
}

void SubgroupBoard::newSubgroup()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("newSubgroupDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New Subgroup"));
    dialog->setLabelText(tr("Name:"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) {
        if (name.trimmed().isEmpty())
            return;
        m_document->undoStack()->push(new AddSubgroupsCommand(m_document,
                                                              {Subgroup {0, m_campId, name.trimmed(), {}, 0}},
                                                              tr("Create subgroup “%1”").arg(name.trimmed())));
    });
    dialog->open();
}

void SubgroupBoard::renameSubgroup(qint64 id)
{
    const std::optional<Subgroup> before = subgroup(id);
    if (!before)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename Subgroup"));
    dialog->setLabelText(tr("Name:"));
    dialog->setTextValue(before->name);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, before](const QString &name) {
        Subgroup after = *before;
        after.name = name.trimmed();
        if (!after.name.isEmpty() && after != *before)
            m_document->undoStack()->push(
                new EditSubgroupCommand(m_document, *before, after, tr("Rename subgroup “%1”").arg(before->name)));
    });
    dialog->open();
}

void SubgroupBoard::recolourSubgroup(qint64 id)
{
    const std::optional<Subgroup> before = subgroup(id);
    if (!before)
        return;
    auto *dialog = new QColorDialog(QColor(before->color.isEmpty() ? QStringLiteral("#E8F5E9") : before->color), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QColorDialog::colorSelected, this, [this, before](const QColor &color) {
        Subgroup after = *before;
        after.color = color.name();
        m_document->undoStack()->push(
            new EditSubgroupCommand(m_document, *before, after, tr("Recolour subgroup “%1”").arg(before->name)));
    });
    dialog->open();
}

void SubgroupBoard::setLeader(qint64 subgroupId, qint64 membershipId)
{
    const std::optional<Subgroup> before = subgroup(subgroupId);
    if (!before)
        return;
    Subgroup after = *before;
    after.leaderMembershipId = before->leaderMembershipId == membershipId ? 0 : membershipId;
    m_document->undoStack()->push(
        new EditSubgroupCommand(m_document, *before, after, tr("Set the leader of “%1”").arg(before->name)));
}

void SubgroupBoard::deleteSubgroup(qint64 id)
{
    const std::optional<Subgroup> doomed = subgroup(id);
    if (!doomed)
        return;
    // Undo puts these members back in the group: without them it could not.
    auto roster = m_document->roster(m_campId);
    if (!roster) {
        m_document->reportError(roster.error().message);
        return;
    }
    QList<RosterEntry> members;
    for (const RosterEntry &entry : std::as_const(*roster)) {
        if (entry.membership.subgroupId == id)
            members.append(entry);
    }
    m_document->undoStack()->push(new DeleteSubgroupCommand(m_document, *doomed, members));
}

void SubgroupBoard::autoSplit()
{
    if (m_campId == 0)
        return;
    // Without the existing subgroups the split would make them all again;
    // without the roster it would leave members out.
    auto existing = m_document->subgroups(m_campId);
    auto roster = m_document->roster(m_campId);
    for (const Error *failed : {errorOf(existing), errorOf(roster)}) {
        if (failed) {
            m_document->reportError(failed->message);
            return;
        }
    }
    auto *dialog = new AutoSplitDialog(m_document, m_campId, *existing, *roster, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace CampDesk
