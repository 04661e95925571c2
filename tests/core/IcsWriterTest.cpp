#include "core/plan/IcsWriter.h"

#include "tests/support/TempWorkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

namespace {

IcsWriter::Input sampleInput()
{
    IcsWriter::Input input;
    input.camp = Camp::withDefaults(QStringLiteral("21天写作营, 第6期; 冬季"), QDate(2026, 12, 28), QDate(2027, 1, 17));
    input.camp.timeZone = QStringLiteral("Asia/Shanghai");
    input.workspaceId = QStringLiteral("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
    input.stamp = QDateTime(QDate(2026, 11, 22), QTime(3, 0), Qt::UTC);

    Activity opening;
    opening.id = 41;
    opening.type = ActivityType::OpeningCeremony;
    opening.title = QStringLiteral("开营仪式");
    opening.start = wallClock(QDate(2026, 12, 28), QTime(20, 0));
    opening.end = wallClock(QDate(2026, 12, 28), QTime(21, 30));
    opening.ownerMembershipId = 7;
    opening.notes = QStringLiteral("Welcome everyone; then rules, awards, Q&A.\nBackslash \\ kept.");
    opening.checklist = {{QStringLiteral("课程内容与亮点"), true}, {QStringLiteral("团队发言"), false}};

    Activity digest;
    digest.id = 42;
    digest.type = ActivityType::Digest;
    digest.title = QStringLiteral("Digest of day 4 — the longest title we could think of, so that the line must be "
                                  "folded at seventy-five octets");
    digest.start = wallClock(QDate(2027, 1, 1), QTime(0, 30));
    digest.end = digest.start;
    digest.status = ActivityStatus::Skipped;

    input.activities = {opening, digest};
    input.ownerNames.insert(7, QStringLiteral("王晓雨"));
    return input;
}

} // namespace

TEST(IcsWriterTest, EscapesAndFoldsPerRfc5545)
{
    EXPECT_EQ(IcsWriter::escapeText(QStringLiteral("a,b;c\\d\ne\r")), QStringLiteral("a\\,b\\;c\\\\d\\ne"));
    const QByteArray long_ = QString(60, QChar(0x4E2D)).toUtf8(); // 180 octets of 3-byte characters
    const QByteArray folded = IcsWriter::fold("SUMMARY:" + long_);
    for (const QByteArray &line : folded.split('\n')) {
        EXPECT_LE(line.size(), 76) << "75 octets plus the CR";
        if (!line.isEmpty()) {
            EXPECT_TRUE(QString::fromUtf8(line).toUtf8() == line) << "no UTF-8 sequence is split";
        }
    }
    QByteArray unfolded = folded;
    unfolded.replace("\r\n ", "");
    EXPECT_EQ(unfolded, "SUMMARY:" + long_ + "\r\n");
}

TEST(IcsWriterTest, MatchesTheGoldenFile)
{
    const QByteArray written = IcsWriter::write(sampleInput()).value_or(QByteArray());
    QFile golden(QStringLiteral(CAMPDESK_TEST_DATA "/golden/plan.ics"));
    // Set CAMPDESK_UPDATE_GOLDEN=1 to rewrite the golden file after a deliberate change.
    if (qEnvironmentVariableIsSet("CAMPDESK_UPDATE_GOLDEN"))
        writeAll(golden.fileName(), written);
    ASSERT_TRUE(golden.open(QIODevice::ReadOnly)) << golden.fileName().toStdString();
    EXPECT_EQ(written, golden.readAll());
    for (const QByteArray &line : written.split('\n'))
        EXPECT_LE(line.size(), 76);
}

// An activity whose time cannot be read (a damaged workspace) is named and
// nothing is written: it was an event with an empty DTSTART.
TEST(IcsWriterTest, AnActivityWithoutAReadableTimeIsNamedAndNothingWritten)
{
    IcsWriter::Input input = sampleInput();
    ASSERT_FALSE(input.activities.isEmpty());
    input.activities.first().start = QDateTime();
    const auto written = IcsWriter::write(input);
    ASSERT_FALSE(written.has_value());
    EXPECT_TRUE(written.error().message.contains(input.activities.first().title))
        << written.error().message.toStdString();
}

TEST(IcsWriterTest, IndependentParserReadsItBack)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("plan.ics"));
    writeAll(path, IcsWriter::write(sampleInput()).value_or(QByteArray()));
    QProcess python;
    python.start(QStringLiteral(CAMPDESK_PYTHON), {QStringLiteral(CAMPDESK_TEST_TOOLS "/ics_summary.py"), path});
    ASSERT_TRUE(python.waitForFinished(60000));
    ASSERT_EQ(python.exitCode(), 0) << python.readAllStandardError().constData();
    const QJsonObject calendar = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    EXPECT_EQ(calendar.value(QStringLiteral("name")).toString(), QStringLiteral("21天写作营, 第6期; 冬季"));
    const QJsonArray events = calendar.value(QStringLiteral("events")).toArray();
    ASSERT_EQ(events.size(), 2);

    const QJsonObject opening = events.at(0).toObject();
    EXPECT_EQ(opening.value(QStringLiteral("summary")).toString(), QStringLiteral("开营仪式"));
    // 20:00 in Shanghai (UTC+8) is 12:00 UTC.
    EXPECT_EQ(opening.value(QStringLiteral("start")).toString(), QStringLiteral("2026-12-28T12:00:00+00:00"));
    EXPECT_EQ(opening.value(QStringLiteral("end")).toString(), QStringLiteral("2026-12-28T13:30:00+00:00"));
    const QString description = opening.value(QStringLiteral("description")).toString();
    EXPECT_TRUE(description.contains(QStringLiteral("王晓雨")));
    EXPECT_TRUE(description.contains(QStringLiteral("Welcome everyone; then rules, awards, Q&A.\nBackslash \\ kept.")));
    EXPECT_TRUE(description.contains(QStringLiteral("☑ 课程内容与亮点")));
    EXPECT_EQ(opening.value(QStringLiteral("uid")).toString(),
              QStringLiteral("activity-41-0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0@campdesk"));

    const QJsonObject digest = events.at(1).toObject();
    EXPECT_TRUE(digest.value(QStringLiteral("summary")).toString().endsWith(QStringLiteral("seventy-five octets")));
    // 00:30 on 1 January in Shanghai is still 2026 in UTC.
    EXPECT_EQ(digest.value(QStringLiteral("start")).toString(), QStringLiteral("2026-12-31T16:30:00+00:00"));
    EXPECT_EQ(digest.value(QStringLiteral("status")).toString(), QStringLiteral("CANCELLED"));
}
