#include "Processes.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

namespace CampDesk::Testing {

Outcome execute(const QString &program, const QStringList &arguments, const QString &home, const QString &timeZone)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!timeZone.isEmpty())
        environment.insert(QStringLiteral("TZ"), timeZone);
    // A private HOME keeps the default workspace and settings out of the user's.
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    // Generous: a sanitizer build on two busy cores is slow.
    EXPECT_TRUE(process.waitForFinished(110000)) << program.toStdString();
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

Outcome cli(const QStringList &arguments, const QString &home, const QString &timeZone)
{
    return execute(QStringLiteral(CAMPDESK_CLI_PATH), arguments, home, timeZone);
}

QStringList deletedOpenFiles()
{
    QStringList deleted;
    const QDir descriptors(QStringLiteral("/proc/self/fd"));
    for (const QFileInfo &descriptor : descriptors.entryInfoList(QDir::System | QDir::Files | QDir::NoDotAndDotDot)) {
        const QString target = descriptor.symLinkTarget();
        if (target.endsWith(QLatin1String(" (deleted)")) && target.contains(QLatin1String(".campdesk")))
            deleted.append(target);
    }
    return deleted;
}

} // namespace CampDesk::Testing
