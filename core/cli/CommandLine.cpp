#include "cli/CommandLine.h"

#include "Workspace.h"
#include "cli/CampJson.h"
#include "storage/CampRepository.h"
#include "storage/MembershipRepository.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace CampDesk {

namespace {

const QString programName = QStringLiteral("campdesk-cli");

QCommandLineOption workspaceOption()
{
    return QCommandLineOption(QStringLiteral("workspace"),
                              CommandLine::tr("Workspace file to use (default: %1).")
                                  .arg(QDir::toNativeSeparators(Workspace::defaultPath())),
                              CommandLine::tr("file"));
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), CommandLine::tr("Print JSON instead of text."));
}

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, CommandLine::tr("Show this help."));
}

QString workspacePath(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("workspace")) ? parser.value(QStringLiteral("workspace"))
                                                     : Workspace::defaultPath();
}

QString jsonText(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

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
        m_out << programName << ' ' << QStringLiteral(CAMPDESK_VERSION) << Qt::endl;
        return Success;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        m_out << generalHelp();
        return Success;
    }
    if (command == QLatin1String("camps"))
        return runCamps(arguments.mid(1));
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
    parser.addOptions({workspaceOption(), jsonOption(), helpOption()});
    if (!parser.parse(QStringList{programName + QStringLiteral(" camps list")} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("Unexpected argument “%1”.").arg(parser.positionalArguments().first()));

    auto workspace = Workspace::open(workspacePath(parser));
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
        m_out << jsonText(QJsonObject{{QStringLiteral("camps"), array}});
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
                     .arg(CampStatuses::displayName(camp.statusOn(today)),
                          camp.courseStart.toString(Qt::ISODate), camp.courseEnd.toString(Qt::ISODate), camp.name)
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
    const QCommandLineOption prepDays(QStringLiteral("prep-days"),
                                      tr("Days of preparation before the first course day (default %1).")
                                          .arg(Camp::DefaultPreparationDays),
                                      tr("days"));
    const QCommandLineOption activeRate(QStringLiteral("target-active-rate"),
                                        tr("Target daily active rate in percent (default %1).")
                                            .arg(Camp::DefaultTargetActiveRate),
                                        tr("percent"));
    parser.addOptions({name, courseStart, courseEnd, prepDays, activeRate, workspaceOption(), jsonOption(),
                       helpOption()});
    if (!parser.parse(QStringList{programName + QStringLiteral(" camps create")} + arguments))
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

    const auto date = [&](const QCommandLineOption &option) {
        return QDate::fromString(parser.value(option), Qt::ISODate);
    };
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
            return usageError(tr("--prep-days: “%1” is not a number of days from 0 to 60.").arg(parser.value(prepDays)));
        camp.preparationStart = camp.courseStart.addDays(-days);
    }
    if (parser.isSet(activeRate)) {
        bool ok = false;
        const double rate = parser.value(activeRate).toDouble(&ok);
        if (!ok || rate < 0 || rate > 100)
            return usageError(tr("--target-active-rate: “%1” is not a percentage from 0 to 100.")
                                  .arg(parser.value(activeRate)));
        camp.targetActiveRate = rate;
    }
    if (auto valid = camp.validate(); !valid)
        return usageError(valid.error().message);

    auto workspace = Workspace::open(workspacePath(parser));
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
    if (!parser.parse(QStringList{programName + QStringLiteral(" camps show")} + arguments))
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

    auto workspace = Workspace::open(workspacePath(parser), {.create = false, .exclusive = false});
    if (!workspace)
        return failure(workspace.error().message);
    auto camp = (*workspace)->camps().find(id);
    if (!camp)
        return failure(camp.error().message);
    auto roles = (*workspace)->memberships().countByRole(id);
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
