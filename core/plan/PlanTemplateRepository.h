#pragma once

#include "core/Error.h"
#include "core/plan/PlanTemplate.h"

#include <optional>

namespace CampDesk {

// Plan templates a user saved from a camp, kept in the workspace.
class PlanTemplateRepository {
public:
    virtual ~PlanTemplateRepository() = default;

    [[nodiscard]] virtual Result<QList<PlanTemplate>> list() const = 0;
    // The template saved under `name`, if any (what a save would replace).
    [[nodiscard]] virtual Result<std::optional<PlanTemplate>> find(const QString &name) const = 0;
    // Saves under `plan.name`; a template of the same name is replaced.
    [[nodiscard]] virtual Result<qint64> save(const PlanTemplate &plan) = 0;
    [[nodiscard]] virtual Result<void> remove(const QString &name) = 0;
};

} // namespace CampDesk
