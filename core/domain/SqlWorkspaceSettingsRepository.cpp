#include "core/domain/SqlWorkspaceSettingsRepository.h"

#include "core/storage/SqlQuery.h"

namespace CampDesk {

SqlWorkspaceSettingsRepository::SqlWorkspaceSettingsRepository(const QSqlDatabase &db)
    : m_db(db)
{
}

Result<std::optional<QString>> SqlWorkspaceSettingsRepository::find(const QString &key) const
{
    auto query = Sql::exec(m_db, QStringLiteral("SELECT value FROM workspace_settings WHERE key = ?"), {key});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::nullopt;
    return query->value(0).toString();
}

Result<QString> SqlWorkspaceSettingsRepository::value(const QString &key) const
{
    auto found = find(key);
    if (!found)
        return std::unexpected(found.error());
    return found->value_or(QString());
}

Result<void> SqlWorkspaceSettingsRepository::setValue(const QString &key, const QString &value)
{
    auto query = Sql::exec(m_db,
                           QStringLiteral("INSERT INTO workspace_settings (key, value) VALUES (?, ?)"
                                          " ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                           {key, value});
    if (!query)
        return std::unexpected(query.error());
    return {};
}

Result<QString> SqlWorkspaceSettingsRepository::valueOr(const QString &key, const QString &made)
{
    auto found = find(key);
    if (!found)
        return std::unexpected(found.error());
    if (const auto &held = *found; held.has_value())
        return *held;
    // A plain insert: a value another connection stored meanwhile is kept
    // (the insert fails) rather than replaced.
    if (auto stored
        = Sql::exec(m_db, QStringLiteral("INSERT INTO workspace_settings (key, value) VALUES (?, ?)"), {key, made});
        !stored)
        return std::unexpected(stored.error());
    return made;
}

} // namespace CampDesk
