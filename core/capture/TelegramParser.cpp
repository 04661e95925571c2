#include "core/capture/TelegramParser.h"

#include "core/capture/ChatChoice.h"
#include "core/capture/ChatText.h"
#include "core/capture/JsonPieceScanner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <functional>
#include <optional>

// Time zones (FORMATS.md 1.5): `date_unixtime` is absolute Unix time and wins;
// old exports only have `date`, the exporting computer's local time without an
// offset, which is read in ParseOptions::zone.
//
// Size (1.5: hundreds of MB, a big group's history in gigabytes): QJsonDocument
// over a whole export is slow (≈ 8 s for a million messages) and holds the file
// several times over. So a cheap tokenizer (JsonPieceScanner) reads the text,
// whole or a piece at a time, twice: first to find the chats, their names and
// how many messages each has, then to cut out each message of the chat
// imported, which is parsed on its own (≈ 3× faster, and streamed). It also
// gives ChatMessage::line: the line of the message's "{".

namespace CampDesk {

namespace {

using ChatText::plainName;

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
        const QString name = plainName(member.toString());
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
    static const std::array<QLatin1StringView, 8> keys = {QLatin1StringView("photo"),
                                                          QLatin1StringView("file"),
                                                          QLatin1StringView("media_type"),
                                                          QLatin1StringView("sticker_emoji"),
                                                          QLatin1StringView("poll"),
                                                          QLatin1StringView("location_information"),
                                                          QLatin1StringView("contact_information"),
                                                          QLatin1StringView("place_name")};
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
    message.senderName = plainName(object.value(u"actor").toString());
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
    message.senderName = plainName(object.value(u"from").toString());
    message.text = plainText(object.value(u"text"));
    if (hasMedia(object)) {
        message.kind = MessageKind::Media;
        if (message.text.isEmpty())
            message.text = mediaPlaceholder(object);
    } else {
        message.kind = MessageKind::Text;
    }
}

struct Chat {
    const JsonChatSeen *seen = nullptr;
    QString name;
};

QString syntaxError(int line, qsizetype column, const QString &error)
{
    return QCoreApplication::translate("TelegramParser",
                                       "Line %1, column %2: this is not a valid Telegram JSON export (%3).")
        .arg(line)
        .arg(column)
        .arg(error);
}

// The chat object without its messages: name, type, id.
Result<QJsonObject> chatHeader(const JsonChatSeen &chat)
{
    return parseJsonObject(chat.header, chat.repairs, chat.place, &syntaxError);
}

// The full-account shape (1.1): the camp importer takes one group chat at a
// time, the one the operator names (ChatChoice); the other groups are named
// in warnings, so that what was left out is said.
Result<Chat> chooseGroup(const QList<JsonChatSeen> &chats, const ParseOptions &options, QList<ParseWarning> &warnings)
{
    QList<const JsonChatSeen *> sections;
    for (const JsonChatSeen &chat : chats) {
        if (chat.key.section >= 0 && chat.closed)
            sections.append(&chat);
    }
    std::sort(sections.begin(), sections.end(), [](const JsonChatSeen *a, const JsonChatSeen *b) {
        return std::pair(a->key.section, a->key.chat) < std::pair(b->key.section, b->key.chat);
    });
    QList<Chat> groups;
    QList<Chat> untyped;
    for (const JsonChatSeen *chat : sections) {
        auto header = chatHeader(*chat);
        if (!header)
            return std::unexpected(header.error());
        const QString type = header->value(u"type").toString();
        const Chat entry {chat, plainName(header->value(u"name").toString())};
        if (isGroupType(type))
            groups.append(entry);
        else if (type.isEmpty()) // trimmed or very old exports carry no type: taken when no chat is a typed group
            untyped.append(entry);
    }
    const QList<Chat> &candidates = groups.isEmpty() ? untyped : groups;
    if (candidates.isEmpty())
        return fail(QCoreApplication::translate(
            "TelegramParser", "The Telegram export contains no group chat, only personal chats or channels."));
    QList<ChatCandidate> choices;
    for (const Chat &candidate : candidates)
        choices.append({candidate.name, int(candidate.seen->messages)});
    const auto chosen = ChatChoice::choose(choices, options);
    if (!chosen)
        return std::unexpected(chosen.error());
    const QString unnamed = QCoreApplication::translate("TelegramParser", "(no name)");
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        if (i == *chosen)
            continue;
        const Chat &skipped = candidates.at(i);
        const int line = skipped.seen->place.line;
        warnings.append({line,
                         QCoreApplication::translate("TelegramParser",
                                                     "Line %1: the group “%2” (%3 messages) was not imported; "
                                                     "this import takes “%4”.")
                             .arg(line)
                             .arg(skipped.name.isEmpty() ? unnamed : skipped.name)
                             .arg(skipped.seen->messages)
                             .arg(candidates.at(*chosen).name.isEmpty() ? unnamed : candidates.at(*chosen).name)});
    }
    return candidates.at(*chosen);
}

} // namespace

bool TelegramParser::sniff(QStringView head)
{
    if (!ChatText::startsWithAfterBlank(head, u'{'))
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
    return parsePieces(wholeText(text), options, sink);
}

Result<ParseReport> TelegramParser::parsePieces(const PieceReader &read, const ParseOptions &options,
                                                const MessageSink &sink)
{
    // The first pass finds the chats, their names and types and how many
    // messages each has (a fifth of the progress); the second parses the
    // messages of the one imported.
    constexpr double FirstPass = 0.2;
    ParseReport report;
    JsonPieceScanner layout(JsonRepairs::WriterSlips);
    const auto scanned = scanPieces(layout, read, options.progress, FirstPass);
    if (!scanned)
        return std::unexpected(scanned.error());
    if (!*scanned) {
        report.cancelled = true;
        return report;
    }
    if (!layout.goodStart())
        return fail(QCoreApplication::translate(
                        "TelegramParser", "Line %1: expected a Telegram JSON export (result.json) starting with “{”.")
                        .arg(layout.startLine()));
    if (!layout.complete())
        return fail(
            QCoreApplication::translate("TelegramParser",
                                        "Line %1: the JSON ends before every string, object and array is closed; "
                                        "is the file complete?")
                .arg(layout.line()));

    const QList<JsonChatSeen> &chats = layout.chats();
    const auto root = std::find_if(chats.cbegin(), chats.cend(),
                                   [](const JsonChatSeen &chat) { return chat.key == JsonChatKey {}; });
    Chat chat;
    if (root != chats.cend() && root->hasMessages) {
        auto header = chatHeader(*root);
        if (!header)
            return std::unexpected(header.error());
        chat = Chat {&*root, plainName(header->value(u"name").toString())};
        // A one-chat export named other than the chat asked for is not that chat.
        if (auto named = ChatChoice::choose({{chat.name, int(root->messages)}}, options); !named)
            return std::unexpected(named.error());
    } else if (layout.hasChats()) {
        auto chosen = chooseGroup(chats, options, report.warnings);
        if (!chosen)
            return std::unexpected(chosen.error());
        chat = *chosen;
    } else {
        return fail(QCoreApplication::translate(
                        "TelegramParser", "Line %1: expected a Telegram export: an object with “messages” or “chats”.")
                        .arg(layout.startLine()));
    }
    report.chatName = chat.name;

    const qsizetype total = chat.seen->messages;
    LocalClock clock(options.zone);
    qsizetype telegramTypes = 0;
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
            report.warnings.append({place.line,
                                    QCoreApplication::translate("TelegramParser",
                                                                "Line %1: the message has no readable date; "
                                                                "skipped.")
                                        .arg(place.line),
                                    1});
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
    };
    JsonPieceScanner messages(JsonRepairs::WriterSlips, chat.seen->key, useMessage);
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
