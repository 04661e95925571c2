#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace CampDesk {

// Tells a UTF-8 file with a few damaged bytes (a stray byte, a character
// cut where two files were joined) from a file in another encoding: over
// bytes given piece by piece, it counts the characters beyond ASCII that
// are whole UTF-8 and the byte sequences that are not, and notes the line
// of the first. One bad byte among thousands of Chinese characters made a
// whole export read as GB18030, every name garbled and nothing said.
class Utf8Tally final {
public:
    void add(QByteArrayView bytes);

    qint64 valid() const { return m_valid; }
    qint64 invalid() const { return m_invalid; }
    // 1-based; 0 while every sequence was whole.
    qint64 firstInvalidLine() const { return m_firstInvalidLine; }
    // UTF-8, though not all of it: at least four whole characters beyond
    // ASCII for each sequence that is not. Chinese text in GBK or GB18030
    // has about one "whole character" by chance for five that are not
    // (names and check-in posts measured), twenty times short of that.
    bool isMostlyUtf8() const { return m_invalid * 4 <= m_valid; }

private:
    void invalidAt();

    int m_pending = 0; // continuation bytes the current character still needs
    quint8 m_low = 0x80; // the range the next continuation byte must lie in
    quint8 m_high = 0xBF;
    qint64 m_valid = 0;
    qint64 m_invalid = 0;
    qint64 m_line = 1;
    qint64 m_firstInvalidLine = 0;
};

} // namespace CampDesk
