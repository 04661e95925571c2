#pragma once

#include "core/Error.h"
#include "core/capture/ChatFormat.h"
#include "core/capture/ChatMessage.h"
#include "core/capture/FileSurvey.h"

#include <QChar>
#include <QStringView>

#include <optional>
#include <span>

namespace CampDesk {

// How a big export read a piece at a time (PieceCutter) may be cut, so that
// every piece parses as it would inside the whole file.
enum class PieceCut {
    Anywhere, // JSON: the tokenizer carries its state across pieces
    MessageLines, // before a line that starts a message (startsMessage)
    CsvRecords, // after a record, outside quotes; the header record goes before every later piece
    QQHeaders, // before a header with a member's id after a blank line
};

// Everything CampDesk knows of one chat-export format, in one place: what
// it is called, how it is recognised and read, and how a big file of it is
// cut into pieces. ChatFormats, ChatParsers and PieceCutter look a format
// up here instead of switching on it, so a new format is one more entry in
// the table (ChatFormatDescriptor.cpp).
struct ChatFormatDescriptor final {
    ChatFormat format;
    const char *key; // "whatsapp", "telegram", "qq", … (settings, the command line)
    const char *platform; // the ChatId platform: "whatsapp", "telegram", "qq", "wechat", "discord"
    const char *displayName; // untranslated, in the "ChatFormat" context
    // True when the start of a decoded file (its first 64 KiB) looks like this format.
    bool (*sniff)(QStringView head);
    Result<ParseReport> (*parse)(QStringView text, const ParseOptions &options, const MessageSink &sink);
    PieceCut cut;
    // MessageLines: whether `line` starts a message, after `previousLine`.
    bool (*startsMessage)(QStringView previousLine, QStringView line) = nullptr;
    // CsvRecords: the cell separator the header shows, nothing while no whole
    // header line is there yet; none means always a comma.
    std::optional<QChar> (*csvSeparator)(QStringView text) = nullptr;
    // Formats whose dates are read day first or month first as the whole
    // file says: a first pass over every piece gathers what decides it.
    void (*survey)(QStringView text, int firstLine, FileSurvey &survey) = nullptr;
    Result<DateOrderDecision> (*decideDateOrder)(const DateOrderEvidence &evidence, DateOrder requested) = nullptr;
    // Anywhere: the parse of a file handed over a piece at a time.
    Result<ParseReport> (*parsePieces)(const PieceReader &read, const ParseOptions &options, const MessageSink &sink)
        = nullptr;
    // A message id names one message of the chat for good (Telegram, Discord):
    // the same id and sender with another text is that message, edited. Not
    // PyWxDump's MsgSvrID, which repeats.
    bool idsNameOneMessage = false;
    // Message ids are the exporting computer's (MemoTrace's localId): the same
    // chat exported on another computer numbers its messages anew, so a
    // message is known by its sender, second and text instead.
    bool idsAreLocal = false;
    // A file may hold several chats (Telegram's whole account, QQ's
    // 全部消息记录), one of which the operator names (ChatChoice).
    bool severalChats = false;

    // JSON exports are one structure, not lines; every other format is read
    // line by line, and a line longer than a limit is refused.
    bool isLineBased() const { return cut != PieceCut::Anywhere; }
    bool hasDateOrder() const { return decideDateOrder != nullptr; }

    // Every format, most specific first: the order formats are detected in.
    static std::span<const ChatFormatDescriptor> all();
    static const ChatFormatDescriptor &of(ChatFormat format);
};

} // namespace CampDesk
