// The review dashboard over a big camp (5,000 members, 60 days, 1,000,000
// messages, 2,000 activities — bench/run_benchmarks.py makes one):
//
//   campdesk_bench_review WORKSPACE CAMP_ID [--runs N] [--json]
//
// First loads the camp once so the per-activity participation cache
// (activity_stats) is filled, and reports that first-time cost on its own.
// Then, as medians of N runs (default 21) after a warm-up, with min and max:
// - all dashboard series: ReviewInputLoader::load + ReviewCalculator::compute
//   with the default filter (target under 50 ms);
// - the dashboard redraw: ReviewView::recompute() and a grab() of the whole
//   1280×900 dashboard, so every chart is really painted (target under
//   100 ms).
// The series' reference, the same question asked of raw messages in the
// sqlite3 shell, is timed by the driver. Totals of the series are printed
// so the driver can check the shell's answer is the same one.
#include "bench/BenchTiming.h"
#include "core/Workspace.h"
#include "core/review/ReviewCalculator.h"
#include "core/review/ReviewInput.h"
#include "ui/WorkspaceDocument.h"
#include "ui/review/ReviewView.h"

#include <QApplication>
#include <QPixmap>

using namespace CampDesk;
using namespace CampDesk::Bench;

namespace {

QJsonObject totalsOf(const ReviewSeries &series)
{
    qint64 activeMemberDays = 0, participants = 0, activityMessages = 0, messages = 0;
    for (const DayFigure &day : series.days)
        activeMemberDays += day.active;
    for (const ActivityFigure &activity : series.activities) {
        participants += activity.participants;
        activityMessages += activity.messages;
    }
    for (const MemberFigure &member : series.members)
        messages += member.messages;
    return {{QStringLiteral("days"), int(series.days.size())},
            {QStringLiteral("active_member_days"), activeMemberDays},
            {QStringLiteral("members"), int(series.members.size())},
            {QStringLiteral("member_messages"), messages},
            {QStringLiteral("activities"), int(series.activities.size())},
            {QStringLiteral("activity_participants"), participants},
            {QStringLiteral("activity_messages"), activityMessages}};
}

int exitWith(const QString &message)
{
    QTextStream(stderr) << "campdesk_bench_review: " << message << '\n';
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    const bool json = wantsJson(arguments);
    arguments.removeAll(QStringLiteral("--json"));
    int runs = 21;
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--runs")); at >= 0 && at + 1 < arguments.size()) {
        runs = std::max(1, arguments.at(at + 1).toInt());
        arguments.remove(at, 2);
    }
    if (arguments.size() != 2)
        return exitWith(QStringLiteral("usage: campdesk_bench_review WORKSPACE CAMP_ID [--runs N] [--json]"));
    const qint64 campId = arguments.at(1).toLongLong();

    auto opened = Workspace::open(arguments.at(0), {.create = false, .exclusive = false});
    if (!opened)
        return exitWith(opened.error().message);
    std::unique_ptr<Workspace> workspace = std::move(*opened);

    // The first look after the import and the plan: activity participation
    // is computed from the messages and cached.
    double firstMs = 0;
    ReviewSeries firstSeries;
    QDate lastDataDay;
    int memberCount = 0, activityCount = 0;
    {
        QElapsedTimer first;
        first.start();
        auto input = ReviewInputLoader::load(*workspace, campId);
        if (!input)
            return exitWith(input.error().message);
        firstSeries = ReviewCalculator::compute(*input, ReviewFilter {});
        firstMs = double(first.nsecsElapsed()) / 1e6;
        lastDataDay = input->lastDataDay;
        memberCount = int(input->members.size());
        activityCount = int(input->activities.size());
    }

    QString error;
    ReviewSeries series;
    const Figure allSeries = measure(runs, [&] {
        auto input = ReviewInputLoader::load(*workspace, campId);
        if (!input) {
            error = input.error().message;
            return;
        }
        series = ReviewCalculator::compute(*input, ReviewFilter {});
    });
    if (!error.isEmpty())
        return exitWith(error);
    // Where the series' time goes: the compute alone, on input loaded once.
    Figure computeAlone;
    {
        auto input = ReviewInputLoader::load(*workspace, campId);
        if (!input)
            return exitWith(input.error().message);
        computeAlone = measure(runs, [&] { series = ReviewCalculator::compute(*input, ReviewFilter {}); });
    }

    // The dashboard as the main window shows it, on the camp's last day with
    // data so every chart has the whole camp to draw.
    WorkspaceDocument document(std::move(workspace));
    ReviewView view(&document);
    view.setToday(lastDataDay.isValid() ? lastDataDay : QDate::currentDate());
    view.resize(1280, 900);
    view.show();
    view.setCampId(campId);
    QApplication::processEvents();
    if (view.series().days.isEmpty())
        return exitWith(QStringLiteral("the dashboard shows no days for camp %1").arg(campId));
    qint64 painted = 0;
    const Figure redraw = measure(runs, [&] {
        view.recompute();
        const QPixmap pixmap = view.grab();
        painted += pixmap.width() * pixmap.height();
    });
    const ReviewView::Timing timing = view.lastTiming();

    const QList<Row> rows {
        Row {QStringLiteral("review_series"),
             QStringLiteral("All dashboard series (load + compute), %1 members, %2 activities")
                 .arg(memberCount)
                 .arg(activityCount),
             allSeries, QStringLiteral("sqlite3 shell over raw messages (timed by the driver)"), Figure {}, 50},
        Row {QStringLiteral("review_redraw"), QStringLiteral("Review dashboard redraw (recompute + paint 1280x900)"),
             redraw, QStringLiteral("none"), Figure {}, 100},
    };
    if (!json) {
        QTextStream out(stdout);
        out << QStringLiteral("First load after the import (fills the activity cache): %1 ms\n")
                   .arg(firstMs, 0, 'f', 1);
        out << QStringLiteral(
                   "All dashboard series, %1 members, %2 activities\n  median %3 ms (min %4, max %5, %6 runs),"
                   " target < 50 ms: %7\n")
                   .arg(memberCount)
                   .arg(activityCount)
                   .arg(allSeries.median, 0, 'f', 2)
                   .arg(allSeries.min, 0, 'f', 2)
                   .arg(allSeries.max, 0, 'f', 2)
                   .arg(allSeries.runs)
                   .arg(allSeries.median < 50 ? QStringLiteral("met") : QStringLiteral("NOT met"));
        out << QStringLiteral("  of which ReviewCalculator::compute alone: median %1 ms (min %2, max %3)\n")
                   .arg(computeAlone.median, 0, 'f', 2)
                   .arg(computeAlone.min, 0, 'f', 2)
                   .arg(computeAlone.max, 0, 'f', 2);
        out << QStringLiteral(
                   "Review dashboard redraw (recompute + paint 1280x900)\n  median %1 ms (min %2, max %3, %4 runs),"
                   " target < 100 ms: %5\n  last run: compute %6 ms, charts and tables %7 ms\n")
                   .arg(redraw.median, 0, 'f', 2)
                   .arg(redraw.min, 0, 'f', 2)
                   .arg(redraw.max, 0, 'f', 2)
                   .arg(redraw.runs)
                   .arg(redraw.median < 100 ? QStringLiteral("met") : QStringLiteral("NOT met"))
                   .arg(timing.compute, 0, 'f', 2)
                   .arg(timing.draw, 0, 'f', 2);
        return 0;
    }
    print(rows, true,
          {{QStringLiteral("first_load_ms"), firstMs},
           {QStringLiteral("compute_alone"), computeAlone.toJson()},
           {QStringLiteral("first_totals"), totalsOf(firstSeries)},
           {QStringLiteral("totals"), totalsOf(series)},
           {QStringLiteral("redraw_compute_ms"), timing.compute},
           {QStringLiteral("redraw_draw_ms"), timing.draw},
           {QStringLiteral("painted_pixels"), painted}});
    return 0;
}
