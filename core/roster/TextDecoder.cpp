#include "core/roster/TextDecoder.h"

#include "core/io/Utf8Tally.h"

#include <QStringDecoder>

#include <optional>

namespace CampDesk {

namespace {

QString decodeWith(QStringDecoder &decoder, const QByteArray &bytes)
{
    QString text = decoder.decode(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

// UTF-16 without a BOM: ASCII-heavy text has a zero in every other byte.
std::optional<QStringConverter::Encoding> looksLikeUtf16(const QByteArray &bytes)
{
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 4000) & ~qsizetype(1);
    if (sample < 4)
        return std::nullopt;
    int evenZeros = 0;
    int oddZeros = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        evenZeros += bytes.at(i) == 0 ? 1 : 0;
        oddZeros += bytes.at(i + 1) == 0 ? 1 : 0;
    }
    const int pairs = int(sample / 2);
    if (oddZeros > pairs / 3 && evenZeros < pairs / 20)
        return QStringConverter::Utf16LE;
    if (evenZeros > pairs / 3 && oddZeros < pairs / 20)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

} // namespace

Result<void> TextDecoder::checkIsText(const QByteArray &bytes, const QString &name)
{
    // A zip (an .xlsx is one) and an OLE compound file (an .xls) by their first bytes.
    if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return fail(tr("%1 is a spreadsheet workbook, not text: save it as CSV (UTF-8) in the spreadsheet program "
                       "and import that file.")
                        .arg(name));
    return {};
}

DecodedText TextDecoder::decode(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder decoder(QStringConverter::Utf8);
        return {decodeWith(decoder, bytes), QStringLiteral("UTF-8")};
    }
    if (bytes.startsWith("\xFF\xFE")) {
        QStringDecoder decoder(QStringConverter::Utf16LE);
        return {decodeWith(decoder, bytes), QStringLiteral("UTF-16LE")};
    }
    if (bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(QStringConverter::Utf16BE);
        return {decodeWith(decoder, bytes), QStringLiteral("UTF-16BE")};
    }
    if (const auto utf16 = looksLikeUtf16(bytes)) {
        QStringDecoder decoder(*utf16);
        return {decodeWith(decoder, bytes),
                *utf16 == QStringConverter::Utf16LE ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE")};
    }
    QStringDecoder utf8(QStringConverter::Utf8);
    const QString text = decodeWith(utf8, bytes);
    if (!utf8.hasError())
        return {text, QStringLiteral("UTF-8")};
    Utf8Tally tally;
    tally.add(bytes);
    QStringDecoder gb18030("GB18030");
    if (tally.isMostlyUtf8() || !gb18030.isValid())
        return {text, QStringLiteral("UTF-8"), tally.invalid(), tally.firstInvalidLine()};
    // Not UTF-8: Chinese spreadsheet programs write GBK, which GB18030 contains.
    return {decodeWith(gb18030, bytes), QStringLiteral("GB18030")};
}

std::optional<QString> TextDecoder::decode(const QByteArray &bytes, const QString &encoding)
{
    QStringDecoder decoder(encoding.toLatin1().constData());
    if (!decoder.isValid())
        return std::nullopt;
    return decodeWith(decoder, bytes);
}

QStringList TextDecoder::choices()
{
    return {QStringLiteral("UTF-8"), QStringLiteral("UTF-16LE"), QStringLiteral("UTF-16BE"), QStringLiteral("GB18030")};
}

} // namespace CampDesk
