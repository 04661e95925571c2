#include "io/CsvWriter.h"

namespace CampDesk {

QString CsvWriter::cell(QString text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.at(0)))
        text.prepend(u'\'');
    if (text.contains(u'"') || text.contains(u',') || text.contains(u'\n') || text.contains(u'\r'))
        text = u'"' + text.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return text;
}

QByteArray CsvWriter::document(const QStringList &header, const QList<QStringList> &rows)
{
    QString out = QStringLiteral("\uFEFF");
    const auto line = [&out](const QStringList &cells) {
        QStringList escaped;
        escaped.reserve(cells.size());
        for (const QString &text : cells)
            escaped << cell(text);
        out += escaped.join(u',') + QStringLiteral("\r\n");
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    return out.toUtf8();
}

} // namespace CampDesk
