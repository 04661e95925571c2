// Speed figures of the plan: 90-day plan generation and the month view's
// repaint with 2,000 activities in the visible month. Prints medians of
// repeated runs after a warm-up, with min and max, next to a reference
// measured in the same run and the target. Not a test: it never fails.
// With --json, prints one JSON line instead (for bench/run_benchmarks.py).
#include "bench/BenchTiming.h"
#include "core/plan/PlanTemplateLibrary.h"
#include "ui/plan/MonthView.h"

#include <QApplication>
#include <QImage>
#include <QPainter>

using namespace CampDesk;
using namespace CampDesk::Bench;

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const bool json = wantsJson(app.arguments());
    constexpr int Runs = 21;
    QList<Row> rows;

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
    rows << Row {QStringLiteral("plan_generation_90_days"),
                 QStringLiteral("90-day plan generation (%1 activities)").arg(generated),
                 generation,
                 QStringLiteral("7-day plan"),
                 weekGeneration,
                 50};

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
    rows << Row {QStringLiteral("month_view_repaint"),
                 QStringLiteral("Month view repaint, 2,000 activities in the month"),
                 repaint,
                 QStringLiteral("the same view with no activities"),
                 emptyRepaint,
                 16};
    const Figure reload = measure(Runs, [&] {
        full.setActivities(activities);
        paint(full);
    });
    rows << Row {QStringLiteral("month_view_reload"),
                 QStringLiteral("Month view reload and repaint, 2,000 activities"),
                 reload,
                 QStringLiteral("repaint alone"),
                 repaint,
                 16};
    print(rows, json);
    return 0;
}
