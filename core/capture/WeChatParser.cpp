#include "core/capture/WeChatParser.h"

#include "core/capture/ChatText.h"
#include "core/io/CsvReader.h"
#include "core/io/InputLimits.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>
#include <vector>

// WeChat exports written by community tools (FORMATS.md section 3):
// MemoTrace/WeChatMsg CSV and TXT, and PyWxDump CSV (old and new layouts).
//
// Zone handling:
// * MemoTrace CSV: CreateTime is Unix seconds (absolute) and is the time; the
//   StrTime column (exporter-local) is only a fallback, read in options.zone.
// * MemoTrace TXT and PyWxDump CSV carry only exporter-local wall-clock times,
//   read in options.zone.
//
// The exporting user ("me"): PyWxDump writes talker = 我 for my rows, and old
// MemoTrace builds left my names (and in ragged rows my wxid) empty. Such rows
// get senderName "我" and NO senderId, so that every WeChat format names me the
// same way; where the file does give my wxid, it is the senderId.

namespace CampDesk {

namespace {

using ChatText::cleanName;
using ChatText::isBlankLine;
using ChatText::isInvisible;
using ChatText::trimmedView;

constexpr int ProgressEvery = 4096;

QString selfName()
{
    return QStringLiteral("我");
}

using ChatText::isAllDigits;
using ChatText::readNumber;

std::optional<qint64> toInteger(QStringView s)
{
    s = trimmedView(s);
    bool ok = false;
    const qint64 value = s.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

struct LocalDateTime final {
    QDate date;
    int hour = 0;
    int minute = 0;
    int second = 0;
};

// "2023-08-12 23:22:41" (MemoTrace StrTime, PyWxDump) and the Excel re-save
// "2024/10/4 11:42" (FORMATS.md 3.2 trap: no seconds, no padding). `pos`
// starts at the date and ends after the time. `impossible`, when given, is
// set for a date and time written right but not on any calendar or clock
// (2027-02-30, 23:61).
std::optional<LocalDateTime> parseLocalDateTime(QStringView s, qsizetype &pos, bool requireSeconds,
                                                bool *impossible = nullptr)
{
    const auto year = readNumber(s, pos, 4, 4);
    if (!year || pos >= s.size() || (s.at(pos) != u'-' && s.at(pos) != u'/'))
        return std::nullopt;
    const QChar separator = s.at(pos++);
    const auto month = readNumber(s, pos, 1, 2);
    if (!month || pos >= s.size() || s.at(pos) != separator)
        return std::nullopt;
    ++pos;
    const auto day = readNumber(s, pos, 1, 2);
    if (!day || pos >= s.size() || s.at(pos) != u' ')
        return std::nullopt;
    ++pos;
    const auto hour = readNumber(s, pos, 1, 2);
    if (!hour || pos >= s.size() || s.at(pos) != u':')
        return std::nullopt;
    ++pos;
    const auto minute = readNumber(s, pos, 2, 2);
    if (!minute)
        return std::nullopt;
    int second = 0;
    if (pos < s.size() && s.at(pos) == u':') {
        ++pos;
        const auto seconds = readNumber(s, pos, 2, 2);
        if (!seconds)
            return std::nullopt;
        second = *seconds;
    } else if (requireSeconds) {
        return std::nullopt;
    }
    const QDate date(*year, *month, *day);
    if (!date.isValid() || *hour > 23 || *minute > 59 || second > 60) {
        if (impossible)
            *impossible = true;
        return std::nullopt;
    }
    return LocalDateTime {date, *hour, *minute, std::min(second, 59)};
}

// Local wall-clock time → Unix seconds in a zone, with the offset cached per
// hour: a million rows would otherwise each pay a time-zone lookup.
class LocalClock final {
public:
    explicit LocalClock(const QTimeZone &zone)
        : m_zone(zone)
    {
    }

    qint64 toUnix(const LocalDateTime &t)
    {
        const qint64 key = t.date.toJulianDay() * 24 + t.hour;
        if (key != m_key) {
            const QDateTime local(t.date, QTime(t.hour, t.minute, t.second), m_zone);
            m_key = key;
            m_offset = local.offsetFromUtc();
        }
        // 2440588 is the Julian day of 1970-01-01.
        return (t.date.toJulianDay() - 2440588) * 86400 + t.hour * 3600 + t.minute * 60 + t.second - m_offset;
    }

private:
    QTimeZone m_zone;
    qint64 m_key = -1;
    int m_offset = 0;
};

// ---- CSV ------------------------------------------------------------------------

// The WeChat readers read a record's blank first line as no row, and drop
// what follows a quoted field's closing quote, as they always did.
CsvReader wechatCsv(QStringView text, int firstLine)
{
    CsvReader reader(text, u',', firstLine);
    reader.setAfterQuote(CsvReader::AfterQuote::Drop);
    return reader;
}

// The next record that is not blank; false at the end or at a record of more
// than InputLimits::MaxFields fields (then reader.tooWide()).
bool nextRow(CsvReader &reader)
{
    while (reader.next()) {
        if (reader.size() != 1 || !trimmedView(reader.field(0)).isEmpty())
            return true;
    }
    return false;
}

// Column name → index in the header row (-1 when absent). The BOM is already
// gone, but a stray U+FEFF or spaces around a name must not hide it.
class Columns final {
public:
    explicit Columns(const CsvReader &header)
    {
        for (int i = 0; i < header.size(); ++i)
            m_names.append(cleanName(header.field(i)));
    }

    int operator[](QStringView name) const
    {
        for (int i = 0; i < m_names.size(); ++i) {
            if (m_names.at(i).compare(name, Qt::CaseInsensitive) == 0)
                return i;
        }
        return -1;
    }

    bool has(std::initializer_list<QStringView> names) const
    {
        for (const QStringView name : names) {
            if ((*this)[name] < 0)
                return false;
        }
        return true;
    }

    int size() const { return int(m_names.size()); }

private:
    QStringList m_names;
};

std::optional<Columns> headerColumns(QStringView head)
{
    CsvReader reader = wechatCsv(head, 1);
    if (!nextRow(reader) || reader.size() < 2)
        return std::nullopt;
    return Columns(reader);
}

// ---- XML / JSON snippets ---------------------------------------------------------

QString xmlUnescaped(QStringView text)
{
    if (!text.contains(u'&'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'&') {
            out.append(c);
            continue;
        }
        const qsizetype semicolon = text.indexOf(u';', i);
        if (semicolon < 0 || semicolon - i > 10) {
            out.append(c);
            continue;
        }
        const QStringView entity = text.sliced(i + 1, semicolon - i - 1);
        char32_t code = 0;
        if (entity == u"lt")
            code = u'<';
        else if (entity == u"gt")
            code = u'>';
        else if (entity == u"amp")
            code = u'&';
        else if (entity == u"quot")
            code = u'"';
        else if (entity == u"apos")
            code = u'\'';
        else if (entity.startsWith(u"#x") || entity.startsWith(u"#X"))
            code = char32_t(entity.sliced(2).toUInt(nullptr, 16));
        else if (entity.startsWith(u'#'))
            code = char32_t(entity.sliced(1).toUInt(nullptr, 10));
        if (code == 0) {
            out.append(c);
            continue;
        }
        out.append(QString::fromUcs4(&code, 1));
        i = semicolon;
    }
    return out;
}

// Inner text of the first <tag>…</tag> (CDATA unwrapped), or nullopt.
std::optional<QStringView> xmlElement(QStringView xml, QStringView tag, qsizetype from = 0)
{
    const QString open = QStringLiteral("<%1>").arg(tag);
    const QString close = QStringLiteral("</%1>").arg(tag);
    const qsizetype begin = xml.indexOf(open, from);
    if (begin < 0)
        return std::nullopt;
    const qsizetype contentStart = begin + open.size();
    const qsizetype end = xml.indexOf(close, contentStart);
    if (end < 0)
        return std::nullopt;
    QStringView content = trimmedView(xml.sliced(contentStart, end - contentStart));
    if (content.startsWith(u"<![CDATA[") && content.endsWith(u"]]>"))
        content = content.sliced(9, content.size() - 12);
    return content;
}

// A system text as a person reads it: CDATA markers, the self-recall
// "重新编辑" link and any other tags removed (FORMATS.md 3.1 trap).
QString plainSystemText(QStringView text)
{
    text = trimmedView(text);
    if (!text.contains(u'<'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.sliced(i).startsWith(u"<![CDATA[")) {
            i += 8;
            continue;
        }
        if (text.sliced(i).startsWith(u"]]>")) {
            i += 2;
            continue;
        }
        if (text.sliced(i).startsWith(u"<a ") || text.sliced(i).startsWith(u"<a>")) {
            const qsizetype close = text.indexOf(u"</a>", i);
            if (close >= 0) {
                i = close + 3;
                continue;
            }
        }
        if (text.at(i) == u'<') {
            const qsizetype close = text.indexOf(u'>', i);
            if (close >= 0) {
                i = close;
                continue;
            }
        }
        out.append(text.at(i));
    }
    return xmlUnescaped(trimmedView(out));
}

// <appmsg>…<title>…</title>…<type>N</type>: the title and the app-message type.
struct AppMessage final {
    QString title;
    int type = 0;
};

AppMessage appMessage(QStringView xml)
{
    AppMessage app;
    const qsizetype appmsg = xml.indexOf(u"<appmsg");
    const qsizetype from = appmsg >= 0 ? appmsg : 0;
    if (const auto title = xmlElement(xml, u"title", from))
        app.title = xmlUnescaped(*title);
    if (const auto type = xmlElement(xml, u"type", from)) {
        if (const auto value = toInteger(*type))
            app.type = int(*value);
    }
    return app;
}

// Old group system messages (10002 sysmsgtemplate) keep names out of the text:
// `"$username$"邀请"$names$"加入了群聊` plus <link name="names"> member lists
// (the WeFlow trap, FORMATS.md 3.3). Fill the placeholders from the links.
QString filledTemplate(QStringView xml)
{
    const auto templateText = xmlElement(xml, u"template");
    if (!templateText)
        return plainSystemText(xml);
    QString text = templateText->toString();
    qsizetype from = 0;
    while (true) {
        const qsizetype link = xml.indexOf(u"<link name=\"", from);
        if (link < 0)
            break;
        const qsizetype nameStart = link + 12;
        const qsizetype nameEnd = xml.indexOf(u'"', nameStart);
        const qsizetype linkEnd = xml.indexOf(u"</link>", nameStart);
        if (nameEnd < 0 || linkEnd < 0)
            break;
        const QStringView linkXml = xml.sliced(nameStart, linkEnd - nameStart);
        QStringList members;
        qsizetype at = 0;
        while (const auto nickname = xmlElement(linkXml, u"nickname", at)) {
            members.append(xmlUnescaped(*nickname));
            at = linkXml.indexOf(u"</nickname>", at) + 11;
        }
        if (!members.isEmpty())
            text.replace(QStringLiteral("$%1$").arg(xml.sliced(nameStart, nameEnd - nameStart)),
                         members.join(QStringLiteral("、")));
        from = linkEnd;
    }
    return plainSystemText(text);
}

void appendJsonEscape(QStringView s, qsizetype &i, QString &out)
{
    const QChar e = s.at(i);
    switch (e.unicode()) {
    case u'n':
        out.append(u'\n');
        break;
    case u't':
        out.append(u'\t');
        break;
    case u'r':
        out.append(u'\r');
        break;
    case u'b':
        out.append(u'\b');
        break;
    case u'f':
        out.append(u'\f');
        break;
    case u'u':
        if (i + 4 < s.size()) {
            bool ok = false;
            const ushort code = s.sliced(i + 1, 4).toUShort(&ok, 16);
            if (ok) {
                out.append(QChar(code));
                i += 4;
            }
        }
        break;
    default:
        out.append(e);
        break; // \" \\ \/
    }
}

// PyWxDump v1 `content`: a flat JSON object of strings {"src": …, "msg": …}.
// Read by hand: a JSON document per row would dominate the import time.
std::optional<QString> jsonStringField(QStringView json, QStringView key)
{
    qsizetype i = 0;
    const auto skipSpace = [&] {
        while (i < json.size() && json.at(i).isSpace())
            ++i;
    };
    const auto readString = [&](QString *out) -> bool {
        if (i >= json.size() || json.at(i) != u'"')
            return false;
        ++i;
        while (i < json.size()) {
            const QChar c = json.at(i);
            if (c == u'"') {
                ++i;
                return true;
            }
            if (c == u'\\' && i + 1 < json.size()) {
                ++i;
                if (out)
                    appendJsonEscape(json, i, *out);
                else if (json.at(i) == u'u')
                    i += 4;
            } else if (out) {
                out->append(c);
            }
            ++i;
        }
        return false;
    };
    skipSpace();
    if (i >= json.size() || json.at(i) != u'{')
        return std::nullopt;
    ++i;
    while (true) {
        skipSpace();
        if (i >= json.size() || json.at(i) == u'}')
            return std::nullopt;
        const qsizetype keyStart = i + 1;
        if (!readString(nullptr))
            return std::nullopt;
        const QStringView name = json.sliced(keyStart, i - 1 - keyStart);
        skipSpace();
        if (i >= json.size() || json.at(i) != u':')
            return std::nullopt;
        ++i;
        skipSpace();
        if (i < json.size() && json.at(i) == u'"') {
            QString value;
            if (!readString(&value))
                return std::nullopt;
            if (name == key)
                return value;
        } else {
            while (i < json.size() && json.at(i) != u',' && json.at(i) != u'}') {
                if (json.at(i) == u'{' || json.at(i) == u'[')
                    return std::nullopt;
                ++i;
            }
        }
        skipSpace();
        if (i < json.size() && json.at(i) == u',')
            ++i;
    }
}

// ---- system texts (FORMATS.md 3.5) -------------------------------------------------

bool isQuote(QChar c)
{
    return c == u'"' || c == u'“' || c == u'”' || c == u'「' || c == u'」';
}

QString unquoted(QStringView name)
{
    name = trimmedView(name);
    while (!name.isEmpty() && isQuote(name.front()))
        name = name.sliced(1);
    while (!name.isEmpty() && isQuote(name.back()))
        name.chop(1);
    return cleanName(name);
}

// "你" in a notice is the exporting user, named 我 like their own rows.
QString person(QStringView name)
{
    const QString clean = unquoted(name);
    return clean == u"你" ? selfName() : clean;
}

QStringList names(QStringView list)
{
    QStringList out;
    for (const QStringView part : trimmedView(list).tokenize(u'、')) {
        const QString name = person(part);
        // Unresolved templates ("$names$") name nobody.
        if (!name.isEmpty() && !(name.startsWith(u'$') && name.endsWith(u'$')))
            out.append(name);
    }
    return out;
}

// The quoted run right after `at` ("…邀请"B、C"加入…" → B、C), else the text up to `until`.
QStringView afterWord(QStringView text, qsizetype at, QStringView until)
{
    const QStringView rest = text.sliced(at);
    if (!rest.isEmpty() && isQuote(rest.front())) {
        for (qsizetype i = 1; i < rest.size(); ++i) {
            if (isQuote(rest.at(i)))
                return rest.sliced(1, i - 1);
        }
    }
    const qsizetype end = rest.indexOf(until);
    return end >= 0 ? rest.first(end) : rest;
}

void classifySystemText(ChatMessage &message)
{
    const QStringView text = message.text;
    message.kind = MessageKind::System;
    if (text.contains(u"撤回了一条") || text.contains(u"撤回了一个")) {
        message.kind = MessageKind::Recall;
    } else if (text.contains(u"拍了拍")) {
        message.kind = MessageKind::Pat;
    } else if (text.contains(u"加入了群聊") || text.contains(u"加入群聊")) {
        message.kind = MessageKind::Join;
        const qsizetype scan = text.indexOf(u"通过扫描");
        const qsizetype invite = text.indexOf(u"邀请");
        if (scan >= 0) {
            // "X"通过扫描"Y"分享的二维码加入群聊 — X joined.
            message.subjects = names(text.first(scan));
        } else if (invite >= 0 && text.sliced(invite + 2).startsWith(u"你")) {
            // "张三"邀请你加入了群聊，群聊参与人还有：A、B — I joined.
            message.subjects = QStringList {selfName()};
        } else if (invite >= 0) {
            message.subjects = names(afterWord(text, invite + 2, u"加入"));
        } else {
            message.subjects = names(text.first(text.indexOf(u"加入")));
        }
    } else if (text.contains(u"移出了群聊") || text.contains(u"移出群聊")) {
        message.kind = MessageKind::Leave;
        const qsizetype by = text.indexOf(u"将");
        if (by >= 0)
            message.subjects = names(afterWord(text, by + 1, u"移出"));
        else if (const qsizetype passive = text.indexOf(u"被"); passive >= 0)
            message.subjects = names(text.first(passive));
    } else if (text.contains(u"退出了群聊") || text.contains(u"退出群聊")) {
        // Voluntary leaves are rarely announced; parsers filter them defensively.
        message.kind = MessageKind::Leave;
        message.subjects = names(text.first(text.indexOf(u"退出")));
    }
}

void makeSystem(ChatMessage &message, QString text)
{
    message.senderId.clear();
    message.senderName.clear();
    message.text = std::move(text);
    classifySystemText(message);
}

bool isTextPlaceholder(QStringView text)
{
    // What MemoTrace's TXT writer puts for non-text messages (exporter_txt.py).
    static constexpr char16_t const *placeholders[] = {
        u"[图片]", u"[语音]", u"[表情包]", u"[文件]", u"[视频]", u"[音乐分享]", u"[动画表情]", u"[位置]", u"[名片]",
    };
    text = trimmedView(text);
    for (const char16_t *placeholder : placeholders) {
        if (text == QStringView(placeholder))
            return true;
    }
    return text.startsWith(u"[链接]");
}

bool reportProgress(const ParseOptions &options, ParseReport &report, qsizetype position, qsizetype size)
{
    if (!options.progress || report.messages % ProgressEvery != 0)
        return true;
    if (options.progress(double(position) / double(std::max<qsizetype>(1, size))))
        return true;
    report.cancelled = true;
    return false;
}

bool deliver(const MessageSink &sink, ParseReport &report, ChatMessage &message)
{
    ++report.messages;
    if (sink(std::move(message)))
        return true;
    report.cancelled = true;
    return false;
}

// ---- MemoTrace CSV ------------------------------------------------------------

QString memoTraceHeaderExample()
{
    return QStringLiteral(
        "localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender");
}

// The rows under MemoTrace's 12-name header that carry fewer values.
QString raggedRowsSummary(int firstLine, int rows)
{
    return QCoreApplication::translate("MemoTraceCsvParser",
                                       "Line %1: %2 rows have fewer values than the header has names (a MemoTrace "
                                       "build of February 2024); names missing from them are unknown")
        .arg(firstLine)
        .arg(rows);
}

QString mediaPlaceholder(int type)
{
    switch (type) {
    case 3:
        return QStringLiteral("[图片]");
    case 34:
        return QStringLiteral("[语音]");
    case 42:
        return QStringLiteral("[名片]");
    case 43:
        return QStringLiteral("[视频]");
    case 47:
        return QStringLiteral("[表情包]");
    case 48:
        return QStringLiteral("[位置]");
    default:
        return QString();
    }
}

// Type/SubType → kind (FORMATS.md 3.4). A member's message types are 1, 3, 34,
// 42, 43, 47, 48 and 49; 10000/10002 are notices; anything else (VoIP 50,
// friend requests …) is not a chat message either.
void classifyMemoTrace(int type, int subType, QStringView content, ChatMessage &message)
{
    switch (type) {
    case 1:
        message.kind = MessageKind::Text;
        message.text = content.toString();
        return;
    case 3:
    case 34:
    case 42:
    case 43:
    case 47:
    case 48:
        message.kind = MessageKind::Media;
        message.text = mediaPlaceholder(type);
        return;
    case 49: {
        const AppMessage app = appMessage(content);
        const int appType = subType != 0 ? subType : app.type;
        message.text = app.title;
        if (appType == 53 || appType == 57) {
            // 53 = a 接龙 made with the group tool, 57 = a reply: both are the member's text.
            message.kind = MessageKind::Text;
        } else if (appType == 62) {
            message.kind = MessageKind::Pat;
        } else {
            message.kind = MessageKind::Media;
        }
        return;
    }
    case 10000:
        makeSystem(message, plainSystemText(content));
        return;
    case 10002:
        if (content.contains(u"sysmsgtemplate")) {
            makeSystem(message, filledTemplate(content));
        } else if (const auto replaced = xmlElement(content, u"replacemsg")) {
            makeSystem(message, plainSystemText(*replaced));
        } else {
            makeSystem(message, plainSystemText(content));
        }
        if (message.kind == MessageKind::System && content.contains(u"revokemsg"))
            message.kind = MessageKind::Recall;
        if (message.kind == MessageKind::System && content.contains(u"type=\"pat\""))
            message.kind = MessageKind::Pat;
        return;
    default:
        makeSystem(message, plainSystemText(content));
        message.kind = MessageKind::System;
        return;
    }
}

// ---- MemoTrace TXT ------------------------------------------------------------

struct TextHeader final {
    LocalDateTime time;
    QStringView rest; // the display name, or a system notice's text
    // Written like a header, at a date or time that does not exist: the
    // message is reported and skipped, not glued to the one before.
    bool impossible = false;
    QStringView stamp; // the date and time as written
};

// `{StrTime} {display_name}`: "2023-08-12 23:22:41 Name with spaces".
bool parseTextHeader(QStringView line, TextHeader &header)
{
    qsizetype pos = 0;
    while (pos < line.size() && isInvisible(line.at(pos).unicode()))
        ++pos;
    if (line.size() - pos < 20 || !ChatText::isAsciiDigit(line.at(pos)))
        return false;
    const qsizetype stampStart = pos;
    bool impossible = false;
    const auto time = parseLocalDateTime(line, pos, true, &impossible);
    if ((!time && !impossible) || pos >= line.size() || line.at(pos) != u' ')
        return false;
    const QStringView rest = trimmedView(line.sliced(pos + 1));
    if (rest.isEmpty())
        return false;
    header.time = time.value_or(LocalDateTime {});
    header.impossible = impossible;
    header.stamp = line.sliced(stampStart, pos - stampStart);
    header.rest = rest;
    return true;
}

// LF lines (a CR before the LF is dropped; files re-saved on Windows).
class TextLines final {
public:
    TextLines(QStringView text, int firstLine)
        : m_text(text)
        , m_line(firstLine)
    {
    }

    bool next(QStringView &line, qsizetype &start, int &number)
    {
        if (m_pos >= m_text.size())
            return false;
        start = m_pos;
        qsizetype end = m_text.indexOf(u'\n', m_pos);
        if (end < 0)
            end = m_text.size();
        m_pos = end + 1;
        qsizetype stop = end;
        if (stop > start && m_text.at(stop - 1) == u'\r')
            --stop;
        line = m_text.sliced(start, stop - start);
        number = m_line++;
        return true;
    }

    qsizetype position() const { return m_pos; }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
};

QString bodyText(QStringView body)
{
    if (!body.contains(u'\r'))
        return body.toString();
    QString out = body.toString();
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    out.replace(u'\r', u'\n');
    return out;
}

// ---- PyWxDump -------------------------------------------------------------------

// WeChat ids are ASCII (wxid_…, custom ids of letters, digits, _ and -); a
// talker like 我 or a display name is no id.
bool looksLikeWxid(QStringView talker)
{
    if (talker.size() < 3)
        return false;
    for (const QChar c : talker) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_'
            || u == u'-' || u == u'@' || u == u'.';
        if (!ok)
            return false;
    }
    return true;
}

enum class LabelKind { Text, Media, System, Pat, Call };

// PyWxDump's Chinese type_name labels. Only text-like labels are text; notices
// are classified by their text (FORMATS.md 3.5); every other label (图片,
// 动画表情, 语音, 视频, 文件, 卡片式链接, 转账 …) is a member's non-text message.
LabelKind labelKind(QStringView label)
{
    if (label == u"文本" || label.contains(u"引用") || label == u"粘贴的文本" || label.contains(u"接龙"))
        return LabelKind::Text;
    if (label == u"拍一拍")
        return LabelKind::Pat;
    if (label.contains(u"系统") || label.contains(u"通知") || label.contains(u"撤回"))
        return LabelKind::System;
    if (label.contains(u"通话"))
        return LabelKind::Call;
    return LabelKind::Media;
}

} // namespace

// ================================================================================
// MemoTrace CSV
// ================================================================================

bool MemoTraceCsvParser::sniff(QStringView head)
{
    const auto columns = headerColumns(head);
    return columns
        && columns->has({u"localId", u"TalkerId", u"Type", u"SubType", u"IsSender", u"CreateTime", u"StrContent"});
}

Result<ParseReport> MemoTraceCsvParser::parse(QStringView text, const ParseOptions &options, const MessageSink &sink)
{
    CsvReader reader = wechatCsv(text, options.firstLine);
    const bool hasHeader = nextRow(reader);
    int line = reader.line();
    if (reader.tooWide())
        return fail(InputLimits::tooManyFields(line));
    const int headerCount = hasHeader ? reader.size() : 0;
    const Columns columns(reader);
    if (headerCount < 2 || !columns.has({u"Type", u"CreateTime", u"StrContent", u"IsSender"})) {
        return fail(QCoreApplication::translate("MemoTraceCsvParser", "Line %1: expected the MemoTrace CSV header “%2”")
                        .arg(std::max(1, line))
                        .arg(memoTraceHeaderExample()));
    }
    const int localId = columns[u"localId"];
    const int talkerId = columns[u"TalkerId"];
    const int type = columns[u"Type"];
    const int subType = columns[u"SubType"];
    const int isSender = columns[u"IsSender"];
    const int createTime = columns[u"CreateTime"];
    const int content = columns[u"StrContent"];
    const int strTime = columns[u"StrTime"];
    const int remark = columns[u"Remark"];
    const int nickName = columns[u"NickName"];
    const int sender = columns[u"Sender"];
    const int needed = std::max({type, createTime, content, isSender}) + 1;

    ParseReport report;
    LocalClock clock(options.zone);
    int raggedRows = 0;
    int firstRaggedLine = 0;
    while (nextRow(reader)) {
        line = reader.line();
        const int count = reader.size();
        if (const auto runOn = ChatText::runOnRowWarning(reader, headerCount)) {
            report.warnings.append(*runOn);
            continue;
        }
        if (count < needed) {
            report.warnings.append(
                {line,
                 QCoreApplication::translate("MemoTraceCsvParser", "Line %1: only %2 of %3 columns; the row is skipped")
                     .arg(line)
                     .arg(count)
                     .arg(columns.size()),
                 1});
            continue;
        }
        // Builds of February 2024 wrote 9 values under the 12-name header for
        // private chats (FORMATS.md 3.1): read what is there.
        if (count < columns.size()) {
            if (raggedRows++ == 0)
                firstRaggedLine = line;
        }
        const auto typeValue = toInteger(reader.field(type));
        if (!typeValue) {
            report.warnings.append(
                {line,
                 QCoreApplication::translate("MemoTraceCsvParser",
                                             "Line %1: unreadable message type “%2”; the row is skipped")
                     .arg(line)
                     .arg(reader.field(type).toString()),
                 1});
            continue;
        }
        ChatMessage message;
        message.line = line;
        if (const auto unix = toInteger(reader.field(createTime)); unix && *unix > 0) {
            message.time = *unix;
        } else {
            qsizetype pos = 0;
            const QStringView local = trimmedView(reader.field(strTime));
            const auto parsed = parseLocalDateTime(local, pos, false);
            if (!parsed) {
                report.warnings.append({line,
                                        QCoreApplication::translate("MemoTraceCsvParser",
                                                                    "Line %1: unreadable time “%2”; the row is skipped")
                                            .arg(line)
                                            .arg(reader.field(createTime).toString()),
                                        1});
                continue;
            }
            message.time = clock.toUnix(*parsed);
        }
        message.sourceId = trimmedView(reader.field(localId)).toString();

        const QStringView senderId = trimmedView(reader.field(sender));
        QString name = cleanName(reader.field(remark));
        if (name.isEmpty())
            name = cleanName(reader.field(nickName));
        if (name.isEmpty())
            name = senderId.toString();
        message.senderId = senderId.toString();
        if (trimmedView(reader.field(isSender)) == u"1") {
            message.fromSelf = true;
            if (name.isEmpty())
                name = selfName();
        } else {
            // A ragged private-chat row does not say who the contact is; the
            // conversation (TalkerId) is the only thing that identifies them.
            if (name.isEmpty())
                name = QStringLiteral("TalkerId %1").arg(trimmedView(reader.field(talkerId)).toString());
        }
        message.senderName = name;
        const auto subTypeValue = toInteger(reader.field(subType));
        classifyMemoTrace(int(*typeValue), int(subTypeValue.value_or(0)), reader.field(content), message);
        if (!deliver(sink, report, message) || !reportProgress(options, report, reader.position(), text.size()))
            return report;
    }
    if (reader.tooWide())
        return fail(InputLimits::tooManyFields(reader.line()));
    if (raggedRows > 0)
        report.warnings.append(
            {firstRaggedLine, raggedRowsSummary(firstRaggedLine, raggedRows), 0, &raggedRowsSummary, raggedRows});
    if (options.progress)
        options.progress(1.0);
    return report;
}

// ================================================================================
// MemoTrace TXT
// ================================================================================

bool MemoTraceTextParser::sniff(QStringView head)
{
    // The first non-blank line must be a header with MemoTrace's zero-padded
    // time. QQ's export looks alike, so anything QQ-specific rejects the file:
    // its ====/消息分组/消息对象 block, unpadded hours, "(12345)" ids.
    TextLines lines(head, 1);
    QStringView line;
    qsizetype start = 0;
    int number = 0;
    int headers = 0;
    int qqHeaders = 0;
    bool afterBlank = true;
    bool first = true;
    while (lines.next(line, start, number) && number < 2000) {
        if (isBlankLine(line)) {
            afterBlank = true;
            continue;
        }
        const QStringView t = trimmedView(line);
        if (t.startsWith(u"消息记录") || t.startsWith(u"消息分组") || t.startsWith(u"消息对象") || t.startsWith(u"==="))
            return false;
        TextHeader header;
        const bool isHeader = afterBlank && parseTextHeader(line, header);
        afterBlank = false;
        if (first) {
            first = false;
            if (!isHeader || t.size() < 20 || t.at(13) != u':')
                return false; // "YYYY-MM-DD HH:MM:SS": the hour has two digits
        }
        if (isHeader) {
            ++headers;
            const QStringView rest = header.rest;
            const bool qqId = (rest.endsWith(u')') && rest.lastIndexOf(u'(') >= 0
                               && (isAllDigits(rest.sliced(rest.lastIndexOf(u'(') + 1).chopped(1))
                                   || rest.sliced(rest.lastIndexOf(u'(')).contains(u'@')))
                || (rest.endsWith(u'>') && rest.contains(u'<'));
            if (qqId)
                ++qqHeaders;
            if (headers >= 50)
                break;
        }
    }
    return headers > 0 && qqHeaders * 2 <= headers;
}

bool MemoTraceTextParser::startsMessage(QStringView previousLine, QStringView line)
{
    if (line.endsWith(u'\r'))
        line.chop(1);
    TextHeader header;
    return isBlankLine(previousLine) && parseTextHeader(line, header);
}

Result<ParseReport> MemoTraceTextParser::parse(QStringView text, const ParseOptions &options, const MessageSink &sink)
{
    ParseReport report;
    LocalClock clock(options.zone);
    TextLines lines(text, options.firstLine);
    QStringView line;
    qsizetype start = 0;
    int number = 0;

    bool pending = false;
    TextHeader header;
    int headerLine = 0;
    int linesAfterHeader = 0;
    qsizetype bodyStart = -1;
    qsizetype bodyEnd = -1;
    bool afterBlank = true;

    // A header followed by nothing but one blank line is a system notice
    // written as a single line (FORMATS.md 3.1 trap); with content, or with an
    // empty content line, it is a member's message.
    const auto flush = [&]() -> bool {
        if (!pending)
            return true;
        pending = false;
        if (header.impossible) {
            report.warnings.append(
                {headerLine,
                 QCoreApplication::translate("MemoTraceTextParser",
                                             "Line %1: “%2” is not a real date and time; the message "
                                             "was skipped.")
                     .arg(headerLine)
                     .arg(header.stamp.toString()),
                 1});
            return true;
        }
        ChatMessage message;
        message.line = headerLine;
        message.time = clock.toUnix(header.time);
        if (bodyStart < 0 && linesAfterHeader <= 1) {
            makeSystem(message, header.rest.toString());
        } else {
            message.senderName = cleanName(header.rest);
            message.text = bodyStart < 0 ? QString() : bodyText(text.sliced(bodyStart, bodyEnd - bodyStart));
            message.kind = isTextPlaceholder(message.text) ? MessageKind::Media : MessageKind::Text;
        }
        return deliver(sink, report, message) && reportProgress(options, report, lines.position(), text.size());
    };

    while (lines.next(line, start, number)) {
        if (isBlankLine(line)) {
            afterBlank = true;
            if (pending)
                ++linesAfterHeader;
            continue;
        }
        TextHeader next;
        // A header only follows a blank line: a content line holding a time
        // stays content, and a blank line inside a body followed by text too.
        if ((afterBlank || !pending) && parseTextHeader(line, next)) {
            if (!flush())
                return report;
            pending = true;
            header = next;
            headerLine = number;
            linesAfterHeader = 0;
            bodyStart = -1;
            bodyEnd = -1;
            afterBlank = false;
            continue;
        }
        if (!pending) {
            return fail(QCoreApplication::translate("MemoTraceTextParser",
                                                    "Line %1: expected a MemoTrace message header like “2023-08-12 "
                                                    "23:22:41 Name”")
                            .arg(number));
        }
        ++linesAfterHeader;
        if (bodyStart < 0)
            bodyStart = start;
        bodyEnd = start + line.size();
        afterBlank = false;
    }
    if (!flush())
        return report;
    if (report.messages == 0) {
        return fail(QCoreApplication::translate("MemoTraceTextParser",
                                                "Line %1: expected a MemoTrace message header like “2023-08-12 "
                                                "23:22:41 Name”")
                        .arg(1));
    }
    if (options.progress)
        options.progress(1.0);
    return report;
}

// ================================================================================
// PyWxDump CSV
// ================================================================================

bool PyWxDumpCsvParser::sniff(QStringView head)
{
    const auto columns = headerColumns(head);
    return columns && columns->has({u"MsgSvrID", u"type_name", u"is_sender", u"talker", u"CreateTime"})
        && (columns->has({u"content"}) || columns->has({u"msg"}));
}

Result<ParseReport> PyWxDumpCsvParser::parse(QStringView text, const ParseOptions &options, const MessageSink &sink)
{
    CsvReader reader = wechatCsv(text, options.firstLine);
    const bool hasHeader = nextRow(reader);
    int line = reader.line();
    if (reader.tooWide())
        return fail(InputLimits::tooManyFields(line));
    const int headerCount = hasHeader ? reader.size() : 0;
    const Columns columns(reader);
    const int msgSvrId = columns[u"MsgSvrID"];
    const int typeName = columns[u"type_name"];
    const int talker = columns[u"talker"];
    const int isSender = columns[u"is_sender"];
    const int roomName = columns[u"room_name"];
    const int content = columns[u"content"]; // v1: JSON {"src", "msg"}
    const int msg = columns[u"msg"]; // v2
    const int createTime = columns[u"CreateTime"];
    if (headerCount < 2 || typeName < 0 || talker < 0 || createTime < 0 || (content < 0 && msg < 0)) {
        return fail(QCoreApplication::translate("PyWxDumpCsvParser",
                                                "Line %1: expected a PyWxDump CSV header like "
                                                "“id,MsgSvrID,type_name,is_sender,talker,room_name,msg,src,CreateTime”")
                        .arg(std::max(1, line)));
    }
    const int textColumn = msg >= 0 ? msg : content;
    const int needed = std::max({typeName, talker, createTime, textColumn}) + 1;

    ParseReport report;
    LocalClock clock(options.zone);
    while (nextRow(reader)) {
        line = reader.line();
        const int count = reader.size();
        if (const auto runOn = ChatText::runOnRowWarning(reader, headerCount)) {
            report.warnings.append(*runOn);
            continue;
        }
        if (count < needed) {
            report.warnings.append(
                {line,
                 QCoreApplication::translate("PyWxDumpCsvParser", "Line %1: only %2 of %3 columns; the row is skipped")
                     .arg(line)
                     .arg(count)
                     .arg(columns.size()),
                 1});
            continue;
        }
        ChatMessage message;
        message.line = line;
        const QStringView timeText = trimmedView(reader.field(createTime));
        if (isAllDigits(timeText) && timeText.size() >= 9) {
            message.time = timeText.toLongLong();
        } else {
            qsizetype pos = 0;
            const auto parsed = parseLocalDateTime(timeText, pos, false);
            if (!parsed) {
                report.warnings.append({line,
                                        QCoreApplication::translate("PyWxDumpCsvParser",
                                                                    "Line %1: unreadable time “%2”; the row is skipped")
                                            .arg(line)
                                            .arg(timeText.toString()),
                                        1});
                continue;
            }
            message.time = clock.toUnix(*parsed);
        }
        // Excel turns 19-digit ids into "7.43727E+18": such ids are not unique.
        const QStringView serverId = trimmedView(reader.field(msgSvrId));
        if (isAllDigits(serverId))
            message.sourceId = serverId.toString();
        if (report.chatName.isEmpty())
            report.chatName = cleanName(reader.field(roomName));

        const QStringView talkerText = trimmedView(reader.field(talker));
        message.senderId = looksLikeWxid(talkerText) ? talkerText.toString() : QString();
        message.senderName = cleanName(talkerText);
        // My own rows: talker 我, or (in some builds) left empty.
        message.fromSelf = trimmedView(reader.field(isSender)) == u"1" || message.senderName == selfName();
        if (message.fromSelf && message.senderName.isEmpty())
            message.senderName = selfName();
        if (msg >= 0) {
            message.text = reader.field(msg).toString();
        } else {
            const QStringView json = reader.field(content);
            message.text = jsonStringField(json, u"msg").value_or(json.toString());
        }

        switch (labelKind(trimmedView(reader.field(typeName)))) {
        case LabelKind::Text:
            message.kind = MessageKind::Text;
            break;
        case LabelKind::Media:
            message.kind = MessageKind::Media;
            break;
        case LabelKind::Pat:
            makeSystem(message, plainSystemText(message.text));
            message.kind = MessageKind::Pat;
            break;
        case LabelKind::Call:
            makeSystem(message, plainSystemText(message.text));
            message.kind = MessageKind::System;
            break;
        case LabelKind::System:
            makeSystem(message, plainSystemText(message.text));
            break;
        }
        if (!deliver(sink, report, message) || !reportProgress(options, report, reader.position(), text.size()))
            return report;
    }
    if (reader.tooWide())
        return fail(InputLimits::tooManyFields(reader.line()));
    if (options.progress)
        options.progress(1.0);
    return report;
}

} // namespace CampDesk
