// A team workspace's tables on the test server (TestServer.h), each test in
// a schema of its own; without a server, these tests say so and skip.
#include "core/storage/PostgresSchema.h"

#include "core/Workspace.h"
#include "core/capture/ParticipationRepository.h"
#include "core/domain/CampRepository.h"
#include "core/domain/PersonRepository.h"
#include "core/storage/SqlQuery.h"
#include "tests/support/ServerSchemaTest.h"

#include <QSqlError>

#include <gtest/gtest.h>

#include <tuple>

using namespace CampDesk;
using namespace CampDesk::Testing;

class PostgresSchemaTest : public ServerSchemaTest {
protected:
    Result<int> prepare() const { return PostgresSchema::prepare(db(), QStringLiteral("camps")); }

    QStringList namesIn(const QString &catalog, const QString &column) const
    {
        QStringList names;
        auto rows = Sql::exec(
            db(),
            QStringLiteral("SELECT %1 FROM %2 WHERE schemaname = current_schema() ORDER BY 1").arg(column, catalog));
        while (rows && rows->next())
            names.append(rows->value(0).toString());
        return names;
    }
    QStringList tablesHere() const { return namesIn(QStringLiteral("pg_tables"), QStringLiteral("tablename")); }
    QStringList indexesHere() const { return namesIn(QStringLiteral("pg_indexes"), QStringLiteral("indexname")); }
    QStringList triggersHere() const
    {
        QStringList names;
        auto rows = Sql::exec(db(),
                              QStringLiteral("SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid ="
                                             " t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
                                             " WHERE n.nspname = current_schema() AND NOT t.tgisinternal"
                                             " ORDER BY 1"));
        while (rows && rows->next())
            names.append(rows->value(0).toString());
        return names;
    }
    QString meta(const char *key) const
    {
        auto rows = Sql::exec(db(), QStringLiteral("SELECT value FROM campdesk_meta WHERE key = ?"),
                              {QString::fromLatin1(key)});
        return rows && rows->next() ? rows->value(0).toString() : QString();
    }
};

TEST_F(PostgresSchemaTest, AnEmptyDatabaseBecomesAWorkspaceOfTheFilesLatestVersion)
{
    const auto version = prepare();
    ASSERT_TRUE(version.has_value()) << version.error().message.toStdString();
    EXPECT_EQ(*version, 0) << "it found no workspace there";
    EXPECT_EQ(meta("application_id"), PostgresSchema::ApplicationId);
    EXPECT_EQ(meta("schema_version"), QString::number(PostgresSchema::latestVersion()));
    QStringList expected = PostgresSchema::tables();
    expected.append(
        {QStringLiteral("campdesk_meta"), QStringLiteral("campdesk_history"), QStringLiteral("campdesk_operators")});
    expected.sort();
    EXPECT_EQ(tablesHere(), expected);
    // Five standing in for chat_messages' foreign keys (7.sql), two keeping
    // the history itself (8.sql), six for check_ins' keys (10.sql).
    EXPECT_EQ(PostgresSchema::triggers().size(), 13);
    // Version 8's history: three triggers on each table but the import's
    // bulk and the computed figures.
    const QStringList unrecorded {QStringLiteral("chat_messages"), QStringLiteral("chat_identity_names"),
                                  QStringLiteral("identity_minutes"), QStringLiteral("member_stats"),
                                  QStringLiteral("activity_stats")};
    QStringList triggers = PostgresSchema::triggers();
    for (const QString &table : PostgresSchema::tables() + QStringList {QStringLiteral("campdesk_operators")}) {
        if (!unrecorded.contains(table))
            triggers.append({QStringLiteral("campdesk_history_inserts"), QStringLiteral("campdesk_history_deletions"),
                             QStringLiteral("campdesk_history_updates")});
    }
    triggers.sort();
    EXPECT_EQ(triggersHere(), triggers);
    for (const QString &index : PostgresSchema::indexes())
        EXPECT_TRUE(indexesHere().contains(index)) << index.toStdString();
    EXPECT_EQ(PostgresSchema::tables().size(), 22) << "every table a workspace file has";

    const QStringList before = indexesHere();
    const auto again = prepare();
    ASSERT_TRUE(again.has_value()) << again.error().message.toStdString();
    EXPECT_EQ(*again, PostgresSchema::latestVersion()) << "it found a workspace of the latest version";
    EXPECT_EQ(indexesHere(), before) << "opening it again changes nothing";
}

TEST_F(PostgresSchemaTest, TextsSortByteByByteAsInAFile)
{
    ASSERT_TRUE(prepare().has_value());
    for (const char *name : {"b", "B", "a", "张", "A"})
        ASSERT_TRUE(
            Sql::exec(db(), QStringLiteral("INSERT INTO people (display_name) VALUES (?)"), {QString::fromUtf8(name)})
                .has_value());
    QStringList order;
    auto rows = Sql::exec(db(), QStringLiteral("SELECT display_name FROM people ORDER BY display_name"));
    while (rows && rows->next())
        order.append(rows->value(0).toString());
    EXPECT_EQ(order,
              (QStringList {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("a"), QStringLiteral("b"),
                            QStringLiteral("张")}));
}

TEST_F(PostgresSchemaTest, ADatabaseOfAnotherProgramIsRefusedAndLeftAsItWas)
{
    ASSERT_TRUE(Sql::exec(db(), QStringLiteral("CREATE TABLE invoices (id integer)")).has_value());
    const auto refused = prepare();
    ASSERT_FALSE(refused.has_value());
    EXPECT_TRUE(refused.error().message.contains(QLatin1String("another program")))
        << refused.error().message.toStdString();
    EXPECT_EQ(tablesHere(), QStringList {QStringLiteral("invoices")});
}

TEST_F(PostgresSchemaTest, AnotherApplicationsMetadataIsRefused)
{
    ASSERT_TRUE(prepare().has_value());
    ASSERT_TRUE(Sql::exec(db(), QStringLiteral("UPDATE campdesk_meta SET value = 'Other' WHERE key = 'application_id'"))
                    .has_value());
    const auto refused = prepare();
    ASSERT_FALSE(refused.has_value());
    EXPECT_TRUE(refused.error().message.contains(QLatin1String("not a CampDesk workspace")))
        << refused.error().message.toStdString();
}

TEST_F(PostgresSchemaTest, ANewerWorkspaceIsRefusedUnchanged)
{
    ASSERT_TRUE(prepare().has_value());
    const QString newer = QString::number(PostgresSchema::latestVersion() + 1);
    ASSERT_TRUE(
        Sql::exec(db(), QStringLiteral("UPDATE campdesk_meta SET value = ? WHERE key = 'schema_version'"), {newer})
            .has_value());
    const auto refused = prepare();
    ASSERT_FALSE(refused.has_value());
    EXPECT_TRUE(refused.error().message.contains(QLatin1String("newer CampDesk")))
        << refused.error().message.toStdString();
    EXPECT_EQ(meta("schema_version"), newer);
}

TEST_F(PostgresSchemaTest, AMissingTableIndexOrTriggerIsNamed)
{
    ASSERT_TRUE(prepare().has_value());
    ASSERT_TRUE(Sql::exec(db(), QStringLiteral("DROP INDEX chat_messages_source")).has_value());
    const auto noIndex = prepare();
    ASSERT_FALSE(noIndex.has_value());
    EXPECT_TRUE(noIndex.error().message.contains(QLatin1String("chat_messages_source")))
        << noIndex.error().message.toStdString();
    EXPECT_FALSE(indexesHere().contains(QStringLiteral("chat_messages_source"))) << "refused, not repaired";

    ASSERT_TRUE(Sql::exec(db(),
                          QStringLiteral("CREATE UNIQUE INDEX chat_messages_source ON chat_messages(camp_id,"
                                         " source_key)"))
                    .has_value());
    ASSERT_TRUE(prepare().has_value());
    ASSERT_TRUE(Sql::exec(db(), QStringLiteral("DROP TRIGGER camps_take_their_messages ON camps")).has_value());
    const auto noTrigger = prepare();
    ASSERT_FALSE(noTrigger.has_value());
    EXPECT_TRUE(noTrigger.error().message.contains(QLatin1String("camps_take_their_messages")))
        << noTrigger.error().message.toStdString();

    ASSERT_TRUE(
        Sql::exec(db(),
                  QStringLiteral("CREATE TRIGGER camps_take_their_messages AFTER DELETE ON camps REFERENCING OLD"
                                 " TABLE AS campdesk_gone FOR EACH STATEMENT EXECUTE FUNCTION"
                                 " campdesk_children_go_with_parent('chat_messages', 'camp_id')"))
            .has_value());
    ASSERT_TRUE(prepare().has_value());
    // A table whose changes would go unrecorded is named too, whether its
    // history trigger is gone or switched off.
    ASSERT_TRUE(
        Sql::exec(db(), QStringLiteral("ALTER TABLE activities DISABLE TRIGGER campdesk_history_updates")).has_value());
    const auto notRecorded = prepare();
    ASSERT_FALSE(notRecorded.has_value());
    EXPECT_TRUE(notRecorded.error().message.contains(QLatin1String("activities")))
        << notRecorded.error().message.toStdString();
    ASSERT_TRUE(
        Sql::exec(db(), QStringLiteral("ALTER TABLE activities ENABLE TRIGGER campdesk_history_updates")).has_value());
    ASSERT_TRUE(prepare().has_value());
    ASSERT_TRUE(Sql::exec(db(), QStringLiteral("DROP TRIGGER campdesk_history_deletions ON people")).has_value());
    const auto noHistoryTrigger = prepare();
    ASSERT_FALSE(noHistoryTrigger.has_value());
    EXPECT_TRUE(noHistoryTrigger.error().message.contains(QLatin1String("people")))
        << noHistoryTrigger.error().message.toStdString();

    ASSERT_TRUE(Sql::exec(db(), QStringLiteral("DROP TABLE check_ins")).has_value());
    const auto noTable = prepare();
    ASSERT_FALSE(noTable.has_value());
    EXPECT_TRUE(noTable.error().message.contains(QLatin1String("check_ins"))) << noTable.error().message.toStdString();
}

// chat_messages' camp, import and identity are checked by statement
// triggers rather than foreign keys (7.sql): they refuse what the keys
// would refuse, lock the parents as the keys would, and take a parent's
// messages with it.
TEST_F(PostgresSchemaTest, AMessagesParentsAreCheckedLockedAndTakeItWithThem)
{
    ASSERT_TRUE(prepare().has_value());
    const auto run = [this](const QString &sql) { return Sql::exec(db(), sql); };
    for (const char *parent :
         {"INSERT INTO camps (id, name, course_start, course_end) VALUES (1, 'A', '2027-03-01', '2027-03-21'),"
          " (2, 'B', '2027-03-01', '2027-03-21')",
          "INSERT INTO chat_imports (id, camp_id, file_name, format, encoding, imported_at) VALUES"
          " (10, 1, 'a.txt', 'whatsapp', 'UTF-8', '2027-03-01T00:00:00Z'),"
          " (20, 2, 'b.txt', 'whatsapp', 'UTF-8', '2027-03-01T00:00:00Z')",
          "INSERT INTO chat_identities (id, camp_id, platform, chat_key, display_name) VALUES"
          " (100, 1, 'whatsapp', 'ann', 'Ann')"}) {
        const auto made = run(QString::fromUtf8(parent));
        ASSERT_TRUE(made.has_value()) << made.error().message.toStdString();
    }
    const auto message = [&](qint64 key, const char *camp, const char *import, const char *identity) {
        return run(QStringLiteral("INSERT INTO chat_messages (camp_id, import_id, identity_id, sent_at, day, kind,"
                                  " body, source_key) VALUES (%1, %2, %3, 0, '2027-03-01', 'text', 'hi', %4)")
                       .arg(QLatin1String(camp), QLatin1String(import), QLatin1String(identity))
                       .arg(key));
    };
    ASSERT_TRUE(message(1, "1", "10", "100").has_value());
    ASSERT_TRUE(message(2, "1", "10", "NULL").has_value()) << "a message may have no identity";
    ASSERT_TRUE(message(3, "2", "20", "NULL").has_value());
    for (const auto &[camp, import, identity] :
         {std::tuple {"9", "10", "NULL"}, std::tuple {"1", "99", "NULL"}, std::tuple {"1", "10", "999"}}) {
        const auto refused = message(4, camp, import, identity);
        ASSERT_FALSE(refused.has_value()) << camp << " " << import << " " << identity;
        EXPECT_TRUE(refused.error().message.contains(QLatin1String("does not exist")))
            << refused.error().message.toStdString();
    }
    EXPECT_FALSE(run(QStringLiteral("UPDATE chat_messages SET import_id = 99 WHERE source_key = 1")).has_value());
    EXPECT_FALSE(run(QStringLiteral("INSERT INTO chat_messages (camp_id, import_id, sent_at, day, kind, body,"
                                    " source_key) SELECT 1, 10, 0, '2027-03-01', 'text', 'x', k FROM"
                                    " generate_series(10, 14) AS k UNION ALL SELECT 7, 10, 0, '2027-03-01', 'text',"
                                    " 'x', 15"))
                     .has_value())
        << "one bad row refuses the whole statement";
    const auto count = [&] { return *Sql::scalar(db(), QStringLiteral("SELECT count(*) FROM chat_messages")); };
    EXPECT_EQ(count(), 3);

    // A message being written holds its camp: another connection cannot
    // delete the camp until the writer has committed or rolled back.
    QSqlDatabase other = QSqlDatabase::cloneDatabase(db(), QStringLiteral("%1-other").arg(m_schema->name()));
    ASSERT_TRUE(other.open()) << other.lastError().text().toStdString();
    ASSERT_TRUE(db().transaction());
    ASSERT_TRUE(message(5, "2", "20", "NULL").has_value());
    ASSERT_TRUE(Sql::exec(other, QStringLiteral("SET lock_timeout = '200ms'")).has_value());
    const auto blocked = Sql::exec(other, QStringLiteral("DELETE FROM camps WHERE id = 2"));
    EXPECT_FALSE(blocked.has_value()) << "the camp was deleted under an unfinished write";
    ASSERT_TRUE(db().rollback());
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("%1-other").arg(m_schema->name()));

    // Each parent takes its messages with it.
    ASSERT_TRUE(run(QStringLiteral("DELETE FROM chat_identities WHERE id = 100")).has_value());
    EXPECT_EQ(count(), 2);
    ASSERT_TRUE(run(QStringLiteral("DELETE FROM chat_imports WHERE id = 20")).has_value());
    EXPECT_EQ(count(), 1);
    ASSERT_TRUE(run(QStringLiteral("DELETE FROM camps WHERE id = 1")).has_value());
    EXPECT_EQ(count(), 0);
}

TEST_F(PostgresSchemaTest, AStepThatFailsLeavesTheDatabaseEmpty)
{
    // A table in the way of the first version's: the whole preparation is
    // one transaction, so nothing of it stays.
    ASSERT_TRUE(
        Sql::exec(db(), QStringLiteral("CREATE TABLE campdesk_meta (key text PRIMARY KEY, value text NOT NULL)"))
            .has_value());
    ASSERT_TRUE(Sql::exec(db(),
                          QStringLiteral("INSERT INTO campdesk_meta VALUES ('application_id', 'CampDesk'),"
                                         " ('schema_version', '0')"))
                    .has_value());
    ASSERT_TRUE(Sql::exec(db(), QStringLiteral("CREATE TABLE camps (id integer)")).has_value());
    const auto refused = prepare();
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(tablesHere(), (QStringList {QStringLiteral("campdesk_meta"), QStringLiteral("camps")}));
    EXPECT_EQ(meta("schema_version"), QStringLiteral("0"));
}

// check_ins' camp, person, activity and chat import are checked by
// statement triggers since version 10, as chat_messages' are: they refuse
// what the foreign keys refused, lock the parents as the keys did, and take
// a parent's check-ins with it.
TEST_F(PostgresSchemaTest, ACheckInsParentsAreCheckedLockedAndTakeItWithThem)
{
    ASSERT_TRUE(prepare().has_value());
    const auto run = [this](const QString &sql) { return Sql::exec(db(), sql); };
    for (const char *parent :
         {"INSERT INTO camps (id, name, course_start, course_end) VALUES (1, 'A', '2027-03-01', '2027-03-21')",
          "INSERT INTO people (id, display_name) VALUES (5, 'Ann'), (6, 'Bo')",
          "INSERT INTO activities (id, camp_id, type, title, starts_at, ends_at) VALUES"
          " (7, 1, 'lecture', 'Day 1', '2027-03-01T20:00', '2027-03-01T21:00')",
          "INSERT INTO chat_imports (id, camp_id, file_name, format, encoding, imported_at) VALUES"
          " (9, 1, 'a.txt', 'whatsapp', 'UTF-8', '2027-03-01T00:00:00Z')"}) {
        const auto made = run(QString::fromUtf8(parent));
        ASSERT_TRUE(made.has_value()) << made.error().message.toStdString();
    }
    const auto checkIn = [&](const char *day, const char *camp, const char *person, const char *activity,
                             const char *import) {
        return run(QStringLiteral("INSERT INTO check_ins (camp_id, person_id, day, activity_id, source, import_id)"
                                  " VALUES (%1, %2, '%3', %4, 'manual', %5)")
                       .arg(QLatin1String(camp), QLatin1String(person), QLatin1String(day), QLatin1String(activity),
                            QLatin1String(import)));
    };
    ASSERT_TRUE(checkIn("2027-03-01", "1", "5", "7", "NULL").has_value());
    ASSERT_TRUE(checkIn("2027-03-02", "1", "5", "NULL", "9").has_value());
    ASSERT_TRUE(checkIn("2027-03-03", "1", "6", "NULL", "NULL").has_value()) << "no activity, no import";
    for (const auto &[camp, person, activity, import] :
         {std::tuple {"2", "5", "NULL", "NULL"}, std::tuple {"1", "99", "NULL", "NULL"},
          std::tuple {"1", "5", "70", "NULL"}, std::tuple {"1", "5", "NULL", "90"}}) {
        const auto refused = checkIn("2027-03-04", camp, person, activity, import);
        ASSERT_FALSE(refused.has_value()) << camp << " " << person << " " << activity << " " << import;
        EXPECT_TRUE(refused.error().message.contains(QLatin1String("does not exist")))
            << refused.error().message.toStdString();
    }
    EXPECT_FALSE(run(QStringLiteral("UPDATE check_ins SET person_id = 99 WHERE person_id = 6")).has_value());
    EXPECT_FALSE(run(QStringLiteral("INSERT INTO check_ins (camp_id, person_id, day, source) SELECT 1, 6,"
                                    " '2027-03-1' || d, 'manual' FROM generate_series(0, 4) AS d UNION ALL"
                                    " SELECT 1, 77, '2027-03-20', 'manual'"))
                     .has_value())
        << "one bad row refuses the whole statement";
    const auto count = [&] { return *Sql::scalar(db(), QStringLiteral("SELECT count(*) FROM check_ins")); };
    EXPECT_EQ(count(), 3);

    // A check-in being written holds its person: another connection cannot
    // delete the person until the writer has committed or rolled back.
    QSqlDatabase other = QSqlDatabase::cloneDatabase(db(), QStringLiteral("%1-other").arg(m_schema->name()));
    ASSERT_TRUE(other.open()) << other.lastError().text().toStdString();
    ASSERT_TRUE(db().transaction());
    ASSERT_TRUE(checkIn("2027-03-05", "1", "6", "NULL", "NULL").has_value());
    ASSERT_TRUE(Sql::exec(other, QStringLiteral("SET lock_timeout = '200ms'")).has_value());
    EXPECT_FALSE(Sql::exec(other, QStringLiteral("DELETE FROM people WHERE id = 6")).has_value())
        << "the person was deleted under an unfinished write";
    ASSERT_TRUE(db().rollback());
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("%1-other").arg(m_schema->name()));

    // Each parent takes its check-ins with it.
    ASSERT_TRUE(run(QStringLiteral("DELETE FROM activities WHERE id = 7")).has_value());
    EXPECT_EQ(count(), 2);
    ASSERT_TRUE(run(QStringLiteral("DELETE FROM chat_imports WHERE id = 9")).has_value());
    EXPECT_EQ(count(), 1);
    ASSERT_TRUE(run(QStringLiteral("DELETE FROM people WHERE id = 6")).has_value());
    EXPECT_EQ(count(), 0);
    ASSERT_TRUE(checkIn("2027-03-06", "1", "5", "NULL", "NULL").has_value());
    ASSERT_TRUE(run(QStringLiteral("DELETE FROM camps WHERE id = 1")).has_value());
    EXPECT_EQ(count(), 0);
    EXPECT_EQ(*Sql::scalar(db(),
                           QStringLiteral("SELECT count(*) FROM campdesk_history WHERE table_name ="
                                          " 'check_ins' AND action = 'delete'")),
              4)
        << "a check-in taken with its parent is recorded as deleted";
}

// Since version 10 an update is recorded once per statement: each row it
// changed, before and after; a row it left as it was, or whose only change
// is the camp's import counter, is not recorded.
TEST_F(PostgresSchemaTest, AnUpdateIsRecordedOnceForEachRowItChanged)
{
    ASSERT_TRUE(prepare().has_value());
    const auto run = [this](const QString &sql) { return Sql::exec(db(), sql); };
    for (const char *rows :
         {"INSERT INTO camps (id, name, course_start, course_end) VALUES (1, 'A', '2027-03-01', '2027-03-21')",
          "INSERT INTO people (id, display_name) VALUES (5, 'Ann'), (6, 'Bo'), (7, 'Cy')"}) {
        const auto made = run(QString::fromUtf8(rows));
        ASSERT_TRUE(made.has_value()) << made.error().message.toStdString();
    }
    const auto updates = [&] {
        auto rows = Sql::exec(db(),
                              QStringLiteral("SELECT row_id, before ->> 'city', after ->> 'city' FROM"
                                             " campdesk_history WHERE action = 'update' ORDER BY id"));
        QStringList found;
        while (rows && rows->next())
            found.append(QStringLiteral("%1 %2>%3")
                             .arg(rows->value(0).toString(), rows->value(1).toString(), rows->value(2).toString()));
        return found;
    };
    ASSERT_TRUE(run(QStringLiteral("UPDATE people SET city = 'Hangzhou' WHERE id IN (5, 7)")).has_value());
    ASSERT_TRUE(run(QStringLiteral("UPDATE people SET city = city")).has_value());
    ASSERT_TRUE(
        run(QStringLiteral("UPDATE camps SET participation_revision = participation_revision + 1")).has_value());
    ASSERT_TRUE(run(QStringLiteral("UPDATE people SET city = 'Suzhou' WHERE id = 99")).has_value());
    EXPECT_EQ(updates(), (QStringList {QStringLiteral("5 >Hangzhou"), QStringLiteral("7 >Hangzhou")}));

    const auto moved = run(QStringLiteral("UPDATE people SET id = id + 100 WHERE id = 6"));
    ASSERT_FALSE(moved.has_value()) << "a changed id is refused, not recorded wrongly";
    EXPECT_EQ(*Sql::scalar(db(), QStringLiteral("SELECT count(*) FROM people WHERE id = 6")), 1);
}

// Since version 12 the history reads a row's camp and id from the row's
// columns instead of its JSON: every kind of change is recorded exactly as
// version 11 recorded it, entry for entry and in the same order. Among the
// tables: camps (a camp's own id), people (no camp), check-ins of two camps,
// and rows without an id (an alias, a setting).
TEST_F(PostgresSchemaTest, TheHistoryIsRecordedAsVersion11RecordedIt)
{
    const auto historyOf = [](int version) -> QStringList {
        TestSchema schema;
        if (!schema.isReady())
            return {QStringLiteral("no schema: ") + schema.error()};
        if (const auto made = PostgresSchema::makeVersion(schema.db(), version); !made)
            return {QStringLiteral("not made: ") + made.error().message};
        for (const char *change :
             {"INSERT INTO camps (id, name, course_start, course_end) VALUES (1, 'A', '2027-03-01', '2027-03-21'),"
              " (2, 'B', '2027-04-01', '2027-04-21')",
              "INSERT INTO people (id, display_name) VALUES (7, 'Cy'), (5, 'Ann'), (6, 'Bo')",
              "INSERT INTO memberships (id, camp_id, person_id, role) VALUES (3, 2, 7, 'ordinary_member'),"
              " (1, 1, 5, 'ordinary_member'), (2, 1, 6, 'assistant')",
              "INSERT INTO check_ins (camp_id, person_id, day, source) VALUES (2, 7, '2027-04-01', 'manual'),"
              " (1, 5, '2027-03-01', 'manual'), (1, 6, '2027-03-02', 'chat')",
              "INSERT INTO name_aliases (camp_id, alias, person_id) VALUES (1, 'annie', 5)",
              "INSERT INTO workspace_settings (key, value) VALUES ('week_starts_on', 'monday')",
              "UPDATE people SET city = 'Hangzhou' WHERE id IN (7, 5)",
              "UPDATE memberships SET title = 'TA' WHERE camp_id = 1",
              "UPDATE camps SET participation_revision = participation_revision + 1",
              "UPDATE camps SET name = name || '!'", "UPDATE name_aliases SET alias = 'ann'",
              "UPDATE workspace_settings SET value = 'sunday'", "DELETE FROM check_ins WHERE camp_id = 1",
              "DELETE FROM name_aliases", "DELETE FROM workspace_settings", "DELETE FROM camps WHERE id = 2",
              "DELETE FROM people WHERE id = 7"}) {
            if (const auto changed = Sql::exec(schema.db(), QString::fromUtf8(change)); !changed)
                return {QString::fromUtf8(change) + QStringLiteral(": ") + changed.error().message};
        }
        QStringList entries;
        auto rows = Sql::exec(schema.db(),
                              QStringLiteral("SELECT concat_ws(' | ', coalesce(camp_id::text, '-'), table_name, action,"
                                             " coalesce(row_id::text, '-'), before::text, after::text)"
                                             " FROM campdesk_history ORDER BY id"));
        while (rows && rows->next())
            entries.append(rows->value(0).toString());
        return entries;
    };
    ASSERT_GT(PostgresSchema::latestVersion(), 11);
    const QStringList before = historyOf(11);
    const QStringList now = historyOf(PostgresSchema::latestVersion());
    // 13 rows inserted, 8 updated, 4 deleted, and a camp and a person
    // deleted with a membership and a check-in that went with the camp.
    ASSERT_EQ(before.size(), 29) << before.join(u'\n').toStdString();
    EXPECT_EQ(now.join(u'\n').toStdString(), before.join(u'\n').toStdString());
}

// Every function of the schema finds the schema's tables, never a session's
// temporary table of the same name (9.sql): a later step that replaces a
// function must pin its search path again.
TEST_F(PostgresSchemaTest, EveryFunctionFindsTheSchemasTablesBeforeATemporaryOne)
{
    ASSERT_TRUE(prepare().has_value());
    auto unpinned = Sql::exec(db(),
                              QStringLiteral("SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid ="
                                             " p.pronamespace WHERE n.nspname = current_schema() AND"
                                             " coalesce(p.proconfig, '{}') <> ARRAY['search_path=' ||"
                                             " quote_ident(current_schema()) || ', pg_temp'] ORDER BY 1"));
    ASSERT_TRUE(unpinned.has_value());
    QStringList names;
    while (unpinned->next())
        names.append(unpinned->value(0).toString());
    EXPECT_TRUE(names.isEmpty()) << names.join(QStringLiteral(", ")).toStdString();
    EXPECT_GT(*Sql::scalar(db(),
                           QStringLiteral("SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid ="
                                          " p.pronamespace WHERE n.nspname = current_schema()")),
              20);
}

// A workspace of every earlier version opens with its rows, and then works
// as a new one: the check-ins' parents checked by statement, updates
// recorded by statement, a parent taking its messages with it.
TEST_F(PostgresSchemaTest, AWorkspaceOfEveryEarlierVersionOpensWithItsRows)
{
    for (int version = PostgresSchema::FirstVersion; version < PostgresSchema::latestVersion(); ++version) {
        SCOPED_TRACE(version);
        TestSchema schema;
        ASSERT_TRUE(schema.isReady()) << schema.error().toStdString();
        const QSqlDatabase earlier = schema.db();
        const auto made = PostgresSchema::makeVersion(earlier, version);
        ASSERT_TRUE(made.has_value()) << made.error().message.toStdString();
        const auto run = [&](const QString &sql) { return Sql::exec(earlier, sql); };
        for (const char *rows :
             {"INSERT INTO camps (id, name, course_start, course_end) VALUES (1, 'A', '2027-03-01', '2027-03-21')",
              "INSERT INTO people (id, display_name) VALUES (5, 'Ann'), (6, 'Bo')",
              "INSERT INTO memberships (id, camp_id, person_id, role) VALUES (1, 1, 5, 'ordinary_member'),"
              " (2, 1, 6, 'ordinary_member')",
              "INSERT INTO activities (id, camp_id, type, title, starts_at, ends_at) VALUES"
              " (7, 1, 'lecture', 'Day 1', '2027-03-01T20:00', '2027-03-01T21:00')",
              "INSERT INTO check_ins (camp_id, person_id, day, activity_id, source) VALUES"
              " (1, 5, '2027-03-01', 7, 'manual'), (1, 6, '2027-03-01', NULL, 'manual')",
              "INSERT INTO chat_imports (id, camp_id, file_name, format, encoding, imported_at) VALUES"
              " (9, 1, 'a.txt', 'whatsapp', 'UTF-8', '2027-03-01T00:00:00Z')",
              "INSERT INTO chat_messages (camp_id, import_id, sent_at, day, kind, body, source_key) VALUES"
              " (1, 9, 0, '2027-03-01', 'text', 'hi', 1)"}) {
            const auto inserted = run(QString::fromUtf8(rows));
            ASSERT_TRUE(inserted.has_value()) << inserted.error().message.toStdString();
        }

        const auto opened = PostgresSchema::prepare(earlier, QStringLiteral("earlier"));
        ASSERT_TRUE(opened.has_value()) << opened.error().message.toStdString();
        EXPECT_EQ(*opened, version) << "it says which version it brought up to date";
        EXPECT_EQ(*Sql::scalar(earlier, QStringLiteral("SELECT count(*) FROM check_ins")), 2);
        EXPECT_EQ(*Sql::scalar(earlier, QStringLiteral("SELECT count(*) FROM memberships")), 2);
        auto index = Sql::exec(earlier,
                               QStringLiteral("SELECT indexdef FROM pg_indexes WHERE schemaname ="
                                              " current_schema() AND indexname = 'chat_messages_identity'"));
        ASSERT_TRUE(index.has_value() && index->next());
        EXPECT_TRUE(index->value(0).toString().endsWith(QLatin1String("(identity_id)")))
            << "a sender's messages are found by the sender alone (11.sql): "
            << index->value(0).toString().toStdString();

        EXPECT_FALSE(run(QStringLiteral("INSERT INTO check_ins (camp_id, person_id, day, source) VALUES"
                                        " (1, 99, '2027-03-02', 'manual')"))
                         .has_value());
        ASSERT_TRUE(run(QStringLiteral("DELETE FROM activities WHERE id = 7")).has_value());
        EXPECT_EQ(*Sql::scalar(earlier, QStringLiteral("SELECT count(*) FROM check_ins")), 1);
        ASSERT_TRUE(run(QStringLiteral("UPDATE memberships SET title = 'TA'")).has_value());
        EXPECT_EQ(*Sql::scalar(earlier,
                               QStringLiteral("SELECT count(*) FROM campdesk_history WHERE action ="
                                              " 'update' AND table_name = 'memberships'")),
                  2);
        EXPECT_FALSE(run(QStringLiteral("UPDATE memberships SET id = id + 10")).has_value());
        ASSERT_TRUE(run(QStringLiteral("DELETE FROM chat_imports WHERE id = 9")).has_value());
        EXPECT_EQ(*Sql::scalar(earlier, QStringLiteral("SELECT count(*) FROM chat_messages")), 0)
            << "an import takes its messages with it";
    }
}

// Bringing a workspace up to date changes its tables, which only their
// owners may: anyone else is told to let an owner open it first, and the
// workspace stays as it was until one does.
TEST_F(PostgresSchemaTest, AnOlderWorkspaceIsBroughtUpToDateByAnOwnerOnly)
{
    const int older = PostgresSchema::latestVersion() - 1;
    ASSERT_TRUE(PostgresSchema::makeVersion(db(), older).has_value());
    const QString viewer = m_schema->login(QStringLiteral("viewer"));
    const auto added
        = Sql::exec(db(), QStringLiteral("SELECT campdesk_team_add(?, 'viewer', NULL, NULL, 'secret')"), {viewer});
    ASSERT_TRUE(added.has_value()) << added.error().message.toStdString();

    const auto byViewer = Workspace::open(m_schema->addressAs(viewer), {.create = false, .exclusive = false});
    ASSERT_FALSE(byViewer.has_value());
    const QString said = byViewer.error().message;
    EXPECT_TRUE(said.contains(QStringLiteral("version %1").arg(older)) && said.contains(QLatin1String("owner"))
                && said.contains(QLatin1String("Nothing was changed")))
        << said.toStdString();
    EXPECT_EQ(meta("schema_version"), QString::number(older));

    {
        const auto byOwner = Workspace::open(m_schema->address(), {.create = false, .exclusive = false});
        ASSERT_TRUE(byOwner.has_value()) << byOwner.error().message.toStdString();
        ASSERT_TRUE((*byOwner)->upgrade().has_value()) << "the owner brings it up to date, and is told";
        EXPECT_EQ((*byOwner)->upgrade()->from, older);
        EXPECT_EQ((*byOwner)->upgrade()->to, PostgresSchema::latestVersion());
        const QString notice = (*byOwner)->upgradeNotice(Workspace::RestoreBy::Menu);
        EXPECT_TRUE(notice.contains(QStringLiteral("version %1 to %2").arg(older).arg(PostgresSchema::latestVersion()))
                    && notice.contains(QLatin1String("laptops")) && !notice.contains(QLatin1String("Restore")))
            << notice.toStdString();
    }
    const auto later = Workspace::open(m_schema->addressAs(viewer), {.create = false, .exclusive = false});
    ASSERT_TRUE(later.has_value()) << later.error().message.toStdString();
    EXPECT_EQ((*later)->schemaVersion(), PostgresSchema::latestVersion());
    EXPECT_FALSE((*later)->upgrade().has_value()) << "it was up to date when the viewer opened it";
}

// An owner added to the team who brings the workspace up to date makes
// nothing of their own: what the steps make belongs to the tables' owner,
// and the team keeps writing after that owner leaves it.
TEST_F(PostgresSchemaTest, WhatAnAddedOwnersUpgradeMakesBelongsToTheTablesOwner)
{
    ASSERT_TRUE(PostgresSchema::makeVersion(db(), 9).has_value());
    const QString mei = m_schema->login(QStringLiteral("mei"));
    const auto added
        = Sql::exec(db(), QStringLiteral("SELECT campdesk_team_add(?, 'owner', NULL, NULL, 'secret')"), {mei});
    ASSERT_TRUE(added.has_value()) << added.error().message.toStdString();
    {
        const auto byMei = Workspace::open(m_schema->addressAs(mei), {.create = false, .exclusive = false});
        ASSERT_TRUE(byMei.has_value()) << byMei.error().message.toStdString();
        ASSERT_TRUE((*byMei)->upgrade().has_value());
    }
    auto others
        = Sql::exec(db(),
                    QStringLiteral("SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
                                   " WHERE n.nspname = current_schema() AND p.proowner <>"
                                   " (SELECT relowner FROM pg_class WHERE oid = 'campdesk_meta'::regclass)"
                                   " UNION ALL SELECT c.relname FROM pg_class c JOIN pg_namespace n"
                                   " ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND"
                                   " c.relowner <> (SELECT relowner FROM pg_class"
                                   " WHERE oid = 'campdesk_meta'::regclass)"));
    ASSERT_TRUE(others.has_value()) << others.error().message.toStdString();
    QStringList owned;
    while (others->next())
        owned.append(others->value(0).toString());
    EXPECT_TRUE(owned.isEmpty()) << "made as the added owner: " << owned.join(u' ').toStdString();

    ASSERT_TRUE(Sql::exec(db(), QStringLiteral("SELECT campdesk_team_remove(?)"), {mei}).has_value());
    auto workspace = Workspace::open(m_schema->address(), {.create = false, .exclusive = false});
    ASSERT_TRUE(workspace.has_value()) << workspace.error().message.toStdString();
    const auto camp = (*workspace)
                          ->camps()
                          .insert(Camp::withDefaults(QStringLiteral("晨跑营"), QDate(2027, 3, 1), QDate(2027, 3, 5)));
    ASSERT_TRUE(camp.has_value()) << camp.error().message.toStdString();
    const auto person = (*workspace)->people().insert(Person {0, QStringLiteral("王子涵"), {}});
    ASSERT_TRUE(person.has_value()) << person.error().message.toStdString();
    Person renamed = *(*workspace)->people().find(*person);
    renamed.displayName = QStringLiteral("王子涵（二）");
    const auto updated = (*workspace)->people().update(renamed);
    EXPECT_TRUE(updated.has_value()) << updated.error().message.toStdString();
    const auto ticked = (*workspace)
                            ->participation()
                            .changeCheckIns(*camp, {{*person, QDate(2027, 3, 2), 0, CheckInSource::Manual, {}}}, {});
    EXPECT_TRUE(ticked.has_value()) << ticked.error().message.toStdString();
}
