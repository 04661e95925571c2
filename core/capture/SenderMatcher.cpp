#include "core/capture/SenderMatcher.h"

#include "core/Workspace.h"
#include "core/capture/ChatText.h"
#include "core/capture/ParticipationRepository.h"
#include "core/domain/CampRepository.h"
#include "core/roster/NicknameStandard.h"
#include "core/roster/Roster.h"

namespace CampDesk {

namespace {

// Stored numbers may lack the country code an export shows (+86 …): a
// number also stands for itself without its first one to three digits, as
// long as what is left is still a whole national number.
constexpr qsizetype ShortestNumber = 7;

void addPerson(QList<qint64> &people, qint64 personId)
{
    if (!people.contains(personId))
        people.append(personId);
}

// A WhatsApp sender the exporting phone has no contact for is shown by
// number: "+86 138 0013 8000".
bool looksLikePhoneNumber(QStringView name)
{
    const QString digits = SenderMatcher::phoneDigits(name);
    if (digits.size() < ShortestNumber)
        return false;
    for (const QChar c : name) {
        if (!c.isDigit() && !c.isSpace() && c != u'+' && c != u'-' && c != u'(' && c != u')' && c != u'.'
            && !ChatText::isInvisible(c.unicode()) && c != QChar(0x00A0) && c != QChar(0x2011))
            return false;
    }
    return true;
}

} // namespace

QString SenderMatcher::phoneDigits(QStringView text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue()));
    }
    return digits;
}

QString SenderMatcher::reasonText(NameIndex::Reason reason, bool sameName)
{
    if (sameName)
        return tr("the same name, but another account on this platform is already this member, or several senders "
                  "or members share the name");
    switch (reason) {
    case NameIndex::Reason::FoldedName:
        return tr("the same name apart from case, width, emoji or punctuation");
    case NameIndex::Reason::NicknamePart:
        return tr("a part of the member's name or group nickname");
    case NameIndex::Reason::GivenName:
        return tr("the member's given name alone");
    case NameIndex::Reason::WithoutDigits:
        return tr("the same name apart from its digits");
    case NameIndex::Reason::PinyinInitials:
        return tr("the pinyin initials of the member's name");
    case NameIndex::Reason::Spelling:
        return tr("one letter different from the member's name");
    }
    return {};
}

Result<void> SenderMatcher::load(Workspace &workspace, qint64 campId, const QString &platform)
{
    auto identities = workspace.participation().identitiesOf(campId, platform);
    if (!identities)
        return std::unexpected(identities.error());
    for (const ChatIdentity &identity : *identities) {
        m_known.insert(identity.chatKey, {identity.id, identity.personId, identity.staff});
        if (identity.personId > 0)
            m_linkedKeys[identity.personId].insert(identity.chatKey);
    }
    auto camp = workspace.camps().find(campId);
    if (!camp)
        return std::unexpected(camp.error());
    m_nicknamePattern = camp->nicknamePattern;
    auto roster = Roster::load(workspace, campId);
    if (!roster)
        return std::unexpected(roster.error());
    for (const RosterEntry &entry : *roster) {
        const qint64 personId = entry.person.id;
        m_members.insert(personId);
        for (const QString &name : {entry.person.displayName, entry.membership.groupNickname}) {
            if (const QString exact = ChatText::exactName(name); !exact.isEmpty())
                addPerson(m_names[exact], personId);
        }
        m_index.addMember(
            personId, {entry.person.displayName, entry.membership.groupNickname},
            QStringList {entry.subgroup, entry.person.city, entry.person.occupation, entry.membership.title}
                + placeParts(entry.membership.groupNickname));
        for (const ChatId &chatId : entry.person.chatIds) {
            if (chatId.platform != platform)
                continue;
            m_chatIds.insert(chatId.id.trimmed(), personId);
            m_linkedKeys[personId].insert(chatId.id.trimmed());
        }
        const QString digits = phoneDigits(entry.person.phone);
        for (qsizetype cut = 0; cut <= 3 && digits.size() - cut >= ShortestNumber; ++cut)
            addPerson(m_phones[digits.mid(cut)], personId);
    }
    return {};
}

QStringList SenderMatcher::placeParts(const QString &name) const
{
    QStringList places;
    const QHash<QString, QString> fields = NicknameStandard::fields(m_nicknamePattern, name);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (it.key() != QLatin1String("{nickname}"))
            places.append(it.value());
    }
    return places;
}

qint64 SenderMatcher::byChatId(const ChatSender &sender) const
{
    if (sender.senderId.isEmpty())
        return 0;
    return m_chatIds.value(sender.senderId.trimmed(), 0);
}

qint64 SenderMatcher::byPhone(const ChatSender &sender) const
{
    if (sender.names.isEmpty() || !looksLikePhoneNumber(sender.names.constLast()))
        return 0;
    const QString digits = phoneDigits(sender.names.constLast());
    for (qsizetype cut = 0; cut <= 3 && digits.size() - cut >= ShortestNumber; ++cut) {
        const QList<qint64> people = m_phones.value(digits.mid(cut));
        if (people.size() == 1)
            return people.first();
        if (people.size() > 1)
            return 0; // a number two members share decides nothing
    }
    return 0;
}

QList<qint64> SenderMatcher::byExactName(const ChatSender &sender) const
{
    QList<qint64> people;
    for (const QString &name : sender.names) {
        for (qint64 personId : m_names.value(ChatText::exactName(name)))
            addPerson(people, personId);
    }
    return people;
}

QList<SenderSuggestion> SenderMatcher::guesses(const ChatSender &sender, const QList<qint64> &sameName) const
{
    QList<SenderSuggestion> found;
    for (qint64 personId : sameName)
        found.append({personId, NameIndex::Reason::FoldedName, true});
    for (const QString &name : sender.names) {
        for (const NameIndex::Suggestion &suggestion : m_index.suggestions(name, placeParts(name))) {
            const bool known
                = std::any_of(found.cbegin(), found.cend(), [&suggestion](const SenderSuggestion &earlier) {
                      return earlier.personId == suggestion.personId;
                  });
            if (!known)
                found.append({suggestion.personId, suggestion.reason, false});
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const SenderSuggestion &a, const SenderSuggestion &b) {
        return !a.sameName && !b.sameName ? a.reason < b.reason : a.sameName > b.sameName;
    });
    return found;
}

QList<SenderMatch> SenderMatcher::match(const QList<ChatSender> &senders) const
{
    QList<SenderMatch> matches(senders.size());
    // Keys each member is in this file by an exact key, and the senders
    // whose exact name is each member's.
    QHash<qint64, QSet<QString>> claimed;
    QHash<qint64, int> namedBy;
    QList<QList<qint64>> exactNames(senders.size());
    for (qsizetype i = 0; i < senders.size(); ++i) {
        const ChatSender &sender = senders.at(i);
        SenderMatch &match = matches[i];
        if (const auto known = m_known.constFind(sender.key); known != m_known.constEnd()) {
            match.identityId = known->identityId;
            match.staff = known->staff;
            if (known->personId > 0) {
                match.kind = SenderMatchKind::Remembered;
                match.personId = known->personId;
            }
        }
        if (match.kind == SenderMatchKind::None) {
            if (const qint64 personId = byChatId(sender); personId > 0) {
                match.kind = SenderMatchKind::ChatId;
                match.personId = personId;
            } else if (const qint64 byNumber = sender.self ? 0 : byPhone(sender); byNumber > 0) {
                match.kind = SenderMatchKind::Phone;
                match.personId = byNumber;
            }
        }
        if (match.kind != SenderMatchKind::None) {
            claimed[match.personId].insert(sender.key);
            continue;
        }
        if (sender.self)
            continue; // "me" is mapped by the operator, never by a name
        exactNames[i] = byExactName(sender);
        for (qint64 personId : std::as_const(exactNames.at(i)))
            ++namedBy[personId];
    }
    for (qsizetype i = 0; i < senders.size(); ++i) {
        const ChatSender &sender = senders.at(i);
        SenderMatch &match = matches[i];
        if (match.kind != SenderMatchKind::None || sender.self)
            continue;
        const QList<qint64> &named = exactNames.at(i);
        if (named.size() == 1) {
            const qint64 personId = named.first();
            QSet<QString> keys = m_linkedKeys.value(personId) + claimed.value(personId);
            keys.remove(sender.key);
            if (keys.isEmpty() && namedBy.value(personId) == 1) {
                match.kind = SenderMatchKind::Name;
                match.personId = personId;
                continue;
            }
        }
        match.suggestions = guesses(sender, named);
    }
    return matches;
}

} // namespace CampDesk
