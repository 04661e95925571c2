#pragma once

#include "core/Error.h"

#include <gtest/gtest.h>

namespace CampDesk {

// The value of a read the test expects to succeed; a failed read fails the
// test with its message. Returned by value, so a range-for over it does not
// outlive the temporary Result it came from.
template<typename T> T valueOf(Result<T> read)
{
    if (!read) {
        ADD_FAILURE() << "read failed: " << read.error().message.toStdString();
        return T {};
    }
    return std::move(*read);
}

} // namespace CampDesk
