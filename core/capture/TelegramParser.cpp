#include "capture/TelegramParser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>
#include <functional>
#include <optional>

// Time zones (FORMATS.md 1.5): `date_unixtime` is absolute Unix time and wins;
// old exports only have `date`, the exporting computer's local time without an
// offset, which is read in ParseOptions::zone.
//
// Size (1.5: hundreds of MB, a big group's history in gigabytes): QJsonDocument
// over a whole export is slow (≈ 8 s for a million messages) and holds the file
// several times over. So a cheap tokenizer (Scanner) reads the text, whole or a
// piece at a time, twice: first to find the chats, their names and how many
// messages each has, then to cut out each message of the chat imported, which
// is parsed on its own (≈ 3× faster, and streamed). It also gives
// ChatMessage::line: the line of the message's "{".

namespace CampDesk {

namespace {

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Appends `text` with `\xNN` turned into the valid `\u00NN` and stray U+FEFF
// dropped, at the offsets in `repairs`.
void appendRepaired(QString &out, QStringView text, const QList<qsizetype> &repairs)
{
    qsizetype copied = 0;
    for (const qsizetype at : repairs) {
        out += text.sliced(copied, at - copied);
        if (text.at(at) == QChar(0xFEFF)) {
            copied = at + 1;
        } else if (at + 3 < text.size() && isHex(text.at(at + 2)) && isHex(text.at(at + 3))) {
            out += u"\\u00";
            copied = at + 2;
        } else {
            copied = at; // not `\xNN`: left for QJsonDocument to report
        }
    }
    out += text.sliced(copied);
}

// Where an object cut out of the file stood in it, to name the line and
// column of a syntax error: the line and column of its first character, and
// the lines of an emptied messages array (each at an offset of the text).
struct Place
{
    int line = 1;
    qsizetype column = 1;
    QList<std::pair<qsizetype, int>> gaps;
};

QString syntaxError(QStringView text, const Place &place, const QByteArray &json, const QJsonParseError &error)
{
    // Error offsets count UTF-8 bytes of what was parsed; a repaired escape
    // shifts the column by two, which is not worth correcting.
    const qsizetype offset = std::min(
        text.size(), QString::fromUtf8(QByteArrayView(json).first(std::clamp<qsizetype>(error.offset, 0, json.size()))).size());
    const QStringView before = text.first(offset);
    int line = place.line + int(before.count(u'\n'));
    for (const auto &[at, lines] : place.gaps) {
        if (at <= offset)
            line += lines;
    }
    const qsizetype lineStart = before.lastIndexOf(u'\n');
    const qsizetype column = lineStart < 0 ? place.column + offset : offset - lineStart;
    return QCoreApplication::translate("TelegramParser", "Line %1, column %2: this is not a valid Telegram JSON export (%3).")
        .arg(line)
        .arg(column)
        .arg(error.errorString());
}

// Parses one object cut out of the file.
Result<QJsonObject> parseObject(QStringView text, const QList<qsizetype> &repairs, const Place &place)
{
    QByteArray json;
    if (repairs.isEmpty()) {
        json = text.toUtf8();
    } else {
        QString fixed;
        fixed.reserve(text.size() + 2 * repairs.size());
        appendRepaired(fixed, text, repairs);
        json = fixed.toUtf8();
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(syntaxError(text, place, json, error));
    return document.object();
}

bool isInvisible(char16_t c)
{
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x200E || c == 0x200F || c == 0xFEFF || c == 0x00AD
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// Display names without direction marks or zero-width characters (checklist 1).
QString cleanName(QString name)
{
    bool dirty = false;
    for (QChar c : std::as_const(name)) {
        if (isInvisible(c.unicode()) || c == QChar(0x00A0) || c == QChar(0x202F)) {
            dirty = true;
            break;
        }
    }
    if (dirty) {
        name.removeIf([](QChar c) { return isInvisible(c.unicode()); });
        name.replace(QChar(0x00A0), u' ');
        name.replace(QChar(0x202F), u' ');
    }
    return name.trimmed();
}

// `from_id` is "user123…" in current exports but a bare number in old ones.
QString idText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

// `text` is a string or an array of strings and entity objects (1.4).
QString plainText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    QString text;
    const QJsonArray parts = value.toArray();
    for (const QJsonValue part : parts)
        text += part.isString() ? part.toString() : part.toObject().value(u"text").toString();
    return text;
}

QStringList memberNames(const QJsonValue &members)
{
    QStringList names;
    const QJsonArray list = members.toArray();
    for (const QJsonValue member : list) {
        // Deleted accounts are written as null: nobody to name.
        const QString name = cleanName(member.toString());
        if (!name.isEmpty())
            names.append(name);
    }
    return names;
}

int digits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const QChar c = text.at(i);
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

// Local wall time → Unix seconds in `zone`. The zone offset is cached per hour
// (when it is the same at both ends of the hour), since converting through
// QTimeZone for each of a million messages is slow.
class LocalClock final
{
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
        if (m_offset) {
            constexpr qint64 unixEpochJulianDay = 2440588;
            return (date.toJulianDay() - unixEpochJulianDay) * 86400 + time.msecsSinceStartOfDay() / 1000 - *m_offset;
        }
        return QDateTime(date, time, m_zone).toSecsSinceEpoch();
    }

private:
    QTimeZone m_zone;
    qint64 m_key = -1;
    std::optional<int> m_offset;
};

// `date`: "2023-05-01T12:01:00", local time without an offset.
std::optional<qint64> localDate(QStringView text, LocalClock &clock)
{
    if (text.size() < 19 || text.at(4) != u'-' || text.at(7) != u'-' || (text.at(10) != u'T' && text.at(10) != u' ')
        || text.at(13) != u':' || text.at(16) != u':')
        return std::nullopt;
    const QDate date(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
    const QTime time(digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return clock.toUtc(date, time);
}

std::optional<qint64> messageTime(const QJsonObject &object, LocalClock &clock)
{
    const QJsonValue unixTime = object.value(u"date_unixtime");
    if (unixTime.isString()) {
        bool ok = false;
        const qint64 seconds = unixTime.toString().toLongLong(&ok);
        if (ok)
            return seconds;
    } else if (unixTime.isDouble()) {
        return unixTime.toInteger();
    }
    return localDate(object.value(u"date").toString(), clock);
}

bool isGroupType(const QString &type)
{
    return type == u"private_group" || type == u"private_supergroup" || type == u"public_supergroup";
}

// Keys that mark a member's non-text message (1.2); such messages may carry a
// caption in `text`.
bool hasMedia(const QJsonObject &object)
{
    static const std::array<QLatin1StringView, 8> keys = {
        QLatin1StringView("photo"), QLatin1StringView("file"), QLatin1StringView("media_type"),
        QLatin1StringView("sticker_emoji"), QLatin1StringView("poll"), QLatin1StringView("location_information"),
        QLatin1StringView("contact_information"), QLatin1StringView("place_name")};
    for (QLatin1StringView key : keys) {
        if (object.contains(key))
            return true;
    }
    return false;
}

QString mediaPlaceholder(const QJsonObject &object)
{
    for (const char *key : {"photo", "file", "media_type"}) {
        const QString value = object.value(QLatin1StringView(key)).toString();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

void classifyService(const QJsonObject &object, ChatMessage &message)
{
    const QString action = object.value(u"action").toString();
    message.senderId = idText(object.value(u"actor_id"));
    message.senderName = cleanName(object.value(u"actor").toString());
    message.text = plainText(object.value(u"text"));
    if (message.text.isEmpty())
        message.text = action;
    if (action == u"invite_members" || action == u"create_group") {
        // A self-join in a supergroup is written as invite_members with the
        // actor as the only member (1.3 trap): subjects = members covers it.
        message.kind = MessageKind::Join;
        message.subjects = memberNames(object.value(u"members"));
    } else if (action == u"join_group_by_link" || action == u"join_group_by_request") {
        message.kind = MessageKind::Join;
        if (!message.senderName.isEmpty())
            message.subjects = {message.senderName};
    } else if (action == u"remove_members") {
        // A kick, or a voluntary leave when the actor removed themselves.
        message.kind = MessageKind::Leave;
        message.subjects = memberNames(object.value(u"members"));
    } else {
        message.kind = MessageKind::System;
    }
}

void classifyMessage(const QJsonObject &object, ChatMessage &message)
{
    message.senderId = idText(object.value(u"from_id"));
    message.senderName = cleanName(object.value(u"from").toString());
    message.text = plainText(object.value(u"text"));
    if (hasMedia(object)) {
        message.kind = MessageKind::Media;
        if (message.text.isEmpty())
            message.text = mediaPlaceholder(object);
    } else {
        message.kind = MessageKind::Text;
    }
}

// ---- the layout -------------------------------------------------------------

// Where a chat lies: the root object of a single-chat export, or an entry of
// chats.list (section 0) or left_chats.list (section 1) of a full-account one.
struct ChatKey
{
    int section = -1;
    int chat = -1;
    bool operator==(const ChatKey &) const = default;
};

// What the tokenizer keeps of a chat: its object with the messages array
// emptied (to read its name and type) and its messages counted.
struct ChatSeen
{
    ChatKey key;
    Place place;               // of its "{"
    QString header;            // the object, its messages array (and a root's chats) as []
    QList<qsizetype> repairs;  // in header
    bool hasMessages = false;
    bool closed = false;
    qsizetype messages = 0;
    int firstMessageLine = 0;
};

enum class Role : quint8 { Other, Root, Section, List, Chat, Messages, Message };
enum class Key : quint8 { Other, Chats, LeftChats, List, Messages };

struct Frame
{
    Role role = Role::Other;
    bool array = false;
    Key key = Key::Other; // objects: the key whose value comes next
    int section = -1;     // 0 chats, 1 left_chats; -1 the root chat
    int chat = -1;        // index in the section's list
    int index = 0;        // arrays: index of the current element
    int entry = -1;       // the ChatSeen this frame belongs to
    // Root and Chat frames: the enclosing chat's header capture, restored on close.
    int savedHeader = -1;
    qsizetype savedPause = -1;
    int savedPauseLine = 0;
};

Role childRole(const Frame &parent, bool array)
{
    switch (parent.role) {
    case Role::Root:
        if (!array && (parent.key == Key::Chats || parent.key == Key::LeftChats))
            return Role::Section;
        return array && parent.key == Key::Messages ? Role::Messages : Role::Other;
    case Role::Section:
        return array && parent.key == Key::List ? Role::List : Role::Other;
    case Role::List:
        return array ? Role::Other : Role::Chat;
    case Role::Chat:
        return array && parent.key == Key::Messages ? Role::Messages : Role::Other;
    case Role::Messages:
        return array ? Role::Other : Role::Message;
    case Role::Other:
    case Role::Message:
        break;
    }
    return Role::Other;
}

// The longest key the layout needs ("left_chats").
constexpr qsizetype KeyMax = 10;

Key keyOf(QStringView name)
{
    switch (name.size()) {
    case 4:
        return name == u"list" ? Key::List : Key::Other;
    case 5:
        return name == u"chats" ? Key::Chats : Key::Other;
    case 8:
        return name == u"messages" ? Key::Messages : Key::Other;
    case KeyMax:
        return name == u"left_chats" ? Key::LeftChats : Key::Other;
    default:
        return Key::Other;
    }
}

// A minimal JSON tokenizer fed the text a piece at a time, cut anywhere: it
// follows strings, keys and nesting only as far as needed to find the chats
// and their messages, and counts lines (ChatMessage::line is the line of a
// message's "{"). Syntax errors inside them are left to QJsonDocument. It
// notes the writer's `\x` escapes (the backslash) inside strings and stray
// U+FEFF between tokens: both make QJsonDocument fail (trap 1.5).
class Scanner final
{
public:
    using MessageUse = std::function<bool(QStringView object, const QList<qsizetype> &repairs, const Place &place)>;

    // Without `use`, the chats' headers are kept (the first pass); with it,
    // every message of the chat `captured` is given to it (the second).
    explicit Scanner(std::optional<ChatKey> captured = std::nullopt, MessageUse use = {})
        : m_captured(captured)
        , m_use(std::move(use))
        , m_keepHeaders(!m_use)
    {
    }

    // False when it stopped: the text does not start with "{", or `use` said so.
    bool feed(QStringView piece);
    // The text starts with "{" (after blanks).
    bool goodStart() const { return m_started && !m_badStart; }
    // The line of the first character that is not blank (the last line when all are).
    int startLine() const { return m_started ? m_startLine : m_line; }
    // Every string, object and array was closed.
    bool complete() const { return m_rootSeen && m_stack.isEmpty() && !m_inString; }
    int line() const { return m_line; }
    bool hasChats() const { return m_hasChats; }
    const QList<ChatSeen> &chats() const { return m_chats; }

private:
    bool headerActive() const { return m_header >= 0 && m_pause < 0; }
    void keep(QChar c)
    {
        if (m_keepHeaders && headerActive())
            m_chats[m_header].header.append(c);
    }
    qsizetype column(qsizetype i) const { return m_offset + i - m_lineStart + 1; }
    void newLine(qsizetype i)
    {
        ++m_line;
        m_lineStart = m_offset + i + 1;
    }
    int entryFor(const Frame &frame, qsizetype i);
    bool open(char16_t c, qsizetype i);
    bool close(char16_t c, qsizetype i, QStringView piece);
    // A repair at offset i of the piece, in the message being cut out and in
    // the header being kept (which has the piece up to `keptFrom`).
    void noteRepair(qsizetype i, qsizetype keptFrom);

    std::optional<ChatKey> m_captured;
    MessageUse m_use;
    bool m_keepHeaders;

    QVarLengthArray<Frame, 32> m_stack;
    QList<ChatSeen> m_chats;
    bool m_started = false;
    bool m_badStart = false;
    bool m_rootSeen = false;
    bool m_hasChats = false;
    int m_startLine = 1;
    int m_line = 1;
    qsizetype m_offset = 0;    // of the piece being fed, in the whole text
    qsizetype m_lineStart = 0; // offset of the current line's first character

    bool m_inString = false;
    bool m_escape = false;
    QString m_string;             // the string being read, while it could be a key the layout needs
    qsizetype m_stringLength = 0; // its full length
    Key m_lastKey = Key::Other;   // what the last string would be as a key

    int m_header = -1;         // the chat whose header is being kept
    qsizetype m_pause = -1;    // the depth of the frame that pauses it (its messages, a root's chats)
    int m_pauseLine = 0;

    bool m_capturing = false;  // inside a message of the captured chat
    qsizetype m_captureFrom = 0;
    QString m_message;
    QList<qsizetype> m_messageRepairs;
    Place m_messagePlace;
};

void Scanner::noteRepair(qsizetype i, qsizetype keptFrom)
{
    if (m_capturing)
        m_messageRepairs.append(m_message.size() + (i - m_captureFrom));
    if (m_keepHeaders && headerActive())
        m_chats[m_header].repairs.append(m_chats[m_header].header.size() + (i - keptFrom));
}

int Scanner::entryFor(const Frame &frame, qsizetype i)
{
    const ChatKey key{frame.section, frame.chat};
    qsizetype index = 0;
    while (index < m_chats.size() && !(m_chats.at(index).key == key))
        ++index;
    if (index == m_chats.size())
        m_chats.append(ChatSeen{});
    ChatSeen &seen = m_chats[index];
    seen = ChatSeen{};
    seen.key = key;
    seen.place = {m_line, column(i), {}};
    return int(index);
}

bool Scanner::open(char16_t c, qsizetype i)
{
    Frame frame;
    frame.array = c == u'[';
    if (m_stack.isEmpty()) {
        frame.role = !frame.array && !m_rootSeen ? Role::Root : Role::Other;
        m_rootSeen = true;
    } else {
        const Frame &parent = m_stack.last();
        frame.role = childRole(parent, frame.array);
        frame.section = parent.section;
        frame.chat = parent.chat;
        frame.entry = parent.entry;
        if (frame.role == Role::Section) {
            frame.section = parent.key == Key::Chats ? 0 : 1;
            m_hasChats = true;
        } else if (frame.role == Role::Chat) {
            frame.chat = parent.index;
        }
    }
    if (frame.role == Role::Root || frame.role == Role::Chat) {
        frame.entry = entryFor(frame, i);
        frame.savedHeader = m_header;
        frame.savedPause = m_pause;
        frame.savedPauseLine = m_pauseLine;
        m_header = frame.entry;
        m_pause = -1;
        m_stack.append(frame);
        keep(QChar(c));
        return true;
    }
    if (frame.role == Role::Messages && frame.entry >= 0) {
        m_chats[frame.entry].hasMessages = true;
    } else if (frame.role == Role::Message && frame.entry >= 0) {
        ChatSeen &seen = m_chats[frame.entry];
        if (seen.messages++ == 0)
            seen.firstMessageLine = m_line;
        if (m_captured && *m_captured == seen.key) {
            m_capturing = true;
            m_captureFrom = i;
            m_message.truncate(0); // keeps its capacity for the next message
            m_messageRepairs.clear();
            m_messagePlace = {m_line, column(i), {}};
        }
    }
    m_stack.append(frame);
    keep(QChar(c));
    if ((frame.role == Role::Messages || frame.role == Role::Section) && headerActive()) {
        m_pause = m_stack.size();
        m_pauseLine = m_line;
    }
    return true;
}

bool Scanner::close(char16_t c, qsizetype i, QStringView piece)
{
    // Any closing bracket closes the last open one; a broken file's mismatch
    // is QJsonDocument's to report.
    if (m_stack.isEmpty())
        return true;
    const qsizetype depth = m_stack.size();
    const Frame frame = m_stack.last();
    m_stack.removeLast();
    if (frame.role == Role::Root || frame.role == Role::Chat) {
        keep(QChar(c));
        m_chats[frame.entry].closed = true;
        m_header = frame.savedHeader;
        m_pause = frame.savedPause;
        m_pauseLine = frame.savedPauseLine;
        return true;
    }
    if (depth == m_pause) {
        m_pause = -1;
        keep(QChar(c));
        if (m_keepHeaders && m_line > m_pauseLine)
            m_chats[m_header].place.gaps.append({m_chats[m_header].header.size(), m_line - m_pauseLine});
    } else {
        keep(QChar(c));
    }
    if (frame.role == Role::Message && m_capturing) {
        m_message.append(piece.sliced(m_captureFrom, i + 1 - m_captureFrom));
        m_capturing = false;
        return m_use(m_message, m_messageRepairs, m_messagePlace);
    }
    return true;
}

bool Scanner::feed(QStringView piece)
{
    const qsizetype size = piece.size();
    const QChar *data = piece.data();
    m_captureFrom = 0;
    qsizetype i = 0;
    while (i < size) {
        if (m_inString) {
            // On to the closing quote, or to the end of the piece.
            const qsizetype from = i;
            bool closed = false;
            for (; i < size; ++i) {
                const char16_t s = data[i].unicode();
                if (m_escape) {
                    m_escape = false;
                    if (s == u'x')
                        noteRepair(i - 1, from);
                    else if (s == u'\n')
                        newLine(i);
                } else if (s == u'"') {
                    closed = true;
                    break;
                } else if (s == u'\\') {
                    m_escape = true;
                } else if (s == u'\n') {
                    newLine(i);
                }
            }
            const QStringView part = piece.sliced(from, i - from);
            if (m_stringLength + part.size() <= KeyMax)
                m_string.append(part);
            m_stringLength += part.size();
            if (m_keepHeaders && headerActive())
                m_chats[m_header].header.append(piece.sliced(from, (closed ? i + 1 : i) - from));
            if (!closed)
                break;
            m_inString = false;
            m_lastKey = m_stringLength <= KeyMax ? keyOf(m_string) : Key::Other;
            ++i;
            continue;
        }
        const char16_t c = data[i].unicode();
        if (!m_started) {
            if (c == u'\n') {
                newLine(i++);
                continue;
            }
            if (QChar(c).isSpace() || c == 0xFEFF) {
                ++i;
                continue;
            }
            m_started = true;
            m_startLine = m_line;
            if (c != u'{') {
                m_badStart = true;
                return false;
            }
        }
        switch (c) {
        case u'\n':
            newLine(i);
            keep(QChar(c));
            // Indentation is a good part of these files: skip it in one go.
            if (!(m_keepHeaders && headerActive())) {
                while (i + 1 < size && data[i + 1] == u' ')
                    ++i;
            }
            break;
        case u'"':
            m_inString = true;
            m_string.truncate(0);
            m_stringLength = 0;
            keep(QChar(c));
            break;
        case u':':
            if (!m_stack.isEmpty() && !m_stack.last().array)
                m_stack.last().key = m_lastKey;
            keep(QChar(c));
            break;
        case u',':
            if (!m_stack.isEmpty() && m_stack.last().array)
                ++m_stack.last().index;
            keep(QChar(c));
            break;
        case u'{':
        case u'[':
            open(c, i);
            break;
        case u'}':
        case u']':
            if (!close(c, i, piece))
                return false;
            break;
        case 0xFEFF:
            noteRepair(i, i);
            keep(QChar(c));
            break;
        default:
            keep(QChar(c));
            break;
        }
        ++i;
    }
    if (m_capturing)
        m_message.append(piece.sliced(m_captureFrom));
    m_offset += size;
    return true;
}

struct Chat
{
    const ChatSeen *seen = nullptr;
    QString name;
};

// The chat object without its messages: name, type, id.
Result<QJsonObject> chatHeader(const ChatSeen &chat)
{
    return parseObject(chat.header, chat.repairs, chat.place);
}

// The full-account shape (1.1): the camp importer takes one group chat at a
// time, so the group with the most messages is chosen and the others named in
// warnings.
Result<Chat> chooseGroup(const QList<ChatSeen> &chats, QList<ParseWarning> &warnings)
{
    QList<const ChatSeen *> sections;
    for (const ChatSeen &chat : chats) {
        if (chat.key.section >= 0 && chat.closed)
            sections.append(&chat);
    }
    std::sort(sections.begin(), sections.end(), [](const ChatSeen *a, const ChatSeen *b) {
        return std::pair(a->key.section, a->key.chat) < std::pair(b->key.section, b->key.chat);
    });
    QList<Chat> groups;
    QList<Chat> untyped;
    for (const ChatSeen *chat : sections) {
        auto header = chatHeader(*chat);
        if (!header)
            return std::unexpected(header.error());
        const QString type = header->value(u"type").toString();
        const Chat entry{chat, cleanName(header->value(u"name").toString())};
        if (isGroupType(type))
            groups.append(entry);
        else if (type.isEmpty()) // trimmed or very old exports carry no type: taken when no chat is a typed group
            untyped.append(entry);
    }
    const QList<Chat> &candidates = groups.isEmpty() ? untyped : groups;
    if (candidates.isEmpty())
        return fail(QCoreApplication::translate("TelegramParser",
                                                "The Telegram export contains no group chat, only personal chats or channels."));
    qsizetype best = 0;
    for (qsizetype i = 1; i < candidates.size(); ++i) {
        if (candidates.at(i).seen->messages > candidates.at(best).seen->messages)
            best = i;
    }
    const QString unnamed = QCoreApplication::translate("TelegramParser", "(no name)");
    const Chat &chosen = candidates.at(best);
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        if (i == best)
            continue;
        const Chat &skipped = candidates.at(i);
        const int line = skipped.seen->place.line;
        warnings.append({line, QCoreApplication::translate("TelegramParser",
                                                           "Line %1: skipped the group “%2” (%3 messages); one group is "
                                                           "imported at a time and “%4” has the most messages.")
                                   .arg(line)
                                   .arg(skipped.name.isEmpty() ? unnamed : skipped.name)
                                   .arg(skipped.seen->messages)
                                   .arg(chosen.name.isEmpty() ? unnamed : chosen.name)});
    }
    return chosen;
}

} // namespace

bool TelegramParser::sniff(QStringView head)
{
    qsizetype start = 0;
    while (start < head.size() && (head.at(start).isSpace() || head.at(start) == QChar(0xFEFF)))
        ++start;
    if (start >= head.size() || head.at(start) != u'{')
        return false;
    // DiscordChatExporter JSON is an object with messages too; its "guild" key
    // is unmistakable (inside a Telegram string the quotes would be escaped).
    static const QRegularExpression discord(QStringLiteral(R"("guild"\s*:)"));
    if (discord.match(head).hasMatch())
        return false;
    static const QRegularExpression telegram(QStringLiteral(
        R"re("type"\s*:\s*"(?:message|service)"|"(?:date_unixtime|from_id|text_entities|left_chats|personal_information|)re"
        R"re(frequent_contacts|profile_pictures)"\s*:|"(?:chats|contacts)"\s*:\s*\{\s*"(?:about|list)")re"));
    return telegram.match(head).hasMatch();
}

Result<ParseReport> TelegramParser::parse(QStringView text, const ParseOptions &options, const MessageSink &sink)
{
    const PieceReader whole = [text](const std::function<bool(QStringView, double)> &use) -> Result<void> {
        use(text, 1.0);
        return {};
    };
    return parsePieces(whole, options, sink);
}

Result<ParseReport> TelegramParser::parsePieces(const PieceReader &read, const ParseOptions &options,
                                                const MessageSink &sink)
{
    // The first pass finds the chats, their names and types and how many
    // messages each has (a fifth of the progress); the second parses the
    // messages of the one imported.
    constexpr double FirstPass = 0.2;
    ParseReport report;
    Scanner layout;
    bool cancelled = false;
    auto scanned = read([&](QStringView piece, double fraction) {
        if (options.progress && !options.progress(FirstPass * fraction)) {
            cancelled = true;
            return false;
        }
        return layout.feed(piece);
    });
    if (!scanned)
        return std::unexpected(scanned.error());
    if (cancelled) {
        report.cancelled = true;
        return report;
    }
    if (!layout.goodStart())
        return fail(QCoreApplication::translate("TelegramParser",
                                                "Line %1: expected a Telegram JSON export (result.json) starting with “{”.")
                        .arg(layout.startLine()));
    if (!layout.complete())
        return fail(QCoreApplication::translate("TelegramParser",
                                                "Line %1: the JSON ends before every string, object and array is closed; "
                                                "is the file complete?")
                        .arg(layout.line()));

    const QList<ChatSeen> &chats = layout.chats();
    const auto root = std::find_if(chats.cbegin(), chats.cend(),
                                   [](const ChatSeen &chat) { return chat.key == ChatKey{}; });
    Chat chat;
    if (root != chats.cend() && root->hasMessages) {
        auto header = chatHeader(*root);
        if (!header)
            return std::unexpected(header.error());
        chat = Chat{&*root, cleanName(header->value(u"name").toString())};
    } else if (layout.hasChats()) {
        auto chosen = chooseGroup(chats, report.warnings);
        if (!chosen)
            return std::unexpected(chosen.error());
        chat = *chosen;
    } else {
        return fail(QCoreApplication::translate("TelegramParser",
                                                "Line %1: expected a Telegram export: an object with “messages” or “chats”.")
                        .arg(layout.startLine()));
    }
    report.chatName = chat.name;

    const qsizetype total = chat.seen->messages;
    LocalClock clock(options.zone);
    qsizetype telegramTypes = 0;
    qsizetype index = 0;
    std::optional<QString> failure;
    Scanner messages(chat.seen->key, [&](QStringView text, const QList<qsizetype> &repairs, const Place &place) {
        if (options.progress && index % 4096 == 0 && index > 0
            && !options.progress(FirstPass + (1.0 - FirstPass) * double(index) / double(total))) {
            report.cancelled = true;
            return false;
        }
        ++index;
        const auto parsed = parseObject(text, repairs, place);
        if (!parsed) {
            failure = parsed.error().message;
            return false;
        }
        const QJsonObject &object = *parsed;
        const QString type = object.value(u"type").toString();
        const bool isMessage = type == u"message";
        const bool isService = type == u"service";
        if (!isMessage && !isService) {
            // `unsupported` objects carry only id and type: nothing to count.
            if (type == u"unsupported")
                ++telegramTypes;
            return true;
        }
        ++telegramTypes;
        const auto time = messageTime(object, clock);
        if (!time) {
            report.warnings.append({place.line, QCoreApplication::translate("TelegramParser",
                                                                            "Line %1: the message has no readable date; "
                                                                            "skipped.")
                                                    .arg(place.line)});
            return true;
        }
        ChatMessage message;
        message.time = *time;
        message.line = place.line;
        const QJsonValue id = object.value(u"id");
        if (!id.isUndefined())
            message.sourceId = idText(id);
        if (isService)
            classifyService(object, message);
        else
            classifyMessage(object, message);
        ++report.messages;
        if (!sink(std::move(message))) {
            report.cancelled = true;
            return false;
        }
        return true;
    });
    auto parsed = read([&messages](QStringView piece, double) { return messages.feed(piece); });
    if (!parsed)
        return std::unexpected(parsed.error());
    if (failure)
        return fail(*failure);
    if (report.cancelled)
        return report;
    if (total > 0 && telegramTypes == 0)
        return fail(QCoreApplication::translate("TelegramParser",
                                                "Line %1: expected Telegram messages of type “message” or “service”.")
                        .arg(chat.seen->firstMessageLine));
    if (options.progress)
        options.progress(1.0);
    return report;
}

} // namespace CampDesk
