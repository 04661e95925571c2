#include "core/capture/SqlParticipationRepository.h"

#include "core/capture/MemberDayCodec.h"
#include "core/capture/MessageMinutes.h"
#include "core/capture/NameIndex.h"
#include "core/storage/BusyRetry.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Statement.h"
#include "core/storage/Transaction.h"

#include <QDeadlineTimer>
#include <QSet>
#include <QThread>

namespace CampDesk {

namespace {

QString dayText(QDate day)
{
    return day.toString(Qt::ISODate);
}

std::optional<CheckInSource> sourceFromKey(const QString &key)
{
    for (CheckInSource source : {CheckInSource::Manual, CheckInSource::Jielong, CheckInSource::Chat}) {
        if (ParticipationRepository::sourceKey(source) == key)
            return source;
    }
    return std::nullopt;
}

// Only a member's own posts count as messages; events and recalls never do.
const QString countedKinds = QStringLiteral("('text', 'media', 'checkin')");

QString personFilter(const QList<qint64> &personIds, const QString &column, QVariantList &values)
{
    if (personIds.isEmpty())
        return {};
    QStringList marks;
    for (qint64 id : personIds) {
        marks.append(QStringLiteral("?"));
        values.append(id);
    }
    return QStringLiteral(" AND %1 IN (%2)").arg(column, marks.join(u','));
}

// The condition on a message's camp when the messages of `people` people
// are read (0: everyone's). In a file a few people's messages are found
// through their identities (chat_identities_person, then
// chat_messages_identity) rather than by reading the whole camp's: SQLite,
// which keeps no statistics here, would take the camp's index instead,
// about 0.3 s a person in a camp of a million messages rather than a few
// milliseconds. The unary plus keeps the column off its index. On the
// bench camp the identities' way stays the faster up to about a thousand
// of its 5,000 people (1.3 s against 1.7 s); beyond, the camp is read in
// its order. A server's planner has statistics (a push analyses every
// table) and chooses for itself.
QString messagesOfCamp(const QSqlDatabase &db, qsizetype people)
{
    constexpr qsizetype FewPeople = 1000;
    const bool throughIdentities = Sql::isSqlite(db) && people > 0 && people <= FewPeople;
    return throughIdentities ? QStringLiteral("+m.camp_id = ?") : QStringLiteral("m.camp_id = ?");
}

} // namespace

SqlParticipationRepository::SqlParticipationRepository(const QSqlDatabase &db)
    : m_db(db)
{
}

namespace {

ChatIdentity identityFromRow(const QSqlQuery &query)
{
    ChatIdentity identity;
    identity.id = query.value(0).toLongLong();
    identity.campId = query.value(1).toLongLong();
    identity.platform = query.value(2).toString();
    identity.chatKey = query.value(3).toString();
    identity.displayName = query.value(4).toString();
    identity.personId = query.value(5).toLongLong();
    identity.staff = query.value(6).toBool();
    identity.self = query.value(7).toBool();
    return identity;
}

} // namespace

Result<QList<ChatIdentity>> SqlParticipationRepository::identitiesOf(qint64 campId, const QString &platform) const
{
    return Sql::collect<ChatIdentity>(
        Sql::exec(m_db,
                  QStringLiteral("SELECT id, camp_id, platform, chat_key, display_name, person_id, is_staff, is_self"
                                 " FROM chat_identities WHERE camp_id = ? AND platform = ?"),
                  {campId, platform}),
        identityFromRow);
}

Result<ChatIdentity> SqlParticipationRepository::identity(qint64 identityId) const
{
    auto row = Sql::exec(m_db,
                         QStringLiteral("SELECT id, camp_id, platform, chat_key, display_name, person_id, is_staff,"
                                        " is_self FROM chat_identities WHERE id = ?"),
                         {identityId});
    if (!row)
        return std::unexpected(row.error());
    if (!row->next())
        return failMissing(tr("The chat identity no longer exists."));
    return identityFromRow(*row);
}

Result<QList<ChatIdentity>> SqlParticipationRepository::identities(qint64 campId) const
{
    auto identities = Sql::collect<ChatIdentity>(
        Sql::exec(m_db,
                  QStringLiteral("SELECT id, camp_id, platform, chat_key, display_name, person_id, is_staff, is_self"
                                 " FROM chat_identities WHERE camp_id = ? ORDER BY platform, display_name, id"),
                  {campId}),
        identityFromRow);
    if (!identities || identities->isEmpty())
        return identities;
    // On SQLite, one pass over the table in storage order: a COUNT per
    // identity through the identity index fetched each message's row at
    // random, which took minutes for a million messages; the pass takes
    // about 0.3 s. A server's planner counts the same in one hash aggregate.
    QHash<qint64, int> counts;
    counts.reserve(identities->size());
    Statement count(m_db,
                    Sql::isSqlite(m_db)
                        ? "SELECT identity_id, 1 FROM chat_messages NOT INDEXED"
                          " WHERE camp_id = ? AND kind IN ('text', 'media', 'checkin') AND identity_id IS NOT NULL"
                        : "SELECT identity_id, count(*) FROM chat_messages"
                          " WHERE camp_id = ? AND kind IN ('text', 'media', 'checkin') AND identity_id IS NOT NULL"
                          " GROUP BY identity_id");
    if (!count.isValid())
        return fail(count.error());
    count.bind(1, campId);
    if (auto counted = count.forEachRow([&]() -> Result<void> {
            counts[count.int64At(0)] += int(count.int64At(1));
            return {};
        });
        !counted)
        return std::unexpected(counted.error());
    auto names = Sql::exec(m_db,
                           QStringLiteral("SELECT n.identity_id, n.name FROM chat_identity_names n"
                                          " JOIN chat_identities i ON i.id = n.identity_id WHERE i.camp_id = ?"
                                          " ORDER BY n.identity_id, n.name"),
                           {campId});
    if (!names)
        return std::unexpected(names.error());
    QHash<qint64, QStringList> namesOf;
    while (names->next())
        namesOf[names->value(0).toLongLong()].append(names->value(1).toString());
    for (ChatIdentity &identity : *identities) {
        identity.messages = counts.value(identity.id);
        identity.names = namesOf.value(identity.id);
        if (identity.names.isEmpty() && !identity.displayName.isEmpty())
            identity.names = {identity.displayName};
    }
    return identities;
}

Result<void> SqlParticipationRepository::mapIdentity(qint64 identityId, qint64 personId)
{
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    // The camp first, to lock it; the identity's member after, as it is
    // once no other writer of the camp is in the middle of its change.
    const auto camp
        = Sql::scalar(m_db, QStringLiteral("SELECT camp_id FROM chat_identities WHERE id = ?"), {identityId});
    if (camp.has_value()) {
        if (auto locked = lockCamp(*camp); !locked)
            return locked;
    }
    auto row
        = Sql::exec(m_db, QStringLiteral("SELECT camp_id, person_id FROM chat_identities WHERE id = ?"), {identityId});
    if (!row)
        return std::unexpected(row.error());
    if (!row->next())
        return fail(tr("The chat identity no longer exists."));
    const qint64 campId = row->value(0).toLongLong();
    const qint64 previous = row->value(1).toLongLong();
    if (auto updated = Sql::exec(m_db, QStringLiteral("UPDATE chat_identities SET person_id = ? WHERE id = ?"),
                                 {Sql::idOrNull(personId), identityId});
        !updated)
        return std::unexpected(updated.error());
    QList<qint64> touched;
    for (qint64 id : {previous, personId}) {
        if (id > 0)
            touched.append(id);
    }
    if (!touched.isEmpty()) {
        if (auto moved = moveChatCheckIns(campId, identityId, previous, personId); !moved)
            return moved;
        if (auto refreshed = refreshStats(campId, touched); !refreshed)
            return refreshed;
    }
    if (auto bumped = bumpRevision(campId); !bumped)
        return bumped;
    return transaction.commit();
}

Result<void> SqlParticipationRepository::setStaff(qint64 identityId, bool staff)
{
    auto updated = Sql::exec(m_db, QStringLiteral("UPDATE chat_identities SET is_staff = ? WHERE id = ?"),
                             {staff ? 1 : 0, identityId});
    if (!updated)
        return std::unexpected(updated.error());
    return {};
}

Result<void> SqlParticipationRepository::restoreIdentity(const ChatIdentity &identity)
{
    auto restored = Sql::exec(m_db,
                              QStringLiteral("UPDATE chat_identities SET display_name = ?, person_id = ?, is_staff = ?,"
                                             " is_self = ? WHERE id = ?"),
                              {identity.displayName, Sql::idOrNull(identity.personId), identity.staff ? 1 : 0,
                               identity.self ? 1 : 0, identity.id});
    if (!restored)
        return std::unexpected(restored.error());
    return {};
}

namespace {

CheckIn checkInFrom(const QSqlQuery &query)
{
    return CheckIn {
        query.value(0).toLongLong(), QDate::fromString(query.value(1).toString(), Qt::ISODate),
        query.value(2).toLongLong(), sourceFromKey(query.value(3).toString()).value_or(CheckInSource::Manual),
        query.value(4).toString(),   query.value(5).toLongLong()};
}

} // namespace

Result<QList<CheckIn>> SqlParticipationRepository::checkIns(qint64 campId) const
{
    return Sql::collect<CheckIn>(
        Sql::exec(m_db,
                  QStringLiteral("SELECT person_id, day, activity_id, source, note, import_id FROM check_ins"
                                 " WHERE camp_id = ? ORDER BY day, person_id, activity_id"),
                  {campId}),
        checkInFrom);
}

Result<QList<CheckIn>> SqlParticipationRepository::activityCheckIns(qint64 campId,
                                                                    const QList<qint64> &activityIds) const
{
    QList<CheckIn> checkIns;
    for (qint64 activityId : activityIds) {
        auto ofOne = Sql::collect<CheckIn>(
            Sql::exec(m_db,
                      QStringLiteral("SELECT person_id, day, activity_id, source, note, import_id FROM check_ins"
                                     " WHERE camp_id = ? AND activity_id = ? ORDER BY person_id"),
                      {campId, activityId}),
            checkInFrom);
        if (!ofOne)
            return ofOne;
        checkIns += *ofOne;
    }
    return checkIns;
}

Result<QList<CheckIn>> SqlParticipationRepository::changeCheckIns(qint64 campId, const QList<CheckIn> &add,
                                                                  const QList<CheckIn> &remove)
{
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    if (auto locked = lockCamp(campId); !locked)
        return std::unexpected(locked.error());
    QSet<qint64> touched;
    for (const CheckIn &checkIn : remove) {
        const QVariantList key {campId, checkIn.personId, dayText(checkIn.day), checkIn.activityId};
        // By its source, not its note: a note is cut and read back in ways
        // that may not compare, and a row of the same source is the same tick.
        QVariantList given = key;
        given << sourceKey(checkIn.source);
        auto removed = Sql::exec(m_db,
                                 QStringLiteral("DELETE FROM check_ins WHERE camp_id = ? AND person_id = ? AND day = ?"
                                                " AND coalesce(activity_id, 0) = ? AND source = ?"),
                                 given);
        if (!removed)
            return std::unexpected(removed.error());
        if (removed->numRowsAffected() == 0) {
            auto other = Sql::scalar(m_db,
                                     QStringLiteral("SELECT COUNT(*) FROM check_ins WHERE camp_id = ? AND person_id = ?"
                                                    " AND day = ? AND coalesce(activity_id, 0) = ?"),
                                     key);
            if (!other)
                return std::unexpected(other.error());
            if (*other > 0) {
                return failStale(tr("This member's check-in on %1 was recorded again another way since (a 接龙, a "
                                    "tick or a chat import); nothing was changed, so that it is kept.")
                                     .arg(dayText(checkIn.day)));
            }
        }
        touched.insert(checkIn.personId);
    }
    QList<CheckIn> added;
    for (const CheckIn &checkIn : add) {
        // A check-in of a chat import taken out since would come back
        // "from the chat" with no import to take it out again: refused.
        if (checkIn.importId > 0) {
            auto there
                = Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM chat_imports WHERE id = ? AND camp_id = ?"),
                              {checkIn.importId, campId});
            if (!there)
                return std::unexpected(there.error());
            if (*there == 0) {
                return failStale(
                    tr("The chat import this member's check-in on %1 came from was taken out since; nothing "
                       "was changed.")
                        .arg(dayText(checkIn.day)));
            }
        }
        auto inserted
            = Sql::exec(m_db,
                        QStringLiteral("INSERT INTO check_ins (camp_id, person_id, day, activity_id, source, note,"
                                       " import_id) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                        {campId, checkIn.personId, dayText(checkIn.day), Sql::idOrNull(checkIn.activityId),
                         sourceKey(checkIn.source), Sql::text(checkIn.note), Sql::idOrNull(checkIn.importId)});
        if (!inserted)
            return std::unexpected(inserted.error());
        if (inserted->numRowsAffected() > 0)
            added.append(checkIn);
        touched.insert(checkIn.personId);
    }
    if (!touched.isEmpty()) {
        if (auto refreshed = refreshStats(campId, touched.values()); !refreshed)
            return std::unexpected(refreshed.error());
    }
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return added;
}

Result<QList<MemberDayStats>> SqlParticipationRepository::dayStats(qint64 campId) const
{
    Statement select(m_db, "SELECT person_id, days FROM member_stats WHERE camp_id = ? ORDER BY person_id");
    if (!select.isValid())
        return fail(select.error());
    select.bind(1, campId);
    QList<MemberDayStats> days;
    auto read = select.forEachRow([&]() -> Result<void> {
        if (!MemberDayCodec::decode(select.int64At(0), select.blobAt(1), days))
            return fail(tr("The participation figures of person %1 are damaged.").arg(select.int64At(0)));
        return {};
    });
    if (!read)
        return std::unexpected(read.error());
    return days;
}

Result<void> SqlParticipationRepository::moveChatCheckIns(qint64 campId, qint64 identityId, qint64 from, qint64 to)
{
    // Mapped to whom it was: nothing moves (a day the operator cleared stays so).
    if (from == to)
        return {};
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (auto locked = lockCamp(campId); !locked)
        return locked;
    // `from` keeps a chat check-in while another of its identities posted
    // one that day (the identity already names `to`), with that post as its
    // note where the moved identity's was; `to` takes the earlier post too.
    if (from > 0) {
        if (auto removed
            = Sql::exec(m_db,
                        QStringLiteral("DELETE FROM check_ins WHERE camp_id = ? AND person_id = ? AND source = 'chat'"
                                       " AND NOT EXISTS (SELECT 1 FROM chat_identities i JOIN chat_messages m"
                                       " ON m.identity_id = i.id WHERE i.camp_id = check_ins.camp_id"
                                       " AND i.person_id = check_ins.person_id AND m.day = check_ins.day"
                                       " AND m.kind = 'checkin') AND day IN (SELECT day FROM chat_messages"
                                       " WHERE camp_id = ? AND identity_id = ? AND kind = 'checkin')"),
                        {campId, from, campId, identityId});
            !removed)
            return std::unexpected(removed.error());
        if (auto renoted = renoteChatCheckIns(campId, identityId, from); !renoted)
            return renoted;
    }
    if (to <= 0)
        return transaction.commit();
    // Only on the member's days in the camp (Membership::stayIncludes):
    // a check-in on another day would count nowhere, and the importer
    // leaves it out too. Days are ISO texts, which sort as days do; no
    // date is a bound that every day passes ('' below, '~' above).
    auto stay = Sql::exec(m_db,
                          QStringLiteral("SELECT joined_on, left_on FROM memberships"
                                         " WHERE camp_id = ? AND person_id = ?"),
                          {campId, to});
    if (!stay)
        return std::unexpected(stay.error());
    if (!stay->next())
        return transaction.commit();
    const QDate joinedOn = QDate::fromString(stay->value(0).toString(), Qt::ISODate);
    const QDate leftOn = QDate::fromString(stay->value(1).toString(), Qt::ISODate);
    const auto bound = [](QDate day) { return day.isValid() ? QVariant(day.toString(Qt::ISODate)) : QVariant(); };
    // A day with a check-in already (ticked, from a 接龙 or another chat)
    // stays as it is (the unique index keeps one a day); the earliest post
    // of a day is its note, and of posts of the same second the first in
    // the file.
    if (auto added = Sql::exec(
            m_db,
            QStringLiteral("INSERT INTO check_ins (camp_id, person_id, day, source, note, import_id)"
                           " SELECT m.camp_id, ?, m.day, 'chat', substr(m.body, 1, 200), m.import_id"
                           " FROM chat_messages m WHERE m.camp_id = ? AND m.identity_id = ? AND m.kind = 'checkin'"
                           " AND m.day >= COALESCE(?, '') AND m.day < COALESCE(?, '~')"
                           " ORDER BY m.sent_at, m.id ON CONFLICT DO NOTHING"),
            {to, campId, identityId, bound(joinedOn), bound(leftOn)});
        !added)
        return std::unexpected(added.error());
    if (auto renoted = renoteChatCheckIns(campId, identityId, to); !renoted)
        return renoted;
    return transaction.commit();
}

Result<void> SqlParticipationRepository::renoteChatCheckIns(qint64 campId, qint64 identityId, qint64 personId)
{
    // On the days the identity posted a check-in: the earliest post of the
    // person's identities that day (note and import, as one row).
    auto renoted = Sql::exec(
        m_db,
        QStringLiteral("UPDATE check_ins SET (note, import_id) = (SELECT substr(m.body, 1, 200), m.import_id"
                       " FROM chat_identities i JOIN chat_messages m ON m.identity_id = i.id"
                       " WHERE i.camp_id = check_ins.camp_id AND i.person_id = check_ins.person_id"
                       " AND m.day = check_ins.day AND m.kind = 'checkin' ORDER BY m.sent_at, m.id LIMIT 1)"
                       " WHERE camp_id = ? AND person_id = ? AND source = 'chat' AND day IN"
                       " (SELECT day FROM chat_messages WHERE camp_id = ? AND identity_id = ? AND kind = 'checkin')"),
        {campId, personId, campId, identityId});
    if (!renoted)
        return std::unexpected(renoted.error());
    return {};
}

Result<void> SqlParticipationRepository::refreshStats(qint64 campId, const QList<qint64> &personIds)
{
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (auto locked = lockCamp(campId); !locked)
        return locked;
    QVariantList deleteValues {campId};
    const QString deleteFilter = personFilter(personIds, QStringLiteral("person_id"), deleteValues);
    if (auto removed
        = Sql::exec(m_db, QStringLiteral("DELETE FROM member_stats WHERE camp_id = ?") + deleteFilter, deleteValues);
        !removed)
        return std::unexpected(removed.error());

    QVariantList values {campId};
    const QString messageFilter = personFilter(personIds, QStringLiteral("i.person_id"), values);
    values.append(campId);
    const QString checkInFilter = personFilter(personIds, QStringLiteral("person_id"), values);
    const QString sql
        = QStringLiteral("SELECT person_id, day, SUM(messages), SUM(check_ins), MIN(first_at), MAX(last_at) FROM ("
                         "  SELECT i.person_id AS person_id, m.day AS day, COUNT(*) AS messages, 0 AS check_ins,"
                         "         MIN(m.sent_at) AS first_at, MAX(m.sent_at) AS last_at"
                         "  FROM chat_messages m JOIN chat_identities i ON i.id = m.identity_id WHERE ")
        + messagesOfCamp(m_db, personIds.size()) + QStringLiteral(" AND i.person_id IS NOT NULL AND m.kind IN ")
        + countedKinds + messageFilter
        + QStringLiteral("  GROUP BY i.person_id, m.day"
                         "  UNION ALL"
                         "  SELECT person_id, day, 0, COUNT(*), NULL, NULL FROM check_ins WHERE camp_id = ?")
        + checkInFilter
        + QStringLiteral("  GROUP BY person_id, day) AS parts GROUP BY person_id, day ORDER BY person_id, day");
    auto rows = Sql::exec(m_db, sql, values);
    if (!rows)
        return std::unexpected(rows.error());
    Statement insert(m_db, "INSERT INTO member_stats (camp_id, person_id, days) VALUES (?, ?, ?)");
    if (!insert.isValid())
        return fail(insert.error());
    qint64 personId = 0;
    QList<MemberDayStats> days;
    const auto flush = [&]() -> Result<void> {
        if (days.isEmpty())
            return {};
        insert.bind(1, campId);
        insert.bind(2, personId);
        insert.bindBlob(3, MemberDayCodec::encode(days));
        days.clear();
        return insert.run();
    };
    while (rows->next()) {
        const qint64 rowPerson = rows->value(0).toLongLong();
        if (rowPerson != personId) {
            if (auto flushed = flush(); !flushed)
                return flushed;
            personId = rowPerson;
        }
        days.append({personId, QDate::fromString(rows->value(1).toString(), Qt::ISODate), rows->value(2).toInt(),
                     rows->value(3).toInt(), rows->value(4).toLongLong(), rows->value(5).toLongLong()});
    }
    if (auto flushed = flush(); !flushed)
        return flushed;
    return transaction.commit();
}

Result<void> SqlParticipationRepository::writeMessageMinutes(qint64 campId)
{
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (auto removed = Sql::exec(m_db, QStringLiteral("DELETE FROM identity_minutes WHERE camp_id = ?"), {campId});
        !removed)
        return std::unexpected(removed.error());
    Statement select(m_db,
                     "SELECT identity_id, import_id, sent_at FROM chat_messages WHERE camp_id = ?"
                     " AND identity_id IS NOT NULL AND kind IN ('text', 'media', 'checkin')"
                     " ORDER BY identity_id, import_id");
    Statement insert(m_db,
                     "INSERT INTO identity_minutes (identity_id, import_id, part, camp_id, minutes)"
                     " VALUES (?, ?, 0, ?, ?)");
    for (const Statement *statement : {&select, &insert}) {
        if (!statement->isValid())
            return fail(statement->error());
    }
    qint64 identityId = 0;
    qint64 importId = 0;
    std::vector<qint64> minutes;
    const auto flush = [&]() -> Result<void> {
        if (minutes.empty())
            return {};
        insert.bind(1, identityId);
        insert.bind(2, importId);
        insert.bind(3, campId);
        insert.bindBlob(4, MessageMinutes::pack(std::move(minutes)));
        minutes.clear();
        return insert.run();
    };
    select.bind(1, campId);
    auto read = select.forEachRow([&]() -> Result<void> {
        if (select.int64At(0) != identityId || select.int64At(1) != importId) {
            if (auto flushed = flush(); !flushed)
                return flushed;
            identityId = select.int64At(0);
            importId = select.int64At(1);
        }
        minutes.push_back(MessageMinutes::minuteOf(select.int64At(2)));
        return {};
    });
    if (!read)
        return read;
    if (auto flushed = flush(); !flushed)
        return flushed;
    return transaction.commit();
}

Result<qint64> SqlParticipationRepository::revision(qint64 campId) const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT participation_revision FROM camps WHERE id = ?"), {campId});
}

Result<void> SqlParticipationRepository::lockCamp(qint64 campId, Waiting waiting,
                                                  const std::function<bool()> &stillWanted)
{
    if (Sql::isSqlite(m_db))
        return {};
    // An advisory lock, not the camp's row: it needs no right to change the
    // camp (the crew has none), and it keeps off no edit of the camp itself.
    // Keyed by the workspace's schema too: a database may hold several. A
    // session that holds it already takes it again at once. It is tried,
    // never waited for inside the server, so that waiting can be given up.
    constexpr int MomentMilliseconds = 2000;
    QDeadlineTimer moment(MomentMilliseconds);
    for (;;) {
        auto locked = Sql::scalar(
            m_db,
            QStringLiteral("SELECT CAST(pg_try_advisory_xact_lock(hashtext(current_schema() || ' participation'),"
                           " CAST(mod(CAST(? AS bigint), 2147483647) AS integer)) AS integer)"),
            {campId});
        if (!locked)
            return std::unexpected(locked.error());
        if (*locked == 1)
            return {};
        if (waiting == Waiting::UntilFree) {
            if (stillWanted && !stillWanted())
                return fail(tr("Stopped while it waited for another operator's change to this camp; nothing was "
                               "changed."));
        } else if (moment.hasExpired()) {
            // As for a busy workspace file: the window asks whether to wait
            // on (Retry) or leave the change out, and says nothing more then.
            const QString message = tr("Another operator is importing a chat into this camp or changing its "
                                       "check-ins. Nothing was changed; try again in a moment.");
            if (!BusyRetry::shouldRetry(m_db, message))
                return failBusy(message);
            moment.setRemainingTime(MomentMilliseconds);
        }
        QThread::msleep(25);
    }
}

Result<void> SqlParticipationRepository::bumpRevision(qint64 campId)
{
    auto bumped = Sql::exec(m_db,
                            QStringLiteral("UPDATE camps SET participation_revision = participation_revision + 1"
                                           " WHERE id = ?"),
                            {campId});
    if (!bumped)
        return std::unexpected(bumped.error());
    return {};
}

Result<QHash<QString, qint64>> SqlParticipationRepository::aliases(qint64 campId) const
{
    auto query
        = Sql::exec(m_db, QStringLiteral("SELECT alias, person_id FROM name_aliases WHERE camp_id = ?"), {campId});
    if (!query)
        return std::unexpected(query.error());
    QHash<QString, qint64> aliases;
    while (query->next())
        aliases.insert(query->value(0).toString(), query->value(1).toLongLong());
    return aliases;
}

Result<void> SqlParticipationRepository::rememberAlias(qint64 campId, const QString &name, qint64 personId)
{
    const QString alias = NameIndex::normalize(name);
    if (alias.isEmpty())
        return {};
    auto saved = Sql::exec(m_db,
                           QStringLiteral("INSERT INTO name_aliases (camp_id, alias, person_id) VALUES (?, ?, ?)"
                                          " ON CONFLICT (camp_id, alias) DO UPDATE SET person_id = excluded.person_id"),
                           {campId, alias, personId});
    if (!saved)
        return std::unexpected(saved.error());
    return {};
}

Result<void> SqlParticipationRepository::restoreAlias(qint64 campId, const QString &name, qint64 personId,
                                                      qint64 previous)
{
    const QString alias = NameIndex::normalize(name);
    if (alias.isEmpty())
        return {};
    auto restored = previous > 0
        ? Sql::exec(m_db,
                    QStringLiteral("UPDATE name_aliases SET person_id = ? WHERE camp_id = ? AND alias = ?"
                                   " AND person_id = ?"),
                    {previous, campId, alias, personId})
        : Sql::exec(m_db, QStringLiteral("DELETE FROM name_aliases WHERE camp_id = ? AND alias = ? AND person_id = ?"),
                    {campId, alias, personId});
    if (!restored)
        return std::unexpected(restored.error());
    return {};
}

Result<QList<WatchHit>> SqlParticipationRepository::watchHits(qint64 campId, const QStringList &words) const
{
    QStringList wanted;
    for (const QString &word : words) {
        if (!word.trimmed().isEmpty() && !wanted.contains(word.trimmed()))
            wanted.append(word.trimmed());
    }
    if (wanted.isEmpty())
        return QList<WatchHit> {};
    // One pass over the messages for all the words (a pass per word read the
    // whole chat again for each); a position function (SQLite's instr,
    // PostgreSQL's strpos) instead of LIKE because watch words may contain
    // % or _. The words are bound, one placeholder each.
    const QString found
        = Sql::isSqlite(m_db) ? QStringLiteral("instr(m.body, ?) > 0") : QStringLiteral("strpos(m.body, ?) > 0");
    QString sql
        = QStringLiteral("SELECT m.id, coalesce(i.person_id, 0), coalesce(i.display_name, ''), m.sent_at, m.body"
                         " FROM chat_messages m LEFT JOIN chat_identities i ON i.id = m.identity_id"
                         " WHERE m.camp_id = ? AND m.kind IN ")
        + countedKinds + QStringLiteral(" AND (");
    QVariantList values {campId};
    for (qsizetype index = 0; index < wanted.size(); ++index) {
        sql += index == 0 ? found : QStringLiteral(" OR ") + found;
        values.append(wanted.at(index));
    }
    sql += QStringLiteral(")");
    auto query = Sql::exec(m_db, sql, values);
    if (!query)
        return std::unexpected(query.error());
    QList<WatchHit> hits;
    while (query->next()) {
        const QString body = query->value(4).toString();
        for (const QString &word : wanted) {
            if (body.contains(word))
                hits.append(WatchHit {query->value(0).toLongLong(), query->value(1).toLongLong(),
                                      query->value(2).toString(), query->value(3).toLongLong(), body, word});
        }
    }
    std::sort(hits.begin(), hits.end(), [](const WatchHit &a, const WatchHit &b) {
        return std::tie(a.sentAt, a.messageId, a.word) < std::tie(b.sentAt, b.messageId, b.word);
    });
    return hits;
}

Result<QList<ChatImportRecord>> SqlParticipationRepository::imports(qint64 campId) const
{
    return Sql::collect<ChatImportRecord>(
        Sql::exec(m_db,
                  QStringLiteral("SELECT id, file_name, format, encoding, imported_at, messages_added, duplicates"
                                 " FROM chat_imports WHERE camp_id = ? ORDER BY id"),
                  {campId}),
        [](const QSqlQuery &query) {
            return ChatImportRecord {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                                     query.value(3).toString(),   query.value(4).toString(), query.value(5).toInt(),
                                     query.value(6).toInt()};
        });
}

Result<qint64> SqlParticipationRepository::messageCount(qint64 campId) const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM chat_messages WHERE camp_id = ?"), {campId});
}

Result<QHash<qint64, ParticipationRepository::SenderCounts>>
SqlParticipationRepository::unmappedSenderTotals(qint64 campId) const
{
    auto rows = Sql::exec(
        m_db,
        QStringLiteral("SELECT m.identity_id, COUNT(*), COUNT(DISTINCT m.day),"
                       " COUNT(DISTINCT CASE WHEN m.kind = 'checkin' THEN m.day END)"
                       " FROM chat_messages m JOIN chat_identities i ON i.id = m.identity_id"
                       " WHERE m.camp_id = ? AND i.person_id IS NULL AND m.kind IN ('text', 'media', 'checkin')"
                       " GROUP BY m.identity_id"),
        {campId});
    if (!rows)
        return std::unexpected(rows.error());
    QHash<qint64, SenderCounts> counts;
    while (rows->next())
        counts.insert(rows->value(0).toLongLong(),
                      {rows->value(1).toInt(), rows->value(2).toInt(), rows->value(3).toInt()});
    return counts;
}

Result<void> SqlParticipationRepository::removeImport(qint64 importId)
{
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    const auto campId = Sql::scalar(m_db, QStringLiteral("SELECT camp_id FROM chat_imports WHERE id = ?"), {importId});
    if (!campId)
        return std::unexpected(campId.error());
    if (auto locked = lockCamp(*campId); !locked)
        return locked;
    // Cascades remove the import's messages and check-ins.
    const QStringList statements = {
        QStringLiteral("DELETE FROM chat_imports WHERE id = ?"),
        // Identities no remaining message refers to came with this import.
        QStringLiteral("DELETE FROM chat_identities WHERE camp_id = ? AND NOT EXISTS"
                       " (SELECT 1 FROM chat_messages m WHERE m.identity_id = chat_identities.id)"),
    };
    if (auto removed = Sql::exec(m_db, statements.at(0), {importId}); !removed)
        return std::unexpected(removed.error());
    if (auto removed = Sql::exec(m_db, statements.at(1), {*campId}); !removed)
        return std::unexpected(removed.error());
    if (auto refreshed = refreshStats(*campId); !refreshed)
        return refreshed;
    if (auto bumped = bumpRevision(*campId); !bumped)
        return bumped;
    return transaction.commit();
}

Result<void> SqlParticipationRepository::packOldDayStats()
{
    auto rows
        = Sql::exec(m_db,
                    QStringLiteral("SELECT camp_id, person_id, day, messages, check_ins, coalesce(first_at, 0),"
                                   " coalesce(last_at, 0) FROM member_day_stats ORDER BY camp_id, person_id, day"));
    if (!rows)
        return std::unexpected(rows.error());
    qint64 campId = 0, personId = 0;
    QList<MemberDayStats> days;
    const auto flush = [&]() -> Result<void> {
        if (days.isEmpty())
            return {};
        auto inserted
            = Sql::exec(m_db, QStringLiteral("INSERT INTO member_stats (camp_id, person_id, days) VALUES (?, ?, ?)"),
                        {campId, personId, MemberDayCodec::encode(days)});
        days.clear();
        if (!inserted)
            return std::unexpected(inserted.error());
        return {};
    };
    while (rows->next()) {
        const qint64 rowCamp = rows->value(0).toLongLong();
        const qint64 rowPerson = rows->value(1).toLongLong();
        if (rowCamp != campId || rowPerson != personId) {
            if (auto flushed = flush(); !flushed)
                return flushed;
            campId = rowCamp;
            personId = rowPerson;
        }
        const QDate day = QDate::fromString(rows->value(2).toString(), Qt::ISODate);
        if (day.isValid()) {
            days.append({personId, day, rows->value(3).toInt(), rows->value(4).toInt(), rows->value(5).toLongLong(),
                         rows->value(6).toLongLong()});
        }
    }
    return flush();
}

} // namespace CampDesk
