#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace CampDesk {

// campdesk-cli: finds the command its arguments name (cli/commands/, one
// class a command) and runs it. A library of its own (cli/) so it can be
// tested in-process as well as through the executable.
class CommandLine final {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // Incomplete: an import was written, but messages of the file could not
    // be read and are missing from it (its warnings name them).
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2, Incomplete = 3 };

    CommandLine(QTextStream &out, QTextStream &err);

    // `arguments` excludes the program name.
    int run(const QStringList &arguments);

private:
    int usageError(const QString &message);
    QString generalHelp() const;

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace CampDesk
