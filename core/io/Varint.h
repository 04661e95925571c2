#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace CampDesk::Varint {

// LEB128: seven bits a byte, the high bit set on every byte but the last.
inline void write(QByteArray &out, quint64 value)
{
    while (value >= 0x80) {
        out.append(char((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out.append(char(value));
}

// False at the end of the data or on a number longer than 64 bits.
inline bool read(QByteArrayView data, qsizetype &at, quint64 &value)
{
    value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (at >= data.size())
            return false;
        const auto byte = quint8(data[at++]);
        value |= quint64(byte & 0x7f) << shift;
        if ((byte & 0x80) == 0)
            return true;
    }
    return false;
}

inline quint64 zigZag(qint64 value)
{
    return (quint64(value) << 1) ^ quint64(value >> 63);
}

inline qint64 unZigZag(quint64 value)
{
    return qint64(value >> 1) ^ -qint64(value & 1);
}

} // namespace CampDesk::Varint
