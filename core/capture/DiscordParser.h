#pragma once

#include "core/Error.h"
#include "core/capture/ChatMessage.h"
#include "core/capture/DateOrderEvidence.h"

#include <QStringView>

#include <optional>

namespace CampDesk {

// DiscordChatExporter JSON.
class DiscordJsonParser final {
public:
    // True when the start of a decoded file (its first 64 KiB) looks like this format.
    static bool sniff(QStringView head);
    static Result<ParseReport> parse(QStringView text, const ParseOptions &options, const MessageSink &sink);

    // A big export read a piece at a time (ChatFileReader): `read` is called
    // twice, the root object and its messages are found first.
    static Result<ParseReport> parsePieces(const PieceReader &read, const ParseOptions &options,
                                           const MessageSink &sink);
};

// DiscordChatExporter CSV, every date-format generation (and the old semicolon files).
class DiscordCsvParser final {
public:
    // True when the start of a decoded file (its first 64 KiB) looks like this format.
    static bool sniff(QStringView head);
    // The cell separator the header line shows (';' in files of ≤ 2.15), or
    // nothing while the text holds no whole header line yet.
    static std::optional<QChar> separator(QStringView text);
    // Slash dates are read one way for the whole file: day first or month
    // first as options.dateOrder says, else as the whole file's dates say.
    static Result<ParseReport> parse(QStringView text, const ParseOptions &options, const MessageSink &sink);
    // Adds the slash dates of `text` (a whole file, or a piece of it with
    // the header record before it) to what earlier pieces showed.
    static void gatherDateEvidence(QStringView text, int firstLine, DateOrderEvidence &evidence);
    [[nodiscard]] static Result<DateOrderDecision> decideDateOrder(const DateOrderEvidence &evidence,
                                                                   DateOrder requested);
};

} // namespace CampDesk
