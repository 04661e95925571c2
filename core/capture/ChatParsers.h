#pragma once

#include "Error.h"
#include "capture/ChatFormat.h"
#include "capture/ChatMessage.h"

#include <QStringView>

#include <optional>

namespace CampDesk {

// The one place that knows every chat-export parser: detection by content
// and dispatch by format.
class ChatParsers final
{
public:
    // The format whose sniffer accepts the start of the text, most specific
    // first (JSON and CSV headers before line-based text).
    static std::optional<ChatFormat> detect(QStringView text);
    static Result<ParseReport> parse(ChatFormat format, QStringView text, const ParseOptions &options,
                                     const MessageSink &sink);
    // JSON exports are one structure, not lines; every other format is read
    // line by line, and a line longer than a limit is refused.
    static bool isLineBased(ChatFormat format);
    // "WhatsApp text export, Telegram Desktop JSON, …" for a message that
    // says what was tried.
    static QString formatList();
};

} // namespace CampDesk
