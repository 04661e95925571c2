#include "cli/commands/CampsEditCommand.h"

#include "cli/CampJson.h"
#include "cli/CliSupport.h"
#include "core/Workspace.h"
#include "core/domain/ActivityRepository.h"
#include "core/domain/CampRepository.h"
#include "core/plan/CampPlanner.h"

#include <QJsonArray>
#include <QTextStream>

namespace CampDesk {

CampsEditCommand::CampsEditCommand()
    : Command({.name = QStringLiteral("camps edit"),
               .description = tr("Change a camp's name, theme, course days, periods or goals; what is not given "
                                 "stays."),
               .json = true})
    , m_name(QStringLiteral("name"), tr("Name of the camp."), tr("name"))
    , m_theme(QStringLiteral("theme"), tr("Theme of the camp."), tr("theme"))
    , m_courseStart(QStringLiteral("course-start"), tr("First course day (YYYY-MM-DD)."), tr("date"))
    , m_courseEnd(QStringLiteral("course-end"), tr("Last course day (YYYY-MM-DD)."), tr("date"))
    , m_preparationStart(QStringLiteral("preparation-start"),
                         tr("First day of the preparation period (YYYY-MM-DD), before the first course day."),
                         tr("date"))
    , m_wrapUpEnd(QStringLiteral("wrap-up-end"),
                  tr("Last day of the wrap-up period (YYYY-MM-DD), on or after the last course day."), tr("date"))
    , m_targetMembers(QStringLiteral("target-members"), tr("Goal: members who join."), tr("count"))
    , m_activeRate(QStringLiteral("target-active-rate"), tr("Goal: daily active rate in percent."), tr("percent"))
    , m_checkinRate(QStringLiteral("target-checkin-rate"), tr("Goal: check-in rate in percent."), tr("percent"))
    , m_timeZone(QStringLiteral("time-zone"),
                 tr("The time zone the camp's days are counted in, an IANA name such as Asia/Shanghai; refused once "
                    "the camp holds chat messages (their days were counted in the zone before)."),
                 tr("zone"))
{
}

QList<QCommandLineOption> CampsEditCommand::options() const
{
    return {m_name,      m_theme,         m_courseStart, m_courseEnd,   m_preparationStart,
            m_wrapUpEnd, m_targetMembers, m_activeRate,  m_checkinRate, m_timeZone};
}

Outcome<void> CampsEditCommand::applyTo(const QCommandLineParser &parser, Camp &camp) const
{
    if (parser.isSet(m_name))
        camp.name = parser.value(m_name);
    if (parser.isSet(m_theme))
        camp.theme = parser.value(m_theme);
    for (const auto &[option, day] : {std::pair {&m_courseStart, &camp.courseStart},
                                      {&m_courseEnd, &camp.courseEnd},
                                      {&m_preparationStart, &camp.preparationStart},
                                      {&m_wrapUpEnd, &camp.wrapUpEnd}}) {
        if (!parser.isSet(*option))
            continue;
        *day = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!day->isValid())
            return usage(tr("--%1: “%2” is not a date; expected YYYY-MM-DD.")
                             .arg(option->names().first(), parser.value(*option)));
    }
    if (parser.isSet(m_targetMembers)) {
        bool ok = false;
        camp.targetMembers = parser.value(m_targetMembers).toInt(&ok);
        if (!ok || camp.targetMembers < 0)
            return usage(tr("--target-members: “%1” is not a number of members.").arg(parser.value(m_targetMembers)));
    }
    for (const auto &[option, rate] :
         {std::pair {&m_activeRate, &camp.targetActiveRate}, {&m_checkinRate, &camp.targetCheckinRate}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        *rate = parser.value(*option).toDouble(&ok);
        if (!ok || *rate < 0 || *rate > 100)
            return usage(tr("--%1: “%2” is not a percentage from 0 to 100.")
                             .arg(option->names().first(), parser.value(*option)));
    }
    if (parser.isSet(m_timeZone))
        camp.timeZone = parser.value(m_timeZone);
    if (auto valid = camp.validate(); !valid)
        return usage(valid.error().message);
    return {};
}

Outcome<void> CampsEditCommand::run(Context &context)
{
    Camp camp = context.camp;
    if (auto applied = applyTo(context.parser, camp); !applied)
        return applied;
    // What was planned and is now another part of the camp (or outside it),
    // read first: a failure after the write would leave the operator to
    // make a change again that was made.
    auto planned = context.workspace->activities().listForCamp(camp.id);
    if (!planned)
        return failed(planned.error());
    if (auto updated = context.workspace->camps().update(camp); !updated)
        return failed(updated.error());
    const QStringList notes = CampPlanner::datesChangeNotes(context.camp, camp, *planned);
    if (context.json) {
        auto headcount = CampJson::headcount(*context.workspace, camp);
        if (!headcount) // the change is written: said, with what could not be read
            return failed(tr("Changed camp %1, but its members could not be counted: %2")
                              .arg(camp.id)
                              .arg(headcount.error().message));
        QJsonObject json = CampJson::toJson(camp, *headcount);
        json.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
        context.out << Cli::jsonText(json);
    } else {
        context.out << tr("Changed camp %1: %2").arg(camp.id).arg(camp.name) << Qt::endl;
    }
    for (const QString &note : notes)
        context.err << tr("note: %1").arg(note) << Qt::endl;
    return {};
}

} // namespace CampDesk
