#include "ui/speech/SpeechCopier.h"

#include "core/roster/Roster.h"
#include "ui/WorkspaceDocument.h"

#include <QClipboard>
#include <QGuiApplication>

#include <algorithm>

namespace CampDesk {

RenderResult SpeechCopier::render(WorkspaceDocument &document, const SpeechTemplate &speech, const CopyContext &context)
{
    RenderContext fill;
    if (context.campId != 0) {
        // {time} is when an activity starts (every built-in line says so:
        // "the lesson starts at {time}"): a line copied for an activity has
        // it; from the library it has no value rather than the clock's.
        const std::optional<Activity> activity
            = context.activityId != 0 ? document.activity(context.activityId) : std::nullopt;
        // Read for every card the library draws, so not reported here: a
        // context that cannot be read leaves the placeholders unfilled, and
        // the render names them.
        auto built
            = document.renderContext(context.campId, activity ? activity->start : QDateTime(context.date, QTime(0, 0)));
        if (built) {
            fill = *built;
            if (!activity)
                fill.time = QTime();
        }
    }
    fill.member = context.member;
    fill.staff = context.staff;
    fill.subgroup = context.subgroup;
    return PlaceholderRenderer::render(speech.body, fill);
}

void SpeechCopier::fillSubgroup(WorkspaceDocument &document, CopyContext &context)
{
    // Once for a context, not for each line rendered with it: every card renders.
    if (!context.subgroup.isEmpty() || context.member.isEmpty() || context.campId == 0)
        return;
    if (auto roster = document.roster(context.campId))
        context.subgroup = Roster::subgroupOf(*roster, context.member);
}

namespace {

// The course day a copy is counted for (0: a day outside the course).
int courseDayOf(WorkspaceDocument &document, const CopyContext &context)
{
    const std::optional<Camp> camp = document.camp(context.campId);
    return camp ? camp->courseDayOf(context.date) : 0;
}

} // namespace

Result<QString> SpeechCopier::copy(WorkspaceDocument &document, const SpeechTemplate &speech,
                                   const CopyContext &context)
{
    const RenderResult rendered = render(document, speech, context);
    if (!rendered.ok())
        return fail(tr("Not copied: %1.").arg(rendered.message()));
    // Recorded first, as copyNext does: a copy the crew's counts and
    // rotation do not know of would be handed out again, while the message
    // said it failed.
    if (auto recorded
        = document.recordSpeechUse(speech.id, context.campId, courseDayOf(document, context), context.activityId);
        !recorded)
        return std::unexpected(recorded.error());
    QGuiApplication::clipboard()->setText(rendered.text);
    return rendered.text;
}

Result<SpeechTemplate> SpeechCopier::copyNext(WorkspaceDocument &document, SpeechCategory category,
                                              const CopyContext &context,
                                              const std::function<bool(const SpeechTemplate &)> &accept)
{
    QString text; // the chosen line, filled
    QString none; // why no line was chosen
    const auto choose = [&](QList<SpeechTemplate> lines) -> std::optional<SpeechTemplate> {
        if (accept) {
            const auto suitable = std::stable_partition(lines.begin(), lines.end(), accept);
            // Lines for another situation only when no line suits this one.
            if (suitable != lines.begin())
                lines.erase(suitable, lines.end());
        }
        if (lines.isEmpty()) {
            none = tr("There are no lines in “%1”.").arg(SpeechCategories::displayName(category));
            return std::nullopt;
        }
        for (const SpeechTemplate &line : std::as_const(lines)) {
            if (const RenderResult rendered = render(document, line, context); rendered.ok()) {
                text = rendered.text;
                return line;
            }
        }
        none = tr("No line of “%1” can be filled here. The next one, “%2”: %3.")
                   .arg(SpeechCategories::displayName(category), lines.first().title,
                        render(document, lines.first(), context).message());
        return std::nullopt;
    };
    auto taken = document.takeSpeechFromRotation(category, context.campId, context.date, choose,
                                                 courseDayOf(document, context), context.activityId);
    if (!taken)
        return std::unexpected(taken.error());
    const std::optional<SpeechTemplate> &line = *taken;
    if (!line)
        return fail(none);
    QGuiApplication::clipboard()->setText(text);
    return *line;
}

} // namespace CampDesk
