#include "ui/dialogs/ConnectDialog.h"

#include "core/storage/ServerAddress.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace CampDesk {

namespace {

constexpr int DefaultPort = 5432;

} // namespace

ConnectDialog::ConnectDialog(const QStringList &recent, QWidget *parent)
    : QDialog(parent)
    , m_recent(new QListWidget)
    , m_host(new QLineEdit)
    , m_port(new QSpinBox)
    , m_database(new QLineEdit)
    , m_user(new QLineEdit)
    , m_encryption(new QComboBox)
    , m_password(new QLineEdit)
    , m_othersNote(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Connect to Team Workspace"));
    // Wide enough for the fields' hints in both languages.
    setMinimumWidth(560);
    m_recent->setObjectName(QStringLiteral("recentServers"));
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_encryption->setObjectName(QStringLiteral("encryption"));
    m_password->setObjectName(QStringLiteral("password"));

    for (const QString &text : recent) {
        auto address = ServerAddress::parse(text);
        if (!address)
            continue;
        auto *item = new QListWidgetItem(address->displayText(), m_recent);
        item->setData(Qt::UserRole, text);
        item->setToolTip(text);
    }
    m_host->setPlaceholderText(tr("db.example.org, or a socket folder such as /run/postgresql"));
    m_port->setRange(1, 65535);
    m_port->setValue(DefaultPort);
    m_database->setPlaceholderText(tr("The database the team's workspace is in"));
    m_user->setPlaceholderText(tr("Your login on the server"));
    // libpq's every mode: a recent address's mode is shown as it is, never
    // quietly replaced by a weaker one.
    m_encryption->addItem(tr("Required, and the server's certificate checked"), QStringLiteral("verify-full"));
    m_encryption->addItem(tr("Required, and the certificate's authority checked"), QStringLiteral("verify-ca"));
    m_encryption->addItem(tr("Required"), QStringLiteral("require"));
    m_encryption->addItem(tr("When the server offers it"), QStringLiteral("prefer"));
    m_encryption->addItem(tr("Only when the server asks for it"), QStringLiteral("allow"));
    m_encryption->addItem(tr("Never (a server on this computer)"), QStringLiteral("disable"));
    m_encryption->setCurrentIndex(m_encryption->findData(QStringLiteral("require")));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Empty: taken from ~/.pgpass or the service file"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Encryption (TLS):"), m_encryption);
    form->addRow(tr("Pass&word:"), m_password);
    auto *note = new QLabel(tr("CampDesk never stores the password: it is used for this connection only."));
    note->setWordWrap(true);
    m_othersNote->setObjectName(QStringLiteral("otherSettings"));
    m_othersNote->setWordWrap(true);
    m_othersNote->hide();

    auto *layout = new QVBoxLayout(this);
    if (m_recent->count() > 0) {
        layout->addWidget(new QLabel(tr("Opened before:")));
        layout->addWidget(m_recent);
    } else {
        m_recent->hide();
    }
    layout->addLayout(form);
    layout->addWidget(m_othersNote);
    layout->addWidget(note);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_database, &QLineEdit::textChanged, this, &ConnectDialog::updateButtons);
    connect(m_database, &QLineEdit::textChanged, this, &ConnectDialog::showOthers);
    connect(m_host, &QLineEdit::textChanged, this, &ConnectDialog::showOthers);
    connect(m_recent, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            fill(item->data(Qt::UserRole).toString());
    });
    if (m_recent->count() > 0)
        m_recent->setCurrentRow(0);
    updateButtons();
}

void ConnectDialog::fill(const QString &address)
{
    auto parsed = ServerAddress::parse(address);
    if (!parsed)
        return;
    const ServerAddress::Parts parts = parsed->parts();
    m_others = parts.others;
    m_pickedHost = parts.host;
    m_pickedDatabase = parts.database;
    m_host->setText(parts.host);
    m_port->setValue(parts.port > 0 ? parts.port : DefaultPort);
    m_database->setText(parts.database);
    m_user->setText(parts.user);
    const QString mode = parts.sslMode.isEmpty() ? QStringLiteral("prefer") : parts.sslMode;
    if (m_encryption->findData(mode) < 0)
        m_encryption->addItem(mode, mode); // not libpq's: it says so when connecting
    m_encryption->setCurrentIndex(m_encryption->findData(mode));
    showOthers();
}

QList<std::pair<QString, QString>> ConnectDialog::othersKept() const
{
    if (m_host->text() != m_pickedHost || m_database->text() != m_pickedDatabase)
        return {};
    return m_others;
}

void ConnectDialog::showOthers()
{
    QStringList settings;
    for (const auto &[key, value] : othersKept())
        settings.append(key + u'=' + value);
    m_othersNote->setText(tr("Also used, as opened before: %1").arg(settings.join(QLatin1String(", "))));
    m_othersNote->setVisible(!settings.isEmpty());
}

void ConnectDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_database->text().trimmed().isEmpty());
}

QString ConnectDialog::address() const
{
    // The default port is left to libpq (and to PGPORT).
    return ServerAddress::fromParts({.host = m_host->text(),
                                     .port = m_port->value() == DefaultPort ? 0 : m_port->value(),
                                     .database = m_database->text(),
                                     .user = m_user->text(),
                                     .sslMode = m_encryption->currentData().toString(),
                                     .others = othersKept()});
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

} // namespace CampDesk
