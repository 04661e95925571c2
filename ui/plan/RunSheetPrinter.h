#pragma once

#include "core/Error.h"
#include "core/plan/RunSheet.h"

#include <QCoreApplication>

class QWidget;

namespace CampDesk {

class PrintedDocument;
class Workspace;

// Puts a run sheet (core's RunSheet) on paper or into a PDF, in the
// language CampDesk speaks now (campdesk-cli's --lang sets it).
class RunSheetPrinter final {
    Q_DECLARE_TR_FUNCTIONS(RunSheetPrinter)

public:
    static PrintedDocument document(const RunSheetContent &sheet);
    [[nodiscard]] static Result<void> savePdf(const RunSheetContent &sheet, const QString &path,
                                              const QString &workspace);
    static void print(const RunSheetContent &sheet, QWidget *parent);
    // campdesk-cli's run-sheet command.
    [[nodiscard]] static Result<void> write(Workspace &workspace, qint64 campId, QDate day, const QString &path);
};

} // namespace CampDesk
