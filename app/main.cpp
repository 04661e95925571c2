#include "core/Workspace.h"
#include "ui/Launcher.h"

#include <QApplication>
#include <QIcon>

namespace {

bool displayAvailable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
        || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    CampDesk::Workspace::failWritesInsteadOfDying();
    const bool screenshot = CampDesk::Launcher::wantsScreenshot(argc, argv);
    if (screenshot && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without a display Qt would abort with a platform-plugin error. Start
    // offscreen instead, just far enough to explain in the user's language.
    const bool noDisplay = !screenshot && !displayAvailable();
    if (noDisplay)
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CampDesk"));
    QApplication::setApplicationName(QStringLiteral("CampDesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("CampDesk"));
    QApplication::setApplicationVersion(QStringLiteral(CAMPDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.campdesk.CampDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/campdesk.svg")));
    if (noDisplay)
        return CampDesk::Launcher::reportNoDisplay();
    return CampDesk::Launcher::run(QApplication::arguments());
}
