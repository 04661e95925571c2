#include "capture/JielongMatcher.h"

#include "Workspace.h"
#include "capture/NameIndex.h"
#include "capture/ParticipationRepository.h"
#include "storage/MembershipRepository.h"
#include "storage/Transaction.h"

#include <QSet>

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

// Where the name ends is unknown ("Jaxon J 鸡胸", "林晓雨 打卡第3天", "韩医生B组"):
// the longest run of leading words that is a member's whole name wins; then
// the first word by any of its parts; then the whole line.
void matchEntry(const NameIndex &index, JielongMatch &match)
{
    const QString firstLine = match.entry.text.section(u'\n', 0, 0);
    const QStringList tokens = words(firstLine);
    match.name = match.entry.firstWord;
    QList<qint64> candidates;
    for (qsizetype count = tokens.size(); count >= 1; --count) {
        const QString prefix = tokens.first(count).join(u' ');
        const NameIndex::Match found = index.matchWhole(prefix);
        if (found.personId > 0) {
            match.personId = found.personId;
            match.name = prefix;
            return;
        }
        if (candidates.isEmpty())
            candidates = found.candidates;
    }
    for (const QString &text : {match.entry.firstWord, firstLine}) {
        const NameIndex::Match found = index.match(text);
        if (found.personId > 0) {
            match.personId = found.personId;
            match.name = text;
            return;
        }
        if (candidates.isEmpty())
            candidates = found.candidates;
    }
    match.candidates = candidates;
}

} // namespace

Result<QList<JielongMatch>> JielongMatcher::match(Workspace &workspace, qint64 campId, const QString &text)
{
    auto members = workspace.memberships().listForCamp(campId);
    if (!members)
        return std::unexpected(members.error());
    auto aliases = ParticipationRepository(workspace.database()).aliases(campId);
    if (!aliases)
        return std::unexpected(aliases.error());
    NameIndex index;
    for (const MemberEntry &member : *members)
        index.addMember(member.membership.personId, {member.displayName, member.membership.groupNickname});
    for (auto it = aliases->cbegin(); it != aliases->cend(); ++it)
        index.addAlias(it.key(), it.value());

    QList<JielongMatch> matches;
    for (const JielongList &list : JielongParser::parse(text)) {
        for (const JielongEntry &entry : list.entries) {
            JielongMatch match;
            match.entry = entry;
            match.listHeader = list.header;
            matchEntry(index, match);
            matches.append(match);
        }
    }
    if (matches.isEmpty())
        return fail(tr("No numbered 接龙 entries were found. Expected lines like “1. name remark”."));
    return matches;
}

Result<JielongRecordResult> JielongMatcher::record(Workspace &workspace, qint64 campId, QDate day, qint64 activityId,
                                                   const QList<JielongMatch> &matches, const QList<JielongMatch> &manual)
{
    ParticipationRepository repository(workspace.database());
    Transaction transaction(workspace.database());
    if (auto begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    JielongRecordResult result;
    QList<CheckIn> checkIns;
    QSet<qint64> seen;
    for (const JielongMatch &match : matches) {
        if (match.personId <= 0) {
            ++result.unmatched;
            continue;
        }
        if (seen.contains(match.personId))
            continue; // the same member twice in one list checks in once
        seen.insert(match.personId);
        checkIns.append({match.personId, day, activityId, CheckInSource::Jielong, match.entry.text.left(200)});
    }
    for (const JielongMatch &match : manual) {
        if (match.personId <= 0)
            continue;
        if (auto learnt = repository.rememberAlias(campId, match.name.isEmpty() ? match.entry.firstWord : match.name,
                                                   match.personId);
            !learnt)
            return std::unexpected(learnt.error());
    }
    auto added = repository.changeCheckIns(campId, checkIns, {});
    if (!added)
        return std::unexpected(added.error());
    result.recorded = *added;
    result.alreadyChecked = int(checkIns.size()) - *added;
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return result;
}

} // namespace CampDesk
