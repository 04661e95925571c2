#include "core/capture/DiscordParser.h"

#include "core/capture/ChatText.h"
#include "core/capture/JsonPieceScanner.h"
#include "core/io/CsvReader.h"
#include "core/io/InputLimits.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <optional>

// Time zones (FORMATS.md 5.1/5.2): JSON timestamps and CSV dates of ≥ 2.42.3
// are ISO-8601 with an offset and CSV `unix`/`unixms` dates are epoch numbers,
// all absolute. Every other CSV date generation is the exporting computer's
// local time without a zone and is read in ParseOptions::zone.

namespace CampDesk {

namespace {

using ChatText::plainName;
using ChatText::trimmedView;

using ChatText::isAsciiDigit;

bool isSpace(QChar c)
{
    // .NET on ICU writes U+202F before AM/PM in some cultures.
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F) || c == u'\t';
}

// Reads the digits at `pos` (at most `maxCount`), advancing `pos`; -1 if
// none. `count`: how many there were (a year has four, a day two).
int readNumber(QStringView text, qsizetype &pos, int maxCount, qsizetype *count = nullptr)
{
    const qsizetype start = pos;
    const int value = ChatText::readNumber(text, pos, 1, maxCount).value_or(-1);
    if (count)
        *count = pos - start;
    return value;
}

constexpr qint64 unixEpochJulianDay = 2440588;

qint64 utcSeconds(QDate date, QTime time, int offsetSeconds)
{
    return (date.toJulianDay() - unixEpochJulianDay) * 86400 + time.msecsSinceStartOfDay() / 1000 - offsetSeconds;
}

// Local wall time → Unix seconds in `zone`. The zone offset is cached per hour
// (when it is the same at both ends of the hour), since converting through
// QTimeZone for each of a million rows is slow.
class LocalClock final {
public:
    explicit LocalClock(const QTimeZone &zone)
        : m_zone(zone)
    {
    }

    qint64 toUtc(QDate date, QTime time)
    {
        const qint64 key = date.toJulianDay() * 24 + time.hour();
        if (key != m_key) {
            const QTime hour(time.hour(), 0);
            const int first = QDateTime(date, hour, m_zone).offsetFromUtc();
            const int last = QDateTime(date, hour.addSecs(3599), m_zone).offsetFromUtc();
            m_key = key;
            m_offset = first == last ? std::optional<int>(first) : std::nullopt;
        }
        if (m_offset)
            return utcSeconds(date, time, *m_offset);
        return QDateTime(date, time, m_zone).toSecsSinceEpoch();
    }

private:
    QTimeZone m_zone;
    qint64 m_key = -1;
    std::optional<int> m_offset;
};

// ISO-8601 "2023-01-17T19:33:07.4890000+00:00" (any number of fraction digits,
// `Z`, an offset or none: then local in the clock's zone).
std::optional<qint64> isoTime(QStringView text, LocalClock &clock)
{
    if (text.size() < 16 || text.at(4) != u'-' || text.at(7) != u'-' || (text.at(10) != u'T' && text.at(10) != u' ')
        || text.at(13) != u':')
        return std::nullopt;
    qsizetype pos = 0;
    const int year = readNumber(text, pos, 4);
    ++pos;
    const int month = readNumber(text, pos, 2);
    ++pos;
    const int day = readNumber(text, pos, 2);
    ++pos;
    const int hour = readNumber(text, pos, 2);
    ++pos;
    const int minute = readNumber(text, pos, 2);
    int second = 0;
    if (pos < text.size() && text.at(pos) == u':') {
        ++pos;
        second = readNumber(text, pos, 2);
    }
    if (pos < text.size() && (text.at(pos) == u'.' || text.at(pos) == u',')) {
        ++pos;
        while (pos < text.size() && isAsciiDigit(text.at(pos)))
            ++pos;
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    if (pos == text.size())
        return clock.toUtc(date, time);
    const QChar sign = text.at(pos);
    if (sign == u'Z' && pos + 1 == text.size())
        return utcSeconds(date, time, 0);
    if (sign != u'+' && sign != u'-' && sign != QChar(0x2212))
        return std::nullopt;
    ++pos;
    const int offsetHours = readNumber(text, pos, 2);
    if (pos < text.size() && text.at(pos) == u':')
        ++pos;
    const int offsetMinutes = pos < text.size() ? readNumber(text, pos, 2) : 0;
    if (offsetHours < 0 || offsetMinutes < 0 || pos != text.size())
        return std::nullopt;
    const int offset = (offsetHours * 3600 + offsetMinutes * 60) * (sign == u'+' ? 1 : -1);
    return utcSeconds(date, time, offset);
}

int monthFromName(QStringView name)
{
    static const std::array<QLatin1StringView, 12> months
        = {QLatin1StringView("jan"), QLatin1StringView("feb"), QLatin1StringView("mar"), QLatin1StringView("apr"),
           QLatin1StringView("may"), QLatin1StringView("jun"), QLatin1StringView("jul"), QLatin1StringView("aug"),
           QLatin1StringView("sep"), QLatin1StringView("oct"), QLatin1StringView("nov"), QLatin1StringView("dec")};
    if (name.size() < 3)
        return -1;
    for (int i = 0; i < 12; ++i) {
        if (name.first(3).compare(months.at(i), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return -1;
}

// A numeric or `dd-MMM-yy` date followed by a 24h or 12h time: every CSV date
// generation before ISO (FORMATS.md 5.1 table).
struct LocalStamp {
    int first = -1, second = -1, third = -1; // date components as written
    qsizetype firstDigits = 0, thirdDigits = 0;
    int namedMonth = -1; // the middle component was a month name ("01-Jan-20")
    QChar separator;
    int hour = -1, minute = -1, secs = 0;
    int meridiem = 0; // 0 none, 1 AM, 2 PM
};

std::optional<LocalStamp> readLocalStamp(QStringView text)
{
    LocalStamp stamp;
    qsizetype pos = 0;
    stamp.first = readNumber(text, pos, 4, &stamp.firstDigits);
    if (stamp.first < 0 || pos >= text.size())
        return std::nullopt;
    stamp.separator = text.at(pos);
    if (stamp.separator != u'/' && stamp.separator != u'.' && stamp.separator != u'-')
        return std::nullopt;
    ++pos;
    if (pos < text.size() && text.at(pos).isLetter()) {
        const qsizetype start = pos;
        while (pos < text.size() && text.at(pos).isLetter())
            ++pos;
        stamp.namedMonth = monthFromName(text.sliced(start, pos - start));
        if (stamp.namedMonth < 0)
            return std::nullopt;
    } else {
        stamp.second = readNumber(text, pos, 2);
    }
    if (pos >= text.size() || text.at(pos) != stamp.separator)
        return std::nullopt;
    ++pos;
    stamp.third = readNumber(text, pos, 4, &stamp.thirdDigits);
    if (stamp.third < 0)
        return std::nullopt;
    if (pos < text.size() && text.at(pos) == u'.') // "17.01.2023." in some cultures
        ++pos;
    if (pos < text.size() && text.at(pos) == u',')
        ++pos;
    const qsizetype dateEnd = pos;
    while (pos < text.size() && isSpace(text.at(pos)))
        ++pos;
    if (pos == dateEnd)
        return std::nullopt;
    stamp.hour = readNumber(text, pos, 2);
    if (stamp.hour < 0 || pos >= text.size() || text.at(pos) != u':')
        return std::nullopt;
    ++pos;
    stamp.minute = readNumber(text, pos, 2);
    if (pos < text.size() && text.at(pos) == u':') {
        ++pos;
        stamp.secs = readNumber(text, pos, 2);
    }
    while (pos < text.size() && isSpace(text.at(pos)))
        ++pos;
    const QStringView rest = text.sliced(pos);
    if (rest.isEmpty())
        return stamp;
    if (rest.compare(u"AM", Qt::CaseInsensitive) == 0 || rest.compare(u"a.m.", Qt::CaseInsensitive) == 0)
        stamp.meridiem = 1;
    else if (rest.compare(u"PM", Qt::CaseInsensitive) == 0 || rest.compare(u"p.m.", Qt::CaseInsensitive) == 0)
        stamp.meridiem = 2;
    else
        return std::nullopt;
    return stamp;
}

int fullYear(int year, qsizetype digitCount)
{
    return digitCount <= 2 ? 2000 + year : year;
}

// `order` is the file's order of slash dates (DayFirst or MonthFirst).
std::optional<qint64> localTime(const LocalStamp &stamp, DateOrder order, LocalClock &clock)
{
    int year = 0;
    int month = 0;
    int day = 0;
    if (stamp.namedMonth > 0) { // "01-Jan-20"
        day = stamp.first;
        month = stamp.namedMonth;
        year = fullYear(stamp.third, stamp.thirdDigits);
    } else if (stamp.firstDigits == 4) { // "2023/1/17" (zh-CN, ja-JP)
        year = stamp.first;
        month = stamp.second;
        day = stamp.third;
    } else {
        year = fullYear(stamp.third, stamp.thirdDigits);
        // Dots and dashes ("17.01.2023", "17-1-2023") are day-first in every
        // culture; slashes are month-first in en-US (the 2.38 default) and
        // day-first in most others, one way for the whole file.
        const bool dayFirst = stamp.separator != u'/' || order == DateOrder::DayFirst;
        day = dayFirst ? stamp.first : stamp.second;
        month = dayFirst ? stamp.second : stamp.first;
    }
    int hour = stamp.hour;
    if (stamp.meridiem != 0) {
        if (hour < 1 || hour > 12)
            return std::nullopt;
        if (stamp.meridiem == 1 && hour == 12)
            hour = 0; // 12:xx AM is just after midnight
        else if (stamp.meridiem == 2 && hour < 12)
            hour += 12;
    }
    const QDate date(year, month, day);
    const QTime time(hour, stamp.minute, stamp.secs);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return clock.toUtc(date, time);
}

// --- CSV -------------------------------------------------------------------

struct CsvColumns {
    QChar separator;
    int authorId = -1;
    int author = -1;
    int date = -1;
    int content = -1;
    int attachments = -1;
    int needed = 0; // cells a row must have to be read
    int count = 0; // cells of the header: a row with more ran into the rows after it
    qsizetype dataStart = 0;
    int dataLine = 2;
};

// The header (5.1): `AuthorID,Author,Date,Content,Attachments,Reactions`, or in
// the ≤ 2.15 semicolon files the same with `;`, a trailing `;` and, before
// 2.15, no AuthorID.
// The header line: after blank space and byte-order marks, up to its line end.
struct HeaderLine {
    qsizetype start = 0;
    qsizetype end = 0; // its line end, or the end of the text
    int line = 1;
    QChar separator; // ';' when the line has more of them than commas
};

HeaderLine headerLine(QStringView text, int firstLine)
{
    HeaderLine header;
    header.line = firstLine;
    while (header.start < text.size() && (text.at(header.start).isSpace() || text.at(header.start) == QChar(0xFEFF))) {
        if (text.at(header.start) == u'\n')
            ++header.line;
        ++header.start;
    }
    header.end = header.start;
    while (header.end < text.size() && text.at(header.end) != u'\n' && text.at(header.end) != u'\r')
        ++header.end;
    const QStringView names = text.sliced(header.start, header.end - header.start);
    header.separator = names.count(u';') > names.count(u',') ? u';' : u',';
    return header;
}

std::optional<CsvColumns> readHeader(QStringView text, int firstLine = 1)
{
    const HeaderLine found = headerLine(text, firstLine);
    const qsizetype start = found.start;
    const int line = found.line;
    const QStringView header = text.sliced(start, found.end - start);
    CsvColumns columns;
    columns.separator = found.separator;
    int index = 0;
    // Lazily: a hostile header of millions of names must not become a list.
    for (QStringView name : header.tokenize(columns.separator)) {
        if (index == 32)
            return std::nullopt; // DiscordChatExporter writes six or seven
        name = trimmedView(name);
        if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"'))
            name = name.sliced(1, name.size() - 2);
        if (name.compare(u"AuthorID", Qt::CaseInsensitive) == 0)
            columns.authorId = index;
        else if (name.compare(u"Author", Qt::CaseInsensitive) == 0)
            columns.author = index;
        else if (name.compare(u"Date", Qt::CaseInsensitive) == 0)
            columns.date = index;
        else if (name.compare(u"Content", Qt::CaseInsensitive) == 0)
            columns.content = index;
        else if (name.compare(u"Attachments", Qt::CaseInsensitive) == 0)
            columns.attachments = index;
        else if (name.compare(u"Reactions", Qt::CaseInsensitive) != 0 && !name.isEmpty())
            return std::nullopt; // a column DiscordChatExporter never writes
        ++index;
    }
    if (columns.author < 0 || columns.date < 0 || columns.content < 0)
        return std::nullopt;
    columns.needed = std::max({columns.authorId, columns.author, columns.date, columns.content}) + 1;
    columns.count = index;
    CsvReader reader(text, columns.separator);
    reader.seek(start, line);
    reader.skip();
    columns.dataStart = reader.position();
    columns.dataLine = line + 1;
    return columns;
}

// The records after the header.
CsvReader dataRecords(QStringView text, const CsvColumns &columns)
{
    CsvReader reader(text, columns.separator);
    reader.seek(columns.dataStart, columns.dataLine);
    return reader;
}

// The next record; an empty line is none (a line of spaces is one, and is
// too short to read).
bool nextRecord(CsvReader &reader)
{
    while (reader.next()) {
        if (!reader.recordText().isEmpty())
            return true;
    }
    return false;
}

QString headerExpectation()
{
    return QCoreApplication::translate("DiscordCsvParser",
                                       "Line %1: expected the DiscordChatExporter CSV header "
                                       "“AuthorID,Author,Date,Content,Attachments,Reactions”.");
}

// Whether a slash date's first two numbers say which is the day.
bool isSlashDate(const LocalStamp &stamp)
{
    return stamp.separator == u'/' && stamp.namedMonth < 0 && stamp.firstDigits != 4;
}

class CsvDates final {
public:
    CsvDates(const ParseOptions &options, DateOrder order)
        : m_clock(options.zone)
        , m_order(order)
    {
    }

    std::optional<qint64> parse(QStringView value)
    {
        value = trimmedView(value);
        if (value.isEmpty())
            return std::nullopt;
        bool allDigits = true;
        for (qsizetype i = 0; i < value.size() && allDigits; ++i)
            allDigits = isAsciiDigit(value.at(i)) || (i == 0 && value.at(i) == u'-' && value.size() > 1);
        if (allDigits) {
            // `--dateformat unix` / `unixms`: seconds have ≤ 11 digits until
            // the year 5138, milliseconds 13 since 2001.
            bool ok = false;
            const qint64 number = value.toLongLong(&ok);
            if (!ok)
                return std::nullopt;
            return value.size() >= 12 ? number / 1000 : number;
        }
        if (value.size() > 10 && value.at(4) == u'-' && isAsciiDigit(value.at(0)) && isAsciiDigit(value.at(3)))
            return isoTime(value, m_clock);
        const auto stamp = readLocalStamp(value);
        if (!stamp)
            return std::nullopt;
        return localTime(*stamp, m_order, m_clock);
    }

private:
    LocalClock m_clock;
    DateOrder m_order;
};

bool startsAndEnds(QStringView text, QStringView prefix, QStringView suffix, QString *middle)
{
    if (text.size() < prefix.size() + suffix.size() || !text.startsWith(prefix) || !text.endsWith(suffix))
        return false;
    if (middle)
        *middle = text.sliced(prefix.size(), text.size() - prefix.size() - suffix.size()).toString();
    return true;
}

// CSV rows of system messages differ from members' messages only by the
// fallback text DiscordChatExporter writes for them (5.3).
void classifyCsv(const QString &content, bool hasAttachments, ChatMessage &message)
{
    QString name;
    const QStringView text(content);
    if (text == u"Joined the server.") {
        message.kind = MessageKind::Join;
        message.subjects = {message.senderName};
    } else if (text == u"Left the group.") {
        message.kind = MessageKind::Leave;
        message.subjects = {message.senderName};
    } else if (startsAndEnds(text, u"Added ", u" to the group.", &name)) {
        message.kind = MessageKind::Join;
        message.subjects = {plainName(name)};
    } else if (startsAndEnds(text, u"Removed ", u" from the group.", &name)) {
        message.kind = MessageKind::Leave;
        message.subjects = {plainName(name)};
    } else if (text == u"Added a recipient.") {
        message.kind = MessageKind::Join;
    } else if (text == u"Removed a recipient.") {
        message.kind = MessageKind::Leave;
    } else if (startsAndEnds(text, u"Started a call that lasted ", u" minutes.", nullptr)
               || text == u"Pinned a message." || text == u"Started a thread." || text == u"Changed the channel icon."
               || text.startsWith(u"Changed the channel name")) {
        message.kind = MessageKind::System;
    } else if (content.isEmpty() && hasAttachments) {
        message.kind = MessageKind::Media;
    } else {
        message.kind = MessageKind::Text;
    }
}

// --- JSON ------------------------------------------------------------------

QString syntaxError(int line, qsizetype column, const QString &error)
{
    return QCoreApplication::translate("DiscordJsonParser",
                                       "Line %1, column %2: this is not a valid DiscordChatExporter JSON export (%3).")
        .arg(line)
        .arg(column)
        .arg(error);
}

QString displayName(const QJsonObject &user)
{
    const QString nickname = plainName(user.value(u"nickname").toString());
    return nickname.isEmpty() ? plainName(user.value(u"name").toString()) : nickname;
}

QStringList mentionedNames(const QJsonObject &message)
{
    QStringList names;
    const QJsonArray mentions = message.value(u"mentions").toArray();
    for (const QJsonValue mention : mentions) {
        const QString name = displayName(mention.toObject());
        if (!name.isEmpty())
            names.append(name);
    }
    return names;
}

QString mediaText(const QJsonObject &message)
{
    const QJsonArray attachments = message.value(u"attachments").toArray();
    if (!attachments.isEmpty()) {
        const QJsonObject attachment = attachments.first().toObject();
        const QString fileName = attachment.value(u"fileName").toString();
        return fileName.isEmpty() ? attachment.value(u"url").toString() : fileName;
    }
    const QJsonArray stickers = message.value(u"stickers").toArray();
    if (!stickers.isEmpty())
        return stickers.first().toObject().value(u"name").toString();
    return {};
}

bool isNumberedNotice(const QString &type)
{
    bool numeric = false;
    const int number = type.toInt(&numeric);
    return numeric && number >= 1 && number <= 18;
}

// Message types (5.2). Types DiscordChatExporter has no name for are written
// as numbers; like the exporter (IsSystemNotification: 1 … 18) those are
// notices, later ones (slash-command replies …) are messages.
void classifyJson(const QJsonObject &object, ChatMessage &message)
{
    const QString type = object.value(u"type").toString();
    if (type == u"GuildMemberJoin") {
        message.kind = MessageKind::Join;
        message.subjects = {message.senderName};
    } else if (type == u"RecipientAdd") {
        message.kind = MessageKind::Join;
        message.subjects = mentionedNames(object);
    } else if (type == u"RecipientRemove") {
        message.kind = MessageKind::Leave;
        message.subjects = mentionedNames(object);
        if (message.subjects.isEmpty())
            message.subjects = {message.senderName};
    } else if (type == u"Call" || type == u"ChannelPinnedMessage" || type == u"ThreadCreated"
               || type == u"ChannelNameChange" || type == u"ChannelIconChange" || isNumberedNotice(type)) {
        message.kind = MessageKind::System;
    } else if (message.text.isEmpty()
               && (!object.value(u"attachments").toArray().isEmpty()
                   || !object.value(u"stickers").toArray().isEmpty())) {
        message.kind = MessageKind::Media;
        message.text = mediaText(object);
    } else {
        message.kind = MessageKind::Text;
    }
}

} // namespace

bool DiscordJsonParser::sniff(QStringView head)
{
    if (!ChatText::startsWithAfterBlank(head, u'{'))
        return false;
    static const QRegularExpression guild(QStringLiteral(R"("guild"\s*:\s*\{)"));
    static const QRegularExpression channel(QStringLiteral(R"("channel"\s*:\s*\{)"));
    return guild.match(head).hasMatch() && channel.match(head).hasMatch();
}

Result<ParseReport> DiscordJsonParser::parse(QStringView text, const ParseOptions &options, const MessageSink &sink)
{
    return parsePieces(wholeText(text), options, sink);
}

Result<ParseReport> DiscordJsonParser::parsePieces(const PieceReader &read, const ParseOptions &options,
                                                   const MessageSink &sink)
{
    // Exports of big servers are hundreds of MB: each message is parsed on
    // its own (about three times faster than one QJsonDocument of the whole
    // file, and far less memory). The first pass finds the root object and
    // counts the messages (a fifth of the progress), the second parses them.
    constexpr double FirstPass = 0.2;
    ParseReport report;
    JsonPieceScanner layout(JsonRepairs::Off);
    const auto scanned = scanPieces(layout, read, options.progress, FirstPass);
    if (!scanned)
        return std::unexpected(scanned.error());
    if (!*scanned) {
        report.cancelled = true;
        return report;
    }
    const int firstLine = layout.startLine();
    if (!layout.goodStart())
        return fail(QCoreApplication::translate(
                        "DiscordJsonParser", "Line %1: expected a DiscordChatExporter JSON export starting with “{”.")
                        .arg(firstLine));
    if (!layout.complete())
        return fail(
            QCoreApplication::translate("DiscordJsonParser",
                                        "Line %1: the JSON ends before every string, object and array is closed; "
                                        "is the file complete?")
                .arg(layout.line()));
    // The root object, its "messages" array emptied. Brackets that do not
    // pair up (`{}["messages":[]}`) leave no messages in the root: such a
    // file is not an export.
    const QList<JsonChatSeen> &chats = layout.chats();
    const auto seen = std::find_if(chats.cbegin(), chats.cend(),
                                   [](const JsonChatSeen &chat) { return chat.key == JsonChatKey {}; });
    if (seen == chats.cend())
        return fail(QCoreApplication::translate("DiscordJsonParser",
                                                "Line %1: expected a DiscordChatExporter JSON export: an object with "
                                                "“guild”, “channel” and “messages”.")
                        .arg(firstLine));
    const auto root = parseJsonObject(seen->header, seen->repairs, seen->place, &syntaxError);
    if (!root)
        return std::unexpected(root.error());
    if (!seen->hasMessages || (!root->value(u"guild").isObject() && !root->value(u"channel").isObject()))
        return fail(QCoreApplication::translate("DiscordJsonParser",
                                                "Line %1: expected a DiscordChatExporter JSON export: an object with "
                                                "“guild”, “channel” and “messages”.")
                        .arg(firstLine));

    const QString guildName = root->value(u"guild").toObject().value(u"name").toString();
    const QString channelName = root->value(u"channel").toObject().value(u"name").toString();
    report.chatName = guildName.isEmpty() ? channelName
        : channelName.isEmpty()           ? guildName
                                          : guildName + QStringLiteral(" / ") + channelName;

    const qsizetype total = seen->messages;
    LocalClock clock(options.zone);
    qsizetype index = 0;
    std::optional<QString> failure;
    const auto useMessage = [&](QStringView text, const QList<qsizetype> &repairs, const JsonPlace &place) {
        if (options.progress && index % 4096 == 0 && index > 0
            && !options.progress(FirstPass + (1.0 - FirstPass) * double(index) / double(total))) {
            report.cancelled = true;
            return false;
        }
        ++index;
        const auto parsed = parseJsonObject(text, repairs, place, &syntaxError);
        if (!parsed) {
            failure = parsed.error().message;
            return false;
        }
        const QJsonObject &object = *parsed;
        const auto time = isoTime(object.value(u"timestamp").toString(), clock);
        if (!time) {
            report.warnings.append({place.line,
                                    QCoreApplication::translate("DiscordJsonParser",
                                                                "Line %1: the message has no readable "
                                                                "timestamp; skipped.")
                                        .arg(place.line),
                                    1});
            return true;
        }
        ChatMessage message;
        message.time = *time;
        message.line = place.line;
        message.sourceId = object.value(u"id").toString();
        const QJsonObject author = object.value(u"author").toObject();
        message.senderId = author.value(u"id").toString();
        message.senderName = displayName(author);
        message.text = object.value(u"content").toString();
        classifyJson(object, message);
        ++report.messages;
        if (!sink(std::move(message))) {
            report.cancelled = true;
            return false;
        }
        return true;
    };
    JsonPieceScanner messages(JsonRepairs::Off, JsonChatKey {}, useMessage);
    auto parsed = read([&messages](QStringView piece, double) { return messages.feed(piece); });
    if (!parsed)
        return std::unexpected(parsed.error());
    if (failure)
        return fail(*failure);
    if (report.cancelled)
        return report;
    if (options.progress)
        options.progress(1.0);
    return report;
}

std::optional<QChar> DiscordCsvParser::separator(QStringView text)
{
    const HeaderLine header = headerLine(text, 1);
    if (header.end == text.size())
        return std::nullopt;
    return header.separator;
}

bool DiscordCsvParser::sniff(QStringView head)
{
    return readHeader(head).has_value();
}

Result<ParseReport> DiscordCsvParser::parse(QStringView text, const ParseOptions &options, const MessageSink &sink)
{
    const auto columns = readHeader(text, options.firstLine);
    if (!columns)
        return fail(headerExpectation().arg(options.firstLine));

    ParseReport report;
    DateOrderEvidence evidence;
    evidence.campFirst = options.campFirst;
    evidence.campLast = options.campLast;
    if (options.dateOrder == DateOrder::Auto)
        gatherDateEvidence(text, options.firstLine, evidence);
    auto decision = decideDateOrder(evidence, options.dateOrder);
    if (!decision)
        return std::unexpected(decision.error());
    if (const std::optional<ParseWarning> &guess = decision->guess)
        report.warnings.append(*guess);
    // No slash date needs an order: any will do, en-US's as the exporter's default.
    report.dateOrder = decision->order == DateOrder::Auto ? DateOrder::MonthFirst : decision->order;
    CsvReader reader = dataRecords(text, *columns);
    CsvDates dates(options, report.dateOrder);
    qsizetype rows = 0;
    const double size = double(std::max<qsizetype>(text.size(), 1));
    while (nextRecord(reader)) {
        if (options.progress && ++rows % 4096 == 0 && !options.progress(double(reader.position()) / size)) {
            report.cancelled = true;
            return report;
        }
        const int line = reader.line();
        if (const auto runOn = ChatText::runOnRowWarning(reader, columns->count)) {
            report.warnings.append(*runOn);
            continue;
        }
        if (reader.unclosed())
            report.warnings.append({line,
                                    QCoreApplication::translate("DiscordCsvParser",
                                                                "Line %1: a quoted field is not closed before the "
                                                                "end of the file.")
                                        .arg(line)});
        if (reader.size() < columns->needed) {
            report.warnings.append({line,
                                    QCoreApplication::translate("DiscordCsvParser",
                                                                "Line %1: expected %2 columns, found %3; row "
                                                                "skipped.")
                                        .arg(line)
                                        .arg(columns->needed)
                                        .arg(reader.size()),
                                    1});
            continue;
        }
        const QStringView date = reader.field(columns->date);
        const auto time = dates.parse(date);
        if (!time) {
            report.warnings.append(
                {line,
                 QCoreApplication::translate("DiscordCsvParser", "Line %1: “%2” is not a date; row skipped.")
                     .arg(line)
                     .arg(date),
                 1});
            continue;
        }
        ChatMessage message;
        message.time = *time;
        message.line = line;
        if (columns->authorId >= 0)
            message.senderId = trimmedView(reader.field(columns->authorId)).toString();
        message.senderName = plainName(reader.field(columns->author));
        message.text = reader.field(columns->content).toString();
        const QStringView attachments = reader.field(columns->attachments);
        const bool hasAttachments = !trimmedView(attachments).isEmpty();
        classifyCsv(message.text, hasAttachments, message);
        if (message.kind == MessageKind::Media)
            message.text = attachments.toString();
        ++report.messages;
        if (!sink(std::move(message))) {
            report.cancelled = true;
            return report;
        }
    }
    if (reader.tooWide())
        return fail(InputLimits::tooManyFields(reader.line()));
    if (options.progress)
        options.progress(1.0);
    return report;
}

void DiscordCsvParser::gatherDateEvidence(QStringView text, int firstLine, DateOrderEvidence &evidence)
{
    const auto columns = readHeader(text, firstLine);
    if (!columns)
        return;
    CsvReader reader = dataRecords(text, *columns);
    while (!evidence.conflicting() && nextRecord(reader)) {
        if (reader.size() <= columns->date)
            continue;
        const QStringView value = trimmedView(reader.field(columns->date));
        if (const auto stamp = readLocalStamp(value); stamp && isSlashDate(*stamp))
            evidence.noteDate(reader.line(), value, stamp->first, stamp->second,
                              fullYear(stamp->third, stamp->thirdDigits), stamp->meridiem != 0);
    }
}

Result<DateOrderDecision> DiscordCsvParser::decideDateOrder(const DateOrderEvidence &evidence, DateOrder requested)
{
    return DateOrderDecider::decide(
        evidence, requested, DateOrder::MonthFirst,
        QCoreApplication::translate("DiscordCsvParser", "the default of DiscordChatExporter (English, US)"));
}

} // namespace CampDesk
