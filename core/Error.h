#pragma once

#include <QString>

#include <expected>

namespace CampDesk {

// A failure the user can read. Core never shows it; exactly one UI path does.
struct Error final
{
    QString message;
};

template<typename T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(QString message)
{
    return std::unexpected<Error>(Error{std::move(message)});
}

} // namespace CampDesk
