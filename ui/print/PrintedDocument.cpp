#include "ui/print/PrintedDocument.h"

#include "core/io/OutputFile.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace CampDesk {

namespace {

constexpr qreal BodyPoints = 10;
constexpr qreal TablePoints = 9.5;
constexpr qreal FooterPoints = 8;
constexpr qreal FooterSpace = 18; // points between the body and the page's bottom edge
constexpr qreal CellPadding = 3;
const QColor InkColor(0x22, 0x22, 0x22);
const QColor MutedColor(0x55, 0x5B, 0x66);
const QColor RuleColor(0xC8, 0xCD, 0xD5);
const QColor HeaderFill(0xE8, 0xEE, 0xF5);

bool isNumeric(DataColumn::Kind kind)
{
    return kind == DataColumn::Kind::Count || kind == DataColumn::Kind::Decimal || kind == DataColumn::Kind::Percent;
}

} // namespace

// One pass over the blocks: measuring only (no painter, to count the pages)
// or painting.
class PrintedDocument::Layout final {
public:
    Layout(const PrintedDocument &document, QPagedPaintDevice &device, QPainter *painter, int pageCount)
        : m_document(document)
        , m_device(device)
        , m_painter(painter)
        , m_pageCount(pageCount)
        , m_unit(device.logicalDpiY() / 72.0)
    {
        const QRectF paint = device.pageLayout().paintRectPixels(device.logicalDpiX());
        m_page = QRectF(0, 0, paint.width() / m_unit, paint.height() / m_unit);
        m_body = m_page.adjusted(0, 0, 0, -FooterSpace);
        m_y = m_body.top();
    }

    int run()
    {
        const QList<Block> &blocks = m_document.m_blocks;
        for (qsizetype at = 0; at < blocks.size(); ++at) {
            const Block &block = blocks.at(at);
            if (const auto *text = std::get_if<Text>(&block)) {
                // A heading is never the last thing on a page.
                const qreal following = at + 1 < blocks.size() ? firstLineHeight(blocks.at(at + 1)) : 0;
                placeText(*text, text->keepWithNext ? following : 0);
            } else if (const auto *table = std::get_if<Table>(&block)) {
                placeTable(*table);
            } else if (const auto *image = std::get_if<Image>(&block)) {
                placeImage(*image);
            }
        }
        paintFooter();
        return m_pageNumber;
    }

private:
    QFont font(qreal points, bool bold) const { return PrintedDocument::font(m_document.m_language, points, bold); }
    QRectF toDevice(const QRectF &points) const
    {
        return QRectF(points.x() * m_unit, points.y() * m_unit, points.width() * m_unit, points.height() * m_unit);
    }

    void newPage()
    {
        paintFooter();
        if (m_painter)
            m_device.newPage();
        ++m_pageNumber;
        m_y = m_body.top();
    }

    // Room for `height` points below the cursor, on a new page if needed
    // (and if the cursor is not at the top already).
    void ensure(qreal height)
    {
        if (m_y + height > m_body.bottom() && m_y > m_body.top())
            newPage();
    }

    void paintFooter()
    {
        if (!m_painter)
            return;
        m_painter->save();
        m_painter->setFont(font(FooterPoints, false));
        m_painter->setPen(MutedColor);
        const QRectF line(m_page.left(), m_page.bottom() - FooterPoints * 1.4, m_page.width(), FooterPoints * 1.4);
        m_painter->drawText(toDevice(line), Qt::AlignLeft | Qt::AlignVCenter, m_document.m_footer);
        m_painter->drawText(toDevice(line), Qt::AlignRight | Qt::AlignVCenter,
                            PrintedDocument::tr("Page %1 of %2").arg(m_pageNumber).arg(m_pageCount));
        m_painter->restore();
    }

    // The lines of a text `width` points wide, laid out for the device.
    std::unique_ptr<QTextLayout> lines(const QString &text, const QFont &font, qreal width) const
    {
        // QTextLayout breaks a line at U+2028 only: a "\n" in a cell (an
        // activity's title above its type, a note's lines, a checklist) ran
        // its lines together on paper.
        auto layout
            = std::make_unique<QTextLayout>(QString(text).replace(u'\n', QChar::LineSeparator), font, &m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout->setTextOption(option);
        layout->beginLayout();
        qreal y = 0;
        for (;;) {
            QTextLine line = layout->createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(width * m_unit);
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        layout->endLayout();
        return layout;
    }

    qreal heightOf(const QString &text, const QFont &font, qreal width) const
    {
        if (text.isEmpty())
            return QFontMetricsF(font, &m_device).height() / m_unit;
        return lines(text, font, width)->boundingRect().height() / m_unit;
    }

    qreal firstLineHeight(const Block &block) const
    {
        if (const auto *text = std::get_if<Text>(&block))
            return text->spaceBefore + QFontMetricsF(font(text->points, text->bold), &m_device).height() / m_unit;
        if (std::holds_alternative<Table>(block))
            return 3 * QFontMetricsF(font(TablePoints, true), &m_device).height() / m_unit;
        if (const auto *image = std::get_if<Image>(&block))
            return std::min(imageHeight(*image), m_body.height());
        return 0;
    }

    void placeText(const Text &text, qreal keepWith)
    {
        if (m_y > m_body.top())
            m_y += text.spaceBefore;
        const QFont textFont = font(text.points, text.bold);
        const auto layout = lines(text.text, textFont, m_body.width());
        for (int index = 0; index < layout->lineCount(); ++index) {
            const QTextLine line = layout->lineAt(index);
            const qreal height = line.height() / m_unit;
            ensure(height + (index == 0 ? keepWith : 0));
            if (m_painter) {
                m_painter->setPen(text.tone == Tone::Normal ? InkColor : MutedColor);
                line.draw(m_painter, QPointF(m_body.left() * m_unit, m_y * m_unit - line.y()));
            }
            m_y += height;
        }
        m_y += text.points * 0.3;
    }

    // The widest part of a text that cannot break (a word; one character of
    // Chinese), in points.
    qreal unbreakableWidth(const QString &text, const QFont &font) const
    {
        QTextLayout layout(text, font, &m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WordWrap);
        layout.setTextOption(option);
        layout.beginLayout();
        qreal widest = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(1);
            widest = std::max(widest, line.naturalTextWidth());
        }
        layout.endLayout();
        return widest / m_unit;
    }

    // The caller's weights share the page's width, but no column is made
    // narrower than its widest word ("Participants" never breaks into
    // "Particip/ants"): what such a column needs is taken from the columns
    // with room to spare.
    QList<qreal> columnWidths(const Table &table) const
    {
        const qsizetype count = table.data.columns.size();
        QList<qreal> weights = table.widths;
        while (weights.size() < count)
            weights.append(1.0);
        qreal sum = 0;
        for (qsizetype column = 0; column < count; ++column)
            sum += weights.at(column);
        const QStringList header = table.data.header();
        QList<qreal> widths;
        QList<qreal> least;
        for (qsizetype column = 0; column < count; ++column) {
            widths.append(m_body.width() * weights.at(column) / (sum > 0 ? sum : 1));
            qreal need = unbreakableWidth(header.value(column), font(TablePoints, true));
            for (qsizetype row = 0; row < table.data.rows.size(); ++row)
                need = std::max(
                    need,
                    unbreakableWidth(table.data.text(row, column, m_document.m_locale), font(TablePoints, false)));
            least.append(need + 2 * CellPadding + 0.5);
        }
        qreal deficit = 0;
        qreal slack = 0;
        for (qsizetype column = 0; column < count; ++column) {
            deficit += std::max<qreal>(0, least.at(column) - widths.at(column));
            slack += std::max<qreal>(0, widths.at(column) - least.at(column));
        }
        if (deficit <= 0 || slack < deficit)
            return widths; // nothing to move, or no room for every word
        for (qsizetype column = 0; column < count; ++column) {
            if (widths.at(column) < least.at(column))
                widths[column] = least.at(column);
            else
                widths[column] -= deficit * (widths.at(column) - least.at(column)) / slack;
        }
        return widths;
    }

    qreal rowHeight(const QStringList &cells, const QList<qreal> &widths, const QFont &font) const
    {
        qreal height = 0;
        for (qsizetype column = 0; column < cells.size(); ++column)
            height = std::max(height, heightOf(cells.at(column), font, widths.at(column) - 2 * CellPadding));
        return height + 2 * CellPadding;
    }

    void paintRow(const QStringList &cells, const QList<qreal> &widths, const QFont &font,
                  const QList<DataColumn> &columns, qreal height, bool header)
    {
        if (!m_painter)
            return;
        m_painter->save();
        const QRectF row(m_body.left(), m_y, m_body.width(), height);
        if (header)
            m_painter->fillRect(toDevice(row), HeaderFill);
        m_painter->setPen(QPen(RuleColor, 0.5 * m_unit));
        m_painter->drawLine(toDevice(QRectF(row.bottomLeft(), row.bottomRight())).topLeft(),
                            toDevice(QRectF(row.bottomLeft(), row.bottomRight())).topRight());
        m_painter->setPen(InkColor);
        qreal x = m_body.left();
        for (qsizetype column = 0; column < cells.size(); ++column) {
            const qreal width = widths.at(column);
            const auto layout = lines(cells.at(column), font, width - 2 * CellPadding);
            const bool right = !header && isNumeric(columns.at(column).kind);
            for (int index = 0; index < layout->lineCount(); ++index) {
                const QTextLine line = layout->lineAt(index);
                const qreal shift = right ? (width - 2 * CellPadding) * m_unit - line.naturalTextWidth() : 0;
                line.draw(m_painter, QPointF((x + CellPadding) * m_unit + shift, (m_y + CellPadding) * m_unit));
            }
            x += width;
        }
        m_painter->restore();
    }

    void placeTable(const Table &table)
    {
        const DataTable &data = table.data;
        if (!data.title.isEmpty())
            placeText(Text {data.title, 11.5, true, Tone::Normal, 10, false}, firstLineHeight(Block(table)));
        if (data.rows.isEmpty()) {
            placeText(Text {table.empty, BodyPoints, false, Tone::Muted, 0, false}, 0);
            return;
        }
        const QList<qreal> widths = columnWidths(table);
        const QFont headerFont = font(TablePoints, true);
        const QFont cellFont = font(TablePoints, false);
        const QStringList header = data.header();
        const qreal headerHeight = rowHeight(header, widths, headerFont);
        const auto paintHeader = [&] {
            paintRow(header, widths, headerFont, data.columns, headerHeight, true);
            m_y += headerHeight;
        };
        for (qsizetype row = 0; row < data.rows.size(); ++row) {
            const QStringList cells = data.textRow(row, m_document.m_locale);
            const qreal height = rowHeight(cells, widths, cellFont);
            const bool fitsOnAPage = headerHeight + height <= m_body.height();
            if (row == 0) {
                ensure(headerHeight + (fitsOnAPage ? height : 0));
                paintHeader();
            } else if (m_y + height > m_body.bottom() && fitsOnAPage) {
                newPage();
                paintHeader();
            }
            paintRow(cells, widths, cellFont, data.columns, height, false);
            m_y += height;
            // A row taller than a page (a very long note) runs on.
            while (m_y > m_body.bottom()) {
                const qreal over = m_y - m_body.bottom();
                newPage();
                m_y += over;
            }
        }
        m_y += 6;
    }

    qreal imageHeight(const Image &image) const
    {
        if (image.image.isNull())
            return 0;
        const QSizeF size = image.image.deviceIndependentSize();
        const qreal width = m_body.width() * image.widthShare;
        return width * size.height() / std::max<qreal>(size.width(), 1);
    }

    void placeImage(const Image &image)
    {
        if (image.image.isNull())
            return;
        qreal width = m_body.width() * image.widthShare;
        qreal height = imageHeight(image);
        if (height > m_body.height()) {
            width *= m_body.height() / height;
            height = m_body.height();
        }
        ensure(height);
        if (m_painter) {
            const QRectF target(m_body.left() + (m_body.width() - width) / 2, m_y, width, height);
            m_painter->drawImage(toDevice(target), image.image);
        }
        m_y += height + 6;
    }

    const PrintedDocument &m_document;
    QPagedPaintDevice &m_device;
    QPainter *m_painter;
    int m_pageCount;
    qreal m_unit;
    QRectF m_page;
    QRectF m_body;
    qreal m_y = 0;
    int m_pageNumber = 1;
};

PrintedDocument::PrintedDocument(const QString &language)
    : m_language(language)
    , m_locale(language == QLatin1String("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China)
                                                  : QLocale(QLocale::English, QLocale::UnitedStates))
{
}

QFont PrintedDocument::font(const QString &language, qreal points, bool bold)
{
    // Han characters take Simplified Chinese shapes in both languages (a
    // member's name in an English report too), whatever the system's locale
    // would pick; Latin text in an English document takes a Latin face.
    static const QStringList chinese {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                                      QStringLiteral("Noto Sans SC"), QStringLiteral("WenQuanYi Micro Hei")};
    QStringList families;
    if (language != QLatin1String("zh_CN"))
        families << QStringLiteral("Noto Sans") << QStringLiteral("DejaVu Sans") << QStringLiteral("Liberation Sans");
    families << chinese;
    QFont font;
    font.setFamilies(families);
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setItalic(false);
    return font;
}

void PrintedDocument::setTitle(const QString &title)
{
    m_title = title;
    m_blocks.prepend(Text {title, 18, true, Tone::Normal, 0, true});
}

void PrintedDocument::setFooter(const QString &footer)
{
    m_footer = footer;
}

void PrintedDocument::addHeading(const QString &text)
{
    m_blocks.append(Text {text, 14, true, Tone::Normal, 14, true});
}

void PrintedDocument::addSubheading(const QString &text)
{
    m_blocks.append(Text {text, 11.5, true, Tone::Normal, 10, true});
}

void PrintedDocument::addParagraph(const QString &text, Tone tone)
{
    m_blocks.append(Text {text, tone == Tone::Small ? 8.5 : BodyPoints, false, tone, 2, false});
}

void PrintedDocument::addTable(const DataTable &table, const QList<qreal> &widths, const QString &empty)
{
    m_blocks.append(Table {table, widths, empty});
}

void PrintedDocument::addImage(const QImage &image, qreal widthShare)
{
    m_blocks.append(Image {image, widthShare});
}

QPageSize PrintedDocument::pageSize() const
{
    // Paper is where the document is printed: Letter in the United States
    // and Canada, A4 elsewhere.
    const QLocale::Territory territory = QLocale::system().territory();
    const bool letter = territory == QLocale::UnitedStates || territory == QLocale::Canada;
    return QPageSize(letter ? QPageSize::Letter : QPageSize::A4);
}

int PrintedDocument::print(QPagedPaintDevice &device) const
{
    // First to count the pages ("page 2 of 5"), then to paint them.
    const int pages = Layout(*this, device, nullptr, 0).run();
    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    Layout(*this, device, &painter, pages).run();
    return pages;
}

Result<void> PrintedDocument::writePdf(const QString &path, const QString &openWorkspace) const
{
    OutputFile file(path, openWorkspace);
    if (auto opened = file.open(); !opened)
        return opened;
    {
        QPdfWriter pdf(&file.device());
        pdf.setPageSize(pageSize());
        pdf.setPageMargins(QMarginsF(16, 16, 16, 14), QPageLayout::Millimeter);
        pdf.setResolution(300);
        pdf.setTitle(m_title);
        pdf.setCreator(QStringLiteral("CampDesk"));
        print(pdf);
    }
    return file.commit();
}

} // namespace CampDesk
