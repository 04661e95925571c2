#include "cli/commands/ReportCommand.h"

#include "cli/CliSupport.h"
#include "core/Workspace.h"
#include "core/review/ActivityReviewRepository.h"
#include "core/review/ReviewCalculator.h"
#include "core/review/ReviewInput.h"
#include "core/review/ReviewJson.h"
#include "core/roster/SubgroupRepository.h"
#include "ui/review/ReviewReportWriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace CampDesk {

namespace {

QJsonObject reviewJson(const ActivityReview &review)
{
    return QJsonObject {{QStringLiteral("id"), review.id},
                        {QStringLiteral("activity_id"), review.activityId},
                        {QStringLiteral("activity_title"), review.activityTitle},
                        {QStringLiteral("activity_type"), ActivityTypes::key(review.activityType)},
                        {QStringLiteral("activity_start"), wallClockToString(review.activityStart)},
                        {QStringLiteral("created_at"), review.createdAt.toString(Qt::ISODate)},
                        {QStringLiteral("updated_at"), review.updatedAt.toString(Qt::ISODate)},
                        {QStringLiteral("went_well"), review.wentWell},
                        {QStringLiteral("to_improve"), review.toImprove},
                        {QStringLiteral("actions"), review.actions},
                        {QStringLiteral("snapshot"), review.snapshot}};
}

} // namespace

ReportCommand::ReportCommand()
    : Command({.name = QStringLiteral("report"),
               .description = tr("The camp's review: every participation series as JSON, or the review report as PDF."),
               .json = true,
               .sharedOptionsFirst = true})
    , m_pdf(QStringLiteral("pdf"), tr("Write the review report as PDF to this file."), tr("file"))
    , m_from(QStringLiteral("from"), tr("First day (default: the camp's first)."), tr("YYYY-MM-DD"))
    , m_to(QStringLiteral("to"), tr("Last day (default: the camp's last)."), tr("YYYY-MM-DD"))
    , m_subgroup(QStringLiteral("subgroup"), tr("Only this subgroup (its id)."), tr("id"))
    , m_staff(QStringLiteral("include-staff"), tr("Count staff too."))
    , m_asOf(QStringLiteral("as-of"),
             tr("Review the camp as it stood at the end of this day (default: today, or the last day with data "
                "before it)."),
             tr("YYYY-MM-DD"))
{
}

QList<QCommandLineOption> ReportCommand::options() const
{
    return {m_pdf, m_from, m_to, m_subgroup, m_staff, m_asOf, Cli::languageOption()};
}

Outcome<void> ReportCommand::prepare(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("json")) == parser.isSet(m_pdf))
        return usage(tr("“report” needs exactly one of --json and --pdf FILE."));
    if (parser.isSet(m_pdf)) {
        if (auto allowed = Cli::checkOutput(parser, parser.value(m_pdf)); !allowed)
            return failed(allowed.error());
    }
    if (auto applied = applyLanguage(parser); !applied)
        return applied;

    m_options = {};
    for (const auto &[option, target] :
         {std::pair {&m_from, &m_filter.from}, std::pair {&m_to, &m_filter.to}, std::pair {&m_asOf, &m_options.asOf}}) {
        if (!parser.isSet(*option))
            continue;
        *target = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!target->isValid())
            return usage(
                tr("--%1: “%2” is not a date (YYYY-MM-DD).").arg(option->names().first(), parser.value(*option)));
    }
    if (parser.isSet(m_subgroup)) {
        bool ok = false;
        m_filter.subgroupId = parser.value(m_subgroup).toLongLong(&ok);
        // -1: the members in no subgroup, as the README says.
        if (!ok || (m_filter.subgroupId <= 0 && m_filter.subgroupId != ReviewFilter::NoSubgroup))
            return usage(tr("--subgroup: “%1” is not a subgroup id.").arg(parser.value(m_subgroup)));
    }
    if (m_filter.from.isValid() && m_filter.to.isValid() && m_filter.from > m_filter.to)
        return usage(tr("--from %1 is after --to %2.")
                         .arg(m_filter.from.toString(Qt::ISODate), m_filter.to.toString(Qt::ISODate)));
    m_filter.includeStaff = parser.isSet(m_staff);
    // An explicit day is reviewed as it stood once that day was over.
    if (m_options.asOf.isValid())
        m_options = ReviewOptions {.asOf = m_options.asOf, .today = m_options.asOf.addDays(1), .now = 0};
    return {};
}

Outcome<void> ReportCommand::run(Context &context)
{
    // Without --as-of, the same options as the window's Review tab on the
    // camp's today (the same day on every laptop, whatever its zone).
    if (!m_options.asOf.isValid())
        m_options = ReviewCalculator::optionsOn(context.camp.today(), context.camp);
    Workspace &workspace = *context.workspace;
    auto input = ReviewInputLoader::load(workspace, context.campId);
    if (!input)
        return failed(input.error());
    // A day no data reaches would count as days nobody spoke: every member
    // silent, every rate 0 %. The window's review never goes past the last
    // day with data either.
    if (m_options.asOf.isValid() && !input->lastDataDay.isValid())
        return usage(tr("--as-of %1: the camp holds no message or check-in yet, so every member would read as "
                        "silent; import its chat first.")
                         .arg(m_options.asOf.toString(Qt::ISODate)));
    if (m_options.asOf.isValid() && m_options.asOf > input->lastDataDay)
        return usage(tr("--as-of %1: the camp's last message or check-in is on %2, and every member would read as "
                        "silent after it; give that day or an earlier one.")
                         .arg(m_options.asOf.toString(Qt::ISODate), input->lastDataDay.toString(Qt::ISODate)));
    if (m_filter.subgroupId > 0) {
        auto subgroup = workspace.subgroups().find(m_filter.subgroupId);
        if (!subgroup && !subgroup.error().missing)
            return failed(subgroup.error());
        if (!subgroup || subgroup->campId != context.campId)
            return usage(tr("--subgroup: camp %1 has no subgroup %2.").arg(context.campId).arg(m_filter.subgroupId));
    }
    if (context.parser.isSet(m_pdf)) {
        const QString pdf = context.parser.value(m_pdf);
        if (auto written = ReviewReportWriter::write(workspace, context.campId, m_filter, m_options, pdf); !written)
            return failed(written.error());
        context.out << tr("Wrote %1").arg(pdf) << Qt::endl;
        return {};
    }
    const ReviewSeries series = ReviewCalculator::compute(*input, m_filter, m_options);
    QJsonObject json = ReviewJson::series(*input, series);
    auto reviews = workspace.activityReviews().list(context.campId);
    if (!reviews)
        return failed(reviews.error());
    QJsonArray reviewArray;
    for (const ActivityReview &review : std::as_const(*reviews))
        reviewArray.append(reviewJson(review));
    json.insert(QStringLiteral("reviews"), reviewArray);
    context.out << Cli::jsonText(json);
    return {};
}

} // namespace CampDesk
