#pragma once

#include <QString>

namespace CampDesk::Translations {

// Language codes CampDesk ships: "en" (the source language) and "zh_CN".
// The setting value "system" follows the operating system's locale.
inline constexpr const char *SystemSetting = "system";

// The shipped language closest to the system locale.
QString systemLanguage();
// The language chosen in Settings, resolved ("system" → systemLanguage()).
QString preferredLanguage();
QString languageSetting();
void setLanguageSetting(const QString &setting);

// The shipped language the running application speaks now (from the default
// locale set by install()): what new content such as templates is written in.
QString currentLanguage();

// Installs CampDesk's and Qt's own translators for `language` on the running
// application and sets the default locale to match. English installs none.
void install(const QString &language);

} // namespace CampDesk::Translations
