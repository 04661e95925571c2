#pragma once

#include "core/capture/ChatMessage.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace CampDesk {
class CsvReader;
}

namespace CampDesk::ChatText {

// What every chat reader does to names and lines the same way. The
// character tests run on every character of files of a million messages,
// so they are inline.

// Characters exports put into names and texts that nobody sees: byte-order
// marks, zero-width spaces and joiners, direction marks and isolates, word
// joiners, soft hyphens.
inline bool isInvisible(char16_t c)
{
    return c == 0xFEFF || c == 0x00AD || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2060 && c <= 0x2069);
}

// Space as a reader skips it: whitespace, the ideographic space, and the
// invisible characters above.
inline bool isBlankChar(QChar c)
{
    return c.isSpace() || c == QChar(0x3000) || isInvisible(c.unicode());
}

inline QStringView trimmedView(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isBlankChar(text.at(begin)))
        ++begin;
    while (end > begin && isBlankChar(text.at(end - 1)))
        --end;
    return text.sliced(begin, end - begin);
}

inline bool isBlankLine(QStringView line)
{
    for (const QChar c : line) {
        if (!isBlankChar(c))
            return false;
    }
    return true;
}

inline bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// A non-empty run of ASCII digits only (an account number, a numeric id).
inline bool isAllDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

// The number written by up to `maxDigits` ASCII digits at `pos`, which it
// moves past them; none when there are fewer than `minDigits`. Timestamps
// of every format are read with it ("2024/10/4 9:05": 1 to 2 digits each).
std::optional<int> readNumber(QStringView text, qsizetype &pos, int minDigits, int maxDigits);

// What a name's no-break spaces become. Telegram and Discord names have
// always had them made plain, QQ and WeChat names kept them: a sender's key
// is made from the name, so each format keeps what its earlier imports did.
enum class NoBreakSpaces { Keep, Plain };

// A display name as shown: invisible characters removed, surrounding space
// trimmed.
QString cleanName(QStringView name, NoBreakSpaces spaces = NoBreakSpaces::Keep);

// Telegram's and DiscordChatExporter's names, with their no-break spaces
// made plain, as these readers always gave them.
inline QString plainName(QStringView name)
{
    return cleanName(name, NoBreakSpaces::Plain);
}

// Whether the text's first character after white space and byte-order
// marks is `c` (the `{` a JSON export starts with).
inline bool startsWithAfterBlank(QStringView text, QChar c)
{
    qsizetype start = 0;
    while (start < text.size() && (text.at(start).isSpace() || text.at(start) == QChar(0xFEFF)))
        ++start;
    return start < text.size() && text.at(start) == c;
}

// A display name as names are compared exactly: Unicode NFKC (full-width
// letters and compatibility forms become plain ones), invisible characters
// removed, surrounding spaces trimmed. Case, emoji and punctuation stay:
// anything more lenient is a guess.
QString exactName(QStringView name);

// The warning for a line that stands where a message's header would and
// begins like one, but reads as none (a header cut short): kept with the
// message above, and said, in every line-based format alike.
QString unreadHeaderWarning(int line, QStringView text);

// For a CSV export's row that ran on into the rows after it
// (CsvReader::ranOn): its cells are no one message and the rows inside it
// are lost, so it is not imported; the warning names its lines and counts
// them as not read. Nothing for any other row.
std::optional<ParseWarning> runOnRowWarning(const CsvReader &reader, int headerCells);

} // namespace CampDesk::ChatText
