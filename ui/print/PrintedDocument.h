#pragma once

#include "core/Error.h"
#include "core/io/DataTable.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QList>
#include <QLocale>
#include <QPageSize>
#include <QString>

#include <variant>

class QPagedPaintDevice;
class QPainter;

namespace CampDesk {

// A document CampDesk lays out for paper itself: headings, paragraphs,
// tables and images, in the order added. QTextDocument splits a table row's
// cells across pages and takes its fonts from the system's locale; here a
// row never breaks (unless it is taller than a page), a table's header
// repeats on every page it runs onto, headings stay with what follows, and
// the fonts are chosen by the document's language (Noto Sans CJK SC for
// Chinese, never a synthesised italic). Measured in points, at 10 pt body
// text, on A4 (Letter where the language's locale uses it).
class PrintedDocument final {
    Q_DECLARE_TR_FUNCTIONS(PrintedDocument)

public:
    // `language`: "en" or "zh_CN"; it chooses the fonts, the paper and the
    // locale of dates and numbers.
    explicit PrintedDocument(const QString &language);

    enum class Tone { Normal, Muted, Small };

    void setTitle(const QString &title); // the first heading, and the PDF's title
    void setFooter(const QString &footer); // on every page, with "page N of M"
    void addHeading(const QString &text);
    void addSubheading(const QString &text);
    void addParagraph(const QString &text, Tone tone = Tone::Normal);
    // Relative column widths (any numbers; empty: even); `empty` is printed
    // instead of a table without rows.
    void addTable(const DataTable &table, const QList<qreal> &widths = {}, const QString &empty = {});
    // An image `widthShare` of the text width wide, its height in proportion.
    void addImage(const QImage &image, qreal widthShare = 1.0);

    QLocale locale() const { return m_locale; }
    QPageSize pageSize() const;
    // The fonts of a document in `language` (families chosen so Han
    // characters take their Simplified Chinese shapes in both languages).
    static QFont font(const QString &language, qreal points, bool bold = false);

    // Lays out and paints every page on `device` (a QPdfWriter, a QPrinter);
    // the number of pages.
    int print(QPagedPaintDevice &device) const;
    // Writes a PDF through OutputFile (refusing a workspace, temporary file
    // renamed into place); `openWorkspace` as OutputFile takes it.
    [[nodiscard]] Result<void> writePdf(const QString &path, const QString &openWorkspace) const;

private:
    struct Text {
        QString text;
        qreal points = 10;
        bool bold = false;
        Tone tone = Tone::Normal;
        qreal spaceBefore = 0;
        bool keepWithNext = false;
    };
    struct Table {
        DataTable data;
        QList<qreal> widths;
        QString empty;
    };
    struct Image {
        QImage image;
        qreal widthShare = 1.0;
    };
    using Block = std::variant<Text, Table, Image>;

    class Layout;

    QString m_language;
    QLocale m_locale;
    QString m_title;
    QString m_footer;
    QList<Block> m_blocks;
};

} // namespace CampDesk
