#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QStringList>

namespace CampDesk {

// What `campdesk` was asked to do on its command line.
struct LaunchOptions {
    QString workspace; // empty: the default workspace
    bool demo = false;
    QString screenshot; // PNG to render, then exit
    QString language; // "en", "zh_CN" or empty for the setting
    QSize size {1280, 800};
    QString view = QStringLiteral("overview");
};

// Parses the command line, opens the workspace and shows the main window
// or renders it to a PNG. main() only builds the QApplication.
class Launcher final {
    Q_DECLARE_TR_FUNCTIONS(Launcher)

public:
    static QStringList views();
    // True when the arguments ask for a screenshot (decided before the
    // QApplication exists, to pick the offscreen platform).
    static bool wantsScreenshot(int argc, char **argv);

    static int run(const QStringList &arguments);
    // Explains that no display is available and how to render a screenshot.
    static int reportNoDisplay();
};

} // namespace CampDesk
