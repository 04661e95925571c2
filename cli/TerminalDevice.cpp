#include "cli/TerminalDevice.h"

namespace CampDesk {

namespace {

void appendEscape(QByteArray &out, uint code)
{
    out += "\\u";
    out += QByteArray::number(code, 16).rightJustified(4, '0');
}

} // namespace

TerminalDevice::TerminalDevice(FILE *stream, QObject *parent)
    : QIODevice(parent)
    , m_stream(stream)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

TerminalDevice::~TerminalDevice()
{
    std::fflush(m_stream);
}

QByteArray TerminalDevice::escaped(const QByteArray &utf8)
{
    QByteArray out;
    out.reserve(utf8.size());
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto byte = uchar(utf8.at(i));
        if (byte == '\r' && i + 1 < utf8.size() && utf8.at(i + 1) == '\n')
            continue;
        if ((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7f) {
            appendEscape(out, byte);
        } else if (byte == 0xc2 && i + 1 < utf8.size() && uchar(utf8.at(i + 1)) >= 0x80
                   && uchar(utf8.at(i + 1)) < 0xa0) {
            // U+0080..U+009F in UTF-8: the C1 controls (CSI is U+009B).
            appendEscape(out, uchar(utf8.at(i + 1)));
            ++i;
        } else {
            out += char(byte);
        }
    }
    return out;
}

qint64 TerminalDevice::readData(char *, qint64)
{
    return -1;
}

qint64 TerminalDevice::writeData(const char *data, qint64 size)
{
    const QByteArray safe = escaped(QByteArray::fromRawData(data, size));
    if (std::fwrite(safe.constData(), 1, size_t(safe.size()), m_stream) != size_t(safe.size()))
        return -1;
    std::fflush(m_stream);
    return size;
}

} // namespace CampDesk
