#include "core/io/CsvReader.h"

#include "core/io/InputLimits.h"

#include <algorithm>

namespace CampDesk {

namespace {

// Where the field at `pos` ends: at the separator or a line end. The loop
// every character of a file goes through, so it looks at raw UTF-16 units
// and lets most of them (letters, digits, CJK) pass with one comparison.
inline qsizetype fieldEnd(QStringView text, qsizetype pos, char16_t separator)
{
    const char16_t *units = text.utf16();
    const qsizetype size = text.size();
    const char16_t highest = std::max(separator, u'\r');
    while (pos < size) {
        const char16_t c = units[pos];
        if (c <= highest && (c == separator || c == u'\n' || c == u'\r'))
            break;
        ++pos;
    }
    return pos;
}

} // namespace

CsvReader::CsvReader(QStringView text, QChar separator, int firstLine)
    : m_text(text)
    , m_separator(separator)
    , m_line(firstLine)
    , m_recordLine(firstLine)
{
    if (!m_text.isEmpty() && m_text.front() == QChar(0xFEFF))
        m_pos = 1;
}

void CsvReader::seek(qsizetype position, int line)
{
    m_pos = position;
    m_line = line;
}

bool CsvReader::next()
{
    return read(true);
}

bool CsvReader::skip()
{
    return read(false);
}

bool CsvReader::read(bool keepFields)
{
    m_count = 0;
    m_unclosed = false;
    m_textAfterQuote = false;
    m_tooWide = false;
    const qsizetype size = m_text.size();
    if (m_pos >= size)
        return false;
    const char16_t *units = m_text.utf16();
    const char16_t separator = m_separator.unicode();
    const qsizetype start = m_pos;
    const int startLine = m_line;
    m_recordStart = start;
    m_recordLine = startLine;
    for (;;) {
        CsvField *field = nullptr;
        if (keepFields) {
            if (m_count == InputLimits::MaxFields) {
                m_tooWide = true;
                return false;
            }
            if (m_count == int(m_fields.size()))
                m_fields.emplace_back();
            field = &m_fields[size_t(m_count)];
        }
        ++m_count;
        if (m_pos < size && units[m_pos] == u'"') {
            readQuoted(field);
        } else {
            // Unquoted, the common case: a view up to the separator or line end.
            const qsizetype fieldStart = m_pos;
            m_pos = fieldEnd(m_text, m_pos, separator);
            if (field) {
                field->view = m_text.sliced(fieldStart, m_pos - fieldStart);
                field->isOwned = false;
            }
        }
        if (m_pos < size && units[m_pos] == separator) {
            ++m_pos;
            continue;
        }
        m_recordEnd = m_pos;
        const bool lineEnded = m_pos < size && (m_pos + 1 < size || units[m_pos] != u'\r');
        if (m_partial && !lineEnded) {
            // Unfinished: the rest of the record comes with the next piece.
            m_pos = start;
            m_line = startLine;
            m_count = 0;
            return false;
        }
        if (m_pos < size)
            endLine();
        return true;
    }
}

void CsvReader::endLine()
{
    if (m_text.at(m_pos) == u'\r' && m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'\n')
        ++m_pos;
    ++m_pos;
    ++m_line;
}

void CsvReader::readQuoted(CsvField *field)
{
    const qsizetype start = ++m_pos;
    const qsizetype size = m_text.size();
    const char16_t *units = m_text.utf16();
    bool needsCopy = false;
    qsizetype i = start;
    for (; i < size; ++i) {
        const char16_t c = units[i];
        if (c == u'"') {
            if (i + 1 < size && units[i + 1] == u'"') {
                needsCopy = true;
                ++i;
                continue;
            }
            break;
        }
        if (c == u'\n') {
            ++m_line;
        } else if (c == u'\r') {
            needsCopy = true;
            if (!(i + 1 < size && units[i + 1] == u'\n'))
                ++m_line;
        }
    }
    m_unclosed = i >= size;
    const QStringView raw = m_text.sliced(start, i - start);
    m_pos = std::min(i + 1, size);
    const qsizetype strayStart = m_pos;
    m_pos = fieldEnd(m_text, m_pos, m_separator.unicode());
    // Blank space after a closing quote is a writer's untidiness, not a sign
    // that the quote was another record's.
    for (qsizetype k = strayStart; k < m_pos && !m_textAfterQuote; ++k)
        m_textAfterQuote = !m_text.at(k).isSpace();
    if (!field)
        return;
    const QStringView stray
        = m_afterQuote == AfterQuote::Keep ? m_text.sliced(strayStart, m_pos - strayStart) : QStringView();
    if (!needsCopy && stray.isEmpty()) {
        field->view = raw;
        field->isOwned = false;
        return;
    }
    QString &out = field->owned;
    out.resize(0);
    out.reserve(raw.size() + stray.size());
    for (qsizetype k = 0; k < raw.size(); ++k) {
        const QChar c = raw.at(k);
        if (c == u'"') {
            ++k; // the doubled quote
        } else if (c == u'\r') {
            out.append(u'\n');
            if (k + 1 < raw.size() && raw.at(k + 1) == u'\n')
                ++k;
            continue;
        }
        out.append(c);
    }
    out.append(stray);
    field->isOwned = true;
}

int CsvReader::recordLines() const
{
    // A record the text's end closes keeps a quoted field's last line break.
    QStringView record = recordText();
    while (record.endsWith(u'\n') || record.endsWith(u'\r'))
        record.chop(1);
    return int(lineBreaks(record)) + 1;
}

bool CsvReader::ranOn(int headerCells) const
{
    const bool amiss = m_unclosed || m_textAfterQuote || (headerCells >= 0 && m_count > headerCells);
    return amiss && recordLines() > 1;
}

qsizetype CsvReader::lineBreaks(QStringView text)
{
    qsizetype breaks = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\n' || (c == u'\r' && (i + 1 >= text.size() || text.at(i + 1) != u'\n')))
            ++breaks;
    }
    return breaks;
}

} // namespace CampDesk
