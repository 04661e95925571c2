#pragma once

#include "Error.h"
#include "capture/ChatFormat.h"
#include "capture/ChatMessage.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace CampDesk {

// Reads a chat export for the importer: the encoding and the format come
// from the start of the file, then the parser gets the text. Small files are
// decoded whole. A big export of a format that can be cut (PieceCutter:
// WhatsApp and MemoTrace text, the CSV exports), in any encoding, is read a
// piece at a time, each piece parsed on its own, so a 2 GB export is
// imported with memory bounded by the piece size, not the file size. The
// JSON exports and QQ's text are read whole.
// Lines longer than a limit are refused in every line-based format: no chat
// message is 100 MB, and a file with such a line is not an export.
class ChatFileReader final
{
    Q_DECLARE_TR_FUNCTIONS(ChatFileReader)

public:
    struct Options
    {
        std::optional<ChatFormat> format; // detected when empty
        QString encoding;                 // detected when empty
        qint64 streamAbove = 64LL * 1024 * 1024; // bytes: bigger files of a format that can be cut stream
        qint64 pieceBytes = 8LL * 1024 * 1024;   // bytes read at a time when streaming
        qsizetype maxLineLength = 100LL * 1024 * 1024; // characters
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
    [[nodiscard]] Result<ParseReport> parseStreamed(const ParseOptions &options, const MessageSink &sink);
    [[nodiscard]] Result<void> checkLines(QStringView text, qint64 firstLine) const;

    QString m_path;
    QString m_fileName;
    QString m_encoding;
    ChatFormat m_format = ChatFormat::WhatsApp;
    Options m_options;
    bool m_streams = false;
    QString m_text; // the whole decoded file, when it does not stream
};

} // namespace CampDesk
