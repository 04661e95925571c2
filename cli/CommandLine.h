#pragma once

#include "core/domain/Camp.h"
#include "core/review/ReviewSeries.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QTimeZone>

#include <memory>
#include <optional>

class QCommandLineParser;
class QTextStream;

namespace CampDesk {

class Workspace;
struct ChatImportSummary;

// campdesk-cli: every command, its options and its output. A library of its
// own (cli/) so it can be tested in-process as well as through the executable.
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
    int runCamps(const QStringList &arguments);
    int campsList(const QStringList &arguments);
    int campsCreate(const QStringList &arguments);
    int campsShow(const QStringList &arguments);
    int templates(const QStringList &arguments);
    int plan(const QStringList &arguments);
    int activities(const QStringList &arguments);
    int exportIcs(const QStringList &arguments);
    int speech(const QStringList &arguments);
    int speechList(const QStringList &arguments);
    int speechRender(const QStringList &arguments);
    int roster(const QStringList &arguments);
    int rosterImport(const QStringList &arguments);
    int rosterList(const QStringList &arguments);
    int rosterExport(const QStringList &arguments);
    // Participation (CaptureCommands.cpp).
    int chatImport(const QStringList &arguments);
    int jielong(const QStringList &arguments);
    int stats(const QStringList &arguments);
    int generate(const QStringList &arguments);
    int identities(const QStringList &arguments);
    // Reviews and printed output (ReviewCommands.cpp).
    int report(const QStringList &arguments);
    int runSheet(const QStringList &arguments);
    // Applies --lang (en, zh_CN) of a command that writes a document; false
    // after a usage error.
    bool applyLanguage(const QCommandLineParser &parser, int &exitCode);

    // Parses `arguments` for `command`; returns false after printing help
    // (exitCode Success) or a usage error (exitCode UsageError).
    // `positionals`: how many positional arguments the command takes (0 or 1).
    bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments, int &exitCode,
               int positionals = 0);
    bool campId(const QCommandLineParser &parser, qint64 &id, int &exitCode);
    // Opens the workspace of --workspace (which must exist) and finds camp
    // `id` in it; on failure prints why and sets `exitCode`.
    struct OpenedCamp {
        std::unique_ptr<Workspace> workspace;
        Camp camp;
    };
    std::optional<OpenedCamp> openCamp(const QCommandLineParser &parser, qint64 id, int &exitCode);

    void printImportSummary(const ChatImportSummary &summary, const QTimeZone &zone,
                            const QHash<qint64, QString> &names);
    // The camp's members' names by person id.
    static QHash<qint64, QString> memberNames(Workspace &workspace, qint64 campId);

    int usageError(const QString &message);
    int failure(const QString &message);
    QString generalHelp() const;

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace CampDesk
