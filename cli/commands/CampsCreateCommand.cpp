#include "cli/commands/CampsCreateCommand.h"

#include "cli/CampJson.h"
#include "cli/CliSupport.h"
#include "core/Workspace.h"
#include "core/domain/CampRepository.h"

#include <QTextStream>

namespace CampDesk {

CampsCreateCommand::CampsCreateCommand()
    : Command({.name = QStringLiteral("camps create"),
               .description = tr("Create a camp."),
               .workspace = WorkspaceUse::Creates,
               .camp = CampUse::None,
               .json = true})
    , m_name(QStringLiteral("name"), tr("Name of the camp."), tr("name"))
    , m_courseStart(QStringLiteral("course-start"), tr("First course day (YYYY-MM-DD)."), tr("date"))
    , m_courseEnd(QStringLiteral("course-end"), tr("Last course day (YYYY-MM-DD)."), tr("date"))
    , m_prepDays(QStringLiteral("prep-days"),
                 tr("Days of preparation before the first course day (default %1).").arg(Camp::DefaultPreparationDays),
                 tr("days"))
    , m_activeRate(QStringLiteral("target-active-rate"),
                   tr("Target daily active rate in percent (default %1).").arg(Camp::DefaultTargetActiveRate),
                   tr("percent"))
    , m_timeZone(QStringLiteral("time-zone"),
                 tr("The time zone the camp's days are counted in, an IANA name such as Asia/Shanghai (default: this "
                    "computer's)."),
                 tr("zone"))
{
}

QList<QCommandLineOption> CampsCreateCommand::options() const
{
    return {m_name, m_courseStart, m_courseEnd, m_prepDays, m_activeRate, m_timeZone};
}

Outcome<void> CampsCreateCommand::prepare(const QCommandLineParser &parser)
{
    for (const QCommandLineOption &required : {m_name, m_courseStart, m_courseEnd}) {
        if (!parser.isSet(required))
            return usage(tr("Missing --%1.").arg(required.names().first()));
    }
    const auto date
        = [&](const QCommandLineOption &option) { return QDate::fromString(parser.value(option), Qt::ISODate); };
    m_camp = Camp::withDefaults(parser.value(m_name), date(m_courseStart), date(m_courseEnd));
    for (const QCommandLineOption &dateOption : {m_courseStart, m_courseEnd}) {
        if (!date(dateOption).isValid()) {
            return usage(tr("--%1: “%2” is not a date; expected YYYY-MM-DD.")
                             .arg(dateOption.names().first(), parser.value(dateOption)));
        }
    }
    if (parser.isSet(m_prepDays)) {
        bool ok = false;
        const int days = parser.value(m_prepDays).toInt(&ok);
        if (!ok || days < 0 || days > 60)
            return usage(tr("--prep-days: “%1” is not a number of days from 0 to 60.").arg(parser.value(m_prepDays)));
        m_camp.preparationStart = m_camp.courseStart.addDays(-days);
    }
    if (parser.isSet(m_activeRate)) {
        bool ok = false;
        const double rate = parser.value(m_activeRate).toDouble(&ok);
        if (!ok || rate < 0 || rate > 100)
            return usage(
                tr("--target-active-rate: “%1” is not a percentage from 0 to 100.").arg(parser.value(m_activeRate)));
        m_camp.targetActiveRate = rate;
    }
    m_camp.timeZone = parser.value(m_timeZone);
    if (auto valid = m_camp.validate(); !valid)
        return usage(valid.error().message);
    return {};
}

Outcome<void> CampsCreateCommand::run(Context &context)
{
    auto id = context.workspace->camps().insert(m_camp);
    if (!id)
        return failed(id.error());
    m_camp.id = *id;
    if (context.json) {
        // A new camp has nobody yet: nothing to read (a read failing now
        // would say "failed" of a camp that was made).
        context.out << Cli::jsonText(CampJson::toJson(m_camp, CampHeadcount {}));
    } else {
        context.out << tr("Created camp %1: %2").arg(m_camp.id).arg(m_camp.name) << Qt::endl;
    }
    return {};
}

} // namespace CampDesk
