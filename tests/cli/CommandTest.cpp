// The Command base class's shared behaviour, on a command made for the test:
// every command parses --workspace, --camp and --json, opens the camp and
// reports its errors the same way.
#include "cli/Command.h"

#include "tests/support/TempWorkspace.h"

#include <QTextStream>

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

namespace {

class ProbeCommand final : public Command {
public:
    ProbeCommand()
        : Command({.name = QStringLiteral("probe"), .description = QStringLiteral("Probe."), .json = true})
    {
    }

private:
    Outcome<void> run(Context &context) override
    {
        context.out << context.campId << ' ' << context.camp.name << ' ' << (context.json ? "json" : "text");
        // A stop after output: what was printed stays, the error follows.
        if (context.campId == 2)
            return std::unexpected(CommandStop {CommandLine::Incomplete, QStringLiteral("stopped")});
        return {};
    }
};

// One run of the probe command: its exit code and what it printed.
struct ProbeRun {
    explicit ProbeRun(const QStringList &arguments)
    {
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        code = ProbeCommand().execute(arguments, outStream, errStream);
    }

    QString out;
    QString err;
    int code = -1;
};

} // namespace

TEST(CommandTest, MissingCampIsAUsageErrorOnOneLine)
{
    const ProbeRun run = ProbeRun({QStringLiteral("--json")});
    EXPECT_EQ(run.code, CommandLine::UsageError);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_EQ(run.err, QStringLiteral("campdesk-cli: Missing --camp. (try “campdesk-cli --help”)\n"));
}

TEST(CommandTest, MissingWorkspaceFailsBeforeRunning)
{
    TempDir dir;
    const ProbeRun run = ProbeRun({QStringLiteral("--camp"), QStringLiteral("1"), QStringLiteral("--json"),
                                   QStringLiteral("--workspace"), dir.path(QStringLiteral("none.campdesk"))});
    EXPECT_EQ(run.code, CommandLine::Failure);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("campdesk-cli: "))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("does not exist"))) << run.err.toStdString();
    EXPECT_EQ(run.err.count(u'\n'), 1);
}

TEST(CommandTest, OpensTheCampOnceAndRuns)
{
    TempDir dir;
    const QString workspace = dir.path(QStringLiteral("probe.campdesk"));
    writeWorkspaceOfCamps(workspace);
    const ProbeRun unknown
        = ProbeRun({QStringLiteral("--camp"), QStringLiteral("777"), QStringLiteral("--workspace"), workspace});
    EXPECT_EQ(unknown.code, CommandLine::Failure);
    EXPECT_TRUE(unknown.out.isEmpty());
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("777"))) << unknown.err.toStdString();

    const ProbeRun text
        = ProbeRun({QStringLiteral("--camp"), QStringLiteral("1"), QStringLiteral("--workspace"), workspace});
    EXPECT_EQ(text.code, CommandLine::Success) << text.err.toStdString();
    EXPECT_TRUE(text.out.startsWith(QStringLiteral("1 "))) << text.out.toStdString();
    EXPECT_TRUE(text.out.endsWith(QStringLiteral(" text")));
    const ProbeRun json = ProbeRun({QStringLiteral("--camp"), QStringLiteral("1"), QStringLiteral("--json"),
                                    QStringLiteral("--workspace"), workspace});
    EXPECT_TRUE(json.out.endsWith(QStringLiteral(" json"))) << json.out.toStdString();

    const ProbeRun stopped
        = ProbeRun({QStringLiteral("--camp"), QStringLiteral("2"), QStringLiteral("--workspace"), workspace});
    EXPECT_EQ(stopped.code, CommandLine::Incomplete);
    EXPECT_TRUE(stopped.out.startsWith(QStringLiteral("2 ")));
    EXPECT_EQ(stopped.err, QStringLiteral("campdesk-cli: stopped\n"));
}

TEST(CommandTest, HelpListsTheSharedOptionsAndArgumentsAreRefused)
{
    const ProbeRun help = ProbeRun({QStringLiteral("--help")});
    EXPECT_EQ(help.code, CommandLine::Success);
    EXPECT_TRUE(help.out.contains(QStringLiteral("Probe.")));
    const qsizetype camp = help.out.indexOf(QStringLiteral("--camp"));
    const qsizetype workspace = help.out.indexOf(QStringLiteral("--workspace"));
    const qsizetype json = help.out.indexOf(QStringLiteral("--json"));
    EXPECT_TRUE(camp >= 0 && camp < workspace && workspace < json) << help.out.toStdString();

    const ProbeRun extra = ProbeRun({QStringLiteral("extra")});
    EXPECT_EQ(extra.code, CommandLine::UsageError);
    EXPECT_TRUE(extra.err.contains(QStringLiteral("“extra”"))) << extra.err.toStdString();
}
