#include "cli/commands/StatsCommand.h"

#include "cli/CliSupport.h"
#include "core/capture/ParticipationStats.h"
#include "core/review/ReviewCalculator.h"
#include "core/review/ReviewHeadline.h"
#include "core/review/ReviewInput.h"
#include "core/review/ReviewJson.h"

#include <QTextStream>

namespace CampDesk {

StatsCommand::StatsCommand()
    : Command({.name = QStringLiteral("stats"),
               .description = tr("Per-member participation of a camp: messages, active days and check-ins, "
                                 "and active members per day."),
               .json = true})
{
}

Outcome<void> StatsCommand::run(Context &context)
{
    auto totals = ParticipationStats::compute(*context.workspace, context.campId);
    if (!totals)
        return failed(totals.error());
    // The camp's headline figures, as the Review and Participation tabs and
    // `report` give them (members only, the counted course days).
    auto input = ReviewInputLoader::load(*context.workspace, context.campId);
    if (!input)
        return failed(input.error());
    const ReviewSeries series
        = ReviewCalculator::compute(*input, {}, ReviewCalculator::optionsOn(context.camp.today(), context.camp));
    QTextStream &out = context.out;
    if (context.json) {
        QJsonObject json = totals->toJson(context.campId);
        json.insert(QStringLiteral("summary"), ReviewJson::headline(series));
        out << Cli::jsonText(json);
        return {};
    }
    out << ReviewHeadline::summary(series, true) << Qt::endl;
    if (const QString far = ReviewHeadline::farDataNote(series); !far.isEmpty())
        out << far << Qt::endl;
    out << Qt::endl;
    out << tr("id\tname\tmessages\tactive days\tcheck-ins") << Qt::endl;
    for (const MemberTotals &member : std::as_const(totals->members)) {
        out << member.personId << '\t' << member.name << '\t' << member.messages << '\t' << member.activeDays << '\t'
            << member.checkIns << Qt::endl;
    }
    if (!totals->unmapped.isEmpty()) {
        out << tr("Senders mapped to no member (key, name, messages, active days, check-in days):") << Qt::endl;
        for (const SenderTotals &sender : std::as_const(totals->unmapped)) {
            out << "  " << sender.identity.chatKey << '\t'
                << (sender.identity.self ? tr("me (the account that made the export)") : sender.identity.displayName)
                << '\t' << sender.messages << '\t' << sender.activeDays << '\t' << sender.checkInDays << Qt::endl;
        }
    }
    return {};
}

} // namespace CampDesk
