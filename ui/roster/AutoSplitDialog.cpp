#include "ui/roster/AutoSplitDialog.h"

#include "core/review/ReviewHeadline.h"
#include "ui/WorkspaceDocument.h"
#include "ui/commands/CommandFailure.h"
#include "ui/commands/RosterCommands.h"
#include "ui/widgets/PlainToolTip.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <optional>

namespace CampDesk {

AutoSplitDialog::AutoSplitDialog(WorkspaceDocument *document, qint64 campId, const QList<Subgroup> &existing,
                                 const QList<RosterEntry> &roster, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_campId(campId)
    , m_existing(existing)
    , m_byCount(new QRadioButton(tr("Number of groups:")))
    , m_groups(new QSpinBox)
    , m_size(new QSpinBox)
    , m_cities(new QCheckBox(tr("Spread cities")))
    , m_occupations(new QCheckBox(tr("Spread occupations")))
    , m_seed(new QSpinBox)
    , m_names(new QLineEdit(tr("Group {n}")))
    , m_preview(new QTableWidget)
{
    setObjectName(QStringLiteral("AutoSplitDialog"));
    setWindowTitle(tr("Auto-split into Subgroups"));
    // Staff run the camp across subgroups; only participants are split.
    for (const RosterEntry &entry : roster) {
        if (!MemberRoles::isStaff(entry.membership.role) && entry.membership.status == MembershipStatus::Active)
            m_members.append(entry);
    }
    auto *bySize = new QRadioButton(tr("Members per group:"));
    m_byCount->setChecked(true);
    m_groups->setObjectName(QStringLiteral("groupsEdit"));
    m_groups->setRange(1, 200);
    m_groups->setValue(std::max(1, std::min(8, int(m_members.size()) / 10)));
    m_size->setRange(2, 1000);
    m_size->setValue(20);
    m_seed->setRange(1, 999999);
    m_seed->setValue(1);
    m_seed->setToolTip(tr("The same seed gives the same split; change it for another one."));
    m_names->setToolTip(tr("{n} becomes the group number"));
    m_cities->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(m_byCount, m_groups);
    form->addRow(bySize, m_size);
    form->addRow(QString(), m_cities);
    form->addRow(QString(), m_occupations);
    form->addRow(tr("Seed:"), m_seed);
    form->addRow(tr("Names of new groups:"), m_names);
    auto *note = new QLabel(tr("%n participant(s) are split; staff stay where they are. Core and seed members are "
                               "spread evenly.",
                               nullptr, int(m_members.size())));
    note->setWordWrap(true);

    m_preview->setObjectName(QStringLiteral("splitPreview"));
    m_preview->setColumnCount(6);
    m_preview->setHorizontalHeaderLabels({tr("Group"), tr("Members"), tr("Core"), tr("Seed"), tr("Cities"), tr("Who")});
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AutoSplitDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    for (QSpinBox *spin : {m_groups, m_size, m_seed})
        connect(spin, &QSpinBox::valueChanged, this, &AutoSplitDialog::updatePreview);
    for (QAbstractButton *button :
         std::initializer_list<QAbstractButton *> {m_byCount, bySize, m_cities, m_occupations})
        connect(button, &QAbstractButton::toggled, this, &AutoSplitDialog::updatePreview);
    connect(m_names, &QLineEdit::textChanged, this, &AutoSplitDialog::updatePreview);
    updatePreview();
    resize(560, 560);
}

void AutoSplitDialog::setGroups(int groups)
{
    m_byCount->setChecked(true);
    m_groups->setValue(groups);
}

SubgroupSplitter::Options AutoSplitDialog::options() const
{
    SubgroupSplitter::Options options;
    options.groups = m_byCount->isChecked() ? m_groups->value() : 0;
    options.targetSize = m_byCount->isChecked() ? 0 : m_size->value();
    options.spreadCities = m_cities->isChecked();
    options.spreadOccupations = m_occupations->isChecked();
    options.seed = quint32(m_seed->value());
    return options;
}

QString AutoSplitDialog::groupName(int index) const
{
    // Existing subgroups are filled first, in name order; new ones are named by the pattern.
    if (index < m_existing.size())
        return m_existing.at(index).name;
    QString pattern = m_names->text().trimmed();
    if (!pattern.contains(QLatin1String("{n}")))
        pattern += QStringLiteral(" {n}");
    return pattern.replace(QLatin1String("{n}"), QString::number(index + 1));
}

void AutoSplitDialog::updatePreview()
{
    QList<SubgroupSplitter::Member> members;
    for (const RosterEntry &entry : std::as_const(m_members))
        members.append({entry.membership.id, entry.membership.role, entry.person.city, entry.person.occupation});
    m_assignment = SubgroupSplitter::split(members, options());
    const int groups = SubgroupSplitter::groupCount(int(members.size()), options());
    QList<int> sizes(groups, 0);
    QList<int> core(groups, 0);
    QList<int> seed(groups, 0);
    QList<QSet<QString>> cities(groups);
    QList<QStringList> names(groups);
    for (const RosterEntry &entry : std::as_const(m_members)) {
        const int group = m_assignment.value(entry.membership.id);
        names[group].append(entry.person.displayName);
        ++sizes[group];
        core[group] += entry.membership.role == MemberRole::CoreMember ? 1 : 0;
        seed[group] += entry.membership.role == MemberRole::SeedMember ? 1 : 0;
        if (!entry.person.city.isEmpty())
            cities[group].insert(entry.person.city);
    }
    m_preview->setRowCount(groups);
    for (int group = 0; group < groups; ++group) {
        m_preview->setItem(group, 0, new QTableWidgetItem(groupName(group)));
        m_preview->setItem(group, 1, new QTableWidgetItem(QString::number(sizes[group])));
        m_preview->setItem(group, 2, new QTableWidgetItem(QString::number(core[group])));
        m_preview->setItem(group, 3, new QTableWidgetItem(QString::number(seed[group])));
        m_preview->setItem(group, 4, new QTableWidgetItem(QString::number(cities[group].size())));
        // Who goes where, not only how many: the names, all of them in the tooltip.
        auto *who = new QTableWidgetItem(ReviewHeadline::list(names[group]));
        who->setToolTip(plainToolTip(ReviewHeadline::list(names[group])));
        m_preview->setItem(group, 5, who);
    }
}

void AutoSplitDialog::apply()
{
    const int groups = SubgroupSplitter::groupCount(int(m_members.size()), options());
    QList<Subgroup> existing = m_existing;
    QList<Subgroup> missing;
    for (int index = int(existing.size()); index < groups; ++index)
        missing.append(Subgroup {0, m_campId, groupName(index), {}, 0});

    const QString text = tr("Auto-split %n member(s) into %1 subgroups", nullptr, int(m_members.size())).arg(groups);
    if (!pushSucceeded(*m_document,
                       new AutoSplitCommand(m_document, m_campId, existing, missing, m_members, m_assignment, text))) {
        // Not made (another operator took a name or moved a member
        // meanwhile, or the server is away; the document said why): nothing
        // was written. The dialog stays open to try again.
        m_existing = m_document->subgroups(m_campId).value_or(m_existing);
        updatePreview();
        return;
    }
    accept();
}

} // namespace CampDesk
