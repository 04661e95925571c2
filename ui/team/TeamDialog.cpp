#include "ui/team/TeamDialog.h"

#include "core/team/Team.h"
#include "ui/WorkspaceDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace CampDesk {

namespace {

enum Column { LoginColumn, RoleColumn, CampsColumn, PersonColumn };
constexpr int OwnerRole = Qt::UserRole; // the item of the workspace's owner
constexpr int IdRole = Qt::UserRole;

} // namespace

TeamDialog::TeamDialog(WorkspaceDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_list(new QTreeWidget)
    , m_login(new QLineEdit)
    , m_role(new QComboBox)
    , m_everyCamp(new QCheckBox(tr("Every camp")))
    , m_camps(new QListWidget)
    , m_person(new QComboBox)
    , m_password(new QLineEdit)
    , m_passwordAgain(new QLineEdit)
    , m_add(new QPushButton(tr("&Add")))
    , m_change(new QPushButton(tr("&Save Changes")))
    , m_remove(new QPushButton(tr("&Remove")))
    , m_status(new QLabel)
{
    setWindowTitle(tr("Team"));
    setObjectName(QStringLiteral("teamDialog"));
    m_list->setObjectName(QStringLiteral("teamList"));
    m_list->setHeaderLabels({tr("Login"), tr("Role"), tr("Camps"), tr("Staff person")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setStretchLastSection(true);
    m_login->setObjectName(QStringLiteral("teamLogin"));
    m_role->setObjectName(QStringLiteral("teamRole"));
    for (OperatorRole role : {OperatorRole::Owner, OperatorRole::Assistant, OperatorRole::Crew, OperatorRole::Viewer})
        m_role->addItem(Team::roleName(role), int(role));
    m_role->setCurrentIndex(m_role->findData(int(OperatorRole::Assistant)));
    m_everyCamp->setObjectName(QStringLiteral("teamEveryCamp"));
    m_everyCamp->setChecked(true);
    m_camps->setObjectName(QStringLiteral("teamCamps"));
    m_camps->setEnabled(false);
    m_camps->setMaximumHeight(120);
    m_person->setObjectName(QStringLiteral("teamPerson"));
    m_password->setObjectName(QStringLiteral("teamPassword"));
    m_passwordAgain->setObjectName(QStringLiteral("teamPasswordAgain"));
    for (QLineEdit *password : {m_password, m_passwordAgain})
        password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Only for a login new to the server"));
    m_add->setObjectName(QStringLiteral("teamAdd"));
    m_change->setObjectName(QStringLiteral("teamChange"));
    m_remove->setObjectName(QStringLiteral("teamRemove"));
    m_status->setObjectName(QStringLiteral("teamStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Login:"), m_login);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Camps:"), m_everyCamp);
    form->addRow(QString(), m_camps);
    form->addRow(tr("Their roster entry ({staff}):"), m_person);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Password again:"), m_passwordAgain);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addWidget(m_change);
    actions->addWidget(m_remove);
    actions->addStretch();
    auto *roles = new QLabel(tr("Owners do everything, the team included. Assistants keep the roster, check-ins,"
                                " 接龙, chat imports and the plan of their camps. The atmosphere crew copies lines and"
                                " records check-ins. Viewers read. The server enforces each role."));
    roles->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(roles);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &TeamDialog::showSelected);
    connect(m_everyCamp, &QCheckBox::toggled, m_camps, [this](bool every) { m_camps->setEnabled(!every); });
    connect(m_add, &QPushButton::clicked, this, &TeamDialog::add);
    connect(m_change, &QPushButton::clicked, this, &TeamDialog::change);
    connect(m_remove, &QPushButton::clicked, this, &TeamDialog::remove);
    connect(document, &WorkspaceDocument::teamChanged, this, &TeamDialog::refresh);
    fillChoices();
    refresh();
    resize(640, 640);
}

void TeamDialog::fillChoices()
{
    m_camps->clear();
    if (const auto camps = m_document->camps()) {
        for (const Camp &camp : *camps) {
            auto *item = new QListWidgetItem(camp.name, m_camps);
            item->setData(IdRole, camp.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    } else {
        report(camps.error().message, true);
    }
    m_person->clear();
    m_person->addItem(tr("(none)"), 0);
    if (const auto people = m_document->staffPeople()) {
        for (const auto &[id, name] : *people)
            m_person->addItem(name, id);
    } else {
        report(people.error().message, true);
    }
}

void TeamDialog::refresh()
{
    const QString selected = m_list->currentItem() ? m_list->currentItem()->text(LoginColumn) : m_login->text();
    m_list->clear();
    const auto team = m_document->team();
    if (!team) {
        report(team.error().message, true);
        return;
    }
    QHash<qint64, QString> campNames;
    for (int row = 0; row < m_camps->count(); ++row)
        campNames.insert(m_camps->item(row)->data(IdRole).toLongLong(), m_camps->item(row)->text());
    for (const Operator &op : *team) {
        QStringList camps;
        for (qint64 id : op.camps)
            camps.append(campNames.value(id, QString::number(id)));
        auto *item = new QTreeWidgetItem(m_list,
                                         {op.login, Team::roleName(op.role),
                                          camps.isEmpty() ? tr("every camp") : camps.join(tr(", ")), op.personName});
        item->setData(LoginColumn, OwnerRole, op.workspaceOwner);
        item->setData(RoleColumn, Qt::UserRole, int(op.role));
        item->setData(CampsColumn, Qt::UserRole, QVariant::fromValue(op.camps));
        item->setData(PersonColumn, Qt::UserRole, op.personId);
        if (op.workspaceOwner)
            item->setToolTip(LoginColumn, tr("Owns the workspace: every right, always."));
        if (op.login == selected)
            m_list->setCurrentItem(item);
    }
    for (int column : {LoginColumn, RoleColumn, CampsColumn})
        m_list->resizeColumnToContents(column);
    showSelected();
}

void TeamDialog::showSelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const bool owner = item && item->data(LoginColumn, OwnerRole).toBool();
    m_change->setEnabled(item && !owner);
    m_remove->setEnabled(item && !owner);
    m_change->setToolTip(owner ? tr("The workspace's owner keeps every right.") : QString());
    if (!item)
        return;
    m_login->setText(item->text(LoginColumn));
    m_role->setCurrentIndex(m_role->findData(item->data(RoleColumn, Qt::UserRole)));
    const auto camps = item->data(CampsColumn, Qt::UserRole).value<QList<qint64>>();
    m_everyCamp->setChecked(camps.isEmpty());
    for (int row = 0; row < m_camps->count(); ++row) {
        QListWidgetItem *camp = m_camps->item(row);
        camp->setCheckState(camps.contains(camp->data(IdRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
    m_person->setCurrentIndex(std::max(0, m_person->findData(item->data(PersonColumn, Qt::UserRole))));
}

Operator TeamDialog::operatorOfForm() const
{
    Operator op;
    op.login = m_login->text().trimmed();
    op.role = OperatorRole(m_role->currentData().toInt());
    if (!m_everyCamp->isChecked()) {
        for (int row = 0; row < m_camps->count(); ++row) {
            if (m_camps->item(row)->checkState() == Qt::Checked)
                op.camps.append(m_camps->item(row)->data(IdRole).toLongLong());
        }
    }
    op.personId = m_person->currentData().toLongLong();
    return op;
}

void TeamDialog::add()
{
    const Operator op = operatorOfForm();
    if (!m_everyCamp->isChecked() && op.camps.isEmpty())
        return report(tr("Tick the camps %1 works on, or Every camp.").arg(op.login), true);
    const QString password = m_password->text();
    const bool same = password == m_passwordAgain->text();
    // Typed once for one attempt: never kept in the form.
    m_password->clear();
    m_passwordAgain->clear();
    if (!same)
        return report(tr("The two passwords differ; type them again."), true);
    const auto made = m_document->addOperator(op, password);
    if (!made)
        return report(made.error().message, true);
    report(*made ? tr("Made the login %1 on the server: %2 here.").arg(op.login, Team::roleName(op.role))
                 : tr("Added %1, %2 here; their login keeps its password.").arg(op.login, Team::roleName(op.role)),
           false);
}

void TeamDialog::change()
{
    const Operator op = operatorOfForm();
    if (!m_everyCamp->isChecked() && op.camps.isEmpty())
        return report(tr("Tick the camps %1 works on, or Every camp.").arg(op.login), true);
    if (const auto changed = m_document->changeOperator(op); !changed)
        return report(changed.error().message, true);
    report(tr("%1 is now %2 here.").arg(op.login, Team::roleName(op.role)), false);
}

void TeamDialog::remove()
{
    const QString login = m_login->text().trimmed();
    if (const auto removed = m_document->removeOperator(login); !removed)
        return report(removed.error().message, true);
    m_login->clear();
    report(tr("%1 has no more rights to this workspace; the login stays on the server.").arg(login), false);
}

void TeamDialog::report(const QString &message, bool failed)
{
    m_status->setText(message);
    m_status->setProperty("failed", failed);
}

} // namespace CampDesk
