#pragma once

#include "core/Error.h"
#include "core/capture/NameIndex.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace CampDesk {

class Workspace;

// A sender of one export, as its messages show them.
struct ChatSender final {
    QString key; // the identity key (ChatImporter::chatKey)
    QString senderId; // the export's account id, if it has one
    QStringList names; // every display name it wrote under, first seen first
    bool self = false; // the account that made the export
};

// How a sender was found to be a member without anyone choosing.
enum class SenderMatchKind {
    None,
    Remembered, // an earlier import of the camp met this key
    ChatId, // the member's recorded chat id on this platform
    Phone, // the member's recorded phone number (a WhatsApp sender shown by number)
    Name, // the member's exact name or group nickname
};

struct SenderSuggestion final {
    qint64 personId = 0;
    NameIndex::Reason reason = NameIndex::Reason::FoldedName;
    // The exact name of a member who is already another account on this
    // platform, or a name several senders or members share.
    bool sameName = false;

    bool operator==(const SenderSuggestion &) const = default;
};

struct SenderMatch final {
    SenderMatchKind kind = SenderMatchKind::None;
    qint64 personId = 0; // the member, when kind is not None
    qint64 identityId = 0; // the remembered identity
    bool staff = false; // the remembered identity is staff
    QList<SenderSuggestion> suggestions; // for the operator, when nothing matched
};

// Decides who the senders of an export are. Only exact keys decide on their
// own: an identity an earlier import remembered, a chat id or a phone number
// recorded on the member, or the member's exact name or group nickname (after
// Unicode NFKC, with invisible characters and surrounding spaces removed) —
// and a name only when it names one member, no other sender of the file has
// it, and the member is not already another account on this platform.
// Everything else is a suggestion with its reason.
class SenderMatcher final {
    Q_DECLARE_TR_FUNCTIONS(SenderMatcher)

public:
    [[nodiscard]] Result<void> load(Workspace &workspace, qint64 campId, const QString &platform);

    // Every sender of a file at once, so that two senders who fit one
    // member are both offered rather than decided by which came first.
    QList<SenderMatch> match(const QList<ChatSender> &senders) const;

    // The digits of a phone number written with spaces, dashes and a
    // country code's plus.
    static QString phoneDigits(QStringView text);
    static QString reasonText(NameIndex::Reason reason, bool sameName);

private:
    struct Known {
        qint64 identityId = 0;
        qint64 personId = 0;
        bool staff = false;
    };

    qint64 byChatId(const ChatSender &sender) const;
    qint64 byPhone(const ChatSender &sender) const;
    QList<qint64> byExactName(const ChatSender &sender) const;
    QList<SenderSuggestion> guesses(const ChatSender &sender, const QList<qint64> &sameName) const;

    QHash<QString, Known> m_known; // identity key → what an earlier import decided
    QHash<QString, qint64> m_chatIds; // recorded chat id on this platform → person
    QHash<QString, QList<qint64>> m_phones; // phone digits (and without a country code) → people
    QHash<QString, QList<qint64>> m_names; // exact names and nicknames → people
    QHash<qint64, QSet<QString>> m_linkedKeys; // person → keys they are on this platform
    // The parts of a name that say where, not who: by the camp's nickname
    // pattern ("{subgroup}-{nickname}-{city}"), every field but {nickname}.
    QStringList placeParts(const QString &name) const;

    QSet<qint64> m_members;
    NameIndex m_index;
    QString m_nicknamePattern;
};

} // namespace CampDesk
