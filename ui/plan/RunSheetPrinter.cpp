#include "plan/RunSheetPrinter.h"

#include <QDir>
#include <QFile>
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

Result<void> RunSheetPrinter::savePdf(const QString &html, const QString &path)
{
    // Written beside the target and renamed, so a failure never leaves half a PDF.
    const QString temporary = path + QStringLiteral(".part");
    {
        QPdfWriter writer(temporary);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(tr("Run sheet"));
        writer.setCreator(QStringLiteral("CampDesk"));
        render(html, writer);
    }
    if (!QFile::exists(temporary))
        return fail(tr("The run sheet could not be written to %1.").arg(QDir::toNativeSeparators(path)));
    QFile::remove(path);
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return fail(tr("The run sheet could not be written to %1.").arg(QDir::toNativeSeparators(path)));
    }
    return {};
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
