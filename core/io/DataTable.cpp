#include "core/io/DataTable.h"

#include "core/DateFormat.h"
#include "core/io/CsvWriter.h"

#include <QDateTime>

namespace CampDesk {

void DataTable::addColumn(const QString &name, DataColumn::Kind kind)
{
    columns.append({name, kind});
}

QStringList DataTable::header() const
{
    QStringList names;
    for (const DataColumn &column : columns)
        names.append(column.name);
    return names;
}

QString DataTable::none()
{
    return QStringLiteral("–");
}

QString DataTable::percent(const std::optional<double> &value, const QLocale &locale)
{
    return value ? tr("%1 %").arg(locale.toString(*value, 'f', 1)) : none();
}

QString DataTable::decimal(double value, const QLocale &locale)
{
    return locale.toString(value, 'f', 1);
}

QString DataTable::date(QDate day, const QLocale &locale)
{
    return day.isValid() ? locale.toString(day, DateFormat::shortDate(locale)) : none();
}

QString DataTable::dateTime(const QDateTime &time, const QLocale &locale)
{
    if (!time.isValid())
        return none();
    return date(time.date(), locale) + u' ' + time.time().toString(QStringLiteral("HH:mm"));
}

QString DataTable::text(qsizetype row, qsizetype column, const QLocale &locale) const
{
    const QVariant &value = rows.at(row).value(column);
    if (value.isNull())
        return none();
    switch (columns.at(column).kind) {
    case DataColumn::Kind::Text:
        return value.toString();
    case DataColumn::Kind::Count:
        return locale.toString(value.toLongLong());
    case DataColumn::Kind::Decimal:
        return decimal(value.toDouble(), locale);
    case DataColumn::Kind::Percent:
        return percent(value.toDouble(), locale);
    case DataColumn::Kind::Date:
        return date(value.toDate(), locale);
    case DataColumn::Kind::DateTime:
        return dateTime(value.toDateTime(), locale);
    }
    return value.toString();
}

QStringList DataTable::textRow(qsizetype row, const QLocale &locale) const
{
    QStringList cells;
    for (qsizetype column = 0; column < columns.size(); ++column)
        cells.append(text(row, column, locale));
    return cells;
}

QByteArray DataTable::csv() const
{
    QStringList names;
    for (const DataColumn &column : columns)
        names.append(column.kind == DataColumn::Kind::Percent ? tr("%1 (%)").arg(column.name) : column.name);
    QList<QStringList> lines;
    const QLocale c = QLocale::c();
    for (const QVariantList &row : rows) {
        QStringList cells;
        for (qsizetype column = 0; column < columns.size(); ++column) {
            const QVariant &value = row.value(column);
            if (value.isNull()) {
                cells.append(QString());
                continue;
            }
            switch (columns.at(column).kind) {
            case DataColumn::Kind::Text:
                cells.append(value.toString());
                break;
            case DataColumn::Kind::Count:
                cells.append(QString::number(value.toLongLong()));
                break;
            case DataColumn::Kind::Decimal:
            case DataColumn::Kind::Percent:
                cells.append(c.toString(value.toDouble(), 'f', 1));
                break;
            case DataColumn::Kind::Date:
                cells.append(value.toDate().toString(Qt::ISODate));
                break;
            case DataColumn::Kind::DateTime:
                cells.append(value.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
                break;
            }
        }
        lines.append(cells);
    }
    return CsvWriter::document(names, lines);
}

} // namespace CampDesk
