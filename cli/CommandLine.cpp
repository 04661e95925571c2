#include "cli/CommandLine.h"

#include "cli/CliSupport.h"
#include "cli/Command.h"
#include "cli/commands/ActivitiesCommand.h"
#include "cli/commands/CampsCreateCommand.h"
#include "cli/commands/CampsDeleteCommand.h"
#include "cli/commands/CampsEditCommand.h"
#include "cli/commands/CampsListCommand.h"
#include "cli/commands/CampsShowCommand.h"
#include "cli/commands/ChatImportCommand.h"
#include "cli/commands/ExportIcsCommand.h"
#include "cli/commands/GenerateCommand.h"
#include "cli/commands/HistoryCommand.h"
#include "cli/commands/IdentitiesCommand.h"
#include "cli/commands/ImportsCommand.h"
#include "cli/commands/JielongCommand.h"
#include "cli/commands/PlanCommand.h"
#include "cli/commands/ReportCommand.h"
#include "cli/commands/RosterExportCommand.h"
#include "cli/commands/RosterImportCommand.h"
#include "cli/commands/RosterListCommand.h"
#include "cli/commands/RunSheetCommand.h"
#include "cli/commands/SpeechListCommand.h"
#include "cli/commands/SpeechRenderCommand.h"
#include "cli/commands/StatsCommand.h"
#include "cli/commands/TeamChangeCommand.h"
#include "cli/commands/TeamListCommand.h"
#include "cli/commands/TeamRemoveCommand.h"
#include "cli/commands/TemplatesCommand.h"
#include "cli/commands/WorkspaceBackupsCommand.h"
#include "cli/commands/WorkspacePullCommand.h"
#include "cli/commands/WorkspacePushCommand.h"
#include "cli/commands/WorkspaceRestoreCommand.h"

#include <QTextStream>

#include <memory>
#include <vector>

namespace CampDesk {

namespace {

// Every command, made anew for each run: a command keeps what it parsed.
std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<CampsListCommand>());
    commands.push_back(std::make_unique<CampsCreateCommand>());
    commands.push_back(std::make_unique<CampsShowCommand>());
    commands.push_back(std::make_unique<CampsEditCommand>());
    commands.push_back(std::make_unique<CampsDeleteCommand>());
    commands.push_back(std::make_unique<TemplatesCommand>());
    commands.push_back(std::make_unique<PlanCommand>());
    commands.push_back(std::make_unique<ActivitiesCommand>());
    commands.push_back(std::make_unique<ExportIcsCommand>());
    commands.push_back(std::make_unique<SpeechListCommand>());
    commands.push_back(std::make_unique<SpeechRenderCommand>(SpeechRenderCommand::Mode::Render));
    commands.push_back(std::make_unique<SpeechRenderCommand>(SpeechRenderCommand::Mode::Next));
    commands.push_back(std::make_unique<RosterImportCommand>());
    commands.push_back(std::make_unique<RosterListCommand>());
    commands.push_back(std::make_unique<RosterExportCommand>());
    commands.push_back(std::make_unique<ChatImportCommand>());
    commands.push_back(std::make_unique<JielongCommand>());
    commands.push_back(std::make_unique<StatsCommand>());
    commands.push_back(std::make_unique<GenerateCommand>());
    commands.push_back(std::make_unique<IdentitiesCommand>());
    commands.push_back(std::make_unique<ImportsCommand>());
    commands.push_back(std::make_unique<ReportCommand>());
    commands.push_back(std::make_unique<RunSheetCommand>());
    commands.push_back(std::make_unique<HistoryCommand>());
    commands.push_back(std::make_unique<TeamListCommand>());
    commands.push_back(std::make_unique<TeamChangeCommand>(TeamChangeCommand::Mode::Add));
    commands.push_back(std::make_unique<TeamChangeCommand>(TeamChangeCommand::Mode::SetRole));
    commands.push_back(std::make_unique<TeamRemoveCommand>());
    commands.push_back(std::make_unique<WorkspacePushCommand>());
    commands.push_back(std::make_unique<WorkspacePullCommand>());
    commands.push_back(std::make_unique<WorkspaceBackupsCommand>());
    commands.push_back(std::make_unique<WorkspaceRestoreCommand>());
    return commands;
}

std::unique_ptr<Command> findCommand(const QString &name)
{
    for (auto &command : allCommands()) {
        if (command->name() == name)
            return std::move(command);
    }
    return nullptr;
}

// A word that is followed by a subcommand ("camps list"), and what is said
// when that is missing or unknown.
struct Group {
    QString name;
    QString missing;
    QString unknown;
    // "camps --help" shows the general help.
    bool takesHelp = false;
};

} // namespace

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
        m_out << Cli::programName << ' ' << QStringLiteral(CAMPDESK_VERSION) << Qt::endl;
        return Success;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        m_out << generalHelp();
        return Success;
    }
    const QList<Group> groups {
        {QStringLiteral("camps"), tr("“camps” needs a subcommand: list, create, show, edit or delete."),
         tr("Unknown subcommand “camps %1”."), true},
        {QStringLiteral("speech"), tr("“speech” needs a subcommand: list, render or next."),
         tr("Unknown subcommand “speech %1”."), false},
        {QStringLiteral("roster"), tr("“roster” needs a subcommand: import, list or export."),
         tr("Unknown subcommand “roster %1”."), false},
        {QStringLiteral("workspace"), tr("“workspace” needs a subcommand: push or pull."),
         tr("Unknown subcommand “workspace %1”."), false},
        {QStringLiteral("team"), tr("“team” needs a subcommand: list, add, set-role or remove."),
         tr("Unknown subcommand “team %1”."), false},
    };
    for (const Group &group : groups) {
        if (command != group.name)
            continue;
        if (arguments.size() < 2)
            return usageError(group.missing);
        const QString &subcommand = arguments.at(1);
        if (group.takesHelp && (subcommand == QLatin1String("--help") || subcommand == QLatin1String("-h"))) {
            m_out << generalHelp();
            return Success;
        }
        // Only the subcommand's own word: "camps" "list x" is no command.
        const auto found = subcommand.contains(u' ') ? nullptr : findCommand(command + u' ' + subcommand);
        if (!found)
            return usageError(group.unknown.arg(subcommand));
        return found->execute(arguments.mid(2), m_out, m_err);
    }
    const auto found = command.contains(u' ') ? nullptr : findCommand(command);
    if (!found)
        return usageError(tr("Unknown command “%1”.").arg(command));
    return found->execute(arguments.mid(1), m_out, m_err);
}

QString CommandLine::generalHelp() const
{
    return tr("Usage: campdesk-cli COMMAND [OPTIONS]\n"
              "\n"
              "Commands:\n"
              "  camps list                 List the camps of a workspace.\n"
              "  camps create               Create a camp.\n"
              "  camps show ID              Show one camp.\n"
              "  camps edit                 Change a camp's name, theme, course days, periods or goals.\n"
              "  camps delete ID            Delete a camp with everything of it.\n"
              "  templates                  List the plan templates.\n"
              "  plan                       Plan a camp from a template.\n"
              "  activities                 List a camp's activities.\n"
              "  export-ics                 Export a camp's plan as an iCalendar file.\n"
              "  speech list                List the speech library.\n"
              "  speech render ID           Print a speech template filled for a camp and day.\n"
              "  speech next CATEGORY       Print and record the crew's next line of a category.\n"
              "  roster import FILE         Import members from a CSV/TSV file.\n"
              "  roster list                List a camp's members.\n"
              "  roster export              Export a camp's members as CSV.\n"
              "  import FILE                Import a chat export (WhatsApp, Telegram, QQ, WeChat, Discord).\n"
              "  jielong FILE|-             Record a pasted 接龙 list as check-ins.\n"
              "  stats                      Print per-member participation.\n"
              "  identities                 List chat senders of a camp and map them to members.\n"
              "  imports                    List a camp's chat imports, or take one back out.\n"
              "  generate                   Write a deterministic chat export for benchmarks.\n"
              "  report                     Print a camp's review figures (JSON) or write its PDF report.\n"
              "  run-sheet                  Write a day's run sheet as PDF.\n"
              "  history                    List a team workspace's changes: who, when, before and after.\n"
              "  team list                  List a team workspace's operators and their roles.\n"
              "  team add LOGIN --role ROLE Add an operator (owner, assistant, crew or viewer).\n"
              "  team set-role LOGIN --role ROLE\n"
              "                             Change an operator's role, camps or staff person.\n"
              "  team remove LOGIN          Take an operator's rights to the workspace.\n"
              "  workspace push FILE --to ADDRESS\n"
              "                             Copy a workspace file into an empty team workspace (PostgreSQL).\n"
              "  workspace pull ADDRESS -o FILE\n"
              "                             Write a team workspace to a new workspace file.\n"
              "  workspace backups          List the backups CampDesk keeps of a workspace file.\n"
              "  workspace restore BACKUP   Put a backup in place of a workspace file.\n"
              "\n"
              "Options:\n"
              "  --version                  Print the version and exit.\n"
              "  --help                     Show this help; COMMAND --help shows a command's options.\n");
}

int CommandLine::usageError(const QString &message)
{
    return Command::report(m_err, {UsageError, message});
}

} // namespace CampDesk
