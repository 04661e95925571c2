#include "core/io/InputLimits.h"

#include <QLocale>

namespace CampDesk {

namespace {

QString megabytes(qint64 amount)
{
    return QLocale().toString(double(amount) / (1024.0 * 1024.0), 'f', 0);
}

// "4 MB" or, for a small limit, "4,096 characters".
QString amount(qint64 characters)
{
    if (characters >= 1024 * 1024)
        return InputLimits::tr("%1 MB").arg(megabytes(characters));
    return InputLimits::tr("%n character(s)", nullptr, int(characters));
}

} // namespace

QString InputLimits::tooManyFields(qint64 line)
{
    return tr("Line %1: the row has more than %2 fields, more than any export or roster has. This is not a file "
              "CampDesk can read.")
        .arg(line)
        .arg(QLocale().toString(MaxFields));
}

QString InputLimits::tooManyCells(qint64 line)
{
    return tr("Line %1: the table has more than %2 cells by here, more than any roster has. This is not a file "
              "CampDesk can read.")
        .arg(line)
        .arg(QLocale().toString(MaxTableCells));
}

QString InputLimits::nestedTooDeep(qint64 line)
{
    return tr("Line %1: objects and arrays nest more than %2 levels deep here, deeper than any chat export goes. This "
              "is not an export CampDesk can read.")
        .arg(line)
        .arg(QLocale().toString(MaxJsonDepth));
}

QString InputLimits::lineTooLong(qint64 line, qint64 limit)
{
    return tr("line %1: the line is longer than %2, longer than any chat message can be. This is not a chat export "
              "CampDesk can read.")
        .arg(line)
        .arg(amount(limit));
}

QString InputLimits::fileTooBig(const QString &name, qint64 limit)
{
    return tr("%1 is larger than %2 MB, the most CampDesk reads of such a file. Nothing was imported: check that it "
              "is the file you meant.")
        .arg(name, megabytes(limit));
}

} // namespace CampDesk
