#include "core/capture/ChatFormat.h"

#include "core/capture/ChatFormatDescriptor.h"

#include <QCoreApplication>

#include <algorithm>

namespace CampDesk::ChatFormats {

// In the order of the enum (menus, the command line's help), whatever order
// the formats are detected in.
QList<ChatFormat> all()
{
    QList<ChatFormat> formats;
    for (const ChatFormatDescriptor &descriptor : ChatFormatDescriptor::all())
        formats.append(descriptor.format);
    std::sort(formats.begin(), formats.end());
    return formats;
}

QString key(ChatFormat format)
{
    return QString::fromLatin1(ChatFormatDescriptor::of(format).key);
}

std::optional<ChatFormat> fromKey(const QString &formatKey)
{
    for (const ChatFormatDescriptor &descriptor : ChatFormatDescriptor::all()) {
        if (formatKey == QLatin1String(descriptor.key))
            return descriptor.format;
    }
    return std::nullopt;
}

QString displayName(ChatFormat format)
{
    return QCoreApplication::translate("ChatFormat", ChatFormatDescriptor::of(format).displayName);
}

QString platform(ChatFormat format)
{
    return QString::fromLatin1(ChatFormatDescriptor::of(format).platform);
}

bool idsNameOneMessage(ChatFormat format)
{
    return ChatFormatDescriptor::of(format).idsNameOneMessage;
}

bool idsAreLocal(ChatFormat format)
{
    return ChatFormatDescriptor::of(format).idsAreLocal;
}

bool holdsSeveralChats(ChatFormat format)
{
    return ChatFormatDescriptor::of(format).severalChats;
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
