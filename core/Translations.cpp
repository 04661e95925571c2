#include "core/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace CampDesk::Translations {

namespace {

const QString settingKey = QStringLiteral("interface/language");

bool loadInto(QTranslator &translator, const QString &name, const QStringList &folders)
{
    for (const QString &folder : folders) {
        if (translator.load(name, folder))
            return true;
    }
    return false;
}

} // namespace

QString systemLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString currentLanguage()
{
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString languageSetting()
{
    return QSettings().value(settingKey, QString::fromLatin1(SystemSetting)).toString();
}

void setLanguageSetting(const QString &setting)
{
    QSettings().setValue(settingKey, setting);
}

QString preferredLanguage()
{
    QString setting = languageSetting();
    if (setting == QLatin1String("en") || setting == QLatin1String("zh_CN"))
        return setting;
    return systemLanguage();
}

void install(const QString &language)
{
    if (language == QLatin1String("zh_CN"))
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    else
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // An installed translation (…/share/campdesk/translations) wins over the
    // embedded copy, so a corrected .qm can be dropped in without a rebuild.
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList ours {QDir(appDir).filePath(QStringLiteral("../share/campdesk/translations")),
                            QStringLiteral(":/i18n")};
    auto *campdesk = new QTranslator(QCoreApplication::instance());
    if (loadInto(*campdesk, QStringLiteral("campdesk_") + language, ours))
        QCoreApplication::installTranslator(campdesk);

    if (language == QLatin1String("en"))
        return;
    auto *qtbase = new QTranslator(QCoreApplication::instance());
    if (loadInto(*qtbase, QStringLiteral("qtbase_") + language,
                 {QLibraryInfo::path(QLibraryInfo::TranslationsPath), QStringLiteral(":/i18n")}))
        QCoreApplication::installTranslator(qtbase);
}

} // namespace CampDesk::Translations
