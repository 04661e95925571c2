#pragma once

#include <QCoreApplication>
#include <QString>

namespace CampDesk {

// Bounds on what CampDesk reads, far above any real export or roster, so
// that a broken or hostile file stops with a clear message instead of
// taking all the memory. README.md ("Limits") names them; change both.
class InputLimits final {
    Q_DECLARE_TR_FUNCTIONS(InputLimits)

public:
    // Characters in one line of a line-based chat export (WhatsApp, QQ, the
    // WeChat text and CSV exports): the longest message any of these apps
    // allows is far shorter.
    static constexpr qsizetype MaxLineLength = 4 * 1024 * 1024;
    // Cells in one row of a CSV or TSV file (chat exports, rosters).
    static constexpr int MaxFields = 1000;
    // Cells in a whole table read at once (a roster: 250,000 members of 20
    // columns).
    static constexpr qint64 MaxTableCells = 5000000;
    // How deep objects and arrays may nest in a JSON export (Telegram's and
    // DiscordChatExporter's go six or seven levels deep).
    static constexpr int MaxJsonDepth = 64;
    // A file read whole: a roster, a 接龙 list, a speech library.
    static constexpr qint64 MaxWholeFileBytes = 64LL * 1024 * 1024;
    // A chat export read from a pipe or a device is first copied to a
    // private temporary file, up to this size (a regular file of any size
    // is streamed).
    static constexpr qint64 MaxSpooledBytes = 16LL * 1024 * 1024 * 1024;

    // What to tell the user when one is passed, at `line` of the input.
    static QString tooManyFields(qint64 line);
    static QString tooManyCells(qint64 line);
    static QString nestedTooDeep(qint64 line);
    static QString lineTooLong(qint64 line, qint64 limit = MaxLineLength);
    static QString fileTooBig(const QString &name, qint64 limit);
};

} // namespace CampDesk
