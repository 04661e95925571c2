#pragma once

#include "core/Error.h"
#include "core/plan/PlanTemplate.h"

#include <QCoreApplication>

namespace CampDesk {

class Workspace;

// The templates a new plan can start from: the built-in ones shipped as
// resource data, then the ones saved in the workspace.
class PlanTemplateLibrary final {
    Q_DECLARE_TR_FUNCTIONS(PlanTemplateLibrary)

public:
    static QList<PlanTemplate> builtIn();
    [[nodiscard]] static Result<QList<PlanTemplate>> all(Workspace &workspace);
    // Finds a template by key or by name in either language.
    [[nodiscard]] static Result<PlanTemplate> find(Workspace &workspace, const QString &keyOrName);
};

} // namespace CampDesk
