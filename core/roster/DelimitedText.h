#pragma once

#include "core/Error.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace CampDesk {

// A row of a CSV/TSV file or a spreadsheet paste, with the line it starts on.
struct TextRow final {
    int line = 0;
    QStringList cells;
    int lines = 1; // the lines it takes (quoted line breaks)
    // Its quotes read amiss over several lines: the rows after it may have
    // run on into it (CsvReader::ranOn; a reader knowing the header's width
    // checks that too).
    bool quotesAmiss = false;
};

// Reads comma- or tab-separated text with CsvReader (quoted fields with
// doubled quotes and embedded newlines, CRLF, LF or a bare CR, ragged rows)
// into rows of cells; blank lines are no rows. The separator is the one the
// first line uses most (tab for spreadsheet pastes). A row of more than
// InputLimits::MaxFields cells, or a table of more than MaxTableCells, is
// refused: no roster is that wide or that big, and holding every cell of
// such a file would take gigabytes.
class DelimitedText final {
public:
    static QChar guessSeparator(const QString &text);
    [[nodiscard]] static Result<QList<TextRow>> parse(const QString &text, QChar separator);
    [[nodiscard]] static Result<QList<TextRow>> parse(const QString &text) { return parse(text, guessSeparator(text)); }
};

} // namespace CampDesk
