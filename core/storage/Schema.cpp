#include "core/storage/Schema.h"

#include "core/storage/MessageKeys.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QSqlError>

#include <functional>

namespace CampDesk::Schema {

namespace {

using Step = std::function<Result<void>(const QSqlDatabase &, const DataUpgrades &)>;

Result<void> run(const QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &statement : statements) {
        if (auto result = Sql::exec(db, statement); !result)
            return std::unexpected(result.error());
    }
    return {};
}

// Version 1: people, camps and the memberships between them.
Result<void> createVersion1(const QSqlDatabase &db, const DataUpgrades & /*upgrades*/)
{
    return run(db,
               {
                   QStringLiteral("CREATE TABLE workspace_settings ("
                                  " key TEXT PRIMARY KEY,"
                                  " value TEXT NOT NULL)"),
                   QStringLiteral("CREATE TABLE people ("
                                  " id INTEGER PRIMARY KEY,"
                                  " display_name TEXT NOT NULL,"
                                  " notes TEXT NOT NULL DEFAULT '')"),
                   QStringLiteral("CREATE TABLE camps ("
                                  " id INTEGER PRIMARY KEY,"
                                  " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                                  " theme TEXT NOT NULL DEFAULT '',"
                                  " description TEXT NOT NULL DEFAULT '',"
                                  " preparation_start TEXT,"
                                  " course_start TEXT NOT NULL,"
                                  " course_end TEXT NOT NULL,"
                                  " wrap_up_end TEXT,"
                                  " target_members INTEGER NOT NULL DEFAULT 0 CHECK (target_members >= 0),"
                                  " target_active_rate REAL NOT NULL DEFAULT 30,"
                                  " target_checkin_rate REAL NOT NULL DEFAULT 80,"
                                  " group_rules TEXT NOT NULL DEFAULT '',"
                                  " faq TEXT NOT NULL DEFAULT '',"
                                  " CHECK (course_end >= course_start))"),
                   QStringLiteral("CREATE TABLE memberships ("
                                  " id INTEGER PRIMARY KEY,"
                                  " camp_id INTEGER NOT NULL REFERENCES camps(id) ON DELETE CASCADE,"
                                  " person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,"
                                  " role TEXT NOT NULL,"
                                  " joined_on TEXT,"
                                  " left_on TEXT,"
                                  " UNIQUE (camp_id, person_id))"),
                   QStringLiteral("CREATE INDEX memberships_person ON memberships(person_id)"),
               });
}

// Version 2: the camp plan (activities), user plan templates, camp time zones.
Result<void> createVersion2(const QSqlDatabase &db, const DataUpgrades & /*upgrades*/)
{
    return run(db,
               {
                   QStringLiteral("ALTER TABLE camps ADD COLUMN time_zone TEXT NOT NULL DEFAULT ''"),
                   QStringLiteral("CREATE TABLE activities ("
                                  " id INTEGER PRIMARY KEY,"
                                  " camp_id INTEGER NOT NULL REFERENCES camps(id) ON DELETE CASCADE,"
                                  " type TEXT NOT NULL,"
                                  " title TEXT NOT NULL,"
                                  " starts_at TEXT NOT NULL,"
                                  " ends_at TEXT NOT NULL,"
                                  " owner_membership_id INTEGER REFERENCES memberships(id) ON DELETE SET NULL,"
                                  " subgroup_id INTEGER,"
                                  " status TEXT NOT NULL DEFAULT 'planned',"
                                  " notes TEXT NOT NULL DEFAULT '',"
                                  " checklist TEXT NOT NULL DEFAULT '[]',"
                                  " template_key TEXT NOT NULL DEFAULT '',"
                                  " CHECK (ends_at >= starts_at))"),
                   QStringLiteral("CREATE INDEX activities_camp_start ON activities(camp_id, starts_at)"),
                   QStringLiteral("CREATE INDEX activities_owner ON activities(owner_membership_id)"),
                   QStringLiteral("CREATE TABLE plan_templates ("
                                  " id INTEGER PRIMARY KEY,"
                                  " name TEXT NOT NULL UNIQUE,"
                                  " definition TEXT NOT NULL)"),
               });
}

// Version 3: the speech library (话术库), its use log, camp variables for
// placeholders, the camp's watch list and templates linked from activities.
Result<void> createVersion3(const QSqlDatabase &db, const DataUpgrades & /*upgrades*/)
{
    return run(db,
               {
                   QStringLiteral("ALTER TABLE camps ADD COLUMN watch_words TEXT NOT NULL DEFAULT ''"),
                   QStringLiteral("CREATE TABLE speech_templates ("
                                  " id INTEGER PRIMARY KEY,"
                                  " title TEXT NOT NULL,"
                                  " category TEXT NOT NULL,"
                                  " body TEXT NOT NULL,"
                                  " tags TEXT NOT NULL DEFAULT '',"
                                  " favourite INTEGER NOT NULL DEFAULT 0,"
                                  " camp_id INTEGER REFERENCES camps(id) ON DELETE CASCADE)"),
                   QStringLiteral("CREATE INDEX speech_templates_category ON speech_templates(category)"),
                   QStringLiteral("CREATE TABLE speech_uses ("
                                  " id INTEGER PRIMARY KEY,"
                                  " template_id INTEGER NOT NULL REFERENCES speech_templates(id) ON DELETE CASCADE,"
                                  " camp_id INTEGER REFERENCES camps(id) ON DELETE CASCADE,"
                                  " course_day INTEGER NOT NULL DEFAULT 0,"
                                  " activity_id INTEGER REFERENCES activities(id) ON DELETE SET NULL,"
                                  " used_at TEXT NOT NULL)"),
                   QStringLiteral("CREATE INDEX speech_uses_template ON speech_uses(template_id, used_at)"),
                   QStringLiteral("CREATE INDEX speech_uses_camp ON speech_uses(camp_id, used_at)"),
                   QStringLiteral("CREATE TABLE camp_variables ("
                                  " id INTEGER PRIMARY KEY,"
                                  " camp_id INTEGER NOT NULL REFERENCES camps(id) ON DELETE CASCADE,"
                                  " name TEXT NOT NULL,"
                                  " course_day INTEGER NOT NULL DEFAULT 0,"
                                  " value TEXT NOT NULL,"
                                  " UNIQUE (camp_id, name, course_day))"),
                   QStringLiteral("ALTER TABLE activities ADD COLUMN speech_template_id INTEGER"
                                  " REFERENCES speech_templates(id) ON DELETE SET NULL"),
               });
}

// Version 4: rosters — people's contact details and chat ids, the camp
// membership's title, group nickname, subgroup, self-introduction and status,
// subgroups, the violation ledger, and the camp's nickname standard and
// warning policy.
Result<void> createVersion4(const QSqlDatabase &db, const DataUpgrades & /*upgrades*/)
{
    return run(db,
               {
                   QStringLiteral("ALTER TABLE people ADD COLUMN city TEXT NOT NULL DEFAULT ''"),
                   QStringLiteral("ALTER TABLE people ADD COLUMN occupation TEXT NOT NULL DEFAULT ''"),
                   QStringLiteral("ALTER TABLE people ADD COLUMN phone TEXT NOT NULL DEFAULT ''"),
                   QStringLiteral("ALTER TABLE people ADD COLUMN tags TEXT NOT NULL DEFAULT ''"),
                   QStringLiteral("CREATE TABLE person_chat_ids ("
                                  " id INTEGER PRIMARY KEY,"
                                  " person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,"
                                  " platform TEXT NOT NULL,"
                                  " chat_id TEXT NOT NULL,"
                                  " UNIQUE (platform, chat_id))"),
                   QStringLiteral("CREATE INDEX person_chat_ids_person ON person_chat_ids(person_id)"),
                   QStringLiteral("CREATE TABLE subgroups ("
                                  " id INTEGER PRIMARY KEY,"
                                  " camp_id INTEGER NOT NULL REFERENCES camps(id) ON DELETE CASCADE,"
                                  " name TEXT NOT NULL,"
                                  " color TEXT NOT NULL DEFAULT '',"
                                  " leader_membership_id INTEGER,"
                                  " UNIQUE (camp_id, name))"),
                   QStringLiteral("ALTER TABLE memberships ADD COLUMN title TEXT NOT NULL DEFAULT ''"),
                   QStringLiteral("ALTER TABLE memberships ADD COLUMN group_nickname TEXT NOT NULL DEFAULT ''"),
                   QStringLiteral("ALTER TABLE memberships ADD COLUMN subgroup_id INTEGER"
                                  " REFERENCES subgroups(id) ON DELETE SET NULL"),
                   QStringLiteral("ALTER TABLE memberships ADD COLUMN intro_basics TEXT NOT NULL DEFAULT ''"),
                   QStringLiteral("ALTER TABLE memberships ADD COLUMN intro_sentence TEXT NOT NULL DEFAULT ''"),
                   QStringLiteral("ALTER TABLE memberships ADD COLUMN intro_reason TEXT NOT NULL DEFAULT ''"),
                   QStringLiteral("ALTER TABLE memberships ADD COLUMN intro_proudest TEXT NOT NULL DEFAULT ''"),
                   QStringLiteral("ALTER TABLE memberships ADD COLUMN status TEXT NOT NULL DEFAULT 'active'"),
                   QStringLiteral("CREATE TABLE violations ("
                                  " id INTEGER PRIMARY KEY,"
                                  " person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,"
                                  " camp_id INTEGER REFERENCES camps(id) ON DELETE CASCADE,"
                                  " occurred_on TEXT NOT NULL,"
                                  " rule TEXT NOT NULL,"
                                  " evidence TEXT NOT NULL DEFAULT '',"
                                  " action TEXT NOT NULL)"),
                   QStringLiteral("CREATE INDEX violations_person ON violations(person_id)"),
                   QStringLiteral("ALTER TABLE camps ADD COLUMN nickname_pattern TEXT NOT NULL DEFAULT ''"),
                   QStringLiteral("ALTER TABLE camps ADD COLUMN warnings_before_removal INTEGER NOT NULL DEFAULT 1"),
               });
}

// Version 5: participation — chat imports, the chat identities met in them
// and their mapping to people, messages (de-duplicated by a source key),
// check-ins, per-member per-day aggregates for the charts, and names learnt
// from manual 接龙 matches.
Result<void> createVersion5(const QSqlDatabase &db, const DataUpgrades & /*upgrades*/)
{
    return run(
        db,
        {
            QStringLiteral("CREATE TABLE chat_imports ("
                           " id INTEGER PRIMARY KEY,"
                           " camp_id INTEGER NOT NULL REFERENCES camps(id) ON DELETE CASCADE,"
                           " file_name TEXT NOT NULL,"
                           " format TEXT NOT NULL,"
                           " encoding TEXT NOT NULL,"
                           " imported_at TEXT NOT NULL,"
                           " messages_added INTEGER NOT NULL DEFAULT 0,"
                           " duplicates INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX chat_imports_camp ON chat_imports(camp_id)"),
            QStringLiteral("CREATE TABLE chat_identities ("
                           " id INTEGER PRIMARY KEY,"
                           " camp_id INTEGER NOT NULL REFERENCES camps(id) ON DELETE CASCADE,"
                           " platform TEXT NOT NULL,"
                           " chat_key TEXT NOT NULL,"
                           " display_name TEXT NOT NULL,"
                           " person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,"
                           " is_staff INTEGER NOT NULL DEFAULT 0,"
                           " UNIQUE (camp_id, platform, chat_key))"),
            QStringLiteral("CREATE INDEX chat_identities_person ON chat_identities(person_id)"),
            QStringLiteral("CREATE TABLE chat_messages ("
                           " id INTEGER PRIMARY KEY,"
                           " camp_id INTEGER NOT NULL REFERENCES camps(id) ON DELETE CASCADE,"
                           " import_id INTEGER NOT NULL REFERENCES chat_imports(id) ON DELETE CASCADE,"
                           " identity_id INTEGER REFERENCES chat_identities(id) ON DELETE CASCADE,"
                           " sent_at INTEGER NOT NULL,"
                           " day TEXT NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " body TEXT NOT NULL,"
                           " source_key INTEGER NOT NULL)"),
            QStringLiteral("CREATE UNIQUE INDEX chat_messages_source ON chat_messages(camp_id, source_key)"),
            QStringLiteral("CREATE INDEX chat_messages_identity ON chat_messages(identity_id, day)"),
            QStringLiteral("CREATE TABLE check_ins ("
                           " id INTEGER PRIMARY KEY,"
                           " camp_id INTEGER NOT NULL REFERENCES camps(id) ON DELETE CASCADE,"
                           " person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,"
                           " day TEXT NOT NULL,"
                           " activity_id INTEGER REFERENCES activities(id) ON DELETE CASCADE,"
                           " source TEXT NOT NULL,"
                           " note TEXT NOT NULL DEFAULT '',"
                           " import_id INTEGER REFERENCES chat_imports(id) ON DELETE CASCADE)"),
            QStringLiteral(
                "CREATE UNIQUE INDEX check_ins_unique ON check_ins(camp_id, person_id, day, ifnull(activity_id, 0))"),
            QStringLiteral("CREATE TABLE member_day_stats ("
                           " camp_id INTEGER NOT NULL REFERENCES camps(id) ON DELETE CASCADE,"
                           " person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,"
                           " day TEXT NOT NULL,"
                           " messages INTEGER NOT NULL DEFAULT 0,"
                           " check_ins INTEGER NOT NULL DEFAULT 0,"
                           " first_at INTEGER,"
                           " last_at INTEGER,"
                           " PRIMARY KEY (camp_id, person_id, day)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE name_aliases ("
                           " camp_id INTEGER NOT NULL REFERENCES camps(id) ON DELETE CASCADE,"
                           " alias TEXT NOT NULL,"
                           " person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,"
                           " PRIMARY KEY (camp_id, alias)) WITHOUT ROWID"),
        });
}

// Version 6: reviews. Per-day aggregates become one packed row per member
// (MemberDayCodec), activities keep their participation per member for the
// review figures (a cache keyed by the activity's window and the camp's
// participation revision), post-activity reviews (复盘) keep a frozen
// snapshot with their notes, and sharing sessions name their speaker.
Result<void> createVersion6(const QSqlDatabase &db, const DataUpgrades &upgrades)
{
    if (auto created = run(db,
                           {
                               QStringLiteral("CREATE TABLE member_stats ("
                                              " camp_id INTEGER NOT NULL REFERENCES camps(id) ON DELETE CASCADE,"
                                              " person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,"
                                              " days BLOB NOT NULL,"
                                              " PRIMARY KEY (camp_id, person_id)) WITHOUT ROWID"),
                               QStringLiteral("CREATE INDEX member_stats_person ON member_stats(person_id)"),
                           });
        !created)
        return created;

    // The packed format is capture's (MemberDayCodec).
    if (!upgrades.packMemberDays)
        return fail(QCoreApplication::translate("Schema", "no step packs the per-day figures"));
    if (auto packed = upgrades.packMemberDays(db); !packed)
        return packed;

    return run(db,
               {
                   QStringLiteral("DROP TABLE member_day_stats"),
                   QStringLiteral("ALTER TABLE camps ADD COLUMN activity_tail_minutes INTEGER NOT NULL DEFAULT 60"
                                  " CHECK (activity_tail_minutes BETWEEN 0 AND 1440)"),
                   QStringLiteral("ALTER TABLE camps ADD COLUMN silent_after_days INTEGER NOT NULL DEFAULT 3"
                                  " CHECK (silent_after_days BETWEEN 1 AND 365)"),
                   QStringLiteral("ALTER TABLE camps ADD COLUMN participation_revision INTEGER NOT NULL DEFAULT 0"),
                   QStringLiteral("ALTER TABLE activities ADD COLUMN speaker_membership_id INTEGER"
                                  " REFERENCES memberships(id) ON DELETE SET NULL"),
                   QStringLiteral("CREATE TABLE activity_stats ("
                                  " activity_id INTEGER PRIMARY KEY REFERENCES activities(id) ON DELETE CASCADE,"
                                  " camp_id INTEGER NOT NULL REFERENCES camps(id) ON DELETE CASCADE,"
                                  " window_start INTEGER NOT NULL,"
                                  " window_end INTEGER NOT NULL,"
                                  " revision INTEGER NOT NULL,"
                                  " people BLOB NOT NULL)"),
                   QStringLiteral("CREATE INDEX activity_stats_camp ON activity_stats(camp_id)"),
                   QStringLiteral("CREATE TABLE activity_reviews ("
                                  " id INTEGER PRIMARY KEY,"
                                  " camp_id INTEGER NOT NULL REFERENCES camps(id) ON DELETE CASCADE,"
                                  " activity_id INTEGER REFERENCES activities(id) ON DELETE SET NULL,"
                                  " activity_title TEXT NOT NULL,"
                                  " activity_type TEXT NOT NULL,"
                                  " activity_start TEXT NOT NULL,"
                                  " created_at TEXT NOT NULL,"
                                  " updated_at TEXT NOT NULL,"
                                  " snapshot TEXT NOT NULL,"
                                  " went_well TEXT NOT NULL DEFAULT '',"
                                  " to_improve TEXT NOT NULL DEFAULT '',"
                                  " actions TEXT NOT NULL DEFAULT '')"),
                   QStringLiteral("CREATE INDEX activity_reviews_camp ON activity_reviews(camp_id, activity_start)"),
                   QStringLiteral("CREATE INDEX check_ins_activity ON check_ins(camp_id, activity_id, person_id)"
                                  " WHERE activity_id IS NOT NULL"),
               });
}

// Version 7: trustworthy imports. Identities keep every name they had and
// know the exporting account; message keys become time-ordered (two old
// keys that now meet are told apart as a new import tells apart two
// messages whose keys meet); the per-day figures are rebuilt from the
// messages, which repairs those an out-of-range date damaged; each
// identity's posting minutes are kept for the activity windows.
Result<void> createVersion7(const QSqlDatabase &db, const DataUpgrades &upgrades)
{
    if (auto created
        = run(db,
              {
                  QStringLiteral("ALTER TABLE chat_identities ADD COLUMN is_self INTEGER NOT NULL DEFAULT 0"),
                  QStringLiteral("CREATE TABLE chat_identity_names ("
                                 " identity_id INTEGER NOT NULL REFERENCES chat_identities(id) ON DELETE CASCADE,"
                                 " name TEXT NOT NULL,"
                                 // The import that first showed the name: undoing it takes the name back.
                                 " import_id INTEGER REFERENCES chat_imports(id) ON DELETE CASCADE,"
                                 " PRIMARY KEY (identity_id, name)) WITHOUT ROWID"),
                  QStringLiteral("INSERT INTO chat_identity_names (identity_id, name)"
                                 " SELECT id, display_name FROM chat_identities WHERE display_name <> ''"),
                  // The minutes each identity posted in (MessageMinutes), for activity windows.
                  QStringLiteral("CREATE TABLE identity_minutes ("
                                 " identity_id INTEGER NOT NULL REFERENCES chat_identities(id) ON DELETE CASCADE,"
                                 " import_id INTEGER NOT NULL REFERENCES chat_imports(id) ON DELETE CASCADE,"
                                 " part INTEGER NOT NULL,"
                                 " camp_id INTEGER NOT NULL REFERENCES camps(id) ON DELETE CASCADE,"
                                 " minutes BLOB NOT NULL,"
                                 " PRIMARY KEY (identity_id, import_id, part))"),
                  QStringLiteral("CREATE INDEX identity_minutes_camp ON identity_minutes(camp_id)"),
                  // Every WeChat format names the exporting account 我 (WeChatParser).
                  QStringLiteral(
                      "UPDATE chat_identities SET is_self = 1 WHERE platform = 'wechat' AND chat_key = 'name:我'"),
                  // MessageKeys::timeOrdered, in SQL; keys that meet are told apart
                  // under a plain index before the unique one is built again.
                  QStringLiteral("DROP INDEX chat_messages_source"),
                  QStringLiteral("UPDATE chat_messages SET source_key ="
                                 " (max(min(sent_at, 4294967295), -4294967296) << 31) | (source_key & 2147483647)"),
                  QStringLiteral("CREATE INDEX chat_messages_source ON chat_messages(camp_id, source_key)"),
              });
        !created)
        return created;
    if (auto separated = MessageKeys::separateCollisions(db); !separated)
        return separated;
    if (auto indexed
        = run(db,
              {QStringLiteral("DROP INDEX chat_messages_source"),
               QStringLiteral("CREATE UNIQUE INDEX chat_messages_source ON chat_messages(camp_id, source_key)")});
        !indexed)
        return indexed;
    auto camps = Sql::exec(db, QStringLiteral("SELECT id FROM camps"));
    if (!camps)
        return std::unexpected(camps.error());
    QList<qint64> campIds;
    while (camps->next())
        campIds.append(camps->value(0).toLongLong());
    if (!upgrades.rebuildCamp)
        return fail(QCoreApplication::translate("Schema", "no step rebuilds the camps' figures"));
    for (qint64 campId : std::as_const(campIds)) {
        if (auto rebuilt = upgrades.rebuildCamp(db, campId); !rebuilt)
            return rebuilt;
    }
    return {};
}

// Version 8: a sender's messages are found by the sender alone. The day
// beside it in chat_messages_identity served no query (every reader of a
// sender's messages reads their kind and time from the row as well), yet
// it doubled the index: for a million messages 24 MB rather than 12, kept
// up by every import.
Result<void> createVersion8(const QSqlDatabase &db, const DataUpgrades & /*upgrades*/)
{
    return run(db,
               {
                   QStringLiteral("DROP INDEX chat_messages_identity"),
                   QStringLiteral("CREATE INDEX chat_messages_identity ON chat_messages(identity_id)"),
               });
}

const QList<Step> &steps()
{
    static const QList<Step> all = {
        createVersion1, createVersion2, createVersion3, createVersion4,
        createVersion5, createVersion6, createVersion7, createVersion8,
    };
    return all;
}

} // namespace

int latestVersion()
{
    return int(steps().size());
}

Result<void> migrate(const QSqlDatabase &db, int fromVersion, const DataUpgrades &upgrades)
{
    if (fromVersion < 0)
        return fail(
            QCoreApplication::translate("Schema", "The workspace's schema version %1 is not one CampDesk ever wrote.")
                .arg(fromVersion));
    if (fromVersion >= latestVersion())
        return {};
    // One transaction for every step: a step that fails leaves the file at
    // the version it was opened at, never somewhere in between.
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    for (int version = fromVersion + 1; version <= latestVersion(); ++version) {
        if (auto applied = steps().at(version - 1)(db, upgrades); !applied) {
            return fail(QCoreApplication::translate("Schema", "Upgrading the workspace to version %1 failed: %2")
                            .arg(version)
                            .arg(applied.error().message));
        }
        // PRAGMA arguments cannot be bound; both numbers are ours, not input.
        if (auto stamped = Sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version)); !stamped)
            return std::unexpected(stamped.error());
    }
    return transaction.commit();
}

namespace {

// What verify() compares: each table's columns and each index, as text.
struct Shape {
    QMap<QString, QStringList> tables; // table → "name type [NOT NULL] [DEFAULT x] [PK n]" per column
    QMap<QString, QString> indexes; // index → "table(columns) [UNIQUE] [PARTIAL]"
    QStringList others; // triggers and views
};

Result<Shape> shapeOf(const QSqlDatabase &db)
{
    Shape shape;
    auto objects = Sql::exec(db,
                             QStringLiteral("SELECT type, name, tbl_name FROM sqlite_master"
                                            " WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"));
    if (!objects)
        return std::unexpected(objects.error());
    QStringList tables;
    while (objects->next()) {
        const QString type = objects->value(0).toString();
        const QString name = objects->value(1).toString();
        if (type == QLatin1String("table"))
            tables.append(name);
        else if (type == QLatin1String("index"))
            shape.indexes.insert(name, objects->value(2).toString());
        else
            shape.others.append(QStringLiteral("%1 %2").arg(type, name));
    }
    for (const QString &table : std::as_const(tables)) {
        auto columns = Sql::exec(db,
                                 QStringLiteral("SELECT name, type, \"notnull\", ifnull(dflt_value, ''), pk"
                                                " FROM pragma_table_info(?) ORDER BY cid"),
                                 {table});
        if (!columns)
            return std::unexpected(columns.error());
        QStringList described;
        while (columns->next()) {
            QString column = columns->value(0).toString() + u' ' + columns->value(1).toString().toUpper();
            if (columns->value(2).toBool())
                column += QStringLiteral(" NOT NULL");
            if (!columns->value(3).toString().isEmpty())
                column += QStringLiteral(" DEFAULT ") + columns->value(3).toString();
            if (columns->value(4).toInt() > 0)
                column += QStringLiteral(" PK %1").arg(columns->value(4).toInt());
            described.append(column);
        }
        shape.tables.insert(table, described);
        auto indexes
            = Sql::exec(db, QStringLiteral("SELECT name, \"unique\", partial FROM pragma_index_list(?)"), {table});
        if (!indexes)
            return std::unexpected(indexes.error());
        while (indexes->next()) {
            const QString index = indexes->value(0).toString();
            auto keys = Sql::exec(
                db, QStringLiteral("SELECT ifnull(name, '<expression>') FROM pragma_index_info(?) ORDER BY seqno"),
                {index});
            if (!keys)
                return std::unexpected(keys.error());
            QStringList names;
            while (keys->next())
                names.append(keys->value(0).toString());
            QString text = QStringLiteral("%1(%2)").arg(table, names.join(QStringLiteral(", ")));
            if (indexes->value(1).toBool())
                text += QStringLiteral(" UNIQUE");
            if (indexes->value(2).toBool())
                text += QStringLiteral(" PARTIAL");
            shape.indexes.insert(index, text);
        }
    }
    return shape;
}

// The shape CampDesk's own steps give at `version`, built once in memory.
Result<Shape> expectedShape(int version)
{
    static QMutex mutex;
    static QHash<int, Shape> shapes;
    const QMutexLocker locker(&mutex);
    if (const auto found = shapes.constFind(version); found != shapes.constEnd())
        return *found;
    static QAtomicInteger<quint32> counter;
    const QString name = QStringLiteral("campdesk-schema-%1").arg(counter.fetchAndAddRelaxed(1));
    Result<Shape> shape;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open()) {
            shape = fail(db.lastError().text());
        } else {
            // An empty database has no data in a feature's format to rebuild.
            const DataUpgrades nothingToRebuild {
                .packMemberDays = [](const QSqlDatabase &) -> Result<void> { return {}; },
                .rebuildCamp = [](const QSqlDatabase &, qint64) -> Result<void> { return {}; },
            };
            for (int step = 1; step <= version && shape; ++step) {
                if (auto applied = steps().at(step - 1)(db, nothingToRebuild); !applied)
                    shape = std::unexpected(applied.error());
            }
            if (shape)
                shape = shapeOf(db);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (shape)
        shapes.insert(version, *shape);
    return shape;
}

QString firstDifference(const Shape &found, const Shape &expected)
{
    if (!found.others.isEmpty()) {
        const QString &other = found.others.first();
        const QString name = other.section(u' ', 1);
        return other.startsWith(QLatin1String("trigger "))
            ? QCoreApplication::translate("Schema", "it has a trigger %1, which CampDesk never writes").arg(name)
            : QCoreApplication::translate("Schema", "it has a view %1, which CampDesk never writes").arg(name);
    }
    for (auto it = expected.tables.cbegin(); it != expected.tables.cend(); ++it) {
        const auto table = found.tables.constFind(it.key());
        if (table == found.tables.constEnd())
            return QCoreApplication::translate("Schema", "the table %1 is missing").arg(it.key());
        for (const QString &column : it.value()) {
            if (!table->contains(column))
                return QCoreApplication::translate("Schema", "the table %1 lacks the column “%2”")
                    .arg(it.key(), column);
        }
        for (const QString &column : *table) {
            if (!it->contains(column))
                return QCoreApplication::translate("Schema",
                                                   "the table %1 has a column “%2” that CampDesk does not write")
                    .arg(it.key(), column);
        }
    }
    for (auto it = found.tables.cbegin(); it != found.tables.cend(); ++it) {
        if (!expected.tables.contains(it.key()))
            return QCoreApplication::translate("Schema", "it has a table %1 that CampDesk does not write")
                .arg(it.key());
    }
    for (auto it = expected.indexes.cbegin(); it != expected.indexes.cend(); ++it) {
        if (found.indexes.value(it.key()) != it.value())
            return found.indexes.contains(it.key())
                ? QCoreApplication::translate("Schema", "the index %1 is not CampDesk's").arg(it.key())
                : QCoreApplication::translate("Schema", "the index %1 is missing").arg(it.key());
    }
    for (auto it = found.indexes.cbegin(); it != found.indexes.cend(); ++it) {
        if (!expected.indexes.contains(it.key()))
            return QCoreApplication::translate("Schema", "it has an index %1 that CampDesk does not write")
                .arg(it.key());
    }
    return {};
}

} // namespace

Result<QString> difference(const QSqlDatabase &db, int version)
{
    auto expected = expectedShape(version);
    if (!expected)
        return std::unexpected(expected.error());
    auto found = shapeOf(db);
    if (!found)
        return std::unexpected(found.error());
    return firstDifference(*found, *expected);
}

QList<CampTable> campTables()
{
    return {
        {QStringLiteral("camps"), QStringLiteral("id = ?")},
        {QStringLiteral("subgroups"), QStringLiteral("camp_id = ?")},
        {QStringLiteral("memberships"), QStringLiteral("camp_id = ?")},
        {QStringLiteral("speech_templates"), QStringLiteral("camp_id = ?")},
        {QStringLiteral("activities"), QStringLiteral("camp_id = ?")},
        {QStringLiteral("speech_uses"), QStringLiteral("camp_id = ?")},
        {QStringLiteral("camp_variables"), QStringLiteral("camp_id = ?")},
        {QStringLiteral("violations"), QStringLiteral("camp_id = ?")},
        {QStringLiteral("chat_imports"), QStringLiteral("camp_id = ?")},
        {QStringLiteral("chat_identities"), QStringLiteral("camp_id = ?")},
        {QStringLiteral("chat_identity_names"),
         QStringLiteral("identity_id IN (SELECT id FROM chat_identities WHERE camp_id = ?)")},
        {QStringLiteral("identity_minutes"), QStringLiteral("camp_id = ?")},
        {QStringLiteral("chat_messages"), QStringLiteral("camp_id = ?")},
        {QStringLiteral("check_ins"), QStringLiteral("camp_id = ?")},
        {QStringLiteral("member_stats"), QStringLiteral("camp_id = ?")},
        {QStringLiteral("activity_stats"), QStringLiteral("camp_id = ?")},
        {QStringLiteral("activity_reviews"), QStringLiteral("camp_id = ?")},
        {QStringLiteral("name_aliases"), QStringLiteral("camp_id = ?")},
    };
}

} // namespace CampDesk::Schema
