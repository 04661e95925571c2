#include "speech/SpeechCopier.h"

#include "WorkspaceDocument.h"
#include "speech/SpeechLibrary.h"

#include <QClipboard>
#include <QGuiApplication>

namespace CampDesk {

RenderResult SpeechCopier::render(WorkspaceDocument &document, const SpeechTemplate &speech, const CopyContext &context)
{
    RenderContext fill;
    if (context.campId != 0) {
        auto built = SpeechLibrary::context(document.workspace(), context.campId,
                                            QDateTime(context.date, QTime::currentTime()));
        if (built)
            fill = *built;
    }
    fill.member = context.member;
    fill.staff = context.staff;
    fill.subgroup = context.subgroup;
    return PlaceholderRenderer::render(speech.body, fill);
}

Result<QString> SpeechCopier::copy(WorkspaceDocument &document, const SpeechTemplate &speech, const CopyContext &context)
{
    const RenderResult rendered = render(document, speech, context);
    if (!rendered.ok())
        return fail(tr("Not copied: %1.").arg(rendered.message()));
    QGuiApplication::clipboard()->setText(rendered.text);
    int day = 0;
    if (const std::optional<Camp> camp = document.camp(context.campId);
        camp && context.date >= camp->courseStart && context.date <= camp->courseEnd)
        day = int(camp->courseStart.daysTo(context.date)) + 1;
    if (auto recorded = document.recordSpeechUse(speech.id, context.campId, day, context.activityId); !recorded)
        return std::unexpected(recorded.error());
    return rendered.text;
}

} // namespace CampDesk
