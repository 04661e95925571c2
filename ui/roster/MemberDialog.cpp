#include "ui/roster/MemberDialog.h"

#include "core/DateFormat.h"
#include "core/domain/ListText.h"
#include "core/roster/Roster.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace CampDesk {

namespace {

// The date edit's lowest date, shown as "Not recorded" (see the constructor).
const QDate notRecorded(1900, 1, 1);

} // namespace

MemberDialog::MemberDialog(const RosterEntry &entry, const QList<Subgroup> &subgroups, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_original(entry)
    , m_subgroups(subgroups)
    , m_name(new QLineEdit(entry.person.displayName))
    , m_wechat(new QLineEdit(Roster::chatIdsOn(entry.person, QStringLiteral("wechat"))))
    , m_qq(new QLineEdit(Roster::chatIdsOn(entry.person, QStringLiteral("qq"))))
    , m_telegram(new QLineEdit(Roster::chatIdsOn(entry.person, QStringLiteral("telegram"))))
    , m_phone(new QLineEdit(entry.person.phone))
    , m_city(new QLineEdit(entry.person.city))
    , m_occupation(new QLineEdit(entry.person.occupation))
    , m_tags(new QLineEdit(entry.person.tags.join(QStringLiteral(", "))))
    , m_role(new QComboBox)
    , m_title(new QLineEdit(entry.membership.title))
    , m_nickname(new QLineEdit(entry.membership.groupNickname))
    , m_subgroup(new QComboBox)
    , m_status(new QComboBox)
    , m_joined(new QDateEdit)
    , m_left(new QDateEdit)
    , m_introBasics(new QLineEdit(entry.membership.introduction.basics))
    , m_introSentence(new QLineEdit(entry.membership.introduction.sentence))
    , m_introReason(new QLineEdit(entry.membership.introduction.reason))
    , m_introProudest(new QLineEdit(entry.membership.introduction.proudest))
    , m_notes(new QPlainTextEdit(entry.person.notes))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("MemberDialog"));
    setWindowTitle(entry.membership.id ? tr("Edit Member") : tr("Add a Member"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_wechat->setObjectName(QStringLiteral("wechatEdit"));
    m_city->setObjectName(QStringLiteral("cityEdit"));
    m_occupation->setObjectName(QStringLiteral("occupationEdit"));
    m_joined->setObjectName(QStringLiteral("joinedEdit"));
    m_left->setObjectName(QStringLiteral("leftEdit"));
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_phone->setPlaceholderText(tr("Personal data: only what the camp needs"));
    for (MemberRole role : MemberRoles::all())
        m_role->addItem(MemberRoles::displayName(role), int(role));
    m_role->setCurrentIndex(m_role->findData(int(entry.membership.role)));
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_subgroup->addItem(tr("No subgroup"), qint64(0));
    for (const Subgroup &subgroup : subgroups)
        m_subgroup->addItem(subgroup.name, subgroup.id);
    m_subgroup->setCurrentIndex(std::max(0, m_subgroup->findData(entry.membership.subgroupId)));
    for (MembershipStatus status : MembershipStatuses::all())
        m_status->addItem(MembershipStatuses::displayName(status), int(status));
    m_status->setCurrentIndex(m_status->findData(int(entry.membership.status)));
    m_joined->setCalendarPopup(true);
    m_joined->setDisplayFormat(DateFormat::shortDate());
    // A member whose joining day nobody recorded keeps none: pressing OK must
    // not write today's date as if someone had typed it. The lowest date
    // stands for "not recorded"; a new member joins today.
    m_joined->setMinimumDate(notRecorded);
    m_joined->setSpecialValueText(tr("Not recorded"));
    if (entry.membership.joinedOn.isValid())
        m_joined->setDate(entry.membership.joinedOn);
    else
        m_joined->setDate(entry.membership.id ? notRecorded : today);
    // A member who left or was removed is out of the figures from this day
    // on; one who is active has no such day.
    m_left->setCalendarPopup(true);
    m_left->setDisplayFormat(DateFormat::shortDate());
    // As with the joining day: a member who left on a day nobody recorded
    // keeps none (OK after another edit writes no day); today is offered to
    // one who leaves now.
    m_left->setMinimumDate(notRecorded);
    m_left->setSpecialValueText(tr("Not recorded"));
    if (entry.membership.leftOn.isValid())
        m_left->setDate(entry.membership.leftOn);
    else
        m_left->setDate(entry.membership.status == MembershipStatus::Active ? today : notRecorded);
    const auto showLeft
        = [this] { m_left->setEnabled(MembershipStatus(m_status->currentData().toInt()) != MembershipStatus::Active); };
    showLeft();
    connect(m_status, &QComboBox::currentIndexChanged, this, showLeft);
    m_notes->setMaximumHeight(70);

    auto *person = new QGroupBox(tr("Person"));
    auto *personForm = new QFormLayout(person);
    personForm->addRow(tr("Name:"), m_name);
    personForm->addRow(tr("WeChat ID:"), m_wechat);
    personForm->addRow(tr("QQ number:"), m_qq);
    personForm->addRow(tr("Telegram:"), m_telegram);
    personForm->addRow(tr("Phone:"), m_phone);
    personForm->addRow(tr("City:"), m_city);
    personForm->addRow(tr("Occupation:"), m_occupation);
    personForm->addRow(tr("Tags:"), m_tags);
    personForm->addRow(tr("Notes:"), m_notes);
    auto *camp = new QGroupBox(tr("In this camp"));
    auto *campForm = new QFormLayout(camp);
    campForm->addRow(tr("Role:"), m_role);
    campForm->addRow(tr("Title:"), m_title);
    campForm->addRow(tr("Group nickname:"), m_nickname);
    campForm->addRow(tr("Subgroup:"), m_subgroup);
    campForm->addRow(tr("Status:"), m_status);
    campForm->addRow(tr("Joined:"), m_joined);
    campForm->addRow(tr("Left on:"), m_left);
    campForm->addRow(tr("Who (nickname, job, city):"), m_introBasics);
    campForm->addRow(tr("In one sentence:"), m_introSentence);
    campForm->addRow(tr("Why I joined:"), m_introReason);
    campForm->addRow(tr("Proudest of:"), m_introProudest);

    auto *columns = new QHBoxLayout;
    columns->addWidget(person);
    columns->addWidget(camp);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!name.trimmed().isEmpty());
    });
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!entry.person.displayName.trimmed().isEmpty());
}

RosterEntry MemberDialog::entry() const
{
    RosterEntry result = m_original;
    result.person.displayName = m_name->text().trimmed();
    // Chat ids of other platforms (from imports) are kept as they are.
    QList<ChatId> chatIds;
    for (const ChatId &chatId : m_original.person.chatIds) {
        if (chatId.platform != QLatin1String("wechat") && chatId.platform != QLatin1String("qq")
            && chatId.platform != QLatin1String("telegram"))
            chatIds.append(chatId);
    }
    const QList<std::pair<QString, QLineEdit *>> edited {
        {QStringLiteral("wechat"), m_wechat}, {QStringLiteral("qq"), m_qq}, {QStringLiteral("telegram"), m_telegram}};
    // Each of a person's ids on the app, as the field shows them.
    for (const auto &[platform, edit] : edited) {
        for (const QString &id : ListText::split(edit->text()))
            chatIds.append({platform, id});
    }
    result.person.chatIds = chatIds;
    result.person.phone = m_phone->text().trimmed();
    result.person.city = m_city->text().trimmed();
    result.person.occupation = m_occupation->text().trimmed();
    result.person.tags = ListText::split(m_tags->text());
    result.person.notes = m_notes->toPlainText();
    result.membership.role = MemberRole(m_role->currentData().toInt());
    result.membership.title = m_title->text().trimmed();
    result.membership.groupNickname = m_nickname->text().trimmed();
    result.membership.subgroupId = m_subgroup->currentData().toLongLong();
    result.subgroup = result.membership.subgroupId ? m_subgroup->currentText() : QString();
    const QDate left = m_left->date() == notRecorded ? QDate() : m_left->date();
    result.membership.leftOn = left;
    result.membership.setStatus(MembershipStatus(m_status->currentData().toInt()), left);
    result.membership.joinedOn = m_joined->date() == notRecorded ? QDate() : m_joined->date();
    result.membership.introduction = {m_introBasics->text().trimmed(), m_introSentence->text().trimmed(),
                                      m_introReason->text().trimmed(), m_introProudest->text().trimmed()};
    return result;
}

} // namespace CampDesk
