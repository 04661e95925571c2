#pragma once

#include "core/Error.h"

#include <QSqlDatabase>
#include <QStringView>

namespace CampDesk::MessageKeys {

// FNV-1a, 64 bits: a message's content hash that stays the same across Qt
// versions and runs (qHash does not promise that).
class ContentHash final {
public:
    void add(QStringView text);
    void add(qint64 number);
    qint64 value() const { return qint64(m_value); }

private:
    void separator();
    quint64 m_value = 0xcbf29ce484222325ULL;
};

// The key a message is de-duplicated by (chat_messages.source_key, unique
// per camp): its time in the high 33 bits, 31 bits of its content hash
// below. A big export's keys then arrive nearly in order, so the unique
// index grows at its end instead of at random pages (a 35-million-message
// import slowed to a quarter of its speed once the index outgrew the cache).
// Times beyond ±136 years from 1970 share the end buckets.
qint64 timeOrdered(qint64 sentAt, qint64 hash);

// The key tried next when `primary` is taken by another message (another
// sender, another text): a hash of the primary key, the sender's identity key
// (empty for a message stored without one), the text and the attempt number.
// Two different messages whose keys meet both stay, and importing either
// again finds it by the same steps.
qint64 alternate(qint64 primary, qint64 sentAt, QStringView identityKey, QStringView body, int attempt);
inline constexpr int MaxAttempts = 16;

// For the schema upgrade that made keys time-ordered: rows whose new keys
// meet get the alternates an import would give them. Needs an index on
// (camp_id, source_key) that is not unique.
[[nodiscard]] Result<void> separateCollisions(const QSqlDatabase &db);

} // namespace CampDesk::MessageKeys
