#include "MessageBox.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QThreadPool>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CampDeskTests"));
    QApplication::setApplicationName(QStringLiteral("CampDeskTests"));
    CampDesk::MessageBox::setTestMode(true);
    // Settings persist between test processes; each run starts from none.
    QSettings().clear();
    ::testing::InitGoogleTest(&argc, argv);
    const int result = RUN_ALL_TESTS();
    // Painting big images (the PDF report's charts) runs on the global
    // thread pool. Once, in the fresh chroot under load, LeakSanitizer's
    // tracer crashed while stopping the world at the exit of the demo
    // walk-through (which had passed); threads still ending are the likely
    // cause. Join them here, long before the leak check at exit.
    QThreadPool::globalInstance()->waitForDone();
    return result;
}
