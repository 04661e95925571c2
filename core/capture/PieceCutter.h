#pragma once

#include "core/capture/ChatFormat.h"
#include "core/capture/ChatFormatDescriptor.h"
#include "core/capture/QQParser.h"

#include <QStringView>

namespace CampDesk {

// Where a big chat export read a piece at a time (ChatFileReader) may be cut,
// so that every piece parses exactly as it would inside the whole file (on
// its own, or for QQ and JSON with what the pieces before it left). The
// format's descriptor says which way (PieceCut):
// * WhatsApp text: before a line that starts a message;
// * MemoTrace text: before a message header that follows a blank line (a
//   header anywhere else is body text);
// * the CSV formats: after a record, outside quotes (a quoted cell may hold
//   line breaks), with the header record put before every later piece;
// * QQ text: before a header with a member's id after a blank line (its
//   parse carries the file's conversations and its state across pieces);
// * the JSON exports (Telegram, DiscordChatExporter): anywhere (their
//   tokenizer carries its state across pieces).
class PieceCutter final {
public:
    // A QQ export's pieces are cut at its lines' ends, which its first
    // megabyte tells (QQParser::lineBreakOf).
    explicit PieceCutter(ChatFormat format, QQParser::LineBreak lineBreak = QQParser::LineBreak::Lf);

    // The end of the last piece `buffer` may be cut into, 0 when none ends in
    // it yet. `buffer` starts where the previous piece ended (or at the start
    // of the file), and it may end in the middle of a line. The first piece
    // always holds a CSV file's header record.
    qsizetype lastCut(QStringView buffer);
    // What must be put before every piece after the first: the header record
    // of a CSV file (taken from the first piece), else nothing.
    QStringView prefix(QStringView firstPiece) const;
    // The line breaks the format's parser counts in `text`, so that line
    // numbers stay those of the whole file.
    qsizetype lineBreaks(QStringView text) const;

    // Pieces may end anywhere, even blank ones count (a JSON export's).
    bool cutsAnywhere() const;

private:
    qsizetype lastLineCut(QStringView buffer) const;
    qsizetype lastRecordCut(QStringView buffer);

    const ChatFormatDescriptor *m_format;
    QChar m_separator = u',';
    QQParser::LineBreak m_lineBreak = QQParser::LineBreak::Lf;
    bool m_sawStart = false;
};

} // namespace CampDesk
