#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace CampDesk {

enum class ChatFormat {
    WhatsApp, // WhatsApp "Export chat" .txt (Android and iOS)
    TelegramJson, // Telegram Desktop result.json (single chat or full account)
    QQText, // classic PC QQ message manager .txt
    WeChatMemoTraceCsv, // MemoTrace / WeChatMsg CSV
    WeChatMemoTraceText, // MemoTrace / WeChatMsg TXT
    WeChatPyWxDumpCsv, // PyWxDump CSV, old and new layouts
    DiscordJson, // DiscordChatExporter JSON
    DiscordCsv, // DiscordChatExporter CSV (all date generations)
};

namespace ChatFormats {
QList<ChatFormat> all();
QString key(ChatFormat format); // "whatsapp", "telegram", "qq", …
std::optional<ChatFormat> fromKey(const QString &key);
QString displayName(ChatFormat format); // translated
QString platform(ChatFormat format); // the ChatId platform: "whatsapp", "telegram", "qq", "wechat", "discord"
QString platformName(const QString &platform); // translated: "WeChat" / "微信"; an unknown key as it is
// Whether the format's message ids name one message for good (ChatFormatDescriptor).
bool idsNameOneMessage(ChatFormat format);
// Whether the format's message ids are the exporting computer's (ChatFormatDescriptor).
bool idsAreLocal(ChatFormat format);
// Whether a file of the format may hold several chats (ChatFormatDescriptor).
bool holdsSeveralChats(ChatFormat format);
} // namespace ChatFormats

} // namespace CampDesk
