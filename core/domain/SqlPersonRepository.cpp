#include "core/domain/SqlPersonRepository.h"

#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

#include <QHash>

namespace CampDesk {

namespace {

const QString selectColumns
    = QStringLiteral("SELECT id, display_name, notes, city, occupation, phone, tags FROM people");

Person personFrom(const QSqlQuery &query)
{
    Person person;
    person.id = query.value(0).toLongLong();
    person.displayName = query.value(1).toString();
    person.notes = query.value(2).toString();
    person.city = query.value(3).toString();
    person.occupation = query.value(4).toString();
    person.phone = query.value(5).toString();
    person.tags = query.value(6).toString().split(u',', Qt::SkipEmptyParts);
    return person;
}

} // namespace

SqlPersonRepository::SqlPersonRepository(const QSqlDatabase &db)
    : m_db(db)
{
}

Result<QList<ChatId>> SqlPersonRepository::chatIdsOf(qint64 personId) const
{
    return Sql::collect<ChatId>(
        Sql::exec(m_db, QStringLiteral("SELECT platform, chat_id FROM person_chat_ids WHERE person_id = ? ORDER BY id"),
                  {personId}),
        [](const QSqlQuery &row) { return ChatId {row.value(0).toString(), row.value(1).toString()}; });
}

Result<void> SqlPersonRepository::writeChatIds(qint64 personId, const QList<ChatId> &chatIds, bool replacing)
{
    QList<ChatId> wanted;
    for (const ChatId &chatId : chatIds) {
        if (!chatId.id.trimmed().isEmpty())
            wanted.append({chatId.platform.trimmed().toLower(), chatId.id.trimmed()});
    }
    if (replacing) {
        // An edit of a person's other fields leaves their chat ids as they
        // are: rewritten, each would show in a team's history as taken away
        // and given back.
        auto stored = chatIdsOf(personId);
        if (!stored)
            return std::unexpected(stored.error());
        if (*stored == wanted)
            return {};
        if (auto cleared
            = Sql::exec(m_db, QStringLiteral("DELETE FROM person_chat_ids WHERE person_id = ?"), {personId});
            !cleared)
            return std::unexpected(cleared.error());
    }
    for (const ChatId &chatId : std::as_const(wanted)) {
        auto owner = findByChatId(chatId);
        if (!owner)
            return std::unexpected(owner.error());
        if (const std::optional<qint64> &found = *owner; found && *found != personId)
            return fail(tr("The %1 id “%2” already belongs to another person.").arg(chatId.platform, chatId.id));
        auto inserted = Sql::exec(m_db,
                                  QStringLiteral("INSERT INTO person_chat_ids (person_id, platform, chat_id)"
                                                 " VALUES (?, ?, ?)"),
                                  {personId, chatId.platform, chatId.id});
        if (!inserted)
            return std::unexpected(inserted.error());
    }
    return {};
}

Result<qint64> SqlPersonRepository::insert(const Person &person)
{
    if (person.displayName.trimmed().isEmpty())
        return fail(tr("A person needs a display name."));
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    auto inserted = Sql::insertRow(m_db, QStringLiteral("people"), 0,
                                   {QStringLiteral("display_name"), QStringLiteral("notes"), QStringLiteral("city"),
                                    QStringLiteral("occupation"), QStringLiteral("phone"), QStringLiteral("tags")},
                                   {person.displayName.trimmed(), Sql::text(person.notes),
                                    Sql::text(person.city.trimmed()), Sql::text(person.occupation.trimmed()),
                                    Sql::text(person.phone.trimmed()), Sql::text(person.tags.join(u','))});
    if (!inserted)
        return inserted;
    const qint64 id = *inserted;
    if (auto written = writeChatIds(id, person.chatIds, false); !written)
        return std::unexpected(written.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return id;
}

Result<void> SqlPersonRepository::update(const Person &person)
{
    if (person.displayName.trimmed().isEmpty())
        return fail(tr("A person needs a display name."));
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto query = Sql::exec(m_db,
                           QStringLiteral("UPDATE people SET display_name = ?, notes = ?, city = ?, occupation = ?,"
                                          " phone = ?, tags = ? WHERE id = ?"),
                           {person.displayName.trimmed(), Sql::text(person.notes), Sql::text(person.city.trimmed()),
                            Sql::text(person.occupation.trimmed()), Sql::text(person.phone.trimmed()),
                            Sql::text(person.tags.join(u',')), person.id});
    if (!query)
        return std::unexpected(query.error());
    if (query->numRowsAffected() != 1)
        return fail(tr("Person %1 does not exist.").arg(person.id));
    if (auto written = writeChatIds(person.id, person.chatIds, true); !written)
        return written;
    return transaction.commit();
}

Result<void> SqlPersonRepository::remove(qint64 id)
{
    auto removed = Sql::exec(m_db, QStringLiteral("DELETE FROM people WHERE id = ?"), {id});
    if (!removed)
        return std::unexpected(removed.error());
    return {};
}

Result<void> SqlPersonRepository::removeIfInNoCamp(qint64 id)
{
    auto removed = Sql::exec(m_db,
                             QStringLiteral("DELETE FROM people WHERE id = ?"
                                            " AND NOT EXISTS (SELECT 1 FROM memberships WHERE person_id = people.id)"),
                             {id});
    if (!removed)
        return std::unexpected(removed.error());
    return {};
}

Result<Person> SqlPersonRepository::find(qint64 id) const
{
    auto query = Sql::exec(m_db, selectColumns + QStringLiteral(" WHERE id = ?"), {id});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return failMissing(tr("Person %1 does not exist.").arg(id));
    Person person = personFrom(*query);
    auto chatIds = chatIdsOf(id);
    if (!chatIds)
        return std::unexpected(chatIds.error());
    person.chatIds = *chatIds;
    return person;
}

Result<QList<Person>> SqlPersonRepository::list() const
{
    auto people = Sql::collect<Person>(Sql::exec(m_db, selectColumns + QStringLiteral(" ORDER BY id")), personFrom);
    if (!people)
        return people;
    // One pass over all chat ids rather than a query per person.
    auto chatIds
        = Sql::exec(m_db, QStringLiteral("SELECT person_id, platform, chat_id FROM person_chat_ids ORDER BY id"));
    if (!chatIds)
        return std::unexpected(chatIds.error());
    QHash<qint64, QList<ChatId>> byPerson;
    while (chatIds->next())
        byPerson[chatIds->value(0).toLongLong()].append({chatIds->value(1).toString(), chatIds->value(2).toString()});
    for (Person &person : *people)
        person.chatIds = byPerson.value(person.id);
    return people;
}

Result<qint64> SqlPersonRepository::count() const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM people"));
}

Result<std::optional<qint64>> SqlPersonRepository::findByChatId(const ChatId &chatId) const
{
    auto query
        = Sql::exec(m_db, QStringLiteral("SELECT person_id FROM person_chat_ids WHERE platform = ? AND chat_id = ?"),
                    {chatId.platform.trimmed().toLower(), chatId.id.trimmed()});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<qint64>();
    return std::optional<qint64>(query->value(0).toLongLong());
}

} // namespace CampDesk
