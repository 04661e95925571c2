#include "ui/dialogs/SettingsDialog.h"

#include "core/BackupFolder.h"
#include "core/Translations.h"
#include "core/speech/SpeechChecker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace CampDesk {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox)
    , m_maxLines(new QSpinBox)
    , m_maxCharacters(new QSpinBox)
    , m_keepBackups(new QSpinBox)
{
    setObjectName(QStringLiteral("SettingsDialog"));
    setWindowTitle(tr("Settings"));

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System default"), QString::fromLatin1(Translations::SystemSetting));
    // Language names are written in their own language so anyone can find theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(Translations::languageSetting())));

    auto *note = new QLabel(tr("A new interface language is used the next time CampDesk starts."));
    note->setWordWrap(true);

    // What fits on one phone screen: the speech editor warns past it.
    const SpeechLimits defaults;
    m_maxLines->setObjectName(QStringLiteral("maxLinesEdit"));
    m_maxLines->setRange(3, 100);
    m_maxLines->setValue(QSettings().value(QStringLiteral("speech/maxLines"), defaults.maxLines).toInt());
    m_maxCharacters->setObjectName(QStringLiteral("maxCharactersEdit"));
    m_maxCharacters->setRange(20, 5000);
    m_maxCharacters->setValue(
        QSettings().value(QStringLiteral("speech/maxCharacters"), defaults.maxCharacters).toInt());

    m_keepBackups->setObjectName(QStringLiteral("keepBackupsEdit"));
    m_keepBackups->setRange(1, 365);
    m_keepBackups->setValue(BackupFolder::keepSetting());
    m_keepBackups->setToolTip(tr("One backup is written each day a workspace is opened, and one before every upgrade; "
                                 "older ones are removed past this number."));
    auto *form = new QFormLayout;
    form->addRow(tr("Interface language:"), m_language);
    form->addRow(tr("One phone screen, lines:"), m_maxLines);
    form->addRow(tr("One phone screen, characters:"), m_maxCharacters);
    form->addRow(tr("Backups to keep per workspace:"), m_keepBackups);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool SettingsDialog::apply()
{
    const QString chosen = m_language->currentData().toString();
    const bool changed = chosen != Translations::languageSetting();
    Translations::setLanguageSetting(chosen);
    QSettings().setValue(QStringLiteral("speech/maxLines"), m_maxLines->value());
    QSettings().setValue(QStringLiteral("speech/maxCharacters"), m_maxCharacters->value());
    BackupFolder::setKeepSetting(m_keepBackups->value());
    return changed;
}

} // namespace CampDesk
