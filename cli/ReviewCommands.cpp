// The review commands of campdesk-cli: report (every series as JSON, or the
// camp review as PDF) and run-sheet (a day's run sheet as PDF).
#include "cli/CliSupport.h"
#include "cli/CommandLine.h"
#include "core/Translations.h"
#include "core/Workspace.h"
#include "core/review/ActivityReviewRepository.h"
#include "core/review/ReviewCalculator.h"
#include "core/review/ReviewInput.h"
#include "core/review/ReviewJson.h"
#include "ui/plan/RunSheetPrinter.h"
#include "ui/review/ReviewReportWriter.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace CampDesk {

using namespace Cli;

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

bool CommandLine::applyLanguage(const QCommandLineParser &parser, int &exitCode)
{
    if (!parser.isSet(QStringLiteral("lang")))
        return true;
    const QString language = parser.value(QStringLiteral("lang"));
    if (language != QLatin1String("en") && language != QLatin1String("zh_CN")) {
        exitCode = usageError(tr("--lang: “%1” is not en or zh_CN.").arg(language));
        return false;
    }
    // The tool runs one command: its document, and what it prints, are in
    // that language.
    Translations::install(language);
    return true;
}

int CommandLine::runSheet(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write a day's run sheet as PDF: the day's activities with times, owners, notes "
           "and checklists, for assistants."));
    const QCommandLineOption date(QStringLiteral("date"), tr("The day (YYYY-MM-DD)."), tr("YYYY-MM-DD"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, tr("PDF file to write."),
                                    tr("file"));
    parser.addOptions({campOption(), date, output, languageOption(), workspaceOption()});
    if (int code = 0; !parse(parser, QStringLiteral("run-sheet"), arguments, code))
        return code;
    qint64 id = 0;
    if (int code = 0; !campId(parser, id, code))
        return code;
    if (!parser.isSet(date))
        return usageError(tr("Missing --date YYYY-MM-DD."));
    const QDate day = QDate::fromString(parser.value(date), Qt::ISODate);
    if (!day.isValid())
        return usageError(tr("--date: “%1” is not a date (YYYY-MM-DD).").arg(parser.value(date)));
    if (!parser.isSet(output))
        return usageError(tr("Missing -o FILE."));
    if (auto allowed = checkOutput(parser, parser.value(output)); !allowed)
        return failure(allowed.error().message);
    if (int code = 0; !applyLanguage(parser, code))
        return code;
    int code = 0;
    auto opened = openCamp(parser, id, code);
    if (!opened)
        return code;
    if (auto written = RunSheetPrinter::write(*opened->workspace, id, day, parser.value(output)); !written)
        return failure(written.error().message);
    m_out << tr("Wrote %1").arg(parser.value(output)) << Qt::endl;
    return Success;
}

int CommandLine::report(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The camp's review: every participation series as JSON, or the review report "
                                        "as PDF."));
    const QCommandLineOption pdf(QStringLiteral("pdf"), tr("Write the review report as PDF to this file."), tr("file"));
    const QCommandLineOption from(QStringLiteral("from"), tr("First day (default: the camp's first)."),
                                  tr("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Last day (default: the camp's last)."), tr("YYYY-MM-DD"));
    const QCommandLineOption subgroup(QStringLiteral("subgroup"), tr("Only this subgroup (its id)."), tr("id"));
    const QCommandLineOption staff(QStringLiteral("include-staff"), tr("Count staff too."));
    const QCommandLineOption asOf(
        QStringLiteral("as-of"),
        tr("Review the camp as it stood at the end of this day (default: today, or the last day with data before it)."),
        tr("YYYY-MM-DD"));
    parser.addOptions(
        {campOption(), workspaceOption(), jsonOption(), pdf, from, to, subgroup, staff, asOf, languageOption()});
    if (int code = 0; !parse(parser, QStringLiteral("report"), arguments, code))
        return code;
    qint64 id = 0;
    if (int code = 0; !campId(parser, id, code))
        return code;
    if (parser.isSet(QStringLiteral("json")) == parser.isSet(pdf))
        return usageError(tr("“report” needs exactly one of --json and --pdf FILE."));
    if (parser.isSet(pdf)) {
        if (auto allowed = checkOutput(parser, parser.value(pdf)); !allowed)
            return failure(allowed.error().message);
    }
    if (int code = 0; !applyLanguage(parser, code))
        return code;

    ReviewFilter filter;
    // The same options as the window's Review tab on today.
    ReviewOptions options = ReviewCalculator::optionsOn(QDate::currentDate());
    for (const auto &[option, target] :
         {std::pair {&from, &filter.from}, std::pair {&to, &filter.to}, std::pair {&asOf, &options.asOf}}) {
        if (!parser.isSet(*option))
            continue;
        *target = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!target->isValid())
            return usageError(
                tr("--%1: “%2” is not a date (YYYY-MM-DD).").arg(option->names().first(), parser.value(*option)));
    }
    if (parser.isSet(subgroup)) {
        bool ok = false;
        filter.subgroupId = parser.value(subgroup).toLongLong(&ok);
        if (!ok || filter.subgroupId <= 0)
            return usageError(tr("--subgroup: “%1” is not a subgroup id.").arg(parser.value(subgroup)));
    }
    filter.includeStaff = parser.isSet(staff);
    // An explicit day is reviewed as it stood once that day was over.
    if (options.asOf.isValid())
        options = ReviewOptions {.asOf = options.asOf, .today = options.asOf.addDays(1), .now = 0};

    int code = 0;
    auto opened = openCamp(parser, id, code);
    if (!opened)
        return code;
    if (parser.isSet(pdf)) {
        if (auto written = ReviewReportWriter::write(*opened->workspace, id, filter, options, parser.value(pdf));
            !written)
            return failure(written.error().message);
        m_out << tr("Wrote %1").arg(parser.value(pdf)) << Qt::endl;
        return Success;
    }
    auto input = ReviewInputLoader::load(*opened->workspace, id);
    if (!input)
        return failure(input.error().message);
    const ReviewSeries series = ReviewCalculator::compute(*input, filter, options);
    QJsonObject json = ReviewJson::series(*input, series);
    auto reviews = ActivityReviewRepository(opened->workspace->database()).list(id);
    if (!reviews)
        return failure(reviews.error().message);
    QJsonArray reviewArray;
    for (const ActivityReview &review : std::as_const(*reviews))
        reviewArray.append(reviewJson(review));
    json.insert(QStringLiteral("reviews"), reviewArray);
    m_out << jsonText(json);
    return Success;
}

} // namespace CampDesk
