#include "core/roster/DelimitedText.h"

#include "core/io/CsvReader.h"
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
    CsvReader reader(text, separator);
    qint64 cells = 0;
    while (reader.next()) {
        cells += reader.size();
        if (cells > InputLimits::MaxTableCells)
            return fail(InputLimits::tooManyCells(reader.line()));
        TextRow row;
        row.line = reader.line();
        row.lines = reader.recordLines();
        row.quotesAmiss = reader.ranOn();
        row.cells.reserve(reader.size());
        for (int i = 0; i < reader.size(); ++i)
            row.cells.append(reader.field(i).toString());
        // A blank line is no row.
        const bool blank = row.cells.size() == 1 && row.cells.first().trimmed().isEmpty();
        if (!blank)
            rows.append(std::move(row));
    }
    if (reader.tooWide())
        return fail(InputLimits::tooManyFields(reader.line()));
    return rows;
}

} // namespace CampDesk
