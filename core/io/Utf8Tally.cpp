#include "core/io/Utf8Tally.h"

namespace CampDesk {

void Utf8Tally::add(QByteArrayView bytes)
{
    for (const char c : bytes) {
        const auto byte = quint8(c);
        if (m_pending > 0) {
            if (byte >= m_low && byte <= m_high) {
                m_low = 0x80; // the first continuation byte alone has a range of its own
                m_high = 0xBF;
                if (--m_pending == 0)
                    ++m_valid;
                continue;
            }
            // Cut short, or a form UTF-8 forbids (overlong, a surrogate,
            // beyond U+10FFFF), as the decoder rejects it: this byte starts anew.
            m_pending = 0;
            invalidAt();
        }
        if (byte == '\n')
            ++m_line;
        if (byte < 0x80)
            continue;
        m_low = 0x80;
        m_high = 0xBF;
        if (byte >= 0xC2 && byte <= 0xDF) {
            m_pending = 1;
        } else if (byte >= 0xE0 && byte <= 0xEF) {
            m_pending = 2;
            m_low = byte == 0xE0 ? 0xA0 : 0x80;
            m_high = byte == 0xED ? 0x9F : 0xBF;
        } else if (byte >= 0xF0 && byte <= 0xF4) {
            m_pending = 3;
            m_low = byte == 0xF0 ? 0x90 : 0x80;
            m_high = byte == 0xF4 ? 0x8F : 0xBF;
        } else {
            invalidAt(); // a lone continuation byte, or one UTF-8 never uses
        }
    }
}

void Utf8Tally::invalidAt()
{
    if (m_invalid++ == 0)
        m_firstInvalidLine = m_line;
}

} // namespace CampDesk
