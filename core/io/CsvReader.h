#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace CampDesk {

// One field of a record: a view into the text, unless the field had to be
// unescaped (doubled quotes, a CR inside quotes, kept text after the closing
// quote), so that a million plain records cost no allocation per field.
struct CsvField final {
    QStringView view;
    QString owned;
    bool isOwned = false;

    QStringView value() const { return isOwned ? QStringView(owned) : view; }
};

// The one reader of comma-, semicolon- or tab-separated text: chat exports,
// rosters, spreadsheet pastes. It walks the text a record at a time:
// * a field is quoted only when a quote is its first character; "" inside
//   quotes is a quote, and quoted fields may hold line breaks (given as LF);
// * a record ends at CRLF, LF or a bare CR outside quotes, and each of these
//   counts as one line, inside quotes too, so line() is the file's line;
// * a leading byte-order mark is skipped;
// * rows may be ragged: field() past the end is empty.
// Blank records are returned as they are: each reader of a format decides
// what a blank row is (and its line still counts).
class CsvReader final {
public:
    // What follows a quoted field's closing quote up to the separator:
    // spreadsheets keep it as part of the field, the WeChat readers always
    // dropped it.
    enum class AfterQuote { Keep, Drop };

    explicit CsvReader(QStringView text, QChar separator = u',', int firstLine = 1);

    void setAfterQuote(AfterQuote afterQuote) { m_afterQuote = afterQuote; }
    // The text is a piece of a file that goes on after it: a record counts
    // only once a line end closes it (a CR at the very end may be half a
    // CRLF), so a piece is never cut inside a quoted field.
    void setPartial(bool partial) { m_partial = partial; }
    // Reading goes on at `position`, which is on line `line`.
    void seek(qsizetype position, int line);

    // Reads the next record's fields. False at the end of the text, at an
    // unfinished record of a partial text, and at a record of more than
    // InputLimits::MaxFields fields (then tooWide(), and line() is its line).
    bool next();
    // Steps over the next record without keeping its fields (no width
    // limit): where records end is all that is asked.
    bool skip();

    int size() const { return m_count; }
    // Empty past the record's last field (ragged rows).
    QStringView field(int index) const
    {
        return index >= 0 && index < m_count ? m_fields[size_t(index)].value() : QStringView();
    }
    // The line the record starts on.
    int line() const { return m_recordLine; }
    // The record's characters, without its line end.
    QStringView recordText() const { return m_text.sliced(m_recordStart, m_recordEnd - m_recordStart); }
    // The last field's quotes were still open at the end of the text.
    bool unclosed() const { return m_unclosed; }
    // Text other than blank space stood between a quoted field's closing
    // quote and the separator (kept or dropped, as setAfterQuote says): no
    // CSV writer puts it there.
    bool textAfterQuote() const { return m_textAfterQuote; }
    // The lines the record takes (quoted line breaks make it more than one).
    int recordLines() const;
    // A record of several lines read wrong: a quoted field's closing quote
    // was lost, and the records after it ran on into it until a quote of
    // theirs closed it (text after that quote), or the text ended. With
    // `headerCells`, more cells than the header has says so too.
    bool ranOn(int headerCells = -1) const;
    bool tooWide() const { return m_tooWide; }
    // The record ended at a line end, not at the end of the text.
    bool endedByLineEnd() const { return m_pos > m_recordEnd; }
    // Where the next record starts.
    qsizetype position() const { return m_pos; }

    // Line breaks as this reader counts them: CRLF, LF and a bare CR are one each.
    static qsizetype lineBreaks(QStringView text);

private:
    bool read(bool keepFields);
    void readQuoted(CsvField *field);
    void endLine();

    QStringView m_text;
    QChar m_separator;
    AfterQuote m_afterQuote = AfterQuote::Keep;
    bool m_partial = false;
    qsizetype m_pos = 0;
    int m_line = 1;
    std::vector<CsvField> m_fields;
    int m_count = 0;
    int m_recordLine = 1;
    qsizetype m_recordStart = 0;
    qsizetype m_recordEnd = 0;
    bool m_unclosed = false;
    bool m_textAfterQuote = false;
    bool m_tooWide = false;
};

} // namespace CampDesk
