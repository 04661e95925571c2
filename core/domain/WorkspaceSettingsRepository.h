#pragma once

#include "core/Error.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace CampDesk {

// Small workspace-wide settings (workspace_settings), a text per key.
class WorkspaceSettingsRepository final {
public:
    explicit WorkspaceSettingsRepository(const QSqlDatabase &db);

    // "" when unset.
    [[nodiscard]] Result<QString> value(const QString &key) const;
    [[nodiscard]] Result<void> setValue(const QString &key, const QString &value);
    // The key's value, or `made` stored under it when it had none.
    [[nodiscard]] Result<QString> valueOr(const QString &key, const QString &made);

private:
    [[nodiscard]] Result<std::optional<QString>> find(const QString &key) const;

    QSqlDatabase m_db;
};

} // namespace CampDesk
