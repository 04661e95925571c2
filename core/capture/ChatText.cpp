#include "capture/ChatText.h"

namespace CampDesk::ChatText {

bool isInvisible(char16_t c)
{
    return c == 0xFEFF || c == 0x00AD || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2060 && c <= 0x2069);
}

QString exactName(QStringView name)
{
    QString visible;
    visible.reserve(name.size());
    for (const QChar c : name) {
        if (!isInvisible(c.unicode()))
            visible.append(c);
    }
    return visible.normalized(QString::NormalizationForm_KC).trimmed();
}

} // namespace CampDesk::ChatText
