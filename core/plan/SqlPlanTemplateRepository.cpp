#include "core/plan/SqlPlanTemplateRepository.h"

#include "core/storage/SqlQuery.h"

namespace CampDesk {

SqlPlanTemplateRepository::SqlPlanTemplateRepository(const QSqlDatabase &db)
    : m_db(db)
{
}

Result<PlanTemplate> SqlPlanTemplateRepository::parse(const QString &name, const QString &definition)
{
    return PlanTemplate::fromJson(definition.toUtf8(), tr("saved template “%1”").arg(name));
}

Result<QList<PlanTemplate>> SqlPlanTemplateRepository::list() const
{
    auto query = Sql::exec(m_db, QStringLiteral("SELECT name, definition FROM plan_templates ORDER BY name"));
    if (!query)
        return std::unexpected(query.error());
    QList<PlanTemplate> templates;
    while (query->next()) {
        auto plan = parse(query->value(0).toString(), query->value(1).toString());
        if (!plan)
            return std::unexpected(plan.error());
        templates.append(*plan);
    }
    return templates;
}

Result<std::optional<PlanTemplate>> SqlPlanTemplateRepository::find(const QString &name) const
{
    auto query = Sql::exec(m_db, QStringLiteral("SELECT definition FROM plan_templates WHERE name = ?"), {name});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::nullopt;
    auto plan = parse(name, query->value(0).toString());
    if (!plan)
        return std::unexpected(plan.error());
    return *plan;
}

Result<qint64> SqlPlanTemplateRepository::save(const PlanTemplate &plan)
{
    const QString name = plan.name.english.trimmed();
    if (name.isEmpty())
        return fail(tr("A template needs a name."));
    if (plan.items.isEmpty())
        return fail(tr("“%1” has no activities to keep: a template is made from a camp's plan, so plan its "
                       "activities first.")
                        .arg(name));
    // What is stored must read back: one unreadable template would keep
    // every template from the New Camp dialog.
    const QString definition = QString::fromUtf8(plan.toJson());
    if (auto readable = parse(name, definition); !readable)
        return fail(tr("The template “%1” was not saved: %2").arg(name, readable.error().message));
    auto query = Sql::exec(m_db,
                           QStringLiteral("INSERT INTO plan_templates (name, definition) VALUES (?, ?)"
                                          " ON CONFLICT(name) DO UPDATE SET definition = excluded.definition"),
                           {name, definition});
    if (!query)
        return std::unexpected(query.error());
    return Sql::scalar(m_db, QStringLiteral("SELECT id FROM plan_templates WHERE name = ?"), {name});
}

Result<void> SqlPlanTemplateRepository::remove(const QString &name)
{
    auto query = Sql::exec(m_db, QStringLiteral("DELETE FROM plan_templates WHERE name = ?"), {name});
    if (!query)
        return std::unexpected(query.error());
    if (query->numRowsAffected() != 1)
        return fail(tr("There is no saved template “%1”.").arg(name));
    return {};
}

} // namespace CampDesk
