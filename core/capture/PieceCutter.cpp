#include "core/capture/PieceCutter.h"

#include "core/io/CsvReader.h"

namespace CampDesk {

namespace {

bool isBlankRecord(QStringView record)
{
    for (const QChar c : record) {
        if (!c.isSpace() && c != QChar(0xFEFF))
            return false;
    }
    return true;
}

// Where the whole records of CSV text end, as CsvReader reads them. Unless
// the text is `complete`, the last record counts only once a line end that
// is surely whole closes it.
struct RecordEnds {
    qsizetype last = 0; // one past the last record's line end; 0 if none
    qsizetype firstNonBlank = 0; // one past the first record with a character that is not blank; 0 if none
};

RecordEnds scanRecords(QStringView text, QChar separator, bool complete)
{
    RecordEnds ends;
    CsvReader reader(text, separator);
    reader.setPartial(!complete);
    while (reader.skip()) {
        if (!reader.endedByLineEnd())
            break; // the last record of a complete text
        const qsizetype end = reader.position();
        ends.last = end;
        if (ends.firstNonBlank == 0 && !isBlankRecord(reader.recordText()))
            ends.firstNonBlank = end;
    }
    return ends;
}

// The line before the one starting at `lineStart` (without its line end).
QStringView previousLine(QStringView text, qsizetype lineStart)
{
    const qsizetype end = lineStart - 1; // the '\n' ending it
    const qsizetype begin = end > 0 ? text.lastIndexOf(u'\n', end - 1) + 1 : 0;
    return text.sliced(begin, end - begin);
}

} // namespace

PieceCutter::PieceCutter(ChatFormat format, QQParser::LineBreak lineBreak)
    : m_format(&ChatFormatDescriptor::of(format))
    , m_lineBreak(lineBreak)
{
}

bool PieceCutter::cutsAnywhere() const
{
    return m_format->cut == PieceCut::Anywhere;
}

qsizetype PieceCutter::lastCut(QStringView buffer)
{
    switch (m_format->cut) {
    case PieceCut::Anywhere:
        return buffer.size();
    case PieceCut::QQHeaders:
        return QQParser::lastPieceStart(buffer, m_lineBreak);
    case PieceCut::MessageLines:
        return lastLineCut(buffer);
    case PieceCut::CsvRecords:
        return lastRecordCut(buffer);
    }
    return 0;
}

qsizetype PieceCutter::lastRecordCut(QStringView buffer)
{
    const bool first = !m_sawStart;
    if (first && m_format->csvSeparator) {
        const auto separator = m_format->csvSeparator(buffer);
        if (!separator)
            return 0;
        m_separator = *separator;
    }
    const RecordEnds ends = scanRecords(buffer, m_separator, false);
    if (first) {
        if (ends.firstNonBlank == 0)
            return 0;
        m_sawStart = true;
    }
    return ends.last;
}

qsizetype PieceCutter::lastLineCut(QStringView buffer) const
{
    qsizetype lineEnd = buffer.lastIndexOf(u'\n');
    while (lineEnd > 0) {
        const qsizetype lineStart = buffer.lastIndexOf(u'\n', lineEnd - 1) + 1;
        if (lineStart == 0)
            return 0;
        const QStringView line = buffer.sliced(lineStart, lineEnd - lineStart);
        if (m_format->startsMessage(previousLine(buffer, lineStart), line))
            return lineStart;
        lineEnd = lineStart - 1;
    }
    return 0;
}

QStringView PieceCutter::prefix(QStringView firstPiece) const
{
    if (m_format->cut != PieceCut::CsvRecords)
        return {};
    return firstPiece.first(scanRecords(firstPiece, m_separator, true).firstNonBlank);
}

qsizetype PieceCutter::lineBreaks(QStringView text) const
{
    // The CSV and QQ readers count CRLF, LF and a bare CR as one line break
    // each, the other line-based readers only LF.
    if (m_format->cut == PieceCut::CsvRecords || m_format->cut == PieceCut::QQHeaders)
        return CsvReader::lineBreaks(text);
    return text.count(u'\n');
}

} // namespace CampDesk
