#pragma once

#include "Error.h"
#include "capture/ChatMessage.h"

#include <QStringView>

namespace CampDesk {

// DiscordChatExporter JSON.
class DiscordJsonParser final
{
public:
    // True when the start of a decoded file (its first 64 KiB) looks like this format.
    static bool sniff(QStringView head);
    static Result<ParseReport> parse(QStringView text, const ParseOptions &options, const MessageSink &sink);
};

// DiscordChatExporter CSV, every date-format generation (and the old semicolon files).
class DiscordCsvParser final
{
public:
    // True when the start of a decoded file (its first 64 KiB) looks like this format.
    static bool sniff(QStringView head);
    static Result<ParseReport> parse(QStringView text, const ParseOptions &options, const MessageSink &sink);
};

} // namespace CampDesk
