#pragma once

#include "core/Error.h"
#include "core/plan/PlanTemplate.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace CampDesk {

// Plan templates a user saved from a camp, kept in the workspace.
class PlanTemplateRepository final {
    Q_DECLARE_TR_FUNCTIONS(PlanTemplateRepository)

public:
    explicit PlanTemplateRepository(const QSqlDatabase &db);

    [[nodiscard]] Result<QList<PlanTemplate>> list() const;
    // The template saved under `name`, if any (what a save would replace).
    [[nodiscard]] Result<std::optional<PlanTemplate>> find(const QString &name) const;
    // Saves under `plan.name`; a template of the same name is replaced.
    [[nodiscard]] Result<qint64> save(const PlanTemplate &plan);
    [[nodiscard]] Result<void> remove(const QString &name);

private:
    [[nodiscard]] static Result<PlanTemplate> parse(const QString &name, const QString &definition);

    QSqlDatabase m_db;
};

} // namespace CampDesk
