#include "cli/commands/TemplatesCommand.h"

#include "cli/CliSupport.h"
#include "core/Translations.h"
#include "core/plan/PlanTemplateLibrary.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace CampDesk {

TemplatesCommand::TemplatesCommand()
    : Command({.name = QStringLiteral("templates"),
               .description = tr("List the plan templates: built in, then saved in the workspace."),
               .camp = CampUse::None,
               .json = true,
               .create = true})
{
}

Outcome<void> TemplatesCommand::run(Context &context)
{
    auto all = PlanTemplateLibrary::all(*context.workspace);
    if (!all)
        return failed(all.error());
    const QString language = Translations::currentLanguage();
    if (context.json) {
        QJsonArray array;
        for (const PlanTemplate &plan : *all) {
            array.append(QJsonObject {{QStringLiteral("key"), plan.key},
                                      {QStringLiteral("name"), plan.name.text(language)},
                                      {QStringLiteral("built_in"), plan.builtIn},
                                      {QStringLiteral("course_days"), plan.courseDays},
                                      {QStringLiteral("preparation_days"), plan.preparationDays},
                                      {QStringLiteral("items"), int(plan.items.size())}});
        }
        context.out << Cli::jsonText(QJsonObject {{QStringLiteral("templates"), array}});
        return {};
    }
    for (const PlanTemplate &plan : *all)
        context.out << plan.key << '\t' << plan.name.text(language) << Qt::endl;
    return {};
}

} // namespace CampDesk
