#include "core/storage/SqliteInterrupter.h"

#include "core/storage/Statement.h"

#include <sqlite3.h>

namespace CampDesk {

void SqliteInterrupter::attach(const QSqlDatabase &db)
{
    const std::lock_guard lock(m_mutex);
    m_db = Statement::handleOf(db);
}

void SqliteInterrupter::detach()
{
    const std::lock_guard lock(m_mutex);
    m_db = nullptr;
}

void SqliteInterrupter::interrupt()
{
    const std::lock_guard lock(m_mutex);
    m_interrupted = true;
    if (m_db)
        sqlite3_interrupt(m_db);
}

bool SqliteInterrupter::isInterrupted() const
{
    const std::lock_guard lock(m_mutex);
    return m_interrupted;
}

} // namespace CampDesk
