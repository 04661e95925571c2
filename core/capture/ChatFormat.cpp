#include "core/capture/ChatFormat.h"

#include <QCoreApplication>

namespace CampDesk::ChatFormats {

QList<ChatFormat> all()
{
    return {ChatFormat::WhatsApp,           ChatFormat::TelegramJson,        ChatFormat::QQText,
            ChatFormat::WeChatMemoTraceCsv, ChatFormat::WeChatMemoTraceText, ChatFormat::WeChatPyWxDumpCsv,
            ChatFormat::DiscordJson,        ChatFormat::DiscordCsv};
}

QString key(ChatFormat format)
{
    switch (format) {
    case ChatFormat::WhatsApp:
        return QStringLiteral("whatsapp");
    case ChatFormat::TelegramJson:
        return QStringLiteral("telegram");
    case ChatFormat::QQText:
        return QStringLiteral("qq");
    case ChatFormat::WeChatMemoTraceCsv:
        return QStringLiteral("memotrace-csv");
    case ChatFormat::WeChatMemoTraceText:
        return QStringLiteral("memotrace-txt");
    case ChatFormat::WeChatPyWxDumpCsv:
        return QStringLiteral("pywxdump");
    case ChatFormat::DiscordJson:
        return QStringLiteral("discord-json");
    case ChatFormat::DiscordCsv:
        return QStringLiteral("discord-csv");
    }
    return {};
}

std::optional<ChatFormat> fromKey(const QString &formatKey)
{
    for (ChatFormat format : all()) {
        if (key(format) == formatKey)
            return format;
    }
    return std::nullopt;
}

QString displayName(ChatFormat format)
{
    switch (format) {
    case ChatFormat::WhatsApp:
        return QCoreApplication::translate("ChatFormat", "WhatsApp text export");
    case ChatFormat::TelegramJson:
        return QCoreApplication::translate("ChatFormat", "Telegram Desktop JSON");
    case ChatFormat::QQText:
        return QCoreApplication::translate("ChatFormat", "QQ message manager text");
    case ChatFormat::WeChatMemoTraceCsv:
        return QCoreApplication::translate("ChatFormat", "WeChat (MemoTrace CSV)");
    case ChatFormat::WeChatMemoTraceText:
        return QCoreApplication::translate("ChatFormat", "WeChat (MemoTrace TXT)");
    case ChatFormat::WeChatPyWxDumpCsv:
        return QCoreApplication::translate("ChatFormat", "WeChat (PyWxDump CSV)");
    case ChatFormat::DiscordJson:
        return QCoreApplication::translate("ChatFormat", "DiscordChatExporter JSON");
    case ChatFormat::DiscordCsv:
        return QCoreApplication::translate("ChatFormat", "DiscordChatExporter CSV");
    }
    return {};
}

QString platform(ChatFormat format)
{
    switch (format) {
    case ChatFormat::WhatsApp:
        return QStringLiteral("whatsapp");
    case ChatFormat::TelegramJson:
        return QStringLiteral("telegram");
    case ChatFormat::QQText:
        return QStringLiteral("qq");
    case ChatFormat::WeChatMemoTraceCsv:
    case ChatFormat::WeChatMemoTraceText:
    case ChatFormat::WeChatPyWxDumpCsv:
        return QStringLiteral("wechat");
    case ChatFormat::DiscordJson:
    case ChatFormat::DiscordCsv:
        return QStringLiteral("discord");
    }
    return {};
}

QString platformName(const QString &platform)
{
    if (platform == QLatin1String("whatsapp"))
        return QStringLiteral("WhatsApp");
    if (platform == QLatin1String("telegram"))
        return QStringLiteral("Telegram");
    if (platform == QLatin1String("qq"))
        return QStringLiteral("QQ");
    if (platform == QLatin1String("wechat"))
        return QCoreApplication::translate("ChatFormat", "WeChat");
    if (platform == QLatin1String("discord"))
        return QStringLiteral("Discord");
    return platform;
}

} // namespace CampDesk::ChatFormats
