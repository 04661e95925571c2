#include "tests/support/WindowOnView.h"

#include "ui/MainWindow.h"

#include <QTest>

#include <gtest/gtest.h>

namespace CampDesk::Testing {

std::unique_ptr<MainWindow> openWindowOn(const QString &address, const WindowOnView &on)
{
    auto window = std::make_unique<MainWindow>();
    if (on.today.isValid())
        window->setToday(on.today);
    if (auto opened = window->openWorkspace(address); !opened) {
        ADD_FAILURE() << "the workspace did not open: " << opened.error().message.toStdString();
        return nullptr;
    }
    window->resize(on.size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        ADD_FAILURE() << "the window was not exposed";
        return nullptr;
    }
    if (!window->showView(on.view)) {
        ADD_FAILURE() << "no view named " << on.view.toStdString();
        return nullptr;
    }
    return window;
}

} // namespace CampDesk::Testing
