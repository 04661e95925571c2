#include "core/io/Utf8Tally.h"

namespace CampDesk {

void Utf8Tally::add(QByteArrayView bytes)
{
    for (const char c : bytes) {
        const auto byte = quint8(c);
        if (m_pending > 0) {
            if ((byte & 0xC0) == 0x80) {
                if (--m_pending == 0)
                    ++m_valid;
                continue;
            }
            // Cut short: the character is not whole; this byte starts anew.
            m_pending = 0;
            invalidAt();
        }
        if (byte == '\n')
            ++m_line;
        if (byte < 0x80)
            continue;
        if (byte >= 0xC2 && byte <= 0xDF)
            m_pending = 1;
        else if (byte >= 0xE0 && byte <= 0xEF)
            m_pending = 2;
        else if (byte >= 0xF0 && byte <= 0xF4)
            m_pending = 3;
        else
            invalidAt(); // a lone continuation byte, or one UTF-8 never uses
    }
}

void Utf8Tally::invalidAt()
{
    if (m_invalid++ == 0)
        m_firstInvalidLine = m_line;
}

} // namespace CampDesk
