#include "cli/commands/PlanCommand.h"

#include "cli/CliSupport.h"
#include "core/Translations.h"
#include "core/Workspace.h"
#include "core/domain/ActivityRepository.h"
#include "core/domain/CampRepository.h"
#include "core/plan/CampPlanner.h"
#include "core/plan/PlanTemplateLibrary.h"
#include "core/storage/Transaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace CampDesk {

PlanCommand::PlanCommand()
    : Command(
          {.name = QStringLiteral("plan"),
           .description = tr("Plan a camp from a template: sets the camp's dates and adds the template's activities."),
           .json = true})
    , m_template(QStringLiteral("template"), tr("Template key or name (see “templates”)."), tr("name"))
    , m_firstDay(QStringLiteral("first-day"), tr("First course day (YYYY-MM-DD)."), tr("date"))
    , m_days(QStringLiteral("days"), tr("Number of course days."), tr("days"))
    , m_prepDays(QStringLiteral("prep-days"), tr("Preparation days (default: the template's)."), tr("days"))
    , m_without(QStringLiteral("without"), tr("Leave out these optional items (keys, comma-separated)."), tr("keys"))
    , m_language(QStringLiteral("lang"), tr("Language of the activity titles: en or zh_CN."), tr("language"))
{
}

QList<QCommandLineOption> PlanCommand::options() const
{
    return {m_template, m_firstDay, m_days, m_prepDays, m_without, m_language};
}

Outcome<void> PlanCommand::prepare(const QCommandLineParser &parser)
{
    for (const QCommandLineOption &required : {m_template, m_firstDay, m_days}) {
        if (!parser.isSet(required))
            return usage(tr("Missing --%1.").arg(required.names().first()));
    }
    m_first = QDate::fromString(parser.value(m_firstDay), Qt::ISODate);
    if (!m_first.isValid())
        return usage(tr("--%1: “%2” is not a date; expected YYYY-MM-DD.")
                         .arg(QStringLiteral("first-day"), parser.value(m_firstDay)));
    bool ok = false;
    m_courseDays = parser.value(m_days).toInt(&ok);
    if (!ok || m_courseDays < 1 || m_courseDays > PlanTemplate::MaxCourseDays)
        return usage(tr("--days: “%1” is not a number of days from 1 to %2.")
                         .arg(parser.value(m_days))
                         .arg(PlanTemplate::MaxCourseDays));
    m_lang = parser.value(m_language);
    if (m_lang.isEmpty())
        m_lang = Translations::currentLanguage();
    if (m_lang != QLatin1String("en") && m_lang != QLatin1String("zh_CN"))
        return usage(tr("--lang: “%1” is not en or zh_CN.").arg(m_lang));
    return {};
}

Outcome<void> PlanCommand::run(Context &context)
{
    const QCommandLineParser &parser = context.parser;
    Workspace &workspace = *context.workspace;
    auto planTemplate = PlanTemplateLibrary::find(workspace, parser.value(m_template));
    if (!planTemplate)
        return failed(planTemplate.error());

    PlanParameters parameters = planTemplate->defaultParameters(m_first, m_lang);
    parameters.courseDays = m_courseDays;
    parameters.wrapUpDays = CampPlanner::wrapUpDaysFor(context.camp, parameters);
    if (parser.isSet(m_prepDays)) {
        bool ok = false;
        const int prep = parser.value(m_prepDays).toInt(&ok);
        if (!ok || prep < 0 || prep > PlanTemplate::MaxPreparationDays)
            return usage(tr("--prep-days: “%1” is not a number of days from 0 to %2.")
                             .arg(parser.value(m_prepDays))
                             .arg(PlanTemplate::MaxPreparationDays));
        parameters.preparationDays = prep;
    } else if (const std::optional<int> preparation = CampPlanner::preparationDaysOf(context.camp)) {
        if (*preparation > PlanTemplate::MaxPreparationDays)
            return usage(tr("The camp's preparation period is %1 days, longer than a plan's %2: give --prep-days.")
                             .arg(*preparation)
                             .arg(PlanTemplate::MaxPreparationDays));
        parameters.preparationDays = *preparation; // the camp's own, as the window's dialog takes them
    }
    // A key mistyped, or of an item every plan has, would leave it in
    // without a word.
    const QStringList optional = planTemplate->optionalKeys();
    for (const QString &given : parser.value(m_without).split(u',', Qt::SkipEmptyParts)) {
        const QString key = given.trimmed();
        if (!optional.contains(key))
            return usage(
                optional.isEmpty()
                    ? tr("--without: this template has no optional items, so “%1” cannot be left out.").arg(key)
                    : tr("--without: “%1” is not an optional item of this template; these are: %2.")
                          .arg(key, optional.join(QLatin1String(", "))));
        parameters.excludedItems.insert(key);
    }
    QStringList notes;
    auto activities = planTemplate->expand(parameters, &notes);
    if (!activities)
        return failed(activities.error());

    const Camp updated
        = CampPlanner::withPlanPeriods(context.camp, CampPlanner::campFor(context.camp.name, parameters));
    Transaction transaction(workspace.database());
    if (auto begun = transaction.begin(); !begun)
        return failed(begun.error());
    // A plan inside the camp's days adds activities only: on a team
    // workspace an assistant may plan, but only an owner changes a camp.
    const bool reshaped = updated.preparationStart != context.camp.preparationStart
        || updated.courseStart != context.camp.courseStart || updated.courseEnd != context.camp.courseEnd
        || updated.wrapUpEnd != context.camp.wrapUpEnd;
    if (auto written = reshaped ? workspace.camps().update(updated) : Result<void>(); !written)
        return failed(written.error());
    if (reshaped) {
        // What was planned before and is now another part of the camp.
        auto planned = workspace.activities().listForCamp(context.campId);
        if (!planned)
            return failed(planned.error());
        notes << CampPlanner::datesChangeNotes(context.camp, updated, *planned);
    }
    auto ids = CampPlanner::addToCamp(workspace, context.campId, *activities);
    if (!ids)
        return failed(ids.error());
    if (auto committed = transaction.commit(); !committed)
        return failed(committed.error());

    if (context.json) {
        context.out << Cli::jsonText(QJsonObject {{QStringLiteral("camp_id"), context.campId},
                                                  {QStringLiteral("template"), planTemplate->key},
                                                  {QStringLiteral("added"), int(ids->size())},
                                                  {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}});
    } else {
        context.out << tr("Added %1 activities from “%2” to camp %3.")
                           .arg(ids->size())
                           .arg(planTemplate->name.text(m_lang))
                           .arg(context.campId)
                    << Qt::endl;
    }
    // What fell other than the template places it: said, on its own stream.
    for (const QString &note : std::as_const(notes))
        context.err << tr("note: %1").arg(note) << Qt::endl;
    return {};
}

} // namespace CampDesk
