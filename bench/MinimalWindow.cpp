// The cold-start reference: the least a Qt Widgets program does to show a
// main window — a QApplication, a QMainWindow with a menu bar, a label and a
// status bar, shown, its first paint grabbed to an image file, exit. The driver
// times the whole process beside `campdesk --screenshot`, which does the
// same for CampDesk's main window on a workspace.
//
//   campdesk_bench_minimal_window OUT.png [--size WxH]
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QPixmap>
#include <QStatusBar>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2) {
        QTextStream(stderr) << "usage: campdesk_bench_minimal_window OUT.png [--size WxH]\n";
        return 2;
    }
    QSize size(1280, 800);
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--size")); at > 0 && at + 1 < arguments.size()) {
        const QStringList parts = arguments.at(at + 1).split(QLatin1Char('x'));
        if (parts.size() == 2)
            size = QSize(parts.at(0).toInt(), parts.at(1).toInt());
    }
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Minimal window"));
    QMenu *file = window.menuBar()->addMenu(QStringLiteral("&File"));
    file->addAction(QStringLiteral("&Quit"), &app, &QApplication::quit);
    window.menuBar()->addMenu(QStringLiteral("&Help"));
    auto *label = new QLabel(QStringLiteral("Hello from a minimal Qt Widgets window"));
    label->setAlignment(Qt::AlignCenter);
    window.setCentralWidget(label);
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(size);
    window.show();
    QApplication::processEvents();
    // The format follows the name, as for `campdesk --screenshot` (the
    // driver writes .ppm: no encoder time in either figure).
    if (!window.grab().save(arguments.at(1))) {
        QTextStream(stderr) << arguments.at(1) << " cannot be written\n";
        return 1;
    }
    return 0;
}
