#include "plan/RunSheetPrinter.h"

#include "io/OutputFile.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

namespace CampDesk {

namespace {

void render(const QString &html, QPagedPaintDevice &device)
{
    QTextDocument document;
    document.setHtml(html);
    document.setPageSize(device.pageLayout().paintRectPixels(device.logicalDpiX()).size());
    document.print(&device);
}

} // namespace

Result<void> RunSheetPrinter::savePdf(const QString &html, const QString &path, const QString &workspace)
{
    // Refused if it would replace a workspace; written beside the target and
    // renamed, so a failure never leaves half a PDF.
    OutputFile file(path, workspace);
    if (auto opened = file.open(); !opened)
        return opened;
    {
        QPdfWriter writer(&file.device());
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(tr("Run sheet"));
        writer.setCreator(QStringLiteral("CampDesk"));
        render(html, writer);
    }
    return file.commit();
}

void RunSheetPrinter::print(const QString &html, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print Run Sheet"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    render(html, printer);
}

} // namespace CampDesk
