#pragma once

#include "Error.h"
#include "domain/Person.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace CampDesk {

class PersonRepository final
{
    Q_DECLARE_TR_FUNCTIONS(PersonRepository)

public:
    explicit PersonRepository(QSqlDatabase db);

    [[nodiscard]] Result<qint64> insert(const Person &person);
    [[nodiscard]] Result<Person> find(qint64 id) const;
    [[nodiscard]] Result<qint64> count() const;

private:
    QSqlDatabase m_db;
};

} // namespace CampDesk
