#pragma once

#include <QSqlDatabase>

namespace CampDesk {

// A larger SQLite page cache for the lifetime of this object, then the
// size the connection had before. The cache only changes speed, never a
// result, so a size that cannot be set or read leaves the connection as it
// was rather than failing the work it speeds up.
class ScopedCacheSize final {
public:
    ScopedCacheSize(const QSqlDatabase &db, int kibibytes);
    ~ScopedCacheSize();
    Q_DISABLE_COPY_MOVE(ScopedCacheSize)

private:
    QSqlDatabase m_db;
    // PRAGMA cache_size as it was: pages, or kibibytes when negative.
    qint64 m_before = 0;
};

} // namespace CampDesk
