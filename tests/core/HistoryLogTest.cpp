// A team workspace's history (8.sql, HistoryLog): written by the server's
// triggers, whatever made the change, and never altered. On the test
// server, each test in a schema of its own; without one, they skip.
#include "core/team/HistoryLog.h"

#include "core/Workspace.h"
#include "core/domain/CampRepository.h"
#include "core/domain/MembershipRepository.h"
#include "core/domain/PersonRepository.h"
#include "core/storage/PostgresSchema.h"
#include "core/storage/SqlQuery.h"
#include "core/team/Team.h"
#include "tests/support/EngineWorkspace.h"

#include <gtest/gtest.h>

using namespace CampDesk;
using namespace CampDesk::Testing;

class HistoryLogTest : public ::testing::Test {
protected:
    void SetUp() override { m_place.openOrSkip(m_workspace); }

    QList<HistoryEntry> entries(const HistoryFilter &filter = {}) const
    {
        auto read = HistoryLog(*m_workspace).entries(filter);
        EXPECT_TRUE(read.has_value()) << read.error().message.toStdString();
        return read.value_or(QList<HistoryEntry>());
    }

    qint64 addCamp(const QString &name) const
    {
        auto id = m_workspace->camps().insert(Camp::withDefaults(name, QDate(2027, 3, 1), QDate(2027, 3, 21)));
        EXPECT_TRUE(id.has_value()) << id.error().message.toStdString();
        return id.value_or(0);
    }

    EngineWorkspace m_place {Engine::Server};
    std::unique_ptr<Workspace> m_workspace;
};

TEST_F(HistoryLogTest, EveryChangeIsRecordedWithWhoWhenWhereAndTheRowBeforeAndAfter)
{
    const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-60);
    const qint64 camp = addCamp(QStringLiteral("晨跑营"));
    auto stored = m_workspace->camps().find(camp);
    ASSERT_TRUE(stored.has_value());
    Camp renamed = *stored;
    renamed.name = QStringLiteral("晨跑营·第二期");
    ASSERT_TRUE(m_workspace->camps().update(renamed).has_value());
    auto person = m_workspace->people().insert({.displayName = QStringLiteral("小林")});
    ASSERT_TRUE(person.has_value());
    // An import bumps the camp's revision of its figures: no operator's change.
    ASSERT_TRUE(Sql::exec(m_workspace->database(),
                          QStringLiteral("UPDATE camps SET participation_revision = participation_revision + 1"))
                    .has_value());
    ASSERT_TRUE(m_workspace->camps().remove(camp).has_value());

    const QList<HistoryEntry> all = entries();
    ASSERT_EQ(all.size(), 4);
    for (const HistoryEntry &entry : all) {
        EXPECT_EQ(entry.operatorName, QStringLiteral("campdesk")) << "the server login that made it";
        EXPECT_GE(entry.at, started);
        EXPECT_LE(entry.at, QDateTime::currentDateTimeUtc().addSecs(60));
    }
    EXPECT_EQ(all.at(0).action, QStringLiteral("insert"));
    EXPECT_EQ(all.at(0).table, QStringLiteral("camps"));
    EXPECT_EQ(all.at(0).campId, camp);
    EXPECT_EQ(all.at(0).rowId, camp);
    EXPECT_TRUE(all.at(0).before.isEmpty());
    EXPECT_EQ(all.at(0).after.value(QStringLiteral("name")).toString(), QStringLiteral("晨跑营"));

    EXPECT_EQ(all.at(1).action, QStringLiteral("update"));
    EXPECT_EQ(all.at(1).changedColumns(), QStringList {QStringLiteral("name")});
    EXPECT_EQ(all.at(1).before.value(QStringLiteral("name")).toString(), QStringLiteral("晨跑营"));
    EXPECT_EQ(all.at(1).after.value(QStringLiteral("name")).toString(), QStringLiteral("晨跑营·第二期"));

    EXPECT_EQ(all.at(2).table, QStringLiteral("people"));
    EXPECT_EQ(all.at(2).campId, 0) << "a person belongs to the workspace, not to a camp";
    EXPECT_EQ(all.at(2).rowId, *person);
    EXPECT_EQ(all.at(2).rowLabel(), QStringLiteral("小林")) << "named once, not as its person and its name";

    EXPECT_EQ(all.at(3).action, QStringLiteral("delete"));
    EXPECT_EQ(all.at(3).campId, camp) << "a deleted camp's history stays";
    EXPECT_TRUE(all.at(3).after.isEmpty());
    EXPECT_EQ(all.at(3).before.value(QStringLiteral("name")).toString(), QStringLiteral("晨跑营·第二期"));
    EXPECT_EQ(all.at(3).rowLabel(), QStringLiteral("晨跑营·第二期")) << "a deleted row is named as it was";

    EXPECT_EQ(entries({.campId = camp}).size(), 3);
    EXPECT_EQ(entries({.table = QStringLiteral("people")}).size(), 1);
    EXPECT_EQ(entries({.operatorName = QStringLiteral("campdesk")}).size(), 4);
    EXPECT_TRUE(entries({.operatorName = QStringLiteral("someone_else")}).isEmpty());
    EXPECT_TRUE(entries({.since = QDateTime::currentDateTimeUtc().addSecs(3600)}).isEmpty());
    EXPECT_EQ(entries({.since = started, .until = QDateTime::currentDateTimeUtc().addSecs(3600)}).size(), 4);
    EXPECT_TRUE(entries({.until = started}).isEmpty());
}

// A window reads a page of the newest entries, then older pages; together
// they are the whole filtered history, each entry once, in order.
TEST_F(HistoryLogTest, PagesOfTheNewestThenOlderEntriesMakeTheWholeHistory)
{
    const qint64 camp = addCamp(QStringLiteral("晨跑营"));
    addCamp(QStringLiteral("夜读营"));
    for (int day = 1; day <= 6; ++day) {
        auto person = m_workspace->people().insert({.displayName = QStringLiteral("学员%1").arg(day)});
        ASSERT_TRUE(person.has_value());
        ASSERT_TRUE(m_workspace->memberships().add({.campId = camp, .personId = *person}).has_value());
    }
    const HistoryFilter ofTheCamp {.campId = camp};
    const QList<HistoryEntry> all = entries(ofTheCamp);
    ASSERT_EQ(all.size(), 7) << "the camp and its six memberships";
    EXPECT_EQ(HistoryLog(*m_workspace).count(ofTheCamp).value_or(-1), 7);
    EXPECT_EQ(HistoryLog(*m_workspace).count({}).value_or(-1), 14) << "two camps, six people, six memberships";

    QList<HistoryEntry> paged = entries({.campId = camp, .newest = 3});
    ASSERT_EQ(paged.size(), 3);
    EXPECT_EQ(paged, all.mid(4)) << "the newest three, oldest first";
    while (true) {
        const QList<HistoryEntry> older = entries({.campId = camp, .olderThan = paged.first().id, .newest = 3});
        if (older.isEmpty())
            break;
        paged = older + paged;
    }
    EXPECT_EQ(paged, all);
    EXPECT_EQ(entries({.campId = camp, .table = QStringLiteral("camps"), .newest = 3}).size(), 1)
        << "a page is of the filtered history";
}

// The whole history, as the command line prints it: read a thousand at a
// time, oldest first, each entry once, and only the filter's.
TEST_F(HistoryLogTest, EveryEntryIsHandedOverOnceOldestFirstAPageAtATime)
{
    const qint64 camp = addCamp(QStringLiteral("晨跑营"));
    const qint64 other = addCamp(QStringLiteral("夜读营"));
    // 2,500 activities in one statement: the trigger records each.
    ASSERT_TRUE(Sql::exec(m_workspace->database(),
                          QStringLiteral("INSERT INTO activities (camp_id, type, title, starts_at, ends_at)"
                                         " SELECT ?, 'checkin', '打卡 ' || n, '2027-03-02T07:00', '2027-03-02T08:00'"
                                         " FROM generate_series(1, 2500) AS n"),
                          {camp})
                    .has_value());
    const QList<HistoryEntry> all = entries({.campId = camp});
    ASSERT_EQ(all.size(), 2501) << "the camp and its activities";

    QList<HistoryEntry> handed;
    const auto walked = HistoryLog(*m_workspace).forEach({.campId = camp}, [&](const HistoryEntry &entry) {
        handed.append(entry);
        return Result<void>();
    });
    ASSERT_TRUE(walked.has_value()) << walked.error().message.toStdString();
    EXPECT_EQ(handed, all);
    EXPECT_EQ(handed.last().after.value(QStringLiteral("title")).toString(), QStringLiteral("打卡 2500"));

    int seen = 0;
    const auto stopped = HistoryLog(*m_workspace).forEach({.campId = camp}, [&](const HistoryEntry &) {
        return ++seen < 1200 ? Result<void>() : fail(QStringLiteral("enough"));
    });
    ASSERT_FALSE(stopped.has_value());
    EXPECT_EQ(stopped.error().message, QStringLiteral("enough"));
    EXPECT_EQ(seen, 1200) << "a failure stops the walk there";

    int ofTheOther = 0;
    ASSERT_TRUE(HistoryLog(*m_workspace)
                    .forEach({.campId = other},
                             [&](const HistoryEntry &) {
                                 ++ofTheOther;
                                 return Result<void>();
                             })
                    .has_value());
    EXPECT_EQ(ofTheOther, 1) << "the other camp's own entry only";
}

TEST_F(HistoryLogTest, ARowOfAPersonIsNamedByThatPerson)
{
    const qint64 camp = addCamp(QStringLiteral("写作营"));
    auto person = m_workspace->people().insert({.displayName = QStringLiteral("王小明")});
    ASSERT_TRUE(person.has_value());
    ASSERT_TRUE(Sql::exec(m_workspace->database(),
                          QStringLiteral("INSERT INTO check_ins (camp_id, person_id, day, source) VALUES (?, ?,"
                                         " '2027-03-02', 'jielong')"),
                          {camp, *person})
                    .has_value());
    const QList<HistoryEntry> checkIns = entries({.table = QStringLiteral("check_ins")});
    ASSERT_EQ(checkIns.size(), 1);
    EXPECT_EQ(checkIns.first().personName, QStringLiteral("王小明"));
    EXPECT_EQ(checkIns.first().rowLabel(), QStringLiteral("王小明 · 2027-03-02"));
}

// An edit records what it changed, nothing more: a member's chat ids that
// stay as they were are not taken away and given back.
TEST_F(HistoryLogTest, AnEditOfAPersonRecordsOnlyWhatChanged)
{
    Person person {.displayName = QStringLiteral("林晓雨")};
    person.chatIds = {{QStringLiteral("wechat"), QStringLiteral("wxid_lin")}};
    auto id = m_workspace->people().insert(person);
    ASSERT_TRUE(id.has_value()) << id.error().message.toStdString();
    person.id = *id;
    const qint64 before = HistoryLog(*m_workspace).count({}).value_or(-1);

    person.city = QStringLiteral("杭州");
    ASSERT_TRUE(m_workspace->people().update(person).has_value());
    QList<HistoryEntry> recorded = entries({}).mid(before);
    ASSERT_EQ(recorded.size(), 1);
    EXPECT_EQ(recorded.first().table, QStringLiteral("people"));
    EXPECT_EQ(recorded.first().changedColumns(), QStringList {QStringLiteral("city")});

    person.chatIds.append({QStringLiteral(" QQ "), QStringLiteral(" 10001 ")});
    ASSERT_TRUE(m_workspace->people().update(person).has_value());
    recorded = entries({.table = QStringLiteral("person_chat_ids")});
    ASSERT_FALSE(recorded.isEmpty()) << "a chat id added is recorded";
    EXPECT_EQ(recorded.last().after.value(QStringLiteral("chat_id")).toString(), QStringLiteral("10001"));
    const auto stored = m_workspace->people().find(person.id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->chatIds,
              (QList<ChatId> {{QStringLiteral("wechat"), QStringLiteral("wxid_lin")},
                              {QStringLiteral("qq"), QStringLiteral("10001")}}));
}

TEST_F(HistoryLogTest, KindsNameWhoAndWhatOfOneCampOnce)
{
    const qint64 camp = addCamp(QStringLiteral("写作营"));
    auto person = m_workspace->people().insert({.displayName = QStringLiteral("王小明")});
    ASSERT_TRUE(person.has_value());
    for (const char *day : {"2027-03-02", "2027-03-03"})
        ASSERT_TRUE(Sql::exec(m_workspace->database(),
                              QStringLiteral("INSERT INTO check_ins (camp_id, person_id, day, source) VALUES (?, ?, ?,"
                                             " 'manual')"),
                              {camp, *person, QString::fromLatin1(day)})
                        .has_value());
    addCamp(QStringLiteral("另一个营"));
    const auto kinds = HistoryLog(*m_workspace).kinds(camp);
    ASSERT_TRUE(kinds.has_value()) << kinds.error().message.toStdString();
    EXPECT_EQ(kinds->operators, QStringList {QStringLiteral("campdesk")});
    EXPECT_EQ(kinds->tables, (QStringList {QStringLiteral("camps"), QStringLiteral("check_ins")}))
        << "people belong to no camp; each table once, by name";
}

TEST_F(HistoryLogTest, WhatWasRecordedIsNeverAlteredOrRemoved)
{
    addCamp(QStringLiteral("写作营"));
    const QList<HistoryEntry> before = entries();
    ASSERT_EQ(before.size(), 1);
    for (const char *statement : {"UPDATE campdesk_history SET operator = 'someone_else'",
                                  "DELETE FROM campdesk_history", "TRUNCATE campdesk_history"}) {
        const auto altered = Sql::exec(m_workspace->database(), QString::fromLatin1(statement));
        ASSERT_FALSE(altered.has_value()) << statement;
        EXPECT_TRUE(altered.error().message.contains(QLatin1String("only ever added to")))
            << altered.error().message.toStdString();
    }
    const QList<HistoryEntry> after = entries();
    ASSERT_EQ(after.size(), 1);
    EXPECT_EQ(after.first().operatorName, before.first().operatorName);
    EXPECT_EQ(after.first().after, before.first().after);
}

// Makes the workspace's schema over again at an earlier version, as the
// CampDesk of that version left it, holding one camp made there.
void remakeAtVersion(const QSqlDatabase &db, int version, const QString &camp)
{
    ASSERT_TRUE(Sql::exec(db,
                          QStringLiteral("DO $$ DECLARE here text := current_schema(); BEGIN"
                                         " EXECUTE format('DROP SCHEMA %I CASCADE', here);"
                                         " EXECUTE format('CREATE SCHEMA %I', here); END $$"))
                    .has_value());
    const auto made = PostgresSchema::makeVersion(db, version);
    ASSERT_TRUE(made.has_value()) << made.error().message.toStdString();
    ASSERT_TRUE(Sql::exec(db,
                          QStringLiteral("INSERT INTO camps (name, course_start, course_end) VALUES"
                                         " (?, '2027-03-01', '2027-03-21')"),
                          {camp})
                    .has_value());
}

TEST_F(HistoryLogTest, AVersion8ServerGainsItsTeamAndKeepsItsHistory)
{
    remakeAtVersion(m_workspace->database(), 8, QStringLiteral("读书营"));
    m_workspace.reset();

    m_workspace = m_place.open().value_or(nullptr);
    ASSERT_NE(m_workspace, nullptr);
    EXPECT_EQ(m_workspace->schemaVersion(), PostgresSchema::latestVersion());
    const auto team = Team(*m_workspace).operators();
    ASSERT_TRUE(team.has_value()) << team.error().message.toStdString();
    ASSERT_EQ(team->size(), 1) << "the owner alone, as before";
    EXPECT_TRUE(team->first().workspaceOwner);
    ASSERT_EQ(entries().size(), 1) << "the history before the team is kept";
    EXPECT_EQ(entries().first().after.value(QStringLiteral("name")).toString(), QStringLiteral("读书营"));
}

TEST_F(HistoryLogTest, AVersion7ServerGainsAHistoryAndKeepsItsRows)
{
    remakeAtVersion(m_workspace->database(), 7, QStringLiteral("读书营"));
    m_workspace.reset();

    m_workspace = m_place.open().value_or(nullptr);
    ASSERT_NE(m_workspace, nullptr);
    EXPECT_EQ(m_workspace->schemaVersion(), PostgresSchema::latestVersion());
    const auto camps = m_workspace->camps().list();
    ASSERT_TRUE(camps.has_value());
    ASSERT_EQ(camps->size(), 1);
    EXPECT_EQ(camps->first().name, QStringLiteral("读书营"));
    EXPECT_TRUE(entries().isEmpty()) << "what came before the history is not made up";
    addCamp(QStringLiteral("英语营"));
    ASSERT_EQ(entries().size(), 1);
    EXPECT_EQ(entries().first().after.value(QStringLiteral("name")).toString(), QStringLiteral("英语营"));
}

TEST(HistoryLogFileTest, AFileSaysItKeepsNoHistory)
{
    EngineWorkspace place(Engine::File);
    auto workspace = place.open();
    ASSERT_TRUE(workspace.has_value()) << workspace.error().message.toStdString();
    const auto read = HistoryLog(**workspace).entries({});
    ASSERT_FALSE(read.has_value());
    EXPECT_TRUE(read.error().message.contains(QLatin1String("keeps no history"))) << read.error().message.toStdString();
}
