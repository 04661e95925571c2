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
#include <array>
#include <optional>

// Time zones (FORMATS.md 1.5): `date_unixtime` is absolute Unix time and wins;
// old exports only have `date`, the exporting computer's local time without an
// offset, which is read in ParseOptions::zone.
//
// Size (1.5: hundreds of MB): QJsonDocument over a whole export is slow (≈ 8 s
// for a million messages) and holds the file several times over. So one cheap
// tokenizing pass (scanLayout) finds where each chat and message object starts
// and ends, and each message is parsed on its own (≈ 3× faster, and streamed).
// That pass also gives ChatMessage::line: the line of the message's "{".

namespace CampDesk {

namespace {

struct MessageSpan
{
    qsizetype begin = 0; // offset of the "{"
    qsizetype end = 0;   // one past the "}"
    int line = 0;
};

struct ChatLayout
{
    int line = 0;                 // line of the chat object's "{"
    qsizetype begin = -1;         // the chat object, "{" … "}" inclusive
    qsizetype end = -1;
    qsizetype messagesBegin = -1; // its "messages" array, "[" … "]" inclusive
    qsizetype messagesEnd = -1;
    QList<MessageSpan> messages;
};

struct Layout
{
    ChatLayout root;                           // a single-chat export is the root object
    std::array<QList<ChatLayout>, 2> sections; // full-account export: chats.list, left_chats.list
    bool hasChats = false;                     // the root has a "chats" or "left_chats" object
    bool complete = false;                     // every string, object and array was closed
    int lastLine = 1;
    // Offsets of the writer's `\x` escapes (the backslash) inside strings and of
    // stray U+FEFF between tokens: both make QJsonDocument fail (trap 1.5).
    QList<qsizetype> repairs;
};

enum class Role : quint8 { Other, Root, Section, List, Chat, Messages, Message };

struct Frame
{
    Role role = Role::Other;
    bool array = false;
    int section = -1; // 0 chats, 1 left_chats; -1 the root chat
    int chat = -1;    // index in the section's list
    int index = 0;    // arrays: index of the current element
    int line = 0;
    qsizetype begin = 0;
    QStringView key; // objects: the key whose value comes next
};

ChatLayout &chatLayout(Layout &layout, const Frame &frame)
{
    if (frame.section < 0)
        return layout.root;
    QList<ChatLayout> &list = layout.sections.at(frame.section);
    if (list.size() <= frame.chat)
        list.resize(frame.chat + 1);
    return list[frame.chat];
}

Role childRole(const Frame &parent, bool array)
{
    switch (parent.role) {
    case Role::Root:
        if (!array && (parent.key == u"chats" || parent.key == u"left_chats"))
            return Role::Section;
        return array && parent.key == u"messages" ? Role::Messages : Role::Other;
    case Role::Section:
        return array && parent.key == u"list" ? Role::List : Role::Other;
    case Role::List:
        return array ? Role::Other : Role::Chat;
    case Role::Chat:
        return array && parent.key == u"messages" ? Role::Messages : Role::Other;
    case Role::Messages:
        return array ? Role::Other : Role::Message;
    case Role::Other:
    case Role::Message:
        break;
    }
    return Role::Other;
}

// A minimal JSON tokenizer: it follows strings, keys and nesting only as far as
// needed to find the chats and messages. Syntax errors inside them are left to
// QJsonDocument to report.
Layout scanLayout(QStringView text)
{
    Layout layout;
    QVarLengthArray<Frame, 32> stack;
    QStringView lastString;
    bool rootSeen = false;
    bool openString = false;
    int line = 1;
    const qsizetype size = text.size();
    const QChar *data = text.data();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = data[i].unicode();
        switch (c) {
        case u'\n':
            ++line;
            // Indentation is a good part of these files: skip it in one go.
            while (i + 1 < size && data[i + 1] == u' ')
                ++i;
            break;
        case u'"': {
            const qsizetype start = i + 1;
            for (++i; i < size; ++i) {
                const char16_t s = data[i].unicode();
                if (s == u'"')
                    break;
                if (s == u'\n') {
                    ++line;
                } else if (s == u'\\' && i + 1 < size) {
                    ++i;
                    if (data[i] == u'x')
                        layout.repairs.append(i - 1);
                    else if (data[i] == u'\n')
                        ++line;
                }
            }
            openString = i >= size;
            lastString = text.sliced(start, std::min(i, size) - start);
            break;
        }
        case u':':
            if (!stack.isEmpty() && !stack.last().array)
                stack.last().key = lastString;
            break;
        case u',':
            if (!stack.isEmpty() && stack.last().array)
                ++stack.last().index;
            break;
        case u'{':
        case u'[': {
            Frame frame;
            frame.array = c == u'[';
            frame.begin = i;
            frame.line = line;
            if (stack.isEmpty()) {
                frame.role = !frame.array && !rootSeen ? Role::Root : Role::Other;
                rootSeen = true;
            } else {
                const Frame &parent = stack.last();
                frame.role = childRole(parent, frame.array);
                frame.section = parent.section;
                frame.chat = parent.chat;
                if (frame.role == Role::Section) {
                    frame.section = parent.key == u"chats" ? 0 : 1;
                    layout.hasChats = true;
                } else if (frame.role == Role::Chat) {
                    frame.chat = parent.index;
                }
            }
            if (frame.role == Role::Root || frame.role == Role::Chat) {
                ChatLayout &chat = chatLayout(layout, frame);
                chat.line = line;
                chat.begin = i;
            } else if (frame.role == Role::Messages) {
                chatLayout(layout, frame).messagesBegin = i;
            }
            stack.append(frame);
            break;
        }
        case u'}':
        case u']':
            if (!stack.isEmpty()) {
                const Frame frame = stack.last();
                stack.removeLast();
                if (frame.role == Role::Root || frame.role == Role::Chat)
                    chatLayout(layout, frame).end = i + 1;
                else if (frame.role == Role::Messages)
                    chatLayout(layout, frame).messagesEnd = i + 1;
                else if (frame.role == Role::Message)
                    chatLayout(layout, frame).messages.append({frame.begin, i + 1, frame.line});
            }
            break;
        case 0xFEFF:
            layout.repairs.append(i);
            break;
        default:
            break;
        }
    }
    layout.complete = rootSeen && stack.isEmpty() && !openString;
    layout.lastLine = line;
    return layout;
}

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Appends text[begin, end) with `\xNN` turned into the valid `\u00NN` and stray
// U+FEFF dropped.
void appendRepaired(QString &out, QStringView text, qsizetype begin, qsizetype end, const QList<qsizetype> &repairs)
{
    qsizetype copied = begin;
    for (auto it = std::lower_bound(repairs.begin(), repairs.end(), begin); it != repairs.end() && *it < end; ++it) {
        const qsizetype at = *it;
        out += text.sliced(copied, at - copied);
        if (text.at(at) == QChar(0xFEFF)) {
            copied = at + 1;
        } else if (at + 3 < end && isHex(text.at(at + 2)) && isHex(text.at(at + 3))) {
            out += u"\\u00";
            copied = at + 2;
        } else {
            copied = at; // not `\xNN`: left for QJsonDocument to report
        }
    }
    out += text.sliced(copied, end - copied);
}

bool needsRepair(qsizetype begin, qsizetype end, const QList<qsizetype> &repairs)
{
    const auto it = std::lower_bound(repairs.begin(), repairs.end(), begin);
    return it != repairs.end() && *it < end;
}

// A piece of the text handed to QJsonDocument, to map its error offsets back.
struct Piece
{
    qsizetype begin = 0;
    qsizetype end = 0;
};

QString syntaxError(QStringView text, const QList<Piece> &pieces, const QByteArray &json, const QJsonParseError &error)
{
    // Error offsets count UTF-8 bytes of what was parsed; a repaired escape
    // shifts the column by two, which is not worth correcting.
    qsizetype offset = QString::fromUtf8(QByteArrayView(json).first(std::clamp<qsizetype>(error.offset, 0, json.size()))).size();
    qsizetype absolute = text.size();
    for (const Piece &piece : pieces) {
        if (offset <= piece.end - piece.begin) {
            absolute = piece.begin + offset;
            break;
        }
        offset -= piece.end - piece.begin + 2; // the "[]" standing for the messages left out
    }
    const QStringView before = text.first(std::min(absolute, text.size()));
    const int line = int(before.count(u'\n')) + 1;
    const qsizetype column = before.size() - (before.lastIndexOf(u'\n') + 1) + 1;
    return QCoreApplication::translate("TelegramParser", "Line %1, column %2: this is not a valid Telegram JSON export (%3).")
        .arg(line)
        .arg(column)
        .arg(error.errorString());
}

// Parses one object of the file given as pieces (joined by "[]").
Result<QJsonObject> parseObject(QStringView text, const QList<Piece> &pieces, const QList<qsizetype> &repairs)
{
    QByteArray json;
    if (pieces.size() == 1 && !needsRepair(pieces.first().begin, pieces.first().end, repairs)) {
        json = text.sliced(pieces.first().begin, pieces.first().end - pieces.first().begin).toUtf8();
    } else {
        QString fixed;
        for (const Piece &piece : pieces) {
            if (!fixed.isEmpty())
                fixed += u"[]";
            appendRepaired(fixed, text, piece.begin, piece.end, repairs);
        }
        json = fixed.toUtf8();
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(syntaxError(text, pieces, json, error));
    return document.object();
}

// The chat object without its messages: name, type, id.
Result<QJsonObject> chatHeader(QStringView text, const ChatLayout &chat, const QList<qsizetype> &repairs)
{
    // The scanner pairs any closing bracket with the last open one, so in a
    // broken file (`{"list":[{"messages":[}}{]}`) the messages can lie outside
    // the object; cutting them out would slice backwards. Parse it whole then.
    const bool messagesInside = chat.begin < chat.messagesBegin && chat.messagesBegin < chat.messagesEnd
                                && chat.messagesEnd < chat.end;
    if (chat.messagesBegin < 0 || chat.messagesEnd < 0 || !messagesInside)
        return parseObject(text, {{chat.begin, chat.end}}, repairs);
    return parseObject(text, {{chat.begin, chat.messagesBegin}, {chat.messagesEnd, chat.end}}, repairs);
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

struct Chat
{
    const ChatLayout *layout = nullptr;
    QString name;
};

// The full-account shape (1.1): the camp importer takes one group chat at a
// time, so the group with the most messages is chosen and the others named in
// warnings.
Result<Chat> chooseGroup(QStringView text, const Layout &layout, QList<ParseWarning> &warnings)
{
    QList<Chat> groups;
    QList<Chat> untyped;
    for (const QList<ChatLayout> &section : layout.sections) {
        for (const ChatLayout &chat : section) {
            if (chat.begin < 0 || chat.end < 0)
                continue;
            auto header = chatHeader(text, chat, layout.repairs);
            if (!header)
                return std::unexpected(header.error());
            const QString type = header->value(u"type").toString();
            const Chat entry{&chat, cleanName(header->value(u"name").toString())};
            if (isGroupType(type))
                groups.append(entry);
            else if (type.isEmpty()) // trimmed or very old exports carry no type: taken when no chat is a typed group
                untyped.append(entry);
        }
    }
    const QList<Chat> &candidates = groups.isEmpty() ? untyped : groups;
    if (candidates.isEmpty())
        return fail(QCoreApplication::translate("TelegramParser",
                                                "The Telegram export contains no group chat, only personal chats or channels."));
    qsizetype best = 0;
    for (qsizetype i = 1; i < candidates.size(); ++i) {
        if (candidates.at(i).layout->messages.size() > candidates.at(best).layout->messages.size())
            best = i;
    }
    const QString unnamed = QCoreApplication::translate("TelegramParser", "(no name)");
    const Chat &chosen = candidates.at(best);
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        if (i == best)
            continue;
        const Chat &skipped = candidates.at(i);
        const int line = skipped.layout->line;
        warnings.append({line, QCoreApplication::translate("TelegramParser",
                                                           "Line %1: skipped the group “%2” (%3 messages); one group is "
                                                           "imported at a time and “%4” has the most messages.")
                                   .arg(line)
                                   .arg(skipped.name.isEmpty() ? unnamed : skipped.name)
                                   .arg(skipped.layout->messages.size())
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
    qsizetype first = 0;
    while (first < text.size() && (text.at(first).isSpace() || text.at(first) == QChar(0xFEFF)))
        ++first;
    const int firstLine = int(text.first(first).count(u'\n')) + 1;
    if (first >= text.size() || text.at(first) != u'{')
        return fail(QCoreApplication::translate("TelegramParser",
                                                "Line %1: expected a Telegram JSON export (result.json) starting with “{”.")
                        .arg(firstLine));

    const Layout layout = scanLayout(text);
    if (!layout.complete)
        return fail(QCoreApplication::translate("TelegramParser",
                                                "Line %1: the JSON ends before every string, object and array is closed; "
                                                "is the file complete?")
                        .arg(layout.lastLine));

    ParseReport report;
    Chat chat;
    if (layout.root.messagesBegin >= 0) {
        auto header = chatHeader(text, layout.root, layout.repairs);
        if (!header)
            return std::unexpected(header.error());
        chat = Chat{&layout.root, cleanName(header->value(u"name").toString())};
    } else if (layout.hasChats) {
        auto chosen = chooseGroup(text, layout, report.warnings);
        if (!chosen)
            return std::unexpected(chosen.error());
        chat = *chosen;
    } else {
        return fail(QCoreApplication::translate("TelegramParser",
                                                "Line %1: expected a Telegram export: an object with “messages” or “chats”.")
                        .arg(firstLine));
    }
    report.chatName = chat.name;

    const QList<MessageSpan> &spans = chat.layout->messages;
    const qsizetype total = spans.size();
    LocalClock clock(options.zone);
    qsizetype telegramTypes = 0;
    for (qsizetype i = 0; i < total; ++i) {
        if (options.progress && i % 4096 == 0 && i > 0 && !options.progress(double(i) / double(total))) {
            report.cancelled = true;
            return report;
        }
        const MessageSpan &span = spans.at(i);
        const auto parsed = parseObject(text, {{span.begin, span.end}}, layout.repairs);
        if (!parsed)
            return std::unexpected(parsed.error());
        const QJsonObject &object = *parsed;
        const QString type = object.value(u"type").toString();
        const bool isMessage = type == u"message";
        const bool isService = type == u"service";
        if (!isMessage && !isService) {
            // `unsupported` objects carry only id and type: nothing to count.
            if (type == u"unsupported")
                ++telegramTypes;
            continue;
        }
        ++telegramTypes;
        const auto time = messageTime(object, clock);
        if (!time) {
            report.warnings.append({span.line, QCoreApplication::translate("TelegramParser",
                                                                           "Line %1: the message has no readable date; "
                                                                           "skipped.")
                                                   .arg(span.line)});
            continue;
        }
        ChatMessage message;
        message.time = *time;
        message.line = span.line;
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
            return report;
        }
    }
    if (total > 0 && telegramTypes == 0)
        return fail(QCoreApplication::translate("TelegramParser",
                                                "Line %1: expected Telegram messages of type “message” or “service”.")
                        .arg(spans.constFirst().line));
    if (options.progress)
        options.progress(1.0);
    return report;
}

} // namespace CampDesk
