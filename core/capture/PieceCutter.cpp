#include "core/capture/PieceCutter.h"

#include "core/capture/DiscordParser.h"
#include "core/capture/WeChatParser.h"
#include "core/capture/WhatsAppParser.h"

namespace CampDesk {

namespace {

bool isBlankRecordChar(QChar c)
{
    return c.isSpace() || c == QChar(0xFEFF);
}

// The record ends of CSV text, as the CSV parsers read it: a record ends at
// CRLF, LF or a bare CR outside quotes; a cell is quoted only when its first
// character is a quote; "" inside quotes is a quote; after the closing quote
// the cell's stray characters run to the separator. Unless the text is
// `complete`, a CR that is its last character may be the first half of a
// CRLF, so it ends nothing yet.
struct RecordEnds {
    qsizetype last = 0; // one past the last record's line end; 0 if none
    qsizetype firstNonBlank = 0; // one past the first record with a character that is not blank; 0 if none
};

RecordEnds scanRecords(QStringView text, QChar separator, bool complete)
{
    RecordEnds ends;
    bool inQuotes = false;
    bool cellStart = true;
    bool blankRecord = true;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 >= size)
                    return ends; // a doubled quote or the closing one: not known yet
                if (text.at(i + 1) == u'"')
                    ++i;
                else
                    inQuotes = false;
            }
            continue;
        }
        if (c == u'\n' || c == u'\r') {
            qsizetype end = i + 1;
            if (c == u'\r' && i + 1 >= size && !complete)
                return ends;
            if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                end = ++i + 1;
            ends.last = end;
            if (!blankRecord && ends.firstNonBlank == 0)
                ends.firstNonBlank = end;
            cellStart = true;
            blankRecord = true;
            continue;
        }
        if (!isBlankRecordChar(c))
            blankRecord = false;
        if (c == separator) {
            cellStart = true;
            continue;
        }
        if (cellStart && c == u'"')
            inQuotes = true;
        cellStart = false;
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
    : m_format(format)
    , m_lineBreak(lineBreak)
{
}

bool PieceCutter::cutsAnywhere() const
{
    return m_format == ChatFormat::TelegramJson || m_format == ChatFormat::DiscordJson;
}

bool PieceCutter::isCsv() const
{
    return m_format == ChatFormat::WeChatMemoTraceCsv || m_format == ChatFormat::WeChatPyWxDumpCsv
        || m_format == ChatFormat::DiscordCsv;
}

qsizetype PieceCutter::lastCut(QStringView buffer)
{
    if (m_format == ChatFormat::QQText)
        return QQParser::lastPieceStart(buffer, m_lineBreak);
    if (cutsAnywhere())
        return buffer.size();
    if (!isCsv())
        return lastLineCut(buffer);
    const bool first = !m_sawStart;
    if (first && m_format == ChatFormat::DiscordCsv) {
        const auto separator = DiscordCsvParser::separator(buffer);
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
        const bool starts = m_format == ChatFormat::WhatsApp
            ? WhatsAppParser::startsMessage(line)
            : MemoTraceTextParser::startsMessage(previousLine(buffer, lineStart), line);
        if (starts)
            return lineStart;
        lineEnd = lineStart - 1;
    }
    return 0;
}

QStringView PieceCutter::prefix(QStringView firstPiece) const
{
    if (!isCsv())
        return {};
    return firstPiece.first(scanRecords(firstPiece, m_separator, true).firstNonBlank);
}

qsizetype PieceCutter::lineBreaks(QStringView text) const
{
    if (!isCsv() && m_format != ChatFormat::QQText)
        return text.count(u'\n');
    // The CSV and QQ readers count CRLF, LF and a bare CR as one line break each.
    qsizetype breaks = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool bareCr = c == u'\r' && (i + 1 >= text.size() || text.at(i + 1) != u'\n');
        if (c == u'\n' || bareCr)
            ++breaks;
    }
    return breaks;
}

} // namespace CampDesk
