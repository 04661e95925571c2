#include "capture/ChatImporter.h"

#include "Workspace.h"
#include "capture/ChatFileReader.h"
#include "capture/ChatParsers.h"
#include "capture/MemberDayCodec.h"
#include "capture/NameIndex.h"
#include "capture/ParticipationRepository.h"
#include "domain/Camp.h"
#include "review/ActivityStatsCache.h"
#include "roster/TextDecoder.h"
#include "storage/ActivityRepository.h"
#include "storage/CampRepository.h"
#include "storage/MembershipRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SqlQuery.h"
#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace CampDesk {

namespace {


QString kindKey(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Text: return QStringLiteral("text");
    case MessageKind::Media: return QStringLiteral("media");
    case MessageKind::Join: return QStringLiteral("join");
    case MessageKind::Leave: return QStringLiteral("leave");
    case MessageKind::Recall: return QStringLiteral("recall");
    case MessageKind::Pat: return QStringLiteral("pat");
    case MessageKind::System: return QStringLiteral("system");
    case MessageKind::CheckIn: return QStringLiteral("checkin");
    }
    return {};
}

bool isCountable(MessageKind kind)
{
    return kind == MessageKind::Text || kind == MessageKind::Media || kind == MessageKind::CheckIn;
}

// FNV-1a, 64 bits: a de-duplication key that stays the same across Qt
// versions and runs (qHash does not promise that).
class KeyHash
{
public:
    void add(QStringView text)
    {
        for (QChar c : text) {
            m_value = (m_value ^ c.unicode()) * 0x100000001b3ULL;
        }
        separator();
    }
    void add(qint64 number)
    {
        for (int i = 0; i < 8; ++i) {
            m_value = (m_value ^ quint64((number >> (8 * i)) & 0xff)) * 0x100000001b3ULL;
        }
        separator();
    }
    qint64 value() const { return qint64(m_value); }

private:
    void separator() { m_value = (m_value ^ 0x1f) * 0x100000001b3ULL; }
    quint64 m_value = 0xcbf29ce484222325ULL;
};

// Camp-local days of Unix times, with the zone offset cached per hour: zone
// look-ups are the slowest step of a million-message import otherwise.
class DayCalendar
{
public:
    explicit DayCalendar(const QTimeZone &zone)
        : m_zone(zone)
    {
    }

    QDate day(qint64 time)
    {
        const qint64 hour = floorDiv(time, 3600);
        if (hour != m_hour) {
            m_hour = hour;
            m_offset = m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(hour * 3600, Qt::UTC));
        }
        // 2440588 is the Julian day of 1970-01-01.
        return QDate::fromJulianDay(2440588 + floorDiv(time + m_offset, 86400));
    }

    const QString &dayText(qint64 time)
    {
        const QDate date = day(time);
        if (date != m_lastDate) {
            m_lastDate = date;
            m_lastText = date.toString(Qt::ISODate);
        }
        return m_lastText;
    }

private:
    static qint64 floorDiv(qint64 a, qint64 b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

    QTimeZone m_zone;
    qint64 m_hour = std::numeric_limits<qint64>::min();
    int m_offset = 0;
    QDate m_lastDate;
    QString m_lastText;
};

// Who a chat identity is: remembered from earlier imports of the camp, the
// operator's decision, a chat id or phone number on a member, or a name.
class IdentityResolver
{
public:
    struct Known
    {
        qint64 identityId = 0;
        qint64 personId = 0;
        bool staff = false;
    };

    Result<void> load(Workspace &workspace, qint64 campId, const QString &platform)
    {
        auto identities = ParticipationRepository(workspace.database()).identities(campId);
        if (!identities)
            return std::unexpected(identities.error());
        for (const ChatIdentity &identity : *identities) {
            if (identity.platform == platform)
                m_known.insert(identity.chatKey, {identity.id, identity.personId, identity.staff});
        }
        auto members = workspace.memberships().listForCamp(campId);
        if (!members)
            return std::unexpected(members.error());
        auto people = workspace.people().list();
        if (!people)
            return std::unexpected(people.error());
        QHash<qint64, const Person *> personById;
        for (const Person &person : *people)
            personById.insert(person.id, &person);
        for (const MemberEntry &entry : *members) {
            const qint64 personId = entry.membership.personId;
            m_members.insert(personId, entry.membership);
            m_index.addMember(personId, {entry.displayName, entry.membership.groupNickname});
            const Person *person = personById.value(personId);
            if (!person)
                continue;
            for (const ChatId &chatId : person->chatIds) {
                if (chatId.platform == platform)
                    m_index.addIdentifier(personId, chatId.id);
            }
            const QString digits = phoneDigits(person->phone);
            if (digits.size() >= 6)
                m_index.addIdentifier(personId, QStringLiteral("tel:") + digits);
        }
        return {};
    }

    std::optional<Known> known(const QString &key) const
    {
        const auto found = m_known.constFind(key);
        return found == m_known.constEnd() ? std::nullopt : std::optional<Known>(*found);
    }

    NameIndex::Match suggest(const QString &senderId, const QString &name) const
    {
        if (!senderId.isEmpty()) {
            if (const auto byId = m_index.matchIdentifier(senderId); byId.personId > 0)
                return byId;
        }
        // WhatsApp shows unsaved contacts by their number.
        const QString digits = phoneDigits(name);
        if (digits.size() >= 6 && digits.size() * 2 >= name.size()) {
            if (const auto byPhone = m_index.matchIdentifier(QStringLiteral("tel:") + digits); byPhone.personId > 0)
                return byPhone;
            // Stored numbers may lack the country code the export shows.
            for (int cut = 1; cut <= 3 && digits.size() - cut >= 6; ++cut) {
                const auto shorter = m_index.matchIdentifier(QStringLiteral("tel:") + digits.mid(cut));
                if (shorter.personId > 0)
                    return shorter;
            }
        }
        return m_index.match(name);
    }

    const QHash<qint64, Membership> &members() const { return m_members; }
    void addMember(qint64 personId, const Membership &membership, const QString &name)
    {
        m_members.insert(personId, membership);
        m_index.addMember(personId, {name});
    }

    static QString phoneDigits(QStringView text)
    {
        QString digits;
        for (QChar c : text) {
            if (c.isDigit())
                digits.append(QChar(u'0' + c.digitValue()));
        }
        return digits;
    }

private:
    QHash<QString, Known> m_known;
    QHash<qint64, Membership> m_members;
    NameIndex m_index;
};

Result<ChatFileReader> load(const QString &path, const ChatImportOptions &options)
{
    ChatFileReader::Options reading;
    reading.format = options.format;
    reading.encoding = options.encoding;
    reading.streamAbove = options.streamAbove;
    reading.pieceBytes = options.pieceBytes;
    return ChatFileReader::open(path, reading);
}

QString fileError(const QString &fileName, const Error &error)
{
    return ChatImporter::tr("%1: %2").arg(fileName, error.message);
}

MessageKind effectiveKind(const ChatMessage &message)
{
    // A photo captioned "打卡" is a check-in too (Telegram, WeChat captions).
    if ((message.kind == MessageKind::Text || message.kind == MessageKind::Media)
        && ChatImporter::isCheckInText(message.text))
        return MessageKind::CheckIn;
    return message.kind;
}

ParseOptions parseOptions(const Camp &camp, const ChatImportOptions &options)
{
    ParseOptions parse;
    parse.zone = camp.zone();
    parse.dateOrder = options.dateOrder;
    parse.progress = options.progress;
    return parse;
}

} // namespace

ChatImporter::ChatImporter(Workspace &workspace)
    : m_workspace(workspace)
{
}

Result<void> ChatImporter::refreshActivityStats(const Camp &camp)
{
    // The review's per-activity participation, computed once here rather
    // than at the first look at the dashboard.
    auto activities = m_workspace.activities().listForCamp(camp.id);
    if (!activities)
        return std::unexpected(activities.error());
    return ActivityStatsCache(m_workspace.database()).refresh(camp, *activities);
}

Result<void> ChatImporter::revert(Workspace &workspace, qint64 campId, const ChatImportSummary &summary)
{
    const QSqlDatabase db = workspace.database();
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (auto removed = ParticipationRepository(db).removeImport(summary.importId); !removed)
        return removed;
    for (const Membership &membership : summary.previousMemberships) {
        if (auto restored = workspace.memberships().update(membership); !restored)
            return restored;
    }
    for (qint64 personId : summary.createdPeople) {
        auto membership = Sql::exec(db, QStringLiteral("DELETE FROM memberships WHERE camp_id = ? AND person_id = ?"),
                                    {campId, personId});
        if (!membership)
            return std::unexpected(membership.error());
        // The person goes too unless another camp took them in since.
        auto person = Sql::exec(db,
                                QStringLiteral("DELETE FROM people WHERE id = ?"
                                               " AND NOT EXISTS (SELECT 1 FROM memberships WHERE person_id = people.id)"),
                                {personId});
        if (!person)
            return std::unexpected(person.error());
    }
    return transaction.commit();
}

QString ChatImporter::chatKey(const ChatMessage &message)
{
    if (!message.senderId.isEmpty())
        return message.senderId;
    if (!message.senderName.isEmpty())
        return QStringLiteral("name:") + message.senderName;
    return {};
}

bool ChatImporter::isCheckInText(QStringView text)
{
    return text.contains(u"打卡") || text.contains(u"#接龙") || text.contains(u"#接龍")
        || text.contains(u"#checkin", Qt::CaseInsensitive) || text.contains(u"#check-in", Qt::CaseInsensitive);
}

Result<ChatScan> ChatImporter::scan(qint64 campId, const QString &path, const ChatImportOptions &options)
{
    auto camp = m_workspace.camps().find(campId);
    if (!camp)
        return std::unexpected(camp.error());
    auto loaded = load(path, options);
    if (!loaded)
        return std::unexpected(loaded.error());
    IdentityResolver resolver;
    const QString platform = ChatFormats::platform(loaded->format());
    if (auto ready = resolver.load(m_workspace, campId, platform); !ready)
        return std::unexpected(ready.error());

    ChatScan scan;
    scan.fileName = loaded->fileName();
    scan.format = loaded->format();
    scan.encoding = loaded->encoding();
    QHash<QString, qsizetype> identityIndex;
    auto report = loaded->parse(parseOptions(*camp, options),
                                     [&](ChatMessage &&message) {
                                         ++scan.messages;
                                         const MessageKind kind = effectiveKind(message);
                                         if (!isCountable(kind)) {
                                             ++scan.systemEvents;
                                             return true;
                                         }
                                         ++scan.countable;
                                         scan.firstAt = scan.firstAt == 0 ? message.time : std::min(scan.firstAt, message.time);
                                         scan.lastAt = std::max(scan.lastAt, message.time);
                                         const QString key = chatKey(message);
                                         if (key.isEmpty())
                                             return true;
                                         auto found = identityIndex.constFind(key);
                                         if (found == identityIndex.constEnd()) {
                                             found = identityIndex.insert(key, scan.identities.size());
                                             scan.identities.append({key, message.senderName, message.senderId});
                                         }
                                         ImportIdentity &identity = scan.identities[*found];
                                         ++identity.messages;
                                         if (!message.senderName.isEmpty())
                                             identity.name = message.senderName;
                                         return true;
                                     });
    if (!report)
        return fail(fileError(loaded->fileName(), report.error()));
    scan.chatName = report->chatName;
    scan.dateOrder = report->dateOrder;
    scan.warnings = report->warnings;
    for (ImportIdentity &identity : scan.identities) {
        if (const auto known = resolver.known(identity.chatKey); known && known->personId > 0) {
            identity.personId = known->personId;
            identity.remembered = true;
            identity.staff = known->staff;
            continue;
        }
        const NameIndex::Match match = resolver.suggest(identity.senderId, identity.name);
        identity.personId = match.personId;
        identity.candidates = match.candidates;
    }
    std::sort(scan.identities.begin(), scan.identities.end(),
              [](const ImportIdentity &a, const ImportIdentity &b) { return a.messages > b.messages; });
    return scan;
}

namespace {

// A million random de-duplication keys make SQLite's default 2 MB page cache
// spill to the WAL and read its pages back thousands of times (half the
// import time in a profile); a larger cache for the import's duration keeps
// the index pages in memory, well inside the 300 MB budget.
class ImportCacheSize
{
public:
    explicit ImportCacheSize(const QSqlDatabase &db)
        : m_db(db)
    {
        (void)Sql::exec(m_db, QStringLiteral("PRAGMA cache_size = -65536"));
    }
    // Back to the size every CampDesk connection has (configure() in
    // Workspace.cpp), not SQLite's default.
    ~ImportCacheSize() { (void)Sql::exec(m_db, QStringLiteral("PRAGMA cache_size = -32768")); }
    Q_DISABLE_COPY_MOVE(ImportCacheSize)

private:
    QSqlDatabase m_db;
};

// Writes one import's messages inside the caller's transaction: resolves
// identities, de-duplicates, records chat check-ins, gathers the aggregates
// and membership events, and finishes them all at the end.
class ImportWriter
{
public:
    ImportWriter(Workspace &workspace, const Camp &camp, QString platform, const ChatImportOptions &options)
        : m_workspace(workspace)
        , m_db(workspace.database())
        , m_camp(camp)
        , m_platform(std::move(platform))
        , m_options(options)
        , m_calendar(camp.zone())
        , m_insertMessage(m_db, "INSERT OR IGNORE INTO chat_messages"
                                " (camp_id, import_id, identity_id, sent_at, day, kind, body, source_key)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        , m_insertCheckIn(m_db, "INSERT OR IGNORE INTO check_ins (camp_id, person_id, day, source, note, import_id)"
                                " VALUES (?, ?, ?, 'chat', ?, ?)")
        , m_insertIdentity(m_db, "INSERT INTO chat_identities (camp_id, platform, chat_key, display_name, person_id, is_staff)"
                                 " VALUES (?, ?, ?, ?, ?, ?)")
    {
    }

    Result<void> begin(const QString &fileName, ChatFormat format, const QString &encoding)
    {
        for (const SqliteStatement *statement : {&m_insertMessage, &m_insertCheckIn, &m_insertIdentity}) {
            if (!statement->isValid())
                return fail(statement->error());
        }
        if (auto ready = m_resolver.load(m_workspace, m_camp.id, m_platform); !ready)
            return ready;
        m_summary.scan.fileName = fileName;
        m_summary.scan.format = format;
        m_summary.scan.encoding = encoding;
        auto row = Sql::exec(m_db,
                             QStringLiteral("INSERT INTO chat_imports (camp_id, file_name, format, encoding, imported_at)"
                                            " VALUES (?, ?, ?, ?, ?)"),
                             {m_camp.id, fileName, ChatFormats::key(format), encoding,
                              QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
        if (!row)
            return std::unexpected(row.error());
        m_summary.importId = row->lastInsertId().toLongLong();
        return {};
    }

    // False when writing failed; failure() says why.
    bool add(ChatMessage &&message)
    {
        ++m_summary.scan.messages;
        const MessageKind kind = effectiveKind(message);
        const QString key = ChatImporter::chatKey(message);
        Resolved *identity = nullptr;
        if (!key.isEmpty() && isCountable(kind)) {
            identity = resolve(message, key);
            if (!identity)
                return false;
            if (!message.senderName.isEmpty())
                m_personByName.insert(message.senderName, identity->personId);
        }
        const QString &day = m_calendar.dayText(message.time);

        KeyHash hash;
        hash.add(m_platform);
        if (!message.sourceId.isEmpty()) {
            hash.add(QStringLiteral("id"));
            hash.add(message.sourceId);
        } else {
            // Exports without message ids: the same sender, time and text is
            // the same message, counted by its occurrence within that second
            // so that two identical posts both survive.
            hash.add(key);
            hash.add(message.time);
            hash.add(message.text);
            if (message.time != m_lastTime) {
                m_sameSecond.clear();
                m_lastTime = message.time;
            }
            hash.add(qint64(m_sameSecond[hash.value()]++));
        }

        m_insertMessage.bind(1, m_camp.id);
        m_insertMessage.bind(2, m_summary.importId);
        if (identity)
            m_insertMessage.bind(3, identity->identityId);
        else
            m_insertMessage.bindNull(3);
        m_insertMessage.bind(4, message.time);
        m_insertMessage.bind(5, day);
        m_insertMessage.bind(6, kindKey(kind));
        m_insertMessage.bind(7, message.text);
        m_insertMessage.bind(8, hash.value());
        if (!check(m_insertMessage.run()))
            return false;
        if (m_insertMessage.changes() == 0) {
            ++m_summary.duplicates;
            return true;
        }
        ++m_summary.added;
        m_summary.scan.firstAt = m_summary.scan.firstAt == 0 ? message.time : std::min(m_summary.scan.firstAt, message.time);
        m_summary.scan.lastAt = std::max(m_summary.scan.lastAt, message.time);
        if (!isCountable(kind)) {
            ++m_summary.systemEvents;
            if (kind == MessageKind::Join || kind == MessageKind::Leave) {
                ++(kind == MessageKind::Join ? m_summary.joins : m_summary.leaves);
                m_events.append({message.subjects, message.senderName, kind, m_calendar.day(message.time)});
            }
            return true;
        }
        ++m_summary.scan.countable;
        if (!identity)
            return true;
        ++identity->messages;
        if (identity->personId == 0)
            return true;
        DayAggregate &aggregate = m_aggregates[{identity->personId, m_calendar.day(message.time).toJulianDay()}];
        ++aggregate.messages;
        aggregate.firstAt = std::min(aggregate.firstAt, message.time);
        aggregate.lastAt = std::max(aggregate.lastAt, message.time);
        if (kind == MessageKind::CheckIn) {
            m_insertCheckIn.bind(1, m_camp.id);
            m_insertCheckIn.bind(2, identity->personId);
            m_insertCheckIn.bind(3, day);
            m_insertCheckIn.bind(4, QStringView(message.text).left(200));
            m_insertCheckIn.bind(5, m_summary.importId);
            if (!check(m_insertCheckIn.run()))
                return false;
            if (m_insertCheckIn.changes() > 0) {
                ++aggregate.checkIns;
                ++m_summary.checkIns;
            }
        }
        return true;
    }

    const std::optional<Error> &failure() const { return m_failure; }

    Result<ChatImportSummary> finish()
    {
        if (auto written = writeAggregates(); !written)
            return std::unexpected(written.error());
        if (auto moved = applyMembershipEvents(); !moved)
            return std::unexpected(moved.error());
        for (auto it = m_resolved.cbegin(); it != m_resolved.cend(); ++it) {
            if (it->personId == 0 && !m_options.staffKeys.contains(it.key()))
                m_summary.unmatched.append({it.key(), it->name, it->senderId, it->messages});
        }
        std::sort(m_summary.unmatched.begin(), m_summary.unmatched.end(),
                  [](const ImportIdentity &a, const ImportIdentity &b) { return a.messages > b.messages; });
        auto counted = Sql::exec(m_db, QStringLiteral("UPDATE chat_imports SET messages_added = ?, duplicates = ? WHERE id = ?"),
                                 {m_summary.added, m_summary.duplicates, m_summary.importId});
        if (!counted)
            return std::unexpected(counted.error());
        return m_summary;
    }

    ChatImportSummary &summary() { return m_summary; }

private:
    struct Resolved
    {
        qint64 identityId = 0;
        qint64 personId = 0;
        int messages = 0;
        QString name;
        QString senderId;
    };
    struct DayAggregate
    {
        int messages = 0;
        int checkIns = 0;
        qint64 firstAt = std::numeric_limits<qint64>::max();
        qint64 lastAt = 0;
    };
    struct MembershipEvent
    {
        QStringList subjects;
        QString senderName;
        MessageKind kind;
        QDate day;
    };

    template<typename T>
    bool check(const Result<T> &result)
    {
        if (!result)
            m_failure = result.error();
        return result.has_value();
    }

    Result<qint64> createMember(const ChatMessage &message)
    {
        Person person;
        person.displayName = message.senderName.isEmpty() ? message.senderId : message.senderName;
        if (!message.senderId.isEmpty())
            person.chatIds.append({m_platform, message.senderId});
        auto personId = m_workspace.people().insert(person);
        if (!personId)
            return personId;
        Membership membership;
        membership.campId = m_camp.id;
        membership.personId = *personId;
        membership.groupNickname = person.displayName;
        membership.joinedOn = m_calendar.day(message.time);
        auto membershipId = m_workspace.memberships().add(membership);
        if (!membershipId)
            return std::unexpected(membershipId.error());
        membership.id = *membershipId;
        m_resolver.addMember(*personId, membership, person.displayName);
        m_summary.createdPeople.append(*personId);
        ++m_summary.membersCreated;
        return *personId;
    }

    Resolved *resolve(const ChatMessage &message, const QString &key)
    {
        if (auto found = m_resolved.find(key); found != m_resolved.end())
            return &*found;
        Resolved entry;
        entry.name = message.senderName;
        entry.senderId = message.senderId;
        constexpr qint64 NoDecision = -2;
        const qint64 decision = m_options.mapping.value(key, NoDecision);
        if (const auto known = m_resolver.known(key)) {
            entry.identityId = known->identityId;
            entry.personId = known->personId;
            if (entry.personId == 0 && decision > 0) {
                entry.personId = decision;
                if (!check(Sql::exec(m_db, QStringLiteral("UPDATE chat_identities SET person_id = ? WHERE id = ?"),
                                     {entry.personId, entry.identityId})))
                    return nullptr;
            }
        } else {
            qint64 personId = decision > 0 ? decision : 0;
            if (decision == NoDecision)
                personId = m_resolver.suggest(message.senderId, message.senderName).personId;
            const bool create = decision == ChatImportOptions::CreateMember
                || (decision == NoDecision && m_options.createMembers);
            if (personId == 0 && create) {
                auto created = createMember(message);
                if (!check(created))
                    return nullptr;
                personId = *created;
            }
            m_insertIdentity.bind(1, m_camp.id);
            m_insertIdentity.bind(2, m_platform);
            m_insertIdentity.bind(3, key);
            m_insertIdentity.bind(4, message.senderName.isEmpty() ? message.senderId : message.senderName);
            if (personId > 0)
                m_insertIdentity.bind(5, personId);
            else
                m_insertIdentity.bindNull(5);
            m_insertIdentity.bind(6, qint64(m_options.staffKeys.contains(key) ? 1 : 0));
            if (!check(m_insertIdentity.run()))
                return nullptr;
            entry.identityId = m_insertIdentity.lastInsertId();
            entry.personId = personId;
        }
        return &*m_resolved.insert(key, entry);
    }

    // Adds to what earlier imports and check-ins left, one packed row per
    // member.
    Result<void> writeAggregates()
    {
        SqliteStatement select(m_db, "SELECT days FROM member_stats WHERE camp_id = ? AND person_id = ?");
        SqliteStatement upsert(m_db, "INSERT INTO member_stats (camp_id, person_id, days) VALUES (?, ?, ?)"
                                     " ON CONFLICT (camp_id, person_id) DO UPDATE SET days = excluded.days");
        for (const SqliteStatement *statement : {&select, &upsert}) {
            if (!statement->isValid())
                return fail(statement->error());
        }
        QHash<qint64, QList<MemberDayStats>> byPerson;
        for (auto it = m_aggregates.cbegin(); it != m_aggregates.cend(); ++it) {
            byPerson[it.key().first].append({it.key().first, QDate::fromJulianDay(it.key().second), it->messages,
                                             it->checkIns, it->messages > 0 ? it->firstAt : 0, it->lastAt});
        }
        for (auto it = byPerson.begin(); it != byPerson.end(); ++it) {
            std::sort(it->begin(), it->end(),
                      [](const MemberDayStats &a, const MemberDayStats &b) { return a.day < b.day; });
            select.bind(1, m_camp.id);
            select.bind(2, it.key());
            auto row = select.next();
            if (!row)
                return std::unexpected(row.error());
            QByteArray merged;
            if (*row) {
                bool ok = true;
                merged = MemberDayCodec::merge(select.blobAt(0), *it, &ok);
                if (!ok)
                    return fail(ChatImporter::tr("The participation figures of person %1 are damaged.").arg(it.key()));
                if (auto done = select.next(); !done)
                    return std::unexpected(done.error());
            } else {
                merged = MemberDayCodec::encode(*it);
            }
            upsert.bind(1, m_camp.id);
            upsert.bind(2, it.key());
            upsert.bindBlob(3, merged);
            if (auto done = upsert.run(); !done)
                return done;
        }
        return ParticipationRepository(m_db).bumpRevision(m_camp.id);
    }

    // Joins and leaves move membership dates where the format tells them.
    Result<void> applyMembershipEvents()
    {
        QHash<qint64, Membership> changed;
        for (const MembershipEvent &event : std::as_const(m_events)) {
            const QStringList subjects = event.subjects.isEmpty() ? QStringList{event.senderName} : event.subjects;
            for (const QString &subject : subjects) {
                qint64 personId = m_personByName.value(subject, 0);
                if (personId == 0)
                    personId = m_resolver.suggest(QString(), subject).personId;
                const auto member = m_resolver.members().constFind(personId);
                if (personId == 0 || member == m_resolver.members().constEnd())
                    continue;
                if (!changed.contains(personId))
                    m_summary.previousMemberships.append(*member);
                Membership &membership = changed.insert(personId, changed.value(personId, *member)).value();
                if (event.kind == MessageKind::Join) {
                    if (!membership.joinedOn.isValid() || membership.joinedOn > event.day)
                        membership.joinedOn = event.day;
                    if (membership.leftOn.isValid() && membership.leftOn <= event.day) {
                        membership.leftOn = QDate();
                        if (membership.status == MembershipStatus::Left)
                            membership.status = MembershipStatus::Active;
                    }
                } else {
                    membership.leftOn = event.day;
                    if (membership.status == MembershipStatus::Active)
                        membership.status = MembershipStatus::Left;
                }
            }
        }
        for (const Membership &membership : std::as_const(changed)) {
            if (auto updated = m_workspace.memberships().update(membership); !updated)
                return updated;
        }
        // Memberships that ended up as they were need no restoring.
        m_summary.previousMemberships.removeIf(
            [&changed](const Membership &before) { return changed.value(before.personId) == before; });
        return {};
    }

    Workspace &m_workspace;
    QSqlDatabase m_db;
    Camp m_camp;
    QString m_platform;
    const ChatImportOptions &m_options;
    IdentityResolver m_resolver;
    DayCalendar m_calendar;
    SqliteStatement m_insertMessage;
    SqliteStatement m_insertCheckIn;
    SqliteStatement m_insertIdentity;
    ChatImportSummary m_summary;
    std::optional<Error> m_failure;
    QHash<QString, Resolved> m_resolved;
    QHash<QString, qint64> m_personByName; // names seen in this import → person, for joins and leaves
    QHash<std::pair<qint64, qint64>, DayAggregate> m_aggregates; // (person, Julian day)
    QList<MembershipEvent> m_events;
    qint64 m_lastTime = std::numeric_limits<qint64>::min();
    QHash<qint64, int> m_sameSecond; // occurrences of one key within one timestamp
};

} // namespace

Result<ChatImportSummary> ChatImporter::run(qint64 campId, const QString &path, const ChatImportOptions &options)
{
    auto camp = m_workspace.camps().find(campId);
    if (!camp)
        return std::unexpected(camp.error());
    auto loaded = load(path, options);
    if (!loaded)
        return std::unexpected(loaded.error());

    const ImportCacheSize cache(m_workspace.database());
    Transaction transaction(m_workspace.database());
    if (auto begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    ImportWriter writer(m_workspace, *camp, ChatFormats::platform(loaded->format()), options);
    if (auto begun = writer.begin(loaded->fileName(), loaded->format(), loaded->encoding()); !begun)
        return std::unexpected(begun.error());
    auto report = loaded->parse(parseOptions(*camp, options),
                                     [&writer](ChatMessage &&message) { return writer.add(std::move(message)); });
    if (const auto failure = writer.failure())
        return std::unexpected(*failure);
    if (!report)
        return fail(fileError(loaded->fileName(), report.error()));
    if (report->cancelled) {
        ChatImportSummary cancelled = writer.summary();
        cancelled.cancelled = true;
        return cancelled; // the guard rolls everything back
    }
    if (writer.summary().scan.messages == 0)
        return fail(tr("%1 holds no messages.").arg(loaded->fileName()));
    loaded->release(); // the decoded file is no longer needed: free it before the last steps
    writer.summary().scan.chatName = report->chatName;
    writer.summary().scan.dateOrder = report->dateOrder;
    writer.summary().scan.warnings = report->warnings;
    auto summary = writer.finish();
    if (!summary)
        return summary;
    if (auto refreshed = refreshActivityStats(*camp); !refreshed)
        return std::unexpected(refreshed.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return summary;
}

Result<ChatImportSummary> ChatImporter::importMessages(qint64 campId, ChatFormat format, const QString &sourceName,
                                                       QList<ChatMessage> messages, const ChatImportOptions &options)
{
    auto camp = m_workspace.camps().find(campId);
    if (!camp)
        return std::unexpected(camp.error());
    Transaction transaction(m_workspace.database());
    if (auto begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    ImportWriter writer(m_workspace, *camp, ChatFormats::platform(format), options);
    if (auto begun = writer.begin(sourceName, format, QStringLiteral("UTF-8")); !begun)
        return std::unexpected(begun.error());
    for (ChatMessage &message : messages) {
        if (!writer.add(std::move(message)))
            return std::unexpected(writer.failure().value_or(Error{}));
    }
    auto summary = writer.finish();
    if (!summary)
        return summary;
    if (auto refreshed = refreshActivityStats(*camp); !refreshed)
        return std::unexpected(refreshed.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return summary;
}

} // namespace CampDesk
