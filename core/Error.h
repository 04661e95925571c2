#pragma once

#include <QString>
#include <QStringList>

#include <expected>

namespace CampDesk {

// A failure the user can read. Core never shows it; exactly one UI path does.
struct Error final {
    QString message;
    // Another program held the workspace's write lock too long (SQLITE_BUSY):
    // the same step may succeed when tried again.
    bool busy = false;
    // The disk refused a write (full, or an I/O error): the file is not
    // damaged, and the same step may succeed once there is room.
    bool disk = false;
    // The row asked for does not exist (deleted since its id was taken, or
    // never was): a view holding the id shows nothing; storage did not fail.
    bool missing = false;
    // A team workspace's server refused the statement: the operator's role
    // may not make it (a grant or a row-level policy). Nothing was changed.
    bool refused = false;
    // An edit made on a row that another operator changed since (StaleEdit):
    // nothing was written, and the view should read the row again.
    bool stale = false;
    // The names to choose from, when the failure is that nothing was chosen
    // (a file holding several chats): the caller asks the operator.
    QStringList choices;
};

template<typename T> using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(QString message)
{
    return std::unexpected<Error>(Error {std::move(message)});
}

inline std::unexpected<Error> failBusy(QString message)
{
    return std::unexpected<Error>(Error {std::move(message), true});
}

// The error of a failed result, or nullptr: lets a caller check several
// reads in one place before it uses any of them.
template<typename T> const Error *errorOf(const Result<T> &result)
{
    return result ? nullptr : &result.error();
}

inline std::unexpected<Error> failMissing(QString message)
{
    return std::unexpected<Error>(Error {std::move(message), false, false, true});
}

inline std::unexpected<Error> failStale(QString message)
{
    Error stale {std::move(message)};
    stale.stale = true;
    return std::unexpected<Error>(std::move(stale));
}

} // namespace CampDesk
