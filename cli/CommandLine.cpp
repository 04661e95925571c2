#include "cli/CommandLine.h"

#include "cli/CampJson.h"
#include "cli/CliSupport.h"
#include "core/Translations.h"
#include "core/Workspace.h"
#include "core/domain/ActivityRepository.h"
#include "core/domain/CampRepository.h"
#include "core/domain/MembershipRepository.h"
#include "core/io/InputFile.h"
#include "core/io/OutputFile.h"
#include "core/plan/CampPlanner.h"
#include "core/plan/IcsWriter.h"
#include "core/plan/PlanTemplateLibrary.h"
#include "core/roster/DelimitedText.h"
#include "core/roster/Roster.h"
#include "core/roster/RosterImport.h"
#include "core/roster/TextDecoder.h"
#include "core/search/TextMatcher.h"
#include "core/speech/SpeechLibrary.h"
#include "core/speech/SpeechRepository.h"
#include "core/storage/Transaction.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimeZone>

namespace CampDesk {

using namespace Cli;

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

int CommandLine::run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usageError(tr("No command given."));
    const QString &command = arguments.first();
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        m_out << programName << ' ' << QStringLiteral(CAMPDESK_VERSION) << Qt::endl;
        return Success;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        m_out << generalHelp();
        return Success;
    }
    if (command == QLatin1String("camps"))
        return runCamps(arguments.mid(1));
    if (command == QLatin1String("templates"))
        return templates(arguments.mid(1));
    if (command == QLatin1String("plan"))
        return plan(arguments.mid(1));
    if (command == QLatin1String("activities"))
        return activities(arguments.mid(1));
    if (command == QLatin1String("export-ics"))
        return exportIcs(arguments.mid(1));
    if (command == QLatin1String("speech"))
        return speech(arguments.mid(1));
    if (command == QLatin1String("roster"))
        return roster(arguments.mid(1));
    if (command == QLatin1String("import"))
        return chatImport(arguments.mid(1));
    if (command == QLatin1String("jielong"))
        return jielong(arguments.mid(1));
    if (command == QLatin1String("stats"))
        return stats(arguments.mid(1));
    if (command == QLatin1String("generate"))
        return generate(arguments.mid(1));
    if (command == QLatin1String("identities"))
        return identities(arguments.mid(1));
    if (command == QLatin1String("report"))
        return report(arguments.mid(1));
    if (command == QLatin1String("run-sheet"))
        return runSheet(arguments.mid(1));
    return usageError(tr("Unknown command “%1”.").arg(command));
}

QString CommandLine::generalHelp() const
{
    return tr("Usage: campdesk-cli COMMAND [OPTIONS]\n"
              "\n"
              "Commands:\n"
              "  camps list                 List the camps of a workspace.\n"
              "  camps create               Create a camp.\n"
              "  camps show ID              Show one camp.\n"
              "  templates                  List the plan templates.\n"
              "  plan                       Plan a camp from a template.\n"
              "  activities                 List a camp's activities.\n"
              "  export-ics                 Export a camp's plan as an iCalendar file.\n"
              "  speech list                List the speech library.\n"
              "  speech render ID           Print a speech template filled for a camp and day.\n"
              "  roster import FILE         Import members from a CSV/TSV file.\n"
              "  roster list                List a camp's members.\n"
              "  roster export              Export a camp's members as CSV.\n"
              "  import FILE                Import a chat export (WhatsApp, Telegram, QQ, WeChat, Discord).\n"
              "  jielong FILE|-             Record a pasted 接龙 list as check-ins.\n"
              "  stats                      Print per-member participation.\n"
              "  identities                 List chat senders of a camp and map them to members.\n"
              "  generate                   Write a deterministic chat export for benchmarks.\n"
              "  report                     Print a camp's review figures (JSON) or write its PDF report.\n"
              "  run-sheet                  Write a day's run sheet as PDF.\n"
              "\n"
              "Options:\n"
              "  --version                  Print the version and exit.\n"
              "  --help                     Show this help; COMMAND --help shows a command's options.\n");
}

int CommandLine::runCamps(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usageError(tr("“camps” needs a subcommand: list, create or show."));
    const QString &subcommand = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (subcommand == QLatin1String("list"))
        return campsList(rest);
    if (subcommand == QLatin1String("create"))
        return campsCreate(rest);
    if (subcommand == QLatin1String("show"))
        return campsShow(rest);
    if (subcommand == QLatin1String("--help") || subcommand == QLatin1String("-h")) {
        m_out << generalHelp();
        return Success;
    }
    return usageError(tr("Unknown subcommand “camps %1”.").arg(subcommand));
}

int CommandLine::campsList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the camps of a workspace, newest first."));
    parser.addOptions({workspaceOption(), createOption(), jsonOption(), helpOption()});
    if (!parser.parse(QStringList {programName + QStringLiteral(" camps list")} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("Unexpected argument “%1”.").arg(parser.positionalArguments().first()));

    auto workspace = openWorkspace(parser);
    if (!workspace)
        return failure(workspace.error().message);
    auto camps = (*workspace)->camps().list();
    if (!camps)
        return failure(camps.error().message);

    const QDate today = QDate::currentDate();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Camp &camp : *camps) {
            auto roles = (*workspace)->memberships().countByRole(camp.id);
            if (!roles)
                return failure(roles.error().message);
            array.append(CampJson::toJson(camp, today, *roles));
        }
        m_out << jsonText(QJsonObject {{QStringLiteral("camps"), array}});
        return Success;
    }
    if (camps->isEmpty()) {
        m_out << tr("No camps yet. Create one with: campdesk-cli camps create --name NAME --course-start DATE "
                    "--course-end DATE")
              << Qt::endl;
        return Success;
    }
    for (const Camp &camp : *camps) {
        m_out << QStringLiteral("%1\t%2\t%3 – %4\t%5")
                     .arg(camp.id)
                     .arg(CampStatuses::displayName(camp.statusOn(today)), camp.courseStart.toString(Qt::ISODate),
                          camp.courseEnd.toString(Qt::ISODate), camp.name)
              << Qt::endl;
    }
    return Success;
}

int CommandLine::campsCreate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create a camp."));
    const QCommandLineOption name(QStringLiteral("name"), tr("Name of the camp."), tr("name"));
    const QCommandLineOption courseStart(QStringLiteral("course-start"), tr("First course day (YYYY-MM-DD)."),
                                         tr("date"));
    const QCommandLineOption courseEnd(QStringLiteral("course-end"), tr("Last course day (YYYY-MM-DD)."), tr("date"));
    const QCommandLineOption prepDays(
        QStringLiteral("prep-days"),
        tr("Days of preparation before the first course day (default %1).").arg(Camp::DefaultPreparationDays),
        tr("days"));
    const QCommandLineOption activeRate(
        QStringLiteral("target-active-rate"),
        tr("Target daily active rate in percent (default %1).").arg(Camp::DefaultTargetActiveRate), tr("percent"));
    parser.addOptions(
        {name, courseStart, courseEnd, prepDays, activeRate, workspaceOption(), jsonOption(), helpOption()});
    if (!parser.parse(QStringList {programName + QStringLiteral(" camps create")} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("Unexpected argument “%1”.").arg(parser.positionalArguments().first()));
    for (const QCommandLineOption &required : {name, courseStart, courseEnd}) {
        if (!parser.isSet(required))
            return usageError(tr("Missing --%1.").arg(required.names().first()));
    }

    const auto date
        = [&](const QCommandLineOption &option) { return QDate::fromString(parser.value(option), Qt::ISODate); };
    Camp camp = Camp::withDefaults(parser.value(name), date(courseStart), date(courseEnd));
    for (const QCommandLineOption &dateOption : {courseStart, courseEnd}) {
        if (!date(dateOption).isValid()) {
            return usageError(tr("--%1: “%2” is not a date; expected YYYY-MM-DD.")
                                  .arg(dateOption.names().first(), parser.value(dateOption)));
        }
    }
    if (parser.isSet(prepDays)) {
        bool ok = false;
        const int days = parser.value(prepDays).toInt(&ok);
        if (!ok || days < 0 || days > 60)
            return usageError(
                tr("--prep-days: “%1” is not a number of days from 0 to 60.").arg(parser.value(prepDays)));
        camp.preparationStart = camp.courseStart.addDays(-days);
    }
    if (parser.isSet(activeRate)) {
        bool ok = false;
        const double rate = parser.value(activeRate).toDouble(&ok);
        if (!ok || rate < 0 || rate > 100)
            return usageError(
                tr("--target-active-rate: “%1” is not a percentage from 0 to 100.").arg(parser.value(activeRate)));
        camp.targetActiveRate = rate;
    }
    if (auto valid = camp.validate(); !valid)
        return usageError(valid.error().message);

    auto workspace = openWorkspace(parser, true);
    if (!workspace)
        return failure(workspace.error().message);
    auto id = (*workspace)->camps().insert(camp);
    if (!id)
        return failure(id.error().message);
    camp.id = *id;
    if (parser.isSet(QStringLiteral("json")))
        m_out << jsonText(CampJson::toJson(camp, QDate::currentDate(), {}));
    else
        m_out << tr("Created camp %1: %2").arg(camp.id).arg(camp.name) << Qt::endl;
    return Success;
}

int CommandLine::campsShow(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show one camp."));
    parser.addPositionalArgument(QStringLiteral("ID"), tr("Id of the camp (see “camps list”)."));
    parser.addOptions({workspaceOption(), jsonOption(), helpOption()});
    if (!parser.parse(QStringList {programName + QStringLiteral(" camps show")} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("“camps show” needs exactly one camp id."));
    bool ok = false;
    const qint64 id = parser.positionalArguments().first().toLongLong(&ok);
    if (!ok || id <= 0)
        return usageError(tr("“%1” is not a camp id.").arg(parser.positionalArguments().first()));

    int code = 0;
    auto opened = openCamp(parser, id, code);
    if (!opened)
        return code;
    const Camp *camp = &opened->camp;
    auto roles = opened->workspace->memberships().countByRole(id);
    if (!roles)
        return failure(roles.error().message);
    const QJsonObject json = CampJson::toJson(*camp, QDate::currentDate(), *roles);
    if (parser.isSet(QStringLiteral("json"))) {
        m_out << jsonText(json);
        return Success;
    }
    m_out << camp->name << Qt::endl
          << tr("Status: %1").arg(CampStatuses::displayName(camp->statusOn(QDate::currentDate()))) << Qt::endl
          << tr("Preparation from: %1").arg(camp->preparationStart.toString(Qt::ISODate)) << Qt::endl
          << tr("Course: %1 – %2 (%n day(s))", nullptr, camp->courseDays())
                 .arg(camp->courseStart.toString(Qt::ISODate), camp->courseEnd.toString(Qt::ISODate))
          << Qt::endl
          << tr("Members: %1").arg(json.value(QStringLiteral("member_count")).toInt()) << Qt::endl
          << tr("Target active rate: %1 %").arg(camp->targetActiveRate) << Qt::endl;
    return Success;
}

std::optional<CommandLine::OpenedCamp> CommandLine::openCamp(const QCommandLineParser &parser, qint64 id, int &exitCode)
{
    auto workspace = openWorkspace(parser);
    if (!workspace) {
        exitCode = failure(workspace.error().message);
        return std::nullopt;
    }
    auto camp = (*workspace)->camps().find(id);
    if (!camp) {
        exitCode = failure(camp.error().message);
        return std::nullopt;
    }
    return OpenedCamp {std::move(*workspace), *camp};
}

bool CommandLine::parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments, int &exitCode,
                        int positionals)
{
    parser.addOption(helpOption());
    if (!parser.parse(QStringList {programName + u' ' + command} + arguments)) {
        exitCode = usageError(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        exitCode = Success;
        return false;
    }
    if (positionals == 0 && !parser.positionalArguments().isEmpty()) {
        exitCode = usageError(tr("Unexpected argument “%1”.").arg(parser.positionalArguments().first()));
        return false;
    }
    if (positionals > 0 && parser.positionalArguments().size() != positionals) {
        exitCode = usageError(tr("“%1” needs exactly one file.").arg(command));
        return false;
    }
    return true;
}

bool CommandLine::campId(const QCommandLineParser &parser, qint64 &id, int &exitCode)
{
    if (!parser.isSet(QStringLiteral("camp"))) {
        exitCode = usageError(tr("Missing --camp."));
        return false;
    }
    bool ok = false;
    id = parser.value(QStringLiteral("camp")).toLongLong(&ok);
    if (!ok || id <= 0) {
        exitCode = usageError(tr("“%1” is not a camp id.").arg(parser.value(QStringLiteral("camp"))));
        return false;
    }
    return true;
}

int CommandLine::templates(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the plan templates: built in, then saved in the workspace."));
    parser.addOptions({workspaceOption(), createOption(), jsonOption()});
    if (int code = 0; !parse(parser, QStringLiteral("templates"), arguments, code))
        return code;
    auto workspace = openWorkspace(parser);
    if (!workspace)
        return failure(workspace.error().message);
    auto all = PlanTemplateLibrary::all(**workspace);
    if (!all)
        return failure(all.error().message);
    const QString language = Translations::currentLanguage();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const PlanTemplate &plan : *all) {
            array.append(QJsonObject {{QStringLiteral("key"), plan.key},
                                      {QStringLiteral("name"), plan.name.text(language)},
                                      {QStringLiteral("built_in"), plan.builtIn},
                                      {QStringLiteral("course_days"), plan.courseDays},
                                      {QStringLiteral("preparation_days"), plan.preparationDays},
                                      {QStringLiteral("items"), int(plan.items.size())}});
        }
        m_out << jsonText(QJsonObject {{QStringLiteral("templates"), array}});
        return Success;
    }
    for (const PlanTemplate &plan : *all)
        m_out << plan.key << '\t' << plan.name.text(language) << Qt::endl;
    return Success;
}

int CommandLine::plan(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Plan a camp from a template: sets the camp's dates and adds the template's activities."));
    const QCommandLineOption camp(QStringLiteral("camp"), tr("Id of the camp."), tr("id"));
    const QCommandLineOption templateOption(QStringLiteral("template"), tr("Template key or name (see “templates”)."),
                                            tr("name"));
    const QCommandLineOption firstDay(QStringLiteral("first-day"), tr("First course day (YYYY-MM-DD)."), tr("date"));
    const QCommandLineOption days(QStringLiteral("days"), tr("Number of course days."), tr("days"));
    const QCommandLineOption prepDays(QStringLiteral("prep-days"), tr("Preparation days (default: the template's)."),
                                      tr("days"));
    const QCommandLineOption without(QStringLiteral("without"),
                                     tr("Leave out these optional items (keys, comma-separated)."), tr("keys"));
    const QCommandLineOption language(QStringLiteral("lang"), tr("Language of the activity titles: en or zh_CN."),
                                      tr("language"));
    parser.addOptions(
        {camp, templateOption, firstDay, days, prepDays, without, language, workspaceOption(), jsonOption()});
    if (int code = 0; !parse(parser, QStringLiteral("plan"), arguments, code))
        return code;
    qint64 id = 0;
    if (int code = 0; !campId(parser, id, code))
        return code;
    for (const QCommandLineOption &required : {templateOption, firstDay, days}) {
        if (!parser.isSet(required))
            return usageError(tr("Missing --%1.").arg(required.names().first()));
    }
    const QDate first = QDate::fromString(parser.value(firstDay), Qt::ISODate);
    if (!first.isValid())
        return usageError(tr("--%1: “%2” is not a date; expected YYYY-MM-DD.")
                              .arg(QStringLiteral("first-day"), parser.value(firstDay)));
    bool ok = false;
    const int courseDays = parser.value(days).toInt(&ok);
    if (!ok || courseDays < 1 || courseDays > 3660)
        return usageError(tr("--days: “%1” is not a number of days from 1 to 3660.").arg(parser.value(days)));
    QString lang = parser.value(language);
    if (lang.isEmpty())
        lang = Translations::currentLanguage();
    if (lang != QLatin1String("en") && lang != QLatin1String("zh_CN"))
        return usageError(tr("--lang: “%1” is not en or zh_CN.").arg(lang));

    int code = 0;
    auto opened = openCamp(parser, id, code);
    if (!opened)
        return code;
    std::unique_ptr<Workspace> &workspace = opened->workspace;
    const Camp *found = &opened->camp;
    auto planTemplate = PlanTemplateLibrary::find(*workspace, parser.value(templateOption));
    if (!planTemplate)
        return failure(planTemplate.error().message);

    PlanParameters parameters = planTemplate->defaultParameters(first, lang);
    parameters.courseDays = courseDays;
    if (parser.isSet(prepDays)) {
        const int prep = parser.value(prepDays).toInt(&ok);
        if (!ok || prep < 0 || prep > 60)
            return usageError(
                tr("--prep-days: “%1” is not a number of days from 0 to 60.").arg(parser.value(prepDays)));
        parameters.preparationDays = prep;
    }
    for (const QString &key : parser.value(without).split(u',', Qt::SkipEmptyParts))
        parameters.excludedItems.insert(key.trimmed());
    auto activities = planTemplate->expand(parameters);
    if (!activities)
        return failure(activities.error().message);

    Camp updated = *found;
    const Camp shaped = CampPlanner::campFor(updated.name, parameters);
    updated.preparationStart = shaped.preparationStart;
    updated.courseStart = shaped.courseStart;
    updated.courseEnd = shaped.courseEnd;
    updated.wrapUpEnd = shaped.wrapUpEnd;
    Transaction transaction(workspace->database());
    if (auto begun = transaction.begin(); !begun)
        return failure(begun.error().message);
    if (auto written = workspace->camps().update(updated); !written)
        return failure(written.error().message);
    auto ids = CampPlanner::addToCamp(*workspace, id, *activities);
    if (!ids)
        return failure(ids.error().message);
    if (auto committed = transaction.commit(); !committed)
        return failure(committed.error().message);

    if (parser.isSet(QStringLiteral("json"))) {
        m_out << jsonText(QJsonObject {{QStringLiteral("camp_id"), id},
                                       {QStringLiteral("template"), planTemplate->key},
                                       {QStringLiteral("added"), int(ids->size())}});
    } else {
        m_out << tr("Added %1 activities from “%2” to camp %3.")
                     .arg(ids->size())
                     .arg(planTemplate->name.text(lang))
                     .arg(id)
              << Qt::endl;
    }
    return Success;
}

int CommandLine::activities(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List a camp's activities in time order."));
    parser.addOptions(
        {QCommandLineOption(QStringLiteral("camp"), tr("Id of the camp."), tr("id")), workspaceOption(), jsonOption()});
    if (int code = 0; !parse(parser, QStringLiteral("activities"), arguments, code))
        return code;
    qint64 id = 0;
    if (int code = 0; !campId(parser, id, code))
        return code;
    int code = 0;
    auto opened = openCamp(parser, id, code);
    if (!opened)
        return code;
    auto list = opened->workspace->activities().listForCamp(id);
    if (!list)
        return failure(list.error().message);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Activity &activity : *list) {
            QJsonArray checklist;
            for (const ChecklistItem &item : activity.checklist)
                checklist.append(
                    QJsonObject {{QStringLiteral("text"), item.text}, {QStringLiteral("done"), item.done}});
            const auto idOrNull = [](qint64 value) { return value > 0 ? QJsonValue(value) : QJsonValue(); };
            array.append(QJsonObject {{QStringLiteral("id"), activity.id},
                                      {QStringLiteral("camp_id"), activity.campId},
                                      {QStringLiteral("type"), ActivityTypes::key(activity.type)},
                                      {QStringLiteral("title"), activity.title},
                                      {QStringLiteral("start"), wallClockToString(activity.start)},
                                      {QStringLiteral("end"), wallClockToString(activity.end)},
                                      {QStringLiteral("owner_membership_id"), idOrNull(activity.ownerMembershipId)},
                                      {QStringLiteral("speaker_membership_id"), idOrNull(activity.speakerMembershipId)},
                                      {QStringLiteral("subgroup_id"), idOrNull(activity.subgroupId)},
                                      {QStringLiteral("status"), ActivityStatuses::key(activity.status)},
                                      {QStringLiteral("notes"), activity.notes},
                                      {QStringLiteral("checklist"), checklist},
                                      {QStringLiteral("template_key"), activity.templateKey},
                                      {QStringLiteral("speech_template_id"), idOrNull(activity.speechTemplateId)}});
        }
        m_out << jsonText(QJsonObject {{QStringLiteral("camp_id"), id}, {QStringLiteral("activities"), array}});
        return Success;
    }
    for (const Activity &activity : *list) {
        m_out << activity.id << '\t' << activity.start.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << '\t'
              << ActivityTypes::displayName(activity.type) << '\t' << activity.title << Qt::endl;
    }
    return Success;
}

int CommandLine::exportIcs(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export a camp's plan as an iCalendar (.ics) file for phones and calendars."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, tr("File to write."), tr("file"));
    parser.addOptions(
        {QCommandLineOption(QStringLiteral("camp"), tr("Id of the camp."), tr("id")), output, workspaceOption()});
    if (int code = 0; !parse(parser, QStringLiteral("export-ics"), arguments, code))
        return code;
    qint64 id = 0;
    if (int code = 0; !campId(parser, id, code))
        return code;
    if (!parser.isSet(output))
        return usageError(tr("Missing -o FILE."));
    if (auto allowed = checkOutput(parser, parser.value(output)); !allowed)
        return failure(allowed.error().message);
    int code = 0;
    auto opened = openCamp(parser, id, code);
    if (!opened)
        return code;
    Workspace &workspace = *opened->workspace;
    auto list = workspace.activities().listForCamp(id);
    if (!list)
        return failure(list.error().message);
    auto members = workspace.memberships().listForCamp(id);
    if (!members)
        return failure(members.error().message);
    auto workspaceId = workspace.workspaceId();
    if (!workspaceId)
        return failure(workspaceId.error().message);
    IcsWriter::Input input {opened->camp, *list, {}, *workspaceId, QDateTime::currentDateTimeUtc()};
    for (const MemberEntry &entry : *members)
        input.ownerNames.insert(entry.membership.id, entry.displayName);

    if (auto written = OutputFile::write(parser.value(output), IcsWriter::write(input), workspace.path()); !written)
        return failure(written.error().message);
    m_out << tr("Wrote %1 events to %2").arg(list->size()).arg(parser.value(output)) << Qt::endl;
    return Success;
}

int CommandLine::speech(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usageError(tr("“speech” needs a subcommand: list or render."));
    if (arguments.first() == QLatin1String("list"))
        return speechList(arguments.mid(1));
    if (arguments.first() == QLatin1String("render"))
        return speechRender(arguments.mid(1));
    return usageError(tr("Unknown subcommand “speech %1”.").arg(arguments.first()));
}

int CommandLine::speechList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the speech library: lines for every camp and, with --camp, that camp's."));
    const QCommandLineOption camp(QStringLiteral("camp"), tr("Id of the camp."), tr("id"));
    const QCommandLineOption category(QStringLiteral("category"), tr("Only this category (e.g. hype, welcome)."),
                                      tr("category"));
    const QCommandLineOption search(QStringLiteral("search"),
                                    tr("Only lines whose title, text or tags match (pinyin initials work)."),
                                    tr("words"));
    parser.addOptions({camp, category, search, workspaceOption(), createOption(), jsonOption()});
    if (int code = 0; !parse(parser, QStringLiteral("speech list"), arguments, code))
        return code;
    qint64 id = 0;
    if (parser.isSet(camp)) {
        if (int code = 0; !campId(parser, id, code))
            return code;
    }
    std::optional<SpeechCategory> only;
    if (parser.isSet(category)) {
        only = SpeechCategories::fromKey(parser.value(category));
        if (!only) {
            QStringList keys;
            for (SpeechCategory known : SpeechCategories::all())
                keys << SpeechCategories::key(known);
            return usageError(
                tr("--category: “%1” is not one of %2.").arg(parser.value(category), keys.join(QStringLiteral(", "))));
        }
    }
    auto workspace = openWorkspace(parser);
    if (!workspace)
        return failure(workspace.error().message);
    if (id != 0) {
        if (auto found = (*workspace)->camps().find(id); !found)
            return failure(found.error().message);
    }
    if (auto seeded = SpeechLibrary::seedIfNeeded(**workspace, Translations::currentLanguage()); !seeded)
        return failure(seeded.error().message);
    auto lines = (*workspace)->speeches().list(id);
    if (!lines)
        return failure(lines.error().message);
    const QStringList terms = TextMatcher::queryTerms(parser.value(search));
    QJsonArray array;
    for (const SpeechTemplate &line : std::as_const(*lines)) {
        if (only && line.category != *only)
            continue;
        if (!terms.isEmpty()
            && !TextMatcher::matches(
                TextMatcher::searchKey(line.title + u' ' + line.body + u' ' + line.tags.join(u' ')), terms))
            continue;
        if (!parser.isSet(QStringLiteral("json"))) {
            m_out << line.id << '\t' << SpeechCategories::key(line.category) << '\t' << line.title << Qt::endl;
            continue;
        }
        array.append(
            QJsonObject {{QStringLiteral("id"), line.id},
                         {QStringLiteral("title"), line.title},
                         {QStringLiteral("category"), SpeechCategories::key(line.category)},
                         {QStringLiteral("body"), line.body},
                         {QStringLiteral("tags"), QJsonArray::fromStringList(line.tags)},
                         {QStringLiteral("favourite"), line.favourite},
                         {QStringLiteral("camp_id"), line.campId > 0 ? QJsonValue(line.campId) : QJsonValue()},
                         {QStringLiteral("use_count"), line.useCount},
                         {QStringLiteral("last_used"),
                          line.lastUsed.isValid() ? QJsonValue(line.lastUsed.toString(Qt::ISODate)) : QJsonValue()}});
    }
    if (parser.isSet(QStringLiteral("json")))
        m_out << jsonText(QJsonObject {{QStringLiteral("templates"), array}});
    return Success;
}

int CommandLine::speechRender(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print a speech template with its placeholders filled for a camp and day."));
    parser.addPositionalArgument(QStringLiteral("ID"), tr("Id of the template (see “speech list”)."));
    const QCommandLineOption camp(QStringLiteral("camp"), tr("Id of the camp."), tr("id"));
    const QCommandLineOption day(QStringLiteral("day"), tr("Course day number (default: today)."), tr("day"));
    const QCommandLineOption time(QStringLiteral("time"), tr("Time of day for {time} (HH:MM, default: now)."),
                                  tr("time"));
    const QCommandLineOption member(QStringLiteral("member"), tr("Member for {member} and {@member}."), tr("name"));
    const QCommandLineOption staff(QStringLiteral("staff"), tr("Staff member for {staff}."), tr("name"));
    const QCommandLineOption subgroup(QStringLiteral("subgroup"), tr("Subgroup for {subgroup}."), tr("name"));
    parser.addOptions({camp, day, time, member, staff, subgroup, workspaceOption(), helpOption()});
    if (!parser.parse(QStringList {programName + QStringLiteral(" speech render")} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("“speech render” needs exactly one template id."));
    bool ok = false;
    const qint64 templateId = parser.positionalArguments().first().toLongLong(&ok);
    if (!ok || templateId <= 0)
        return usageError(tr("“%1” is not a template id.").arg(parser.positionalArguments().first()));
    qint64 id = 0;
    if (int code = 0; !campId(parser, id, code))
        return code;
    int courseDay = 0;
    if (parser.isSet(day)) {
        courseDay = parser.value(day).toInt(&ok);
        if (!ok || courseDay < 1)
            return usageError(tr("--day: “%1” is not a course day number (1 or more).").arg(parser.value(day)));
    }
    QTime at = QTime::currentTime();
    if (parser.isSet(time)) {
        at = QTime::fromString(parser.value(time), QStringLiteral("H:mm"));
        if (!at.isValid())
            return usageError(tr("--time: “%1” is not a time (HH:MM).").arg(parser.value(time)));
    }

    int code = 0;
    auto opened = openCamp(parser, id, code);
    if (!opened)
        return code;
    Workspace &workspace = *opened->workspace;
    if (auto seeded = SpeechLibrary::seedIfNeeded(workspace, Translations::currentLanguage()); !seeded)
        return failure(seeded.error().message);
    auto line = workspace.speeches().find(templateId);
    if (!line)
        return failure(line.error().message);
    const QDate date = courseDay > 0 ? opened->camp.courseStart.addDays(courseDay - 1) : QDate::currentDate();
    auto context = SpeechLibrary::context(workspace, id, QDateTime(date, at));
    if (!context)
        return failure(context.error().message);
    context->member = parser.value(member);
    context->staff = parser.value(staff);
    context->subgroup = parser.value(subgroup);
    const RenderResult rendered = PlaceholderRenderer::render(line->body, *context);
    if (!rendered.ok())
        return failure(tr("Template %1 cannot be filled: %2.").arg(templateId).arg(rendered.message()));
    m_out << rendered.text << Qt::endl;
    return Success;
}

int CommandLine::roster(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usageError(tr("“roster” needs a subcommand: import, list or export."));
    if (arguments.first() == QLatin1String("import"))
        return rosterImport(arguments.mid(1));
    if (arguments.first() == QLatin1String("list"))
        return rosterList(arguments.mid(1));
    if (arguments.first() == QLatin1String("export"))
        return rosterExport(arguments.mid(1));
    return usageError(tr("Unknown subcommand “roster %1”.").arg(arguments.first()));
}

int CommandLine::rosterImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import members from a CSV/TSV file (UTF-8, UTF-16 or GBK; headers in Chinese or English). Matches "
           "existing people by chat id or phone; writes everything in one transaction, or nothing."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The roster file."));
    const QCommandLineOption camp(QStringLiteral("camp"), tr("Id of the camp."), tr("id"));
    const QCommandLineOption mapping(QStringLiteral("mapping"),
                                     tr("Column mapping overriding the guess: COLUMN=FIELD,… where COLUMN is a "
                                        "header or a 1-based number and FIELD one of %1.")
                                         .arg([] {
                                             QStringList keys;
                                             for (RosterField field : RosterColumns::all())
                                                 keys << RosterColumns::key(field);
                                             return keys.join(QStringLiteral(", "));
                                         }()),
                                     tr("mapping"));
    const QCommandLineOption encoding(QStringLiteral("encoding"), tr("Text encoding (default: detected)."), tr("name"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Show what would be imported; write nothing."));
    const QCommandLineOption merges(QStringLiteral("accept-merges"),
                                    tr("Join rows to existing people with the same name (default: new people)."));
    parser.addOptions({camp, mapping, encoding, dryRun, merges, workspaceOption(), jsonOption(), helpOption()});
    if (!parser.parse(QStringList {programName + QStringLiteral(" roster import")} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("“roster import” needs exactly one file."));
    qint64 id = 0;
    if (int code = 0; !campId(parser, id, code))
        return code;
    const QString path = parser.positionalArguments().first();
    auto read = InputFile::readAll(path);
    if (!read)
        return failure(read.error().message);
    const QByteArray bytes = std::move(*read);
    QString text;
    if (parser.isSet(encoding)) {
        const auto decoded = TextDecoder::decode(bytes, parser.value(encoding));
        if (!decoded)
            return usageError(tr("--encoding: “%1” is not an encoding this system knows.").arg(parser.value(encoding)));
        text = *decoded;
    } else {
        text = TextDecoder::decode(bytes).text;
    }
    auto parsed = DelimitedText::parse(text);
    if (!parsed)
        return failure(tr("%1: %2").arg(path, parsed.error().message));
    const QList<TextRow> rows = std::move(*parsed);
    if (rows.size() < 2)
        return failure(tr("%1: no rows below the header line.").arg(path));
    QList<RosterField> fields = RosterColumns::guess(rows.first().cells);
    for (const QString &pair : parser.value(mapping).split(u',', Qt::SkipEmptyParts)) {
        const QString column = pair.section(u'=', 0, 0).trimmed();
        const QString fieldKey = pair.section(u'=', 1).trimmed();
        const auto field = RosterColumns::fromKey(fieldKey);
        if (!field)
            return usageError(tr("--mapping: “%1” is not a field.").arg(fieldKey));
        bool numeric = false;
        qsizetype index = column.toInt(&numeric) - 1;
        if (!numeric)
            index = rows.first().cells.indexOf(column);
        if (index < 0 || index >= fields.size())
            return usageError(tr("--mapping: %1 has no column “%2”.").arg(path, column));
        fields[index] = *field;
    }

    int code = 0;
    auto opened = openCamp(parser, id, code);
    if (!opened)
        return code;
    auto plan = RosterImport::plan(*opened->workspace, id, rows, fields);
    if (!plan)
        return failure(tr("%1: %2").arg(path, plan.error().message));
    const bool acceptMerges = parser.isSet(merges);
    QStringList problems;
    for (const RosterImportRow &row : std::as_const(plan->rows))
        problems += row.problems;
    std::optional<RosterImportSummary> summary;
    if (!parser.isSet(dryRun)) {
        auto applied = RosterImport::apply(*opened->workspace, id, *plan, acceptMerges);
        if (!applied)
            return failure(tr("%1: %2").arg(path, applied.error().message));
        summary = *applied;
    }
    using Match = RosterImportRow::Match;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json {{QStringLiteral("camp_id"), id},
                          {QStringLiteral("rows"), int(plan->rows.size())},
                          {QStringLiteral("new_people"), plan->newPeople(acceptMerges)},
                          {QStringLiteral("known_people"), plan->knownPeople(acceptMerges)},
                          {QStringLiteral("same_person"), plan->count(Match::SamePerson)},
                          {QStringLiteral("same_name"), plan->count(Match::PossibleMerge)},
                          {QStringLiteral("merges_accepted"), acceptMerges},
                          {QStringLiteral("already_in_camp"), plan->count(Match::AlreadyInCamp)},
                          {QStringLiteral("skipped"), plan->count(Match::Skipped)},
                          {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
                          {QStringLiteral("applied"), summary.has_value()}};
        if (summary) {
            json.insert(QStringLiteral("people_added"), summary->peopleAdded);
            json.insert(QStringLiteral("people_matched"), summary->peopleMatched);
            json.insert(QStringLiteral("members_added"), summary->membershipsAdded);
            json.insert(QStringLiteral("subgroups_added"), summary->subgroupsAdded);
        }
        m_out << jsonText(json);
        return Success;
    }
    m_out << tr("%1 rows: %2 new people, %3 people already known, %4 already in the camp, %5 skipped.")
                 .arg(plan->rows.size())
                 .arg(plan->newPeople(acceptMerges))
                 .arg(plan->knownPeople(acceptMerges))
                 .arg(plan->count(Match::AlreadyInCamp))
                 .arg(plan->count(Match::Skipped))
          << Qt::endl;
    if (const int sameName = plan->count(Match::PossibleMerge); sameName > 0) {
        m_out << (acceptMerges ? tr("%n row(s) share a name with someone known and join them (--accept-merges).",
                                    nullptr, sameName)
                               : tr("%n row(s) share a name with someone known and become new people; "
                                    "--accept-merges joins them instead.",
                                    nullptr, sameName))
              << Qt::endl;
    }
    for (const QString &problem : std::as_const(problems))
        m_out << QFileInfo(path).fileName() << ": " << problem << Qt::endl;
    if (summary)
        m_out << tr("Added %1 members to camp %2.").arg(summary->membershipsAdded).arg(id) << Qt::endl;
    else
        m_out << tr("Dry run: nothing was written.") << Qt::endl;
    return Success;
}

int CommandLine::rosterList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List a camp's members, staff first."));
    const QCommandLineOption withPhone(QStringLiteral("with-phone"), tr("Include phone numbers (personal data)."));
    parser.addOptions({QCommandLineOption(QStringLiteral("camp"), tr("Id of the camp."), tr("id")), withPhone,
                       workspaceOption(), jsonOption()});
    if (int code = 0; !parse(parser, QStringLiteral("roster list"), arguments, code))
        return code;
    qint64 id = 0;
    if (int code = 0; !campId(parser, id, code))
        return code;
    int code = 0;
    auto opened = openCamp(parser, id, code);
    if (!opened)
        return code;
    auto entries = Roster::load(*opened->workspace, id);
    if (!entries)
        return failure(entries.error().message);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray members;
        for (const RosterEntry &entry : std::as_const(*entries))
            members.append(Roster::toJson(entry, parser.isSet(withPhone)));
        m_out << jsonText(QJsonObject {{QStringLiteral("camp_id"), id}, {QStringLiteral("members"), members}});
        return Success;
    }
    for (const RosterEntry &entry : std::as_const(*entries)) {
        m_out << entry.membership.id << '\t' << MemberRoles::displayName(entry.membership.role) << '\t'
              << entry.person.displayName << '\t' << entry.subgroup << Qt::endl;
    }
    return Success;
}

int CommandLine::rosterExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export a camp's members as CSV (UTF-8 with BOM) that the import reads back."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, tr("File to write."), tr("file"));
    const QCommandLineOption withPhone(QStringLiteral("with-phone"), tr("Include phone numbers (personal data)."));
    parser.addOptions({QCommandLineOption(QStringLiteral("camp"), tr("Id of the camp."), tr("id")), output, withPhone,
                       workspaceOption()});
    if (int code = 0; !parse(parser, QStringLiteral("roster export"), arguments, code))
        return code;
    qint64 id = 0;
    if (int code = 0; !campId(parser, id, code))
        return code;
    if (!parser.isSet(output))
        return usageError(tr("Missing -o FILE."));
    if (auto allowed = checkOutput(parser, parser.value(output)); !allowed)
        return failure(allowed.error().message);
    int code = 0;
    auto opened = openCamp(parser, id, code);
    if (!opened)
        return code;
    auto entries = Roster::load(*opened->workspace, id);
    if (!entries)
        return failure(entries.error().message);
    if (auto written = OutputFile::write(parser.value(output), Roster::toCsv(*entries, parser.isSet(withPhone)),
                                         opened->workspace->path());
        !written)
        return failure(written.error().message);
    m_out << tr("Wrote %1 members to %2").arg(entries->size()).arg(parser.value(output)) << Qt::endl;
    return Success;
}

QHash<qint64, QString> CommandLine::memberNames(Workspace &workspace, qint64 campId)
{
    QHash<qint64, QString> names;
    for (const MemberEntry &entry : workspace.memberships().listForCamp(campId).value_or(QList<MemberEntry> {}))
        names.insert(entry.membership.personId, entry.displayName);
    return names;
}

int CommandLine::usageError(const QString &message)
{
    m_err << programName << ": " << message << ' ' << tr("(try “campdesk-cli --help”)") << Qt::endl;
    return UsageError;
}

int CommandLine::failure(const QString &message)
{
    m_err << programName << ": " << message << Qt::endl;
    return Failure;
}

} // namespace CampDesk
