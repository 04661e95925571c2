#include "core/capture/ChatText.h"

#include "core/io/CsvReader.h"

#include <QCoreApplication>

#include <algorithm>

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

std::optional<int> readNumber(QStringView text, qsizetype &pos, int minDigits, int maxDigits)
{
    int value = 0;
    int digits = 0;
    while (pos < text.size() && digits < maxDigits && isAsciiDigit(text.at(pos))) {
        value = value * 10 + (text.at(pos).unicode() - u'0');
        ++pos;
        ++digits;
    }
    if (digits < minDigits)
        return std::nullopt;
    return value;
}

QString exactName(QStringView name)
{
    return cleanName(name).normalized(QString::NormalizationForm_KC).trimmed();
}

QString unreadHeaderWarning(int line, QStringView text)
{
    return QCoreApplication::translate("ChatText",
                                       "Line %1 begins like a message (“%2”) but cannot be read as one; it was kept "
                                       "as part of the message above it. If it is a message of its own, the export "
                                       "is cut or damaged there.")
        .arg(line)
        .arg(text.first(std::min<qsizetype>(text.size(), 40)).toString());
}

std::optional<ParseWarning> runOnRowWarning(const CsvReader &reader, int headerCells)
{
    if (!reader.ranOn(headerCells))
        return std::nullopt;
    const int line = reader.line();
    const int lines = reader.recordLines();
    return ParseWarning {line,
                         QCoreApplication::translate("ChatText",
                                                     "Lines %1 to %2 read as one row: a quote was probably lost at "
                                                     "line %1, and the rows after it ran into it. Not imported; "
                                                     "check these lines.")
                             .arg(line)
                             .arg(line + lines - 1),
                         lines};
}

} // namespace CampDesk::ChatText
