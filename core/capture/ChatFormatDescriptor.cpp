#include "core/capture/ChatFormatDescriptor.h"

#include "core/capture/DiscordParser.h"
#include "core/capture/QQParser.h"
#include "core/capture/TelegramParser.h"
#include "core/capture/WeChatParser.h"
#include "core/capture/WhatsAppParser.h"

#include <QtGlobal>

#include <array>

namespace CampDesk {

namespace {

bool whatsAppStartsMessage(QStringView, QStringView line)
{
    return WhatsAppParser::startsMessage(line);
}

void discordCsvSurvey(QStringView text, int firstLine, FileSurvey &survey)
{
    DiscordCsvParser::gatherDateEvidence(text, firstLine, survey.dates);
}

// Structured formats first: their headers are unmistakable, while
// line-based text formats accept more.
const std::array<ChatFormatDescriptor, 8> descriptors {{
    {.format = ChatFormat::TelegramJson,
     .key = "telegram",
     .platform = "telegram",
     .displayName = QT_TRANSLATE_NOOP("ChatFormat", "Telegram Desktop JSON"),
     .sniff = &TelegramParser::sniff,
     .parse = &TelegramParser::parse,
     .cut = PieceCut::Anywhere,
     .parsePieces = &TelegramParser::parsePieces,
     .idsNameOneMessage = true,
     .severalChats = true},
    {.format = ChatFormat::DiscordJson,
     .key = "discord-json",
     .platform = "discord",
     .displayName = QT_TRANSLATE_NOOP("ChatFormat", "DiscordChatExporter JSON"),
     .sniff = &DiscordJsonParser::sniff,
     .parse = &DiscordJsonParser::parse,
     .cut = PieceCut::Anywhere,
     .parsePieces = &DiscordJsonParser::parsePieces,
     .idsNameOneMessage = true},
    {.format = ChatFormat::DiscordCsv,
     .key = "discord-csv",
     .platform = "discord",
     .displayName = QT_TRANSLATE_NOOP("ChatFormat", "DiscordChatExporter CSV"),
     .sniff = &DiscordCsvParser::sniff,
     .parse = &DiscordCsvParser::parse,
     .cut = PieceCut::CsvRecords,
     .csvSeparator = &DiscordCsvParser::separator,
     .survey = &discordCsvSurvey,
     .decideDateOrder = &DiscordCsvParser::decideDateOrder},
    {.format = ChatFormat::WeChatMemoTraceCsv,
     .key = "memotrace-csv",
     .platform = "wechat",
     .displayName = QT_TRANSLATE_NOOP("ChatFormat", "WeChat (MemoTrace CSV)"),
     .sniff = &MemoTraceCsvParser::sniff,
     .parse = &MemoTraceCsvParser::parse,
     .cut = PieceCut::CsvRecords,
     .idsAreLocal = true},
    {.format = ChatFormat::WeChatPyWxDumpCsv,
     .key = "pywxdump",
     .platform = "wechat",
     .displayName = QT_TRANSLATE_NOOP("ChatFormat", "WeChat (PyWxDump CSV)"),
     .sniff = &PyWxDumpCsvParser::sniff,
     .parse = &PyWxDumpCsvParser::parse,
     .cut = PieceCut::CsvRecords},
    {.format = ChatFormat::QQText,
     .key = "qq",
     .platform = "qq",
     .displayName = QT_TRANSLATE_NOOP("ChatFormat", "QQ message manager text"),
     .sniff = &QQParser::sniff,
     .parse = &QQParser::parse,
     .cut = PieceCut::QQHeaders,
     .severalChats = true},
    {.format = ChatFormat::WhatsApp,
     .key = "whatsapp",
     .platform = "whatsapp",
     .displayName = QT_TRANSLATE_NOOP("ChatFormat", "WhatsApp text export"),
     .sniff = &WhatsAppParser::sniff,
     .parse = &WhatsAppParser::parse,
     .cut = PieceCut::MessageLines,
     .startsMessage = &whatsAppStartsMessage,
     .survey = &WhatsAppParser::survey,
     .decideDateOrder = &WhatsAppParser::decideDateOrder},
    {.format = ChatFormat::WeChatMemoTraceText,
     .key = "memotrace-txt",
     .platform = "wechat",
     .displayName = QT_TRANSLATE_NOOP("ChatFormat", "WeChat (MemoTrace TXT)"),
     .sniff = &MemoTraceTextParser::sniff,
     .parse = &MemoTraceTextParser::parse,
     .cut = PieceCut::MessageLines,
     .startsMessage = &MemoTraceTextParser::startsMessage},
}};

} // namespace

std::span<const ChatFormatDescriptor> ChatFormatDescriptor::all()
{
    return descriptors;
}

const ChatFormatDescriptor &ChatFormatDescriptor::of(ChatFormat format)
{
    for (const ChatFormatDescriptor &descriptor : descriptors) {
        if (descriptor.format == format)
            return descriptor;
    }
    Q_ASSERT_X(false, "ChatFormatDescriptor::of", "a format without a descriptor");
    return descriptors.front();
}

} // namespace CampDesk
