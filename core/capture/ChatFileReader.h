#pragma once

#include "core/Error.h"
#include "core/capture/ChatFormat.h"
#include "core/capture/ChatMessage.h"
#include "core/capture/FileSurvey.h"
#include "core/capture/QQParser.h"
#include "core/io/InputLimits.h"

#include <QCoreApplication>
#include <QString>
#include <QTemporaryFile>

#include <functional>
#include <memory>
#include <optional>

namespace CampDesk {

class Utf8Tally;

class PieceCutter;

// Reads a chat export for the importer: the encoding and the format come
// from the start of the file, then the parser gets the text. Small files are
// decoded whole. A big export, in any format and encoding, is read a piece
// at a time, cut where PieceCutter allows, so a 2 GB export is imported with
// memory bounded by the piece size, not the file size (a QQ private chat,
// with nowhere to cut, is read whole). Most formats parse each piece on its
// own; QQ's text and the JSON exports are read twice that way (first to find
// their conversations), their parsers carrying their state across pieces.
// Lines longer than a limit are refused in every line-based format: no chat
// message is 4 MB, and a file with such a line is not an export. A pipe or a
// device is copied to a private temporary file first, within the same
// limits, and read from there (InputLimits).
class ChatFileReader final {
    Q_DECLARE_TR_FUNCTIONS(ChatFileReader)

public:
    struct Options {
        std::optional<ChatFormat> format; // detected when empty
        QString encoding; // detected when empty
        qint64 streamAbove = 64LL * 1024 * 1024; // bytes: bigger files of a format that can be cut stream
        qint64 pieceBytes = 8LL * 1024 * 1024; // bytes read at a time when streaming
        qsizetype maxLineLength = InputLimits::MaxLineLength; // characters
        qint64 maxSpooledBytes = InputLimits::MaxSpooledBytes; // of a pipe or device
        // A file that cannot be cut into pieces (a QQ private chat) is read
        // whole, up to this size.
        qint64 maxWholeBytes = 128LL * 1024 * 1024;
    };

    [[nodiscard]] static Result<ChatFileReader> open(const QString &path, const Options &options);

    QString fileName() const { return m_fileName; }
    QString encoding() const { return m_encoding; }
    ChatFormat format() const { return m_format; }
    bool streams() const { return m_streams; }

    // Parses the file (once), giving every message to `sink` in file order
    // with line numbers of the whole file.
    [[nodiscard]] Result<ParseReport> parse(const ParseOptions &options, const MessageSink &sink);
    // Frees the decoded text of a file read whole.
    void release() { m_text = QString(); }

private:
    ChatFileReader() = default;
    [[nodiscard]] static Result<ChatFileReader> openFile(const QString &path, const QString &shownPath,
                                                         const Options &options);
    // A copy of a pipe or device in a private temporary file.
    [[nodiscard]] static Result<std::shared_ptr<QTemporaryFile>> spool(const QString &path, const Options &options);
    [[nodiscard]] Result<ParseReport> parseStreamed(const ParseOptions &options, const MessageSink &sink);
    // Reads the file a piece at a time, cut where `cutter` allows, and gives
    // `use` each piece that is not blank with the file line it starts on (a
    // JSON export's every piece, with 0); `use` returns false to stop.
    // `progress` gets the fraction of the file read.
    // `utf8`, when given, tallies every byte read (a guessed UTF-8 checked).
    using PieceUse = std::function<Result<bool>(const PieceCutter &cutter, QStringView piece, qint64 firstLine)>;
    [[nodiscard]] Result<void> readPieces(PieceCutter &cutter, const std::function<void(double)> &progress,
                                          const PieceUse &use, Utf8Tally *utf8 = nullptr) const;
    // The same for the line-based formats, each piece as its parser reads
    // it: a CSV piece after the first with the header record before it, and
    // numbered so that the piece's lines are the file's.
    using ParseablePieceUse = std::function<Result<bool>(QStringView text, qint64 firstLine)>;
    [[nodiscard]] Result<void> readParseablePieces(const std::function<void(double)> &progress,
                                                   const ParseablePieceUse &use, Utf8Tally *utf8 = nullptr) const;
    // What the first pass over a big file found.
    struct Survey {
        FileSurvey file;
        QQParser::PieceState qq;
        bool cancelled = false;
    };
    // Reads every piece once; decides the encoding again (GB18030) when a
    // guessed UTF-8 turns out wrong after the first megabyte, or keeps it and
    // notes the damaged bytes when it is UTF-8 all the same (Utf8Tally).
    [[nodiscard]] Result<Survey> survey(const ParseOptions &options, const std::function<bool(double)> &progress);
    [[nodiscard]] Result<void> checkLines(QStringView text, qint64 firstLine) const;

    QString m_path;
    QString m_shownPath; // the path the user gave (m_path may be a copy of it)
    std::shared_ptr<QTemporaryFile> m_copy; // of a pipe or device
    QString m_fileName;
    QString m_encoding;
    ChatFormat m_format = ChatFormat::WhatsApp;
    Options m_options;
    bool m_streams = false;
    bool m_utf8Guessed = false; // UTF-8 from the first megabyte, without a byte-order mark
    // UTF-8 byte sequences that were not, each read as U+FFFD (a warning).
    qint64 m_invalidSequences = 0;
    qint64 m_firstInvalidLine = 0;
    QQParser::LineBreak m_qqLineBreak = QQParser::LineBreak::Lf; // of a QQ export, from its first megabyte
    QString m_text; // the whole decoded file, when it does not stream
};

} // namespace CampDesk
