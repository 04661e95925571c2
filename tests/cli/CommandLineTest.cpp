#include "cli/CommandLine.h"

#include "core/BackupFolder.h"
#include "core/Workspace.h"
#include "core/storage/Schema.h"
#include "tests/support/TempWorkspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTextStream>

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

namespace {

struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

CliRun run(const QStringList &arguments)
{
    CliRun result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    CommandLine commandLine(out, err);
    result.code = commandLine.run(arguments);
    out.flush();
    err.flush();
    return result;
}

QJsonObject json(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << text.toStdString();
    return document.object();
}

} // namespace

TEST(CommandLineTest, CreateThenListAndShowAsJson)
{
    TempDir dir;
    const QString workspace = dir.path(QStringLiteral("cli.campdesk"));
    const CliRun created
        = run({QStringLiteral("camps"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("读书营"),
               QStringLiteral("--course-start"), QStringLiteral("2027-02-01"), QStringLiteral("--course-end"),
               QStringLiteral("2027-02-14"), QStringLiteral("--prep-days"), QStringLiteral("2"),
               QStringLiteral("--target-active-rate"), QStringLiteral("40"), QStringLiteral("--workspace"), workspace,
               QStringLiteral("--json")});
    ASSERT_EQ(created.code, 0) << created.err.toStdString();
    const QJsonObject camp = json(created.out);
    const qint64 id = camp.value(QStringLiteral("id")).toInteger();
    EXPECT_GT(id, 0);
    EXPECT_EQ(camp.value(QStringLiteral("name")).toString(), QStringLiteral("读书营"));
    EXPECT_EQ(camp.value(QStringLiteral("preparation_start")).toString(), QStringLiteral("2027-01-30"));
    EXPECT_EQ(camp.value(QStringLiteral("course_days")).toInt(), 14);
    EXPECT_EQ(camp.value(QStringLiteral("target_active_rate")).toDouble(), 40.0);

    const CliRun listed = run({QStringLiteral("camps"), QStringLiteral("list"), QStringLiteral("--json"),
                               QStringLiteral("--workspace"), workspace});
    ASSERT_EQ(listed.code, 0) << listed.err.toStdString();
    const QJsonArray camps = json(listed.out).value(QStringLiteral("camps")).toArray();
    ASSERT_EQ(camps.size(), 1);
    EXPECT_EQ(camps.first().toObject().value(QStringLiteral("id")).toInteger(), id);

    const CliRun shown = run({QStringLiteral("camps"), QStringLiteral("show"), QString::number(id),
                              QStringLiteral("--json"), QStringLiteral("--workspace"), workspace});
    ASSERT_EQ(shown.code, 0) << shown.err.toStdString();
    const QJsonObject detail = json(shown.out);
    for (const char *key : {"id",
                            "name",
                            "theme",
                            "description",
                            "status",
                            "preparation_start",
                            "course_start",
                            "course_end",
                            "wrap_up_end",
                            "course_days",
                            "target_members",
                            "target_active_rate",
                            "target_checkin_rate",
                            "group_rules",
                            "faq",
                            "member_count",
                            "members_left",
                            "staff_count",
                            "roster_count",
                            "members_by_role"}) {
        EXPECT_TRUE(detail.contains(QLatin1String(key))) << key;
    }
    EXPECT_EQ(detail.value(QStringLiteral("members_by_role")).toObject().keys().size(), 6);
}

TEST(CommandLineTest, UsageErrorsExitWithTwoAndOneLine)
{
    TempDir dir;
    const QString workspace = dir.path(QStringLiteral("cli.campdesk"));
    const QList<QStringList> bad = {
        {},
        {QStringLiteral("fly")},
        {QStringLiteral("camps")},
        {QStringLiteral("camps"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("X"),
         QStringLiteral("--workspace"), workspace},
        {QStringLiteral("camps"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("X"),
         QStringLiteral("--course-start"), QStringLiteral("2027-02-30"), QStringLiteral("--course-end"),
         QStringLiteral("2027-03-01"), QStringLiteral("--workspace"), workspace},
        {QStringLiteral("camps"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("X"),
         QStringLiteral("--course-start"), QStringLiteral("2027-03-10"), QStringLiteral("--course-end"),
         QStringLiteral("2027-03-01"), QStringLiteral("--workspace"), workspace},
        {QStringLiteral("camps"), QStringLiteral("show"), QStringLiteral("abc"), QStringLiteral("--workspace"),
         workspace},
        {QStringLiteral("camps"), QStringLiteral("list"), QStringLiteral("--bogus")},
    };
    for (const QStringList &arguments : bad) {
        const CliRun result = run(arguments);
        EXPECT_EQ(result.code, CommandLine::UsageError) << arguments.join(u' ').toStdString();
        EXPECT_TRUE(result.out.isEmpty());
        EXPECT_EQ(result.err.count(u'\n'), 1) << result.err.toStdString();
    }
    const CliRun dates = run(bad.at(4));
    EXPECT_TRUE(dates.err.contains(QStringLiteral("2027-02-30"))) << dates.err.toStdString();
}

TEST(CommandLineTest, MissingCampAndMissingWorkspaceFailWithOne)
{
    TempDir dir;
    const QString workspace = dir.path(QStringLiteral("cli.campdesk"));
    ASSERT_EQ(run({QStringLiteral("camps"), QStringLiteral("list"), QStringLiteral("--create"),
                   QStringLiteral("--workspace"), workspace})
                  .code,
              0);
    const CliRun missingCamp = run({QStringLiteral("camps"), QStringLiteral("show"), QStringLiteral("77"),
                                    QStringLiteral("--workspace"), workspace});
    EXPECT_EQ(missingCamp.code, CommandLine::Failure);
    EXPECT_TRUE(missingCamp.err.contains(QStringLiteral("77")));
    const CliRun missingFile = run({QStringLiteral("camps"), QStringLiteral("show"), QStringLiteral("1"),
                                    QStringLiteral("--workspace"), dir.path(QStringLiteral("nope.campdesk"))});
    EXPECT_EQ(missingFile.code, CommandLine::Failure);
    EXPECT_TRUE(missingFile.err.contains(QStringLiteral("does not exist")));
}

// A command that opens a workspace of an earlier version brings it up to
// date: it says so on standard error, with the copy as it was, and its
// output (here JSON) is as usual.
TEST(CommandLineTest, AnUpgradedWorkspaceIsToldOnStandardError)
{
    TempDir dir;
    const QString workspace = dir.path(QStringLiteral("earlier.campdesk"));
    ASSERT_TRUE(copyTestData(QStringLiteral("workspace-v7.campdesk"), workspace));
    const QStringList list {QStringLiteral("camps"), QStringLiteral("list"), QStringLiteral("--json"),
                            QStringLiteral("--workspace"), workspace};
    const CliRun first = run(list);
    ASSERT_EQ(first.code, 0) << first.err.toStdString();
    EXPECT_EQ(json(first.out).value(QStringLiteral("camps")).toArray().size(), 3);
    EXPECT_TRUE(first.err.contains(QStringLiteral("version 7 to"))) << first.err.toStdString();
    EXPECT_TRUE(first.err.contains(QStringLiteral("before-upgrade-v7.campdesk"))) << first.err.toStdString();
    EXPECT_TRUE(first.err.contains(QStringLiteral("' --workspace '%1'").arg(QDir::toNativeSeparators(workspace))))
        << "the notice types out the command that puts the file back: " << first.err.toStdString();
    EXPECT_TRUE(first.err.endsWith(u'\n'));

    const CliRun second = run(list);
    ASSERT_EQ(second.code, 0) << second.err.toStdString();
    EXPECT_TRUE(second.err.isEmpty()) << "upgraded once, told once: " << second.err.toStdString();
    EXPECT_EQ(second.out, first.out);
}

TEST(CommandLineTest, TheCopyBeforeAnUpgradeIsListedAndPutBack)
{
    TempDir dir;
    const QString workspace = dir.path(QStringLiteral("earlier.campdesk"));
    ASSERT_TRUE(copyTestData(QStringLiteral("workspace-v7.campdesk"), workspace));
    const BackupFolder folder(workspace);
    const auto cleanUp = qScopeGuard([&folder] { QDir(folder.folder()).removeRecursively(); });
    const QStringList on {QStringLiteral("--workspace"), workspace};
    const QStringList backups = QStringList {QStringLiteral("workspace"), QStringLiteral("backups")} + on;
    const CliRun none = run(backups);
    ASSERT_EQ(none.code, 0) << none.err.toStdString();
    EXPECT_TRUE(none.out.startsWith(QStringLiteral("There is no backup of"))) << none.out.toStdString();
    const CliRun nothingToRestore
        = run(QStringList {QStringLiteral("workspace"), QStringLiteral("restore"), QStringLiteral("1")} + on);
    EXPECT_EQ(nothingToRestore.code, 1);
    EXPECT_TRUE(nothingToRestore.err.contains(QStringLiteral("has no backups yet")))
        << nothingToRestore.err.toStdString();
    const CliRun mistyped = run(QStringList {QStringLiteral("workspace"), QStringLiteral("backups"),
                                             QStringLiteral("--workspace"), dir.path(QStringLiteral("typo.campdesk"))});
    EXPECT_EQ(mistyped.code, 1) << "a path with no file and no backups is no answer";
    EXPECT_TRUE(mistyped.err.contains(QStringLiteral("does not exist"))) << mistyped.err.toStdString();

    const CliRun upgraded = run(QStringList {QStringLiteral("camps"), QStringLiteral("list")} + on);
    ASSERT_EQ(upgraded.code, 0) << upgraded.err.toStdString();
    const CliRun listed = run(backups + QStringList {QStringLiteral("--json")});
    ASSERT_EQ(listed.code, 0) << listed.err.toStdString();
    const QJsonArray entries = json(listed.out).value(QStringLiteral("backups")).toArray();
    ASSERT_EQ(entries.size(), 1);
    const QJsonObject copy = entries.first().toObject();
    EXPECT_EQ(copy.value(QStringLiteral("number")).toInt(), 1);
    EXPECT_EQ(copy.value(QStringLiteral("reason")).toString(), QStringLiteral("before_upgrade"));
    EXPECT_EQ(copy.value(QStringLiteral("from_version")).toInt(), 7);
    const QString copyPath = copy.value(QStringLiteral("path")).toString();
    EXPECT_TRUE(upgraded.err.contains(copyPath)) << "the notice names the copy the list has";
    const CliRun text = run(backups);
    EXPECT_TRUE(text.out.startsWith(QStringLiteral("1\t"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Before the upgrade from workspace version 7")))
        << text.out.toStdString();

    const QStringList restore {QStringLiteral("workspace"), QStringLiteral("restore")};
    // Only a backup of this workspace is put in its place.
    for (const QString &wrong : {QStringLiteral("2"), QStringLiteral("0"), workspace}) {
        const CliRun refused = run(restore + QStringList {wrong} + on);
        EXPECT_EQ(refused.code, 1) << wrong.toStdString();
        EXPECT_FALSE(refused.err.isEmpty());
    }
    {
        auto window = Workspace::lock(workspace);
        ASSERT_TRUE(window.has_value()) << window.error().message.toStdString();
        const CliRun refused = run(restore + QStringList {QStringLiteral("1")} + on);
        EXPECT_EQ(refused.code, 1);
        EXPECT_TRUE(refused.err.contains(QStringLiteral("already open"))) << refused.err.toStdString();
    }
    EXPECT_EQ(schemaVersionOf(workspace), Schema::latestVersion()) << "nothing was restored yet";

    // The command the notice typed out, as a POSIX shell reads it (the
    // test's paths hold no quote of their own).
    static const QRegularExpression typed(QStringLiteral("campdesk-cli (workspace) (restore) '([^']+)' "
                                                         "(--workspace) '([^']+)'\\n$"));
    const QRegularExpressionMatch command = typed.match(upgraded.err);
    ASSERT_TRUE(command.hasMatch()) << upgraded.err.toStdString();
    const QStringList words {command.captured(1), command.captured(2), command.captured(3), command.captured(4),
                             command.captured(5)};
    EXPECT_EQ(words.at(2), copyPath);
    EXPECT_EQ(words.at(4), QDir::toNativeSeparators(workspace));
    const CliRun restored = run(words + QStringList {QStringLiteral("--json")});
    ASSERT_EQ(restored.code, 0) << restored.err.toStdString();
    const QString aside = json(restored.out).value(QStringLiteral("replaced_file")).toString();
    EXPECT_EQ(schemaVersionOf(workspace), 7) << "the file is as it was before the upgrade";
    EXPECT_EQ(schemaVersionOf(aside), Schema::latestVersion()) << "the upgraded file is kept aside";
    EXPECT_TRUE(QFileInfo::exists(copyPath)) << "the backup itself stays";

    // A deleted workspace comes back from its backup too.
    ASSERT_TRUE(QFile::remove(workspace));
    const CliRun back = run(restore + QStringList {QStringLiteral("1")} + on);
    ASSERT_EQ(back.code, 0) << back.err.toStdString();
    EXPECT_FALSE(back.out.contains(QStringLiteral("replaced"))) << back.out.toStdString();
    EXPECT_EQ(schemaVersionOf(workspace), 7);
}

TEST(CommandLineTest, ATeamWorkspaceHasNoBackupsOfCampDesksOwn)
{
    for (const QString &command : {QStringLiteral("backups"), QStringLiteral("restore")}) {
        QStringList arguments {QStringLiteral("workspace"), command};
        if (command == QStringLiteral("restore"))
            arguments << QStringLiteral("1");
        const CliRun refused
            = run(arguments + QStringList {QStringLiteral("--workspace"), QStringLiteral("postgresql:///camp")});
        EXPECT_EQ(refused.code, 1) << command.toStdString();
        EXPECT_TRUE(refused.err.contains(QStringLiteral("pg_dump"))) << refused.err.toStdString();
    }
}

TEST(CommandLineTest, HelpAndVersion)
{
    const CliRun version = run({QStringLiteral("--version")});
    EXPECT_EQ(version.code, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("campdesk-cli ")));
    for (const QStringList &arguments :
         {QStringList {QStringLiteral("--help")},
          QStringList {QStringLiteral("camps"), QStringLiteral("list"), QStringLiteral("--help")},
          QStringList {QStringLiteral("camps"), QStringLiteral("create"), QStringLiteral("--help")},
          QStringList {QStringLiteral("camps"), QStringLiteral("show"), QStringLiteral("--help")}}) {
        const CliRun help = run(arguments);
        EXPECT_EQ(help.code, 0);
        EXPECT_TRUE(help.out.contains(QStringLiteral("Usage")) || help.out.contains(QStringLiteral("--workspace")))
            << help.out.toStdString();
    }
}
