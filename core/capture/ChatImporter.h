#pragma once

#include "core/Error.h"
#include "core/capture/ChatFormat.h"
#include "core/capture/ChatMessage.h"
#include "core/capture/Participation.h"
#include "core/capture/SenderMatcher.h"
#include "core/domain/Membership.h"
#include "core/domain/Person.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace CampDesk {

struct Camp;
class Workspace;

struct ChatImportOptions final {
    static constexpr qint64 CreateMember = -1; // a mapping value: make a new member of the identity
    static constexpr qint64 LeaveUnmapped = 0;

    std::optional<ChatFormat> format; // detected when empty
    QString encoding; // detected when empty ("UTF-8", "UTF-16LE", "GB18030", …)
    DateOrder dateOrder = DateOrder::Auto;
    // The chat to import of a file holding several, by name or by its place
    // (1-based) in Error::choices: such a file is refused without either.
    QString chat;
    int chatPlace = 0;
    // Senders nobody mapped and nothing matched exactly become new members
    // of the camp: as many members as such senders.
    bool createMembers = false;
    // A sender whose strongest suggestion names one member is that member.
    // Off unless the operator asks: a suggestion is a guess.
    bool acceptSuggestions = false;
    // The operator's decisions by chat key (a person id, CreateMember or
    // LeaveUnmapped); they win over automatic matches.
    QHash<QString, qint64> mapping;
    QSet<QString> staffKeys;
    // Fraction done (0…1); returning false cancels.
    std::function<bool(double)> progress;
    // On a team's server: true when the import starts to wait for another
    // operator's change to the camp (ParticipationRepository::lockCamp),
    // false when its turn came. Without it the wait looks like a stall at 0 %.
    std::function<void(bool)> waitingForCamp;
    // Files bigger than this, of a format that can be cut, are read a piece
    // of `pieceBytes` at a time (ChatFileReader); tests make both small.
    qint64 streamAbove = 64LL * 1024 * 1024;
    qint64 pieceBytes = 8LL * 1024 * 1024;
    // Posting minutes held before they are written (MessageMinutes): memory
    // stays flat however big the export. Tests make it small.
    qint64 minutesHeld = 1024 * 1024;
};

// A sender found in a file, with the member CampDesk would map them to.
struct ImportIdentity final {
    QString chatKey;
    QString name; // the latest name it wrote under
    QStringList names; // every name, first seen first
    QString senderId;
    int messages = 0; // countable messages in the file
    qint64 personId = 0; // the exact match (0: none)
    SenderMatchKind match = SenderMatchKind::None;
    QList<SenderSuggestion> suggestions; // guesses for the operator, when nothing matched exactly
    bool remembered = false; // mapped by an earlier import of this camp
    bool staff = false;
    bool self = false; // the account that made the export
};

// A member and a day (a check-in the import did not record).
struct MemberDayRef final {
    qint64 personId = 0;
    QDate day;

    bool operator==(const MemberDayRef &) const = default;
    // Each member once, in the order met, with their days as ISO dates: how
    // the summaries list them.
    static QList<std::pair<qint64, QStringList>> isoDaysByMember(const QList<MemberDayRef> &refs);
};

// What a file holds, read without writing anything: shown before an import
// so identities can be mapped once.
struct ChatScan final {
    QString fileName;
    ChatFormat format = ChatFormat::WhatsApp;
    QString encoding;
    QString chatName;
    DateOrder dateOrder = DateOrder::Auto;
    int messages = 0; // every message and event read
    int countable = 0; // members' own messages
    int systemEvents = 0; // joins, leaves, recalls, pats, notices
    qint64 firstAt = 0;
    qint64 lastAt = 0;
    QList<ImportIdentity> identities;
    QList<ParseWarning> warnings;
};

struct ChatImportSummary final {
    ChatScan scan;
    qint64 importId = 0;
    bool cancelled = false;
    int added = 0;
    int duplicates = 0;
    int systemEvents = 0;
    int joins = 0;
    int leaves = 0;
    int checkIns = 0;
    // Check-ins the chat holds that were not recorded: the member was not
    // in the camp that day (Membership::stayIncludes, after this file's
    // joins and leaves), or is in no camp membership at all. Counted
    // nowhere, so not recorded; said instead.
    QList<MemberDayRef> checkInsOutsideStay;
    int membersCreated = 0;
    int suggestionsAccepted = 0;
    QList<ImportIdentity> unmatched; // identities left without a member, with their suggestions
    // The messages the file holds that were not imported (a date that
    // cannot be read, say): the warnings name them, and the import is not a
    // success while there are any.
    int skipped = 0;
    QList<qint64> createdPeople; // for undo
    // Identities this import met again, as they were before it (undo).
    QList<ChatIdentity> previousIdentities;
    // Memberships whose dates joins and leaves changed, as they were before.
    QList<Membership> previousMemberships;
    // What undo must find to take the import back (revert): its senders'
    // identities, the memberships it changed or made and the people it
    // made, as it left them. Another operator's change since is kept.
    QList<ChatIdentity> leftIdentities;
    QList<Membership> leftMemberships;
    QList<Person> leftPeople;
};

// Reads a chat export into a camp: decode, detect, parse, match identities,
// insert messages with de-duplication, record chat check-ins, update
// membership dates from joins and leaves, and keep the per-day aggregates —
// all in one transaction, so a cancel or a crash leaves the workspace as it
// was and a re-import adds nothing twice.
class ChatImporter final {
    Q_DECLARE_TR_FUNCTIONS(ChatImporter)

public:
    explicit ChatImporter(Workspace &workspace);

    [[nodiscard]] Result<ChatScan> scan(qint64 campId, const QString &path, const ChatImportOptions &options);
    [[nodiscard]] Result<ChatImportSummary> run(qint64 campId, const QString &path, const ChatImportOptions &options);
    // The same for messages that come from elsewhere than a file (the demo
    // workspace), as if read from a `format` export called `sourceName`.
    [[nodiscard]] Result<ChatImportSummary> importMessages(qint64 campId, ChatFormat format, const QString &sourceName,
                                                           QList<ChatMessage> messages,
                                                           const ChatImportOptions &options);

    // Takes an import back out (undo): its messages, check-ins and new
    // identities, the members it created, and the membership dates it moved.
    // Refused (Error::stale), with nothing changed, when another operator
    // changed since what it would put back or remove.
    [[nodiscard]] static Result<void> revert(Workspace &workspace, qint64 campId, const ChatImportSummary &summary);

    // The key an identity is remembered by: the account id, or the name
    // where the format has none ("name:~…" for WhatsApp's unsaved contacts).
    static QString chatKey(const ChatMessage &message);
    // What "accept the suggestions" makes each sender of one file (0: no
    // one): the member its strongest suggestion names when no other as
    // strong names another, and when no other sender of the file is that
    // member already (`decided`, 0 where undecided) or would be made it
    // too. Two accounts are two people until the operator says otherwise.
    static QList<qint64> acceptableSuggestions(const QList<QList<SenderSuggestion>> &suggestions,
                                               const QList<qint64> &decided);
    // A member's post that is a check-in ("打卡第3天", a re-posted #接龙),
    // not a reminder or a question about one ("记得打卡", "打卡了吗").
    static bool isCheckInText(QStringView text);

private:
    [[nodiscard]] Result<void> refreshActivityStats(const Camp &camp);

    Workspace &m_workspace;
};

} // namespace CampDesk
