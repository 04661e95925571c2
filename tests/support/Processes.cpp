#include "tests/support/Processes.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace CampDesk::Testing {

Outcome execute(const QString &program, const QStringList &arguments, const QString &home, const QString &timeZone,
                const QByteArray &input)
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
    // Standard input ends after `input`: a program that reads it never waits.
    process.write(input);
    process.closeWriteChannel();
    // Generous: a sanitizer build on two busy cores is slow.
    EXPECT_TRUE(process.waitForFinished(110000)) << program.toStdString();
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

Outcome cli(const QStringList &arguments, const QString &home, const QString &timeZone)
{
    return execute(QStringLiteral(CAMPDESK_CLI_PATH), arguments, home, timeZone);
}

Outcome cliReading(const QByteArray &input, const QStringList &arguments, const QString &home)
{
    return execute(QStringLiteral(CAMPDESK_CLI_PATH), arguments, home, QString(), input);
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

PdfLayout pdfLayout(const QString &path)
{
    PdfLayout layout;
    const Outcome boxes
        = execute(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")}, QString());
    const QString html = QString::fromUtf8(boxes.out);
    static const QRegularExpression element(
        QStringLiteral("<page width=\"([0-9.]+)\" height=\"([0-9.]+)\"|<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" "
                       "xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>"));
    for (auto it = element.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (!match.captured(1).isEmpty()) {
            if (layout.pages++ == 0)
                layout.pageSize = QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble());
            continue;
        }
        const QPointF topLeft(match.captured(3).toDouble(), match.captured(4).toDouble());
        const QPointF bottomRight(match.captured(5).toDouble(), match.captured(6).toDouble());
        layout.words.append({layout.pages, QRectF(topLeft, bottomRight), match.captured(7)});
    }
    return layout;
}

} // namespace CampDesk::Testing
