#include "core/plan/PlanTemplateLibrary.h"

#include "core/Workspace.h"
#include "core/plan/PlanTemplateRepository.h"

#include <QFile>

namespace CampDesk {

QList<PlanTemplate> PlanTemplateLibrary::builtIn()
{
    QList<PlanTemplate> templates;
    for (const QString &name : {QStringLiteral("training-camp"), QStringLiteral("daily-operation")}) {
        QFile file(QStringLiteral(":/templates/%1.json").arg(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        // Built-in templates are checked by the test suite; one that fails to
        // parse is left out rather than taking the app down.
        auto plan = PlanTemplate::fromJson(file.readAll(), file.fileName());
        if (!plan) {
            qWarning("%s", qUtf8Printable(plan.error().message));
            continue;
        }
        plan->builtIn = true;
        templates.append(*plan);
    }
    return templates;
}

Result<QList<PlanTemplate>> PlanTemplateLibrary::all(Workspace &workspace)
{
    QList<PlanTemplate> templates = builtIn();
    auto saved = workspace.planTemplates().list();
    if (!saved)
        return std::unexpected(saved.error());
    templates += *saved;
    return templates;
}

Result<PlanTemplate> PlanTemplateLibrary::find(Workspace &workspace, const QString &keyOrName)
{
    auto templates = all(workspace);
    if (!templates)
        return std::unexpected(templates.error());
    QStringList names;
    for (const PlanTemplate &plan : *templates) {
        if (plan.key == keyOrName || plan.name.english.compare(keyOrName, Qt::CaseInsensitive) == 0
            || plan.name.chinese == keyOrName)
            return plan;
        names << plan.key;
    }
    return fail(
        tr("There is no plan template “%1”; the templates are: %2.").arg(keyOrName, names.join(QStringLiteral(", "))));
}

} // namespace CampDesk
