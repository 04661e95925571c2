#pragma once

#include <QLocale>
#include <QString>

namespace CampDesk::DateFormat {

// The locale's short date with a four-digit year: "12/16/26" reads as three
// possible dates, "12/16/2026" and "2026/12/16" as one.
QString shortDate(const QLocale &locale = QLocale());

} // namespace CampDesk::DateFormat
