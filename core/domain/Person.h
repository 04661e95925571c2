#pragma once

#include <QString>

namespace CampDesk {

// A person is workspace-level: the same person can join many camps.
struct Person final
{
    qint64 id = 0;
    QString displayName;
    QString notes;

    bool operator==(const Person &) const = default;
};

} // namespace CampDesk
