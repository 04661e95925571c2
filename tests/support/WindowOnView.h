#pragma once

#include <QDate>
#include <QSize>
#include <QString>

#include <memory>

namespace CampDesk {
class MainWindow;
}

namespace CampDesk::Testing {

// How a view test's main window opens: on which view, the day it takes as
// today (a fixed day keeps the clock out of what the views show; null
// leaves the real one) and its size (large enough for every view's panes).
struct WindowOnView {
    QString view;
    QDate today;
    QSize size {1280, 800};
};

// A main window on the workspace at `address`, shown, exposed and on
// `on.view`. Null, with the reason recorded as the test's failure, when a
// step fails: a fixture's SetUp asserts it.
std::unique_ptr<MainWindow> openWindowOn(const QString &address, const WindowOnView &on);

} // namespace CampDesk::Testing
