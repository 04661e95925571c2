#pragma once

#include <mutex>

class QSqlDatabase;
struct sqlite3;

namespace CampDesk {

// Stops a long statement (an integrity check of a big workspace) from
// another thread: sqlite3_interrupt is the one SQLite call made for that,
// and it also reaches inside PRAGMA quick_check, which a progress handler
// does not (the whole check is a single VM step).
class SqliteInterrupter final {
public:
    // The connection about to run the long statement. (An interrupt asked
    // for before it starts is a no-op in SQLite: check isInterrupted().)
    void attach(const QSqlDatabase &db);
    void detach();
    // Safe from any thread.
    void interrupt();
    bool isInterrupted() const;

private:
    mutable std::mutex m_mutex;
    sqlite3 *m_db = nullptr;
    bool m_interrupted = false;
};

} // namespace CampDesk
