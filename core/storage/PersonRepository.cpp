#include "storage/PersonRepository.h"

#include "storage/SqlQuery.h"

namespace CampDesk {

PersonRepository::PersonRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<qint64> PersonRepository::insert(const Person &person)
{
    if (person.displayName.trimmed().isEmpty())
        return fail(tr("A person needs a display name."));
    auto query = Sql::exec(m_db, QStringLiteral("INSERT INTO people (display_name, notes) VALUES (?, ?)"),
                           {person.displayName.trimmed(), Sql::text(person.notes)});
    if (!query)
        return std::unexpected(query.error());
    return query->lastInsertId().toLongLong();
}

Result<Person> PersonRepository::find(qint64 id) const
{
    auto query = Sql::exec(m_db, QStringLiteral("SELECT id, display_name, notes FROM people WHERE id = ?"), {id});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return fail(tr("Person %1 does not exist.").arg(id));
    return Person{query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString()};
}

Result<qint64> PersonRepository::count() const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM people"));
}

} // namespace CampDesk
