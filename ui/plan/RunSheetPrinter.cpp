#include "ui/plan/RunSheetPrinter.h"

#include "core/Translations.h"
#include "core/Workspace.h"
#include "ui/print/PrintedDocument.h"

#include <QPageLayout>
#include <QPrintDialog>
#include <QPrinter>

namespace CampDesk {

PrintedDocument RunSheetPrinter::document(const RunSheetContent &sheet)
{
    PrintedDocument document(Translations::currentLanguage());
    document.setTitle(sheet.title);
    document.setFooter(sheet.footer);
    document.addParagraph(sheet.subtitle, PrintedDocument::Tone::Muted);
    document.addTable(sheet.table, RunSheet::columnWidths(), sheet.empty);
    return document;
}

Result<void> RunSheetPrinter::savePdf(const RunSheetContent &sheet, const QString &path, const QString &workspace)
{
    return document(sheet).writePdf(path, workspace);
}

void RunSheetPrinter::print(const RunSheetContent &sheet, QWidget *parent)
{
    const PrintedDocument printed = document(sheet);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(printed.pageSize());
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print Run Sheet"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printed.print(printer);
}

Result<void> RunSheetPrinter::write(Workspace &workspace, qint64 campId, QDate day, const QString &path)
{
    auto sheet = RunSheet::load(workspace, campId, day, PrintedDocument(Translations::currentLanguage()).locale());
    if (!sheet)
        return std::unexpected(sheet.error());
    return savePdf(*sheet, path, workspace.path());
}

} // namespace CampDesk
