#include "core/storage/ScopedCacheSize.h"

#include "core/storage/SqlQuery.h"

namespace CampDesk {

namespace {

void setCacheSize(const QSqlDatabase &db, qint64 cacheSize)
{
    // PRAGMA arguments cannot be bound; the number is ours, not input.
    (void)Sql::exec(db, QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize));
}

} // namespace

ScopedCacheSize::ScopedCacheSize(const QSqlDatabase &db, int kibibytes)
    : m_db(db)
{
    auto before = Sql::scalar(m_db, QStringLiteral("PRAGMA cache_size"));
    if (!before)
        return;
    m_before = *before;
    setCacheSize(m_db, -qint64(kibibytes));
}

ScopedCacheSize::~ScopedCacheSize()
{
    if (m_before != 0)
        setCacheSize(m_db, m_before);
}

} // namespace CampDesk
