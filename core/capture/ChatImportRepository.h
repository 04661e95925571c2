#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace CampDesk {

class SqliteStatement;

// The rows a chat import writes: the import itself, its messages, the
// identities it meets with their names and posting minutes, its check-ins
// and the members' packed per-day figures. A million messages must not
// prepare a million statements, so the per-row writes go through Rows,
// whose statements are prepared once for the whole import.
class ChatImportRepository final {
public:
    explicit ChatImportRepository(const QSqlDatabase &db);

    // A new import row; `format` is the key ChatFormats gives the format.
    [[nodiscard]] Result<qint64> add(qint64 campId, const QString &fileName, const QString &format,
                                     const QString &encoding);
    [[nodiscard]] Result<void> setCounts(qint64 importId, int messagesAdded, int duplicates);

    // A message as stored: its identity (0: none) and text.
    struct StoredMessage final {
        qint64 identityId = 0;
        QString body;
    };

    class Rows final {
    public:
        explicit Rows(const QSqlDatabase &db);
        ~Rows();
        Q_DISABLE_COPY_MOVE(Rows)

        // Whether every statement was prepared; the error says why not.
        [[nodiscard]] Result<void> ready() const;

        // True when stored, false when the camp holds a message under that key.
        [[nodiscard]] Result<bool> insertMessage(qint64 campId, qint64 importId, qint64 identityId, qint64 sentAt,
                                                 QStringView day, QStringView kind, QStringView body, qint64 sourceKey);
        [[nodiscard]] Result<std::optional<StoredMessage>> storedMessage(qint64 campId, qint64 sourceKey);
        // An identity mapped to nobody yet; returns its id.
        [[nodiscard]] Result<qint64> insertIdentity(qint64 campId, QStringView platform, QStringView chatKey,
                                                    QStringView displayName, bool self);
        // Maps it to `personId` (0: nobody) under its latest name; staff and
        // self are only ever added.
        [[nodiscard]] Result<void> updateIdentity(qint64 identityId, qint64 personId, QStringView displayName,
                                                  bool staff, bool self);
        [[nodiscard]] Result<void> addIdentityName(qint64 identityId, QStringView name, qint64 importId);
        [[nodiscard]] Result<void> addMinutes(qint64 identityId, qint64 importId, qint64 part, qint64 campId,
                                              const QByteArray &minutes);
        // True when added, false when the member had a check-in that day.
        [[nodiscard]] Result<bool> addChatCheckIn(qint64 campId, qint64 personId, QStringView day, QStringView note,
                                                  qint64 importId);
        // The member's packed per-day figures (MemberDayCodec), if any.
        [[nodiscard]] Result<std::optional<QByteArray>> memberDays(qint64 campId, qint64 personId);
        [[nodiscard]] Result<void> setMemberDays(qint64 campId, qint64 personId, const QByteArray &days);

    private:
        std::unique_ptr<SqliteStatement> m_insertMessage;
        std::unique_ptr<SqliteStatement> m_storedMessage;
        std::unique_ptr<SqliteStatement> m_insertIdentity;
        std::unique_ptr<SqliteStatement> m_updateIdentity;
        std::unique_ptr<SqliteStatement> m_identityName;
        std::unique_ptr<SqliteStatement> m_minutes;
        std::unique_ptr<SqliteStatement> m_checkIn;
        std::unique_ptr<SqliteStatement> m_memberDays;
        std::unique_ptr<SqliteStatement> m_setMemberDays;
    };

    // Statements for one import, on this repository's connection.
    std::unique_ptr<Rows> rows() const;

private:
    QSqlDatabase m_db;
};

} // namespace CampDesk
