#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <memory>
#include <optional>

namespace CampDesk {

// The rows a chat import writes: the import itself, its messages, the
// identities it meets with their names and posting minutes, its check-ins
// and the members' packed per-day figures. A million messages must not
// prepare a million statements, so the per-row writes go through Rows,
// whose statements are prepared once for the whole import.
class ChatImportRepository {
public:
    virtual ~ChatImportRepository() = default;

    // A new import row; `format` is the key ChatFormats gives the format.
    [[nodiscard]] virtual Result<qint64> add(qint64 campId, const QString &fileName, const QString &format,
                                             const QString &encoding)
        = 0;
    // What the import came to: its counts, and the encoding the file was
    // read in after all (a big file's first pass may decide another).
    [[nodiscard]] virtual Result<void> setOutcome(qint64 importId, int messagesAdded, int duplicates,
                                                  const QString &encoding)
        = 0;
    class Rows {
    public:
        Rows() = default;
        virtual ~Rows() = default;
        Q_DISABLE_COPY_MOVE(Rows)

        // Whether every statement was prepared; the error says why not.
        [[nodiscard]] virtual Result<void> ready() const = 0;

        // True when stored, false when the camp holds a message under that key.
        [[nodiscard]] virtual Result<bool> insertMessage(qint64 campId, qint64 importId, qint64 identityId,
                                                         qint64 sentAt, QStringView day, QStringView kind,
                                                         QStringView body, qint64 sourceKey)
            = 0;
        // True when the message the camp holds under that key is this one:
        // the same identity (0: none) and the same text; without a text,
        // any (a message id names one message of its sender, so another
        // text is that message edited since).
        [[nodiscard]] virtual Result<bool> holdsSame(qint64 campId, qint64 sourceKey, qint64 identityId,
                                                     std::optional<QStringView> body)
            = 0;
        // How many messages the camp holds sent in the second of `sentAt`
        // by that identity (0: none) with that text, under any key: an
        // export whose ids are the exporting computer's finds its messages
        // by what they are (MessageKeys keys begin with their second).
        [[nodiscard]] virtual Result<int> sameMessagesAt(qint64 campId, qint64 sentAt, qint64 identityId,
                                                         QStringView body)
            = 0;
        // Makes every row added so far (messages, identities and their
        // names and minutes, chat check-ins, figures) part of the camp,
        // before anything reads them back: a file has stored each as it
        // came, a server takes them here, in one statement per table.
        [[nodiscard]] virtual Result<void> flush() = 0;
        // An identity mapped to nobody yet; returns its id, which messages
        // may name at once (on a server its row arrives with them at flush).
        [[nodiscard]] virtual Result<qint64> insertIdentity(qint64 campId, QStringView platform, QStringView chatKey,
                                                            QStringView displayName, bool self)
            = 0;
        // Maps it to `personId` (0: nobody) under its latest name; staff and
        // self are only ever added.
        [[nodiscard]] virtual Result<void> updateIdentity(qint64 identityId, qint64 personId, QStringView displayName,
                                                          bool staff, bool self)
            = 0;
        [[nodiscard]] virtual Result<void> addIdentityName(qint64 identityId, QStringView name, qint64 importId) = 0;
        [[nodiscard]] virtual Result<void> addMinutes(qint64 identityId, qint64 importId, qint64 part, qint64 campId,
                                                      const QByteArray &minutes)
            = 0;
        // True when added, false when the member had a check-in that day.
        [[nodiscard]] virtual Result<bool> addChatCheckIn(qint64 campId, qint64 personId, QStringView day,
                                                          QStringView note, qint64 importId)
            = 0;
        // The member's packed per-day figures (MemberDayCodec), if any.
        [[nodiscard]] virtual Result<std::optional<QByteArray>> memberDays(qint64 campId, qint64 personId) = 0;
        [[nodiscard]] virtual Result<void> setMemberDays(qint64 campId, qint64 personId, const QByteArray &days) = 0;
    };

    // Statements for one import, on this repository's connection.
    [[nodiscard]] virtual std::unique_ptr<Rows> rows() const = 0;
};

} // namespace CampDesk
