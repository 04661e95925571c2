#include "review/ReviewReportWriter.h"

#include "Workspace.h"
#include "review/ActivityReviewRepository.h"
#include "review/ReviewCalculator.h"
#include "review/ReviewCharts.h"
#include "review/ReviewInput.h"
#include "review/ReviewTables.h"

#include <QChart>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QJsonArray>
#include <QLocale>
#include <QPainter>
#include "io/OutputFile.h"

#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace CampDesk {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

QString tableHtml(const ReviewTable &table, const QString &empty)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(escaped(table.title));
    if (table.rows.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(escaped(empty));
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>");
    for (const QString &cell : table.header)
        html += QStringLiteral("<th bgcolor='#e8eef5'>%1</th>").arg(escaped(cell));
    html += QStringLiteral("</tr>");
    for (const QStringList &row : table.rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td>%1</td>").arg(escaped(cell));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QImage chartImage(ReviewChart kind, const ReviewSeries &series)
{
    // Drawn at twice the resolution it is shown at, so it prints sharply.
    const QSizeF size(760, kind == ReviewChart::ActiveRate || kind == ReviewChart::Activities ? 400 : 340);
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

} // namespace

Result<QString> ReviewReportWriter::html(Workspace &workspace, qint64 campId, const ReviewFilter &filter,
                                         const ReviewOptions &options, QList<QImage> *charts)
{
    auto input = ReviewInputLoader::load(workspace, campId);
    if (!input)
        return std::unexpected(input.error());
    const ReviewSeries series = ReviewCalculator::compute(*input, filter, options);
    auto reviews = ActivityReviewRepository(workspace.database()).list(campId);
    if (!reviews)
        return std::unexpected(reviews.error());
    const Camp &camp = input->camp;
    const QLocale locale;

    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(escaped(tr("Camp review: %1").arg(camp.name)));
    QString scope = tr("%1 to %2, as of %3")
                        .arg(locale.toString(series.from, QLocale::LongFormat), locale.toString(series.to, QLocale::LongFormat),
                             series.asOf.isValid() ? locale.toString(series.asOf, QLocale::LongFormat) : tr("no data yet"));
    if (filter.subgroupId != 0) {
        QString name = tr("members in no subgroup");
        for (const Subgroup &subgroup : input->subgroups) {
            if (subgroup.id == filter.subgroupId)
                name = subgroup.name;
        }
        scope += QStringLiteral(" · ") + tr("subgroup: %1").arg(name);
    }
    scope += QStringLiteral(" · ") + (filter.includeStaff ? tr("staff included") : tr("staff not counted"));
    html += QStringLiteral("<p>%1</p>").arg(escaped(scope));
    if (!camp.theme.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(escaped(camp.theme));

    // Goals against results.
    ReviewTable goals;
    goals.title = tr("Goals and results");
    goals.header = {tr("Goal"), tr("Target"), tr("Result")};
    goals.rows.append({tr("Members"), camp.targetMembers > 0 ? QString::number(camp.targetMembers) : tr("not set"),
                       QString::number(series.memberCount)});
    goals.rows.append({tr("Daily active rate (course days)"),
                       tr("%1 %").arg(locale.toString(camp.targetActiveRate, 'f', 0)),
                       ReviewTables::percent(series.averageActiveRate)});
    goals.rows.append({tr("Check-in completion"), tr("%1 %").arg(locale.toString(camp.targetCheckinRate, 'f', 0)),
                       ReviewTables::percent(series.averageCheckInRate)});
    QStringList below;
    for (QDate day : series.daysBelowTarget)
        below.append(locale.toString(day, QLocale::ShortFormat));
    goals.rows.append({tr("Course days below the active-rate target"), QStringLiteral("0"),
                       below.isEmpty() ? QStringLiteral("0") : QStringLiteral("%1: %2").arg(below.size()).arg(below.join(QStringLiteral(", ")))});
    goals.rows.append({tr("Messages"), QString(), QString::number(series.totalMessages)});
    html += tableHtml(goals, QString());

    int chartIndex = 0;
    for (ReviewChart kind : ReviewTables::charts()) {
        const QImage image = chartImage(kind, series);
        if (charts)
            charts->append(image);
        html += QStringLiteral("<p align='center'><img src='chart%1.png' width='660'></p>").arg(chartIndex++);
    }

    html += tableHtml(ReviewTables::table(ReviewChart::Subgroups, series), tr("The camp has no subgroups."));
    html += tableHtml(ReviewTables::checkInActivities(series), tr("No check-in activity has taken place."));
    html += tableHtml(ReviewTables::table(ReviewChart::Activities, series), tr("No activity has taken place yet."));
    html += tableHtml(ReviewTables::silentMembers(series), tr("Nobody is silent."));
    html += tableHtml(ReviewTables::leaderboard(series, 20), tr("No members."));

    html += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("Activity reviews")));
    if (reviews->isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(tr("No activity has been reviewed yet.")));
    for (const ActivityReview &review : std::as_const(*reviews)) {
        const QJsonObject &snapshot = review.snapshot;
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(escaped(tr("%1 — %2").arg(review.activityTitle,
                                                   locale.toString(review.activityStart, QLocale::ShortFormat))));
        html += QStringLiteral("<p>%1</p>")
                    .arg(escaped(tr("%1 participants of %2 members, %3 messages; average of its type %4 participants "
                                    "(figures of %5)")
                                     .arg(snapshot.value(QStringLiteral("participants")).toInt())
                                     .arg(snapshot.value(QStringLiteral("members")).toInt())
                                     .arg(snapshot.value(QStringLiteral("messages")).toInt())
                                     .arg(locale.toString(snapshot.value(QStringLiteral("same_type_average_participants")).toDouble(), 'f', 1),
                                          locale.toString(review.createdAt.toLocalTime(), QLocale::ShortFormat))));
        const QList<std::pair<QString, QString>> notes = {
            {tr("Went well"), review.wentWell}, {tr("To improve"), review.toImprove}, {tr("Actions"), review.actions}};
        for (const auto &[label, text] : notes) {
            if (!text.isEmpty())
                html += QStringLiteral("<p><b>%1</b>: %2</p>").arg(escaped(label), escaped(text));
        }
    }
    html += QStringLiteral("<p><small>%1</small></p></body></html>")
                .arg(escaped(tr("Made with CampDesk on %1.").arg(locale.toString(QDate::currentDate(), QLocale::LongFormat))));
    return html;
}

Result<void> ReviewReportWriter::write(Workspace &workspace, qint64 campId, const ReviewFilter &filter,
                                       const ReviewOptions &options, const QString &path)
{
    QList<QImage> charts;
    auto content = html(workspace, campId, filter, options, &charts);
    if (!content)
        return std::unexpected(content.error());
    QTextDocument document;
    for (int index = 0; index < charts.size(); ++index)
        document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart%1.png").arg(index)), charts.at(index));
    document.setHtml(*content);

    // Refused if it would replace a workspace; written beside the target and
    // renamed over it, so an interrupted export never leaves half a report.
    OutputFile file(path, workspace.path());
    if (auto opened = file.open(); !opened)
        return opened;
    {
        QPdfWriter pdf(&file.device());
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        // Laid out at screen resolution, so the document's pixel sizes (the
        // charts' width) mean what they do on screen; text stays vector.
        pdf.setResolution(96);
        pdf.setTitle(tr("Camp review"));
        pdf.setCreator(QStringLiteral("CampDesk"));
        document.setPageSize(pdf.pageLayout().paintRectPixels(pdf.logicalDpiX()).size());
        document.print(&pdf);
    }
    return file.commit();
}

} // namespace CampDesk
