#include "core/capture/JielongMatcher.h"

#include "core/Workspace.h"
#include "core/capture/ChatText.h"
#include "core/capture/NameIndex.h"
#include "core/capture/ParticipationRepository.h"
#include "core/domain/ActivityRepository.h"
#include "core/domain/MembershipRepository.h"
#include "core/storage/Transaction.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace CampDesk {

namespace {

QStringList words(QStringView line)
{
    QStringList words;
    for (QStringView word : line.split(u' ', Qt::SkipEmptyParts)) {
        for (QStringView part : word.split(QChar(0x3000), Qt::SkipEmptyParts))
            words.append(part.toString());
    }
    return words;
}

// A word that says what an entry is, not who wrote it ("打卡 小雨点",
// "#接龙 阿杰", "已签到 老王"): never taught as a name, and passed over where
// a taught name is looked for, or "打卡" would name whoever was taught it.
bool saysWhatNotWho(QStringView word)
{
    // A word that begins so ("打卡第3天", "已签到✅"); a name written with
    // it ("小雨点打卡") stays a name, as it was remembered before.
    static const QStringView marks[] = {u"打卡", u"已打卡", u"签到", u"已签到", u"簽到",   u"接龙",    u"接龍",
                                        u"报名", u"已报名", u"報名", u"完成",   u"已完成", u"checkin", u"check-in"};
    if (word.startsWith(u'#') || word.startsWith(u'+') || word == u"到" || word == u"已到")
        return true;
    return std::any_of(std::begin(marks), std::end(marks),
                       [word](QStringView mark) { return word.startsWith(mark, Qt::CaseInsensitive); });
}

// The words of an entry's first line from the first that may be a name.
QStringList nameWords(const QStringList &tokens)
{
    const auto first = std::find_if_not(tokens.cbegin(), tokens.cend(), saysWhatNotWho);
    return QStringList(first, tokens.cend());
}

// The camp's members as a 接龙 entry may name them.
struct MemberNames {
    QHash<QString, QList<qint64>> exact; // exact names and nicknames (ChatText::exactName)
    QHash<QString, qint64> aliases; // names matched by hand before (NameIndex::normalize)
    NameIndex index; // for suggestions

    // The one member whose own name or nickname this is; 0 if none or two.
    qint64 byName(const QString &text) const
    {
        const QList<qint64> people = exact.value(ChatText::exactName(text));
        return people.size() == 1 ? people.first() : 0;
    }
    qint64 byAlias(const QString &text) const { return aliases.value(NameIndex::normalize(text), 0); }
};

void addSuggestions(QList<NameIndex::Suggestion> &into, const QList<NameIndex::Suggestion> &more)
{
    for (const NameIndex::Suggestion &suggestion : more) {
        const bool known = std::any_of(into.cbegin(), into.cend(), [&suggestion](const NameIndex::Suggestion &earlier) {
            return earlier.personId == suggestion.personId;
        });
        if (!known)
            into.append(suggestion);
    }
}

// Where the name ends is unknown ("Jaxon J 鸡胸", "林晓雨 打卡第3天", "韩医生B组"):
// the longest run of leading words that names a member exactly wins;
// failing that, what the runs, the first word and the line might stand for
// are offered as suggestions.
void matchEntry(const MemberNames &members, JielongMatch &match)
{
    const QString firstLine = match.entry.text.section(u'\n', 0, 0);
    const QStringList tokens = words(firstLine);
    match.name = match.entry.firstWord;
    for (qsizetype count = tokens.size(); count >= 1; --count) {
        const QString prefix = tokens.first(count).join(u' ');
        if (const qint64 personId = members.byName(prefix); personId > 0) {
            match.personId = personId;
            match.name = prefix;
            return;
        }
    }
    // A member's own name further on ("3组 王芳 打卡") is offered first: it
    // may be who the entry is, whatever its first words were taught to mean.
    QList<NameIndex::Suggestion> named;
    for (qsizetype from = 1; from < tokens.size(); ++from) {
        for (qsizetype count = tokens.size() - from; count >= 1; --count) {
            if (const qint64 personId = members.byName(tokens.sliced(from, count).join(u' ')); personId > 0)
                addSuggestions(named, {{personId, NameIndex::Reason::FoldedName}});
        }
    }
    const QStringList maybeName = nameWords(tokens);
    for (qsizetype count = maybeName.size(); count >= 1; --count) {
        const QString prefix = maybeName.first(count).join(u' ');
        const qint64 personId = members.byAlias(prefix);
        if (personId <= 0)
            continue;
        // Taught by hand, but the entry also names someone else: not decided.
        if (std::any_of(named.cbegin(), named.cend(),
                        [personId](const NameIndex::Suggestion &other) { return other.personId != personId; }))
            break;
        match.personId = personId;
        match.name = prefix;
        match.remembered = true;
        return;
    }
    addSuggestions(match.suggestions, named);
    for (qsizetype count = tokens.size(); count >= 1; --count)
        addSuggestions(match.suggestions, members.index.suggestions(tokens.first(count).join(u' ')));
    addSuggestions(match.suggestions, members.index.suggestions(firstLine));
    // Two members with the same exact name: both offered.
    for (const QString &text : {match.entry.firstWord, firstLine}) {
        const QList<qint64> people = members.exact.value(ChatText::exactName(text));
        QList<NameIndex::Suggestion> same;
        for (qint64 personId : people)
            same.append({personId, NameIndex::Reason::FoldedName});
        if (people.size() > 1)
            addSuggestions(match.suggestions, same);
    }
    std::stable_sort(
        match.suggestions.begin(), match.suggestions.end(),
        [](const NameIndex::Suggestion &a, const NameIndex::Suggestion &b) { return a.reason < b.reason; });
}

} // namespace

Result<QList<JielongMatch>> JielongMatcher::match(Workspace &workspace, qint64 campId, const QString &text)
{
    auto members = workspace.memberships().listForCamp(campId);
    if (!members)
        return std::unexpected(members.error());
    auto aliases = workspace.participation().aliases(campId);
    if (!aliases)
        return std::unexpected(aliases.error());
    MemberNames names;
    for (const MemberEntry &member : *members) {
        names.index.addMember(member.membership.personId, {member.displayName, member.membership.groupNickname});
        for (const QString &name : {member.displayName, member.membership.groupNickname}) {
            QList<qint64> &people = names.exact[ChatText::exactName(name)];
            if (!name.trimmed().isEmpty() && !people.contains(member.membership.personId))
                people.append(member.membership.personId);
        }
    }
    names.aliases = *aliases;

    QList<JielongMatch> matches;
    for (const JielongList &list : JielongParser::parse(text)) {
        for (const JielongEntry &entry : list.entries) {
            JielongMatch match;
            match.entry = entry;
            match.listHeader = list.header;
            matchEntry(names, match);
            matches.append(match);
        }
    }
    if (matches.isEmpty())
        return fail(tr("No numbered 接龙 entries were found. Expected lines like “1. name remark”."));
    return matches;
}

QStringList JielongMatcher::notes(const QString &text)
{
    const QList<JielongList> lists = JielongParser::parse(text);
    QStringList notes;
    const auto named
        = [](const JielongList &list) { return list.header.isEmpty() ? list.entries.constFirst().text : list.header; };
    if (lists.size() > 1) {
        QStringList headers;
        for (const JielongList &list : lists)
            headers.append(tr("“%1”").arg(named(list)));
        notes.append(tr("The text holds %n lists (%1); the entries of all of them are recorded for the one day "
                        "chosen.",
                        nullptr, int(lists.size()))
                         .arg(headers.join(tr(", "))));
    }
    for (const JielongList &list : lists) {
        if (list.differing > 0)
            notes.append(tr("%n copies of “%1” differ from its longest copy before their last entry and added "
                            "nothing: an entry edited or withdrawn, or two members' lists apart. Check them in the "
                            "chat.",
                            nullptr, list.differing)
                             .arg(named(list)));
    }
    return notes;
}

QString JielongMatcher::aliasOf(const JielongMatch &match)
{
    static const QRegularExpression placeOrTime(QStringLiteral("\\d|[组队班群]$"));
    // The entry's first word as the parser found it, unless it says what the
    // entry is; then the first word after such words.
    QString word = match.entry.firstWord.trimmed();
    if (saysWhatNotWho(word)) {
        const QStringList maybeName = nameWords(words(match.entry.text.section(u'\n', 0, 0)));
        word = maybeName.isEmpty() ? QString() : maybeName.first();
    }
    if (word.isEmpty() || placeOrTime.match(word).hasMatch())
        return {};
    return word;
}

qint64 JielongMatcher::acceptableSuggestion(const QList<NameIndex::Suggestion> &suggestions)
{
    return NameIndex::acceptable(suggestions, [](const NameIndex::Suggestion &a, const NameIndex::Suggestion &b) {
        return a.reason == b.reason;
    });
}

QList<qint64> JielongMatcher::acceptableSuggestions(const QList<JielongMatch> &matches, const QList<qint64> &decided)
{
    QList<qint64> accepted(matches.size(), 0);
    QHash<qint64, int> claims; // member → entries that are or would be them
    for (qsizetype i = 0; i < matches.size(); ++i) {
        if (decided.value(i) > 0) {
            ++claims[decided.at(i)];
            continue;
        }
        accepted[i] = acceptableSuggestion(matches.at(i).suggestions);
        if (accepted.at(i) > 0)
            ++claims[accepted.at(i)];
    }
    for (qint64 &person : accepted) {
        if (person > 0 && claims.value(person) > 1)
            person = 0;
    }
    return accepted;
}

int JielongMatcher::acceptSuggestions(QList<JielongMatch> &matches)
{
    QList<qint64> decided;
    for (const JielongMatch &match : std::as_const(matches))
        decided.append(match.personId);
    const QList<qint64> accepted = acceptableSuggestions(matches, decided);
    int count = 0;
    for (qsizetype i = 0; i < matches.size(); ++i) {
        if (accepted.at(i) > 0) {
            matches[i].personId = accepted.at(i);
            matches[i].accepted = true;
            ++count;
        }
    }
    return count;
}

JielongRecording JielongMatcher::recording(const QList<JielongMatch> &matches, const QList<JielongMatch> &manual,
                                           QDate day, qint64 activityId, const QList<Membership> &memberships)
{
    QHash<qint64, Membership> byPerson;
    for (const Membership &membership : memberships)
        byPerson.insert(membership.personId, membership);
    JielongRecording recording;
    QSet<qint64> seen;
    for (const JielongMatch &match : matches) {
        if (match.personId <= 0) {
            ++recording.unmatched;
            continue;
        }
        if (seen.contains(match.personId))
            continue; // the same member twice in one list checks in once
        seen.insert(match.personId);
        if (const auto member = byPerson.constFind(match.personId);
            member == byPerson.constEnd() || !member->inCampOn(day)) {
            recording.notInCamp.append(match.personId);
            continue;
        }
        recording.checkIns.append(
            {match.personId, day, activityId, CheckInSource::Jielong, match.entry.text.left(200)});
    }
    for (const JielongMatch &match : manual) {
        // Taking the member a suggestion named teaches nothing: the same
        // suggestion comes again, and a guess stays a guess the next time.
        if (match.personId == acceptableSuggestion(match.suggestions))
            continue;
        if (const QString alias = aliasOf(match); match.personId > 0 && !alias.isEmpty())
            recording.aliases.append({alias, match.personId});
    }
    return recording;
}

Result<JielongRecordResult> JielongMatcher::record(Workspace &workspace, qint64 campId, QDate day, qint64 activityId,
                                                   const QList<JielongMatch> &matches,
                                                   const QList<JielongMatch> &manual)
{
    auto members = workspace.memberships().listForCamp(campId);
    if (!members)
        return std::unexpected(members.error());
    QList<Membership> memberships;
    for (const MemberEntry &entry : std::as_const(*members))
        memberships.append(entry.membership);
    const JielongRecording recorded = recording(matches, manual, day, activityId, memberships);
    auto added = save(workspace, campId, recorded.checkIns, recorded.aliases);
    if (!added)
        return std::unexpected(added.error());
    JielongRecordResult result;
    result.unmatched = recorded.unmatched;
    result.notInCamp = recorded.notInCamp;
    result.recorded = int(added->size());
    result.alreadyChecked = int(recorded.checkIns.size() - added->size());
    return result;
}

namespace {

// A write to the camp's participation: the transaction, and the camp's lock
// before any row (ParticipationRepository::lockCamp).
Result<void> beginForCamp(Transaction &transaction, ParticipationRepository &repository, qint64 campId)
{
    if (auto begun = transaction.begin(); !begun)
        return begun;
    return repository.lockCamp(campId);
}

// Every check-in of an activity is for a check-in activity of this camp on its day.
Result<void> checkActivities(Workspace &workspace, qint64 campId, const QList<CheckIn> &checkIns)
{
    // A check-in of another day, another camp or another kind would count
    // on a day it was not posted for, where the grid cannot clear it. Read
    // with the camp locked: one moved meanwhile is seen where it is now.
    QSet<std::pair<qint64, QDate>> checked;
    for (const CheckIn &checkIn : checkIns) {
        if (checkIn.activityId == 0 || checked.contains({checkIn.activityId, checkIn.day}))
            continue;
        checked.insert({checkIn.activityId, checkIn.day});
        auto activity = workspace.activities().find(checkIn.activityId);
        if (!activity && !activity.error().missing)
            return std::unexpected(activity.error());
        if (!activity || activity->campId != campId || activity->type != ActivityType::CheckIn
            || activity->start.date() != checkIn.day)
            return fail(JielongMatcher::tr("Activity %1 is not a check-in of this camp on %2.")
                            .arg(checkIn.activityId)
                            .arg(checkIn.day.toString(Qt::ISODate)));
    }
    return {};
}

} // namespace

Result<QList<CheckIn>> JielongMatcher::save(Workspace &workspace, qint64 campId, const QList<CheckIn> &checkIns,
                                            const QList<std::pair<QString, qint64>> &aliases)
{
    ParticipationRepository &repository = workspace.participation();
    Transaction transaction(workspace.database());
    if (auto begun = beginForCamp(transaction, repository, campId); !begun)
        return std::unexpected(begun.error());
    if (auto checked = checkActivities(workspace, campId, checkIns); !checked)
        return std::unexpected(checked.error());
    for (const auto &[alias, personId] : aliases) {
        if (auto learnt = repository.rememberAlias(campId, alias, personId); !learnt)
            return std::unexpected(learnt.error());
    }
    auto added = repository.changeCheckIns(campId, checkIns, {});
    if (!added)
        return std::unexpected(added.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return *added;
}

Result<QList<JielongMatcher::TaughtName>> JielongMatcher::teaching(Workspace &workspace, qint64 campId,
                                                                   const QList<std::pair<QString, qint64>> &aliases)
{
    auto known = workspace.participation().aliases(campId);
    if (!known)
        return std::unexpected(known.error());
    QList<TaughtName> taught;
    for (const auto &[name, personId] : aliases)
        taught.append({name, personId, known->value(NameIndex::normalize(name))});
    return taught;
}

Result<void> JielongMatcher::unsave(Workspace &workspace, qint64 campId, const QList<CheckIn> &checkIns,
                                    const QList<TaughtName> &taught)
{
    ParticipationRepository &repository = workspace.participation();
    Transaction transaction(workspace.database());
    if (auto begun = beginForCamp(transaction, repository, campId); !begun)
        return begun;
    if (auto removed = repository.changeCheckIns(campId, {}, checkIns); !removed)
        return std::unexpected(removed.error());
    for (const TaughtName &name : taught) {
        if (name.previous == name.personId)
            continue; // it knew the name as that member before
        if (auto restored = repository.restoreAlias(campId, name.name, name.personId, name.previous); !restored)
            return std::unexpected(restored.error());
    }
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return {};
}

} // namespace CampDesk
