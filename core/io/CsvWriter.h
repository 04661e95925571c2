#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace CampDesk {

// CSV for spreadsheet programs: UTF-8 with a BOM (so Excel reads Chinese),
// CRLF, quoting where needed, and cells starting with = + - @, tab or CR neutralised so
// a name can never run as a formula.
class CsvWriter final
{
public:
    static QString cell(QString text);
    static QByteArray document(const QStringList &header, const QList<QStringList> &rows);
};

} // namespace CampDesk
