#pragma once

#include "core/Error.h"
#include "core/capture/ChatMessage.h"

#include <QStringView>

namespace CampDesk {

// Telegram Desktop result.json: a single chat or a full-account export.
class TelegramParser final {
public:
    // True when the start of a decoded file (its first 64 KiB) looks like this format.
    static bool sniff(QStringView head);
    static Result<ParseReport> parse(QStringView text, const ParseOptions &options, const MessageSink &sink);

    // A big export read a piece at a time (ChatFileReader): `read` is called
    // twice, the file's chats are found first.
    static Result<ParseReport> parsePieces(const PieceReader &read, const ParseOptions &options,
                                           const MessageSink &sink);
};

} // namespace CampDesk
