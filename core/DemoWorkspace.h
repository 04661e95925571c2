#pragma once

#include "Error.h"

#include <QDate>

namespace CampDesk {

class Workspace;

// Fills a workspace with realistic camps so a newcomer sees a populated app:
// a running camp around `today`, a finished one and one being planned.
class DemoWorkspace final
{
public:
    enum class Language { English, Chinese };

    // Returns the id of the running camp. One transaction: all or nothing.
    [[nodiscard]] static Result<qint64> populate(Workspace &workspace, QDate today, Language language,
                                                 quint32 seed = 20261122);
};

} // namespace CampDesk
