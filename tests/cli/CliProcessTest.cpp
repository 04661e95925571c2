#include "core/Workspace.h"
#include "core/domain/CampRepository.h"
#include "core/storage/PostgresSchema.h"
#include "core/storage/SqlQuery.h"
#include "tests/support/Processes.h"
#include "tests/support/ReviewFixture.h"
#include "tests/support/TempWorkspace.h"
#include "tests/support/TestServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTest>

#include <gtest/gtest.h>

#include <cstdio>
#include <functional>
#include <sys/types.h>
#include <unistd.h>

using namespace CampDesk::Testing;

TEST(CliProcessTest, VersionAndExitCodes)
{
    TempDir home;
    const Outcome version = cli({QStringLiteral("--version")}, home.path(QString()));
    EXPECT_EQ(version.code, 0);
    EXPECT_TRUE(version.out.startsWith("campdesk-cli 0."));

    const Outcome unknown = cli({QStringLiteral("explode")}, home.path(QString()));
    EXPECT_EQ(unknown.code, 2);
    EXPECT_TRUE(unknown.out.isEmpty());
    EXPECT_EQ(unknown.err.count('\n'), 1) << unknown.err.constData();

    const Outcome garbage = [&] {
        const QString path = home.path(QStringLiteral("garbage.campdesk"));
        writeAll(path, "garbage");
        return cli({QStringLiteral("camps"), QStringLiteral("list"), QStringLiteral("--workspace"), path},
                   home.path(QString()));
    }();
    EXPECT_EQ(garbage.code, 1);
    EXPECT_TRUE(garbage.err.contains("not a CampDesk workspace")) << garbage.err.constData();
    EXPECT_EQ(readAll(home.path(QStringLiteral("garbage.campdesk"))), QByteArray("garbage"));
}

TEST(CliProcessTest, DefaultWorkspaceNeedsNoSetUp)
{
    TempDir home;
    const Outcome created
        = cli({QStringLiteral("camps"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("First"),
               QStringLiteral("--course-start"), QStringLiteral("2027-01-04"), QStringLiteral("--course-end"),
               QStringLiteral("2027-01-10")},
              home.path(QString()));
    ASSERT_EQ(created.code, 0) << created.err.constData();
    const Outcome listed
        = cli({QStringLiteral("camps"), QStringLiteral("list"), QStringLiteral("--json")}, home.path(QString()));
    ASSERT_EQ(listed.code, 0) << listed.err.constData();
    const QJsonArray camps = QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("camps")).toArray();
    ASSERT_EQ(camps.size(), 1);
    EXPECT_EQ(camps.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("First"));
    EXPECT_TRUE(QFileInfo::exists(home.path(QStringLiteral("data/CampDesk/CampDesk/workspace.campdesk"))));
}

TEST(CliProcessTest, GuiRendersDemoScreenshotInBothLanguages)
{
    TempDir home;
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        const QString png = home.path(QStringLiteral("shot-%1.png").arg(language));
        const Outcome shot
            = execute(QStringLiteral(CAMPDESK_GUI_PATH),
                      {QStringLiteral("--demo"), QStringLiteral("--screenshot"), png, QStringLiteral("--lang"),
                       language, QStringLiteral("--size"), QStringLiteral("1024x700")},
                      home.path(QString()));
        ASSERT_EQ(shot.code, 0) << shot.err.constData();
        const QImage image(png);
        ASSERT_FALSE(image.isNull());
        EXPECT_EQ(image.size(), QSize(1024, 700));
    }
}

TEST(CliProcessTest, GuiWithoutDisplayExplainsInsteadOfCrashing)
{
    TempDir home;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name :
         {QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"), QStringLiteral("QT_QPA_PLATFORM")})
        environment.remove(name);
    environment.insert(QStringLiteral("HOME"), home.path(QString()));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CAMPDESK_GUI_PATH), {});
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 3);
    EXPECT_TRUE(process.readAllStandardError().contains("--screenshot"));
}

TEST(CliProcessTest, PlanListAndExportACampsActivities)
{
    TempDir home;
    const QString workspace = home.path(QStringLiteral("plan.campdesk"));
    const QString base = QStringLiteral("--workspace");
    ASSERT_EQ(cli({QStringLiteral("camps"), QStringLiteral("create"), QStringLiteral("--name"),
                   QStringLiteral("Winter"), QStringLiteral("--course-start"), QStringLiteral("2027-01-04"),
                   QStringLiteral("--course-end"), QStringLiteral("2027-01-10"), base, workspace},
                  home.path(QString()))
                  .code,
              0);
    const Outcome planned
        = cli({QStringLiteral("plan"), QStringLiteral("--camp"), QStringLiteral("1"), QStringLiteral("--template"),
               QStringLiteral("training-camp"), QStringLiteral("--first-day"), QStringLiteral("2027-01-11"),
               QStringLiteral("--days"), QStringLiteral("14"), QStringLiteral("--without"), QStringLiteral("game"),
               QStringLiteral("--json"), base, workspace},
              home.path(QString()));
    ASSERT_EQ(planned.code, 0) << planned.err.constData();
    const int added = QJsonDocument::fromJson(planned.out).object().value(QStringLiteral("added")).toInt();
    EXPECT_GT(added, 14 * 6);
    // A mistyped key, or one of an item every plan has, is refused with the
    // keys there are, and nothing is planned.
    for (const QString &wrong : {QStringLiteral("gmae"), QStringLiteral("game,opening-ceremony")}) {
        const Outcome mistyped
            = cli({QStringLiteral("plan"), QStringLiteral("--camp"), QStringLiteral("1"), QStringLiteral("--template"),
                   QStringLiteral("training-camp"), QStringLiteral("--first-day"), QStringLiteral("2027-01-11"),
                   QStringLiteral("--days"), QStringLiteral("14"), QStringLiteral("--without"), wrong, base, workspace},
                  home.path(QString()));
        EXPECT_EQ(mistyped.code, 2) << mistyped.err.constData();
        EXPECT_TRUE(mistyped.err.contains("is not an optional item") && mistyped.err.contains("game"))
            << mistyped.err.constData();
    }
    EXPECT_TRUE(QJsonDocument::fromJson(planned.out).object().value(QStringLiteral("notes")).toArray().isEmpty());

    // A camp's own preparation period is kept, as the window's dialog keeps
    // it: the template's longer one would widen the camp without a word.
    ASSERT_EQ(
        cli({QStringLiteral("camps"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Short prep"),
             QStringLiteral("--course-start"), QStringLiteral("2027-03-10"), QStringLiteral("--course-end"),
             QStringLiteral("2027-03-23"), QStringLiteral("--prep-days"), QStringLiteral("1"), base, workspace},
            home.path(QString()))
            .code,
        0);
    const Outcome shortPrep
        = cli({QStringLiteral("plan"), QStringLiteral("--camp"), QStringLiteral("2"), QStringLiteral("--template"),
               QStringLiteral("training-camp"), QStringLiteral("--first-day"), QStringLiteral("2027-03-10"),
               QStringLiteral("--days"), QStringLiteral("14"), base, workspace},
              home.path(QString()));
    ASSERT_EQ(shortPrep.code, 0) << shortPrep.err.constData();
    const Outcome shownShort = cli({QStringLiteral("camps"), QStringLiteral("show"), QStringLiteral("2"),
                                    QStringLiteral("--json"), base, workspace},
                                   home.path(QString()));
    EXPECT_EQ(QJsonDocument::fromJson(shownShort.out).object().value(QStringLiteral("preparation_start")).toString(),
              QStringLiteral("2027-03-09"))
        << shownShort.out.constData();

    // No preparation days: the template's preparation tasks land on the
    // first course day, and each is said.
    ASSERT_EQ(cli({QStringLiteral("camps"), QStringLiteral("create"), QStringLiteral("--name"),
                   QStringLiteral("Spring"), QStringLiteral("--course-start"), QStringLiteral("2027-04-05"),
                   QStringLiteral("--course-end"), QStringLiteral("2027-04-18"), base, workspace},
                  home.path(QString()))
                  .code,
              0);
    const Outcome unprepared
        = cli({QStringLiteral("plan"), QStringLiteral("--camp"), QStringLiteral("3"), QStringLiteral("--template"),
               QStringLiteral("training-camp"), QStringLiteral("--first-day"), QStringLiteral("2027-04-05"),
               QStringLiteral("--days"), QStringLiteral("14"), QStringLiteral("--prep-days"), QStringLiteral("0"),
               QStringLiteral("--json"), base, workspace},
              home.path(QString()));
    ASSERT_EQ(unprepared.code, 0) << unprepared.err.constData();
    const QJsonArray notes = QJsonDocument::fromJson(unprepared.out).object().value(QStringLiteral("notes")).toArray();
    ASSERT_FALSE(notes.isEmpty());
    EXPECT_TRUE(notes.first().toString().contains(QStringLiteral("no preparation days")));
    EXPECT_EQ(unprepared.err.count("note: "), notes.size()) << unprepared.err.constData();

    const Outcome listed = cli({QStringLiteral("activities"), QStringLiteral("--camp"), QStringLiteral("1"),
                                QStringLiteral("--json"), base, workspace},
                               home.path(QString()));
    ASSERT_EQ(listed.code, 0) << listed.err.constData();
    const QJsonArray activities
        = QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("activities")).toArray();
    ASSERT_EQ(activities.size(), added);
    QSet<QString> keys;
    for (const QJsonValue &value : activities)
        keys.insert(value.toObject().value(QStringLiteral("template_key")).toString());
    EXPECT_TRUE(keys.contains(QStringLiteral("opening-ceremony")));
    EXPECT_FALSE(keys.contains(QStringLiteral("game")));
    const QJsonObject first = activities.first().toObject();
    for (const char *key : {"id", "camp_id", "type", "title", "start", "end", "owner_membership_id", "subgroup_id",
                            "status", "notes", "checklist", "template_key"})
        EXPECT_TRUE(first.contains(QLatin1String(key))) << key;
    EXPECT_EQ(first.value(QStringLiteral("start")).toString(), QStringLiteral("2027-01-08T10:00:00"));

    const Outcome shown = cli({QStringLiteral("camps"), QStringLiteral("show"), QStringLiteral("1"),
                               QStringLiteral("--json"), base, workspace},
                              home.path(QString()));
    EXPECT_EQ(QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("course_start")).toString(),
              QStringLiteral("2027-01-11"))
        << "plan moves the camp to the plan's dates";

    const QString ics = home.path(QStringLiteral("winter.ics"));
    const Outcome exported = cli({QStringLiteral("export-ics"), QStringLiteral("--camp"), QStringLiteral("1"),
                                  QStringLiteral("-o"), ics, base, workspace},
                                 home.path(QString()));
    ASSERT_EQ(exported.code, 0) << exported.err.constData();
    EXPECT_EQ(readAll(ics).count("BEGIN:VEVENT"), added);

    const Outcome badTemplate
        = cli({QStringLiteral("plan"), QStringLiteral("--camp"), QStringLiteral("1"), QStringLiteral("--template"),
               QStringLiteral("nonsense"), QStringLiteral("--first-day"), QStringLiteral("2027-01-11"),
               QStringLiteral("--days"), QStringLiteral("3"), base, workspace},
              home.path(QString()));
    EXPECT_EQ(badTemplate.code, 1);
    EXPECT_TRUE(badTemplate.err.contains("training-camp")) << "the message lists the templates";
    const Outcome missingCamp
        = cli({QStringLiteral("activities"), QStringLiteral("--camp"), QStringLiteral("9"), base, workspace},
              home.path(QString()));
    EXPECT_EQ(missingCamp.code, 1);
    const Outcome noOutput
        = cli({QStringLiteral("export-ics"), QStringLiteral("--camp"), QStringLiteral("1"), base, workspace},
              home.path(QString()));
    EXPECT_EQ(noOutput.code, 2);
}

TEST(CliProcessTest, SpeechListAndRenderForACampDay)
{
    TempDir home;
    const QString workspace = home.path(QStringLiteral("speech.campdesk"));
    const QString base = QStringLiteral("--workspace");
    ASSERT_EQ(cli({QStringLiteral("camps"), QStringLiteral("create"), QStringLiteral("--name"),
                   QStringLiteral("Winter"), QStringLiteral("--course-start"), QStringLiteral("2027-01-04"),
                   QStringLiteral("--course-end"), QStringLiteral("2027-01-10"), base, workspace},
                  home.path(QString()))
                  .code,
              0);
    const Outcome listed
        = cli({QStringLiteral("speech"), QStringLiteral("list"), QStringLiteral("--camp"), QStringLiteral("1"),
               QStringLiteral("--category"), QStringLiteral("hype"), QStringLiteral("--json"), base, workspace},
              home.path(QString()));
    ASSERT_EQ(listed.code, 0) << listed.err.constData();
    const QJsonArray lines = QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("templates")).toArray();
    ASSERT_GE(lines.size(), 8);
    qint64 dayLine = 0;
    for (const QJsonValue &value : lines) {
        const QJsonObject line = value.toObject();
        EXPECT_EQ(line.value(QStringLiteral("category")).toString(), QStringLiteral("hype"));
        for (const char *key :
             {"id", "title", "category", "body", "tags", "favourite", "camp_id", "use_count", "last_used"})
            EXPECT_TRUE(line.contains(QLatin1String(key))) << key;
        if (line.value(QStringLiteral("body")).toString().startsWith(QStringLiteral("Day {day} and")))
            dayLine = line.value(QStringLiteral("id")).toInteger();
    }
    ASSERT_NE(dayLine, 0);
    const Outcome rendered
        = cli({QStringLiteral("speech"), QStringLiteral("render"), QString::number(dayLine), QStringLiteral("--camp"),
               QStringLiteral("1"), QStringLiteral("--day"), QStringLiteral("4"), base, workspace},
              home.path(QString()));
    ASSERT_EQ(rendered.code, 0) << rendered.err.constData();
    EXPECT_EQ(QString::fromUtf8(rendered.out).trimmed(),
              QStringLiteral("Day 4 and the energy is real! Keep it coming! 🔥"));

    // A line whose placeholder has no value is refused with its name.
    const Outcome blocked = cli({QStringLiteral("speech"), QStringLiteral("list"), QStringLiteral("--category"),
                                 QStringLiteral("daily_announcement"), QStringLiteral("--json"), base, workspace},
                                home.path(QString()));
    const qint64 announcement = QJsonDocument::fromJson(blocked.out)
                                    .object()
                                    .value(QStringLiteral("templates"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("id"))
                                    .toInteger();
    const Outcome refused = cli({QStringLiteral("speech"), QStringLiteral("render"), QString::number(announcement),
                                 QStringLiteral("--camp"), QStringLiteral("1"), QStringLiteral("--day"),
                                 QStringLiteral("2"), base, workspace},
                                home.path(QString()));
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(refused.err.contains("{course_link}")) << refused.err.constData();
    EXPECT_TRUE(refused.out.isEmpty()) << "nothing half-filled is printed";

    // {time} is the time given, never the clock's; without --time a line
    // that needs it is refused, and "next" passes over it to one it can fill.
    const QStringList warmUp {QStringLiteral("speech"),
                              QStringLiteral("list"),
                              QStringLiteral("--category"),
                              QStringLiteral("warm_up"),
                              QStringLiteral("--json"),
                              base,
                              workspace};
    qint64 timeLine = 0;
    qint64 warmUps = 0;
    for (const QJsonValue &value : QJsonDocument::fromJson(cli(warmUp, home.path(QString())).out)
                                       .object()
                                       .value(QStringLiteral("templates"))
                                       .toArray()) {
        ++warmUps;
        if (value.toObject().value(QStringLiteral("body")).toString().contains(QStringLiteral("{time}")))
            timeLine = value.toObject().value(QStringLiteral("id")).toInteger();
    }
    ASSERT_NE(timeLine, 0);
    const QStringList render {QStringLiteral("speech"),
                              QStringLiteral("render"),
                              QString::number(timeLine),
                              QStringLiteral("--camp"),
                              QStringLiteral("1"),
                              QStringLiteral("--day"),
                              QStringLiteral("3"),
                              base,
                              workspace};
    const Outcome noTime = cli(render, home.path(QString()));
    EXPECT_EQ(noTime.code, 1);
    EXPECT_TRUE(noTime.err.contains("{time}")) << noTime.err.constData();
    const Outcome atTime
        = cli(render + QStringList {QStringLiteral("--time"), QStringLiteral("19:30")}, home.path(QString()));
    ASSERT_EQ(atTime.code, 0) << atTime.err.constData();
    EXPECT_TRUE(atTime.out.contains("19:30")) << atTime.out.constData();
    QSet<qint64> taken;
    for (qint64 i = 0; i < warmUps; ++i) {
        const Outcome next = cli({QStringLiteral("speech"), QStringLiteral("next"), QStringLiteral("warm_up"),
                                  QStringLiteral("--camp"), QStringLiteral("1"), QStringLiteral("--day"),
                                  QStringLiteral("3"), QStringLiteral("--json"), base, workspace},
                                 home.path(QString()));
        ASSERT_EQ(next.code, 0) << "take " << i << ": " << next.err.constData();
        taken.insert(QJsonDocument::fromJson(next.out).object().value(QStringLiteral("id")).toInteger());
    }
    EXPECT_FALSE(taken.contains(timeLine)) << "a line without its {time} was given";
    EXPECT_EQ(taken.size(), warmUps - 1) << "every other line once before any again";

    // "speech next" without its category, or with a mistyped one, names the
    // categories rather than speaking of "speech render" and template ids.
    const Outcome bare = cli({QStringLiteral("speech"), QStringLiteral("next"), QStringLiteral("--camp"),
                              QStringLiteral("1"), base, workspace},
                             home.path(QString()));
    EXPECT_EQ(bare.code, 2);
    EXPECT_TRUE(bare.err.contains("“speech next” needs exactly one category") && bare.err.contains("hype"))
        << bare.err.constData();
    const Outcome mistyped = cli({QStringLiteral("speech"), QStringLiteral("next"), QStringLiteral("hyp"),
                                  QStringLiteral("--camp"), QStringLiteral("1"), base, workspace},
                                 home.path(QString()));
    EXPECT_EQ(mistyped.code, 2);
    EXPECT_TRUE(mistyped.err.contains("the categories are") && mistyped.err.contains("silent_nudge"))
        << mistyped.err.constData();
}

TEST(CliProcessTest, RosterImportListAndExportRoundTrip)
{
    TempDir home;
    const QString workspace = home.path(QStringLiteral("roster.campdesk"));
    const QString base = QStringLiteral("--workspace");
    ASSERT_EQ(cli({QStringLiteral("camps"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("R"),
                   QStringLiteral("--course-start"), QStringLiteral("2027-01-04"), QStringLiteral("--course-end"),
                   QStringLiteral("2027-01-10"), base, workspace},
                  home.path(QString()))
                  .code,
              0);
    // A spreadsheet export as Chinese Excel writes it: GBK, Chinese headers.
    QStringEncoder gbk("GBK");
    ASSERT_TRUE(gbk.isValid());
    const QString roster = QStringLiteral("昵称,微信号,手机,城市,职业,角色,小组\r\n"
                                          "林晓雨,wx_lin,13800001111,杭州,产品经理,核心用户,A组\r\n"
                                          "王子涵,wx_wang,,北京,\"老师,作者\",种子,B组\r\n"
                                          ",wx_nobody,,,,,\r\n");
    const QString file = home.path(QStringLiteral("roster.csv"));
    writeAll(file, gbk.encode(roster));

    const QStringList import {QStringLiteral("roster"),
                              QStringLiteral("import"),
                              QStringLiteral("--camp"),
                              QStringLiteral("1"),
                              file,
                              QStringLiteral("--json"),
                              base,
                              workspace};
    // Line 4 cannot be used: the exit status says so (3), as for a chat import.
    const Outcome dry = cli(import + QStringList {QStringLiteral("--dry-run")}, home.path(QString()));
    ASSERT_EQ(dry.code, 3) << dry.err.constData();
    EXPECT_TRUE(dry.err.contains("would not be added")) << dry.err.constData();
    const QJsonObject preview = QJsonDocument::fromJson(dry.out).object();
    EXPECT_EQ(preview.value(QStringLiteral("new_people")).toInt(), 2);
    // How each column was read is shown, guessed or not.
    const QJsonArray columns = preview.value(QStringLiteral("columns")).toArray();
    ASSERT_FALSE(columns.isEmpty());
    EXPECT_EQ(columns.first().toObject().value(QStringLiteral("column")).toInt(), 1);
    EXPECT_EQ(columns.first().toObject().value(QStringLiteral("field")).toString(), QStringLiteral("name"));
    EXPECT_EQ(preview.value(QStringLiteral("skipped")).toInt(), 1);
    EXPECT_FALSE(preview.value(QStringLiteral("applied")).toBool());
    EXPECT_TRUE(
        preview.value(QStringLiteral("problems")).toArray().first().toString().contains(QStringLiteral("line 4")));

    const QStringList list {QStringLiteral("roster"),
                            QStringLiteral("list"),
                            QStringLiteral("--camp"),
                            QStringLiteral("1"),
                            QStringLiteral("--json"),
                            base,
                            workspace};
    EXPECT_TRUE(QJsonDocument::fromJson(cli(list, home.path(QString())).out)
                    .object()
                    .value(QStringLiteral("members"))
                    .toArray()
                    .isEmpty())
        << "a dry run writes nothing";

    const Outcome imported = cli(import, home.path(QString()));
    ASSERT_EQ(imported.code, 3) << imported.err.constData();
    EXPECT_TRUE(imported.err.contains("the rest was added")) << imported.err.constData();
    EXPECT_EQ(QJsonDocument::fromJson(imported.out).object().value(QStringLiteral("members_added")).toInt(), 2);

    const QJsonArray members = QJsonDocument::fromJson(cli(list, home.path(QString())).out)
                                   .object()
                                   .value(QStringLiteral("members"))
                                   .toArray();
    ASSERT_EQ(members.size(), 2);
    const QJsonObject lin = members.first().toObject();
    EXPECT_EQ(lin.value(QStringLiteral("name")).toString(), QStringLiteral("林晓雨"));
    EXPECT_EQ(lin.value(QStringLiteral("role")).toString(), QStringLiteral("core_member"));
    EXPECT_EQ(lin.value(QStringLiteral("subgroup")).toString(), QStringLiteral("A组"));
    EXPECT_EQ(lin.value(QStringLiteral("city")).toString(), QStringLiteral("杭州"));
    EXPECT_FALSE(lin.contains(QStringLiteral("phone"))) << "personal data only when asked for";
    EXPECT_EQ(lin.value(QStringLiteral("chat_ids")).toArray().first().toObject().value(QStringLiteral("id")).toString(),
              QStringLiteral("wx_lin"));

    const QString exported = home.path(QStringLiteral("export.csv"));
    const Outcome exportRun = cli({QStringLiteral("roster"), QStringLiteral("export"), QStringLiteral("--camp"),
                                   QStringLiteral("1"), QStringLiteral("-o"), exported, base, workspace},
                                  home.path(QString()));
    ASSERT_EQ(exportRun.code, 0) << exportRun.err.constData();
    EXPECT_TRUE(readAll(exported).startsWith("\xEF\xBB\xBF"));
    const Outcome again = cli({QStringLiteral("roster"), QStringLiteral("import"), QStringLiteral("--camp"),
                               QStringLiteral("1"), exported, QStringLiteral("--json"), base, workspace},
                              home.path(QString()));
    ASSERT_EQ(again.code, 0) << again.err.constData();
    EXPECT_EQ(QJsonDocument::fromJson(again.out).object().value(QStringLiteral("already_in_camp")).toInt(), 2)
        << "the export reads back and adds nobody twice";

    const Outcome missing = cli({QStringLiteral("roster"), QStringLiteral("import"), QStringLiteral("--camp"),
                                 QStringLiteral("1"), home.path(QStringLiteral("absent.csv")), base, workspace},
                                home.path(QString()));
    EXPECT_EQ(missing.code, 1);
    EXPECT_TRUE(missing.err.contains("absent.csv"));

    // Every row used, but one without its role (not a role): the exit status
    // says the file was not imported whole, as for a row left out.
    const QString partial = home.path(QStringLiteral("partial.csv"));
    writeAll(partial, QStringLiteral("昵称,微信号,角色\n陈浩然,wx_chen,大佬\n").toUtf8());
    const Outcome withoutRole = cli({QStringLiteral("roster"), QStringLiteral("import"), QStringLiteral("--camp"),
                                     QStringLiteral("1"), partial, QStringLiteral("--json"), base, workspace},
                                    home.path(QString()));
    ASSERT_EQ(withoutRole.code, 3) << withoutRole.err.constData();
    EXPECT_TRUE(withoutRole.err.contains("was added without some of its values")) << withoutRole.err.constData();
    const QJsonObject partly = QJsonDocument::fromJson(withoutRole.out).object();
    EXPECT_EQ(partly.value(QStringLiteral("skipped")).toInt(), 0);
    EXPECT_EQ(partly.value(QStringLiteral("rows_with_values_left_out")).toInt(), 1);
    EXPECT_EQ(partly.value(QStringLiteral("members_added")).toInt(), 1);
}

namespace {

QString captureFixture(const char *name)
{
    return QStringLiteral(CAMPDESK_TEST_DATA "/capture/camp/") + QLatin1String(name);
}

// person id → {messages, active days, check-ins}, from `stats --json`.
QHash<qint64, QList<int>> statsByMember(const QByteArray &json)
{
    QHash<qint64, QList<int>> byMember;
    const QJsonArray members = QJsonDocument::fromJson(json).object().value(QStringLiteral("members")).toArray();
    for (const QJsonValue &value : members) {
        const QJsonObject member = value.toObject();
        byMember.insert(member.value(QStringLiteral("id")).toInteger(),
                        {member.value(QStringLiteral("messages")).toInt(),
                         member.value(QStringLiteral("active_days")).toInt(),
                         member.value(QStringLiteral("check_ins")).toInt()});
    }
    return byMember;
}

} // namespace

// A camp's members are counted once: `camps show` and `camps list` give the
// review's members (staff and those who left out), as the Overview tab and
// `stats` do, and the roster's headcount beside them, each named.
TEST(CliProcessTest, ACampsMembersAreTheReviewsMembers)
{
    TempDir home;
    ReviewFixture fixture;
    const QString workspace = fixture.path();
    const QString camp = QString::number(fixture.campId());
    fixture.close();
    const auto run = [&](const QStringList &arguments) {
        return cli(arguments + QStringList {QStringLiteral("--workspace"), workspace}, home.path(QString()));
    };

    const Outcome stats = run({QStringLiteral("stats"), QStringLiteral("--camp"), camp, QStringLiteral("--json")});
    ASSERT_EQ(stats.code, 0) << stats.err.constData();
    const QJsonObject summary = QJsonDocument::fromJson(stats.out).object().value(QStringLiteral("summary")).toObject();
    const Outcome shown = run({QStringLiteral("camps"), QStringLiteral("show"), camp, QStringLiteral("--json")});
    ASSERT_EQ(shown.code, 0) << shown.err.constData();
    const QJsonObject json = QJsonDocument::fromJson(shown.out).object();
    EXPECT_EQ(json.value(QStringLiteral("member_count")).toInt(),
              summary.value(QStringLiteral("members_counted")).toInt());
    EXPECT_EQ(json.value(QStringLiteral("members_left")).toInt(),
              summary.value(QStringLiteral("members_left")).toInt());
    // Six members and an assistant; the camp lies ahead, so nobody has left yet.
    EXPECT_EQ(json.value(QStringLiteral("member_count")).toInt(), 5) << shown.out.constData();
    EXPECT_EQ(json.value(QStringLiteral("members_left")).toInt(), 0);
    EXPECT_EQ(json.value(QStringLiteral("staff_count")).toInt(), 1);
    EXPECT_EQ(json.value(QStringLiteral("roster_count")).toInt(), 7);

    const Outcome listed = run({QStringLiteral("camps"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(listed.code, 0) << listed.err.constData();
    const QJsonObject first
        = QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("camps")).toArray().first().toObject();
    EXPECT_EQ(first.value(QStringLiteral("member_count")), json.value(QStringLiteral("member_count")));
    EXPECT_EQ(first.value(QStringLiteral("roster_count")), json.value(QStringLiteral("roster_count")));

    const Outcome text = run({QStringLiteral("camps"), QStringLiteral("show"), camp});
    ASSERT_EQ(text.code, 0) << text.err.constData();
    EXPECT_TRUE(text.out.contains("Members: 5\n")) << text.out.constData();
    EXPECT_TRUE(text.out.contains("Staff: 1\n")) << text.out.constData();
    EXPECT_TRUE(text.out.contains("On the roster: 7\n")) << text.out.constData();
}

// Moving a planned camp's days says what it does to the plan: each activity
// now on another part of the camp, on standard error and in --json, from
// `camps edit` and from a plan added with other course days.
TEST(CliProcessTest, MovingAPlannedCampsDaysNamesTheActivitiesItMoves)
{
    TempDir home;
    const QString workspace = home.path(QStringLiteral("moved.campdesk"));
    const QStringList base {QStringLiteral("--workspace"), workspace};
    const auto run = [&](const QStringList &arguments) { return cli(arguments + base, home.path(QString())); };
    ASSERT_EQ(run({QStringLiteral("camps"), QStringLiteral("create"), QStringLiteral("--name"),
                   QStringLiteral("晨跑营"), QStringLiteral("--course-start"), QStringLiteral("2027-03-12"),
                   QStringLiteral("--course-end"), QStringLiteral("2027-03-16")})
                  .code,
              0);
    const Outcome planned
        = run({QStringLiteral("plan"), QStringLiteral("--camp"), QStringLiteral("1"), QStringLiteral("--template"),
               QStringLiteral("training-camp"), QStringLiteral("--first-day"), QStringLiteral("2027-03-12"),
               QStringLiteral("--days"), QStringLiteral("5")});
    ASSERT_EQ(planned.code, 0) << planned.err.constData();
    EXPECT_FALSE(planned.err.contains("before,")) << "the first plan moves nothing";

    const Outcome edited
        = run({QStringLiteral("camps"), QStringLiteral("edit"), QStringLiteral("--camp"), QStringLiteral("1"),
               QStringLiteral("--course-start"), QStringLiteral("2027-03-19"), QStringLiteral("--course-end"),
               QStringLiteral("2027-03-23"), QStringLiteral("--wrap-up-end"), QStringLiteral("2027-03-25"),
               QStringLiteral("--json")});
    ASSERT_EQ(edited.code, 0) << edited.err.constData();
    EXPECT_TRUE(edited.err.contains("on 2027-03-12: Course day 1 before, Preparation now")) << edited.err.constData();
    EXPECT_FALSE(QJsonDocument::fromJson(edited.out).object().value(QStringLiteral("notes")).toArray().isEmpty());

    const Outcome replanned
        = run({QStringLiteral("plan"), QStringLiteral("--camp"), QStringLiteral("1"), QStringLiteral("--template"),
               QStringLiteral("training-camp"), QStringLiteral("--first-day"), QStringLiteral("2027-03-10"),
               QStringLiteral("--days"), QStringLiteral("3"), QStringLiteral("--json")});
    ASSERT_EQ(replanned.code, 0) << replanned.err.constData();
    EXPECT_TRUE(replanned.err.contains("on 2027-03-12: Preparation before, Course day 3 now"))
        << replanned.err.constData();
    EXPECT_FALSE(QJsonDocument::fromJson(replanned.out).object().value(QStringLiteral("notes")).toArray().isEmpty());
}

// A camp's zone is set from the command line; an unknown name is refused,
// and so is a new zone once the camp holds messages (their days were
// counted in the old one), the camp left as it was.
TEST(CliProcessTest, ACampsZoneIsSetAndKeptOnceItHoldsMessages)
{
    TempDir home;
    const QString workspace = home.path(QStringLiteral("zone.campdesk"));
    const QStringList base {QStringLiteral("--workspace"), workspace};
    const auto run = [&](const QStringList &arguments) { return cli(arguments + base, home.path(QString())); };
    const QStringList create {
        QStringLiteral("camps"),        QStringLiteral("create"),         QStringLiteral("--name"),
        QStringLiteral("晨跑营"),       QStringLiteral("--course-start"), QStringLiteral("2027-03-13"),
        QStringLiteral("--course-end"), QStringLiteral("2027-03-19"),     QStringLiteral("--time-zone")};
    const Outcome unknown = run(create + QStringList {QStringLiteral("Mars/Olympus_Mons")});
    EXPECT_EQ(unknown.code, 2);
    EXPECT_TRUE(unknown.err.contains("Mars/Olympus_Mons")) << unknown.err.constData();
    const Outcome created = run(create + QStringList {QStringLiteral("Asia/Shanghai"), QStringLiteral("--json")});
    ASSERT_EQ(created.code, 0) << created.err.constData();
    EXPECT_EQ(QJsonDocument::fromJson(created.out).object().value(QStringLiteral("time_zone")).toString(),
              QStringLiteral("Asia/Shanghai"))
        << created.out.constData();

    const QStringList edit {QStringLiteral("camps"), QStringLiteral("edit"),        QStringLiteral("--camp"),
                            QStringLiteral("1"),     QStringLiteral("--time-zone"), QStringLiteral("Europe/London")};
    ASSERT_EQ(run(edit).code, 0) << "no messages yet";
    ASSERT_EQ(run(edit.first(5) + QStringList {QStringLiteral("Asia/Shanghai")}).code, 0);
    const QString chat = home.path(QStringLiteral("chat.txt"));
    writeAll(chat, QStringLiteral("3/13/27, 23:30 - 林晓雨: 晚安\n").toUtf8());
    ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("--camp"), QStringLiteral("1"), chat}).code, 0);
    const Outcome refused = run(edit);
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(refused.err.contains("Asia/Shanghai")) << refused.err.constData();
    const Outcome shown
        = run({QStringLiteral("camps"), QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")});
    EXPECT_EQ(QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("time_zone")).toString(),
              QStringLiteral("Asia/Shanghai"));
}

// A stored zone this computer does not know is said by every command that
// reads the camp: here its days are counted in the computer's own zone.
TEST(CliProcessTest, AZoneThisComputerDoesNotKnowIsSaid)
{
    TempDir home;
    const QString workspace = home.path(QStringLiteral("mars.campdesk"));
    {
        auto opened = CampDesk::Workspace::open(workspace);
        ASSERT_TRUE(opened.has_value()) << opened.error().message.toStdString();
        const auto id = (*opened)->camps().insert(
            CampDesk::Camp::withDefaults(QStringLiteral("晨跑营"), QDate(2027, 3, 12), QDate(2027, 3, 16)));
        ASSERT_TRUE(id.has_value());
        ASSERT_TRUE(CampDesk::Sql::exec((*opened)->database(), QStringLiteral("UPDATE camps SET time_zone = ?"),
                                        {QStringLiteral("Mars/Olympus_Mons")})
                        .has_value());
    }
    for (const QStringList &command :
         {QStringList {QStringLiteral("camps"), QStringLiteral("show"), QStringLiteral("1")},
          QStringList {QStringLiteral("stats"), QStringLiteral("--camp"), QStringLiteral("1")}}) {
        const Outcome shown = cli(command + QStringList {QStringLiteral("--workspace"), workspace},
                                  home.path(QString()), QStringLiteral("Asia/Tokyo"));
        ASSERT_EQ(shown.code, 0) << shown.err.constData();
        EXPECT_TRUE(shown.err.contains("does not know the camp's time zone “Mars/Olympus_Mons”"))
            << shown.err.constData();
        EXPECT_TRUE(shown.err.contains("(Asia/Tokyo)")) << shown.err.constData();
    }
}

// A camp's status is on its own today (its zone's date), whatever the
// computer's zone: a camp far east has begun while the same dates far west
// have not, and every laptop says so alike.
TEST(CliProcessTest, ACampsStatusIsOnItsOwnToday)
{
    TempDir home;
    const QString workspace = home.path(QStringLiteral("zones.campdesk"));
    CampDesk::Camp probe;
    probe.timeZone = QStringLiteral("Pacific/Kiritimati"); // UTC+14
    CampDesk::Camp east
        = CampDesk::Camp::withDefaults(QStringLiteral("东营"), probe.today(), probe.today().addDays(20));
    east.timeZone = probe.timeZone;
    CampDesk::Camp west = east;
    west.name = QStringLiteral("西营");
    west.timeZone = QStringLiteral("Etc/GMT+12"); // UTC-12, a day or two behind
    {
        auto opened = CampDesk::Workspace::open(workspace);
        ASSERT_TRUE(opened.has_value()) << opened.error().message.toStdString();
        ASSERT_TRUE((*opened)->camps().insert(east).has_value());
        ASSERT_TRUE((*opened)->camps().insert(west).has_value());
    }
    for (const QString &zone : {QStringLiteral("Asia/Shanghai"), QStringLiteral("America/Los_Angeles")}) {
        const Outcome listed = cli({QStringLiteral("camps"), QStringLiteral("list"), QStringLiteral("--json"),
                                    QStringLiteral("--workspace"), workspace},
                                   home.path(QString()), zone);
        ASSERT_EQ(listed.code, 0) << listed.err.constData();
        const QJsonArray camps = QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("camps")).toArray();
        ASSERT_EQ(camps.size(), 2);
        QHash<QString, QString> statusByName;
        for (const QJsonValue &camp : camps) {
            statusByName.insert(camp.toObject().value(QStringLiteral("name")).toString(),
                                camp.toObject().value(QStringLiteral("status")).toString());
        }
        EXPECT_EQ(statusByName.value(east.name), QStringLiteral("running")) << zone.toStdString();
        EXPECT_EQ(statusByName.value(west.name), QStringLiteral("preparing")) << zone.toStdString();
    }
}

// A check-in posted before the member joined counts nowhere: the import
// does not record it and names it, in the text and in the JSON.
TEST(CliProcessTest, AChatCheckInBeforeTheMemberJoinedIsNamedNotRecorded)
{
    TempDir home;
    const QString workspace = home.path(QStringLiteral("stay.campdesk"));
    const QStringList base {QStringLiteral("--workspace"), workspace};
    const QString zone = QStringLiteral("Asia/Shanghai");
    const auto run = [&](const QStringList &arguments) { return cli(arguments + base, home.path(QString()), zone); };
    ASSERT_EQ(run({QStringLiteral("camps"), QStringLiteral("create"), QStringLiteral("--name"),
                   QStringLiteral("晨跑营"), QStringLiteral("--course-start"), QStringLiteral("2027-03-13"),
                   QStringLiteral("--course-end"), QStringLiteral("2027-03-19")})
                  .code,
              0);
    const QString roster = home.path(QStringLiteral("roster.csv"));
    writeAll(roster, QStringLiteral("昵称,加入日期\n林晓雨,2027-03-15\n").toUtf8());
    const Outcome added = run(
        {QStringLiteral("roster"), QStringLiteral("import"), QStringLiteral("--camp"), QStringLiteral("1"), roster});
    ASSERT_EQ(added.code, 0) << added.err.constData();
    const QString chat = home.path(QStringLiteral("chat.txt"));
    writeAll(chat, QStringLiteral("3/14/27, 07:00 - 林晓雨: 打卡第1天\n3/15/27, 07:00 - 林晓雨: 打卡第2天\n").toUtf8());
    const QStringList import {QStringLiteral("import"), QStringLiteral("--camp"), QStringLiteral("1"), chat};
    const Outcome text = run(import);
    ASSERT_EQ(text.code, 0) << text.err.constData();
    EXPECT_TRUE(text.out.contains("1 check-in in the chat was not recorded")) << text.out.constData();
    EXPECT_TRUE(text.out.contains("林晓雨 (member 1): 2027-03-14")) << text.out.constData();

    // The same file again adds nothing, so a fresh workspace for the JSON.
    ASSERT_TRUE(QFile::remove(workspace));
    ASSERT_EQ(run({QStringLiteral("camps"), QStringLiteral("create"), QStringLiteral("--name"),
                   QStringLiteral("晨跑营"), QStringLiteral("--course-start"), QStringLiteral("2027-03-13"),
                   QStringLiteral("--course-end"), QStringLiteral("2027-03-19")})
                  .code,
              0);
    ASSERT_EQ(
        run({QStringLiteral("roster"), QStringLiteral("import"), QStringLiteral("--camp"), QStringLiteral("1"), roster})
            .code,
        0);
    const Outcome json = run(import + QStringList {QStringLiteral("--json")});
    ASSERT_EQ(json.code, 0) << json.err.constData();
    const QJsonObject summary = QJsonDocument::fromJson(json.out).object();
    EXPECT_EQ(summary.value(QStringLiteral("check_ins")).toInt(), 1);
    const QJsonArray outside = summary.value(QStringLiteral("check_ins_outside_stay")).toArray();
    ASSERT_EQ(outside.size(), 1);
    EXPECT_EQ(outside.first().toObject().value(QStringLiteral("member_id")).toInteger(), 1);
    EXPECT_EQ(outside.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("林晓雨"));
    EXPECT_EQ(outside.first().toObject().value(QStringLiteral("day")).toString(), QStringLiteral("2027-03-14"));
}

// A name key ("name:Lucky Star") on two apps in one camp: --map refuses it
// bare, naming the APP:KEY forms, and maps the one named so; the other
// app's sender stays unmapped.
TEST(CliProcessTest, AKeyTwoAppsShareIsNamedWithItsApp)
{
    TempDir home;
    const QString workspace = home.path(QStringLiteral("keys.campdesk"));
    const QStringList base {QStringLiteral("--workspace"), workspace};
    const auto run = [&](const QStringList &arguments) { return cli(arguments + base, home.path(QString())); };
    ASSERT_EQ(run({QStringLiteral("camps"), QStringLiteral("create"), QStringLiteral("--name"),
                   QStringLiteral("晨跑营"), QStringLiteral("--course-start"), QStringLiteral("2027-03-13"),
                   QStringLiteral("--course-end"), QStringLiteral("2027-03-19")})
                  .code,
              0);
    const QString roster = home.path(QStringLiteral("roster.csv"));
    writeAll(roster, QStringLiteral("昵称\n陈浩然\n").toUtf8());
    ASSERT_EQ(
        run({QStringLiteral("roster"), QStringLiteral("import"), QStringLiteral("--camp"), QStringLiteral("1"), roster})
            .code,
        0);
    {
        auto opened = CampDesk::Workspace::open(workspace);
        ASSERT_TRUE(opened.has_value()) << opened.error().message.toStdString();
        for (const char *platform : {"wechat", "whatsapp"}) {
            ASSERT_TRUE(
                CampDesk::Sql::exec((*opened)->database(),
                                    QStringLiteral("INSERT INTO chat_identities (camp_id, platform, chat_key,"
                                                   " display_name) VALUES (1, ?, 'name:Lucky Star', 'Lucky Star')"),
                                    {QString::fromLatin1(platform)})
                    .has_value());
        }
    }
    const QStringList identities {QStringLiteral("identities"), QStringLiteral("--camp"), QStringLiteral("1")};
    const Outcome bare = run(identities + QStringList {QStringLiteral("--map"), QStringLiteral("name:Lucky Star=1")});
    EXPECT_EQ(bare.code, 2);
    EXPECT_TRUE(bare.err.contains("wechat:name:Lucky Star") && bare.err.contains("whatsapp:name:Lucky Star"))
        << bare.err.constData();
    const Outcome named
        = run(identities + QStringList {QStringLiteral("--map"), QStringLiteral("whatsapp:name:Lucky Star=1")});
    ASSERT_EQ(named.code, 0) << named.err.constData();
    const Outcome listed = run(identities + QStringList {QStringLiteral("--json")});
    const QJsonArray accounts
        = QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("identities")).toArray();
    ASSERT_EQ(accounts.size(), 2) << listed.out.constData();
    for (const QJsonValue &value : accounts) {
        const QJsonObject identity = value.toObject();
        EXPECT_EQ(identity.value(QStringLiteral("member_id")).toInteger(),
                  identity.value(QStringLiteral("platform")).toString() == QLatin1String("whatsapp") ? 1 : 0)
            << listed.out.constData();
    }
}

// The newcomer's path: one camp, its WhatsApp, Telegram and QQ exports, one
// identity mapped by hand, three days of 接龙 — then everything again, which
// must change nothing.
TEST(CliProcessTest, ThreeChatExportsAndThreeDaysOfJielongGiveExactCounts)
{
    TempDir home;
    const QString zone = QStringLiteral("Asia/Shanghai");
    const QString workspace = home.path(QStringLiteral("capture.campdesk"));
    const QStringList base {QStringLiteral("--workspace"), workspace};
    const auto run = [&](const QStringList &arguments) { return cli(arguments + base, home.path(QString()), zone); };
    ASSERT_EQ(run({QStringLiteral("camps"), QStringLiteral("create"), QStringLiteral("--name"),
                   QStringLiteral("晨跑营"), QStringLiteral("--course-start"), QStringLiteral("2027-03-13"),
                   QStringLiteral("--course-end"), QStringLiteral("2027-03-19")})
                  .code,
              0);
    const Outcome roster = run({QStringLiteral("roster"), QStringLiteral("import"), QStringLiteral("--camp"),
                                QStringLiteral("1"), captureFixture("roster.csv")});
    ASSERT_EQ(roster.code, 0) << roster.err.constData();

    const auto importFile = [&](const char *name) {
        const Outcome outcome = run({QStringLiteral("import"), QStringLiteral("--camp"), QStringLiteral("1"),
                                     QStringLiteral("--json"), captureFixture(name)});
        EXPECT_EQ(outcome.code, 0) << name << ": " << outcome.err.constData();
        return QJsonDocument::fromJson(outcome.out).object();
    };
    const QJsonObject whatsapp = importFile("whatsapp.txt");
    EXPECT_EQ(whatsapp.value(QStringLiteral("format")).toString(), QStringLiteral("whatsapp"));
    EXPECT_EQ(whatsapp.value(QStringLiteral("messages_added")).toInt(), 9);
    EXPECT_EQ(whatsapp.value(QStringLiteral("system_events")).toInt(), 3) << "banner, join, deleted message";
    // 子涵🌸 is only a guess at 王子涵 (person 2): listed with its reason, not applied.
    const QJsonArray unmatched = whatsapp.value(QStringLiteral("unmatched_identities")).toArray();
    ASSERT_EQ(unmatched.size(), 2);
    QHash<QString, QJsonObject> unmatchedByName;
    for (const QJsonValue &value : unmatched)
        unmatchedByName.insert(value.toObject().value(QStringLiteral("name")).toString(), value.toObject());
    ASSERT_TRUE(unmatchedByName.contains(QStringLiteral("Lucky Star")));
    EXPECT_TRUE(
        unmatchedByName.value(QStringLiteral("Lucky Star")).value(QStringLiteral("suggestions")).toArray().isEmpty());
    const QJsonArray suggestions
        = unmatchedByName.value(QStringLiteral("子涵🌸")).value(QStringLiteral("suggestions")).toArray();
    ASSERT_EQ(suggestions.size(), 1);
    EXPECT_EQ(suggestions.first().toObject().value(QStringLiteral("member_id")).toInteger(), 2);
    EXPECT_EQ(suggestions.first().toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("given_name"));
    // Accepting it takes an explicit flag; the file's messages are already in.
    const Outcome accepted
        = run({QStringLiteral("import"), QStringLiteral("--camp"), QStringLiteral("1"),
               QStringLiteral("--accept-suggestions"), QStringLiteral("--json"), captureFixture("whatsapp.txt")});
    ASSERT_EQ(accepted.code, 0) << accepted.err.constData();
    const QJsonObject acceptedSummary = QJsonDocument::fromJson(accepted.out).object();
    EXPECT_EQ(acceptedSummary.value(QStringLiteral("suggestions_accepted")).toInt(), 1);
    EXPECT_EQ(acceptedSummary.value(QStringLiteral("messages_added")).toInt(), 0);
    EXPECT_EQ(acceptedSummary.value(QStringLiteral("unmatched_identities")).toArray().size(), 1);
    const QJsonObject telegram = importFile("telegram.json");
    EXPECT_EQ(telegram.value(QStringLiteral("format")).toString(), QStringLiteral("telegram"));
    EXPECT_EQ(telegram.value(QStringLiteral("messages_added")).toInt(), 5);
    EXPECT_EQ(telegram.value(QStringLiteral("joins")).toInt(), 1);
    EXPECT_EQ(telegram.value(QStringLiteral("leaves")).toInt(), 1);
    EXPECT_TRUE(telegram.value(QStringLiteral("unmatched_identities")).toArray().isEmpty()) << "matched by Telegram id";
    const QJsonObject qq = importFile("qq.txt");
    EXPECT_EQ(qq.value(QStringLiteral("format")).toString(), QStringLiteral("qq"));
    EXPECT_EQ(qq.value(QStringLiteral("messages_added")).toInt(), 4);
    EXPECT_EQ(qq.value(QStringLiteral("chat")).toString(), QStringLiteral("晨跑营"));

    // A mapping to someone not in the camp is refused, and so are the
    // good pairs beside it: nothing is written until every pair is right.
    const Outcome refused = run({QStringLiteral("identities"), QStringLiteral("--camp"), QStringLiteral("1"),
                                 QStringLiteral("--map"), QStringLiteral("name:Lucky Star=3"), QStringLiteral("--map"),
                                 QStringLiteral("name:Lucky Star=999"), QStringLiteral("--json")});
    EXPECT_EQ(refused.code, 2) << refused.out.constData();
    EXPECT_TRUE(refused.err.contains("999 is not a member of camp 1")) << refused.err.constData();
    const Outcome unchanged
        = run({QStringLiteral("identities"), QStringLiteral("--camp"), QStringLiteral("1"), QStringLiteral("--json")});
    int luckyStars = 0;
    for (const QJsonValue &value :
         QJsonDocument::fromJson(unchanged.out).object().value(QStringLiteral("identities")).toArray()) {
        if (value.toObject().value(QStringLiteral("name")).toString() != QLatin1String("Lucky Star"))
            continue;
        ++luckyStars;
        EXPECT_EQ(value.toObject().value(QStringLiteral("member_id")).toInteger(), 0) << unchanged.out.constData();
    }
    EXPECT_EQ(luckyStars, 1);

    // Lucky Star is 陈浩然 (person 3): mapped once, remembered from then on.
    const Outcome mapped = run({QStringLiteral("identities"), QStringLiteral("--camp"), QStringLiteral("1"),
                                QStringLiteral("--map"), QStringLiteral("name:Lucky Star=3")});
    ASSERT_EQ(mapped.code, 0) << mapped.err.constData();

    for (int day = 1; day <= 3; ++day) {
        const QString file = captureFixture(QStringLiteral("jielong-day%1.txt").arg(day).toUtf8().constData());
        const QStringList jielong {QStringLiteral("jielong"), QStringLiteral("--camp"), QStringLiteral("1"),
                                   QStringLiteral("--day"), QString::number(day)};
        if (day == 1) {
            // 子涵 is only a guess at 王子涵: listed, not recorded, until accepted.
            const Outcome listed = run(jielong + QStringList {file});
            ASSERT_EQ(listed.code, 3) << "an entry was left out" << listed.err.constData();
            EXPECT_TRUE(listed.err.contains("not recorded")) << listed.err.constData();
            EXPECT_TRUE(listed.out.contains("1 entries unmatched")) << listed.out.constData();
            EXPECT_TRUE(listed.out.contains("王子涵")) << listed.out.constData();
        }
        const Outcome outcome = run(jielong + QStringList {QStringLiteral("--accept-suggestions"), file});
        ASSERT_EQ(outcome.code, 0) << outcome.err.constData();
        EXPECT_TRUE(outcome.out.contains("0 entries unmatched")) << outcome.out.constData();
        if (day == 1) {
            EXPECT_TRUE(outcome.out.contains("taken as 王子涵 (member 2)"))
                << "said, line by line: " << outcome.out.constData();
        }
    }

    const QStringList statsCommand {QStringLiteral("stats"), QStringLiteral("--camp"), QStringLiteral("1"),
                                    QStringLiteral("--json")};
    const Outcome stats = run(statsCommand);
    ASSERT_EQ(stats.code, 0) << stats.err.constData();
    const QHash<qint64, QList<int>> counts = statsByMember(stats.out);
    // messages, active days, check-ins — worked out by hand from the fixtures.
    EXPECT_EQ(counts.value(1), (QList<int> {4, 3, 3})) << "林晓雨";
    EXPECT_EQ(counts.value(2), (QList<int> {4, 3, 3})) << "王子涵";
    EXPECT_EQ(counts.value(3), (QList<int> {4, 4, 2})) << "陈浩然";
    const QJsonArray days = QJsonDocument::fromJson(stats.out).object().value(QStringLiteral("days")).toArray();
    ASSERT_EQ(days.size(), 4);
    EXPECT_EQ(days.first().toObject().value(QStringLiteral("day")).toString(), QStringLiteral("2027-03-13"));
    EXPECT_EQ(days.first().toObject().value(QStringLiteral("active_members")).toInt(), 3);
    EXPECT_EQ(days.last().toObject().value(QStringLiteral("active_members")).toInt(), 1);

    // Everything again: nothing changes.
    for (const char *name : {"whatsapp.txt", "telegram.json", "qq.txt"}) {
        const QJsonObject again = importFile(name);
        EXPECT_EQ(again.value(QStringLiteral("messages_added")).toInt(), 0) << name;
        EXPECT_GT(again.value(QStringLiteral("duplicates_skipped")).toInt(), 0) << name;
    }
    for (int day = 1; day <= 3; ++day) {
        const Outcome outcome
            = run({QStringLiteral("jielong"), QStringLiteral("--camp"), QStringLiteral("1"), QStringLiteral("--day"),
                   QString::number(day), QStringLiteral("--accept-suggestions"),
                   captureFixture(QStringLiteral("jielong-day%1.txt").arg(day).toUtf8().constData())});
        EXPECT_TRUE(outcome.out.contains(": 0 check-ins recorded")) << outcome.out.constData();
    }
    EXPECT_EQ(run(statsCommand).out, stats.out);

    // Telegram's join and self-leave moved the membership dates.
    const QJsonArray members
        = QJsonDocument::fromJson(run({QStringLiteral("roster"), QStringLiteral("list"), QStringLiteral("--camp"),
                                       QStringLiteral("1"), QStringLiteral("--json")})
                                      .out)
              .object()
              .value(QStringLiteral("members"))
              .toArray();
    for (const QJsonValue &value : members) {
        const QJsonObject member = value.toObject();
        if (member.value(QStringLiteral("name")).toString() == QStringLiteral("林晓雨")) {
            EXPECT_EQ(member.value(QStringLiteral("joined_on")).toString(), QStringLiteral("2027-03-12"));
        }
        if (member.value(QStringLiteral("name")).toString() == QStringLiteral("陈浩然")) {
            EXPECT_EQ(member.value(QStringLiteral("left_on")).toString(), QStringLiteral("2027-03-16"));
        }
    }
}

// An import read the wrong way (a date order to set again) is taken back
// out from the command line, as Undo does in the window: importing it again
// first would add every message twice.
TEST(CliProcessTest, AnImportIsListedAndTakenBackOut)
{
    TempDir home;
    const QString workspace = home.path(QStringLiteral("imports.campdesk"));
    const QStringList base {QStringLiteral("--workspace"), workspace};
    ASSERT_EQ(cli(QStringList {QStringLiteral("camps"), QStringLiteral("create"), QStringLiteral("--name"),
                               QStringLiteral("R"), QStringLiteral("--course-start"), QStringLiteral("2027-03-01"),
                               QStringLiteral("--course-end"), QStringLiteral("2027-03-21")}
                      + base,
                  home.path(QString()))
                  .code,
              0);
    const QString chat = home.path(QStringLiteral("chat.txt"));
    writeAll(chat, QStringLiteral("05/03/2027, 09:15 - 林晓雨: 打卡\n06/03/2027, 10:16 - 王子涵: 打卡\n").toUtf8());
    const QStringList import
        = QStringList {QStringLiteral("import"),       QStringLiteral("--camp"), QStringLiteral("1"),
                       QStringLiteral("--date-order"), QStringLiteral("mdy"),    chat}
        + base;
    ASSERT_EQ(cli(import, home.path(QString())).code, 0);
    const QStringList list = QStringList {QStringLiteral("imports"), QStringLiteral("--camp"), QStringLiteral("1"),
                                          QStringLiteral("--json")}
        + base;
    const QJsonArray imports = QJsonDocument::fromJson(cli(list, home.path(QString())).out)
                                   .object()
                                   .value(QStringLiteral("imports"))
                                   .toArray();
    ASSERT_EQ(imports.size(), 1);
    EXPECT_EQ(imports.first().toObject().value(QStringLiteral("file")).toString(), QStringLiteral("chat.txt"));
    EXPECT_EQ(imports.first().toObject().value(QStringLiteral("messages_added")).toInt(), 2);
    const QString id = QString::number(imports.first().toObject().value(QStringLiteral("id")).toInteger());

    const Outcome wrong = cli(QStringList {QStringLiteral("imports"), QStringLiteral("--camp"), QStringLiteral("1"),
                                           QStringLiteral("--remove"), QStringLiteral("99")}
                                  + base,
                              home.path(QString()));
    EXPECT_EQ(wrong.code, 2) << wrong.err.constData();
    const Outcome removed = cli(QStringList {QStringLiteral("imports"), QStringLiteral("--camp"), QStringLiteral("1"),
                                             QStringLiteral("--remove"), id, QStringLiteral("--json")}
                                    + base,
                                home.path(QString()));
    ASSERT_EQ(removed.code, 0) << removed.err.constData();
    EXPECT_TRUE(QJsonDocument::fromJson(removed.out).object().value(QStringLiteral("imports")).toArray().isEmpty());
    const QStringList stats
        = QStringList {QStringLiteral("stats"), QStringLiteral("--camp"), QStringLiteral("1"), QStringLiteral("--json")}
        + base;
    EXPECT_TRUE(QJsonDocument::fromJson(cli(stats, home.path(QString())).out)
                    .object()
                    .value(QStringLiteral("unmapped_senders"))
                    .toArray()
                    .isEmpty())
        << "its messages and senders went with it";

    // Read the right way, it adds its two messages once.
    QStringList again = import;
    again[4] = QStringLiteral("dmy");
    const Outcome reimported = cli(again + QStringList {QStringLiteral("--json")}, home.path(QString()));
    ASSERT_EQ(reimported.code, 0) << reimported.err.constData();
    EXPECT_EQ(QJsonDocument::fromJson(reimported.out).object().value(QStringLiteral("messages_added")).toInt(), 2);
}

// A camp's course moved past its wrap-up is refused until the wrap-up moves
// too, which the command can now do.
TEST(CliProcessTest, CampsEditMovesThePeriodsWithTheCourse)
{
    TempDir home;
    const QStringList base {QStringLiteral("--workspace"), home.path(QStringLiteral("edit.campdesk"))};
    ASSERT_EQ(cli(QStringList {QStringLiteral("camps"), QStringLiteral("create"), QStringLiteral("--name"),
                               QStringLiteral("R"), QStringLiteral("--course-start"), QStringLiteral("2027-03-01"),
                               QStringLiteral("--course-end"), QStringLiteral("2027-03-07")}
                      + base,
                  home.path(QString()))
                  .code,
              0);
    const QStringList edit {QStringLiteral("camps"), QStringLiteral("edit"),         QStringLiteral("--camp"),
                            QStringLiteral("1"),     QStringLiteral("--course-end"), QStringLiteral("2027-03-21")};
    const Outcome refused = cli(edit + base, home.path(QString()));
    EXPECT_EQ(refused.code, 2);
    EXPECT_TRUE(refused.err.contains("wrap-up")) << refused.err.constData();
    const Outcome moved = cli(edit
                                  + QStringList {QStringLiteral("--wrap-up-end"), QStringLiteral("2027-03-24"),
                                                 QStringLiteral("--preparation-start"), QStringLiteral("2027-02-20"),
                                                 QStringLiteral("--json")}
                                  + base,
                              home.path(QString()));
    ASSERT_EQ(moved.code, 0) << moved.err.constData();
    const QJsonObject camp = QJsonDocument::fromJson(moved.out).object();
    EXPECT_EQ(camp.value(QStringLiteral("course_end")).toString(), QStringLiteral("2027-03-21"));
    EXPECT_EQ(camp.value(QStringLiteral("wrap_up_end")).toString(), QStringLiteral("2027-03-24"));
    EXPECT_EQ(camp.value(QStringLiteral("preparation_start")).toString(), QStringLiteral("2027-02-20"));
}

TEST(CliProcessTest, ImportRefusesUnknownFilesAndWritesNothing)
{
    TempDir home;
    const QString workspace = home.path(QStringLiteral("refuse.campdesk"));
    const QStringList base {QStringLiteral("--workspace"), workspace};
    ASSERT_EQ(cli(QStringList {QStringLiteral("camps"), QStringLiteral("create"), QStringLiteral("--name"),
                               QStringLiteral("R"), QStringLiteral("--course-start"), QStringLiteral("2027-01-04"),
                               QStringLiteral("--course-end"), QStringLiteral("2027-01-10")}
                      + base,
                  home.path(QString()))
                  .code,
              0);
    const QString notes = home.path(QStringLiteral("notes.txt"));
    writeAll(notes, "shopping list\nmilk\neggs\n");
    const Outcome unknown
        = cli(QStringList {QStringLiteral("import"), QStringLiteral("--camp"), QStringLiteral("1"), notes} + base,
              home.path(QString()));
    EXPECT_EQ(unknown.code, 1);
    EXPECT_TRUE(unknown.err.contains("notes.txt is not a chat export")) << unknown.err.constData();
    EXPECT_TRUE(unknown.err.contains("WhatsApp")) << "the message lists the formats tried";

    const Outcome forced = cli(QStringList {QStringLiteral("import"), QStringLiteral("--camp"), QStringLiteral("1"),
                                            QStringLiteral("--format"), QStringLiteral("qq"), notes}
                                   + base,
                               home.path(QString()));
    EXPECT_EQ(forced.code, 1);
    EXPECT_TRUE(forced.err.contains("notes.txt: ")) << forced.err.constData();
    EXPECT_TRUE(forced.err.contains("ine 1")) << "names the line: " << forced.err.constData();

    const Outcome badFormat = cli(QStringList {QStringLiteral("import"), QStringLiteral("--camp"), QStringLiteral("1"),
                                               QStringLiteral("--format"), QStringLiteral("fax"), notes}
                                      + base,
                                  home.path(QString()));
    EXPECT_EQ(badFormat.code, 2);
    const Outcome stats = cli(
        QStringList {QStringLiteral("stats"), QStringLiteral("--camp"), QStringLiteral("1"), QStringLiteral("--json")}
            + base,
        home.path(QString()));
    EXPECT_TRUE(QJsonDocument::fromJson(stats.out).object().value(QStringLiteral("days")).toArray().isEmpty());
    const Outcome identities = cli(QStringList {QStringLiteral("identities"), QStringLiteral("--camp"),
                                                QStringLiteral("1"), QStringLiteral("--json")}
                                       + base,
                                   home.path(QString()));
    EXPECT_TRUE(
        QJsonDocument::fromJson(identities.out).object().value(QStringLiteral("identities")).toArray().isEmpty());
}

// A Telegram export of a whole account holds several groups: without
// --chat the import is refused naming them, with nothing written; with it,
// the named group is imported.
TEST(CliProcessTest, AnImportOfSeveralChatsWaitsForTheOperatorToNameOne)
{
    TempDir home;
    const QStringList base {QStringLiteral("--workspace"), home.path(QStringLiteral("choose.campdesk"))};
    ASSERT_EQ(cli(QStringList {QStringLiteral("camps"), QStringLiteral("create"), QStringLiteral("--name"),
                               QStringLiteral("T"), QStringLiteral("--course-start"), QStringLiteral("2023-06-01"),
                               QStringLiteral("--course-end"), QStringLiteral("2023-06-10")}
                      + base,
                  home.path(QString()))
                  .code,
              0);
    const QString account = QStringLiteral(CAMPDESK_TEST_DATA "/capture/telegram/full-account.json");
    const QStringList import {QStringLiteral("import"), QStringLiteral("--camp"), QStringLiteral("1"),
                              QStringLiteral("--json")};
    const Outcome unchosen = cli(import + base + QStringList {account}, home.path(QString()));
    EXPECT_EQ(unchosen.code, 1);
    for (const char *named : {"“Small Group”", "“Camp Group”", "“Old Camp”", "--chat NAME"})
        EXPECT_TRUE(unchosen.err.contains(named)) << named << ": " << unchosen.err.constData();
    const Outcome imports = cli(
        QStringList {QStringLiteral("imports"), QStringLiteral("--camp"), QStringLiteral("1"), QStringLiteral("--json")}
            + base,
        home.path(QString()));
    EXPECT_EQ(QJsonDocument::fromJson(imports.out).object().value(QStringLiteral("imports")).toArray().size(), 0)
        << imports.out.constData();

    const Outcome chosen
        = cli(import + base + QStringList {QStringLiteral("--chat"), QStringLiteral("Camp Group"), account},
              home.path(QString()));
    ASSERT_EQ(chosen.code, 0) << chosen.err.constData();
    const QJsonObject summary = QJsonDocument::fromJson(chosen.out).object();
    EXPECT_EQ(summary.value(QStringLiteral("chat")).toString(), QStringLiteral("Camp Group"));
    EXPECT_EQ(summary.value(QStringLiteral("messages_read")).toInt(), 2);

    // A chat named for a file of one chat is not ignored without a word.
    const QString whatsapp = home.path(QStringLiteral("chat.txt"));
    writeAll(whatsapp, QByteArray("6/3/23, 09:15 - Ann: hello\n"));
    const Outcome named = cli(import + base + QStringList {QStringLiteral("--chat"), QStringLiteral("X"), whatsapp},
                              home.path(QString()));
    EXPECT_EQ(named.code, 1);
    EXPECT_TRUE(named.err.contains("holds one chat")) << named.err.constData();
}

// SIGKILL in the middle of an import into the workspace at `address` (a
// file or a server) holding one camp and one small import: the transaction
// never commits, so after each kill the workspace holds exactly what it held
// before; `check` may look further. The kills fall at `fractions` of the
// time the same import takes to finish into `scratch` (a workspace of the
// same engine, prepared alike), so they land inside the import on a fast
// machine and on a slow one (a sanitizer's build) alike.
void killImportsInto(const QString &address, const QString &scratch, std::initializer_list<double> fractions,
                     const std::function<void(const QSqlDatabase &)> &check = {})
{
    TempDir home;
    const auto cliOn = [&home](const QString &target, const QStringList &arguments) {
        return cli(arguments + QStringList {QStringLiteral("--workspace"), target}, home.path(QString())).code;
    };
    for (const QString &target : {address, scratch}) {
        ASSERT_EQ(cliOn(target,
                        {QStringLiteral("camps"), QStringLiteral("create"), QStringLiteral("--name"),
                         QStringLiteral("K"), QStringLiteral("--course-start"), QStringLiteral("2027-03-01"),
                         QStringLiteral("--course-end"), QStringLiteral("2027-03-21")}),
                  0);
        ASSERT_EQ(
            cliOn(target,
                  {QStringLiteral("import"), QStringLiteral("--camp"), QStringLiteral("1"), captureFixture("qq.txt")}),
            0);
    }
    const QString big = home.path(QStringLiteral("big.json"));
    ASSERT_EQ(cli({QStringLiteral("generate"), QStringLiteral("--format"), QStringLiteral("telegram"),
                   QStringLiteral("--members"), QStringLiteral("500"), QStringLiteral("--messages"),
                   QStringLiteral("300000"), QStringLiteral("-o"), big},
                  home.path(QString()))
                  .code,
              0);
    const auto startImport = [&big](QProcess &import, const QString &target) {
        import.start(QStringLiteral(CAMPDESK_CLI_PATH),
                     QStringList {QStringLiteral("import"), QStringLiteral("--camp"), QStringLiteral("1"), big,
                                  QStringLiteral("--workspace"), target});
        return import.waitForStarted();
    };
    QElapsedTimer whole;
    {
        QProcess finished;
        whole.start();
        ASSERT_TRUE(startImport(finished, scratch));
        ASSERT_TRUE(finished.waitForFinished(-1));
        ASSERT_EQ(finished.exitCode(), 0) << finished.readAllStandardError().toStdString();
    }
    const qint64 took = whole.elapsed();
    for (double fraction : fractions) {
        const int delay = int(fraction * double(took));
        QProcess import;
        ASSERT_TRUE(startImport(import, address));
        QTest::qWait(delay);
        ASSERT_EQ(import.state(), QProcess::Running)
            << "the import finished before the kill at " << delay << " ms of " << took << " ms";
        import.kill();
        ASSERT_TRUE(import.waitForFinished());
        EXPECT_EQ(import.exitStatus(), QProcess::CrashExit) << "killed, not ended on its own, at " << delay << " ms";
        auto opened = CampDesk::Workspace::open(address, {.create = false, .exclusive = false});
        ASSERT_TRUE(opened.has_value()) << opened.error().message.toStdString();
        const QSqlDatabase db = (*opened)->database();
        EXPECT_EQ(*CampDesk::Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM chat_messages")), 4) << delay;
        EXPECT_EQ(*CampDesk::Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM chat_imports")), 1) << delay;
        if (check)
            check(db);
    }
}

TEST(CliProcessTest, AKilledImportLeavesTheWorkspaceAsItWas)
{
    TempDir home;
    killImportsInto(home.path(QStringLiteral("kill.campdesk")), home.path(QStringLiteral("scratch.campdesk")),
                    {0.1, 0.4, 0.7}, [](const QSqlDatabase &db) {
                        QSqlQuery check(db);
                        ASSERT_TRUE(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
                        EXPECT_EQ(check.value(0).toString(), QStringLiteral("ok"));
                    });
}

// The same on a server, where the messages are copied in bulk to a staging
// table and move into the camp a batch at a time while the file is read:
// the kills fall early, in the first batches' moves and in the last ones'.
TEST(CliProcessTest, AKilledImportLeavesATeamWorkspaceAsItWas)
{
    if (!testServer())
        GTEST_SKIP() << noTestServer();
    TestSchema schema;
    ASSERT_TRUE(schema.isReady()) << schema.error().toStdString();
    TestSchema scratch;
    ASSERT_TRUE(scratch.isReady()) << scratch.error().toStdString();
    killImportsInto(schema.address(), scratch.address(), {0.1, 0.45, 0.75}, [&](const QSqlDatabase &) {
        // The killed import's server session ends once the statement it is
        // running does, and its temporary tables with it; another test's
        // import may hold some of its own for a moment (pg_tables lists every
        // session's). A table that outlives its import stays.
        const auto staged = [&schema] {
            return CampDesk::Sql::scalar(schema.db(),
                                         QStringLiteral("SELECT COUNT(*) FROM pg_tables WHERE tablename"
                                                        " LIKE 'campdesk_staged%'"))
                .value_or(-1);
        };
        EXPECT_TRUE(QTest::qWaitFor([&staged] { return staged() == 0; }, 30000))
            << "no staging table outlives its import: " << staged();
    });
}

// The review of the hand-computed camp (ReviewFixture): every series as
// JSON, and the PDF report, from the command line.
// A report that could only be wrong is refused: a day no data reaches
// (every member would read as silent), a subgroup the camp
// does not have (it read "members in no subgroup"), a range ending before
// it begins.
TEST(CliProcessTest, ReportRefusesWhatItCouldOnlyGetWrong)
{
    TempDir home;
    ReviewFixture fixture;
    const QString workspace = fixture.path();
    const QString camp = QString::number(fixture.campId());
    fixture.close();
    const auto report = [&](const QStringList &arguments) {
        return cli(QStringList {QStringLiteral("report"), QStringLiteral("--camp"), camp, QStringLiteral("--json"),
                                QStringLiteral("--workspace"), workspace}
                       + arguments,
                   home.path(QString()));
    };
    const Outcome ahead = report({QStringLiteral("--as-of"), QStringLiteral("2027-12-31")});
    EXPECT_EQ(ahead.code, 2) << ahead.out.constData();
    EXPECT_TRUE(ahead.err.contains("--as-of 2027-12-31: the camp's last message or check-in is on 2027-03-"))
        << ahead.err.constData();
    EXPECT_TRUE(ahead.out.isEmpty());
    const Outcome subgroup = report({QStringLiteral("--subgroup"), QStringLiteral("999")});
    EXPECT_EQ(subgroup.code, 2) << subgroup.out.constData();
    EXPECT_TRUE(subgroup.err.contains("has no subgroup 999")) << subgroup.err.constData();
    const Outcome backwards = report(
        {QStringLiteral("--from"), QStringLiteral("2027-03-08"), QStringLiteral("--to"), QStringLiteral("2027-03-02")});
    EXPECT_EQ(backwards.code, 2) << backwards.out.constData();
    EXPECT_TRUE(backwards.err.contains("--from 2027-03-08 is after --to 2027-03-02")) << backwards.err.constData();
    const Outcome none = report({QStringLiteral("--subgroup"), QStringLiteral("-1")});
    ASSERT_EQ(none.code, 0) << none.err.constData();
    EXPECT_EQ(QJsonDocument::fromJson(none.out).object().value(QStringLiteral("subgroup_id")).toInteger(), -1);
    // The last day the fixture's data reaches, ahead of the real today, is reviewed as before.
    EXPECT_EQ(report({QStringLiteral("--as-of"), QStringLiteral("2027-03-06")}).code, 0);
}

// Data dated far from the camp's days (a stray date in an export) is in no
// figure; `stats` and the PDF say so beside the figures, as the Review tab does.
TEST(CliProcessTest, DataDatedFarFromTheCampIsSaidBesideTheFigures)
{
    TempDir home;
    ReviewFixture fixture;
    fixture.sayAt("A", QDateTime(QDate(2021, 3, 3), QTime(9, 0), QTimeZone("Asia/Shanghai")).toSecsSinceEpoch());
    const QString workspace = fixture.path();
    const QString camp = QString::number(fixture.campId());
    fixture.close();
    const Outcome stats
        = cli({QStringLiteral("stats"), QStringLiteral("--camp"), camp, QStringLiteral("--workspace"), workspace},
              home.path(QString()));
    ASSERT_EQ(stats.code, 0) << stats.err.constData();
    EXPECT_TRUE(stats.out.contains("1 item dated 3/3/2021 to 3/3/2021, more than a year away from this camp's days, is "
                                   "not in these figures (messages: 1, check-ins: 0)"))
        << stats.out.constData();
    const QString pdf = home.path(QStringLiteral("far.pdf"));
    const Outcome report
        = cli({QStringLiteral("report"), QStringLiteral("--camp"), camp, QStringLiteral("--pdf"), pdf,
               QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--workspace"), workspace},
              home.path(QString()));
    ASSERT_EQ(report.code, 0) << report.err.constData();
    const Outcome text = execute(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}, home.path(QString()));
    ASSERT_EQ(text.code, 0);
    EXPECT_TRUE(QString::fromUtf8(text.out).simplified().contains(QStringLiteral("more than a year away")))
        << text.out.constData();
}

TEST(CliProcessTest, ReportPrintsEverySeriesAndWritesThePdf)
{
    TempDir home;
    ReviewFixture fixture;
    const QString workspace = fixture.path();
    const QString camp = QString::number(fixture.campId());
    fixture.close();

    // The fixture's camp lies ahead of the real today: as of today nothing
    // has happened yet; as of its last day with data, the hand-worked figures.
    const Outcome ahead = cli({QStringLiteral("report"), QStringLiteral("--camp"), camp, QStringLiteral("--json"),
                               QStringLiteral("--workspace"), workspace},
                              home.path(QString()));
    ASSERT_EQ(ahead.code, 0) << ahead.err.toStdString();
    EXPECT_TRUE(QJsonDocument::fromJson(ahead.out).object().value(QStringLiteral("average_active_rate")).isNull());
    const Outcome json
        = cli({QStringLiteral("report"), QStringLiteral("--camp"), camp, QStringLiteral("--json"),
               QStringLiteral("--as-of"), QStringLiteral("2027-03-06"), QStringLiteral("--workspace"), workspace},
              home.path(QString()));
    ASSERT_EQ(json.code, 0) << json.err.toStdString();
    const QJsonObject report = QJsonDocument::fromJson(json.out).object();
    EXPECT_EQ(report.value(QStringLiteral("as_of")).toString(), QStringLiteral("2027-03-06"));
    EXPECT_EQ(report.value(QStringLiteral("average_active_rate")).toDouble(), 61.9);
    const QJsonArray days = report.value(QStringLiteral("days")).toArray();
    ASSERT_EQ(days.size(), 7);
    EXPECT_EQ(days.at(5).toObject().value(QStringLiteral("active")).toInt(), 2);
    EXPECT_EQ(days.at(5).toObject().value(QStringLiteral("members")).toInt(), 5);
    EXPECT_EQ(report.value(QStringLiteral("activities")).toArray().size(), 5);
    EXPECT_EQ(report.value(QStringLiteral("silent_members")).toArray().size(), 2);
    EXPECT_TRUE(report.value(QStringLiteral("reviews")).toArray().isEmpty());

    const Outcome staff
        = cli({QStringLiteral("report"), QStringLiteral("--camp"), camp, QStringLiteral("--json"),
               QStringLiteral("--include-staff"), QStringLiteral("--from"), QStringLiteral("2027-03-03"),
               QStringLiteral("--to"), QStringLiteral("2027-03-03"), QStringLiteral("--workspace"), workspace},
              home.path(QString()));
    ASSERT_EQ(staff.code, 0) << staff.err.toStdString();
    const QJsonArray oneDay = QJsonDocument::fromJson(staff.out).object().value(QStringLiteral("days")).toArray();
    ASSERT_EQ(oneDay.size(), 1);
    EXPECT_EQ(oneDay.at(0).toObject().value(QStringLiteral("members")).toInt(), 6);

    const Outcome both
        = cli({QStringLiteral("report"), QStringLiteral("--camp"), camp, QStringLiteral("--workspace"), workspace},
              home.path(QString()));
    EXPECT_EQ(both.code, 2) << "one of --json and --pdf";
    const Outcome badDate
        = cli({QStringLiteral("report"), QStringLiteral("--camp"), camp, QStringLiteral("--json"),
               QStringLiteral("--from"), QStringLiteral("March"), QStringLiteral("--workspace"), workspace},
              home.path(QString()));
    EXPECT_EQ(badDate.code, 2);
    EXPECT_TRUE(badDate.err.contains("March"));

    const QString pdf = home.path(QStringLiteral("review.pdf"));
    const Outcome written
        = cli({QStringLiteral("report"), QStringLiteral("--camp"), camp, QStringLiteral("--pdf"), pdf,
               QStringLiteral("--as-of"), QStringLiteral("2027-03-06"), QStringLiteral("--workspace"), workspace},
              home.path(QString()));
    ASSERT_EQ(written.code, 0) << written.err.toStdString();
    const Outcome info = execute(QStringLiteral("pdfinfo"), {pdf}, home.path(QString()));
    ASSERT_EQ(info.code, 0);
    const QString pages
        = QString::fromUtf8(info.out).section(QStringLiteral("Pages:"), 1).trimmed().section(u'\n', 0, 0);
    EXPECT_GE(pages.toInt(), 3) << info.out.toStdString();
    EXPECT_LE(pages.toInt(), 6) << info.out.toStdString();
    // Readable on paper: no word under 6 pt (table notes are the smallest)
    // and every page's text across the page, not in a corner.
    const PdfLayout layout = pdfLayout(pdf);
    ASSERT_FALSE(layout.words.isEmpty());
    double left = layout.pageSize.width();
    double right = 0;
    for (const PdfWord &word : layout.words) {
        EXPECT_GE(word.box.height(), 6.0) << word.text.toStdString() << " on page " << word.page;
        left = std::min(left, word.box.left());
        right = std::max(right, word.box.right());
    }
    EXPECT_GT(right - left, layout.pageSize.width() * 0.6);
    const Outcome text = execute(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}, home.path(QString()));
    const QString body = QString::fromUtf8(text.out).normalized(QString::NormalizationForm_KC);
    for (const char *expected :
         {"Camp review: 复盘营", "Goals and results", "Daily active rate", "Subgroups", "Check-in activities",
          "Turnout per activity", "Silent and at-risk members", "方圆", "Leaderboard", "Activity reviews"}) {
        EXPECT_TRUE(body.contains(QString::fromUtf8(expected))) << expected;
    }

    // The same report in Chinese when the interface speaks Chinese.
    QProcess chinese;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path(QString()));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("zh_CN"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
    chinese.setProcessEnvironment(environment);
    const QString zhPdf = home.path(QStringLiteral("review-zh.pdf"));
    chinese.start(QStringLiteral(CAMPDESK_CLI_PATH),
                  {QStringLiteral("report"), QStringLiteral("--camp"), camp, QStringLiteral("--pdf"), zhPdf,
                   QStringLiteral("--as-of"), QStringLiteral("2027-03-06"), QStringLiteral("--workspace"), workspace});
    ASSERT_TRUE(chinese.waitForFinished(60000));
    ASSERT_EQ(chinese.exitCode(), 0) << chinese.readAllStandardError().toStdString();
    const Outcome zhText = execute(QStringLiteral("pdftotext"), {zhPdf, QStringLiteral("-")}, home.path(QString()));
    const QString zhBody = QString::fromUtf8(zhText.out).normalized(QString::NormalizationForm_KC);
    EXPECT_TRUE(zhBody.contains(QStringLiteral("复盘营"))) << zhBody.left(300).toStdString();
    EXPECT_TRUE(zhBody.contains(QStringLiteral("沉默"))) << zhBody.left(600).toStdString();

    // --lang chooses the report's language whatever the environment's, and
    // Chinese is set in the simplified-Chinese cut of the CJK font (the
    // Japanese one gives some characters their Japanese shapes).
    const QString langPdf = home.path(QStringLiteral("review-lang.pdf"));
    const Outcome lang = cli({QStringLiteral("report"), QStringLiteral("--camp"), camp, QStringLiteral("--pdf"),
                              langPdf, QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--as-of"),
                              QStringLiteral("2027-03-06"), QStringLiteral("--workspace"), workspace},
                             home.path(QString()));
    ASSERT_EQ(lang.code, 0) << lang.err.toStdString();
    const Outcome langText = execute(QStringLiteral("pdftotext"), {langPdf, QStringLiteral("-")}, home.path(QString()));
    EXPECT_TRUE(
        QString::fromUtf8(langText.out).normalized(QString::NormalizationForm_KC).contains(QStringLiteral("沉默")));
    const Outcome fonts = execute(QStringLiteral("pdffonts"), {langPdf}, home.path(QString()));
    ASSERT_EQ(fonts.code, 0);
    EXPECT_TRUE(fonts.out.contains("CJKsc") || fonts.out.contains("CJK SC") || fonts.out.contains("SC-"))
        << fonts.out.toStdString();
    EXPECT_FALSE(fonts.out.contains("CJKjp") || fonts.out.contains("JP-")) << fonts.out.toStdString();
    const Outcome wrongLang
        = cli({QStringLiteral("report"), QStringLiteral("--camp"), camp, QStringLiteral("--pdf"), langPdf,
               QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--workspace"), workspace},
              home.path(QString()));
    EXPECT_EQ(wrongLang.code, 2) << "only en and zh_CN";
    EXPECT_TRUE(wrongLang.err.contains("fr")) << wrongLang.err.toStdString();
}

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs the command-line tool as a user whom file permissions bind. The
// suite often runs as root, whom a read-only mode does not stop; then the
// tool runs as nobody (setpriv, util-linux).
Outcome cliAsUnprivileged(const QStringList &arguments, const QString &home)
{
    if (::geteuid() != 0)
        return cli(arguments, home);
    return execute(QStringLiteral("setpriv"),
                   QStringList {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                QStringLiteral("--clear-groups"), QStringLiteral("--"),
                                QStringLiteral(CAMPDESK_CLI_PATH)}
                       + arguments,
                   home);
}

void createCamp(const QString &workspace, const QString &home)
{
    ASSERT_EQ(cli(QStringList {QStringLiteral("camps"), QStringLiteral("create"), QStringLiteral("--name"),
                               QStringLiteral("R"), QStringLiteral("--course-start"), QStringLiteral("2027-03-01"),
                               QStringLiteral("--course-end"), QStringLiteral("2027-03-21"),
                               QStringLiteral("--workspace"), workspace},
                  home)
                  .code,
              0);
}

} // namespace

// A window (here: this process's connection, as MainWindow opens it) keeps
// writing while campdesk-cli imports 100,000 messages: every write lands,
// either at once or after a busy retry, the import is whole, and the file is
// sound.
TEST(CliProcessTest, WritesDuringACliImportAllLandAndTheFileStaysSound)
{
    TempDir home;
    const QString workspace = home.path(QStringLiteral("shared.campdesk"));
    const QStringList base {QStringLiteral("--workspace"), workspace};
    createCamp(workspace, home.path(QString()));
    const QString big = home.path(QStringLiteral("big.json"));
    ASSERT_EQ(cli({QStringLiteral("generate"), QStringLiteral("--format"), QStringLiteral("telegram"),
                   QStringLiteral("--members"), QStringLiteral("500"), QStringLiteral("--messages"),
                   QStringLiteral("100000"), QStringLiteral("-o"), big},
                  home.path(QString()))
                  .code,
              0);

    auto opened = CampDesk::Workspace::open(workspace, {.create = false, .exclusive = false});
    ASSERT_TRUE(opened.has_value()) << opened.error().message.toStdString();
    CampDesk::Workspace &window = **opened;
    window.setBusyTimeout(20); // short, so the retry path is taken for sure
    int retries = 0;
    window.setBusyHandler([&retries](const QString &) {
        ++retries;
        return true;
    });

    QProcess import;
    import.start(QStringLiteral(CAMPDESK_CLI_PATH),
                 QStringList {QStringLiteral("import"), QStringLiteral("--camp"), QStringLiteral("1"), big} + base);
    ASSERT_TRUE(import.waitForStarted());
    int written = 0;
    while (import.state() == QProcess::Running || written < 20) {
        auto stored = window.setSetting(QStringLiteral("edit-%1").arg(written), QString::number(written));
        ASSERT_TRUE(stored.has_value()) << stored.error().message.toStdString();
        ++written;
        QTest::qWait(5);
    }
    if (import.state() != QProcess::NotRunning) {
        ASSERT_TRUE(import.waitForFinished(110000));
    }
    EXPECT_EQ(import.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(import.exitCode(), 0) << import.readAllStandardError().toStdString();

    const QSqlDatabase db = window.database();
    QSqlQuery check(db);
    ASSERT_TRUE(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    EXPECT_EQ(check.value(0).toString(), QStringLiteral("ok"));
    EXPECT_EQ(*CampDesk::Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM chat_messages")), 100000);
    EXPECT_EQ(
        *CampDesk::Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM workspace_settings WHERE key LIKE 'edit-%'")),
        written);
    EXPECT_GT(retries, 0) << "the import held the lock longer than 20 ms at least once";
    std::printf("%d writes during the import, %d busy retries\n", written, retries);
}

// A read-only workspace, and a writable one in a read-only folder: refused
// with a message that says so and what to do; the file is left byte for byte.
TEST(CliProcessTest, ReadOnlyWorkspaceOrFolderIsRefusedAndLeftAlone)
{
    TempDir home;
    const QString root = home.path(QString());
    // nobody must reach the files, and have a home to write settings to.
    QFile::setPermissions(root,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                              | QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup
                              | QFileDevice::ExeGroup);
    const QString userHome = home.path(QStringLiteral("nobody"));
    ASSERT_TRUE(QDir().mkpath(userHome));
    QFile::setPermissions(userHome, QFileDevice::Permissions(0x7777));

    const QString workspace = home.path(QStringLiteral("ro.campdesk"));
    createCamp(workspace, root);
    QFile::remove(workspace + QStringLiteral(".lock"));
    QFile::setPermissions(workspace, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    const QByteArray before = fileBytes(workspace);
    const Outcome readOnly = cliAsUnprivileged(
        {QStringLiteral("camps"), QStringLiteral("list"), QStringLiteral("--workspace"), workspace}, userHome);
    EXPECT_NE(readOnly.code, 0);
    EXPECT_TRUE(readOnly.err.contains("is read-only")) << readOnly.err.toStdString();
    EXPECT_TRUE(readOnly.err.contains("ro.campdesk")) << "names the file";
    EXPECT_EQ(fileBytes(workspace), before);
    EXPECT_FALSE(QFileInfo::exists(workspace + QStringLiteral("-wal")));

    // Writable file (nobody's), read-only folder.
    const QString folder = home.path(QStringLiteral("locked"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString inFolder = folder + QStringLiteral("/f.campdesk");
    ASSERT_TRUE(QFile::copy(workspace, inFolder));
    QFile::setPermissions(inFolder, QFileDevice::Permissions(0x6666));
    if (::geteuid() == 0) {
        ASSERT_EQ(::chown(QFile::encodeName(inFolder).constData(), 65534, 65534), 0);
    }
    QFile::setPermissions(folder,
                          QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                              | QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::ExeGroup);
    const Outcome lockedFolder = cliAsUnprivileged(
        {QStringLiteral("camps"), QStringLiteral("list"), QStringLiteral("--workspace"), inFolder}, userHome);
    EXPECT_NE(lockedFolder.code, 0);
    EXPECT_TRUE(lockedFolder.err.contains("folder")) << lockedFolder.err.toStdString();
    EXPECT_EQ(fileBytes(inFolder), before);
    QFile::setPermissions(folder, QFileDevice::Permissions(0x7777));
}

// The disk fills up in the middle of an import (a file-size limit stands in
// for the full disk): the tool says the disk may be full, and the workspace
// holds exactly what it held before and passes integrity_check.
TEST(CliProcessTest, AFullDiskDuringAnImportLosesNothing)
{
    TempDir home;
    const QString root = home.path(QString());
    const QString workspace = home.path(QStringLiteral("full.campdesk"));
    createCamp(workspace, root);
    ASSERT_EQ(cli(QStringList {QStringLiteral("import"), QStringLiteral("--camp"), QStringLiteral("1"),
                               captureFixture("qq.txt"), QStringLiteral("--workspace"), workspace},
                  root)
                  .code,
              0);
    const QString big = home.path(QStringLiteral("big.json"));
    ASSERT_EQ(cli({QStringLiteral("generate"), QStringLiteral("--format"), QStringLiteral("telegram"),
                   QStringLiteral("--members"), QStringLiteral("300"), QStringLiteral("--messages"),
                   QStringLiteral("30000"), QStringLiteral("-o"), big},
                  root)
                  .code,
              0);
    // Room for the workspace as it is and 256 KiB more: the import needs megabytes.
    const qint64 limit = QFileInfo(workspace).size() + 256 * 1024;
    const Outcome full
        = execute(QStringLiteral("prlimit"),
                  QStringList {QStringLiteral("--fsize=%1").arg(limit), QStringLiteral("--"),
                               QStringLiteral(CAMPDESK_CLI_PATH), QStringLiteral("import"), QStringLiteral("--camp"),
                               QStringLiteral("1"), big, QStringLiteral("--workspace"), workspace},
                  root);
    EXPECT_NE(full.code, 0);
    EXPECT_TRUE(full.err.contains("disk may be full")) << full.err.toStdString();

    auto opened = CampDesk::Workspace::open(workspace, {.create = false, .exclusive = false});
    ASSERT_TRUE(opened.has_value()) << opened.error().message.toStdString();
    const QSqlDatabase db = (*opened)->database();
    QSqlQuery check(db);
    ASSERT_TRUE(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    EXPECT_EQ(check.value(0).toString(), QStringLiteral("ok"));
    EXPECT_EQ(*CampDesk::Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM chat_messages")), 4);
    EXPECT_EQ(*CampDesk::Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM chat_imports")), 1);
}

// Every command that writes a file refuses, before writing anything, a
// target that is the workspace it works on, its journal or lock, or another
// workspace; the exit status says so and the workspace stays byte for byte.
TEST(CliProcessTest, AnExportNeverReplacesAWorkspace)
{
    TempDir home;
    const QString root = home.path(QString());
    const QString workspace = home.path(QStringLiteral("w.campdesk"));
    const QString other = home.path(QStringLiteral("other.campdesk"));
    createCamp(workspace, root);
    createCamp(other, root);
    const QByteArray before = fileBytes(workspace);
    const QByteArray otherBefore = fileBytes(other);
    const QStringList onWorkspace {QStringLiteral("--camp"), QStringLiteral("1"), QStringLiteral("--workspace"),
                                   workspace};
    for (const QString &target :
         QStringList {workspace, workspace + QStringLiteral("-wal"), workspace + QStringLiteral(".lock"), other}) {
        const QList<QStringList> commands = {
            QStringList {QStringLiteral("roster"), QStringLiteral("export"), QStringLiteral("-o"), target}
                + onWorkspace,
            QStringList {QStringLiteral("export-ics"), QStringLiteral("-o"), target} + onWorkspace,
            QStringList {QStringLiteral("report"), QStringLiteral("--pdf"), target} + onWorkspace,
            QStringList {QStringLiteral("generate"), QStringLiteral("--format"), QStringLiteral("whatsapp"),
                         QStringLiteral("--members"), QStringLiteral("5"), QStringLiteral("--messages"),
                         QStringLiteral("20"), QStringLiteral("-o"), target},
        };
        for (const QStringList &command : commands) {
            const Outcome refused = cli(command, root);
            SCOPED_TRACE(command.join(u' ').toStdString());
            EXPECT_EQ(refused.code, 1);
            EXPECT_TRUE(refused.err.contains("Nothing was written")) << refused.err.toStdString();
            EXPECT_TRUE(refused.err.contains(QFileInfo(target).fileName().toUtf8())) << "names the target";
            EXPECT_TRUE(refused.out.isEmpty()) << refused.out.toStdString();
        }
    }
    EXPECT_EQ(fileBytes(workspace), before);
    EXPECT_EQ(fileBytes(other), otherBefore);
    EXPECT_FALSE(QFileInfo::exists(workspace + QStringLiteral(".lock"))) << "no export landed as the lock";
    EXPECT_FALSE(QFileInfo::exists(workspace + QStringLiteral("-wal"))) << "no export landed as the journal";
    // The workspace still opens and is whole.
    const Outcome listed
        = cli({QStringLiteral("camps"), QStringLiteral("list"), QStringLiteral("--workspace"), workspace}, root);
    EXPECT_EQ(listed.code, 0) << listed.err.toStdString();
}

// Read commands never create a workspace: a mistyped path is an error that
// names it and leaves nothing behind; --create (or creating a camp) does.
TEST(CliProcessTest, AMistypedWorkspaceIsAnErrorNotANewWorkspace)
{
    TempDir home;
    const QString root = home.path(QString());
    const QString typo = home.path(QStringLiteral("wrokspace.campdesk"));
    const QList<QStringList> reads = {
        {QStringLiteral("camps"), QStringLiteral("list")},
        {QStringLiteral("templates")},
        {QStringLiteral("speech"), QStringLiteral("list")},
        {QStringLiteral("roster"), QStringLiteral("list"), QStringLiteral("--camp"), QStringLiteral("1")},
        {QStringLiteral("stats"), QStringLiteral("--camp"), QStringLiteral("1")},
        {QStringLiteral("report"), QStringLiteral("--camp"), QStringLiteral("1"), QStringLiteral("--json")},
    };
    for (const QStringList &read : reads) {
        const Outcome refused = cli(read + QStringList {QStringLiteral("--workspace"), typo}, root);
        SCOPED_TRACE(read.join(u' ').toStdString());
        EXPECT_EQ(refused.code, 1);
        EXPECT_TRUE(refused.err.contains("wrokspace.campdesk")) << refused.err.toStdString();
        EXPECT_TRUE(refused.err.contains("does not exist")) << refused.err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(typo));
    }
    const Outcome created = cli({QStringLiteral("camps"), QStringLiteral("list"), QStringLiteral("--create"),
                                 QStringLiteral("--workspace"), typo},
                                root);
    EXPECT_EQ(created.code, 0) << created.err.toStdString();
    EXPECT_TRUE(QFileInfo::exists(typo));
}

// A negative schema version (or one from the future) is refused without a
// crash, and nothing is left beside the file.
TEST(CliProcessTest, ANegativeSchemaVersionIsRefusedWithoutACrash)
{
    TempDir home;
    const QString root = home.path(QString());
    const QString workspace = home.path(QStringLiteral("negative.campdesk"));
    createCamp(workspace, root);
    tamper(workspace, QStringLiteral("PRAGMA user_version = -1"));
    const QByteArray before = fileBytes(workspace);
    const Outcome refused
        = cli({QStringLiteral("camps"), QStringLiteral("list"), QStringLiteral("--workspace"), workspace}, root);
    EXPECT_EQ(refused.code, 1) << "a crash would be a signal, not 1";
    EXPECT_TRUE(refused.err.contains("-1")) << refused.err.toStdString();
    EXPECT_EQ(fileBytes(workspace), before);
    EXPECT_FALSE(QFileInfo::exists(workspace + QStringLiteral("-wal")));
    EXPECT_FALSE(QFileInfo::exists(workspace + QStringLiteral("-shm")));
}

// The disk is full when a workspace left with a -wal is opened and SQLite
// must create its -shm: the tool says the disk may be full, not that the
// file is damaged (which would send the operator to a backup for nothing).
TEST(CliProcessTest, AFullDiskWhileOpeningIsNotCalledDamage)
{
    TempDir home;
    const QString root = home.path(QString());
    const QString workspace = home.path(QStringLiteral("leftover.campdesk"));
    createCamp(workspace, root);
    {
        // A connection of this process leaves a -wal with a commit in it,
        // copied (the -shm is not) as a crash would leave it.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("leftover"));
        db.setDatabaseName(workspace);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        ASSERT_TRUE(query.exec(QStringLiteral("UPDATE camps SET name = 'After the crash'")));
        const QString copy = home.path(QStringLiteral("copy.campdesk"));
        ASSERT_TRUE(QFile::copy(workspace, copy));
        ASSERT_TRUE(QFile::copy(workspace + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("leftover"));
    const QString copy = home.path(QStringLiteral("copy.campdesk"));
    const Outcome full
        = execute(QStringLiteral("prlimit"),
                  {QStringLiteral("--fsize=8192"), QStringLiteral("--"), QStringLiteral(CAMPDESK_CLI_PATH),
                   QStringLiteral("camps"), QStringLiteral("list"), QStringLiteral("--workspace"), copy},
                  root);
    EXPECT_EQ(full.code, 1);
    EXPECT_TRUE(full.err.contains("disk may be full")) << full.err.toStdString();
    EXPECT_FALSE(full.err.contains("damaged")) << full.err.toStdString();
    const Outcome later
        = cli({QStringLiteral("camps"), QStringLiteral("list"), QStringLiteral("--workspace"), copy}, root);
    EXPECT_EQ(later.code, 0) << later.err.toStdString();
    EXPECT_TRUE(later.out.contains("After the crash")) << "the commit in the -wal is kept";
}

// Names a spreadsheet could take for formulas are guarded in every CSV
// CampDesk writes, and CampDesk's own import takes the guard off again: an
// export imported into another camp gives the same people, not look-alikes
// with a leading ', and the summary counts what really happens.
TEST(CliProcessTest, AnExportedRosterImportsBackAsTheSamePeople)
{
    TempDir home;
    const QString root = home.path(QString());
    const QString workspace = home.path(QStringLiteral("guard.campdesk"));
    createCamp(workspace, root);
    const QStringList inWorkspace {QStringLiteral("--workspace"), workspace};
    const QString first = home.path(QStringLiteral("first.csv"));
    writeAll(first, QStringLiteral("Name,微信号\r\n-2+3,wx_a\r\n=1+1,wx_b\r\n@home,wx_c\r\n+86 138,wx_d\r\n").toUtf8());
    ASSERT_EQ(cli(QStringList {QStringLiteral("roster"), QStringLiteral("import"), QStringLiteral("--camp"),
                               QStringLiteral("1"), first}
                      + inWorkspace,
                  root)
                  .code,
              0);
    const QString exported = home.path(QStringLiteral("exported.csv"));
    ASSERT_EQ(cli(QStringList {QStringLiteral("roster"), QStringLiteral("export"), QStringLiteral("--camp"),
                               QStringLiteral("1"), QStringLiteral("-o"), exported}
                      + inWorkspace,
                  root)
                  .code,
              0);
    const QByteArray csv = readAll(exported);
    for (const char *guarded : {"'-2+3", "'=1+1", "'@home", "'+86 138"})
        EXPECT_TRUE(csv.contains(guarded)) << guarded << " is guarded in " << csv.toStdString();

    ASSERT_EQ(cli(QStringList {QStringLiteral("camps"), QStringLiteral("create"), QStringLiteral("--name"),
                               QStringLiteral("Two"), QStringLiteral("--course-start"), QStringLiteral("2027-05-01"),
                               QStringLiteral("--course-end"), QStringLiteral("2027-05-10")}
                      + inWorkspace,
                  root)
                  .code,
              0);
    const Outcome again = cli(QStringList {QStringLiteral("roster"), QStringLiteral("import"), QStringLiteral("--camp"),
                                           QStringLiteral("2"), exported, QStringLiteral("--json")}
                                  + inWorkspace,
                              root);
    ASSERT_EQ(again.code, 0) << again.err.toStdString();
    const QJsonObject summary = QJsonDocument::fromJson(again.out).object();
    EXPECT_EQ(summary.value(QStringLiteral("new_people")).toInt(), 0) << again.out.toStdString();
    EXPECT_EQ(summary.value(QStringLiteral("known_people")).toInt(), 4);
    EXPECT_EQ(summary.value(QStringLiteral("people_added")).toInt(), 0);
    EXPECT_EQ(summary.value(QStringLiteral("members_added")).toInt(), 4);
    const Outcome listed = cli(QStringList {QStringLiteral("roster"), QStringLiteral("list"), QStringLiteral("--camp"),
                                            QStringLiteral("2"), QStringLiteral("--json")}
                                   + inWorkspace,
                               root);
    QStringList names;
    for (const QJsonValue &member :
         QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("members")).toArray())
        names.append(member.toObject().value(QStringLiteral("name")).toString());
    names.sort();
    EXPECT_EQ(names,
              (QStringList {QStringLiteral("+86 138"), QStringLiteral("-2+3"), QStringLiteral("=1+1"),
                            QStringLiteral("@home")}));

    // Names only (no chat id): the same names become new people unless
    // merges are accepted, and the text summary says so.
    const QString namesOnly = home.path(QStringLiteral("names.csv"));
    writeAll(namesOnly, QStringLiteral("Name\r\n'-2+3\r\n'=1+1\r\nNew Person\r\n").toUtf8());
    ASSERT_EQ(cli(QStringList {QStringLiteral("camps"), QStringLiteral("create"), QStringLiteral("--name"),
                               QStringLiteral("Three"), QStringLiteral("--course-start"), QStringLiteral("2027-06-01"),
                               QStringLiteral("--course-end"), QStringLiteral("2027-06-10")}
                      + inWorkspace,
                  root)
                  .code,
              0);
    const Outcome text = cli(QStringList {QStringLiteral("roster"), QStringLiteral("import"), QStringLiteral("--camp"),
                                          QStringLiteral("3"), namesOnly, QStringLiteral("--dry-run")}
                                 + inWorkspace,
                             root);
    ASSERT_EQ(text.code, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains("3 rows: 3 new people, 0 people already known")) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains("2 rows share a name with someone known and become new people"))
        << text.out.toStdString();
    const Outcome merged
        = cli(QStringList {QStringLiteral("roster"), QStringLiteral("import"), QStringLiteral("--camp"),
                           QStringLiteral("3"), namesOnly, QStringLiteral("--accept-merges"), QStringLiteral("--json")}
                  + inWorkspace,
              root);
    const QJsonObject mergedSummary = QJsonDocument::fromJson(merged.out).object();
    EXPECT_EQ(mergedSummary.value(QStringLiteral("new_people")).toInt(), 1);
    EXPECT_EQ(mergedSummary.value(QStringLiteral("people_added")).toInt(), 1) << "the summary is what happened";
}

// Sender names come from files anyone can write: the tool's plain output
// never passes their ESC, BEL or NUL (or a C1 CSI) to the terminal, and its
// JSON still reads back as the names themselves.
TEST(CliProcessTest, ControlCharactersFromFilesNeverReachTheTerminal)
{
    TempDir home;
    const QString root = home.path(QString());
    const QString workspace = home.path(QStringLiteral("escape.campdesk"));
    createCamp(workspace, root);
    const QString hostile = QStringLiteral("Eve\x1b[2J\x07") + QChar(0x9b) + QStringLiteral("31m");
    const QString chat = home.path(QStringLiteral("chat.txt"));
    QByteArray text
        = QStringLiteral("13/3/27, 20:00 - Amy: hello\n13/3/27, 20:01 - %1: hi\u0000there\n").arg(hostile).toUtf8();
    writeAll(chat, text);
    const QStringList inWorkspace {QStringLiteral("--workspace"), workspace};
    const Outcome imported
        = cli(QStringList {QStringLiteral("import"), QStringLiteral("--camp"), QStringLiteral("1"), chat} + inWorkspace,
              root);
    const Outcome stats = cli(
        QStringList {QStringLiteral("identities"), QStringLiteral("--camp"), QStringLiteral("1")} + inWorkspace, root);
    ASSERT_EQ(stats.code, 0) << stats.err.toStdString();
    for (const Outcome *run : {&imported, &stats}) {
        for (const QByteArray &stream : {run->out, run->err}) {
            EXPECT_FALSE(stream.contains('\x1b')) << stream.toStdString();
            EXPECT_FALSE(stream.contains('\x07'));
            EXPECT_FALSE(stream.contains('\0'));
            EXPECT_FALSE(stream.contains("\xc2\x9b")) << "the C1 CSI";
        }
    }
    EXPECT_TRUE(stats.out.contains("Eve\\u001b[2J\\u0007\\u009b31m")) << stats.out.toStdString();

    const Outcome json = cli(QStringList {QStringLiteral("identities"), QStringLiteral("--camp"), QStringLiteral("1"),
                                          QStringLiteral("--json")}
                                 + inWorkspace,
                             root);
    ASSERT_EQ(json.code, 0);
    EXPECT_FALSE(json.out.contains('\x1b'));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.out, &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << json.out.toStdString();
    QStringList names;
    for (const QJsonValue &identity : document.object().value(QStringLiteral("identities")).toArray())
        names.append(identity.toObject().value(QStringLiteral("name")).toString());
    EXPECT_TRUE(names.contains(hostile)) << "the JSON reads back as the name itself";
}

// On the suite's server (a Unix socket) and on the one that takes TLS only,
// with sslmode=verify-full.
class CliServerTest : public ::testing::TestWithParam<bool> {
protected:
    static bool overTls() { return GetParam(); }
    void SetUp() override
    {
        if (!overTls() && !testServer())
            GTEST_SKIP() << noTestServer();
        if (overTls() && !tlsTestServer())
            GTEST_SKIP() << noTlsTestServer();
    }
    static QString server() { return (overTls() ? tlsTestServer() : testServer()).value_or(QString()); }
};

INSTANTIATE_TEST_SUITE_P(Servers, CliServerTest, ::testing::Bool(),
                         [](const auto &test) { return test.param ? "Tls" : "Socket"; });

// A push opens its file first, which brings a file of an earlier version up
// to date: the push says so, and the file's camps reach the server.
TEST_P(CliServerTest, APushOfAnEarlierFileSaysTheFileWasBroughtUpToDate)
{
    TestSchema schema(server());
    ASSERT_TRUE(schema.isReady()) << schema.error().toStdString();
    TempDir home;
    const QString file = home.path(QStringLiteral("earlier.campdesk"));
    ASSERT_TRUE(copyTestData(QStringLiteral("workspace-v7.campdesk"), file));
    const Outcome push
        = cli({QStringLiteral("workspace"), QStringLiteral("push"), file, QStringLiteral("--to"), schema.address()},
              home.path(QString()));
    ASSERT_EQ(push.code, 0) << push.err.toStdString();
    EXPECT_TRUE(push.err.contains("version 7 to")) << push.err.toStdString();
    EXPECT_TRUE(push.err.contains("before-upgrade-v7")) << "the copy as it was: " << push.err.toStdString();
    EXPECT_EQ(push.err.count('\n'), 1) << "the file's notice alone: the new team workspace was not upgraded: "
                                       << push.err.toStdString();
    EXPECT_EQ(*CampDesk::Sql::scalar(schema.db(), QStringLiteral("SELECT count(*) FROM camps")), 3);
    // Each camp counts its days in a zone of its own there, the pushing
    // computer's for those that had "this computer's".
    EXPECT_EQ(*CampDesk::Sql::scalar(schema.db(), QStringLiteral("SELECT count(*) FROM camps WHERE time_zone = ''")),
              0);
    // …as part of the push, which is the history's one entry.
    EXPECT_EQ(*CampDesk::Sql::scalar(schema.db(), QStringLiteral("SELECT count(*) FROM campdesk_history")), 1);
}

// A team workspace of an earlier version is brought up to date by its owner's
// first open, here a pull: the pull says so, naming the workspace as the
// window does, never by the address typed.
TEST_P(CliServerTest, APullFromAnEarlierTeamWorkspaceSaysItWasBroughtUpToDate)
{
    TestSchema schema(server());
    ASSERT_TRUE(schema.isReady()) << schema.error().toStdString();
    const int earlier = CampDesk::PostgresSchema::latestVersion() - 1;
    ASSERT_TRUE(CampDesk::PostgresSchema::makeVersion(schema.db(), earlier).has_value());
    TempDir home;
    const Outcome pull = cli({QStringLiteral("workspace"), QStringLiteral("pull"), schema.address(),
                              QStringLiteral("-o"), home.path(QStringLiteral("pulled.campdesk"))},
                             home.path(QString()));
    ASSERT_EQ(pull.code, 0) << pull.err.toStdString();
    const QString said = QString::fromUtf8(pull.err);
    EXPECT_TRUE(
        said.contains(QStringLiteral("version %1 to %2").arg(earlier).arg(CampDesk::PostgresSchema::latestVersion())))
        << said.toStdString();
    EXPECT_TRUE(said.contains(QLatin1String("laptops"))) << said.toStdString();
    EXPECT_FALSE(said.contains(QLatin1String("postgresql:"))) << said.toStdString();

    const Outcome again = cli({QStringLiteral("workspace"), QStringLiteral("pull"), schema.address(),
                               QStringLiteral("-o"), home.path(QStringLiteral("again.campdesk"))},
                              home.path(QString()));
    ASSERT_EQ(again.code, 0) << again.err.toStdString();
    EXPECT_TRUE(again.err.isEmpty()) << "up to date by then: " << again.err.toStdString();

    // The temporary file of another copy to the same name is not taken over.
    const QString third = home.path(QStringLiteral("third.campdesk"));
    writeAll(third + QStringLiteral(".part"), "another copy's");
    const Outcome overlapping
        = cli({QStringLiteral("workspace"), QStringLiteral("pull"), schema.address(), QStringLiteral("-o"), third},
              home.path(QString()));
    EXPECT_EQ(overlapping.code, 1);
    EXPECT_TRUE(overlapping.err.contains("cut short")) << overlapping.err.toStdString();
    EXPECT_EQ(readAll(third + QStringLiteral(".part")), QByteArray("another copy's"));
    EXPECT_FALSE(QFileInfo::exists(third));
}

// A push into a team workspace of an earlier version that holds a camp is
// refused before anything there is brought up to date: the laptops on that
// earlier CampDesk keep working.
TEST_P(CliServerTest, APushRefusedByAnEarlierTeamWorkspaceLeavesItsVersion)
{
    TestSchema schema(server());
    ASSERT_TRUE(schema.isReady()) << schema.error().toStdString();
    const int earlier = CampDesk::PostgresSchema::latestVersion() - 1;
    ASSERT_TRUE(CampDesk::PostgresSchema::makeVersion(schema.db(), earlier).has_value());
    ASSERT_TRUE(CampDesk::Sql::exec(schema.db(),
                                    QStringLiteral("INSERT INTO camps (name, course_start, course_end)"
                                                   " VALUES ('他们的营', '2027-03-01', '2027-03-07')"))
                    .has_value());
    TempDir home;
    const QString file = home.path(QStringLiteral("mine.campdesk"));
    ASSERT_TRUE(copyTestData(QStringLiteral("workspace-v7.campdesk"), file));
    const Outcome push
        = cli({QStringLiteral("workspace"), QStringLiteral("push"), file, QStringLiteral("--to"), schema.address()},
              home.path(QString()));
    EXPECT_NE(push.code, 0);
    EXPECT_TRUE(push.err.contains("already holds a workspace")) << push.err.toStdString();
    EXPECT_TRUE(push.err.contains("Nothing was changed")) << push.err.toStdString();
    EXPECT_FALSE(push.err.contains(QStringLiteral("to %1").arg(CampDesk::PostgresSchema::latestVersion()).toUtf8()))
        << "the team workspace was not brought up to date: " << push.err.toStdString();
    EXPECT_EQ(CampDesk::Sql::scalar(schema.db(),
                                    QStringLiteral("SELECT CAST(value AS integer) FROM campdesk_meta"
                                                   " WHERE key = 'schema_version'"))
                  .value_or(-1),
              earlier);
    EXPECT_EQ(CampDesk::Sql::scalar(schema.db(), QStringLiteral("SELECT count(*) FROM camps")).value_or(-1), 1);
}

// The issue's "done when", as far as the command line reaches: a workspace
// pushed to a server and pulled back gives the same figures and review from
// all three places, and a push into a database that holds a workspace is
// refused without changing it.
TEST_P(CliServerTest, PushedAndPulledWorkspacesGiveTheSameFiguresAndReports)
{
    TestSchema schema(server());
    ASSERT_TRUE(schema.isReady()) << schema.error().toStdString();
    TempDir home;
    ReviewFixture fixture;
    const QString file = fixture.path();
    const QString camp = QString::number(fixture.campId());
    fixture.close();
    const QString server = schema.address();
    const QString pulled = home.path(QStringLiteral("pulled.campdesk"));
    const auto figures = [&](const QString &workspace) {
        QList<QByteArray> printed;
        for (const QStringList &command : {QStringList {QStringLiteral("stats"), QStringLiteral("--json")},
                                           QStringList {QStringLiteral("report"), QStringLiteral("--json"),
                                                        QStringLiteral("--as-of"), QStringLiteral("2027-03-06")},
                                           QStringList {QStringLiteral("identities"), QStringLiteral("--json")}}) {
            const Outcome outcome
                = cli(command + QStringList {QStringLiteral("--camp"), camp, QStringLiteral("--workspace"), workspace},
                      home.path(QString()));
            EXPECT_EQ(outcome.code, 0) << command.first().toStdString() << ": " << outcome.err.toStdString();
            printed.append(outcome.out);
        }
        return printed;
    };
    const QList<QByteArray> onFile = figures(file);
    ASSERT_FALSE(onFile.first().isEmpty());

    const Outcome push
        = cli({QStringLiteral("workspace"), QStringLiteral("push"), file, QStringLiteral("--to"), server},
              home.path(QString()));
    ASSERT_EQ(push.code, 0) << push.err.toStdString();
    EXPECT_TRUE(push.out.contains("Copied")) << push.out.toStdString();
    EXPECT_TRUE(push.err.isEmpty()) << "the schema's notices are not the operator's: " << push.err.toStdString();
    // Every table it filled has its statistics (reltuples is -1 before the
    // first ANALYZE), so the server plans the dashboard's reads at once.
    EXPECT_EQ(*CampDesk::Sql::scalar(schema.db(),
                                     QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON"
                                                    " n.oid = c.relnamespace WHERE n.nspname = current_schema()"
                                                    " AND c.relkind = 'r' AND c.relname NOT IN"
                                                    " ('campdesk_meta', 'campdesk_history', 'campdesk_operators')"
                                                    " AND c.reltuples < 0")),
              0);
    EXPECT_EQ(figures(server), onFile);
    // The history starts with the push, one entry for every row copied.
    const Outcome history
        = cli({QStringLiteral("history"), QStringLiteral("--json"), QStringLiteral("--workspace"), server},
              home.path(QString()));
    ASSERT_EQ(history.code, 0) << history.err.toStdString();
    const QJsonArray entries = QJsonDocument::fromJson(history.out).object().value(QStringLiteral("entries")).toArray();
    ASSERT_EQ(entries.size(), 1) << history.out.toStdString();
    const QJsonObject pushed = entries.first().toObject();
    EXPECT_EQ(pushed.value(QStringLiteral("action")).toString(), QStringLiteral("push"));
    EXPECT_EQ(pushed.value(QStringLiteral("operator")).toString(), QStringLiteral("campdesk"));
    EXPECT_EQ(pushed.value(QStringLiteral("after")).toObject().value(QStringLiteral("from")).toString(),
              QFileInfo(file).fileName());
    EXPECT_TRUE(push.out.contains(
        QByteArray::number(pushed.value(QStringLiteral("after")).toObject().value(QStringLiteral("rows")).toInteger())))
        << push.out.toStdString();

    const Outcome again
        = cli({QStringLiteral("workspace"), QStringLiteral("push"), file, QStringLiteral("--to"), server},
              home.path(QString()));
    EXPECT_NE(again.code, 0);
    EXPECT_TRUE(again.err.contains("already holds a workspace")) << again.err.toStdString();
    EXPECT_EQ(figures(server), onFile) << "the refused push changed nothing";

    const Outcome pull
        = cli({QStringLiteral("workspace"), QStringLiteral("pull"), server, QStringLiteral("-o"), pulled},
              home.path(QString()));
    ASSERT_EQ(pull.code, 0) << pull.err.toStdString();
    EXPECT_EQ(figures(pulled), onFile);
    EXPECT_FALSE(QFileInfo::exists(pulled + QStringLiteral(".part")));
    const Outcome fileHistory
        = cli({QStringLiteral("history"), QStringLiteral("--workspace"), pulled}, home.path(QString()));
    EXPECT_NE(fileHistory.code, 0) << "a file keeps no history, and says so";
    EXPECT_TRUE(fileHistory.err.contains("keeps no history")) << fileHistory.err.toStdString();

    const Outcome over
        = cli({QStringLiteral("workspace"), QStringLiteral("pull"), server, QStringLiteral("-o"), pulled},
              home.path(QString()));
    EXPECT_NE(over.code, 0) << "a pull never replaces a file";
    const Outcome password
        = cli({QStringLiteral("workspace"), QStringLiteral("pull"), QStringLiteral("postgresql://me:secret@db/camps"),
               QStringLiteral("-o"), home.path(QStringLiteral("other.campdesk"))},
              home.path(QString()));
    EXPECT_NE(password.code, 0);
    EXPECT_FALSE(password.err.contains("secret")) << "a password is never repeated";
}

// The team load test's short form (the long one is benchmark row 11): four
// operator processes writing ticks, 接龙 records, edits and copies to one
// team workspace at once; the history must then hold every change exactly
// once, the tables what was written, and writes stay quick.
TEST(CliProcessTest, ATeamWritingAtOnceLosesAndDoublesNothing)
{
#ifndef CAMPDESK_TEAM_LOAD_PATH
    GTEST_SKIP() << "campdesk_team_load is not built (CAMPDESK_BUILD_BENCHMARKS=OFF)";
#else
    if (!testServer())
        GTEST_SKIP() << noTestServer();
    TestSchema schema;
    ASSERT_TRUE(schema.isReady()) << schema.error().toStdString();
    TempDir home;
    const Outcome run
        = execute(QStringLiteral(CAMPDESK_TEAM_LOAD_PATH),
                  {schema.address(), QStringLiteral("--operators"), QStringLiteral("4"), QStringLiteral("--changes"),
                   QStringLiteral("40"), QStringLiteral("--interval"), QStringLiteral("25"), QStringLiteral("--json")},
                  home.path(QString()));
    ASSERT_EQ(run.code, 0) << run.err.toStdString() << run.out.toStdString();
    const QJsonObject result = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(result.value(QStringLiteral("changes")).toInt(), 160);
    EXPECT_EQ(result.value(QStringLiteral("recorded")).toInt(), 160) << "one history entry a change";
    EXPECT_EQ(result.value(QStringLiteral("lost")).toInt(), 0);
    EXPECT_EQ(result.value(QStringLiteral("doubled")).toInt(), 0);
    EXPECT_TRUE(result.value(QStringLiteral("ok")).toBool());
    // The issue's target is 200 ms at the 95th percentile; under the
    // sanitizers on a busy CI machine a write may take several times longer,
    // so the short form only guards against writes that wait on each other.
    EXPECT_LT(result.value(QStringLiteral("p95_ms")).toDouble(), 1000.0) << run.out.toStdString();
    // What the history says matches what the tables hold.
    EXPECT_EQ(*CampDesk::Sql::scalar(schema.db(), QStringLiteral("SELECT count(*) FROM check_ins")), 80);
    EXPECT_EQ(*CampDesk::Sql::scalar(schema.db(), QStringLiteral("SELECT count(*) FROM speech_uses")), 40);
#endif
}
