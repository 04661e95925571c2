#include "core/Workspace.h"
#include "core/capture/ChatImporter.h"
#include "core/capture/ParticipationStats.h"
#include "core/capture/SqlParticipationRepository.h"
#include "core/domain/ActivityRepository.h"
#include "core/domain/CampRepository.h"
#include "core/domain/MembershipRepository.h"
#include "core/review/ReviewInput.h"
#include "core/storage/Schema.h"
#include "core/storage/SqlQuery.h"
#include "tests/support/TempWorkspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

// Every released schema has a workspace file in tests/data, written by the
// CampDesk of that version (its demo workspace), and a few more files were
// written by CampDesk itself. Each test opens a copy, which upgrades it.
class MigrationTest : public ::testing::Test {
protected:
    // Opens a copy of `file` (in tests/data); fails the test if it will not.
    void openCopyOf(const QString &file)
    {
        const QString target = m_dir.path(file);
        ASSERT_TRUE(copyTestData(file, target)) << file.toStdString();
        auto workspace = Workspace::open(target, {.create = false, .exclusive = false});
        ASSERT_TRUE(workspace.has_value()) << workspace.error().message.toStdString();
        m_workspace = std::move(*workspace);
    }

    void openVersion(int version) { openCopyOf(QStringLiteral("workspace-v%1.campdesk").arg(version)); }

    qint64 count(const char *sql) const
    {
        return Sql::scalar(m_workspace->database(), QString::fromUtf8(sql)).value_or(-1);
    }

    TempDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

TEST_F(MigrationTest, EveryEarlierVersionHasAFixture)
{
    for (int version = 1; version < Schema::latestVersion(); ++version)
        EXPECT_TRUE(QFile::exists(QStringLiteral(CAMPDESK_TEST_DATA "/workspace-v%1.campdesk").arg(version)))
            << version;
}

TEST_F(MigrationTest, Version1WorkspaceUpgradesWithEveryRecord)
{
    ASSERT_NO_FATAL_FAILURE(openVersion(1));
    EXPECT_EQ(m_workspace->schemaVersion(), Schema::latestVersion());

    auto camps = m_workspace->camps().list();
    ASSERT_TRUE(camps.has_value());
    ASSERT_EQ(camps->size(), 3);
    int members = 0;
    for (const Camp &camp : *camps) {
        EXPECT_FALSE(camp.name.isEmpty());
        EXPECT_TRUE(camp.timeZone.isEmpty()) << "old camps follow the computer's zone";
        members += int(m_workspace->memberships().listForCamp(camp.id)->size());
        EXPECT_EQ(*m_workspace->activities().countForCamp(camp.id), 0);
    }
    EXPECT_EQ(members, 248);
    EXPECT_EQ(Sql::scalar(m_workspace->database(), QStringLiteral("SELECT COUNT(*) FROM people")).value_or(0), 180);

    // The upgraded file takes new data of the new version.
    Activity activity;
    activity.campId = camps->first().id;
    activity.title = QStringLiteral("After the upgrade");
    activity.start = wallClock(QDate(2027, 1, 1), QTime(9, 0));
    activity.end = activity.start;
    EXPECT_TRUE(m_workspace->activities().insert(activity).has_value());
}

TEST_F(MigrationTest, Version2WorkspaceUpgradesWithEveryRecord)
{
    ASSERT_NO_FATAL_FAILURE(openVersion(2));
    EXPECT_EQ(m_workspace->schemaVersion(), Schema::latestVersion());
    const auto rows = [&](const char *table) {
        return Sql::scalar(m_workspace->database(), QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table))
            .value_or(-1);
    };
    EXPECT_EQ(rows("camps"), 3);
    EXPECT_EQ(rows("people"), 180);
    EXPECT_EQ(rows("memberships"), 245);
    EXPECT_EQ(rows("activities"), 382);
    EXPECT_EQ(rows("speech_templates"), 0) << "the library is seeded by the application, not the migration";
    const QList<Camp> camps = *m_workspace->camps().list();
    for (const Camp &camp : camps) {
        EXPECT_TRUE(camp.watchWords.isEmpty()) << "old camps start without a watch list";
        const QList<Activity> activities = *m_workspace->activities().listForCamp(camp.id);
        for (const Activity &activity : activities)
            EXPECT_TRUE(activity.start.isValid() && activity.end >= activity.start);
    }
}

TEST_F(MigrationTest, Version3WorkspaceUpgradesWithEveryRecord)
{
    ASSERT_NO_FATAL_FAILURE(openVersion(3));
    EXPECT_EQ(m_workspace->schemaVersion(), Schema::latestVersion());
    const auto rows = [&](const char *table) {
        return Sql::scalar(m_workspace->database(), QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table))
            .value_or(-1);
    };
    EXPECT_EQ(rows("camps"), 3);
    EXPECT_EQ(rows("people"), 180);
    EXPECT_EQ(rows("memberships"), 248);
    EXPECT_EQ(rows("activities"), 382);
    EXPECT_EQ(rows("speech_templates"), 62);
    EXPECT_EQ(rows("speech_uses"), 54);
    EXPECT_EQ(rows("camp_variables"), 63);
    EXPECT_EQ(Sql::scalar(m_workspace->database(),
                          QStringLiteral("SELECT COUNT(*) FROM activities WHERE speech_template_id IS NOT NULL"))
                  .value_or(-1),
              174);
    EXPECT_EQ(
        Sql::scalar(m_workspace->database(), QStringLiteral("SELECT COUNT(*) FROM memberships WHERE status = 'active'"))
            .value_or(-1),
        248)
        << "every old membership starts active";
}

TEST_F(MigrationTest, Version4WorkspaceUpgradesWithEveryRecord)
{
    ASSERT_NO_FATAL_FAILURE(openVersion(4));
    EXPECT_EQ(m_workspace->schemaVersion(), Schema::latestVersion());
    const QSqlDatabase db = m_workspace->database();
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
    EXPECT_TRUE(Sql::exec(db,
                          QStringLiteral("INSERT INTO check_ins (camp_id, person_id, day, source) VALUES (?, ?, ?, ?)"),
                          {campId, personId, QStringLiteral("2027-01-01"), QStringLiteral("manual")})
                    .has_value());
}

TEST_F(MigrationTest, Version5WorkspaceUpgradesWithEveryRecord)
{
    ASSERT_NO_FATAL_FAILURE(openVersion(5));
    EXPECT_EQ(m_workspace->schemaVersion(), Schema::latestVersion());
    const QSqlDatabase db = m_workspace->database();
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
    const QList<Camp> camps = *m_workspace->camps().list();
    for (const Camp &camp : camps) {
        const auto days = SqlParticipationRepository(db).dayStats(camp.id);
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
        const auto before = SqlParticipationRepository(db).dayStats(camp.id);
        ASSERT_TRUE(SqlParticipationRepository(db).refreshStats(camp.id).has_value());
        EXPECT_EQ(SqlParticipationRepository(db).dayStats(camp.id)->size(), before->size());
    }
    EXPECT_EQ(count("SELECT COUNT(*) FROM activity_reviews"), 0);
    EXPECT_EQ(count("SELECT MIN(activity_tail_minutes) FROM camps"), 60);
    EXPECT_EQ(count("SELECT MIN(silent_after_days) FROM camps"), 3);
}

// The v6 demo workspace (zh_CN) upgrades with every record.
TEST_F(MigrationTest, Version6WorkspaceOpensWithEveryRecord)
{
    ASSERT_NO_FATAL_FAILURE(openVersion(6));
    EXPECT_GE(m_workspace->schemaVersion(), 6);
    const QSqlDatabase db = m_workspace->database();
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
    const auto camps = m_workspace->camps().list();
    ASSERT_TRUE(camps.has_value());
    for (const Camp &camp : *camps) {
        const auto days = SqlParticipationRepository(db).dayStats(camp.id);
        ASSERT_TRUE(days.has_value()) << days.error().message.toStdString();
        for (const MemberDayStats &day : *days)
            messages += day.messages;
    }
    EXPECT_EQ(messages,
              count("SELECT COUNT(*) FROM chat_messages m JOIN chat_identities i ON i.id = m.identity_id"
                    " JOIN memberships s ON s.person_id = i.person_id AND s.camp_id = m.camp_id"
                    " WHERE m.kind IN ('text', 'media', 'checkin')"));
}

// The v7 demo workspace (zh_CN) upgrades with every record, and its index of
// a sender's messages names the sender alone (version 8).
TEST_F(MigrationTest, Version7WorkspaceUpgradesWithEveryRecord)
{
    ASSERT_NO_FATAL_FAILURE(openVersion(7));
    EXPECT_EQ(m_workspace->schemaVersion(), Schema::latestVersion());
    const QSqlDatabase db = m_workspace->database();
    EXPECT_EQ(count("SELECT COUNT(*) FROM camps"), 3);
    EXPECT_EQ(count("SELECT COUNT(*) FROM memberships"), 243);
    EXPECT_EQ(count("SELECT COUNT(*) FROM activities"), 382);
    EXPECT_EQ(count("SELECT COUNT(*) FROM chat_messages"), 1509);
    EXPECT_EQ(count("SELECT COUNT(*) FROM check_ins"), 385);
    EXPECT_EQ(count("SELECT COUNT(*) FROM chat_identities"), 159);
    EXPECT_EQ(count("SELECT COUNT(*) FROM chat_identity_names"), 159);
    EXPECT_EQ(count("SELECT COUNT(*) FROM identity_minutes"), 159);
    EXPECT_EQ(count("SELECT COUNT(*) FROM member_stats"), 167);
    EXPECT_EQ(count("SELECT COUNT(*) FROM activity_stats"), 142);
    EXPECT_EQ(count("SELECT COUNT(*) FROM speech_templates"), 62);

    auto index = Sql::exec(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'chat_messages_identity'"));
    ASSERT_TRUE(index.has_value() && index->next());
    EXPECT_EQ(index->value(0).toString(),
              QStringLiteral("CREATE INDEX chat_messages_identity ON chat_messages(identity_id)"));
    // Deleting a sender still takes their messages with them.
    const qint64 sender = count("SELECT identity_id FROM chat_messages WHERE identity_id IS NOT NULL LIMIT 1");
    const qint64 theirs
        = Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM chat_messages WHERE identity_id = ?"), {sender})
              .value_or(-1);
    ASSERT_GT(theirs, 0);
    ASSERT_TRUE(Sql::exec(db, QStringLiteral("DELETE FROM chat_identities WHERE id = ?"), {sender}).has_value());
    EXPECT_EQ(count("SELECT COUNT(*) FROM chat_messages"), 1509 - theirs);
}

// An upgraded file can no longer be opened by the CampDesk that wrote it:
// the operator is told, with the copy of it as it was.
TEST_F(MigrationTest, AnUpgradeSaysFromWhichVersionAndWhereTheFileAsItWasIs)
{
    ASSERT_NO_FATAL_FAILURE(openVersion(7));
    const auto upgrade = m_workspace->upgrade();
    ASSERT_TRUE(upgrade.has_value());
    EXPECT_EQ(upgrade->from, 7);
    EXPECT_EQ(upgrade->to, Schema::latestVersion());
    EXPECT_EQ(schemaVersionOf(upgrade->backup), 7)
        << "the copy is the file as it was: " << upgrade->backup.toStdString();
    const QString notice = m_workspace->upgradeNotice(Workspace::RestoreBy::Menu);
    EXPECT_TRUE(notice.contains(QDir::toNativeSeparators(m_workspace->path()))) << notice.toStdString();
    EXPECT_TRUE(notice.contains(QStringLiteral("(Help → Restore from Backup…)"))) << notice.toStdString();
    const QString command = m_workspace->upgradeNotice(Workspace::RestoreBy::Command);
    EXPECT_TRUE(command.endsWith(
        QStringLiteral("campdesk-cli workspace restore '%1' --workspace '%2'")
            .arg(QDir::toNativeSeparators(upgrade->backup), QDir::toNativeSeparators(m_workspace->path()))))
        << "a command to type as it is: " << command.toStdString();
    EXPECT_TRUE(notice.contains(QStringLiteral("version 7 to %1").arg(Schema::latestVersion())))
        << notice.toStdString();
    EXPECT_TRUE(notice.contains(QDir::toNativeSeparators(upgrade->backup))) << notice.toStdString();

    // Opened again, it is as this CampDesk writes it: nothing to say.
    const QString path = m_workspace->path();
    m_workspace.reset();
    auto again = Workspace::open(path, {.create = false});
    ASSERT_TRUE(again.has_value()) << again.error().message.toStdString();
    EXPECT_FALSE((*again)->upgrade().has_value());
    EXPECT_TRUE((*again)->upgradeNotice(Workspace::RestoreBy::Menu).isEmpty());
    again->reset();

    // Another earlier file put at that path: the copy named is of that file.
    ASSERT_TRUE(QFile::remove(path));
    ASSERT_TRUE(copyTestData(QStringLiteral("workspace-v6.campdesk"), path));
    auto other = Workspace::open(path, {.create = false});
    ASSERT_TRUE(other.has_value()) << other.error().message.toStdString();
    ASSERT_TRUE((*other)->upgrade().has_value());
    EXPECT_EQ((*other)->upgrade()->from, 6);
    EXPECT_EQ(schemaVersionOf((*other)->upgrade()->backup), 6);
    EXPECT_EQ(schemaVersionOf(upgrade->backup), 7) << "the first file's copy is kept";

    auto fresh = Workspace::open(m_dir.path(QStringLiteral("new.campdesk")));
    ASSERT_TRUE(fresh.has_value()) << fresh.error().message.toStdString();
    EXPECT_FALSE((*fresh)->upgrade().has_value()) << "a new workspace was not upgraded";
    EXPECT_TRUE((*fresh)->upgradeNotice(Workspace::RestoreBy::Menu).isEmpty());
}

// Version 7 made message keys time-ordered. A version 6 workspace (written
// by CampDesk 6, with imports of six formats) upgrades with every figure as
// it was, and importing the same files again finds every message already
// there: the keys are the ones a new import gives.
TEST_F(MigrationTest, Version6ImportsKeepTheirFiguresAndReimportAddsNothing)
{
    ASSERT_NO_FATAL_FAILURE(openCopyOf(QStringLiteral("workspace-v6-imports.campdesk")));
    EXPECT_EQ(m_workspace->schemaVersion(), Schema::latestVersion());
    const QSqlDatabase db = m_workspace->database();
    EXPECT_EQ(*Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM chat_messages")), 50);
    EXPECT_EQ(*Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM chat_identity_names")), 20)
        << "every identity keeps the name it had";

    const QJsonObject before
        = QJsonDocument::fromJson(readAll(QStringLiteral(CAMPDESK_TEST_DATA "/workspace-v6-imports.stats.json")))
              .object();
    // Each member's figures and chat keys, by id (the members' order is the
    // roster's, which follows the locale; an identity's name is the latest a
    // file showed, so importing again may change it).
    const auto byId = [](const QJsonValue &members) {
        QMap<qint64, QStringList> sorted;
        for (const QJsonValue &value : members.toArray()) {
            const QJsonObject member = value.toObject();
            QStringList figures;
            for (const char *key : {"messages", "active_days", "check_ins"})
                figures.append(QString::number(member.value(QLatin1String(key)).toInt()));
            QStringList keys;
            for (const QJsonValue &identity : member.value(QStringLiteral("chat_identities")).toArray())
                keys.append(identity.toObject().value(QStringLiteral("key")).toString());
            keys.sort();
            sorted.insert(member.value(QStringLiteral("id")).toInteger(), figures + keys);
        }
        return sorted;
    };
    const auto figures = [&] {
        const QJsonObject now
            = QJsonDocument::fromJson(QJsonDocument(ParticipationStats::compute(*m_workspace, 1)->toJson(1)).toJson())
                  .object();
        return std::pair {byId(now.value(QStringLiteral("members"))), now.value(QStringLiteral("days"))};
    };
    EXPECT_EQ(figures().first, byId(before.value(QStringLiteral("members"))));
    EXPECT_EQ(figures().second, before.value(QStringLiteral("days")));

    const QStringList files = {QStringLiteral("camp/whatsapp.txt"),
                               QStringLiteral("camp/telegram.json"),
                               QStringLiteral("camp/qq.txt"),
                               QStringLiteral("wechat/pywxdump-v2-group.csv"),
                               QStringLiteral("wechat/memotrace-group.csv"),
                               QStringLiteral("discord/v2.42.3-iso.csv")};
    int duplicates = 0;
    for (const QString &file : files) {
        const auto again = ChatImporter(*m_workspace).run(1, QStringLiteral(CAMPDESK_TEST_DATA "/capture/") + file, {});
        ASSERT_TRUE(again.has_value()) << file.toStdString() << ": " << again.error().message.toStdString();
        EXPECT_EQ(again->added, 0) << file.toStdString();
        duplicates += again->duplicates;
    }
    EXPECT_EQ(duplicates, 50);
    EXPECT_EQ(figures().first, byId(before.value(QStringLiteral("members"))));
    EXPECT_EQ(figures().second, before.value(QStringLiteral("days")));
}

// A version 6 workspace whose figures a message of 1883 and one of 2099 left
// unreadable ("damaged", "more than ten years"): the upgrade rebuilds them,
// and the review reads the camp, saying what lies far outside its days.
TEST_F(MigrationTest, Version6FiguresDamagedByAnOutOfRangeDateAreRepairedOnOpen)
{
    ASSERT_NO_FATAL_FAILURE(openCopyOf(QStringLiteral("workspace-v6-damaged-dates.campdesk")));
    const auto days = m_workspace->participation().dayStats(1);
    ASSERT_TRUE(days.has_value()) << days.error().message.toStdString();
    int messages = 0;
    for (const MemberDayStats &day : *days)
        messages += day.messages;
    EXPECT_EQ(messages, 5);
    const auto input = ReviewInputLoader::load(*m_workspace, 1);
    ASSERT_TRUE(input.has_value()) << input.error().message.toStdString();
    EXPECT_EQ(input->farData.messages, 2);
    EXPECT_EQ(input->farData.first, QDate(1883, 3, 1));
    EXPECT_EQ(input->farData.last, QDate(2099, 1, 1));
    EXPECT_EQ(input->lastDataDay, QDate(2026, 11, 14)) << "a date far away is not the camp's last day with data";
}
