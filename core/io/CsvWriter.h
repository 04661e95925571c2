#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace CampDesk {

// CSV for spreadsheet programs: UTF-8 with a BOM (so Excel reads Chinese),
// CRLF, quoting where needed, and every cell that a spreadsheet could take
// for a formula (starting with = + - @ or any control character: tab, CR,
// NUL…) guarded by a leading ' so a name can never run as one.
class CsvWriter final {
public:
    static QString cell(QString text);
    static QByteArray document(const QStringList &header, const QList<QStringList> &rows);
    // A cell as CampDesk wrote it, read back: the guard's ' removed where
    // cell() put it, so an export imported again gives the same names.
    static QString unguarded(const QString &text);

private:
    static bool needsGuard(QStringView text);
};

} // namespace CampDesk
