#include "capture/ChatText.h"

namespace CampDesk::ChatText {

QString cleanName(QStringView name, NoBreakSpaces spaces)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        if (isInvisible(c.unicode()))
            continue;
        const bool noBreak = c == QChar(0x00A0) || c == QChar(0x202F);
        out.append(noBreak && spaces == NoBreakSpaces::Plain ? QChar(u' ') : c);
    }
    return out.trimmed();
}

QString exactName(QStringView name)
{
    return cleanName(name).normalized(QString::NormalizationForm_KC).trimmed();
}

} // namespace CampDesk::ChatText
