#pragma once

#include "cli/CommandLine.h"
#include "core/Error.h"
#include "core/domain/Camp.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <expected>
#include <memory>

class QTextStream;

namespace CampDesk {

class Workspace;

// Why a command stopped early: the message for standard error and the exit
// code (CommandLine::ExitCode). Every command reports its errors through this
// one path, so each looks the same.
struct CommandStop final {
    int code = CommandLine::Failure;
    QString message;
};

template<typename T> using Outcome = std::expected<T, CommandStop>;

// One campdesk-cli command, as KeePassXC's src/cli has a class a command. The
// base class does what every command did for itself: parses the options
// (--workspace, --camp, --json and the command's own), prints help and usage
// errors, opens the workspace and finds the camp once, and prints an error one
// way. A command says what it needs in its Traits and does its own work in
// prepare() (before the workspace is opened) and run().
class Command {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    virtual ~Command();

    // "camps list", "stats": the words that select the command.
    QString name() const { return m_traits.name; }
    // `arguments` follow the command's name; returns the exit code.
    int execute(const QStringList &arguments, QTextStream &out, QTextStream &err);

    // Prints a stop as every campdesk-cli error is printed (a usage error
    // points to --help) and returns its exit code.
    static int report(QTextStream &err, const CommandStop &stop);
    static std::unexpected<CommandStop> usage(QString message);
    static std::unexpected<CommandStop> failed(QString message);
    static std::unexpected<CommandStop> failed(const Error &error) { return failed(error.message); }

protected:
    enum class CampUse {
        None, // no --camp
        Optional, // --camp may be given; the camp is found when it is
        Required, // --camp must be given
    };
    enum class WorkspaceUse {
        Opens, // --workspace, opened before run()
        Creates, // --workspace, opened and created when it does not exist
        Names, // --workspace only names the file; the command opens it itself
        None, // no --workspace: the command's arguments name its workspaces
    };
    struct Traits {
        QString name;
        QString description;
        WorkspaceUse workspace = WorkspaceUse::Opens;
        CampUse camp = CampUse::Required;
        bool json = false; // offers --json
        bool create = false; // offers --create
        // One positional argument (its name and help text), or none.
        QString argument;
        QString argumentHelp;
        // --camp, --workspace and --json before the command's own options in
        // the help text.
        bool sharedOptionsFirst = false;
    };
    // What run() works on.
    struct Context {
        const QCommandLineParser &parser;
        QTextStream &out;
        QTextStream &err;
        Workspace *workspace = nullptr;
        qint64 campId = 0;
        Camp camp;
        bool json = false;
        // The positional argument, if the command takes one.
        QString argument;
    };

    explicit Command(Traits traits);

    // The command's own options, in the order its help lists them.
    virtual QList<QCommandLineOption> options() const { return {}; }
    // Checks the positional argument before the camp id is read.
    virtual Outcome<void> checkArgument(const QString &argument);
    // The camp the command works on (0: none); by default --camp's.
    virtual Outcome<qint64> campId(const QCommandLineParser &parser) const;
    // Checks the command's own options before the workspace is opened.
    virtual Outcome<void> prepare(const QCommandLineParser &parser);
    virtual Outcome<void> run(Context &context) = 0;
    // The usage error for a wrong number of positional arguments.
    virtual QString wrongArgumentCount() const;

    // A camp id as typed (an option's value or an argument).
    static Outcome<qint64> parseCampId(const QString &text);
    struct Opened {
        std::unique_ptr<Workspace> workspace;
        Camp camp;
    };
    // Opens the workspace of --workspace and finds camp `campId` in it (when
    // not 0).
    static Outcome<Opened> open(const Context &context, qint64 campId, bool creates = false);
    // Tells, on standard error, that opening brought `workspace` up from an
    // earlier version (an earlier CampDesk cannot open it now).
    static void noteUpgrade(QTextStream &err, const Workspace &workspace);
    // Applies --lang (en, zh_CN) of a command that writes a document.
    static Outcome<void> applyLanguage(const QCommandLineParser &parser);
    // --camp, which must be given.
    static Outcome<qint64> requiredCampId(const QCommandLineParser &parser);
    // -o FILE must be given and must not replace a workspace.
    static Outcome<void> requireOutput(const QCommandLineParser &parser, const QCommandLineOption &output);

private:
    Outcome<void> executeParsed(const QCommandLineParser &parser, QTextStream &out, QTextStream &err);
    QList<QCommandLineOption> allOptions() const;

    Traits m_traits;
};

} // namespace CampDesk
