#include "core/domain/ListText.h"

#include <QRegularExpression>

namespace CampDesk {

QStringList ListText::split(QStringView text)
{
    static const QRegularExpression separators(QStringLiteral("[,，;；、]"));
    QStringList items;
    for (const QStringView item : text.split(separators)) {
        if (const QStringView trimmed = item.trimmed(); !trimmed.isEmpty())
            items.append(trimmed.toString());
    }
    return items;
}

} // namespace CampDesk
