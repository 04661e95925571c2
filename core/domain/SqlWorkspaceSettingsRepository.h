#pragma once

#include "core/domain/WorkspaceSettingsRepository.h"

#include <QSqlDatabase>

#include <optional>

namespace CampDesk {

// The SQLite implementation of WorkspaceSettingsRepository: its SQL is SQLite's dialect.
class SqlWorkspaceSettingsRepository final : public WorkspaceSettingsRepository {
public:
    explicit SqlWorkspaceSettingsRepository(const QSqlDatabase &db);

    [[nodiscard]] Result<QString> value(const QString &key) const override;
    [[nodiscard]] Result<void> setValue(const QString &key, const QString &value) override;
    [[nodiscard]] Result<QString> valueOr(const QString &key, const QString &made) override;

private:
    [[nodiscard]] Result<std::optional<QString>> find(const QString &key) const;

    QSqlDatabase m_db;
};

} // namespace CampDesk
