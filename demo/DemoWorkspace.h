#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QDate>

namespace CampDesk {

class Workspace;

// Fills a workspace with realistic camps so a newcomer sees a populated app:
// a running camp around `today`, a finished one and one being planned.
class DemoWorkspace final {
    Q_DECLARE_TR_FUNCTIONS(DemoWorkspace)

public:
    enum class Language { English, Chinese };

    // Returns the id of the running camp. One transaction: all or nothing.
    [[nodiscard]] static Result<qint64> populate(Workspace &workspace, QDate today, Language language,
                                                 quint32 seed = 20261122);
    // Rebuilds the demo workspace (Workspace::demoPath()) around today in
    // the language ("en" or "zh_CN") and returns its path; refused while a
    // window has it open.
    [[nodiscard]] static Result<QString> rebuild(const QString &language);
};

} // namespace CampDesk
