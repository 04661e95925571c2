#include "core/roster/DelimitedText.h"

#include "core/io/InputLimits.h"

namespace CampDesk {

QChar DelimitedText::guessSeparator(const QString &text)
{
    const qsizetype lineEnd = text.indexOf(u'\n');
    const QStringView firstLine = QStringView(text).first(lineEnd < 0 ? text.size() : lineEnd);
    const qsizetype tabs = firstLine.count(u'\t');
    const qsizetype commas = firstLine.count(u',');
    const qsizetype semicolons = firstLine.count(u';');
    if (tabs >= commas && tabs >= semicolons && tabs > 0)
        return u'\t';
    if (semicolons > commas)
        return u';';
    return u',';
}

Result<QList<TextRow>> DelimitedText::parse(const QString &text, QChar separator)
{
    QList<TextRow> rows;
    TextRow row;
    QString cell;
    int line = 1;
    row.line = 1;
    bool quoted = false;
    bool cellStarted = false;
    qint64 cells = 0;
    bool tooMany = false;
    const auto endCell = [&] {
        row.cells.append(cell);
        cell.clear();
        cellStarted = false;
        tooMany = tooMany || row.cells.size() > InputLimits::MaxFields || ++cells > InputLimits::MaxTableCells;
    };
    const auto endRow = [&] {
        endCell();
        // A blank line is no row.
        const bool blank = row.cells.size() == 1 && row.cells.first().trimmed().isEmpty();
        if (!blank)
            rows.append(row);
        row = TextRow {};
        row.line = line;
    };
    for (qsizetype i = 0; i < text.size() && !tooMany; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                if (c != u'\r')
                    cell += c;
            }
            continue;
        }
        if (c == u'"' && !cellStarted && cell.isEmpty()) {
            quoted = true;
            cellStarted = true;
        } else if (c == separator) {
            endCell();
        } else if (c == u'\n') {
            ++line;
            endRow();
        } else if (c != u'\r') {
            cell += c;
            cellStarted = true;
        }
    }
    if (tooMany) {
        return fail(row.cells.size() > InputLimits::MaxFields ? InputLimits::tooManyFields(row.line)
                                                              : InputLimits::tooManyCells(row.line));
    }
    if (!cell.isEmpty() || !row.cells.isEmpty() || cellStarted)
        endRow();
    return rows;
}

} // namespace CampDesk
