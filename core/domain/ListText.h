#pragma once

#include <QStringList>
#include <QStringView>

namespace CampDesk {

// A list typed into one field or one cell (tags, watch words): items apart
// by a comma, a semicolon or 、, in either width; each item trimmed, blank
// ones left out. A roster exported with "a, b" reads back as "a" and "b".
class ListText final {
public:
    static QStringList split(QStringView text);
};

} // namespace CampDesk
