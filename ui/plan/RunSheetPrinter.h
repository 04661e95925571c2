#pragma once

#include "Error.h"

#include <QCoreApplication>

class QWidget;

namespace CampDesk {

// Puts a run sheet (HTML from core's RunSheet) on paper or into a PDF.
class RunSheetPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(RunSheetPrinter)

public:
    [[nodiscard]] static Result<void> savePdf(const QString &html, const QString &path,
                                              const QString &workspace);
    static void print(const QString &html, QWidget *parent);
};

} // namespace CampDesk
