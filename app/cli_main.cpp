#include "cli/CommandLine.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CampDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("CampDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAMPDESK_VERSION));
    CampDesk::Translations::install(CampDesk::Translations::systemLanguage());

    QTextStream out(stdout);
    QTextStream err(stderr);
    CampDesk::CommandLine commandLine(out, err);
    return commandLine.run(QCoreApplication::arguments().mid(1));
}
