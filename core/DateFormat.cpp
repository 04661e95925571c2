#include "core/DateFormat.h"

namespace CampDesk::DateFormat {

QString shortDate(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

} // namespace CampDesk::DateFormat
