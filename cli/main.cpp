#include "cli/CommandLine.h"
#include "cli/TerminalDevice.h"
#include "core/Translations.h"
#include "core/Workspace.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// Only `report --pdf` and `run-sheet` draw (fonts and Qt Charts need a
// QApplication); every other command runs on a plain QCoreApplication and
// never touches a display.
bool draws(int argc, char *argv[])
{
    bool report = false, pdf = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "run-sheet") == 0)
            return true;
        report = report || std::strcmp(argv[i], "report") == 0;
        pdf = pdf || std::strcmp(argv[i], "--pdf") == 0 || std::strncmp(argv[i], "--pdf=", 6) == 0;
    }
    return report && pdf;
}

} // namespace

int main(int argc, char *argv[])
{
    CampDesk::Workspace::failWritesInsteadOfDying();
    std::unique_ptr<QCoreApplication> app;
    if (draws(argc, argv)) {
        // No window opens: draw offscreen unless the caller chose a platform.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("CampDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("CampDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAMPDESK_VERSION));
    CampDesk::Translations::install(CampDesk::Translations::systemLanguage());

    // Every byte the tool prints goes through the filter that keeps control
    // characters from files off the terminal.
    CampDesk::TerminalDevice outDevice(stdout);
    CampDesk::TerminalDevice errDevice(stderr);
    QTextStream out(&outDevice);
    QTextStream err(&errDevice);
    CampDesk::CommandLine commandLine(out, err);
    return commandLine.run(QCoreApplication::arguments().mid(1));
}
