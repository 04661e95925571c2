#include "cli/commands/GenerateCommand.h"

#include "cli/CliSupport.h"
#include "core/Workspace.h"
#include "core/domain/ActivityRepository.h"
#include "core/io/OutputFile.h"

#include <QTextStream>

#include <limits>
#include <tuple>

namespace CampDesk {

using namespace Cli;

GenerateCommand::GenerateCommand()
    : Command({.name = QStringLiteral("generate"),
               .description = tr("Write a deterministic chat export (the same options always give the same "
                                 "bytes) for benchmarks and trials, or the roster of its members; or add "
                                 "deterministic activities to a camp's plan."),
               // --workspace names the file to keep an output from replacing;
               // only --format activities opens it (and needs --camp).
               .workspace = WorkspaceUse::Names,
               .camp = CampUse::None})
    , m_format(QStringLiteral("format"), tr("whatsapp, telegram, roster or activities."), tr("format"),
               QStringLiteral("whatsapp"))
    , m_members(QStringLiteral("members"), tr("Number of members (default 5000)."), tr("n"), QStringLiteral("5000"))
    , m_days(QStringLiteral("days"), tr("Number of days (default 60)."), tr("n"), QStringLiteral("60"))
    , m_messages(QStringLiteral("messages"), tr("Number of messages (default 1000000)."), tr("n"),
                 QStringLiteral("1000000"))
    , m_activities(QStringLiteral("activities"), tr("Number of activities for --format activities (default 2000)."),
                   tr("n"), QStringLiteral("2000"))
    , m_firstDay(QStringLiteral("first-day"), tr("First day, YYYY-MM-DD (default 2027-03-01)."), tr("date"),
                 QStringLiteral("2027-03-01"))
    , m_seed(QStringLiteral("seed"), tr("Random seed (default 20270301)."), tr("n"), QStringLiteral("20270301"))
    , m_output({QStringLiteral("o"), QStringLiteral("output")}, tr("File to write."), tr("file"))
{
}

QList<QCommandLineOption> GenerateCommand::options() const
{
    return {m_format, m_members, m_days, m_messages, m_activities, m_firstDay, m_seed, m_output, campOption()};
}

Outcome<void> GenerateCommand::prepare(const QCommandLineParser &parser)
{
    m_kind = parser.value(m_format);
    const bool intoPlan = m_kind == QLatin1String("activities");
    if (m_kind != QLatin1String("whatsapp") && m_kind != QLatin1String("telegram") && m_kind != QLatin1String("roster")
        && !intoPlan)
        return usage(tr("--format: “%1” is not whatsapp, telegram, roster or activities.").arg(m_kind));
    if (!intoPlan) {
        if (auto output = requireOutput(parser, m_output); !output)
            return output;
    } else if (parser.isSet(m_output)) {
        if (auto allowed = checkOutput(parser, parser.value(m_output)); !allowed)
            return failed(allowed.error());
    }
    const auto number = [&](const QCommandLineOption &option, int low, int high) -> Outcome<int> {
        bool valid = false;
        const int value = parser.value(option).toInt(&valid);
        if (!valid || value < low || value > high) {
            return usage(tr("--%1: “%2” is not a number from %3 to %4.")
                             .arg(option.names().first(), parser.value(option))
                             .arg(low)
                             .arg(high));
        }
        return value;
    };
    for (const auto &[option, low, high, target] :
         {std::tuple {&m_members, 1, 1000000, &m_options.members}, std::tuple {&m_days, 1, 3660, &m_options.days},
          std::tuple {&m_messages, 0, 100000000, &m_options.messages}}) {
        const auto value = number(*option, low, high);
        if (!value)
            return std::unexpected(value.error());
        *target = *value;
    }
    const auto seed = number(m_seed, 0, std::numeric_limits<int>::max());
    if (!seed)
        return std::unexpected(seed.error());
    m_options.seed = quint32(*seed);
    const auto activityCount = number(m_activities, 0, 1000000);
    if (!activityCount)
        return std::unexpected(activityCount.error());
    m_activityCount = *activityCount;
    m_options.firstDay = QDate::fromString(parser.value(m_firstDay), Qt::ISODate);
    if (!m_options.firstDay.isValid())
        return usage(tr("--first-day: “%1” is not a date; expected YYYY-MM-DD.").arg(parser.value(m_firstDay)));
    return {};
}

Outcome<void> GenerateCommand::run(Context &context)
{
    return m_kind == QLatin1String("activities") ? addActivities(context) : writeFile(context);
}

Outcome<void> GenerateCommand::addActivities(Context &context)
{
    // Spread over the camp's course days (or --first-day and --days when
    // given), added to its plan in one transaction.
    const QCommandLineParser &parser = context.parser;
    const auto id = requiredCampId(parser);
    if (!id)
        return std::unexpected(id.error());
    auto opened = open(context, *id);
    if (!opened)
        return std::unexpected(opened.error());
    const Camp &camp = opened->camp;
    const QDate from = parser.isSet(m_firstDay) || !camp.courseStart.isValid() ? m_options.firstDay : camp.courseStart;
    const int span = parser.isSet(m_days) || !camp.courseStart.isValid() ? m_options.days : camp.courseDays();
    const QList<Activity> generated = ChatGenerator::activities(*id, from, span, m_activityCount, m_options.seed);
    auto added = opened->workspace->activities().insertAll(generated);
    if (!added)
        return failed(added.error());
    context.out << tr("Added %1 activities to camp %2").arg(added->size()).arg(*id) << Qt::endl;
    return {};
}

Outcome<void> GenerateCommand::writeFile(Context &context)
{
    const QString output = context.parser.value(m_output);
    OutputFile file(output, workspacePath(context.parser));
    if (auto opened = file.open(); !opened)
        return failed(opened.error());
    const bool written = m_kind == QLatin1String("whatsapp") ? ChatGenerator::writeWhatsApp(file.device(), m_options)
        : m_kind == QLatin1String("telegram")                ? ChatGenerator::writeTelegram(file.device(), m_options)
                                                             : ChatGenerator::writeRoster(file.device(), m_options);
    if (!written)
        return failed(tr("%1 cannot be written: %2").arg(output, file.device().errorString()));
    if (auto committed = file.commit(); !committed)
        return failed(committed.error());
    context.out << tr("Wrote %1").arg(output) << Qt::endl;
    return {};
}

} // namespace CampDesk
