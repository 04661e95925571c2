#include "cli/Command.h"

#include "cli/CliSupport.h"
#include "core/Translations.h"
#include "core/Workspace.h"
#include "core/domain/CampRepository.h"

#include <QTextStream>

namespace CampDesk {

using namespace Cli;

Command::Command(Traits traits)
    : m_traits(std::move(traits))
{
}

Command::~Command() = default;

int Command::execute(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(m_traits.description);
    if (!m_traits.argument.isEmpty())
        parser.addPositionalArgument(m_traits.argument, m_traits.argumentHelp);
    parser.addOptions(allOptions());
    if (!parser.parse(QStringList {programName + u' ' + m_traits.name} + arguments))
        return report(err, {CommandLine::UsageError, parser.errorText()});
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return CommandLine::Success;
    }
    if (auto done = executeParsed(parser, out, err); !done)
        return report(err, done.error());
    return CommandLine::Success;
}

Outcome<void> Command::executeParsed(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList positional = parser.positionalArguments();
    if (m_traits.argument.isEmpty() && !positional.isEmpty())
        return usage(tr("Unexpected argument “%1”.").arg(positional.first()));
    if (!m_traits.argument.isEmpty()) {
        if (positional.size() != 1)
            return usage(wrongArgumentCount());
        if (auto checked = checkArgument(positional.first()); !checked)
            return checked;
    }
    const auto id = campId(parser);
    if (!id)
        return std::unexpected(id.error());
    if (auto prepared = prepare(parser); !prepared)
        return prepared;

    Context context {.parser = parser,
                     .out = out,
                     .err = err,
                     .campId = *id,
                     .json = m_traits.json && parser.isSet(QStringLiteral("json")),
                     .argument = positional.value(0)};
    if (m_traits.workspace == WorkspaceUse::Names || m_traits.workspace == WorkspaceUse::None)
        return run(context);
    auto opened = open(context, *id, m_traits.workspace == WorkspaceUse::Creates);
    if (!opened)
        return std::unexpected(opened.error());
    context.workspace = opened->workspace.get();
    context.camp = opened->camp;
    return run(context);
}

QList<QCommandLineOption> Command::allOptions() const
{
    QList<QCommandLineOption> shared;
    if (m_traits.camp != CampUse::None)
        shared << campOption();
    QList<QCommandLineOption> after;
    if (m_traits.workspace != WorkspaceUse::None)
        (m_traits.sharedOptionsFirst ? shared : after) << workspaceOption();
    if (m_traits.create)
        (m_traits.sharedOptionsFirst ? shared : after) << createOption();
    if (m_traits.json)
        (m_traits.sharedOptionsFirst ? shared : after) << jsonOption();
    return shared + options() + after + QList {helpOption()};
}

Outcome<void> Command::checkArgument(const QString &)
{
    return {};
}

Outcome<qint64> Command::campId(const QCommandLineParser &parser) const
{
    switch (m_traits.camp) {
    case CampUse::None:
        return 0;
    case CampUse::Optional:
        return parser.isSet(QStringLiteral("camp")) ? requiredCampId(parser) : 0;
    case CampUse::Required:
        return requiredCampId(parser);
    }
    return 0;
}

Outcome<void> Command::prepare(const QCommandLineParser &)
{
    return {};
}

QString Command::wrongArgumentCount() const
{
    return tr("“%1” needs exactly one file.").arg(m_traits.name);
}

int Command::report(QTextStream &err, const CommandStop &stop)
{
    err << programName << ": " << stop.message;
    if (stop.code == CommandLine::UsageError)
        err << ' ' << tr("(try “campdesk-cli --help”)");
    err << Qt::endl;
    return stop.code;
}

std::unexpected<CommandStop> Command::usage(QString message)
{
    return std::unexpected(CommandStop {CommandLine::UsageError, std::move(message)});
}

std::unexpected<CommandStop> Command::failed(QString message)
{
    return std::unexpected(CommandStop {CommandLine::Failure, std::move(message)});
}

Outcome<qint64> Command::parseCampId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return usage(tr("“%1” is not a camp id.").arg(text));
    return id;
}

void Command::noteUpgrade(QTextStream &err, const Workspace &workspace)
{
    if (const QString notice = workspace.upgradeNotice(Workspace::RestoreBy::Command); !notice.isEmpty())
        err << notice << Qt::endl;
}

Outcome<qint64> Command::requiredCampId(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("camp")))
        return usage(tr("Missing --camp."));
    return parseCampId(parser.value(QStringLiteral("camp")));
}

Outcome<Command::Opened> Command::open(const Context &context, qint64 campId, bool creates)
{
    auto workspace = openWorkspace(context.parser, creates);
    if (!workspace)
        return failed(workspace.error());
    noteUpgrade(context.err, **workspace);
    Opened opened {std::move(*workspace), {}};
    if (campId != 0) {
        auto camp = opened.workspace->camps().find(campId);
        if (!camp)
            return failed(camp.error());
        opened.camp = *camp;
        // Its days are counted in this computer's zone here: said on every command that reads the camp.
        if (const QString note = camp->unknownZoneNote(); !note.isEmpty())
            context.err << tr("note: %1").arg(note) << Qt::endl;
    }
    return opened;
}

Outcome<void> Command::applyLanguage(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("lang")))
        return {};
    const QString language = parser.value(QStringLiteral("lang"));
    if (language != QLatin1String("en") && language != QLatin1String("zh_CN"))
        return usage(tr("--lang: “%1” is not en or zh_CN.").arg(language));
    // The tool runs one command: its document, and what it prints, are in
    // that language.
    Translations::install(language);
    return {};
}

Outcome<void> Command::requireOutput(const QCommandLineParser &parser, const QCommandLineOption &output)
{
    if (!parser.isSet(output))
        return usage(tr("Missing -o FILE."));
    if (auto allowed = checkOutput(parser, parser.value(output)); !allowed)
        return failed(allowed.error());
    return {};
}

} // namespace CampDesk
