// A team workspace's roles as the server enforces them (9.sql), tried from
// campdesk-cli as each operator would: every role tries every write, and the
// server refuses exactly the ones the role does not give; an operator named
// to one camp cannot read another by any command; a change of role holds at
// once. The test server trusts its Unix socket, so each login connects
// without its password; `team add` still sets one, and the last test signs
// in with it over TLS, where the server asks for it.

#include "core/Workspace.h"
#include "core/domain/CampRepository.h"
#include "core/domain/MembershipRepository.h"
#include "core/domain/PersonRepository.h"
#include "core/storage/PostgresConnection.h"
#include "core/storage/ServerAddress.h"
#include "core/storage/SqlQuery.h"
#include "core/team/RoleRights.h"
#include "tests/support/Processes.h"
#include "tests/support/ReviewFixture.h"
#include "tests/support/ServerSchemaTest.h"
#include "tests/support/TempWorkspace.h"
#include "tests/support/TestServer.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

#include <memory>

using namespace CampDesk;
using namespace CampDesk::Testing;

namespace {

class TeamRolesTest : public ServerSchemaTest {
protected:
    void SetUp() override
    {
        ServerSchemaTest::SetUp();
        if (!ready())
            return;
        ReviewFixture fixture(m_schema->address());
        m_camp = fixture.campId();
        // A second camp, with a member of its own, for the scoped operator
        // and for camps delete.
        Workspace &workspace = fixture.workspace();
        m_otherCamp = *workspace.camps().insert(
            Camp::withDefaults(QStringLiteral("Other camp"), QDate(2027, 4, 5), QDate(2027, 4, 9)));
        Person person;
        person.displayName = QStringLiteral("Only Elsewhere");
        const qint64 personId = *workspace.people().insert(person);
        m_elsewhere = personId;
        Membership membership;
        membership.campId = m_otherCamp;
        membership.personId = personId;
        ASSERT_TRUE(workspace.memberships().add(membership).has_value());
        fixture.close();
        // The owner seeds the speech library once, as the window does; the
        // line copied is one this camp fills.
        const Outcome lines = run(QStringLiteral("campdesk"),
                                  {QStringLiteral("speech"), QStringLiteral("list"), QStringLiteral("--json")});
        ASSERT_EQ(lines.code, 0) << lines.err.toStdString();
        for (const QJsonValue &line :
             QJsonDocument::fromJson(lines.out).object().value(QStringLiteral("templates")).toArray()) {
            if (line.toObject().value(QStringLiteral("title")).toString() == QLatin1String("Check-in progress"))
                m_line = line.toObject().value(QStringLiteral("id")).toInteger();
        }
        ASSERT_GT(m_line, 0) << lines.out.toStdString();
    }

    // A login of this test's own, dropped with its schema.
    QString login(const QString &name) const { return m_schema->login(name); }
    QString addressOf(const QString &user) const { return m_schema->addressAs(user); }

    Outcome run(const QString &user, const QStringList &arguments, const QByteArray &input = QByteArray()) const
    {
        return cliReading(input, arguments + QStringList {QStringLiteral("--workspace"), addressOf(user)},
                          m_home.path(QString()));
    }

    // team add, as the workspace's owner; the password on standard input.
    QString addOperator(const QString &name, const QString &role, const QString &camps = QString())
    {
        const QString operatorLogin = login(name);
        QStringList arguments {QStringLiteral("team"), QStringLiteral("add"), operatorLogin, QStringLiteral("--role"),
                               role};
        if (!camps.isEmpty())
            arguments << QStringLiteral("--camps") << camps;
        const Outcome added = run(QStringLiteral("campdesk"), arguments, "a password of theirs\n");
        EXPECT_EQ(added.code, 0) << added.err.toStdString();
        EXPECT_TRUE(added.out.contains("Made the login")) << added.out.toStdString();
        return operatorLogin;
    }

    QString writeFile(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_home.path(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
        return path;
    }

    QJsonArray historyEntries() const
    {
        const Outcome history = run(QStringLiteral("campdesk"), {QStringLiteral("history"), QStringLiteral("--json")});
        EXPECT_EQ(history.code, 0) << history.err.toStdString();
        return QJsonDocument::fromJson(history.out).object().value(QStringLiteral("entries")).toArray();
    }

    TempDir m_home;
    qint64 m_camp = 0;
    qint64 m_otherCamp = 0;
    qint64 m_line = 0;
    qint64 m_elsewhere = 0; // the other camp's only member
};

// One write of the matrix, as `role` makes it (some need a value of their
// own per role, so that each allowed one really writes).
struct Write {
    const char *what;
    std::function<QStringList(const QString &role)> arguments;
    // Whom it is allowed: RoleRights's table, which the window follows too;
    // the server must agree with it exactly.
    TeamAction action;
    QByteArray input;
    // What a refusal says: the server's refusal, unless CampDesk knows first.
    const char *refusal = "refused this change";
};

TEST_F(TeamRolesTest, EachRoleMakesExactlyTheWritesItsRoleGives)
{
    const QStringList roles {QStringLiteral("viewer"), QStringLiteral("crew"), QStringLiteral("assistant"),
                             QStringLiteral("owner")};
    for (const QString &role : roles) {
        addOperator(role, role);
        // Logins the server has already, for team add: making a login takes
        // CREATEROLE, which only the server's administrator gives.
        const QString existing = login(QStringLiteral("new_") + role);
        ASSERT_TRUE(Sql::exec(m_schema->db(), QStringLiteral("CREATE ROLE \"%1\" LOGIN").arg(existing)).has_value());
    }
    const Outcome listed
        = run(QStringLiteral("campdesk"), {QStringLiteral("team"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(listed.code, 0) << listed.err.toStdString();
    const QJsonArray operators
        = QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("operators")).toArray();
    ASSERT_EQ(operators.size(), 5) << listed.out.toStdString();
    EXPECT_TRUE(operators.at(0).toObject().value(QStringLiteral("workspace_owner")).toBool());
    for (const QJsonValue &entry : operators) {
        const QString name = entry.toObject().value(QStringLiteral("login")).toString();
        if (name != QLatin1String("campdesk")) {
            EXPECT_EQ(login(entry.toObject().value(QStringLiteral("role")).toString()), name);
        }
    }

    const QString camp = QString::number(m_camp);
    const QString chat = QStringLiteral(CAMPDESK_TEST_DATA "/capture/camp/qq.txt");
    int day = 0;
    const QList<Write> writes {
        {"camps create",
         [](const QString &role) {
             return QStringList {QStringLiteral("camps"),          QStringLiteral("create"),
                                 QStringLiteral("--name"),         QStringLiteral("New camp by ") + role,
                                 QStringLiteral("--course-start"), QStringLiteral("2027-05-01"),
                                 QStringLiteral("--course-end"),   QStringLiteral("2027-05-07")};
         },
         TeamAction::ChangeCamps},
        {"camps edit (goals)",
         [&](const QString &) {
             return QStringList {QStringLiteral("camps"),
                                 QStringLiteral("edit"),
                                 QStringLiteral("--camp"),
                                 camp,
                                 QStringLiteral("--target-active-rate"),
                                 QStringLiteral("45")};
         },
         TeamAction::ChangeCamps},
        {"roster import",
         [&](const QString &role) {
             return QStringList {QStringLiteral("roster"), QStringLiteral("import"),
                                 writeFile(role + QStringLiteral(".csv"), "name\nNew " + role.toUtf8() + "\n"),
                                 QStringLiteral("--camp"), camp};
         },
         TeamAction::ChangeRoster},
        {"jielong (check-ins)",
         [&](const QString &) {
             return QStringList {QStringLiteral("jielong"), QStringLiteral("-"),
                                 QStringLiteral("--camp"),  camp,
                                 QStringLiteral("--day"),   QString::number(++day % 4 + 1)};
         },
         TeamAction::RecordCheckIns, QByteArrayLiteral("#接龙\n1. 安然\n2. 白雪\n")},
        {"speech line copied",
         [&](const QString &) {
             return QStringList {QStringLiteral("speech"),
                                 QStringLiteral("render"),
                                 QString::number(m_line),
                                 QStringLiteral("--camp"),
                                 camp,
                                 QStringLiteral("--day"),
                                 QStringLiteral("1"),
                                 QStringLiteral("--record")};
         },
         TeamAction::CopyLines},
        {"chat import",
         [&](const QString &) { return QStringList {QStringLiteral("import"), chat, QStringLiteral("--camp"), camp}; },
         TeamAction::ImportChats},
        {"plan",
         [&](const QString &) {
             // Within the other camp's days, as it was made: activities only.
             return QStringList {QStringLiteral("plan"),
                                 QStringLiteral("--camp"),
                                 QString::number(m_otherCamp),
                                 QStringLiteral("--template"),
                                 QStringLiteral("daily-operation"),
                                 QStringLiteral("--first-day"),
                                 QStringLiteral("2027-04-05"),
                                 QStringLiteral("--days"),
                                 QStringLiteral("5"),
                                 QStringLiteral("--prep-days"),
                                 QString::number(Camp::DefaultPreparationDays)};
         },
         TeamAction::ChangePlan},
        {"team add",
         [&](const QString &role) {
             return QStringList {QStringLiteral("team"), QStringLiteral("add"), login(QStringLiteral("new_") + role),
                                 QStringLiteral("--role"), QStringLiteral("viewer")};
         },
         TeamAction::ChangeTeam, QByteArrayLiteral("another password\n"), "Only an owner changes the team"},
        {"camps delete",
         [&](const QString &) {
             return QStringList {QStringLiteral("camps"), QStringLiteral("delete"), QString::number(m_otherCamp)};
         },
         TeamAction::ChangeCamps},
    };
    for (const Write &write : writes) {
        for (const QString &role : roles) {
            const Outcome outcome = run(login(role), write.arguments(role), write.input);
            if (RoleRights::allows(*Team::roleFromKey(role), write.action)) {
                EXPECT_EQ(outcome.code, 0) << role.toStdString() << " may: " << write.what << "\n"
                                           << outcome.err.toStdString();
            } else {
                EXPECT_NE(outcome.code, 0) << role.toStdString() << " may not: " << write.what;
                EXPECT_TRUE(outcome.err.contains(write.refusal))
                    << role.toStdString() << ", " << write.what << ": " << outcome.err.toStdString();
            }
        }
    }

    // What each operator changed, by the history, which the server wrote.
    QHash<QString, QSet<QString>> tables;
    for (const QJsonValue &entry : historyEntries()) {
        tables[entry.toObject().value(QStringLiteral("operator")).toString()].insert(
            entry.toObject().value(QStringLiteral("table")).toString());
    }
    EXPECT_TRUE(tables.value(login(QStringLiteral("viewer"))).isEmpty());
    EXPECT_EQ(tables.value(login(QStringLiteral("crew"))),
              (QSet<QString> {QStringLiteral("check_ins"), QStringLiteral("speech_uses")}));
    for (const char *table : {"people", "memberships", "check_ins", "speech_uses", "chat_imports", "activities"})
        EXPECT_TRUE(tables.value(login(QStringLiteral("assistant"))).contains(QLatin1String(table))) << table;
    for (const char *table : {"camps", "campdesk_operators"})
        EXPECT_TRUE(tables.value(login(QStringLiteral("owner"))).contains(QLatin1String(table))) << table;
}

TEST_F(TeamRolesTest, AScopedAssistantCannotReadAnotherCampByAnyCommand)
{
    const QString scoped = addOperator(QStringLiteral("scoped"), QStringLiteral("assistant"), QString::number(m_camp));
    const Outcome camps = run(scoped, {QStringLiteral("camps"), QStringLiteral("list")});
    ASSERT_EQ(camps.code, 0) << camps.err.toStdString();
    EXPECT_TRUE(camps.out.startsWith(QByteArray(QByteArray::number(m_camp) + "\t"))) << camps.out.toStdString();
    EXPECT_EQ(camps.out.count('\n'), 1) << camps.out.toStdString();

    const QString other = QString::number(m_otherCamp);
    const QList<QStringList> reads {
        {QStringLiteral("camps"), QStringLiteral("show"), other},
        {QStringLiteral("stats"), QStringLiteral("--camp"), other},
        {QStringLiteral("roster"), QStringLiteral("list"), QStringLiteral("--camp"), other},
        {QStringLiteral("roster"), QStringLiteral("export"), QStringLiteral("--camp"), other},
        {QStringLiteral("activities"), QStringLiteral("--camp"), other},
        {QStringLiteral("identities"), QStringLiteral("--camp"), other},
        {QStringLiteral("report"), QStringLiteral("--json"), QStringLiteral("--camp"), other},
        {QStringLiteral("history"), QStringLiteral("--camp"), other},
    };
    for (const QStringList &read : reads) {
        const Outcome outcome = run(scoped, read);
        EXPECT_NE(outcome.code, 0) << read.join(u' ').toStdString() << ": " << outcome.out.toStdString();
        EXPECT_FALSE(outcome.out.contains("Only Elsewhere")) << read.join(u' ').toStdString();
    }
    // Nor a copy of the workspace that would be part of it, written as whole.
    const QString copy = m_home.path(QStringLiteral("scoped-copy.campdesk"));
    const Outcome pulled = cliReading(
        {}, {QStringLiteral("workspace"), QStringLiteral("pull"), addressOf(scoped), QStringLiteral("-o"), copy},
        m_home.path(QString()));
    EXPECT_EQ(pulled.code, 1) << pulled.out.toStdString();
    EXPECT_TRUE(pulled.err.contains("some of the workspace's camps")) << pulled.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(copy) || QFileInfo::exists(copy + QStringLiteral(".part")));
    const Outcome own = run(
        scoped, {QStringLiteral("roster"), QStringLiteral("list"), QStringLiteral("--camp"), QString::number(m_camp)});
    EXPECT_EQ(own.code, 0) << own.err.toStdString();
    EXPECT_TRUE(own.out.contains("安然")) << own.out.toStdString();
    EXPECT_FALSE(own.out.contains("Only Elsewhere"));

    // Nor by statements of its own: the rows are not there for it, and it
    // cannot write into that camp.
    const auto address = ServerAddress::parse(addressOf(scoped));
    ASSERT_TRUE(address.has_value());
    const QString connection = QStringLiteral("scoped-") + m_schema->name();
    {
        auto db = PostgresConnection::open(*address, connection);
        ASSERT_TRUE(db.has_value()) << db.error().message.toStdString();
        ASSERT_TRUE(Sql::exec(*db, QStringLiteral("SET search_path TO ") + m_schema->name()).has_value());
        for (const QString &read :
             {QStringLiteral("SELECT count(*) FROM people"), QStringLiteral("SELECT count(*) FROM memberships"),
              QStringLiteral("SELECT count(*) FROM camps"), QStringLiteral("SELECT count(*) FROM campdesk_history")}) {
            const auto count = Sql::scalar(*db, read);
            ASSERT_TRUE(count.has_value()) << read.toStdString() << ": " << count.error().message.toStdString();
        }
        EXPECT_EQ(
            *Sql::scalar(*db, QStringLiteral("SELECT count(*) FROM people WHERE display_name = 'Only Elsewhere'")), 0);
        EXPECT_EQ(*Sql::scalar(*db, QStringLiteral("SELECT count(*) FROM camps WHERE id = ?"), {m_otherCamp}), 0);
        // Nor by standing in a temporary table of its own for the team or
        // the workspace's metadata: the checks read this schema's.
        for (const QString &statement :
             {QStringLiteral(
                  "CREATE TEMP TABLE campdesk_operators (login text, role text, camps bigint[], person_id bigint)"),
              QStringLiteral("INSERT INTO campdesk_operators VALUES (session_user, 'owner', NULL, NULL)"),
              QStringLiteral("CREATE TEMP TABLE campdesk_meta (key text, value text)"),
              QStringLiteral("GRANT ALL ON campdesk_operators, campdesk_meta TO PUBLIC")})
            ASSERT_TRUE(Sql::exec(*db, statement).has_value()) << statement.toStdString();
        EXPECT_EQ(*Sql::scalar(*db, QStringLiteral("SELECT count(*) FROM camps WHERE id = ?"), {m_otherCamp}), 0);
        EXPECT_EQ(
            *Sql::scalar(*db, QStringLiteral("SELECT count(*) FROM people WHERE display_name = 'Only Elsewhere'")), 0);
        // Nor by adding the other camp's person to its own camp, by id.
        const auto byId = Sql::exec(*db,
                                    QStringLiteral("INSERT INTO memberships (camp_id, person_id, role, joined_on)"
                                                   " VALUES (?, ?, 'member', '2027-03-01')"),
                                    {m_camp, m_elsewhere});
        ASSERT_FALSE(byId.has_value());
        EXPECT_TRUE(byId.error().refused) << byId.error().message.toStdString();
        const auto written = Sql::exec(
            *db, QStringLiteral("INSERT INTO subgroups (camp_id, name) VALUES (?, 'Sneaked in')"), {m_otherCamp});
        ASSERT_FALSE(written.has_value());
        EXPECT_TRUE(written.error().refused) << written.error().message.toStdString();
        db->close();
    }
    QSqlDatabase::removeDatabase(connection);

    // A new role alone keeps the operator's camps.
    const Outcome viewer = run(QStringLiteral("campdesk"),
                               {QStringLiteral("team"), QStringLiteral("set-role"), scoped, QStringLiteral("--role"),
                                QStringLiteral("viewer")});
    ASSERT_EQ(viewer.code, 0) << viewer.err.toStdString();
    const Outcome stillScoped = run(scoped, {QStringLiteral("camps"), QStringLiteral("list")});
    EXPECT_EQ(stillScoped.out.count('\n'), 1) << stillScoped.out.toStdString();
}

TEST_F(TeamRolesTest, AChangeOfRoleHoldsAtOnceAndRemovalTakesEveryRight)
{
    const QString member = addOperator(QStringLiteral("member"), QStringLiteral("viewer"));
    const QStringList jielong {QStringLiteral("jielong"), QStringLiteral("-"),     QStringLiteral("--camp"),
                               QString::number(m_camp),   QStringLiteral("--day"), QStringLiteral("2")};
    const QByteArray list = "1. 丁一\n";
    EXPECT_NE(run(member, jielong, list).code, 0);
    const Outcome promoted = run(
        QStringLiteral("campdesk"),
        {QStringLiteral("team"), QStringLiteral("set-role"), member, QStringLiteral("--role"), QStringLiteral("crew")});
    ASSERT_EQ(promoted.code, 0) << promoted.err.toStdString();
    const Outcome ticked = run(member, jielong, list);
    EXPECT_EQ(ticked.code, 0) << ticked.err.toStdString();
    EXPECT_TRUE(ticked.out.contains("1 check-ins recorded")) << ticked.out.toStdString();

    // Only an owner changes the team, whatever the server would let a login do.
    const Outcome byCrew = run(member,
                               {QStringLiteral("team"), QStringLiteral("set-role"), member, QStringLiteral("--role"),
                                QStringLiteral("owner")});
    EXPECT_NE(byCrew.code, 0);
    EXPECT_TRUE(byCrew.err.contains("Only an owner")) << byCrew.err.toStdString();

    const Outcome removed = run(QStringLiteral("campdesk"), {QStringLiteral("team"), QStringLiteral("remove"), member});
    ASSERT_EQ(removed.code, 0) << removed.err.toStdString();
    const Outcome after = run(member, {QStringLiteral("camps"), QStringLiteral("list")});
    EXPECT_NE(after.code, 0) << after.out.toStdString();

    const Outcome again = run(QStringLiteral("campdesk"), {QStringLiteral("team"), QStringLiteral("remove"), member});
    EXPECT_NE(again.code, 0);
    EXPECT_TRUE(again.err.contains("not in this workspace's team")) << again.err.toStdString();
    // The workspace's owner keeps every right: it may be listed for its
    // roster entry, as owner, and nothing else.
    const Outcome demoted = run(QStringLiteral("campdesk"),
                                {QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("campdesk"),
                                 QStringLiteral("--role"), QStringLiteral("crew")});
    EXPECT_NE(demoted.code, 0);
    EXPECT_TRUE(demoted.err.contains("owns this workspace")) << demoted.err.toStdString();
    const Outcome linked
        = run(QStringLiteral("campdesk"),
              {QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("campdesk"), QStringLiteral("--role"),
               QStringLiteral("owner"), QStringLiteral("--person"), QStringLiteral("苏老师")});
    ASSERT_EQ(linked.code, 0) << linked.err.toStdString();
    // …which fills {staff} in the lines it copies.
    const Outcome lines
        = run(QStringLiteral("campdesk"), {QStringLiteral("speech"), QStringLiteral("list"), QStringLiteral("--json")});
    qint64 staffLine = 0;
    for (const QJsonValue &line :
         QJsonDocument::fromJson(lines.out).object().value(QStringLiteral("templates")).toArray()) {
        const QString body = line.toObject().value(QStringLiteral("body")).toString();
        if (body.contains(QLatin1String("{staff}")) && !body.contains(QLatin1String("{@member}")))
            staffLine = line.toObject().value(QStringLiteral("id")).toInteger();
    }
    ASSERT_GT(staffLine, 0);
    const Outcome staff
        = run(QStringLiteral("campdesk"),
              {QStringLiteral("speech"), QStringLiteral("render"), QString::number(staffLine), QStringLiteral("--camp"),
               QString::number(m_camp), QStringLiteral("--day"), QStringLiteral("1")});
    EXPECT_EQ(staff.code, 0) << staff.err.toStdString();
    EXPECT_TRUE(staff.out.contains("苏老师")) << staff.out.toStdString();
    const Outcome listed = run(QStringLiteral("campdesk"), {QStringLiteral("team"), QStringLiteral("list")});
    EXPECT_TRUE(listed.out.startsWith("campdesk\towner\tevery camp\t苏老师")) << listed.out.toStdString();

    const Outcome noPassword = run(QStringLiteral("campdesk"),
                                   {QStringLiteral("team"), QStringLiteral("add"), login(QStringLiteral("nopass")),
                                    QStringLiteral("--role"), QStringLiteral("crew")});
    EXPECT_NE(noPassword.code, 0);
    EXPECT_TRUE(noPassword.err.contains("needs a password")) << noPassword.err.toStdString();
}

// The TLS test server asks every login but the suite's own for its password
// (SCRAM). The password `team add` read from standard input is the one the
// operator signs in with, from libpq's ~/.pgpass; another is refused with a
// message saying so, and nothing is printed of either.
TEST(TeamPasswordTest, AnOperatorSignsInWithThePasswordTeamAddSetAndNoOther)
{
    if (!tlsTestServer())
        GTEST_SKIP() << noTestServer();
    TestSchema schema(*tlsTestServer());
    ASSERT_TRUE(schema.isReady()) << schema.error().toStdString();
    ASSERT_TRUE(Workspace::open(schema.address()).has_value()) << "the workspace made";
    TempDir home;
    const QString login = schema.login(QStringLiteral("yun"));
    const Outcome added = cliReading("spring rain 2027\n",
                                     {QStringLiteral("team"), QStringLiteral("add"), login, QStringLiteral("--role"),
                                      QStringLiteral("viewer"), QStringLiteral("--workspace"), schema.address()},
                                     home.path(QString()));
    ASSERT_EQ(added.code, 0) << added.err.toStdString();
    EXPECT_FALSE(added.out.contains("spring rain") || added.err.contains("spring rain")) << "never printed";

    const auto signIn = [&](const QByteArray &password) {
        QFile pgpass(home.path(QStringLiteral(".pgpass")));
        EXPECT_TRUE(pgpass.open(QIODevice::WriteOnly | QIODevice::Truncate));
        pgpass.write("*:*:*:" + login.toUtf8() + ':' + password + '\n');
        pgpass.close();
        // libpq reads a password file only when nobody else may.
        pgpass.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return cli({QStringLiteral("camps"), QStringLiteral("list"), QStringLiteral("--json"),
                    QStringLiteral("--workspace"), schema.addressAs(login)},
                   home.path(QString()));
    };
    const Outcome wrong = signIn("autumn wind");
    EXPECT_NE(wrong.code, 0) << wrong.out.toStdString();
    EXPECT_TRUE(wrong.err.contains("password")) << wrong.err.toStdString();
    EXPECT_FALSE(wrong.err.contains("autumn wind")) << wrong.err.toStdString();
    const Outcome right = signIn("spring rain 2027");
    EXPECT_EQ(right.code, 0) << right.err.toStdString();
    EXPECT_TRUE(right.out.contains("\"camps\"")) << right.out.toStdString();
}

} // namespace
