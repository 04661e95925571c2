#include "TempWorkspace.h"
#include "Workspace.h"
#include "capture/ParticipationRepository.h"
#include "storage/ActivityRepository.h"
#include "storage/CampRepository.h"
#include "storage/MembershipRepository.h"
#include "storage/Schema.h"
#include "storage/SqlQuery.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

namespace {

// Every released schema has a workspace file in tests/data, written by the
// CampDesk of that version (its demo workspace).
QString copyOfVersion(const TempDir &dir, int version)
{
    const QString source = QStringLiteral(CAMPDESK_TEST_DATA "/workspace-v%1.campdesk").arg(version);
    const QString target = dir.path(QStringLiteral("v%1.campdesk").arg(version));
    EXPECT_TRUE(QFile::copy(source, target)) << source.toStdString();
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

} // namespace

TEST(MigrationTest, EveryEarlierVersionHasAFixture)
{
    for (int version = 1; version < Schema::latestVersion(); ++version)
        EXPECT_TRUE(QFile::exists(QStringLiteral(CAMPDESK_TEST_DATA "/workspace-v%1.campdesk").arg(version))) << version;
}

TEST(MigrationTest, Version1WorkspaceUpgradesWithEveryRecord)
{
    TempDir dir;
    const QString path = copyOfVersion(dir, 1);
    auto workspace = Workspace::open(path, {.create = false, .exclusive = false});
    ASSERT_TRUE(workspace.has_value()) << workspace.error().message.toStdString();
    EXPECT_EQ((*workspace)->schemaVersion(), Schema::latestVersion());

    auto camps = (*workspace)->camps().list();
    ASSERT_TRUE(camps.has_value());
    ASSERT_EQ(camps->size(), 3);
    int members = 0;
    for (const Camp &camp : *camps) {
        EXPECT_FALSE(camp.name.isEmpty());
        EXPECT_TRUE(camp.timeZone.isEmpty()) << "old camps follow the computer's zone";
        members += int((*workspace)->memberships().listForCamp(camp.id)->size());
        EXPECT_EQ(*(*workspace)->activities().countForCamp(camp.id), 0);
    }
    EXPECT_EQ(members, 248);
    EXPECT_EQ(Sql::scalar((*workspace)->database(), QStringLiteral("SELECT COUNT(*) FROM people")).value_or(0), 180);

    // The upgraded file takes new data of the new version.
    Activity activity;
    activity.campId = camps->first().id;
    activity.title = QStringLiteral("After the upgrade");
    activity.start = wallClock(QDate(2027, 1, 1), QTime(9, 0));
    activity.end = activity.start;
    EXPECT_TRUE((*workspace)->activities().insert(activity).has_value());
}

TEST(MigrationTest, Version2WorkspaceUpgradesWithEveryRecord)
{
    TempDir dir;
    const QString path = copyOfVersion(dir, 2);
    auto workspace = Workspace::open(path, {.create = false, .exclusive = false});
    ASSERT_TRUE(workspace.has_value()) << workspace.error().message.toStdString();
    EXPECT_EQ((*workspace)->schemaVersion(), Schema::latestVersion());
    const auto count = [&](const char *table) {
        return Sql::scalar((*workspace)->database(), QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table))
            .value_or(-1);
    };
    EXPECT_EQ(count("camps"), 3);
    EXPECT_EQ(count("people"), 180);
    EXPECT_EQ(count("memberships"), 245);
    EXPECT_EQ(count("activities"), 382);
    EXPECT_EQ(count("speech_templates"), 0) << "the library is seeded by the application, not the migration";
    const QList<Camp> camps = *(*workspace)->camps().list();
    for (const Camp &camp : camps) {
        EXPECT_TRUE(camp.watchWords.isEmpty()) << "old camps start without a watch list";
        const QList<Activity> activities = *(*workspace)->activities().listForCamp(camp.id);
        for (const Activity &activity : activities)
            EXPECT_TRUE(activity.start.isValid() && activity.end >= activity.start);
    }
}

TEST(MigrationTest, Version3WorkspaceUpgradesWithEveryRecord)
{
    TempDir dir;
    const QString path = copyOfVersion(dir, 3);
    auto workspace = Workspace::open(path, {.create = false, .exclusive = false});
    ASSERT_TRUE(workspace.has_value()) << workspace.error().message.toStdString();
    EXPECT_EQ((*workspace)->schemaVersion(), Schema::latestVersion());
    const auto count = [&](const char *table) {
        return Sql::scalar((*workspace)->database(), QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table))
            .value_or(-1);
    };
    EXPECT_EQ(count("camps"), 3);
    EXPECT_EQ(count("people"), 180);
    EXPECT_EQ(count("memberships"), 248);
    EXPECT_EQ(count("activities"), 382);
    EXPECT_EQ(count("speech_templates"), 62);
    EXPECT_EQ(count("speech_uses"), 54);
    EXPECT_EQ(count("camp_variables"), 63);
    EXPECT_EQ(Sql::scalar((*workspace)->database(),
                          QStringLiteral("SELECT COUNT(*) FROM activities WHERE speech_template_id IS NOT NULL"))
                  .value_or(-1),
              174);
    EXPECT_EQ(Sql::scalar((*workspace)->database(),
                          QStringLiteral("SELECT COUNT(*) FROM memberships WHERE status = 'active'"))
                  .value_or(-1),
              248) << "every old membership starts active";
}

TEST(MigrationTest, Version4WorkspaceUpgradesWithEveryRecord)
{
    TempDir dir;
    const QString path = copyOfVersion(dir, 4);
    auto workspace = Workspace::open(path, {.create = false, .exclusive = false});
    ASSERT_TRUE(workspace.has_value()) << workspace.error().message.toStdString();
    EXPECT_EQ((*workspace)->schemaVersion(), Schema::latestVersion());
    const QSqlDatabase db = (*workspace)->database();
    const auto count = [&](const char *sql) { return Sql::scalar(db, QString::fromUtf8(sql)).value_or(-1); };
    EXPECT_EQ(count("SELECT COUNT(*) FROM camps"), 3);
    EXPECT_EQ(count("SELECT COUNT(*) FROM people"), 180);
    EXPECT_EQ(count("SELECT COUNT(*) FROM memberships"), 242);
    EXPECT_EQ(count("SELECT COUNT(*) FROM person_chat_ids"), 180);
    EXPECT_EQ(count("SELECT COUNT(*) FROM subgroups"), 6);
    EXPECT_EQ(count("SELECT COUNT(*) FROM memberships WHERE subgroup_id IS NOT NULL"), 168);
    EXPECT_EQ(count("SELECT COUNT(*) FROM activities"), 382);
    EXPECT_EQ(count("SELECT COUNT(*) FROM speech_templates"), 62);
    // The new tables start empty and take rows.
    EXPECT_EQ(count("SELECT COUNT(*) FROM chat_messages"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM check_ins"), 0);
    const qint64 campId = count("SELECT MIN(id) FROM camps");
    const qint64 personId = count("SELECT MIN(person_id) FROM memberships");
    EXPECT_TRUE(Sql::exec(db, QStringLiteral("INSERT INTO check_ins (camp_id, person_id, day, source) VALUES (?, ?, ?, ?)"),
                          {campId, personId, QStringLiteral("2027-01-01"), QStringLiteral("manual")})
                    .has_value());
}

TEST(MigrationTest, Version5WorkspaceUpgradesWithEveryRecord)
{
    TempDir dir;
    const QString path = copyOfVersion(dir, 5);
    auto workspace = Workspace::open(path, {.create = false, .exclusive = false});
    ASSERT_TRUE(workspace.has_value()) << workspace.error().message.toStdString();
    EXPECT_EQ((*workspace)->schemaVersion(), Schema::latestVersion());
    const QSqlDatabase db = (*workspace)->database();
    const auto count = [&](const char *sql) { return Sql::scalar(db, QString::fromUtf8(sql)).value_or(-1); };
    EXPECT_EQ(count("SELECT COUNT(*) FROM camps"), 3);
    EXPECT_EQ(count("SELECT COUNT(*) FROM memberships"), 242);
    EXPECT_EQ(count("SELECT COUNT(*) FROM activities"), 382);
    EXPECT_EQ(count("SELECT COUNT(*) FROM chat_messages"), 1626);
    EXPECT_EQ(count("SELECT COUNT(*) FROM check_ins"), 425);
    EXPECT_EQ(count("SELECT COUNT(*) FROM chat_identities"), 165);
    EXPECT_EQ(count("SELECT COUNT(*) FROM sqlite_master WHERE name = 'member_day_stats'"), 0);

    // The 749 per-day rows of version 5 live on, packed per member, with
    // every message and check-in they counted.
    int rows = 0, messages = 0, checkIns = 0;
    const QList<Camp> camps = *(*workspace)->camps().list();
    for (const Camp &camp : camps) {
        const auto days = ParticipationRepository(db).dayStats(camp.id);
        ASSERT_TRUE(days.has_value()) << days.error().message.toStdString();
        rows += int(days->size());
        for (const MemberDayStats &day : *days) {
            messages += day.messages;
            checkIns += day.checkIns;
            EXPECT_TRUE(day.messages == 0 || (day.firstAt > 0 && day.lastAt >= day.firstAt));
        }
    }
    EXPECT_EQ(rows, 749);
    EXPECT_EQ(messages, 1626);
    EXPECT_EQ(checkIns, 425);
    // Recomputing from the messages gives the same packed figures.
    for (const Camp &camp : camps) {
        const auto before = ParticipationRepository(db).dayStats(camp.id);
        ASSERT_TRUE(ParticipationRepository(db).refreshStats(camp.id).has_value());
        EXPECT_EQ(ParticipationRepository(db).dayStats(camp.id)->size(), before->size());
    }
    EXPECT_EQ(count("SELECT COUNT(*) FROM activity_reviews"), 0);
    EXPECT_EQ(count("SELECT MIN(activity_tail_minutes) FROM camps"), 60);
    EXPECT_EQ(count("SELECT MIN(silent_after_days) FROM camps"), 3);
}

// Version 6 is the current schema: its file (the v6 demo workspace, zh_CN)
// opens as it is, and is kept for the upgrade test of the next version.
TEST(MigrationTest, Version6WorkspaceOpensWithEveryRecord)
{
    TempDir dir;
    const QString path = copyOfVersion(dir, 6);
    auto workspace = Workspace::open(path, {.create = false, .exclusive = false});
    ASSERT_TRUE(workspace.has_value()) << workspace.error().message.toStdString();
    EXPECT_GE((*workspace)->schemaVersion(), 6);
    const QSqlDatabase db = (*workspace)->database();
    const auto count = [&](const char *sql) { return Sql::scalar(db, QString::fromUtf8(sql)).value_or(-1); };
    EXPECT_EQ(count("SELECT COUNT(*) FROM camps"), 3);
    EXPECT_EQ(count("SELECT COUNT(*) FROM memberships"), 243);
    EXPECT_EQ(count("SELECT COUNT(*) FROM activities"), 382);
    EXPECT_EQ(count("SELECT COUNT(*) FROM chat_messages"), 1509);
    EXPECT_EQ(count("SELECT COUNT(*) FROM check_ins"), 439);
    EXPECT_EQ(count("SELECT COUNT(*) FROM chat_identities"), 159);
    EXPECT_EQ(count("SELECT COUNT(*) FROM member_stats"), 167);
    EXPECT_EQ(count("SELECT COUNT(*) FROM activity_stats"), 142);
    EXPECT_EQ(count("SELECT COUNT(*) FROM speech_templates"), 62);
    // The packed per-member days still count every message.
    int messages = 0;
    const auto camps = (*workspace)->camps().list();
    ASSERT_TRUE(camps.has_value());
    for (const Camp &camp : *camps) {
        const auto days = ParticipationRepository(db).dayStats(camp.id);
        ASSERT_TRUE(days.has_value()) << days.error().message.toStdString();
        for (const MemberDayStats &day : *days)
            messages += day.messages;
    }
    EXPECT_EQ(messages, count("SELECT COUNT(*) FROM chat_messages m JOIN chat_identities i ON i.id = m.identity_id"
                              " JOIN memberships s ON s.person_id = i.person_id AND s.camp_id = m.camp_id"
                              " WHERE m.kind IN ('text', 'media', 'checkin')"));
}
