#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace CampDesk {

// Turns the bytes of a spreadsheet export into text: UTF-8 with or without a
// BOM, UTF-16 (BOM or not), or GBK/GB18030 as Chinese Excel writes it.
struct DecodedText final {
    QString text;
    QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030"
    // UTF-8 with a few sequences that are not (Utf8Tally): each became
    // U+FFFD; how many, and the line of the first, for the warning.
    qint64 invalidSequences = 0;
    qint64 firstInvalidLine = 0;
};

class TextDecoder final {
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)

public:
    // Refuses a spreadsheet workbook (.xlsx, .xls) given for text: its bytes
    // would read as a page of garbage. `name` is the file, for the message.
    [[nodiscard]] static Result<void> checkIsText(const QByteArray &bytes, const QString &name);
    static DecodedText decode(const QByteArray &bytes);
    // Decodes with a named encoding (any ICU knows); empty on an unknown name.
    static std::optional<QString> decode(const QByteArray &bytes, const QString &encoding);
    // The encodings an import offers when the one detected reads wrong:
    // those `decode` tells apart.
    static QStringList choices();
};

} // namespace CampDesk
