#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>

class QWidget;

namespace CampDesk {

class MainWindow;

// What `campdesk --screenshot --view VIEW` shows, set up as an operator
// would have it: the view opened over the main window, and the dialogs
// filled with what an operator would paste or pick (a 接龙 list as members
// post it, a roster CSV with a formula-like name, the lowest day drilled
// into). Kept out of the launcher, which only starts the program.
class ScreenshotStage final {
    Q_DECLARE_TR_FUNCTIONS(ScreenshotStage)

public:
    // Shows `view` in `window` at `size` and returns the widget to grab.
    [[nodiscard]] static Result<QWidget *> stage(MainWindow &window, const QString &view, QSize size);

private:
    static Result<QWidget *> speechEditor(MainWindow &window);
    static QWidget *jielong(MainWindow &window);
    static void review(MainWindow &window);
    static QWidget *activityReview(MainWindow &window);
    static QWidget *restoreBackup(MainWindow &window);
    static QWidget *rosterImport(MainWindow &window);
    static QWidget *member(MainWindow &window);
};

} // namespace CampDesk
