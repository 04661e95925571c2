#pragma once

#include "core/Error.h"
#include "core/capture/ChatFormat.h"
#include "core/capture/ChatMessage.h"
#include "core/capture/FileSurvey.h"

#include <QStringView>

#include <optional>

namespace CampDesk {

// Detection by content and dispatch by format, as the formats'
// descriptors (ChatFormatDescriptor) say.
class ChatParsers final {
public:
    // The format whose sniffer accepts the start of the text, most specific
    // first (JSON and CSV headers before line-based text).
    static std::optional<ChatFormat> detect(QStringView text);
    static Result<ParseReport> parse(ChatFormat format, QStringView text, const ParseOptions &options,
                                     const MessageSink &sink);
    // JSON exports are one structure, not lines; every other format is read
    // line by line, and a line longer than a limit is refused.
    static bool isLineBased(ChatFormat format);
    // Formats whose dates are read day first or month first as the whole
    // file says (WhatsApp, DiscordChatExporter CSV). A big file read a
    // piece at a time surveys every piece first (dates, WhatsApp's
    // senders), then parses each piece with what the survey decided.
    static bool hasDateOrder(ChatFormat format);
    static void survey(ChatFormat format, QStringView text, int firstLine, FileSurvey &survey);
    [[nodiscard]] static Result<DateOrderDecision> decideDateOrder(ChatFormat format, const DateOrderEvidence &evidence,
                                                                   DateOrder requested);
    // "WhatsApp text export, Telegram Desktop JSON, …" for a message that
    // says what was tried.
    static QString formatList();
};

} // namespace CampDesk
