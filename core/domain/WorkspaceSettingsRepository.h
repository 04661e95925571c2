#pragma once

#include "core/Error.h"

#include <QString>

namespace CampDesk {

// Small workspace-wide settings (workspace_settings), a text per key.
class WorkspaceSettingsRepository {
public:
    virtual ~WorkspaceSettingsRepository() = default;

    // "" when unset.
    [[nodiscard]] virtual Result<QString> value(const QString &key) const = 0;
    [[nodiscard]] virtual Result<void> setValue(const QString &key, const QString &value) = 0;
    // The key's value, or `made` stored under it when it had none.
    [[nodiscard]] virtual Result<QString> valueOr(const QString &key, const QString &made) = 0;
};

} // namespace CampDesk
