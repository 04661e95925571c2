#pragma once

#include "Error.h"
#include "capture/ChatMessage.h"

#include <QStringView>

#include <functional>

namespace CampDesk {

// Telegram Desktop result.json: a single chat or a full-account export.
class TelegramParser final
{
public:
    // True when the start of a decoded file (its first 64 KiB) looks like this format.
    static bool sniff(QStringView head);
    static Result<ParseReport> parse(QStringView text, const ParseOptions &options, const MessageSink &sink);

    // A big export read a piece at a time (ChatFileReader): `read` reads the
    // file once from its start, giving `use` each piece of its text in order
    // (cut anywhere) with the fraction of the file read; `use` returns false
    // to stop. It is called twice: the file's chats are found first.
    using PieceReader = std::function<Result<void>(const std::function<bool(QStringView piece, double read)> &use)>;
    static Result<ParseReport> parsePieces(const PieceReader &read, const ParseOptions &options, const MessageSink &sink);
};

} // namespace CampDesk
