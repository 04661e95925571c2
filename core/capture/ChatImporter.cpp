#include "core/capture/ChatImporter.h"

#include "core/Workspace.h"
#include "core/capture/ChatFileReader.h"
#include "core/capture/ChatImportRepository.h"
#include "core/capture/ChatParsers.h"
#include "core/capture/ChatText.h"
#include "core/capture/MemberDayCodec.h"
#include "core/capture/MessageMinutes.h"
#include "core/capture/ParticipationRepository.h"
#include "core/domain/ActivityRepository.h"
#include "core/domain/Camp.h"
#include "core/domain/CampRepository.h"
#include "core/domain/MembershipRepository.h"
#include "core/domain/PersonRepository.h"
#include "core/review/ActivityStatsCache.h"
#include "core/storage/MessageKeys.h"
#include "core/storage/ScopedCacheSize.h"
#include "core/storage/Transaction.h"
#include "core/team/StaleEdit.h"

#include <QDateTime>
#include <QFileInfo>

#include <algorithm>
#include <iterator>
#include <map>

namespace CampDesk {

namespace {

bool isCountable(MessageKind kind)
{
    return kind == MessageKind::Text || kind == MessageKind::Media || kind == MessageKind::CheckIn;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

// Camp-local days of Unix times, with the zone offset cached per hour: zone
// look-ups are the slowest step of a million-message import otherwise.
class DayCalendar {
public:
    explicit DayCalendar(const QTimeZone &zone)
        : m_zone(zone)
    {
    }

    qint64 julianDay(qint64 time)
    {
        const qint64 hour = floorDiv(time, 3600);
        if (hour != m_hour) {
            m_hour = hour;
            m_offset = m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(hour * 3600, Qt::UTC));
        }
        return MemberDayCodec::UnixEpochJulianDay + floorDiv(time + m_offset, 86400);
    }

    QDate day(qint64 time) { return QDate::fromJulianDay(julianDay(time)); }

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
    QTimeZone m_zone;
    qint64 m_hour = std::numeric_limits<qint64>::min();
    int m_offset = 0;
    QDate m_lastDate;
    QString m_lastText;
};

// The senders of a file in the order first met, with every name each wrote
// under and how many countable messages each sent.
class SenderTally {
public:
    // The sender's slot, added on first sight.
    int add(const ChatMessage &message, const QString &key)
    {
        auto found = m_slots.constFind(key);
        if (found == m_slots.constEnd()) {
            found = m_slots.insert(key, int(m_senders.size()));
            m_senders.append({key, message.senderId, {}, message.fromSelf});
            m_messages.append(0);
        }
        ChatSender &sender = m_senders[*found];
        const QString name = message.senderName.isEmpty() ? message.senderId : message.senderName;
        // Names change rarely: the last one is the usual case.
        if (!name.isEmpty() && (sender.names.isEmpty() || sender.names.constLast() != name)) {
            sender.names.removeOne(name);
            sender.names.append(name);
        }
        sender.self = sender.self || message.fromSelf;
        return *found;
    }

    void count(int slot) { ++m_messages[slot]; }
    const QList<ChatSender> &senders() const { return m_senders; }
    int messages(int slot) const { return m_messages.at(slot); }
    qsizetype size() const { return m_senders.size(); }

private:
    QHash<QString, int> m_slots;
    QList<ChatSender> m_senders;
    QList<int> m_messages;
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

// A chat named for a file of one chat would be ignored without a word.
Result<void> chatChoiceFits(const ChatFileReader &loaded, const ChatImportOptions &options)
{
    const bool named = !options.chat.trimmed().isEmpty() || options.chatPlace > 0;
    if (!named || ChatFormats::holdsSeveralChats(loaded.format()))
        return {};
    const QString chat = options.chat.trimmed().isEmpty() ? QStringLiteral("#%1").arg(options.chatPlace) : options.chat;
    return fail(ChatImporter::tr("%1: a chat was named (“%2”), but a %3 file holds one chat; nothing was imported.")
                    .arg(loaded.fileName(), chat, ChatFormats::displayName(loaded.format())));
}

// The parser's failure, named after the file; what else it tells (the
// chats to choose from) stays.
std::unexpected<Error> fileError(const QString &fileName, const Error &error)
{
    Error named = error;
    named.message = ChatImporter::tr("%1: %2").arg(fileName, error.message);
    return std::unexpected(std::move(named));
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
    parse.campFirst = camp.preparationStart.isValid() ? camp.preparationStart : camp.courseStart;
    parse.campLast = camp.wrapUpEnd.isValid() ? camp.wrapUpEnd : camp.courseEnd;
    parse.progress = options.progress;
    parse.chat = options.chat;
    parse.chatPlace = options.chatPlace;
    return parse;
}

ImportIdentity importIdentity(const ChatSender &sender, int messages, const SenderMatch &match)
{
    ImportIdentity identity;
    identity.chatKey = sender.key;
    identity.names = sender.names;
    identity.name = sender.names.isEmpty() ? sender.senderId : sender.names.constLast();
    identity.senderId = sender.senderId;
    identity.messages = messages;
    identity.self = sender.self;
    identity.match = match.kind;
    identity.personId = match.personId;
    identity.suggestions = match.suggestions;
    identity.remembered = match.kind == SenderMatchKind::Remembered;
    identity.staff = match.staff;
    return identity;
}

} // namespace

QString messageKindKey(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Text:
        return QStringLiteral("text");
    case MessageKind::Media:
        return QStringLiteral("media");
    case MessageKind::Join:
        return QStringLiteral("join");
    case MessageKind::Leave:
        return QStringLiteral("leave");
    case MessageKind::Recall:
        return QStringLiteral("recall");
    case MessageKind::Pat:
        return QStringLiteral("pat");
    case MessageKind::System:
        return QStringLiteral("system");
    case MessageKind::CheckIn:
        return QStringLiteral("checkin");
    }
    return {};
}

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
    return ActivityStatsCache(m_workspace).refresh(camp, *activities);
}

namespace {

// The rows undo puts back or removes, each as the import left it.
QList<StaleEdit::Seen> whatItLeft(Workspace &workspace, const ChatImportSummary &summary)
{
    // An identity as the import left it: its member, name and marks (its
    // counts move with every import).
    const auto sameMapping = [](const ChatIdentity &now, const ChatIdentity &left) {
        return now.personId == left.personId && now.displayName == left.displayName && now.staff == left.staff
            && now.self == left.self;
    };
    QList<StaleEdit::Seen> rows = StaleEdit::seenAll<ChatIdentity>(
        StaleEdit::Table::ChatIdentities, summary.leftIdentities,
        [&workspace](qint64 id) { return workspace.participation().identity(id); }, sameMapping);
    for (const Membership &left : summary.leftMemberships)
        rows.append(StaleEdit::seenMembership(workspace, left));
    rows.append(StaleEdit::seenAll<Person>(StaleEdit::Table::People, summary.leftPeople,
                                           [&workspace](qint64 id) { return workspace.people().find(id); }));
    return rows;
}

} // namespace

Result<void> ChatImporter::revert(Workspace &workspace, qint64 campId, const ChatImportSummary &summary)
{
    // What another operator changed since (a sender mapped, a new member's
    // details, a member's dates) would go with the import: then nothing is
    // taken back, and the refusal says who changed what.
    return StaleEdit::writeParticipation(workspace, campId, whatItLeft(workspace, summary), [&]() -> Result<void> {
        if (auto removed = workspace.participation().removeImport(summary.importId); !removed)
            return removed;
        for (const ChatIdentity &identity : summary.previousIdentities) {
            if (auto restored = workspace.participation().restoreIdentity(identity); !restored)
                return restored;
        }
        if (auto restored = workspace.memberships().updateAll(summary.previousMemberships); !restored)
            return restored;
        for (qint64 personId : summary.createdPeople) {
            if (auto left = workspace.memberships().removeFromCamp(campId, personId); !left)
                return left;
            // The person goes too unless another camp took them in since.
            if (auto removed = workspace.people().removeIfInNoCamp(personId); !removed)
                return removed;
        }
        if (!summary.previousIdentities.isEmpty())
            return workspace.participation().refreshStats(campId);
        return {};
    });
}

QString ChatImporter::chatKey(const ChatMessage &message)
{
    if (!message.senderId.isEmpty())
        return message.senderId;
    if (!message.senderName.isEmpty())
        return (message.unsavedContact ? QStringLiteral("name:~") : QStringLiteral("name:")) + message.senderName;
    return {};
}

QList<qint64> ChatImporter::acceptableSuggestions(const QList<QList<SenderSuggestion>> &suggestions,
                                                  const QList<qint64> &decided)
{
    QList<qint64> accepted(suggestions.size(), 0);
    QHash<qint64, int> claims; // member → senders that are or would be them
    for (qsizetype i = 0; i < suggestions.size(); ++i) {
        if (decided.value(i) > 0) {
            ++claims[decided.at(i)];
            continue;
        }
        accepted[i]
            = NameIndex::acceptable(suggestions.at(i), [](const SenderSuggestion &a, const SenderSuggestion &b) {
                  return a.sameName == b.sameName && a.reason == b.reason;
              });
        if (accepted.at(i) > 0)
            ++claims[accepted.at(i)];
    }
    for (qint64 &person : accepted) {
        if (person > 0 && claims.value(person) > 1)
            person = 0;
    }
    return accepted;
}

QList<std::pair<qint64, QStringList>> MemberDayRef::isoDaysByMember(const QList<MemberDayRef> &refs)
{
    QList<std::pair<qint64, QStringList>> members;
    QHash<qint64, qsizetype> placeOf;
    for (const MemberDayRef &ref : refs) {
        auto place = placeOf.constFind(ref.personId);
        if (place == placeOf.constEnd()) {
            place = placeOf.insert(ref.personId, members.size());
            members.append(std::pair<qint64, QStringList>(ref.personId, QStringList()));
        }
        members[*place].second.append(ref.day.toString(Qt::ISODate));
    }
    return members;
}

bool ChatImporter::isCheckInText(QStringView text)
{
    if (text.contains(u"#接龙") || text.contains(u"#接龍") || text.contains(u"#checkin", Qt::CaseInsensitive)
        || text.contains(u"#check-in", Qt::CaseInsensitive))
        return true;
    if (!text.contains(u"打卡"))
        return false;
    // People write about checking in without doing it: a reminder, a
    // question or a "not yet" is not a check-in.
    static const QStringView notCheckIns[] = {
        u"记得打卡", u"别忘了打卡", u"别忘记打卡", u"忘了打卡",   u"忘记打卡", u"没打卡",   u"没有打卡", u"未打卡",
        u"怎么打卡", u"如何打卡",   u"在哪打卡",   u"在哪里打卡", u"打卡了吗", u"打卡了没", u"打卡吗",   u"请打卡",
        u"大家打卡", u"快打卡",     u"去打卡",     u"来打卡",     u"提醒打卡", u"打卡提醒", u"打卡时间", u"打卡截止"};
    return std::none_of(std::begin(notCheckIns), std::end(notCheckIns),
                        [text](QStringView phrase) { return text.contains(phrase); });
}

Result<ChatScan> ChatImporter::scan(qint64 campId, const QString &path, const ChatImportOptions &options)
{
    auto camp = m_workspace.camps().find(campId);
    if (!camp)
        return std::unexpected(camp.error());
    auto loaded = load(path, options);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (auto fits = chatChoiceFits(*loaded, options); !fits)
        return std::unexpected(fits.error());
    SenderMatcher matcher;
    if (auto ready = matcher.load(m_workspace, campId, ChatFormats::platform(loaded->format())); !ready)
        return std::unexpected(ready.error());

    ChatScan scan;
    scan.fileName = loaded->fileName();
    scan.format = loaded->format();
    scan.encoding = loaded->encoding();
    SenderTally tally;
    auto report = loaded->parse(parseOptions(*camp, options), [&](ChatMessage &&message) {
        ++scan.messages;
        const MessageKind kind = effectiveKind(message);
        if (!isCountable(kind)) {
            ++scan.systemEvents;
            return true;
        }
        ++scan.countable;
        scan.firstAt = scan.countable == 1 ? message.time : std::min(scan.firstAt, message.time);
        scan.lastAt = scan.countable == 1 ? message.time : std::max(scan.lastAt, message.time);
        if (const QString key = chatKey(message); !key.isEmpty())
            tally.count(tally.add(message, key));
        return true;
    });
    if (!report)
        return fileError(loaded->fileName(), report.error());
    scan.chatName = report->chatName;
    scan.dateOrder = report->dateOrder;
    scan.encoding = loaded->encoding(); // as the first pass of a big file decided
    scan.warnings = report->warnings;
    const QList<SenderMatch> matches = matcher.match(tally.senders());
    for (qsizetype slot = 0; slot < tally.size(); ++slot)
        scan.identities.append(importIdentity(tally.senders().at(slot), tally.messages(int(slot)), matches.at(slot)));
    std::stable_sort(scan.identities.begin(), scan.identities.end(),
                     [](const ImportIdentity &a, const ImportIdentity &b) { return a.messages > b.messages; });
    return scan;
}

namespace {

// A million random de-duplication keys make SQLite's default 2 MB page cache
// spill to the WAL and read its pages back thousands of times (half the
// import time in a profile); a larger cache for the import's duration keeps
// the index pages in memory, well inside the 300 MB budget.
constexpr int ImportCacheKibibytes = 65536;

// Writes one import's messages inside the caller's transaction. Messages
// are stored as they are read, each under its sender's identity; who the
// senders are is decided once every sender of the file is known (finish),
// and then the check-ins, the per-day aggregates and the membership dates
// are written for the members they turned out to be.
class ImportWriter {
public:
    ImportWriter(Workspace &workspace, const Camp &camp, QString platform, const ChatImportOptions &options)
        : m_workspace(workspace)
        , m_camp(camp)
        , m_platform(std::move(platform))
        , m_options(options)
        , m_calendar(camp.zone())
        , m_rows(workspace.chatImports().rows())
    {
    }

    Result<void> begin(const QString &fileName, ChatFormat format, const QString &encoding)
    {
        m_idsNameOneMessage = ChatFormats::idsNameOneMessage(format);
        m_idsAreLocal = ChatFormats::idsAreLocal(format);
        if (auto prepared = m_rows->ready(); !prepared)
            return prepared;
        // Before anything is read that the import merges and writes back;
        // a cancel while another operator's change holds the camp is heard.
        bool waited = false;
        const auto stillWanted = [this, &waited] {
            if (!waited && m_options.waitingForCamp)
                m_options.waitingForCamp(true);
            waited = true;
            return !m_options.progress || m_options.progress(0.0);
        };
        auto locked
            = m_workspace.participation().lockCamp(m_camp.id, ParticipationRepository::Waiting::UntilFree, stillWanted);
        if (waited && m_options.waitingForCamp)
            m_options.waitingForCamp(false);
        if (!locked)
            return locked;
        if (auto ready = m_matcher.load(m_workspace, m_camp.id, m_platform); !ready)
            return ready;
        auto known = m_workspace.participation().identitiesOf(m_camp.id, m_platform);
        if (!known)
            return std::unexpected(known.error());
        for (const ChatIdentity &identity : *known)
            m_known.insert(identity.chatKey, identity);
        m_summary.scan.fileName = fileName;
        m_summary.scan.format = format;
        m_summary.scan.encoding = encoding;
        auto importId = m_workspace.chatImports().add(m_camp.id, fileName, ChatFormats::key(format), encoding);
        if (!importId)
            return std::unexpected(importId.error());
        m_summary.importId = *importId;
        return {};
    }

    // False when writing failed; failure() says why.
    bool add(ChatMessage &&message)
    {
        ++m_summary.scan.messages;
        const MessageKind kind = effectiveKind(message);
        const QString key = ChatImporter::chatKey(message);
        int slot = -1;
        if (!key.isEmpty() && isCountable(kind)) {
            slot = senderSlot(message, key);
            if (slot < 0)
                return false;
        }
        const qint64 julianDay = m_calendar.julianDay(message.time);
        const auto stored = store(message, kind, key, slot);
        if (!check(stored))
            return false;
        if (!*stored) {
            ++m_summary.duplicates;
            return true;
        }
        ++m_summary.added;
        if (!isCountable(kind)) {
            ++m_summary.systemEvents;
            if (kind == MessageKind::Join || kind == MessageKind::Leave) {
                ++(kind == MessageKind::Join ? m_summary.joins : m_summary.leaves);
                m_events.append({message.subjects, message.senderName, kind, QDate::fromJulianDay(julianDay)});
            }
            return true;
        }
        const bool first = m_summary.scan.countable++ == 0;
        m_summary.scan.firstAt = first ? message.time : std::min(m_summary.scan.firstAt, message.time);
        m_summary.scan.lastAt = first ? message.time : std::max(m_summary.scan.lastAt, message.time);
        if (slot < 0)
            return true;
        m_tally.count(slot);
        m_firstDays[slot] = std::min(m_firstDays.at(slot), julianDay);
        m_minutes[slot].push_back(MessageMinutes::minuteOf(message.time));
        // Kept a few megabytes at a time, so a 2 GB export's memory stays flat.
        if (++m_pendingMinutes >= m_options.minutesHeld && !check(flushMinutes()))
            return false;
        DayAggregate &aggregate = m_aggregates[{slot, julianDay}];
        ++aggregate.messages;
        aggregate.firstAt = std::min(aggregate.firstAt, message.time);
        aggregate.lastAt = std::max(aggregate.lastAt, message.time);
        // The day's note: its earliest check-in post, and of posts of the
        // same second the first in the file, as moveChatCheckIns orders
        // them (by time, then by id, which follows the file).
        if (kind == MessageKind::CheckIn) {
            const std::pair<qint64, qint64> posted(message.time, m_summary.scan.messages);
            if (!aggregate.checkedIn || posted < aggregate.checkInPosted) {
                aggregate.checkInNote = QStringView(message.text).left(200).toString();
                aggregate.checkInPosted = posted;
                aggregate.checkedIn = true;
            }
        }
        return true;
    }

    const std::optional<Error> &failure() const { return m_failure; }

    Result<ChatImportSummary> finish()
    {
        if (auto stored = m_rows->flush(); !stored)
            return std::unexpected(stored.error());
        if (auto flushed = flushMinutes(); !flushed)
            return std::unexpected(flushed.error());
        const QList<qint64> people = decideSenders();
        if (m_failure)
            return std::unexpected(*m_failure);
        // The file's joins and leaves first: a member who joined in it
        // checks in from that day on (writeDays asks m_stays).
        if (auto moved = applyMembershipEvents(people); !moved)
            return std::unexpected(moved.error());
        if (auto written = writeDays(people); !written)
            return std::unexpected(written.error());
        if (auto recorded = recordWhatItLeft(); !recorded)
            return std::unexpected(recorded.error());
        std::sort(m_summary.unmatched.begin(), m_summary.unmatched.end(),
                  [](const ImportIdentity &a, const ImportIdentity &b) { return a.messages > b.messages; });
        if (auto counted = m_workspace.chatImports().setOutcome(m_summary.importId, m_summary.added,
                                                                m_summary.duplicates, m_summary.scan.encoding);
            !counted)
            return std::unexpected(counted.error());
        if (auto bumped = m_workspace.participation().bumpRevision(m_camp.id); !bumped)
            return std::unexpected(bumped.error());
        return m_summary;
    }

    ChatImportSummary &summary() { return m_summary; }

private:
    struct DayAggregate {
        int messages = 0;
        qint64 firstAt = std::numeric_limits<qint64>::max();
        qint64 lastAt = std::numeric_limits<qint64>::min();
        bool checkedIn = false;
        QString checkInNote;
        std::pair<qint64, qint64> checkInPosted; // the note's post: when, and where in the file
    };
    struct MembershipEvent {
        QStringList subjects;
        QString senderName;
        MessageKind kind;
        QDate day;
    };

    template<typename T> bool check(const Result<T> &result)
    {
        if (!result)
            m_failure = result.error();
        return result.has_value();
    }

    // Writes the minutes held as a new row for each identity (MessageMinutes).
    Result<void> flushMinutes()
    {
        if (m_pendingMinutes == 0)
            return {};
        for (std::size_t slot = 0; slot < m_minutes.size(); ++slot) {
            std::vector<qint64> &minutes = m_minutes[slot];
            if (minutes.empty())
                continue;
            const QByteArray packed = MessageMinutes::pack(std::move(minutes));
            minutes = {};
            if (auto done = m_rows->addMinutes(m_identityIds.at(qsizetype(slot)), m_summary.importId, m_minuteParts,
                                               m_camp.id, packed);
                !done)
                return done;
        }
        ++m_minuteParts;
        m_pendingMinutes = 0;
        return {};
    }

    // The slot of the message's sender; its identity row is written on first
    // sight (mapped to nobody until finish decides), so messages can refer to it.
    int senderSlot(const ChatMessage &message, const QString &key)
    {
        const qsizetype before = m_tally.size();
        const int slot = m_tally.add(message, key);
        if (m_tally.size() == before)
            return slot;
        qint64 identityId = 0;
        if (const auto known = m_known.constFind(key); known != m_known.constEnd()) {
            identityId = known->id;
            m_summary.previousIdentities.append(*known);
        } else {
            auto inserted = m_rows->insertIdentity(m_camp.id, m_platform, key,
                                                   message.senderName.isEmpty() ? message.senderId : message.senderName,
                                                   message.fromSelf);
            if (!check(inserted))
                return -1;
            identityId = *inserted;
        }
        m_identityIds.append(identityId);
        m_firstDays.append(std::numeric_limits<qint64>::max());
        m_minutes.emplace_back();
        return slot;
    }

    // Stores the message unless the camp has it already: true when stored.
    // Its key is time-ordered (MessageKeys); a key another message holds is
    // the same message only with the same sender and text, else the next
    // alternate key is tried, so a reused message id never drops a message.
    Result<bool> store(const ChatMessage &message, MessageKind kind, const QString &key, int slot)
    {
        MessageKeys::ContentHash hash;
        hash.add(m_platform);
        int earlierPosts = 0; // identical posts of this sender and second before this one in the file
        if (!message.sourceId.isEmpty() && !m_idsAreLocal) {
            hash.add(QStringLiteral("id"));
            hash.add(message.sourceId);
        } else {
            // Exports without message ids (or with the exporting computer's):
            // the same sender, time and text is the same message, counted by
            // its occurrence in the file so that two identical posts both survive.
            hash.add(hashedKey(message, key));
            hash.add(message.time);
            hash.add(message.text);
            earlierPosts = occurrence(message.time, hash.value());
            hash.add(qint64(earlierPosts));
        }
        const qint64 primary = MessageKeys::timeOrdered(message.time, hash.value());
        const qint64 identityId = slot >= 0 ? m_identityIds.at(slot) : 0;
        if (m_idsAreLocal) {
            // Stored under any key (an earlier CampDesk keyed MemoTrace's
            // messages by their local id, which another computer's export of
            // the chat numbers anew): the camp has this post when it holds
            // more such posts than came before it in the file.
            auto held = m_rows->sameMessagesAt(m_camp.id, message.time, identityId, message.text);
            if (!held)
                return std::unexpected(held.error());
            if (earlierPosts < *held)
                return false;
        }
        const QString identityKey = slot >= 0 ? hashedKey(message, key) : QString();
        // The identity earlier imports stored an unsaved contact's messages
        // under, before it had a key of its own: they are the same messages.
        const qint64 earlierIdentityId = message.unsavedContact ? m_known.value(hashedKey(message, key)).id : qint64(0);
        for (int attempt = 0; attempt <= MessageKeys::MaxAttempts; ++attempt) {
            const qint64 sourceKey = attempt == 0
                ? primary
                : MessageKeys::alternate(primary, message.time, identityKey, message.text, attempt);
            auto inserted = m_rows->insertMessage(m_camp.id, m_summary.importId, identityId, message.time,
                                                  m_calendar.dayText(message.time), messageKindKey(kind), message.text,
                                                  sourceKey);
            if (!inserted || *inserted)
                return inserted;
            // Under its own key, a message of the same sender with the same id
            // is this one, whatever its text: edited between two exports
            // (Telegram, Discord), it was added again and counted twice.
            const std::optional<QStringView> text = attempt == 0 && m_idsNameOneMessage && !message.sourceId.isEmpty()
                ? std::nullopt
                : std::optional<QStringView>(message.text);
            auto same = m_rows->holdsSame(m_camp.id, sourceKey, identityId, text);
            if (same && !*same && earlierIdentityId > 0)
                same = m_rows->holdsSame(m_camp.id, sourceKey, earlierIdentityId, text);
            if (!same)
                return std::unexpected(same.error());
            if (*same)
                return false;
        }
        return fail(ChatImporter::tr("Line %1: the message could not be given a key of its own.").arg(message.line));
    }

    // The sender's key as messages are hashed by: an unsaved contact's
    // messages were stored under the name alone before they had a key of
    // their own (name:~…), and hash as they did, so that an export imported
    // then adds nothing when imported again.
    static QString hashedKey(const ChatMessage &message, const QString &key)
    {
        return message.unsavedContact ? QStringLiteral("name:") + message.senderName : key;
    }

    // How many posts of this sender, time and text (`key`) came before this
    // one in the file. Not only since the time last changed: a post
    // delivered late between two identical ones, or an hour that a clock
    // change repeats, would make the second the first again, and it would
    // be dropped as the same message. The counts are kept for the two days
    // before the latest time met, so memory stays flat over a long export.
    int occurrence(qint64 time, qint64 key)
    {
        constexpr qint64 KeptSeconds = 2 * 24 * 3600;
        if (time > m_latestTime) {
            m_latestTime = time;
            m_occurrences.erase(m_occurrences.begin(), m_occurrences.lower_bound(time - KeptSeconds));
        }
        return m_occurrences[time][key]++;
    }

    // Who each sender is, in the order the rules give: the operator's
    // decision, then an exact match (SenderMatcher), then an accepted
    // suggestion, then a new member. Writes each identity's member, its
    // latest name and every name it had. Returns the person of each slot.
    QList<qint64> decideSenders()
    {
        const QList<SenderMatch> matches = m_matcher.match(m_tally.senders());
        QList<qint64> people(m_tally.size(), 0);
        constexpr qint64 NoDecision = -2;
        QList<qint64> decisions(m_tally.size(), NoDecision); // the operator's
        QList<qint64> decided(m_tally.size(), 0); // by the operator or an exact match
        QList<QList<SenderSuggestion>> open(m_tally.size()); // guesses the operator left to "accept"
        for (qsizetype slot = 0; slot < m_tally.size(); ++slot) {
            const SenderMatch &match = matches.at(slot);
            decisions[slot] = m_options.mapping.value(m_tally.senders().at(slot).key, NoDecision);
            const qint64 decision = decisions.at(slot);
            decided[slot] = match.kind != SenderMatchKind::Remembered && decision >= 0 ? decision : match.personId;
            if (decided.at(slot) == 0 && decision == NoDecision && m_options.acceptSuggestions)
                open[slot] = match.suggestions;
        }
        const QList<qint64> accepted = ChatImporter::acceptableSuggestions(open, decided);
        for (qsizetype slot = 0; slot < m_tally.size(); ++slot) {
            const ChatSender &sender = m_tally.senders().at(slot);
            const SenderMatch &match = matches.at(slot);
            const qint64 decision = decisions.at(slot);
            qint64 personId = decided.at(slot);
            if (personId == 0 && accepted.at(slot) > 0) {
                personId = accepted.at(slot);
                ++m_summary.suggestionsAccepted;
            }
            const bool staff = m_options.staffKeys.contains(sender.key) || match.staff;
            const bool create = decision == ChatImportOptions::CreateMember
                || (decision == NoDecision && m_options.createMembers && !staff);
            if (personId == 0 && create) {
                auto created = createMember(sender, slot);
                if (!check(created))
                    return people;
                personId = *created;
            }
            people[slot] = personId;
            if (const auto known = m_known.constFind(sender.key);
                known != m_known.constEnd() && known->personId != personId) {
                // Earlier imports' messages change hands: their check-ins
                // follow and their figures are rebuilt once this import's
                // are written.
                m_moves.append({known->id, known->personId, personId});
                for (qint64 moved : {known->personId, personId}) {
                    if (moved > 0 && !m_remapped.contains(moved))
                        m_remapped.append(moved);
                }
            }
            const QString latest = sender.names.isEmpty() ? sender.senderId : sender.names.constLast();
            if (!check(m_rows->updateIdentity(m_identityIds.at(slot), personId, latest, staff, sender.self)))
                return people;
            for (const QString &one : sender.names) {
                if (!check(m_rows->addIdentityName(m_identityIds.at(slot), one, m_summary.importId)))
                    return people;
            }
            if (personId == 0 && !staff) {
                ImportIdentity unmatched = importIdentity(sender, m_tally.messages(int(slot)), match);
                unmatched.personId = 0;
                m_summary.unmatched.append(unmatched);
            }
        }
        return people;
    }

    // The rows undo puts back or removes, as this import leaves them
    // (ChatImportSummary::leftIdentities): read back, since a server merges
    // a staff mark with the one before.
    Result<void> recordWhatItLeft()
    {
        if (auto stored = m_rows->flush(); !stored)
            return stored;
        // Every sender of the file: those met again are put back, the new
        // ones removed, and another operator may have mapped either since.
        if (!m_identityIds.isEmpty()) {
            auto identities = m_workspace.participation().identitiesOf(m_camp.id, m_platform);
            if (!identities)
                return std::unexpected(identities.error());
            const QSet<qint64> senders(m_identityIds.cbegin(), m_identityIds.cend());
            for (const ChatIdentity &identity : std::as_const(*identities)) {
                if (senders.contains(identity.id))
                    m_summary.leftIdentities.append(identity);
            }
        }
        if (m_summary.previousMemberships.isEmpty() && m_summary.createdPeople.isEmpty())
            return {};
        auto roster = m_workspace.memberships().listForCamp(m_camp.id);
        if (!roster)
            return std::unexpected(roster.error());
        QSet<qint64> touched(m_summary.createdPeople.cbegin(), m_summary.createdPeople.cend());
        for (const Membership &membership : std::as_const(m_summary.previousMemberships))
            touched.insert(membership.personId);
        for (const MemberEntry &entry : std::as_const(*roster)) {
            if (touched.contains(entry.membership.personId))
                m_summary.leftMemberships.append(entry.membership);
        }
        for (qint64 personId : std::as_const(m_summary.createdPeople)) {
            auto person = m_workspace.people().find(personId);
            if (!person)
                return std::unexpected(person.error());
            m_summary.leftPeople.append(*person);
        }
        return {};
    }

    Result<qint64> createMember(const ChatSender &sender, qsizetype slot)
    {
        Person person;
        person.displayName = sender.names.isEmpty() ? sender.senderId : sender.names.constLast();
        if (!sender.senderId.isEmpty())
            person.chatIds.append({m_platform, sender.senderId});
        auto personId = m_workspace.people().insert(person);
        if (!personId)
            return personId;
        Membership membership;
        membership.campId = m_camp.id;
        membership.personId = *personId;
        membership.groupNickname = person.displayName;
        membership.joinedOn = firstDayOf(slot);
        auto membershipId = m_workspace.memberships().add(membership);
        if (!membershipId)
            return std::unexpected(membershipId.error());
        membership.id = *membershipId;
        m_createdMemberships.insert(*personId, membership);
        m_summary.createdPeople.append(*personId);
        ++m_summary.membersCreated;
        return *personId;
    }

    QDate firstDayOf(qsizetype slot) const
    {
        const qint64 first = m_firstDays.at(slot);
        return first == std::numeric_limits<qint64>::max() ? QDate() : QDate::fromJulianDay(first);
    }

    // A person's day, from the aggregates of each of their identities.
    struct PersonDay {
        MemberDayStats stats;
        const DayAggregate *checkIn = nullptr; // whose note the day's check-in takes
    };
    // One identity's day, and the person it is.
    struct SenderDay {
        qint64 personId = 0;
        qint64 julianDay = 0;
        const DayAggregate *aggregate = nullptr;
    };

    // The day of [first, last), one person's identities on one day: their
    // messages summed. A day two of a person's identities checked in takes
    // the earlier post as its note, as moveChatCheckIns does.
    static PersonDay personDay(std::vector<SenderDay>::const_iterator first,
                               std::vector<SenderDay>::const_iterator last)
    {
        PersonDay day;
        day.stats.personId = first->personId;
        day.stats.day = QDate::fromJulianDay(first->julianDay);
        day.stats.firstAt = first->aggregate->firstAt;
        day.stats.lastAt = first->aggregate->lastAt;
        for (auto it = first; it != last; ++it) {
            const DayAggregate &aggregate = *it->aggregate;
            day.stats.firstAt = std::min(day.stats.firstAt, aggregate.firstAt);
            day.stats.lastAt = std::max(day.stats.lastAt, aggregate.lastAt);
            day.stats.messages += aggregate.messages;
            if (aggregate.checkedIn && (day.checkIn == nullptr || aggregate.checkInPosted < day.checkIn->checkInPosted))
                day.checkIn = &aggregate;
        }
        return day;
    }

    // The members' days, summed over every sender who is the same member;
    // chat check-ins recorded once a member and day; both added to what
    // earlier imports and check-ins left, one packed row per member.
    Result<void> writeDays(const QList<qint64> &people)
    {
        // People and their days in order, not in a hash's: the figures and
        // check-ins are written in key order, which keeps the pages they fill
        // full, and an import writes the same whatever the hash's seed. One
        // sorted list rather than a map of maps: 200,000 days of 5,000
        // members took 0.5 s to place in maps.
        std::vector<SenderDay> senderDays;
        senderDays.reserve(std::size_t(m_aggregates.size()));
        for (auto it = m_aggregates.cbegin(); it != m_aggregates.cend(); ++it) {
            const auto [slot, julianDay] = it.key();
            if (const qint64 personId = people.at(slot); personId > 0)
                senderDays.push_back({personId, julianDay, &*it});
        }
        std::sort(senderDays.begin(), senderDays.end(), [](const SenderDay &a, const SenderDay &b) {
            return std::tie(a.personId, a.julianDay) < std::tie(b.personId, b.julianDay);
        });
        QList<qint64> damaged;
        QList<MemberDayStats> days;
        for (auto next = senderDays.cbegin(); next != senderDays.cend();) {
            const qint64 personId = next->personId;
            days.clear();
            while (next != senderDays.cend() && next->personId == personId) {
                const auto sameDay = std::find_if(next, senderDays.cend(), [&next](const SenderDay &other) {
                    return other.personId != next->personId || other.julianDay != next->julianDay;
                });
                PersonDay day = personDay(next, sameDay);
                if (auto checked = addCheckIn(day); !checked)
                    return checked;
                days.append(day.stats);
                next = sameDay;
            }
            auto merged = mergeDays(personId, days);
            if (!merged)
                return std::unexpected(merged.error());
            if (!*merged)
                damaged.append(personId);
        }
        if (auto stored = m_rows->flush(); !stored)
            return stored;
        // Figures an earlier bug or a damaged file left unreadable, and those
        // of members whose identities this import mapped anew, are rebuilt
        // from the messages, which now include this import's.
        ParticipationRepository &repository = m_workspace.participation();
        for (const IdentityMove &move : std::as_const(m_moves)) {
            if (auto moved = repository.moveChatCheckIns(m_camp.id, move.identityId, move.from, move.to); !moved)
                return moved;
        }
        for (qint64 personId : std::as_const(m_remapped)) {
            if (!damaged.contains(personId))
                damaged.append(personId);
        }
        if (!damaged.isEmpty())
            return repository.refreshStats(m_camp.id, damaged);
        return {};
    }

    // The day's check-in from the chat, unless one was ticked already, or
    // the member was not in the camp that day (it would count nowhere).
    Result<void> addCheckIn(PersonDay &day)
    {
        if (day.checkIn == nullptr)
            return {};
        if (const auto member = m_stays.constFind(day.stats.personId);
            member == m_stays.constEnd() || !member->inCampOn(day.stats.day)) {
            m_summary.checkInsOutsideStay.append({day.stats.personId, day.stats.day});
            return {};
        }
        auto added = m_rows->addChatCheckIn(m_camp.id, day.stats.personId, day.stats.day.toString(Qt::ISODate),
                                            day.checkIn->checkInNote, m_summary.importId);
        if (!added)
            return std::unexpected(added.error());
        if (*added) {
            day.stats.checkIns = 1;
            ++m_summary.checkIns;
        }
        return {};
    }

    // False when the stored figures could not be read (they are left for
    // the caller to rebuild).
    Result<bool> mergeDays(qint64 personId, const QList<MemberDayStats> &days)
    {
        auto stored = m_rows->memberDays(m_camp.id, personId);
        if (!stored)
            return std::unexpected(stored.error());
        bool readable = true;
        const std::optional<QByteArray> &held = *stored;
        const QByteArray merged
            = held.has_value() ? MemberDayCodec::merge(*held, days, &readable) : MemberDayCodec::encode(days);
        if (!readable)
            return false;
        if (auto done = m_rows->setMemberDays(m_camp.id, personId, merged); !done)
            return std::unexpected(done.error());
        return true;
    }

    // Joins and leaves move membership dates where the export names the
    // member exactly: a sender of this file, or a member's exact name.
    // Keeps every member's stay as the file leaves it (m_stays).
    Result<void> applyMembershipEvents(const QList<qint64> &people)
    {
        auto roster = m_workspace.memberships().listForCamp(m_camp.id);
        if (!roster)
            return std::unexpected(roster.error());
        m_stays.clear();
        for (const MemberEntry &entry : std::as_const(*roster))
            m_stays.insert(entry.membership.personId, entry.membership);
        if (m_events.isEmpty())
            return {};
        QHash<QString, qint64> byName; // exact names of this file's senders → their member
        for (qsizetype slot = 0; slot < m_tally.size(); ++slot) {
            for (const QString &name : m_tally.senders().at(slot).names) {
                if (people.at(slot) > 0)
                    byName.insert(ChatText::exactName(name), people.at(slot));
            }
        }
        QHash<QString, QList<qint64>> rosterNames;
        for (const MemberEntry &entry : std::as_const(*roster)) {
            for (const QString &name : {entry.displayName, entry.membership.groupNickname}) {
                if (const QString exact = ChatText::exactName(name); !exact.isEmpty())
                    rosterNames[exact].append(entry.membership.personId);
            }
        }
        const auto personOf = [&](const QString &name) -> qint64 {
            const QString exact = ChatText::exactName(name);
            if (const qint64 sender = byName.value(exact, 0); sender > 0)
                return sender;
            const QList<qint64> named = rosterNames.value(exact);
            return named.size() == 1 ? named.first() : 0;
        };
        QHash<qint64, Membership> changed;
        for (const MembershipEvent &event : std::as_const(m_events)) {
            const QStringList subjects = event.subjects.isEmpty() ? QStringList {event.senderName} : event.subjects;
            for (const QString &subject : subjects) {
                const qint64 personId = personOf(subject);
                const auto member = m_stays.constFind(personId);
                if (personId == 0 || member == m_stays.constEnd())
                    continue;
                if (!changed.contains(personId) && !m_createdMemberships.contains(personId))
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
        if (auto updated = m_workspace.memberships().updateAll(changed.values()); !updated)
            return updated;
        for (const Membership &membership : std::as_const(changed))
            m_stays.insert(membership.personId, membership);
        // Memberships that ended up as they were need no restoring.
        m_summary.previousMemberships.removeIf(
            [&changed](const Membership &before) { return changed.value(before.personId) == before; });
        return {};
    }

    Workspace &m_workspace;
    Camp m_camp;
    QString m_platform;
    bool m_idsNameOneMessage = false; // ChatFormats::idsNameOneMessage
    bool m_idsAreLocal = false; // ChatFormats::idsAreLocal
    const ChatImportOptions &m_options;
    SenderMatcher m_matcher;
    DayCalendar m_calendar;
    std::unique_ptr<ChatImportRepository::Rows> m_rows;
    ChatImportSummary m_summary;
    std::optional<Error> m_failure;
    SenderTally m_tally;
    QList<qint64> m_identityIds; // of each sender slot
    QList<qint64> m_firstDays; // of each sender slot: the Julian day of its first new message
    std::vector<std::vector<qint64>> m_minutes; // of each sender slot: the minutes of new messages not yet written
    qint64 m_pendingMinutes = 0;
    qint64 m_minuteParts = 0;
    QHash<QString, ChatIdentity> m_known; // identities earlier imports of the camp met, by key
    QHash<qint64, Membership> m_createdMemberships;
    QHash<qint64, Membership> m_stays; // person → membership, after the file's joins and leaves
    QList<qint64> m_remapped; // people whose earlier messages this import moved to or from them
    struct IdentityMove {
        qint64 identityId = 0;
        qint64 from = 0; // the person before (0: nobody)
        qint64 to = 0;
    };
    QList<IdentityMove> m_moves; // known identities this import maps to another person
    QHash<std::pair<qint64, qint64>, DayAggregate> m_aggregates; // (sender slot, Julian day)
    QList<MembershipEvent> m_events;
    qint64 m_latestTime = std::numeric_limits<qint64>::min();
    std::map<qint64, QHash<qint64, int>> m_occurrences; // by time: each key's posts so far (occurrence)
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
    if (auto fits = chatChoiceFits(*loaded, options); !fits)
        return std::unexpected(fits.error());

    const ScopedCacheSize cache(m_workspace.database(), ImportCacheKibibytes);
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
        return fileError(loaded->fileName(), report.error());
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
    writer.summary().scan.encoding = loaded->encoding(); // as the first pass of a big file decided
    writer.summary().skipped = skippedMessages(report->warnings);
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
            return std::unexpected(writer.failure().value_or(Error {}));
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
