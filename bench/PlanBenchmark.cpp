// Speed figures of the plan: 90-day plan generation and the month view's
// repaint with 2,000 activities in the visible month. Prints medians of
// repeated runs after a warm-up, with min and max, next to a reference
// measured in the same run and the target. Not a test: it never fails.
#include "plan/MonthView.h"
#include "plan/PlanTemplateLibrary.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace CampDesk;

namespace {

struct Figure
{
    double median = 0;
    double min = 0;
    double max = 0;
};

Figure measure(int runs, const std::function<void()> &work)
{
    work(); // warm-up
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return {times.at(times.size() / 2), times.first(), times.last()};
}

void row(QTextStream &out, const QString &name, const Figure &figure, const QString &referenceName,
         const Figure &reference, double targetMs)
{
    out << QStringLiteral("%1\n  CampDesk  median %2 ms (min %3, max %4)\n  reference %5: median %6 ms\n"
                          "  ratio to reference %7, target < %8 ms: %9\n")
               .arg(name)
               .arg(figure.median, 0, 'f', 2)
               .arg(figure.min, 0, 'f', 2)
               .arg(figure.max, 0, 'f', 2)
               .arg(referenceName)
               .arg(reference.median, 0, 'f', 2)
               .arg(figure.median / std::max(reference.median, 1e-6), 0, 'f', 2)
               .arg(targetMs)
               .arg(figure.median < targetMs ? QStringLiteral("met") : QStringLiteral("NOT met"));
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    constexpr int Runs = 21;

    const PlanTemplate plan = PlanTemplateLibrary::builtIn().first();
    PlanParameters ninety = plan.defaultParameters(QDate(2027, 1, 1), QStringLiteral("zh_CN"));
    ninety.courseDays = 90;
    qsizetype generated = 0;
    const Figure generation = measure(Runs, [&] { generated = plan.expand(ninety)->size(); });
    PlanParameters week = ninety;
    week.courseDays = 7;
    qsizetype weekly = 0;
    const Figure weekGeneration = measure(Runs, [&] { weekly = plan.expand(week)->size(); });
    Q_UNUSED(weekly)
    row(out, QStringLiteral("90-day plan generation (%1 activities)").arg(generated), generation,
        QStringLiteral("7-day plan"), weekGeneration, 50);

    // 2,000 activities spread over March 2027, 64 or 65 a day.
    QList<Activity> activities;
    for (int i = 0; i < 2000; ++i) {
        Activity activity;
        activity.id = i + 1;
        activity.type = ActivityTypes::all().at(i % ActivityTypes::all().size());
        activity.title = QStringLiteral("活动 Activity %1").arg(i);
        activity.start = wallClock(QDate(2027, 3, 1).addDays(i % 31), QTime(6 + (i / 31) % 17, (i * 7) % 60));
        activity.end = activity.start.addSecs(30 * 60);
        activities << activity;
    }
    Camp camp = Camp::withDefaults(QStringLiteral("Bench"), QDate(2027, 3, 4), QDate(2027, 3, 28));
    MonthView full;
    MonthView empty;
    for (MonthView *view : {&full, &empty}) {
        view->resize(1280, 760);
        view->setCamp(camp);
        view->setDate(QDate(2027, 3, 15));
        view->setToday(QDate(2027, 3, 10));
    }
    full.setActivities(activities);
    QImage canvas(full.size(), QImage::Format_ARGB32_Premultiplied);
    const auto paint = [&canvas](MonthView &view) {
        QPainter painter(&canvas);
        view.render(&painter);
    };
    const Figure repaint = measure(Runs, [&] { paint(full); });
    const Figure emptyRepaint = measure(Runs, [&] { paint(empty); });
    row(out, QStringLiteral("Month view repaint, 2,000 activities in the month"), repaint,
        QStringLiteral("the same view with no activities"), emptyRepaint, 16);
    const Figure reload = measure(Runs, [&] {
        full.setActivities(activities);
        paint(full);
    });
    row(out, QStringLiteral("Month view reload and repaint, 2,000 activities"), reload,
        QStringLiteral("repaint alone"), repaint, 16);
    return 0;
}
