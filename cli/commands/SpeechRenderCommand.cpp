#include "cli/commands/SpeechRenderCommand.h"

#include "cli/CliSupport.h"
#include "core/Translations.h"
#include "core/Workspace.h"
#include "core/roster/Roster.h"
#include "core/speech/PlaceholderRenderer.h"
#include "core/speech/SpeechLibrary.h"
#include "core/speech/SpeechRepository.h"
#include "core/team/Team.h"

#include <QJsonObject>
#include <QTextStream>

namespace CampDesk {

SpeechRenderCommand::SpeechRenderCommand(Mode mode)
    : Command(
          mode == Mode::Render
              ? Traits {.name = QStringLiteral("speech render"),
                        .description = tr("Print a speech template with its placeholders filled for a camp and day."),
                        .argument = QStringLiteral("ID"),
                        .argumentHelp = tr("Id of the template (see “speech list”).")}
              : Traits {.name = QStringLiteral("speech next"),
                        .description = tr("Print the line of a category the crew's rotation gives next for a camp"
                                          " and day (one nobody has copied that day yet), filled, and record it"
                                          " as copied."),
                        .json = true,
                        .argument = QStringLiteral("CATEGORY"),
                        .argumentHelp = tr("The category's key (see “speech list --json”), e.g. hype.")})
    , m_mode(mode)
    , m_day(QStringLiteral("day"), tr("Course day number (default: today)."), tr("day"))
    , m_time(QStringLiteral("time"),
             tr("Time of day for {time} (HH:MM); without it, a line with {time} is refused, never filled with the "
                "clock."),
             tr("time"))
    , m_member(QStringLiteral("member"), tr("Member for {member} and {@member}."), tr("name"))
    , m_staff(QStringLiteral("staff"), tr("Staff member for {staff}."), tr("name"))
    , m_subgroup(QStringLiteral("subgroup"),
                 tr("Subgroup for {subgroup} (by default, that of the member --member names)."), tr("name"))
    , m_record(QStringLiteral("record"),
               tr("Record the line as copied, as the window does: the crew's rotation and the history count it."))
{
}

QList<QCommandLineOption> SpeechRenderCommand::options() const
{
    if (m_mode == Mode::Next)
        return {m_day, m_time, m_member, m_staff, m_subgroup};
    return {m_day, m_time, m_member, m_staff, m_subgroup, m_record};
}

QString SpeechRenderCommand::wrongArgumentCount() const
{
    return m_mode == Mode::Next ? tr("“speech next” needs exactly one category: %1.").arg(categoryKeys())
                                : tr("“speech render” needs exactly one template id.");
}

QString SpeechRenderCommand::categoryKeys()
{
    return SpeechCategories::keys().join(QStringLiteral(", "));
}

Outcome<void> SpeechRenderCommand::checkArgument(const QString &argument)
{
    if (m_mode == Mode::Next) {
        const auto category = SpeechCategories::fromKey(argument);
        if (!category)
            return usage(tr("“%1” is not a category; the categories are %2.").arg(argument, categoryKeys()));
        m_category = *category;
        return {};
    }
    bool ok = false;
    m_templateId = argument.toLongLong(&ok);
    if (!ok || m_templateId <= 0)
        return usage(tr("“%1” is not a template id.").arg(argument));
    return {};
}

Outcome<void> SpeechRenderCommand::prepare(const QCommandLineParser &parser)
{
    if (parser.isSet(m_day)) {
        bool ok = false;
        m_courseDay = parser.value(m_day).toInt(&ok);
        if (!ok || m_courseDay < 1)
            return usage(tr("--day: “%1” is not a course day number (1 or more).").arg(parser.value(m_day)));
    }
    m_at = QTime::currentTime();
    if (parser.isSet(m_time)) {
        m_at = QTime::fromString(parser.value(m_time), QStringLiteral("H:mm"));
        if (!m_at.isValid())
            return usage(tr("--time: “%1” is not a time (HH:MM).").arg(parser.value(m_time)));
    }
    return {};
}

Outcome<void> SpeechRenderCommand::run(Context &context)
{
    Workspace &workspace = *context.workspace;
    if (auto seeded = SpeechLibrary::seedIfNeeded(workspace, Translations::currentLanguage()); !seeded)
        return failed(seeded.error());
    const QDate date = m_courseDay > 0 ? context.camp.courseStart.addDays(m_courseDay - 1) : context.camp.today();
    auto filled = SpeechLibrary::context(workspace, context.campId, QDateTime(date, m_at));
    if (!filled)
        return failed(filled.error());
    // {time} is a time the operator gives, as an activity gives it in the
    // window, never the clock: "reply by 06:04" promised a reply by now.
    if (!context.parser.isSet(m_time))
        filled->time = QTime();
    filled->member = context.parser.value(m_member);
    // On a team workspace, an operator linked to a person of this camp's
    // roster is {staff} unless another name is given.
    if (context.parser.isSet(m_staff)) {
        filled->staff = context.parser.value(m_staff);
    } else if (auto me = Team(workspace).myStaffName(context.campId); me) {
        filled->staff = *me;
    } else {
        return failed(me.error());
    }
    filled->subgroup = context.parser.value(m_subgroup);
    // Without --subgroup, the subgroup of the member --member names, as in the window.
    if (!context.parser.isSet(m_subgroup) && !filled->member.isEmpty()) {
        auto roster = Roster::load(workspace, context.campId);
        if (!roster)
            return failed(roster.error());
        filled->subgroup = Roster::subgroupOf(*roster, filled->member);
    }
    const int courseDay = m_courseDay > 0 ? m_courseDay : int(context.camp.courseStart.daysTo(date)) + 1;
    const SpeechRepository::Use use {courseDay, 0, QDateTime(date, m_at)};

    SpeechTemplate line;
    RenderResult rendered;
    if (m_mode == Mode::Next) {
        // The first line of the rotation that can be filled, taken and
        // recorded at once: two of the crew never get the same line.
        QString none;
        const auto choose = [&](const QList<SpeechTemplate> &lines) -> std::optional<SpeechTemplate> {
            for (const SpeechTemplate &candidate : lines) {
                if (rendered = PlaceholderRenderer::render(candidate.body, *filled); rendered.ok())
                    return candidate;
            }
            none = lines.isEmpty() ? tr("There are no lines in “%1”.").arg(SpeechCategories::key(m_category))
                                   : tr("No line of “%1” can be filled. The next one, template %2: %3.")
                                         .arg(SpeechCategories::key(m_category))
                                         .arg(lines.first().id)
                                         .arg(PlaceholderRenderer::render(lines.first().body, *filled).message());
            return std::nullopt;
        };
        auto taken = workspace.speeches().takeFromRotation(m_category, context.campId, date, choose, use);
        if (!taken)
            return failed(taken.error());
        const std::optional<SpeechTemplate> &chosen = *taken;
        if (!chosen)
            return failed(none);
        line = *chosen;
        m_templateId = line.id;
    } else {
        auto found = workspace.speeches().find(m_templateId);
        if (!found)
            return failed(found.error());
        line = *found;
        rendered = PlaceholderRenderer::render(line.body, *filled);
        if (!rendered.ok())
            return failed(tr("Template %1 cannot be filled: %2.").arg(m_templateId).arg(rendered.message()));
        if (context.parser.isSet(m_record)) {
            if (auto recorded
                = workspace.speeches().recordUse(m_templateId, context.campId, use.courseDay, use.activityId, use.when);
                !recorded)
                return failed(recorded.error());
        }
    }
    if (context.json) {
        context.out << Cli::jsonText(QJsonObject {{QStringLiteral("id"), m_templateId},
                                                  {QStringLiteral("title"), line.title},
                                                  {QStringLiteral("text"), rendered.text}});
        return {};
    }
    context.out << rendered.text << Qt::endl;
    return {};
}

} // namespace CampDesk
