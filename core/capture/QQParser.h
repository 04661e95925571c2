#pragma once

#include "core/Error.h"
#include "core/capture/ChatMessage.h"

#include <QStringList>
#include <QStringView>

namespace CampDesk {

// Classic PC QQ message-manager .txt export.
class QQParser final {
public:
    // True when the start of a decoded file (its first 64 KiB) looks like this format.
    static bool sniff(QStringView head);
    static Result<ParseReport> parse(QStringView text, const ParseOptions &options, const MessageSink &sink);

    // A big export read a piece at a time (ChatFileReader). The file holds
    // one or more conversations and the group the operator names is imported,
    // so a first pass over every piece finds them (scanConversations); then
    // each piece is parsed with what the pieces before it left (parsePiece),
    // and finish() does what the end of the file does.
    enum class LineBreak { CrLf, Lf, Cr };
    struct PieceState final {
        // The first pass.
        QStringList conversationNames;
        QStringList conversationGroups;
        QString groupSinceObject; // the last 消息分组 after the last 消息对象
        // What one piece's parse leaves for the next.
        int conversation = -1;
        bool sawAnyHeader = false;
        bool conversationHasIds = false;
        int firstContentLine = 0;
        bool started = false;
        LineBreak lineBreak = LineBreak::Lf; // of the whole file, from its first megabyte
    };
    static void scanConversations(QStringView piece, PieceState &state);
    static Result<ParseReport> parsePiece(QStringView piece, PieceState &state, const ParseOptions &options,
                                          const MessageSink &sink);
    static Result<ParseReport> finish(const PieceState &state, const ParseOptions &options);

    // How the file's lines end, read from its first megabyte.
    static LineBreak lineBreakOf(QStringView head);
    // The start of the last line of `text` a piece may begin with, 0 if
    // none: a complete header line with an id (a group member's, so never
    // body text) after a blank line.
    static qsizetype lastPieceStart(QStringView text, LineBreak lineBreak);
};

} // namespace CampDesk
