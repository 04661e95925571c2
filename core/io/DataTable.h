#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QVariant>

#include <optional>

namespace CampDesk {

// A column of a DataTable: its name and what its values are.
struct DataColumn final {
    enum class Kind {
        Text,
        Count, // a whole number
        Decimal, // a number with one decimal
        Percent, // a number of percent, one decimal
        Date, // a QDate
        DateTime, // a QDateTime, to the minute
    };
    QString name;
    Kind kind = Kind::Text;
};

// A table of figures as CampDesk shows, prints and exports it. A cell holds
// a value, not its text: the screen and the PDF show "41.9 %" and "–" where
// the CSV has 41.9 (its header saying "(%)") and an empty cell, and dates in
// the reader's locale where the CSV has ISO dates.
class DataTable final {
    Q_DECLARE_TR_FUNCTIONS(DataTable)

public:
    QString title;
    QList<DataColumn> columns;
    QList<QVariantList> rows; // a value per column; a null QVariant is an empty cell

    void addColumn(const QString &name, DataColumn::Kind kind = DataColumn::Kind::Text);
    void addRow(const QVariantList &values) { rows.append(values); }

    QStringList header() const;
    // A cell as the screen and the PDF show it.
    QString text(qsizetype row, qsizetype column, const QLocale &locale = QLocale()) const;
    QStringList textRow(qsizetype row, const QLocale &locale = QLocale()) const;
    // The table as CSV for a spreadsheet: numbers as numbers, the unit in the
    // header, ISO dates, blanks empty (CsvWriter's encoding and guard).
    QByteArray csv() const;

    // The one way a figure's text is written.
    static QString percent(const std::optional<double> &value, const QLocale &locale = QLocale());
    static QString decimal(double value, const QLocale &locale = QLocale());
    static QString date(QDate day, const QLocale &locale = QLocale());
    static QString dateTime(const QDateTime &time, const QLocale &locale = QLocale());
    // "–": no value.
    static QString none();
};

} // namespace CampDesk
