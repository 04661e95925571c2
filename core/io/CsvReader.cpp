#include "core/io/CsvReader.h"

#include "core/io/InputLimits.h"

namespace CampDesk {

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

QStringView CsvReader::field(int index) const
{
    if (index < 0 || index >= m_count)
        return {};
    return m_fields[size_t(index)].value();
}

bool CsvReader::read(bool keepFields)
{
    m_count = 0;
    m_unclosed = false;
    m_tooWide = false;
    if (m_pos >= m_text.size())
        return false;
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
        readField(field);
        if (m_pos < m_text.size() && m_text.at(m_pos) == m_separator) {
            ++m_pos;
            continue;
        }
        m_recordEnd = m_pos;
        const bool lineEnded = m_pos < m_text.size() && (m_pos + 1 < m_text.size() || m_text.at(m_pos) != u'\r');
        if (m_partial && !lineEnded) {
            // Unfinished: the rest of the record comes with the next piece.
            m_pos = start;
            m_line = startLine;
            m_count = 0;
            return false;
        }
        if (m_pos < m_text.size())
            endLine();
        return true;
    }
}

bool CsvReader::atFieldEnd(qsizetype pos) const
{
    const QChar c = m_text.at(pos);
    return c == m_separator || c == u'\n' || c == u'\r';
}

void CsvReader::endLine()
{
    if (m_text.at(m_pos) == u'\r' && m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'\n')
        ++m_pos;
    ++m_pos;
    ++m_line;
}

void CsvReader::readField(CsvField *field)
{
    if (m_pos < m_text.size() && m_text.at(m_pos) == u'"') {
        readQuoted(field);
        return;
    }
    const qsizetype start = m_pos;
    while (m_pos < m_text.size() && !atFieldEnd(m_pos))
        ++m_pos;
    if (field) {
        field->view = m_text.sliced(start, m_pos - start);
        field->isOwned = false;
        field->quoted = false;
    }
}

void CsvReader::readQuoted(CsvField *field)
{
    const qsizetype start = ++m_pos;
    const qsizetype size = m_text.size();
    bool needsCopy = false;
    qsizetype i = start;
    for (; i < size; ++i) {
        const QChar c = m_text.at(i);
        if (c == u'"') {
            if (i + 1 < size && m_text.at(i + 1) == u'"') {
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
            if (!(i + 1 < size && m_text.at(i + 1) == u'\n'))
                ++m_line;
        }
    }
    m_unclosed = i >= size;
    const QStringView raw = m_text.sliced(start, i - start);
    m_pos = std::min(i + 1, size);
    const qsizetype strayStart = m_pos;
    while (m_pos < size && !atFieldEnd(m_pos))
        ++m_pos;
    if (!field)
        return;
    field->quoted = true;
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
