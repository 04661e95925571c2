#pragma once

#include "core/Error.h"
#include "core/capture/ChatMessage.h"
#include "core/capture/FileSurvey.h"

#include <QStringView>

namespace CampDesk {

// WhatsApp "Export chat" text, Android and iOS, every locale FORMATS.md lists.
//
// Times carry no zone in this format: they are read as wall-clock times in
// options.zone. The day/month order is not in the file either: it is inferred
// from the whole file (FORMATS.md 2.1) unless options.dateOrder says it (a
// file whose dates need both orders is refused, a line of each named), and
// report.dateOrder tells the order used. WhatsApp has no account ids and no
// message ids, so senderId and sourceId stay empty.
class WhatsAppParser final {
public:
    // True when the start of a decoded file (its first 64 KiB) looks like this format.
    static bool sniff(QStringView head);
    static Result<ParseReport> parse(QStringView text, const ParseOptions &options, const MessageSink &sink);
    // True when `line` (one whole line) begins a message: where a big file
    // may be cut into pieces that parse alone.
    static bool startsMessage(QStringView line);
    // Adds the dates and senders of `text` (a whole file, or one piece of it
    // whose first line is `firstLine`) to what a big file's earlier pieces
    // showed.
    static void survey(QStringView text, int firstLine, FileSurvey &survey);
    // The order for a file with this evidence: `requested` if it is one,
    // else what the dates say or, failing that, a guess from the clock.
    [[nodiscard]] static Result<DateOrderDecision> decideDateOrder(const DateOrderEvidence &evidence,
                                                                   DateOrder requested);
};

} // namespace CampDesk
