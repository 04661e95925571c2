#include "core/capture/QQParser.h"

#include "core/capture/ChatChoice.h"
#include "core/capture/ChatText.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

// Classic PC QQ message-manager .txt export (FORMATS.md section 4).
//
// Zone handling: the export writes wall-clock times without any zone, so every
// header time is read in options.zone.
//
// Several conversations in one file ("全部消息记录", the ====/消息分组/消息对象
// block repeats): only ONE conversation is imported — the one the operator
// names (ParseOptions::chat) among those whose 消息分组 names a group (群,
// 讨论组, 多人聊天), or the only such one — and a warning names the skipped
// ones. Mixing the messages of several groups or friends into one camp's
// counts would be wrong, and guessing which group is the camp's is not ours.

namespace CampDesk {

namespace {

using ChatText::cleanName;
using ChatText::isBlankChar;
using ChatText::isBlankLine;
using ChatText::isInvisible;
using ChatText::trimmedView;

constexpr int ProgressEvery = 4096;

// Turns CRLF, bare CR and bare LF inside a body into '\n' (FORMATS.md 4.3:
// bodies contain bare CR and bare LF, which are line breaks within the message).
QString normalisedBody(QStringView body)
{
    if (!body.contains(u'\r'))
        return body.toString();
    QString out;
    out.reserve(body.size());
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (c == u'\r') {
            out.append(u'\n');
            if (i + 1 < body.size() && body.at(i + 1) == u'\n')
                ++i;
        } else {
            out.append(c);
        }
    }
    return out;
}

// Local wall-clock time → Unix seconds in a zone, with the zone offset cached
// per hour: a million headers would otherwise each pay a time-zone lookup.
class LocalClock final {
public:
    explicit LocalClock(const QTimeZone &zone)
        : m_zone(zone)
    {
    }

    qint64 toUnix(QDate date, int hour, int minute, int second)
    {
        const qint64 key = date.toJulianDay() * 24 + hour;
        if (key != m_key) {
            const QDateTime local(date, QTime(hour, minute, second), m_zone);
            m_key = key;
            m_offset = local.offsetFromUtc();
        }
        // 2440588 is the Julian day of 1970-01-01.
        return (date.toJulianDay() - 2440588) * 86400 + hour * 3600 + minute * 60 + second - m_offset;
    }

private:
    QTimeZone m_zone;
    qint64 m_key = -1;
    int m_offset = 0;
};

// ---- lines ----------------------------------------------------------------

using LineEnd = QQParser::LineBreak;

// FORMATS.md 4.3: the real sample is CRLF with bare CR and bare LF inside
// bodies. In a CRLF file only CRLF ends a line; in an LF file LF does (a CR
// before it is dropped); a CR-only file is split on CR.
LineEnd detectLineEnd(QStringView text)
{
    const QStringView head = text.first(std::min<qsizetype>(text.size(), 1 << 20));
    qsizetype crlf = 0;
    qsizetype lf = 0;
    qsizetype cr = 0;
    for (qsizetype i = 0; i < head.size(); ++i) {
        const char16_t c = head.at(i).unicode();
        if (c == u'\r') {
            if (i + 1 < head.size() && head.at(i + 1) == u'\n') {
                ++crlf;
                ++i;
            } else {
                ++cr;
            }
        } else if (c == u'\n') {
            ++lf;
        }
    }
    if (crlf > 0 && crlf >= lf)
        return LineEnd::CrLf;
    if (lf > 0 || cr == 0)
        return LineEnd::Lf;
    return LineEnd::Cr;
}

struct Line final {
    QStringView text; // without its line end
    qsizetype start = 0; // offset in the whole text
    int number = 0; // 1-based, counting every CR, LF or CRLF as a break (as editors do)
    bool innerBreaks = false;
};

class LineReader final {
public:
    LineReader(QStringView text, LineEnd end, int firstLine = 1)
        : m_text(text)
        , m_end(end)
        , m_line(firstLine)
    {
    }

    bool next(Line &line)
    {
        if (m_pos >= m_text.size())
            return false;
        const qsizetype start = m_pos;
        qsizetype stop = m_text.size();
        qsizetype after = m_text.size();
        int inner = 0;
        for (qsizetype i = start; i < m_text.size(); ++i) {
            const char16_t c = m_text.at(i).unicode();
            if (c != u'\r' && c != u'\n')
                continue;
            const bool crlf = c == u'\r' && i + 1 < m_text.size() && m_text.at(i + 1) == u'\n';
            bool ends = false;
            switch (m_end) {
            case LineEnd::CrLf:
                ends = crlf;
                break;
            case LineEnd::Lf:
                ends = c == u'\n' || crlf;
                break;
            case LineEnd::Cr:
                ends = c == u'\r';
                break;
            }
            if (ends) {
                stop = i;
                after = crlf ? i + 2 : i + 1;
                break;
            }
            ++inner;
        }
        line.text = m_text.sliced(start, stop - start);
        line.start = start;
        line.number = m_line;
        line.innerBreaks = inner > 0;
        m_line += 1 + inner;
        m_pos = after;
        return true;
    }

    qsizetype position() const { return m_pos; }

private:
    QStringView m_text;
    LineEnd m_end;
    qsizetype m_pos = 0;
    int m_line;
};

// ---- header ---------------------------------------------------------------

struct Header final {
    QDate date;
    int hour = 0;
    int minute = 0;
    int second = 0;
    QStringView name;
    QStringView id; // empty when the header has none (private chats)
    // Shaped like a header, with a date or time no calendar or clock shows
    // (2027-02-30, 19:61:00): reported and skipped, never glued to the
    // message before it.
    bool impossible = false;
    QStringView stamp; // the date and time as written
};

using ChatText::readNumber;

bool expect(QStringView s, qsizetype &pos, char16_t c)
{
    if (pos < s.size() && s.at(pos) == c) {
        ++pos;
        return true;
    }
    return false;
}

bool isQQNumber(QStringView id)
{
    return ChatText::isAllDigits(id);
}

// The e-mail id of e-mail-login accounts: [^()@\s]+@[^()\s]+ (FORMATS.md 4.1).
bool isEmailId(QStringView id)
{
    const qsizetype at = id.indexOf(u'@');
    if (at <= 0 || at + 1 >= id.size())
        return false;
    for (const QChar c : id) {
        if (c == u'(' || c == u')' || c.isSpace())
            return false;
    }
    return true;
}

// A line that begins as a header does: a date, a space and a digit.
bool beginsWithDate(QStringView line)
{
    qsizetype pos = 0;
    while (pos < line.size() && isInvisible(line.at(pos).unicode()))
        ++pos;
    return readNumber(line, pos, 4, 4) && expect(line, pos, u'-') && readNumber(line, pos, 1, 2)
        && expect(line, pos, u'-') && readNumber(line, pos, 1, 2) && expect(line, pos, u' ') && pos < line.size()
        && line.at(pos).isDigit();
}

// `^(\d{4}-\d{2}-\d{2}) (\d{1,2}:\d{2}:\d{2})(?: ?([AP]M))? (.*?)(?:\((\d+|email)\)|<([^<>]+)>)?\s*$`
// written out by hand: this runs on every line of files with a million messages.
bool parseHeader(QStringView line, Header &header)
{
    qsizetype pos = 0;
    while (pos < line.size() && isInvisible(line.at(pos).unicode()))
        ++pos;
    const auto year = readNumber(line, pos, 4, 4);
    if (!year || !expect(line, pos, u'-'))
        return false;
    const auto month = readNumber(line, pos, 1, 2);
    if (!month || !expect(line, pos, u'-'))
        return false;
    const auto day = readNumber(line, pos, 1, 2);
    if (!day || !expect(line, pos, u' '))
        return false;
    auto hour = readNumber(line, pos, 1, 2);
    if (!hour || !expect(line, pos, u':'))
        return false;
    const auto minute = readNumber(line, pos, 2, 2);
    if (!minute || !expect(line, pos, u':'))
        return false;
    const auto second = readNumber(line, pos, 2, 2);
    if (!second)
        return false;
    // English-Windows builds write a 12-hour clock: "8:43:38 PM Name(id)".
    {
        qsizetype p = pos;
        if (p < line.size() && line.at(p) == u' ')
            ++p;
        if (p + 1 < line.size() && (line.at(p) == u'A' || line.at(p) == u'P') && line.at(p + 1) == u'M'
            && (p + 2 == line.size() || line.at(p + 2) == u' ') && *hour >= 1 && *hour <= 12) {
            const bool pm = line.at(p) == u'P';
            *hour = (*hour % 12) + (pm ? 12 : 0);
            pos = p + 2;
        }
    }
    const qsizetype stampEnd = pos;
    if (!expect(line, pos, u' '))
        return false;
    const QDate date(*year, *month, *day);
    header.impossible = *hour > 23 || *minute > 59 || *second > 60 || !date.isValid();

    QStringView rest = line.sliced(pos);
    while (!rest.isEmpty() && isBlankChar(rest.back()))
        rest.chop(1);
    if (rest.contains(u'\r') || rest.contains(u'\n'))
        return false;
    qsizetype stampStart = 0;
    while (stampStart < line.size() && isInvisible(line.at(stampStart).unicode()))
        ++stampStart;
    header.stamp = line.sliced(stampStart, stampEnd - stampStart);
    header.date = date;
    header.hour = *hour;
    header.minute = *minute;
    header.second = std::min(*second, 59);
    header.id = {};
    header.name = rest;
    // The id is the LAST "(...)": nicknames may hold parentheses themselves
    // ("(A)(123123)", "(B(123123)").
    if (rest.endsWith(u')')) {
        const qsizetype open = rest.lastIndexOf(u'(');
        if (open >= 0) {
            const QStringView id = rest.sliced(open + 1, rest.size() - open - 2);
            if (isQQNumber(id) || isEmailId(id)) {
                header.id = id;
                header.name = rest.first(open);
            }
        }
    } else if (rest.endsWith(u'>')) {
        const qsizetype open = rest.lastIndexOf(u'<');
        if (open >= 0) {
            const QStringView id = rest.sliced(open + 1, rest.size() - open - 2);
            if (!id.isEmpty() && !id.contains(u'<'))
                header.id = id;
            if (!header.id.isEmpty())
                header.name = rest.first(open);
        }
    }
    // A private-chat header has no id; then it needs a name, or a content line
    // holding just a time would look like a header (qq-chat-history test).
    if (header.id.isEmpty() && trimmedView(rest).isEmpty())
        return false;
    return true;
}

// Group titles/badges prefix the nickname (【管理员】, 【金】 …) and come and go:
// they are not part of the name. Members are identified by the id anyway.
QString displayName(QStringView name)
{
    QStringView rest = trimmedView(name);
    while (rest.startsWith(u'【')) {
        const qsizetype close = rest.indexOf(u'】');
        if (close < 0)
            break;
        rest = trimmedView(rest.sliced(close + 1));
    }
    return cleanName(rest);
}

// ---- header block -----------------------------------------------------------

bool isRuleLine(QStringView line)
{
    const QStringView t = trimmedView(line);
    if (t.size() < 3)
        return false;
    for (const QChar c : t) {
        if (c != u'=')
            return false;
    }
    return true;
}

// "消息分组:我的群聊" / "消息对象：湖之仆从…" (ASCII or full-width colon).
std::optional<QStringView> blockValue(QStringView line, QStringView key)
{
    QStringView t = line;
    while (!t.isEmpty() && isInvisible(t.front().unicode()))
        t = t.sliced(1);
    if (!t.startsWith(key))
        return std::nullopt;
    t = t.sliced(key.size());
    if (!t.startsWith(u':') && !t.startsWith(u'：'))
        return std::nullopt;
    return trimmedView(t.sliced(1));
}

struct Conversation final {
    QString name; // 消息对象
    QString group; // 消息分组
};

bool isGroupLabel(const QString &group)
{
    return group.contains(u'群') || group.contains(u"讨论组") || group.contains(u"多人聊天");
}

// ---- system messages ----------------------------------------------------------

bool isSystemId(QStringView id)
{
    return id == u"10000" || id == u"1000000";
}

// FORMATS.md 4.2: recalls, joins and every other notice of 系统消息(10000).
void classifySystem(ChatMessage &message)
{
    message.senderId.clear();
    message.senderName.clear();
    const QStringView text = trimmedView(message.text);
    if (text.contains(u"撤回了一条")) {
        message.kind = MessageKind::Recall;
        return;
    }
    const qsizetype joined = text.indexOf(u"加入本群");
    if (joined >= 0) {
        message.kind = MessageKind::Join;
        const QString who = cleanName(text.first(joined));
        if (!who.isEmpty())
            message.subjects = QStringList {who};
        return;
    }
    message.kind = MessageKind::System;
}

// Media placeholders: a body made only of [图片] / [表情] … is a photo or
// sticker, i.e. a message that is not text. [QQ红包]… is a red packet.
bool isMediaBody(QStringView body)
{
    static constexpr char16_t const *placeholders[]
        = {u"[图片]", u"[表情]", u"[语音]", u"[视频]", u"[文件]", u"[红包]"};
    QStringView rest = trimmedView(body);
    if (rest.startsWith(u"[QQ红包]"))
        return true;
    bool any = false;
    while (!rest.isEmpty()) {
        bool matched = false;
        for (const char16_t *placeholder : placeholders) {
            const QStringView p(placeholder);
            if (rest.startsWith(p)) {
                rest = trimmedView(rest.sliced(p.size()));
                matched = true;
                any = true;
                break;
            }
        }
        if (!matched)
            return false;
    }
    return any;
}

// ---- the parse ----------------------------------------------------------------

// The value of the last 消息分组 line that starts in text[from, to).
std::optional<QString> lastGroupIn(QStringView text, qsizetype from, qsizetype to)
{
    std::optional<QString> found;
    while (true) {
        const qsizetype group = text.indexOf(u"消息分组", from);
        if (group < 0 || group >= to)
            break;
        from = group + 4;
        if (group == 0 || text.at(group - 1) == u'\n' || text.at(group - 1) == u'\r') {
            qsizetype end = group;
            while (end < text.size() && text.at(end) != u'\n' && text.at(end) != u'\r')
                ++end;
            if (const auto value = blockValue(text.sliced(group, end - group), u"消息分组"))
                found = value->toString();
        }
    }
    return found;
}

// A cheap pre-pass over the 消息对象 lines of header blocks; the main pass
// counts the same lines, so a conversation has the same index in both. Run
// on the pieces of a file in order, it finds what it finds in the whole.
void scanConversationsIn(QStringView text, QQParser::PieceState &state)
{
    qsizetype lastGroupEnd = 0;
    bool objectInText = false;
    qsizetype from = 0;
    const auto atLineStart = [&](qsizetype p) { return p == 0 || text.at(p - 1) == u'\n' || text.at(p - 1) == u'\r'; };
    // The line before must be a ==== rule (or the block's 消息分组 line).
    const auto previousLineIsBlock = [&](qsizetype p) {
        qsizetype end = p;
        while (end > 0 && (text.at(end - 1) == u'\n' || text.at(end - 1) == u'\r') && p - end < 2)
            --end;
        qsizetype begin = end;
        while (begin > 0 && text.at(begin - 1) != u'\n' && text.at(begin - 1) != u'\r')
            --begin;
        const QStringView previous = text.sliced(begin, end - begin);
        return end > begin && (isRuleLine(previous) || blockValue(previous, u"消息分组"));
    };
    const auto lineAt = [&](qsizetype p) {
        qsizetype end = p;
        while (end < text.size() && text.at(end) != u'\n' && text.at(end) != u'\r')
            ++end;
        return text.sliced(p, end - p);
    };
    while (true) {
        const qsizetype object = text.indexOf(u"消息对象", from);
        if (object < 0)
            break;
        from = object + 4;
        if (!atLineStart(object) || !previousLineIsBlock(object))
            continue;
        const auto name = blockValue(lineAt(object), u"消息对象");
        if (!name)
            continue;
        // The 消息分组 of this block, if any, lies between the previous block
        // and this one (for the first block of a piece, perhaps in earlier pieces).
        std::optional<QString> group = lastGroupIn(text, lastGroupEnd, object);
        if (!group && !objectInText)
            group = state.groupSinceObject;
        state.groupSinceObject.clear();
        objectInText = true;
        lastGroupEnd = object;
        state.conversationNames.append(cleanName(*name));
        state.conversationGroups.append(group.value_or(QString()));
    }
    if (const auto tail = lastGroupIn(text, lastGroupEnd, text.size()))
        state.groupSinceObject = *tail;
}

// The conversation imported: the one the operator names among the groups
// (among all conversations when none is a group), or the only one (ChatChoice);
// -1 when the file has no header block, so every message is its one chat's.
Result<int> targetOf(const QQParser::PieceState &state, const ParseOptions &options)
{
    QList<int> candidates;
    for (qsizetype i = 0; i < state.conversationGroups.size(); ++i) {
        if (isGroupLabel(state.conversationGroups.at(i)))
            candidates.append(int(i));
    }
    if (candidates.isEmpty()) {
        for (qsizetype i = 0; i < state.conversationNames.size(); ++i)
            candidates.append(int(i));
    }
    QList<ChatCandidate> choices;
    for (int index : std::as_const(candidates))
        choices.append({state.conversationNames.at(index)});
    if (candidates.isEmpty())
        choices.append(ChatCandidate {}); // the file's one chat, which it does not name
    const auto chosen = ChatChoice::choose(choices, options);
    if (!chosen)
        return std::unexpected(chosen.error());
    return candidates.isEmpty() ? -1 : candidates.at(*chosen);
}

class Parser final {
public:
    Parser(QStringView text, QQParser::PieceState &state, const ParseOptions &options, const MessageSink &sink)
        : m_text(text)
        , m_state(state)
        , m_options(options)
        , m_sink(sink)
        , m_clock(options.zone)
    {
    }

    Result<ParseReport> run();

private:
    bool flush(); // emits the pending message; false = cancelled
    bool nextLineStartsBlock(const LineReader &reader) const;

    QStringView m_text;
    QQParser::PieceState &m_state;
    const ParseOptions &m_options;
    const MessageSink &m_sink;
    LocalClock m_clock;
    ParseReport m_report;

    // The message being read.
    bool m_pending = false;
    bool m_pendingWanted = false;
    ChatMessage m_message;
    Header m_header;
    qsizetype m_bodyStart = -1;
    qsizetype m_bodyEnd = -1;
    qsizetype m_position = 0;
    int m_unreadHeaders = 0; // lines like headers that read as none (warned of)
    static constexpr int MaxUnreadHeaderWarnings = 50;
};

bool Parser::nextLineStartsBlock(const LineReader &reader) const
{
    LineReader peek = reader;
    Line line;
    if (!peek.next(line))
        return false;
    return blockValue(line.text, u"消息分组") || blockValue(line.text, u"消息对象");
}

bool Parser::flush()
{
    if (!m_pending)
        return true;
    m_pending = false;
    if (!m_pendingWanted)
        return true;
    const QStringView body = m_bodyStart >= 0 ? m_text.sliced(m_bodyStart, m_bodyEnd - m_bodyStart) : QStringView();
    m_message.text = normalisedBody(body);
    if (isSystemId(m_header.id)) {
        classifySystem(m_message);
    } else {
        m_message.senderId = m_header.id.toString();
        m_message.senderName = displayName(m_header.name);
        m_message.kind = isMediaBody(m_message.text) ? MessageKind::Media : MessageKind::Text;
    }
    ++m_report.messages;
    if (!m_sink(std::move(m_message))) {
        m_report.cancelled = true;
        return false;
    }
    if (m_options.progress && m_report.messages % ProgressEvery == 0
        && !m_options.progress(double(m_position) / double(std::max<qsizetype>(1, m_text.size())))) {
        m_report.cancelled = true;
        return false;
    }
    return true;
}

Result<ParseReport> Parser::run()
{
    QQParser::PieceState &state = m_state;
    const auto chosen = targetOf(state, m_options);
    if (!chosen)
        return std::unexpected(chosen.error());
    const int target = *chosen;
    if (target >= 0)
        m_report.chatName = state.conversationNames.at(target);
    if (!state.started) {
        state.lineBreak = QQParser::lineBreakOf(m_text);
        state.started = true;
    }

    // A piece after the first starts with a header after a blank line
    // (lastPieceStart), so only what the state holds runs on from before.
    LineReader reader(m_text, state.lineBreak, m_options.firstLine);
    Line line;
    int &conversation = state.conversation;
    bool inBlock = false;
    bool afterBlank = true; // start of file counts as "after a blank line"
    bool &sawAnyHeader = state.sawAnyHeader;
    bool &conversationHasIds = state.conversationHasIds;
    int &firstContentLine = state.firstContentLine;

    while (reader.next(line)) {
        const bool blank = isBlankLine(line.text);
        if (blank) {
            if (inBlock)
                inBlock = false;
            afterBlank = true;
            continue;
        }
        if (firstContentLine == 0)
            firstContentLine = line.number;

        m_position = line.start;
        // Header block: "消息记录…", "====", "消息分组:", "消息对象:". A rule
        // later in the file starts a block only before 消息分组/消息对象, so a
        // member's "=====" stays in their message.
        if (isRuleLine(line.text) && (inBlock || !sawAnyHeader || nextLineStartsBlock(reader))) {
            if (!flush())
                return m_report;
            inBlock = true;
            continue;
        }
        if (inBlock) {
            if (blockValue(line.text, u"消息对象")) {
                ++conversation;
                conversationHasIds = false;
                continue;
            }
            Header header;
            if (!parseHeader(line.text, header))
                continue; // 消息分组 and any other line inside the block
            inBlock = false;
        }
        if (!m_pending && !sawAnyHeader && line.text.startsWith(u"消息记录")) {
            afterBlank = false;
            continue;
        }

        Header header;
        const bool isHeader = (afterBlank || !m_pending) && parseHeader(line.text, header)
            && (!header.id.isEmpty() || !conversationHasIds);
        if (isHeader) {
            if (!flush())
                return m_report;
            sawAnyHeader = true;
            conversationHasIds = conversationHasIds || !header.id.isEmpty();
            m_pending = true;
            m_pendingWanted = target < 0 || conversation == target;
            if (header.impossible && m_pendingWanted) {
                m_report.warnings.append(
                    {line.number,
                     QCoreApplication::translate("QQParser",
                                                 "Line %1: “%2” is not a real date and time; the message "
                                                 "was skipped.")
                         .arg(line.number)
                         .arg(header.stamp.toString()),
                     1});
                m_pendingWanted = false; // its lines are read, and left out
            }
            m_header = header;
            m_message = ChatMessage {};
            m_message.line = line.number;
            m_message.time
                = header.impossible ? 0 : m_clock.toUnix(header.date, header.hour, header.minute, header.second);
            m_bodyStart = -1;
            m_bodyEnd = -1;
            afterBlank = false;
            continue;
        }
        if (!m_pending) {
            return fail(QCoreApplication::translate(
                            "QQParser", "Line %1: expected a QQ message header like “2017-01-01 8:36:52 Name(12345)”")
                            .arg(line.number));
        }
        // A content line (a blank line before it stays inside the body).
        // One where a header would be that begins like one but reads as none
        // (a time cut short) is kept, and said; a whole header without an id
        // among headers with ids is a quoted message, and says nothing.
        if (afterBlank && beginsWithDate(line.text) && !parseHeader(line.text, header)
            && ++m_unreadHeaders <= MaxUnreadHeaderWarnings) {
            m_report.warnings.append({line.number, ChatText::unreadHeaderWarning(line.number, line.text)});
        }
        if (m_bodyStart < 0)
            m_bodyStart = line.start;
        m_bodyEnd = line.start + line.text.size();
        afterBlank = false;
    }
    flush();
    return m_report;
}

} // namespace

bool QQParser::sniff(QStringView head)
{
    // The first non-blank line must be the header block or a message header;
    // then the file must show something no other line-based export has: the
    // block's 消息分组/消息对象 lines, a ==== rule, or headers ending in a QQ id
    // (MemoTrace TXT headers look the same but never carry "(12345)").
    LineReader reader(head, detectLineEnd(head));
    Line line;
    bool first = true;
    bool evidence = false;
    int headers = 0;
    int idHeaders = 0;
    int lines = 0;
    bool afterBlank = true;
    while (reader.next(line) && ++lines < 2000) {
        if (isBlankLine(line.text)) {
            afterBlank = true;
            continue;
        }
        const QStringView t = trimmedView(line.text);
        Header header;
        const bool isHeader = afterBlank && parseHeader(line.text, header);
        afterBlank = false;
        if (first) {
            first = false;
            if (!isHeader && !isRuleLine(t) && !t.startsWith(u"消息记录") && !blockValue(t, u"消息分组")
                && !blockValue(t, u"消息对象"))
                return false;
            if (isRuleLine(t) || t.startsWith(u"消息记录"))
                evidence = true;
        }
        if (blockValue(t, u"消息分组") || blockValue(t, u"消息对象"))
            evidence = true;
        if (isHeader) {
            ++headers;
            // An unpadded hour ("8:36:52") is QQ's too: MemoTrace pads ("08:36:52").
            const qsizetype colon = t.indexOf(u':');
            if (!header.id.isEmpty() || (colon >= 2 && t.at(colon - 2) == u' '))
                ++idHeaders;
        }
        if (headers >= 20)
            break;
    }
    if (headers == 0)
        return false;
    return evidence || idHeaders * 2 > headers;
}

Result<ParseReport> QQParser::parse(QStringView text, const ParseOptions &options, const MessageSink &sink)
{
    PieceState state;
    scanConversations(text, state);
    auto report = parsePiece(text, state, options, sink);
    if (!report || report->cancelled)
        return report;
    auto end = finish(state, options);
    if (!end)
        return std::unexpected(end.error());
    report->warnings.append(end->warnings);
    return report;
}

void QQParser::scanConversations(QStringView piece, PieceState &state)
{
    scanConversationsIn(piece, state);
}

Result<ParseReport> QQParser::parsePiece(QStringView piece, PieceState &state, const ParseOptions &options,
                                         const MessageSink &sink)
{
    Parser parser(piece, state, options, sink);
    return parser.run();
}

Result<ParseReport> QQParser::finish(const PieceState &state, const ParseOptions &options)
{
    if (!state.sawAnyHeader) {
        return fail(QCoreApplication::translate(
                        "QQParser", "Line %1: expected a QQ message header like “2017-01-01 8:36:52 Name(12345)”")
                        .arg(std::max(1, state.firstContentLine)));
    }
    ParseReport report;
    const QStringList &names = state.conversationNames;
    if (names.size() > 1) {
        const auto chosen = targetOf(state, options);
        if (!chosen)
            return std::unexpected(chosen.error());
        const int target = *chosen;
        QStringList skipped;
        for (int i = 0; i < names.size(); ++i) {
            if (i != target)
                skipped.append(names.at(i));
        }
        report.warnings.append({1,
                                QCoreApplication::translate(
                                    "QQParser", "The file holds %1 conversations; only “%2” was imported. Skipped: %3")
                                    .arg(names.size())
                                    .arg(names.at(target), skipped.join(QStringLiteral(", ")))});
    }
    if (options.progress)
        options.progress(1.0);
    return report;
}

QQParser::LineBreak QQParser::lineBreakOf(QStringView head)
{
    return detectLineEnd(head);
}

qsizetype QQParser::lastPieceStart(QStringView text, LineBreak lineBreak)
{
    // A CR at the very end may be the first half of a CRLF: the line before
    // it is not known to be whole yet.
    if (text.endsWith(u'\r'))
        text.chop(1);
    LineReader reader(text, lineBreak);
    Line line;
    bool previousBlank = false;
    qsizetype cut = 0;
    while (reader.next(line)) {
        const bool blank = isBlankLine(line.text);
        const bool whole = reader.position() > line.start + line.text.size();
        Header header;
        if (whole && previousBlank && !blank && parseHeader(line.text, header) && !header.id.isEmpty())
            cut = line.start;
        previousBlank = blank;
    }
    return cut;
}

} // namespace CampDesk
