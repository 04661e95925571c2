#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace CampDesk {

// A row of a CSV/TSV file or a spreadsheet paste, with the line it starts on.
struct TextRow final
{
    int line = 0;
    QStringList cells;
};

// Reads comma- or tab-separated text: quoted fields with doubled quotes and
// embedded newlines, CRLF or LF, rows of any length. The separator is the one
// the first line uses most (tab for spreadsheet pastes).
class DelimitedText final
{
public:
    static QChar guessSeparator(const QString &text);
    static QList<TextRow> parse(const QString &text, QChar separator);
    static QList<TextRow> parse(const QString &text) { return parse(text, guessSeparator(text)); }
};

} // namespace CampDesk
