#pragma once

#include "core/Error.h"
#include "core/domain/Person.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace CampDesk {

class PersonRepository final {
    Q_DECLARE_TR_FUNCTIONS(PersonRepository)

public:
    explicit PersonRepository(const QSqlDatabase &db);

    // Inserts the person and their chat ids in one transaction.
    [[nodiscard]] Result<qint64> insert(const Person &person);
    [[nodiscard]] Result<void> update(const Person &person);
    // Deletes the person; refused while any camp still has them as a member.
    [[nodiscard]] Result<void> remove(qint64 id);
    // Removes the person unless a camp has them as a member.
    [[nodiscard]] Result<void> removeIfInNoCamp(qint64 id);
    [[nodiscard]] Result<Person> find(qint64 id) const;
    [[nodiscard]] Result<QList<Person>> list() const;
    [[nodiscard]] Result<qint64> count() const;
    // The person who has this chat id, if anyone.
    [[nodiscard]] Result<std::optional<qint64>> findByChatId(const ChatId &chatId) const;

private:
    [[nodiscard]] Result<void> writeChatIds(qint64 personId, const QList<ChatId> &chatIds);

    QSqlDatabase m_db;
};

} // namespace CampDesk
