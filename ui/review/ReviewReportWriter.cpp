#include "ui/review/ReviewReportWriter.h"

#include "core/Translations.h"
#include "core/Workspace.h"
#include "core/review/ActivityReviewRepository.h"
#include "core/review/ReviewCalculator.h"
#include "core/review/ReviewHeadline.h"
#include "core/review/ReviewInput.h"
#include "core/review/ReviewTables.h"
#include "ui/print/PrintedDocument.h"
#include "ui/review/ReviewCharts.h"

#include <QChart>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>

namespace CampDesk {

namespace {

// A chart drawn for paper: twice the resolution it is printed at, its
// labels at the size the page's text has.
QImage chartImage(ReviewChart kind, const ReviewSeries &series)
{
    const QSizeF size(760, kind == ReviewChart::Activities ? ReviewCharts::activitiesHeight(series) : 340);
    ReviewChartData data = ReviewCharts::build(kind, series);
    QGraphicsScene scene;
    scene.addItem(data.chart); // the scene owns and deletes it
    data.chart->resize(size);
    QImage image((size * 2).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
    return image;
}

QString scopeText(const ReviewInput &input, const ReviewSeries &series, const ReviewFilter &filter,
                  const QLocale &locale)
{
    QString scope = ReviewReportWriter::tr("%1 to %2, as of %3")
                        .arg(DataTable::date(series.from, locale), DataTable::date(series.to, locale),
                             series.asOf.isValid() ? DataTable::date(series.asOf, locale)
                                                   : ReviewReportWriter::tr("no data yet"));
    if (filter.subgroupId != 0) {
        QString name = ReviewReportWriter::tr("members in no subgroup");
        for (const Subgroup &subgroup : input.subgroups) {
            if (subgroup.id == filter.subgroupId)
                name = subgroup.name;
        }
        scope += QStringLiteral(" · ") + ReviewReportWriter::tr("subgroup: %1").arg(name);
    }
    scope += QStringLiteral(" · ")
        + (filter.includeStaff ? ReviewReportWriter::tr("staff included")
                               : ReviewReportWriter::tr("staff not counted"));
    return scope;
}

// In the report's language, as every other figure of it is.
DataTable goalsTable(const Camp &camp, const ReviewSeries &series, const QLocale &locale)
{
    DataTable goals;
    goals.title = ReviewReportWriter::tr("Goals and results");
    goals.addColumn(ReviewReportWriter::tr("Goal"));
    goals.addColumn(ReviewReportWriter::tr("Target"));
    goals.addColumn(ReviewReportWriter::tr("Result"));
    goals.addRow({ReviewHeadline::membersLabel(),
                  camp.targetMembers > 0 ? QVariant(locale.toString(camp.targetMembers)) : QVariant(),
                  ReviewHeadline::membersValue(series)});
    goals.addRow({ReviewHeadline::activeRateLabel(series), DataTable::percent(camp.targetActiveRate, locale),
                  DataTable::percent(series.averageActiveRate, locale)});
    goals.addRow({ReviewHeadline::checkInLabel(series), DataTable::percent(camp.targetCheckinRate, locale),
                  DataTable::percent(series.averageCheckInRate, locale)});
    goals.addRow({ReviewReportWriter::tr("Course days below the active-rate target"), locale.toString(0),
                  locale.toString(series.daysBelowTarget.size())});
    goals.addRow({ReviewHeadline::messagesLabel(), QVariant(), locale.toString(series.totalMessages)});
    return goals;
}

} // namespace

Result<PrintedDocument> ReviewReportWriter::document(Workspace &workspace, qint64 campId, const ReviewFilter &filter,
                                                     const ReviewOptions &options)
{
    auto input = ReviewInputLoader::load(workspace, campId);
    if (!input)
        return std::unexpected(input.error());
    const ReviewSeries series = ReviewCalculator::compute(*input, filter, options);
    auto reviews = workspace.activityReviews().list(campId);
    if (!reviews)
        return std::unexpected(reviews.error());
    const Camp &camp = input->camp;
    PrintedDocument document(Translations::currentLanguage());
    const QLocale locale = document.locale();

    document.setTitle(tr("Camp review: %1").arg(camp.name));
    document.setFooter(
        tr("%1 · made with CampDesk on %2").arg(camp.name, DataTable::date(QDate::currentDate(), locale)));
    document.addParagraph(scopeText(*input, series, filter, locale), PrintedDocument::Tone::Muted);
    if (const QString far = ReviewHeadline::farDataNote(series, locale); !far.isEmpty())
        document.addParagraph(far, PrintedDocument::Tone::Muted);
    if (!camp.theme.isEmpty())
        document.addParagraph(camp.theme, PrintedDocument::Tone::Muted);

    document.addTable(goalsTable(camp, series, locale), {4, 1.5, 2});
    if (!series.daysBelowTarget.isEmpty()) {
        QStringList below;
        for (QDate day : series.daysBelowTarget)
            below.append(DataTable::date(day, locale));
        document.addParagraph(tr("Course days below the active-rate target: %1").arg(below.join(tr(", "))));
    }

    for (ReviewChart kind : ReviewTables::charts()) {
        if (kind == ReviewChart::Subgroups && series.subgroups.isEmpty())
            continue; // the subgroup table below says there are none
        document.addSubheading(ReviewTables::title(kind));
        document.addImage(chartImage(kind, series));
    }

    document.addHeading(tr("Figures"));
    document.addTable(ReviewTables::table(ReviewChart::Subgroups, series), {}, tr("The camp has no subgroups."));
    document.addTable(ReviewTables::checkInActivities(series), {1.3, 3, 1, 1, 1.2},
                      tr("No check-in activity has taken place."));
    document.addTable(ReviewTables::table(ReviewChart::Activities, series), {2.0, 1.4, 2.6, 1.2, 1.2, 1.1, 1.5},
                      tr("No activity has taken place yet."));
    document.addTable(ReviewTables::silentMembers(series), {2.5, 1.4, 1, 1, 1, 2}, tr("Nobody is silent."));
    document.addTable(ReviewTables::leaderboard(series, 20), {0.5, 2.5, 1, 1, 1, 1.2, 1.2}, tr("No members."));

    document.addHeading(tr("Activity reviews"));
    if (reviews->isEmpty())
        document.addParagraph(tr("No activity has been reviewed yet."), PrintedDocument::Tone::Muted);
    for (const ActivityReview &review : std::as_const(*reviews)) {
        const QJsonObject &snapshot = review.snapshot;
        document.addSubheading(
            tr("%1 — %2").arg(review.activityTitle, DataTable::dateTime(review.activityStart, locale)));
        document.addParagraph(ReviewHeadline::reviewFigures(snapshot, review.createdAt, locale),
                              PrintedDocument::Tone::Muted);
        const QList<std::pair<QString, QString>> notes = {
            {tr("Went well"), review.wentWell}, {tr("To improve"), review.toImprove}, {tr("Actions"), review.actions}};
        for (const auto &[label, text] : notes) {
            if (!text.isEmpty())
                document.addParagraph(tr("%1: %2").arg(label, text));
        }
    }
    return document;
}

Result<void> ReviewReportWriter::write(Workspace &workspace, qint64 campId, const ReviewFilter &filter,
                                       const ReviewOptions &options, const QString &path)
{
    auto printed = document(workspace, campId, filter, options);
    if (!printed)
        return std::unexpected(printed.error());
    return printed->writePdf(path, workspace.path());
}

} // namespace CampDesk
