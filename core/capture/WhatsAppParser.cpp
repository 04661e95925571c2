#include "core/capture/WhatsAppParser.h"

#include "core/capture/ChatText.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QTime>

#include <algorithm>
#include <cstring>
#include <optional>
#include <string_view>

namespace CampDesk {

namespace {

// ---------------------------------------------------------------------------
// Characters (FORMATS.md 2.2)

constexpr char16_t ByteOrderMark = 0xFEFF;

// NBSP and NNBSP (U+202F, used before AM/PM since 2023) are spaces here.
bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == 0x00A0 || c == 0x202F || c == 0x2009;
}

// LRM/RLM, the embedding/override marks and the isolates: iOS puts them
// before headers and bodies; they are never part of what a user sees.
bool isBidiMark(char16_t c)
{
    return c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
        || c == ByteOrderMark;
}

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(char16_t c)
{
    return (c | 0x20) >= u'a' && (c | 0x20) <= u'z';
}

bool isQuote(char16_t c)
{
    return c == u'"' || c == 0x201C || c == 0x201D || c == 0x201E;
}

// Strips bidi marks and spaces at both ends.
QStringView trimmedView(QStringView s)
{
    qsizetype from = 0;
    qsizetype to = s.size();
    while (from < to && (isSpace(s[from].unicode()) || isBidiMark(s[from].unicode())))
        ++from;
    while (to > from && (isSpace(s[to - 1].unicode()) || isBidiMark(s[to - 1].unicode())))
        --to;
    return s.sliced(from, to - from);
}

bool startsWithBidiMark(QStringView s)
{
    return !s.isEmpty() && isBidiMark(s.front().unicode());
}

bool isBlank(QStringView s)
{
    return trimmedView(s).isEmpty();
}

// ---------------------------------------------------------------------------
// Header scanning (FORMATS.md 2.1). One hand-written scanner accepts every
// variant of the table instead of one regular expression per locale:
//   [bidi]['['][bidi] D sep D sep D ['.'][','] space [klo|word space]
//   H (':'|'.') MM [(':'|'.') SS] ['.'] [space* (a|p)['.'][space*](m)['.']]
//   then ']' (iOS) | '-' (Android) | ': ' (dots-in-time locale) | space (Hungarian, after "2018.")

enum class Meridiem : quint8 { None, Am, Pm };

struct Header {
    int field[3] = {}; // the date's numbers as written
    int digits[3] = {}; // how many digits each had: a 4-digit field is the year
    int hour = 0;
    int minute = 0;
    int second = 0;
    Meridiem meridiem = Meridiem::None;
    bool bracketed = false;
    // Shaped like a header, with a time no clock shows (23:61): the message
    // is reported and skipped, never glued to the one before it.
    bool impossibleTime = false;
    qsizetype contentStart = 0; // where "sender: text" or a system text starts
};

struct Scanner {
    const char16_t *p;
    const char16_t *end;

    char16_t peek(qsizetype ahead = 0) const { return p + ahead < end ? p[ahead] : char16_t(0); }
    bool atEnd() const { return p >= end; }
    bool eat(char16_t c)
    {
        if (p < end && *p == c) {
            ++p;
            return true;
        }
        return false;
    }
    int skipSpaces()
    {
        int count = 0;
        while (p < end && isSpace(*p)) {
            ++p;
            ++count;
        }
        return count;
    }
    void skipBidiMarks()
    {
        while (p < end && isBidiMark(*p))
            ++p;
    }
    // Reads up to maxDigits ASCII digits; -1 when there is none.
    int number(int maxDigits, int *digits = nullptr)
    {
        int value = 0;
        int count = 0;
        while (count < maxDigits && p < end && isDigit(*p)) {
            value = value * 10 + (*p - u'0');
            ++p;
            ++count;
        }
        if (digits)
            *digits = count;
        if (count == 0 || (p < end && isDigit(*p)))
            return -1; // no number, or more digits than any header field has
        return value;
    }
};

// "PM", "pm", "p.m.", "p. m." with a normal, no-break or narrow no-break
// space (FORMATS.md 2.1/2.2); leaves the scanner where it was if there is none.
Meridiem readMeridiem(Scanner &s)
{
    const char16_t *start = s.p;
    s.skipSpaces();
    const char16_t letter = s.peek() | 0x20;
    if (letter != u'a' && letter != u'p') {
        s.p = start;
        return Meridiem::None;
    }
    ++s.p;
    s.eat(u'.');
    s.skipSpaces();
    if ((s.peek() | 0x20) != u'm') {
        s.p = start;
        return Meridiem::None;
    }
    ++s.p;
    s.eat(u'.');
    if (isAsciiLetter(s.peek()) || isDigit(s.peek())) {
        s.p = start;
        return Meridiem::None;
    }
    return letter == u'a' ? Meridiem::Am : Meridiem::Pm;
}

// A date has at most one 4-digit field (the year); the others have 1–2
// digits, and a 2-digit year is at one end.
bool plausibleDate(const Header &h)
{
    int years = 0;
    for (const int digits : h.digits) {
        if (digits == 4)
            ++years;
        else if (digits > 2)
            return false;
    }
    return years == 1 || (years == 0 && (h.digits[0] == 2 || h.digits[2] == 2));
}

// "上午9:16" (Chinese), "午後9:16" (Japanese), "오후 9:16" (Korean): phones in
// these languages put the half of the day before the hour.
Meridiem readMeridiemBefore(Scanner &s)
{
    struct Word {
        char16_t first;
        char16_t second;
        Meridiem meridiem;
    };
    static constexpr Word words[]
        = {{u'上', u'午', Meridiem::Am}, {u'下', u'午', Meridiem::Pm}, {u'午', u'前', Meridiem::Am},
           {u'午', u'後', Meridiem::Pm}, {u'오', u'전', Meridiem::Am}, {u'오', u'후', Meridiem::Pm}};
    for (const Word &word : words) {
        if (s.peek() == word.first && s.peek(1) == word.second) {
            s.p += 2;
            s.skipSpaces();
            return word.meridiem;
        }
    }
    return Meridiem::None;
}

// The date a header begins with, and what follows it up to the time; false
// when the line does not begin with a date.
bool readDate(Scanner &s, Header &h, bool *trailingDot)
{
    s.skipBidiMarks();
    h.bracketed = s.eat(u'[');
    if (h.bracketed)
        s.skipBidiMarks();
    if (!isDigit(s.peek()))
        return false; // the common case for continuation lines: leave at once
    h.field[0] = s.number(4, &h.digits[0]);
    const char16_t separator = s.peek();
    if (h.field[0] < 0 || (separator != u'/' && separator != u'.' && separator != u'-'))
        return false;
    ++s.p;
    s.skipSpaces(); // "13. 6. 2018." (Hungarian)
    h.field[1] = s.number(4, &h.digits[1]);
    if (h.field[1] < 0 || !s.eat(separator))
        return false;
    s.skipSpaces();
    h.field[2] = s.number(4, &h.digits[2]);
    if (h.field[2] < 0 || !plausibleDate(h))
        return false;
    *trailingDot = s.eat(u'.');
    s.eat(u',');
    return s.skipSpaces() > 0;
}

// A line that begins as a header does, with a date and a space, whether or
// not the rest of it reads as one.
bool beginsWithDate(QStringView line)
{
    Scanner s {line.utf16(), line.utf16() + line.size()};
    Header h;
    bool trailingDot = false;
    return readDate(s, h, &trailingDot) && isDigit(s.peek());
}

bool readHeader(QStringView line, Header &h)
{
    Scanner s {line.utf16(), line.utf16() + line.size()};
    bool trailingDot = false;
    if (!readDate(s, h, &trailingDot))
        return false;
    const Meridiem meridiemBefore = readMeridiemBefore(s);
    if (isAsciiLetter(s.peek())) { // "13.6.2018 klo 21.25.15" (Finnish) and similar short words
        int letters = 0;
        while (isAsciiLetter(s.peek()) && letters < 4) {
            ++s.p;
            ++letters;
        }
        s.eat(u'.');
        if (s.skipSpaces() == 0)
            return false;
    }
    h.hour = s.number(2);
    if (h.hour < 0 || (s.peek() != u':' && s.peek() != u'.'))
        return false;
    ++s.p;
    int minuteDigits = 0;
    h.minute = s.number(2, &minuteDigits);
    if (minuteDigits != 2)
        return false;
    h.second = 0;
    if ((s.peek() == u':' || s.peek() == u'.') && isDigit(s.peek(1))) {
        ++s.p;
        int secondDigits = 0;
        h.second = s.number(2, &secondDigits);
        if (secondDigits != 2)
            return false;
    }
    h.impossibleTime = h.hour > 23 || h.minute > 59 || h.second > 59;
    s.eat(u'.'); // "2022/12/14, 13:34. - " (chat-miner)
    const char16_t *beforeMeridiem = s.p;
    h.meridiem = readMeridiem(s);
    int spaces = 0; // bidi marks may wrap the time ("\u202a23:33\u202c - ")
    while (!s.atEnd() && (isSpace(s.peek()) || isBidiMark(s.peek()))) {
        spaces += isSpace(s.peek()) ? 1 : 0;
        ++s.p;
    }
    if (h.bracketed) {
        if (!s.eat(u']'))
            return false;
    } else if (s.peek() == u'-' || s.peek() == 0x2013) {
        ++s.p;
        if (!s.atEnd() && !isSpace(s.peek()))
            return false;
    } else if (s.peek() == u':' && isSpace(s.peek(1))) {
        ++s.p; // "13.06.18 21.25.15: a: m"
    } else if (trailingDot && (spaces > 0 || h.meridiem != Meridiem::None)) {
        // "13. 6. 2018. 21:25:15 a: m": nothing between the time and the
        // sender, so "Am…"/"Pm…" would be the sender's name, not a meridiem.
        if (h.meridiem != Meridiem::None) {
            s.p = beforeMeridiem;
            h.meridiem = Meridiem::None;
            if (s.skipSpaces() == 0)
                return false;
        }
        if (s.atEnd())
            return false;
    } else {
        return false;
    }
    if (meridiemBefore != Meridiem::None)
        h.meridiem = meridiemBefore;
    s.skipSpaces();
    h.contentStart = s.p - line.utf16();
    return true;
}

// ---------------------------------------------------------------------------
// Lines: CRLF, LF and bare CR (FORMATS.md 7.2). Without any CR in the file the
// search for LF is a vectorised indexOf.

// What the whole text holds that changes how it is read. Two vectorised
// searches beat one hand-written loop over both characters.
struct TextTraits {
    bool carriageReturn = false;
    bool byteOrderMark = false;
};

TextTraits scanTraits(QStringView text)
{
    return {text.contains(u'\r'), text.contains(QChar(ByteOrderMark))};
}

class LineReader {
public:
    LineReader(QStringView text, bool hasCarriageReturn, int firstLine = 1)
        : m_text(text)
        , m_hasCarriageReturn(hasCarriageReturn)
        , m_line(firstLine - 1)
    {
    }

    bool next(QStringView &line)
    {
        const qsizetype size = m_text.size();
        if (m_pos >= size)
            return false;
        qsizetype end;
        qsizetype nextPos;
        if (!m_hasCarriageReturn) {
            end = m_text.indexOf(u'\n', m_pos);
            if (end < 0)
                end = size;
            nextPos = end + 1;
        } else {
            const char16_t *data = m_text.utf16();
            end = m_pos;
            while (end < size && data[end] != u'\n' && data[end] != u'\r')
                ++end;
            nextPos = end + 1;
            if (end < size && data[end] == u'\r' && end + 1 < size && data[end + 1] == u'\n')
                ++nextPos;
        }
        line = m_text.sliced(m_pos, end - m_pos);
        m_pos = nextPos;
        ++m_line;
        return true;
    }

    int lineNumber() const { return m_line; }
    double fraction() const
    {
        return m_text.isEmpty() ? 1.0 : double(std::min(m_pos, m_text.size())) / double(m_text.size());
    }

private:
    QStringView m_text;
    bool m_hasCarriageReturn;
    qsizetype m_pos = 0;
    int m_line = 0;
};

// ---------------------------------------------------------------------------
// Date order (FORMATS.md 2.1): not in the file, inferred from all of it.

// The two date fields that are not the year, in file order. Year-first dates
// (a 4-digit first field) are always year-month-day.
struct DayMonthFields {
    int first;
    int second;
};

int yearIndex(const Header &h, bool twoDigitYearFirst)
{
    for (int i = 0; i < 3; ++i) {
        if (h.digits[i] == 4)
            return i;
    }
    return twoDigitYearFirst ? 0 : 2;
}

DayMonthFields dayMonthFields(const Header &h, int year)
{
    if (year == 0)
        return {h.field[1], h.field[2]};
    if (year == 1)
        return {h.field[0], h.field[2]};
    return {h.field[0], h.field[1]};
}

// The sender a header line names, as far as the line alone tells: what
// comes before its first ": " (names with a colon in them are rare, and
// this only tells who posts, for notices that name an actor).
QStringView senderOf(QStringView content)
{
    const qsizetype colon = content.indexOf(u": ");
    return colon > 0 ? trimmedView(content.first(colon)) : QStringView();
}

// Every header's date, for the order of the whole file (gathering stops
// once both orders have a date only they read: the file cannot be read one
// way), and every sender.
void surveyLines(QStringView text, bool hasCarriageReturn, int firstLine, FileSurvey &survey)
{
    LineReader lines(text, hasCarriageReturn, firstLine);
    QStringView line;
    Header h;
    // Views into the text while it is read: a million posts by a few
    // thousand senders make a few thousand strings, not a million.
    QSet<QStringView> senders;
    while (lines.next(line)) {
        if (!readHeader(line, h))
            continue;
        if (const QStringView sender = senderOf(line.sliced(h.contentStart)); !sender.isEmpty())
            senders.insert(sender);
        if (h.digits[0] == 4 || survey.dates.conflicting())
            continue;
        const int year = yearIndex(h, false);
        const DayMonthFields fields = dayMonthFields(h, year);
        survey.dates.noteDate(lines.lineNumber(), trimmedView(line.first(h.contentStart)), fields.first, fields.second,
                              h.field[year] + (h.digits[year] <= 2 ? 2000 : 0), h.meridiem != Meridiem::None);
    }
    for (const QStringView sender : std::as_const(senders))
        survey.senders.insert(sender.toString());
}

// ---------------------------------------------------------------------------
// Wall-clock times in options.zone → Unix seconds. A zone without transitions
// (UTC, fixed offsets) is plain arithmetic; any other zone asks QDateTime once
// per hour of the chat (messages come roughly in order, so a one-entry cache
// hits almost always). Zones whose offset changes off the full hour would be
// off for the rest of that hour — none of the real ones do within one hour.

class LocalClock {
public:
    explicit LocalClock(const QTimeZone &zone)
        : m_zone(zone.isValid() ? zone : QTimeZone::utc())
    {
        m_fixed = !m_zone.hasTransitions() && !m_zone.hasDaylightTime();
        if (m_fixed)
            m_offset = m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
    }

    std::optional<qint64> toUnix(int year, int month, int day, int hour, int minute, int second)
    {
        if (!QDate::isValid(year, month, day))
            return std::nullopt;
        const qint64 julianDay = QDate(year, month, day).toJulianDay();
        const qint64 clock = qint64(minute) * 60 + second;
        if (m_fixed)
            return (julianDay - 2440588) * 86400 + hour * 3600 + clock - m_offset;
        const qint64 key = julianDay * 24 + hour;
        if (key != m_cachedKey) {
            m_cachedKey = key;
            m_cachedBase = QDateTime(QDate::fromJulianDay(julianDay), QTime(hour, 0), m_zone).toSecsSinceEpoch();
        }
        return m_cachedBase + clock;
    }

private:
    QTimeZone m_zone;
    bool m_fixed = false;
    int m_offset = 0;
    qint64 m_cachedKey = -1;
    qint64 m_cachedBase = 0;
};

// "12:xx AM" is 00:xx; lenient with "00:04:03 AM" (WhatsR) and "13:37:00 p.m."
// (FORMATS.md 2.5), which keep their hour.
int hour24(int hour, Meridiem meridiem)
{
    if (meridiem == Meridiem::Am && hour == 12)
        return 0;
    if (meridiem == Meridiem::Pm && hour >= 1 && hour < 12)
        return hour + 12;
    return hour;
}

// ---------------------------------------------------------------------------
// Bodies (FORMATS.md 2.4). All checks look at the first line of a body with
// its bidi marks and outer spaces removed.

bool equalsAnyCaseless(QStringView s, std::initializer_list<QStringView> options)
{
    for (QStringView option : options) {
        if (s.compare(option, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Comparisons with literals, inline and with the length known at compile
// time: the hot path runs a few per message, and an ordinary message fails
// them at the first character (speed).
using Literal = std::u16string_view;
using namespace std::string_view_literals;

bool hasPrefix(QStringView s, Literal p)
{
    if (size_t(s.size()) < p.size())
        return false;
    const char16_t *data = s.utf16();
    for (size_t i = 0; i < p.size(); ++i) {
        if (data[i] != p[i])
            return false;
    }
    return true;
}

bool hasSuffix(QStringView s, Literal p)
{
    return size_t(s.size()) >= p.size() && hasPrefix(s.sliced(s.size() - qsizetype(p.size())), p);
}

bool isExactly(QStringView s, Literal p)
{
    return size_t(s.size()) == p.size() && hasPrefix(s, p);
}

template<size_t N> bool hasPrefix(QStringView s, const char16_t (&p)[N])
{
    return hasPrefix(s, Literal(p, N - 1));
}

template<size_t N> bool hasSuffix(QStringView s, const char16_t (&p)[N])
{
    return hasSuffix(s, Literal(p, N - 1));
}

template<size_t N> bool isExactly(QStringView s, const char16_t (&p)[N])
{
    return isExactly(s, Literal(p, N - 1));
}

template<size_t... N> bool startsWithAny(QStringView s, const char16_t (&...options)[N])
{
    return (hasPrefix(s, Literal(options, N - 1)) || ...);
}

template<size_t... N> bool endsWithAny(QStringView s, const char16_t (&...options)[N])
{
    return (hasSuffix(s, Literal(options, N - 1)) || ...);
}

template<size_t... N> bool equalsAny(QStringView s, const char16_t (&...options)[N])
{
    return (isExactly(s, Literal(options, N - 1)) || ...);
}

bool containsAny(QStringView s, std::initializer_list<QStringView> options)
{
    for (QStringView option : options) {
        if (s.contains(option))
            return true;
    }
    return false;
}

// "report.pdf", "IMG_0001.JPG": iOS writes "<file> omitted" for documents.
bool looksLikeFileName(QStringView s)
{
    const qsizetype dot = s.lastIndexOf(u'.');
    if (dot <= 0)
        return false;
    const QStringView extension = s.sliced(dot + 1);
    if (extension.size() < 2 || extension.size() > 5)
        return false;
    for (QChar c : extension) {
        if (!isAsciiLetter(c.unicode()) && !isDigit(c.unicode()))
            return false;
    }
    return true;
}

// Photos, videos, voice notes, stickers, files, locations: the sender's
// messages, exported as placeholders.
bool isMediaPlaceholder(QStringView b)
{
    if (b.isEmpty())
        return false;
    switch (b.back().unicode()) {
    case u'>':
        return hasPrefix(b, u"<attached:") || hasPrefix(b, u"< attached:") || hasPrefix(b, u"<Anhang:")
            || (b.startsWith(u'<') && (b.endsWith(u" omitted>", Qt::CaseInsensitive) || hasSuffix(b, u" weggelassen>")))
            || equalsAnyCaseless(b, {u"<Media omitted>", u"<Medien ausgeschlossen>"});
    case u')':
        return hasSuffix(b, u" (file attached)") || hasSuffix(b, u" (Datei angehängt)");
    case u'd': {
        if (b.size() == 20 && b.compare(u"live location shared", Qt::CaseInsensitive) == 0)
            return true;
        if (!hasSuffix(b, u" omitted"))
            return false;
        const QStringView what = b.chopped(8);
        return equalsAnyCaseless(what,
                                 {u"image", u"video", u"audio", u"sticker", u"GIF", u"Contact card", u"document",
                                  u"video message", u"video note", u"view once photo", u"view once video",
                                  u"view once voice message"})
            || hasSuffix(what, u" document") || looksLikeFileName(what);
    }
    case u'n': {
        if (!hasSuffix(b, u" weggelassen") && !hasSuffix(b, u" ausgelassen"))
            return false;
        const QStringView what = b.chopped(12);
        return equalsAnyCaseless(what,
                                 {u"Bild", u"Audio", u"Video", u"Videonachricht", u"Videonotiz", u"GIF",
                                  u"Kontaktkarte", u"Sticker", u"Dokument"})
            || hasSuffix(what, u" Dokument") || looksLikeFileName(what);
    }
    default:
        break;
    }
    switch (b.front().unicode()) {
    case u'l':
    case u'L':
        return b.startsWith(u"location: https://", Qt::CaseInsensitive) || isExactly(b, u"Live-Standort wird geteilt.");
    case u'S':
        return hasPrefix(b, u"Standort: https://");
    default:
        return false;
    }
}

bool isDeletion(QStringView b)
{
    if (b.size() < 15 || b.size() > 120)
        return false;
    switch (b.front().unicode()) {
    case u'T':
    case u'Y':
    case u'M':
    case u'D':
    case u't':
    case u'y':
    case u'm':
    case u'd':
        break;
    default:
        return false;
    }
    if (b.endsWith(u'.'))
        b.chop(1);
    return equalsAny(b, u"This message was deleted", u"You deleted this message", u"Message deleted",
                     u"Diese Nachricht wurde gelöscht", u"Du hast diese Nachricht gelöscht")
        || hasPrefix(b, u"This message was deleted by ") || hasPrefix(b, u"You deleted this message as admin");
}

// " <This message was edited>" ends edited messages; it is not the user's text.
void stripEditedMarker(QString &text)
{
    if (!text.endsWith(u'>'))
        return;
    for (QStringView marker :
         {QStringView(u" <This message was edited>"), QStringView(u" <Diese Nachricht wurde bearbeitet>"),
          QStringView(u" <Este mensaje fue editado>")}) {
        if (text.endsWith(marker)) {
            text.chop(marker.size());
            return;
        }
    }
}

// The text between the last pair of quotes: "Name", “Name”, „Name“.
QStringView lastQuoted(QStringView s)
{
    qsizetype close = s.size() - 1;
    while (close >= 0 && !isQuote(s[close].unicode()))
        --close;
    if (close <= 0)
        return {};
    qsizetype open = close - 1;
    while (open >= 0 && !isQuote(s[open].unicode()))
        --open;
    if (open < 0)
        return {};
    return s.sliced(open + 1, close - open - 1);
}

// What a system text or an iOS notice says.
struct Notice {
    MessageKind kind = MessageKind::System;
    QList<QStringView> subjects; // who joined or left, as written ("A, B and C" split)
    QStringView actor; // who did it, when the text names one
    bool banner = false; // the encryption banner: nobody did it
};

// Splits "A, B and C" / "A, B und C" into names.
QList<QStringView> splitNames(QStringView list)
{
    QList<QStringView> names;
    const auto addLast = [&names](QStringView part) {
        for (QStringView conjunction : {QStringView(u" and "), QStringView(u" und ")}) {
            const qsizetype at = part.lastIndexOf(conjunction);
            if (at > 0) {
                names.append(part.first(at));
                names.append(part.sliced(at + conjunction.size()));
                return;
            }
        }
        names.append(part);
    };
    qsizetype from = 0;
    while (true) {
        const qsizetype comma = list.indexOf(u", ", from);
        if (comma < 0) {
            addLast(list.sliced(from));
            break;
        }
        names.append(list.sliced(from, comma - from));
        from = comma + 2;
    }
    return names;
}

// How sure the caller is that a body may be a notice. Android lines without a
// sender are notices for sure; an iOS body attributed to someone is one only
// when its text says so (FORMATS.md 2.4).
enum class Trust { Exact, Marked, Actor };
// Exact  – only texts nobody types (the banner, "… joined using this group's invite link")
// Marked – also group renames/icons/settings (the body starts with U+200E)
// Actor  – also "X added Y", "X removed Y", "X left" (no sender, or X is the sender)

// The group's names as system lines tell them, for report.chatName.
struct GroupNames {
    QStringView created; // X created group "Name" (the first one)
    QStringView renamed; // X changed the subject … to "Name" (the last one)
};

// Texts nobody types, recognised by how they start. Dispatching on the first
// character keeps ordinary messages to one or two comparisons (speed).
std::optional<Notice> exactNoticeByStart(QStringView b)
{
    Notice n;
    switch (b.front().unicode()) {
    case u'M':
        if (startsWithAny(b, u"Messages and calls are end-to-end encrypted", u"Messages to this group are now secured",
                          u"Messages you send to this group are now secured",
                          u"Messages to this chat and calls are now secured")) {
            n.banner = true;
            return n;
        }
        if (startsWithAny(b, u"Missed voice call", u"Missed video call", u"Missed group"))
            return n;
        break;
    case u'N':
        if (startsWithAny(b, u"Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt",
                          u"Nachrichten an diese Gruppe sind jetzt")) {
            n.banner = true;
            return n;
        }
        break;
    case u'Y':
        if (isExactly(b, u"You were added")) {
            n.kind = MessageKind::Join;
            n.subjects = {QStringView(u"You")};
            return n;
        }
        if (startsWithAny(b, u"Your security code with ", u"You're now an admin", u"You're no longer an admin",
                          u"You blocked this contact", u"You unblocked this contact"))
            return n;
        break;
    case u'V':
    case u'S':
        if (startsWithAny(b, u"Voice call.", u"Video call.", u"Verpasster ", u"Videoanruf.", u"Sprachanruf."))
            return n;
        break;
    case u'D':
        if (hasPrefix(b, u"Du wurdest hinzugefügt")) {
            n.kind = MessageKind::Join;
            n.subjects = {QStringView(u"Du")};
            return n;
        }
        if (isExactly(b, u"Du hast die Gruppe verlassen.")) {
            n.kind = MessageKind::Leave;
            n.actor = QStringView(u"Du");
            n.subjects = {n.actor};
            return n;
        }
        if (startsWithAny(b, u"Dein Sicherheitscode für ", u"Du bist jetzt ein", u"Du bist kein",
                          u"Du hast diesen Kontakt "))
            return n;
        break;
    default:
        break;
    }
    return std::nullopt;
}

// Texts nobody types, recognised by how they end: joins and leaves that name
// who, dispatched on the last character.
std::optional<Notice> exactNoticeByEnd(QStringView b)
{
    Notice n;
    const auto self = [&](MessageKind kind, qsizetype suffix) {
        n.kind = kind;
        n.actor = b.chopped(suffix);
        n.subjects = {n.actor};
        return n;
    };
    const auto endsWithAfterName
        = [&](Literal suffix) { return size_t(b.size()) > suffix.size() && hasSuffix(b, suffix); };
    switch (b.back().unicode()) {
    case u'k':
        for (Literal suffix : {u" joined using this group's invite link"sv, u" joined using this group’s invite link"sv,
                               u" joined using a group link"sv}) {
            if (endsWithAfterName(suffix))
                return self(MessageKind::Join, qsizetype(suffix.size()));
        }
        break;
    case u'y':
        if (endsWithAfterName(u" joined from the community"sv))
            return self(MessageKind::Join, 26);
        break;
    case u'p':
        if (endsWithAfterName(u" left the group"sv))
            return self(MessageKind::Leave, 15);
        break;
    case u'd':
        if (endsWithAfterName(u" were added"sv)) {
            n.kind = MessageKind::Join;
            n.subjects = splitNames(b.chopped(11));
            return n;
        }
        break;
    case u'u':
        if (endsWithAfterName(u" added you"sv)) {
            n.kind = MessageKind::Join;
            n.actor = b.chopped(10);
            n.subjects = {QStringView(u"You")};
            return n;
        }
        break;
    case u't':
    case u'.':
        if (endsWithAfterName(u" wurden hinzugefügt"sv) || endsWithAfterName(u" wurden hinzugefügt."sv)) {
            n.kind = MessageKind::Join;
            n.subjects = splitNames(b.first(b.lastIndexOf(u" wurden hinzugefügt")));
            return n;
        }
        if (b.back() == u't')
            break;
        if (endsWithAfterName(u" hat dich hinzugefügt."sv)) {
            n.kind = MessageKind::Join;
            n.actor = b.chopped(22);
            n.subjects = {QStringView(u"Du")};
            return n;
        }
        if (endsWithAfterName(u" hat die Gruppe verlassen."sv))
            return self(MessageKind::Leave, 26);
        if (hasSuffix(b, u" beigetreten.") && b.contains(u"Einladungslink")) {
            if (const qsizetype is = b.lastIndexOf(u" ist "); is > 0)
                return self(MessageKind::Join, b.size() - is);
        }
        if (hasSuffix(b, u" changed their phone number to a new number. Tap to message or add the new number."))
            return n;
        break;
    default:
        break;
    }
    return std::nullopt;
}

std::optional<Notice> readNotice(QStringView b, Trust trust, GroupNames *group)
{
    if (b.isEmpty())
        return std::nullopt;
    if (auto exact = exactNoticeByStart(b))
        return exact;
    if (auto exact = exactNoticeByEnd(b))
        return exact;
    if (trust == Trust::Exact)
        return std::nullopt;
    Notice n;

    // -- Marked: group settings; group names are quoted and may hold any word,
    // so these come before the joins and leaves below.
    if (b.indexOf(u" created group ") > 0 || hasPrefix(b, u"You created group ")
        || ((hasPrefix(b, u"Du hast die Gruppe ") || b.contains(u" hat die Gruppe ")) && hasSuffix(b, u" erstellt."))) {
        if (group && group->created.isEmpty())
            group->created = lastQuoted(b);
        return n;
    }
    if (containsAny(b, {u" changed the subject ", u" changed the group name ", u"den Gruppennamen "})) {
        if (group && !lastQuoted(b).isEmpty())
            group->renamed = lastQuoted(b);
        return n;
    }
    if (endsWithAny(b, u" changed this group's icon", u" changed this group’s icon", u" changed the group description",
                    u" deleted this group's icon", u" deleted this group’s icon", u" created this group",
                    u" das Gruppenbild geändert.", u" die Gruppenbeschreibung geändert.", u" das Gruppenbild gelöscht.",
                    u" started a call", u" started a video call", u" hat einen Anruf gestartet.",
                    u" hat einen Videoanruf gestartet.")
        || containsAny(b,
                       {u" changed this group's settings", u" changed this group’s settings", u" changed the settings",
                        u"disappearing messages", u" updated the message timer", u"admin approval",
                        u"advanced chat privacy", u"selbstlöschende Nachrichten", u"Nachrichtendauer",
                        u"Chat-Datenschutz"})
        || (b.startsWith(u'+') && b.contains(u" changed to +"))
        || (b.contains(u" hat zu ") && hasSuffix(b, u" gewechselt."))) {
        return n;
    }
    if (trust == Trust::Marked)
        return std::nullopt;

    // -- Actor: plain sentences a member could also type.
    if (hasSuffix(b, u" left") && b.size() > 5) {
        n.kind = MessageKind::Leave;
        n.actor = b.chopped(5);
        n.subjects = {n.actor};
        return n;
    }
    for (const auto &[verb, kind] : {std::pair {QStringView(u" removed "), MessageKind::Leave},
                                     std::pair {QStringView(u" added "), MessageKind::Join}}) {
        const qsizetype at = b.indexOf(verb);
        // "X added this group to the community …" is no join.
        if (at > 0 && at + verb.size() < b.size() && !b.sliced(at + verb.size()).startsWith(u"this group")) {
            n.kind = kind;
            n.actor = b.first(at);
            const QStringView who = b.sliced(at + verb.size());
            n.subjects = isExactly(who, u"you") ? QList<QStringView> {QStringView(u"You")} : splitNames(who);
            return n;
        }
    }
    // German: "Du hast X entfernt." / "X hat Y hinzugefügt."
    for (const auto &[verb, kind] : {std::pair {QStringView(u" entfernt."), MessageKind::Leave},
                                     std::pair {QStringView(u" hinzugefügt."), MessageKind::Join},
                                     std::pair {QStringView(u" hinzugefügt"), MessageKind::Join}}) {
        if (!b.endsWith(verb))
            continue;
        const QStringView clause = b.chopped(verb.size());
        QStringView actor;
        QStringView who;
        if (hasPrefix(clause, u"Du hast ")) {
            actor = QStringView(u"Du");
            who = clause.sliced(8);
        } else if (const qsizetype at = clause.indexOf(u" hat "); at > 0) {
            actor = clause.first(at);
            who = clause.sliced(at + 5);
        }
        if (who.isEmpty())
            continue;
        n.kind = kind;
        n.actor = actor;
        n.subjects = isExactly(who, u"dich") ? QList<QStringView> {QStringView(u"Du")} : splitNames(who);
        return n;
    }
    return std::nullopt;
}

// ---------------------------------------------------------------------------
// The second pass: messages.

QString expectedHeaderError(int line)
{
    return QCoreApplication::translate("WhatsAppParser",
                                       "Line %1: expected a WhatsApp message header like “1/29/18, 12:24 - Name: text” "
                                       "or “[29.01.18, 12:24:03] Name: text”.")
        .arg(line);
}

constexpr int MaxDateWarnings = 50;
constexpr int ProgressEvery = 4096;

class Reader {
public:
    Reader(const ParseOptions &options, const MessageSink &sink)
        : m_options(options)
        , m_sink(sink)
        , m_clock(options.zone)
    {
    }

    Result<ParseReport> run(QStringView text, bool hasCarriageReturn);

private:
    ParseReport finished();
    struct Pending {
        bool active = false;
        int line = 0;
        qint64 time = 0;
        bool bracketed = false;
        QStringView content; // the header line after the header
        QString more; // continuation lines, each after a '\n'
        int blanks = 0; // blank lines seen after the last non-blank one
    };

    Result<void> chooseOrder(QStringView text, bool hasCarriageReturn);
    bool begin(const Header &h, QStringView line, int lineNumber);
    bool deliver();
    const QString &name(QStringView raw);
    void setSender(ChatMessage &message, QStringView raw);
    QStringList names(const QList<QStringView> &raw);
    bool isKnownPerson(QStringView raw) const;
    qsizetype senderColon(QStringView content, bool bracketed) const;

    const ParseOptions &m_options;
    const MessageSink &m_sink;
    LocalClock m_clock;
    ParseReport m_report;
    Pending m_pending;
    DateOrder m_dayMonth = DateOrder::DayFirst;
    bool m_twoDigitYearFirst = false;
    bool m_anyNotYearFirst = false;
    int m_badDates = 0;
    int m_unreadHeaders = 0; // continuation lines that begin with a date (warned of)
    QHash<QStringView, QString> m_names; // raw sender → cleaned name
    QSet<QString> m_knownSenders; // everyone who posts in the whole file (FileSurvey)
    QStringView m_lastRaw;
    const QString *m_lastName = nullptr; // into m_names; set again after every insert (which may rehash)
    QStringList m_colonNames; // known names that contain ':' (FORMATS.md 2.5)
    GroupNames m_group;
};

Result<void> Reader::chooseOrder(QStringView text, bool hasCarriageReturn)
{
    if (m_options.dateOrder == DateOrder::YearFirst) {
        m_twoDigitYearFirst = true;
        return {};
    }
    // One pass for the dates and the senders of the whole text (a piece of a
    // big file has its senders from the file's survey).
    FileSurvey survey;
    survey.dates.campFirst = m_options.campFirst;
    survey.dates.campLast = m_options.campLast;
    if (m_options.dateOrder == DateOrder::Auto || !m_options.knownSenders)
        surveyLines(text, hasCarriageReturn, m_options.firstLine, survey);
    m_knownSenders = m_options.knownSenders ? *m_options.knownSenders : survey.senders;
    const DateOrderEvidence &evidence = survey.dates;
    // No day above 12 anywhere: US-style 12-hour files are month-first, the
    // rest of the world writes day-first.
    const DateOrder guess = evidence.twelveHour ? DateOrder::MonthFirst : DateOrder::DayFirst;
    auto decision = WhatsAppParser::decideDateOrder(evidence, m_options.dateOrder);
    if (!decision)
        return std::unexpected(decision.error());
    if (decision->order != DateOrder::Auto)
        m_dayMonth = decision->order;
    else
        m_dayMonth = guess;
    if (const std::optional<ParseWarning> &orderGuess = decision->guess)
        m_report.warnings.append(*orderGuess);
    return {};
}

bool Reader::begin(const Header &h, QStringView line, int lineNumber)
{
    if (h.impossibleTime) {
        if (++m_badDates <= MaxDateWarnings) {
            m_report.warnings.append(
                {lineNumber,
                 QCoreApplication::translate("WhatsAppParser",
                                             "Line %1: “%2” is not a real time; the message was skipped.")
                     .arg(lineNumber)
                     .arg(trimmedView(line.first(h.contentStart)).toString()),
                 1});
        }
        return false;
    }
    const int year = yearIndex(h, m_twoDigitYearFirst);
    const DayMonthFields fields = dayMonthFields(h, year);
    int day = fields.first;
    int month = fields.second;
    if (year == 0 || m_dayMonth == DateOrder::MonthFirst)
        std::swap(day, month);
    m_anyNotYearFirst = m_anyNotYearFirst || year != 0;
    int fullYear = h.field[year];
    if (h.digits[year] <= 2)
        fullYear += 2000; // WhatsApp exists since 2009
    const auto time = m_clock.toUnix(fullYear, month, day, hour24(h.hour, h.meridiem), h.minute, h.second);
    if (!time) {
        if (++m_badDates <= MaxDateWarnings) {
            m_report.warnings.append(
                {lineNumber,
                 QCoreApplication::translate("WhatsAppParser",
                                             "Line %1: “%2” is not a valid date in the order used; the message was "
                                             "skipped.")
                     .arg(lineNumber)
                     .arg(trimmedView(line.first(h.contentStart)).toString()),
                 1});
        }
        return false;
    }
    m_pending.active = true;
    m_pending.line = lineNumber;
    m_pending.time = *time;
    m_pending.bracketed = h.bracketed;
    m_pending.content = line.sliced(h.contentStart);
    m_pending.more.clear();
    m_pending.blanks = 0;
    return true;
}

// Where the sender ends: the first ": " (or ':' ending the line) after the
// header; failing that the first ':' ("[2026/7/9 02:28:09] Bob:Hi",
// "John Doe:."). A longer known name that contains ':' wins (FORMATS.md 2.5).
qsizetype Reader::senderColon(QStringView content, bool bracketed) const
{
    qsizetype colon = -1;
    qsizetype bare = -1;
    const char16_t *data = content.utf16();
    const qsizetype size = content.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i] != u':')
            continue;
        if (i + 1 == size || isSpace(data[i + 1])) {
            colon = i;
            break;
        }
        if (bare < 0)
            bare = i;
    }
    if (colon < 0)
        colon = bare;
    if (colon <= 0)
        return -1;
    for (const QString &known : m_colonNames) {
        if (known.size() > colon && content.size() > known.size() && content[known.size()] == u':'
            && content.startsWith(known))
            return known.size();
    }
    const QStringView sender = content.first(colon);
    // A quote before the colon: a group name holding ':' in a system line
    // ("X changed the subject from "Camp: day 1" to …").
    for (QChar c : sender) {
        if (isQuote(c.unicode())) {
            if (readNotice(trimmedView(content), Trust::Marked, nullptr))
                return -1;
            break;
        }
    }
    // Android system lines have no sender, so "Dr: Who joined using this
    // group's invite link" is Dr: Who joining, and "Dr: Who" becomes known.
    if (!bracketed) {
        if (const QStringView whole = trimmedView(content); !whole.isEmpty() && exactNoticeByEnd(whole))
            return -1;
    }
    return colon;
}

const QString &Reader::name(QStringView raw)
{
    // Chats come in runs by one sender: try the last name before hashing.
    if (m_lastName && raw.size() == m_lastRaw.size()
        && std::memcmp(raw.utf16(), m_lastRaw.utf16(), size_t(raw.size()) * sizeof(char16_t)) == 0)
        return *m_lastName;
    if (const auto found = m_names.constFind(raw); found != m_names.constEnd()) {
        m_lastRaw = raw;
        m_lastName = &*found;
        return *found;
    }
    // Invisible marks removed, NBSP/NNBSP as spaces, and the "~ " that newer
    // versions put before unsaved contacts (FORMATS.md 2.2).
    QString clean;
    clean.reserve(raw.size());
    for (QChar c : raw) {
        const char16_t u = c.unicode();
        if (isBidiMark(u) || u == 0x200B)
            continue;
        clean.append(isSpace(u) ? QChar(u' ') : c);
    }
    clean = clean.trimmed();
    if (clean.startsWith(u'~'))
        clean = clean.sliced(1).trimmed();
    if (clean.contains(u':') && !m_colonNames.contains(clean))
        m_colonNames.append(clean);
    const auto inserted = m_names.insert(raw, clean);
    m_lastRaw = raw;
    m_lastName = &*inserted;
    return *inserted;
}

void Reader::setSender(ChatMessage &message, QStringView raw)
{
    message.senderName = name(raw);
    const auto first = std::find_if(raw.cbegin(), raw.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return !isBidiMark(u) && u != 0x200B && !isSpace(u);
    });
    message.unsavedContact = first != raw.cend() && *first == u'~';
}

bool Reader::isKnownPerson(QStringView raw) const
{
    return !raw.isEmpty()
        && (isExactly(raw, u"You") || isExactly(raw, u"Du") || m_names.contains(raw)
            || m_knownSenders.contains(trimmedView(raw).toString()));
}

QStringList Reader::names(const QList<QStringView> &raw)
{
    QStringList out;
    out.reserve(raw.size());
    for (QStringView one : raw) {
        const QString &clean = name(one);
        if (!clean.isEmpty())
            out.append(clean);
    }
    return out;
}

bool Reader::deliver()
{
    Pending &p = m_pending;
    p.active = false;
    ChatMessage message;
    message.time = p.time;
    message.line = p.line;
    const QStringView content = p.content;
    const qsizetype colon = senderColon(content, p.bracketed);
    if (colon < 0) {
        // A system line (Android, and iOS notices without a sender).
        message.text = content.toString() + p.more;
        const QStringView b = trimmedView(content);
        if (const auto notice = readNotice(b, Trust::Actor, &m_group)) {
            message.kind = notice->kind;
            message.subjects = names(notice->subjects);
            if (!notice->actor.isEmpty())
                setSender(message, notice->actor);
        } else {
            message.kind = MessageKind::System;
        }
    } else {
        const QStringView rawSender = content.first(colon);
        setSender(message, rawSender);
        QStringView body = content.sliced(colon + 1);
        if (!body.isEmpty() && isSpace(body.front().unicode()))
            body = body.sliced(1);
        message.text = p.more.isEmpty() ? body.toString() : body.toString() + p.more;
        const QStringView b = trimmedView(body);
        if (b.isEmpty()) {
            // "1/29/18, 23:59 - Carol:" is how a view-once photo exports (WhatsR).
            message.kind = p.more.isEmpty() ? MessageKind::Media : MessageKind::Text;
        } else if (isMediaPlaceholder(b)) {
            message.kind = MessageKind::Media;
        } else if (p.more.isEmpty() && isDeletion(b)) {
            message.kind = MessageKind::Recall;
        } else if (const auto banner = exactNoticeByStart(b); p.more.isEmpty() && banner && banner->banner) {
            // The encryption banner under the group's name (some exports
            // attribute it so): nobody wrote it.
            message.kind = MessageKind::System;
            message.senderName.clear();
            message.unsavedContact = false;
        } else if (p.more.isEmpty() && p.bracketed) {
            // iOS attributes notices to the group or the actor (FORMATS.md 2.4).
            const QStringView sender = trimmedView(rawSender);
            const bool byActor
                = b.size() > sender.size() && b.startsWith(sender) && isSpace(b[sender.size()].unicode());
            const Trust trust = byActor ? Trust::Actor : startsWithBidiMark(body) ? Trust::Marked : Trust::Exact;
            auto notice = readNotice(b, trust, &m_group);
            if (!notice && trust == Trust::Marked) {
                // "My Group: \u200eAnn added Ben": a marked plain sentence is a
                // notice when it names someone already known as its actor.
                notice = readNotice(b, Trust::Actor, nullptr);
                if (notice && !isKnownPerson(notice->actor))
                    notice.reset();
            }
            if (notice) {
                message.kind = notice->kind;
                message.subjects = names(notice->subjects);
                if (notice->banner) {
                    message.senderName.clear();
                    message.unsavedContact = false;
                } else if (!notice->actor.isEmpty())
                    setSender(message, notice->actor);
            }
        }
        if (message.kind == MessageKind::Text)
            stripEditedMarker(message.text);
    }
    ++m_report.messages;
    if (!m_sink(std::move(message))) {
        m_report.cancelled = true;
        return false;
    }
    return true;
}

Result<ParseReport> Reader::run(QStringView text, bool hasCarriageReturn)
{
    if (auto chosen = chooseOrder(text, hasCarriageReturn); !chosen)
        return std::unexpected(chosen.error());
    LineReader lines(text, hasCarriageReturn, m_options.firstLine);
    QStringView line;
    Header h;
    bool anyHeader = false;
    bool skipping = false; // after a header with an impossible date
    int sinceProgress = 0;
    while (lines.next(line)) {
        if (++sinceProgress == ProgressEvery) {
            sinceProgress = 0;
            if (m_options.progress && !m_options.progress(lines.fraction())) {
                m_report.cancelled = true;
                return finished();
            }
        }
        if (readHeader(line, h)) {
            anyHeader = true;
            if (m_pending.active && !deliver())
                return finished();
            skipping = !begin(h, line, lines.lineNumber());
            continue;
        }
        if (!m_pending.active) {
            if (skipping || isBlank(line))
                continue;
            if (!anyHeader)
                return fail(expectedHeaderError(lines.lineNumber()));
            continue;
        }
        // A continuation line (FORMATS.md 2.3). Blank lines count only when
        // more text follows, so blank lines at the end create nothing.
        if (isBlank(line)) {
            ++m_pending.blanks;
            continue;
        }
        for (; m_pending.blanks > 0; --m_pending.blanks)
            m_pending.more.append(u'\n');
        m_pending.more.append(u'\n');
        m_pending.more.append(line);
        // Kept, but said: a header cut short (the export's last line) or
        // written another way would otherwise pass for a member's words.
        if (beginsWithDate(line) && ++m_unreadHeaders <= MaxDateWarnings) {
            m_report.warnings.append({lines.lineNumber(), ChatText::unreadHeaderWarning(lines.lineNumber(), line)});
        }
    }
    if (!anyHeader)
        return fail(expectedHeaderError(1)); // empty or blank: nothing but a header can come first
    if (m_pending.active && !deliver())
        return finished();
    if (m_badDates > MaxDateWarnings) {
        m_report.warnings.append(
            {0,
             QCoreApplication::translate("WhatsAppParser",
                                         "Messages skipped for an invalid date or time beyond those "
                                         "listed: %1.")
                 .arg(m_badDates - MaxDateWarnings),
             m_badDates - MaxDateWarnings});
    }
    return finished();
}

ParseReport Reader::finished()
{
    if (m_options.dateOrder == DateOrder::YearFirst || !m_anyNotYearFirst)
        m_report.dateOrder = DateOrder::YearFirst;
    else
        m_report.dateOrder = m_dayMonth;
    // The name the group was created with; a rename only when the export
    // does not reach back to the creation.
    m_report.chatName = (m_group.created.isEmpty() ? m_group.renamed : m_group.created).toString();
    return m_report;
}

// U+FEFF turns up mid-file and inside words (WhatsR samples, FORMATS.md 2.2):
// removed up front, which keeps line numbers and spares every check below.
QStringView withoutByteOrderMarks(QStringView text, const TextTraits &traits, QString &storage)
{
    if (!traits.byteOrderMark)
        return text;
    storage = text.toString();
    storage.remove(QChar(ByteOrderMark));
    return storage;
}

} // namespace

bool WhatsAppParser::sniff(QStringView head)
{
    QString storage;
    const TextTraits traits = scanTraits(head);
    head = withoutByteOrderMarks(head, traits, storage);
    LineReader lines(head, traits.carriageReturn);
    QStringView line;
    Header h;
    int seen = 0;
    int headers = 0;
    while (seen < 40 && lines.next(line)) {
        if (isBlank(line))
            continue;
        const bool header = readHeader(line, h);
        if (seen == 0 && !header)
            return false; // an export starts with a header
        ++seen;
        headers += header ? 1 : 0;
    }
    return headers >= std::min(seen, 2) && headers > 0;
}

bool WhatsAppParser::startsMessage(QStringView line)
{
    Header h;
    return readHeader(line, h);
}

void WhatsAppParser::survey(QStringView text, int firstLine, FileSurvey &survey)
{
    QString storage;
    const TextTraits traits = scanTraits(text);
    text = withoutByteOrderMarks(text, traits, storage);
    surveyLines(text, traits.carriageReturn, firstLine, survey);
}

Result<DateOrderDecision> WhatsAppParser::decideDateOrder(const DateOrderEvidence &evidence, DateOrder requested)
{
    return evidence.twelveHour
        ? DateOrderDecider::decide(evidence, requested, DateOrder::MonthFirst,
                                   QCoreApplication::translate("WhatsAppParser", "as the file uses AM/PM times"))
        : DateOrderDecider::decide(evidence, requested, DateOrder::DayFirst,
                                   QCoreApplication::translate("WhatsAppParser", "as the file uses 24-hour times"));
}

Result<ParseReport> WhatsAppParser::parse(QStringView text, const ParseOptions &options, const MessageSink &sink)
{
    QString storage;
    const TextTraits traits = scanTraits(text);
    text = withoutByteOrderMarks(text, traits, storage);
    Reader reader(options, sink);
    return reader.run(text, traits.carriageReturn);
}

} // namespace CampDesk
