#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace CampDesk {

// campdesk-cli: every command, its options and its output. Kept in core so it
// can be tested in-process as well as through the executable.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    CommandLine(QTextStream &out, QTextStream &err);

    // `arguments` excludes the program name.
    int run(const QStringList &arguments);

private:
    int runCamps(const QStringList &arguments);
    int campsList(const QStringList &arguments);
    int campsCreate(const QStringList &arguments);
    int campsShow(const QStringList &arguments);

    int usageError(const QString &message);
    int failure(const QString &message);
    QString generalHelp() const;

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace CampDesk
