#include "DateFormat.h"

#include <QLocale>

namespace CampDesk::DateFormat {

QString shortDate()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

} // namespace CampDesk::DateFormat
