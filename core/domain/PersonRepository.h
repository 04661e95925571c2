#pragma once

#include "core/Error.h"
#include "core/domain/Person.h"

#include <optional>

namespace CampDesk {

class PersonRepository {
public:
    virtual ~PersonRepository() = default;

    // Inserts the person and their chat ids in one transaction.
    [[nodiscard]] virtual Result<qint64> insert(const Person &person) = 0;
    [[nodiscard]] virtual Result<void> update(const Person &person) = 0;
    // Deletes the person; refused while any camp still has them as a member.
    [[nodiscard]] virtual Result<void> remove(qint64 id) = 0;
    // Removes the person unless a camp has them as a member.
    [[nodiscard]] virtual Result<void> removeIfInNoCamp(qint64 id) = 0;
    [[nodiscard]] virtual Result<Person> find(qint64 id) const = 0;
    [[nodiscard]] virtual Result<QList<Person>> list() const = 0;
    [[nodiscard]] virtual Result<qint64> count() const = 0;
    // The person who has this chat id, if anyone.
    [[nodiscard]] virtual Result<std::optional<qint64>> findByChatId(const ChatId &chatId) const = 0;
};

} // namespace CampDesk
