#pragma once

#include "core/Error.h"
#include "core/capture/ChatMessage.h"

#include <QStringView>

namespace CampDesk {

// MemoTrace / WeChatMsg CSV (12 columns).
class MemoTraceCsvParser final {
public:
    // True when the start of a decoded file (its first 64 KiB) looks like this format.
    static bool sniff(QStringView head);
    static Result<ParseReport> parse(QStringView text, const ParseOptions &options, const MessageSink &sink);
};

// MemoTrace / WeChatMsg TXT.
class MemoTraceTextParser final {
public:
    // True when the start of a decoded file (its first 64 KiB) looks like this format.
    static bool sniff(QStringView head);
    // True when `line` starts a message whatever came before it: a header
    // after a blank line (elsewhere a header-like line may be body text).
    static bool startsMessage(QStringView previousLine, QStringView line);
    static Result<ParseReport> parse(QStringView text, const ParseOptions &options, const MessageSink &sink);
};

// PyWxDump CSV, old (content as JSON) and new (msg, src) layouts.
class PyWxDumpCsvParser final {
public:
    // True when the start of a decoded file (its first 64 KiB) looks like this format.
    static bool sniff(QStringView head);
    static Result<ParseReport> parse(QStringView text, const ParseOptions &options, const MessageSink &sink);
};

} // namespace CampDesk
