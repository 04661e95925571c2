#pragma once

#include "core/domain/PersonRepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace CampDesk {

// The SQLite implementation of PersonRepository: its SQL is SQLite's dialect.
class SqlPersonRepository final : public PersonRepository {
    // The interface's name, so the translation context stays PersonRepository.
    Q_DECLARE_TR_FUNCTIONS(PersonRepository)

public:
    explicit SqlPersonRepository(const QSqlDatabase &db);

    [[nodiscard]] Result<qint64> insert(const Person &person) override;
    [[nodiscard]] Result<void> update(const Person &person) override;
    [[nodiscard]] Result<void> remove(qint64 id) override;
    [[nodiscard]] Result<void> removeIfInNoCamp(qint64 id) override;
    [[nodiscard]] Result<Person> find(qint64 id) const override;
    [[nodiscard]] Result<QList<Person>> list() const override;
    [[nodiscard]] Result<qint64> count() const override;
    [[nodiscard]] Result<std::optional<qint64>> findByChatId(const ChatId &chatId) const override;

private:
    [[nodiscard]] Result<QList<ChatId>> chatIdsOf(qint64 personId) const;
    // The person's chat ids, trimmed (platforms in lower case); `replacing`
    // those stored, unless they are these already.
    [[nodiscard]] Result<void> writeChatIds(qint64 personId, const QList<ChatId> &chatIds, bool replacing);

    QSqlDatabase m_db;
};

} // namespace CampDesk
