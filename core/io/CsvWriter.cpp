#include "core/io/CsvWriter.h"

namespace CampDesk {

bool CsvWriter::needsGuard(QStringView text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first.unicode() < 0x20
        || first.unicode() == 0x7F;
}

QString CsvWriter::unguarded(const QString &text)
{
    if (text.startsWith(u'\'') && needsGuard(QStringView(text).sliced(1)))
        return text.sliced(1);
    return text;
}

QString CsvWriter::cell(QString text)
{
    if (needsGuard(text))
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
