#include "ui/review/ReviewCharts.h"

#include "core/io/DataTable.h"
#include "ui/widgets/PhaseStyle.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QValueAxis>

namespace CampDesk {

namespace {

const QColor rateColor(0x1f, 0x6f, 0xb2);
const QColor targetColor(0xd9, 0x4f, 0x3d);
const QColor belowColor(0xe6, 0x7e, 0x22); // not the target line's red: the legend tells them apart
const QColor secondColor(0x8a, 0x5c, 0xc8);
const QColor checkInColor(0x2e, 0x9d, 0x6a);
const QColor averageColor(0xb0, 0xb7, 0xc3);

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // A legend entry is elided when the row is full: small type and small
    // markers keep "Preparation" whole in a half-width chart.
    QFont legendFont = chart->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
    chart->legend()->setFont(legendFont);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    chart->legend()->setShowToolTips(true);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->setBackgroundRoundness(0);
    return chart;
}

QValueAxis *percentAxis(QChart *chart, double maximum = 100)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, maximum);
    axis->setLabelFormat(QStringLiteral("%d %"));
    axis->setTickCount(6);
    chart->addAxis(axis, Qt::AlignLeft);
    return axis;
}

// An x axis of indices 0…n-1 labelled on the values, every `step`th one.
// Qt elides an axis label wider than the space to the next one, so a
// crowded axis labels fewer rather than all of them as "…".
QCategoryAxis *indexAxis(QChart *chart, const QStringList &labels, int step)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int index = 0; index < labels.size(); index += step)
        axis->append(labels.at(index), index);
    axis->setRange(-0.5, std::max<qsizetype>(labels.size(), 1) - 0.5);
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

// Day labels along an x axis of day indices; every few days when there are many.
QCategoryAxis *dayAxis(QChart *chart, const QList<QDate> &days)
{
    QStringList labels;
    for (const QDate day : days)
        labels.append(ReviewCharts::dayLabel(day));
    return indexAxis(chart, labels, std::max<qsizetype>(1, (days.size() + 9) / 10));
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

void shadePhases(QChart *chart, const ReviewSeries &series, QAbstractAxis *x, QAbstractAxis *y, double top)
{
    for (CampPhase phase : {CampPhase::Preparation, CampPhase::Course, CampPhase::WrapUp}) {
        int first = -1, last = -1;
        for (int index = 0; index < series.days.size(); ++index) {
            if (series.days.at(index).phase == phase) {
                first = first < 0 ? index : first;
                last = index;
            }
        }
        if (first < 0)
            continue;
        auto *area = new QAreaSeries;
        // The area series does not own its edge: parent it, so it goes too.
        auto *upper = new QLineSeries(area);
        upper->append(first - 0.5, top);
        upper->append(last + 0.5, top);
        area->setUpperSeries(upper);
        area->setName(PhaseStyle::name(phase));
        area->setBrush(PhaseStyle::shade(phase));
        area->setPen(Qt::NoPen);
        attach(chart, area, x, y);
        // The legend shows the band as drawn (pale), outlined in the phase's
        // colour so the pale box is seen on white.
        for (QLegendMarker *marker : chart->legend()->markers(area)) {
            marker->setBrush(PhaseStyle::shade(phase).darker(106));
            marker->setPen(QPen(PhaseStyle::color(phase)));
        }
    }
}

void activeRate(ReviewChartData &data, const ReviewSeries &series, const ReviewSeries *comparison, const QString &name)
{
    QChart *chart = data.chart;
    for (const DayFigure &day : series.days)
        data.days.append(day.day);
    QCategoryAxis *x = dayAxis(chart, data.days);
    double top = 100;
    QValueAxis *y = percentAxis(chart, top);
    shadePhases(chart, series, x, y, top);

    auto *line = new QLineSeries;
    line->setName(ReviewCharts::tr("Active rate"));
    line->setPen(QPen(rateColor, 2.5));
    auto *points = new QScatterSeries;
    points->setName(line->name());
    points->setMarkerSize(9);
    points->setColor(rateColor);
    points->setBorderColor(Qt::white);
    // Days below the target stand out.
    auto *below = new QScatterSeries;
    below->setName(ReviewCharts::tr("Below target"));
    below->setMarkerSize(11);
    below->setColor(belowColor);
    below->setBorderColor(Qt::white);
    for (int index = 0; index < series.days.size(); ++index) {
        const DayFigure &day = series.days.at(index);
        if (!day.activeRate)
            continue;
        line->append(index, *day.activeRate);
        // The summary's days below the target: complete course days only
        // (today is still filling up).
        const bool under = series.daysBelowTarget.contains(day.day);
        (under ? below : points)->append(index, *day.activeRate);
    }
    auto *target = new QLineSeries;
    target->setName(ReviewCharts::tr("Target %1").arg(DataTable::percent(series.targetActiveRate)));
    QPen dashed(targetColor, 1.5, Qt::DashLine);
    target->setPen(dashed);
    target->append(-0.5, series.targetActiveRate);
    target->append(std::max<qsizetype>(series.days.size(), 1) - 0.5, series.targetActiveRate);
    attach(chart, target, x, y);
    if (comparison) {
        QHash<int, double> byCourseDay;
        for (const DayFigure &day : comparison->days) {
            if (day.activeRate)
                byCourseDay.insert(day.courseDay, *day.activeRate);
        }
        auto *other = new QLineSeries;
        other->setName(name);
        other->setPen(QPen(secondColor, 2, Qt::DotLine));
        for (int index = 0; index < series.days.size(); ++index) {
            const auto found = byCourseDay.constFind(series.days.at(index).courseDay);
            if (found != byCourseDay.constEnd())
                other->append(index, *found);
        }
        attach(chart, other, x, y);
    }
    attach(chart, line, x, y);
    attach(chart, points, x, y);
    attach(chart, below, x, y);
    chart->legend()->markers(points).first()->setVisible(false);
}

QBarCategoryAxis *categoryAxis(QChart *chart, const QStringList &categories)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    chart->addAxis(axis, Qt::AlignBottom);
    qsizetype longest = 0;
    for (const QString &category : categories)
        longest = std::max(longest, category.size());
    if (categories.size() > 14 && longest > 3)
        axis->setLabelsAngle(-60);
    return axis;
}

// A count axis with whole-number ticks a step of 1, 2 or 5 (times ten)
// apart: 0, 10, 20… never 12, 25, 37, and 0, 1 for an empty chart.
QValueAxis *countAxis(QChart *chart, double top, Qt::Alignment alignment)
{
    const double needed = std::max(1.0, std::ceil(top));
    double step = 1;
    for (double unit = 1; needed / step > 6; unit *= 10) {
        for (const double multiple : {1.0, 2.0, 5.0}) {
            step = multiple * unit;
            if (needed / step <= 6)
                break;
        }
    }
    const double maximum = std::ceil(needed / step) * step;
    auto *axis = new QValueAxis;
    axis->setRange(0, maximum);
    axis->setTickCount(int(maximum / step) + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axis, alignment);
    return axis;
}

QBarSet *barSet(const QString &name, const QColor &color)
{
    auto *set = new QBarSet(name);
    set->setColor(color);
    set->setBorderColor(color);
    return set;
}

void checkIns(ReviewChartData &data, const ReviewSeries &series)
{
    QStringList categories;
    QBarSet *set = barSet(ReviewCharts::tr("Check-in completion"), checkInColor);
    // A day without a figure (still to come, or with nobody in the camp or
    // the filter) has no bar: a bar of height 0 would read as a day nobody
    // checked in. The axis says how many.
    int withoutFigure = 0;
    for (const DayFigure &day : series.days) {
        if (day.phase != CampPhase::Course)
            continue;
        if (!day.checkInRate) {
            ++withoutFigure;
            continue;
        }
        data.days.append(day.day);
        categories.append(QString::number(day.courseDay));
        *set << *day.checkInRate;
    }
    // A long camp labels every other day (1, 3, 5…): each label then has
    // two bars' room.
    QCategoryAxis *x = indexAxis(data.chart, categories, categories.size() > 12 ? 2 : 1);
    x->setGridLineVisible(false);
    x->setTitleText(withoutFigure == 0
                        ? ReviewCharts::tr("Course day")
                        : ReviewCharts::tr("Course day (%n day(s) without a figure)", nullptr, withoutFigure));
    QValueAxis *y = percentAxis(data.chart);
    auto *bars = new QBarSeries;
    bars->append(set);
    attach(data.chart, bars, x, y);
    auto *target = new QLineSeries;
    // The target as every table and the summary write it (66.7 %, not 67 %).
    target->setName(ReviewCharts::tr("Target %1").arg(DataTable::percent(series.targetCheckInRate)));
    target->setPen(QPen(targetColor, 1.5, Qt::DashLine));
    target->append(-0.5, series.targetCheckInRate);
    target->append(std::max<qsizetype>(categories.size(), 1) - 0.5, series.targetCheckInRate);
    attach(data.chart, target, x, y);
}

void subgroups(ReviewChartData &data, const ReviewSeries &series)
{
    QStringList categories;
    QBarSet *active = barSet(ReviewCharts::tr("Active rate"), rateColor);
    QBarSet *checkIn = barSet(ReviewCharts::tr("Check-in completion"), checkInColor);
    // A bar set needs a value for every group; one without a figure (no
    // members, no course day yet) is drawn empty and its label says why it
    // is not 0 %. Before the first course day no group has a check-in
    // figure, and the chart shows the active rate alone.
    bool anyCheckInFigure = false;
    for (const SubgroupFigure &subgroup : series.subgroups) {
        data.subgroups.append(subgroup.subgroupId);
        categories.append(subgroup.activeRate ? subgroup.name
                                              : ReviewCharts::tr("%1 (no figure yet)").arg(subgroup.name));
        *active << subgroup.activeRate.value_or(0);
        *checkIn << subgroup.checkInRate.value_or(0);
        anyCheckInFigure = anyCheckInFigure || subgroup.checkInRate.has_value();
    }
    QBarCategoryAxis *x = categoryAxis(data.chart, categories);
    QValueAxis *y = percentAxis(data.chart);
    auto *bars = new QBarSeries;
    bars->append(active);
    if (anyCheckInFigure)
        bars->append(checkIn);
    else
        delete checkIn;
    attach(data.chart, bars, x, y);
}

void activities(ReviewChartData &data, const ReviewSeries &series)
{
    QList<const ActivityFigure *> shown;
    for (const ActivityFigure &activity : series.activities) {
        if (activity.happened && ReviewTables::isEngagement(activity.type))
            shown.append(&activity);
    }
    if (shown.size() > ReviewCharts::MaxActivityBars) {
        // Said in the title, on the tab and in the PDF alike: the bars are not every activity.
        data.chart->setTitle(ReviewCharts::tr("Turnout of the last %1 of %2 activities")
                                 .arg(ReviewCharts::MaxActivityBars)
                                 .arg(shown.size()));
        shown = shown.mid(shown.size() - ReviewCharts::MaxActivityBars);
    }
    // Bars lie down so their labels read in full, the first at the top
    // (a horizontal chart draws its first category at the bottom).
    std::reverse(shown.begin(), shown.end());
    QStringList categories;
    QBarSet *participants = barSet(ReviewCharts::tr("Participants"), rateColor);
    QBarSet *average = barSet(ReviewCharts::tr("Average of its type"), averageColor);
    double top = 1;
    for (const ActivityFigure *activity : std::as_const(shown)) {
        data.activities.append(activity->activityId);
        // Category labels must be unique, so the date and time go first;
        // a long title is shortened, the table after the chart has it whole.
        categories.append(ReviewCharts::dayLabel(activity->start.date())
                          + activity->start.toString(QStringLiteral(" HH:mm "))
                          + ReviewCharts::shortTitle(activity->title));
        *participants << activity->participants;
        *average << activity->sameTypeParticipants;
        top = std::max({top, double(activity->participants), activity->sameTypeParticipants});
    }
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    data.chart->addAxis(y, Qt::AlignLeft);
    QValueAxis *x = countAxis(data.chart, top, Qt::AlignBottom);
    auto *bars = new QHorizontalBarSeries;
    bars->append(participants);
    bars->append(average);
    attach(data.chart, bars, x, y);
}

void tiers(ReviewChartData &data, const ReviewSeries &series)
{
    const QList<QColor> colors
        = {QColor(0x1f, 0x6f, 0xb2), QColor(0x2e, 0x9d, 0x6a), QColor(0xe8, 0xa3, 0x3d), QColor(0xb0, 0xb7, 0xc3)};
    auto *pie = new QPieSeries;
    pie->setHoleSize(0.45);
    for (EngagementTier tier : EngagementTiers::all()) {
        const int count = series.tiers[std::size_t(tier)];
        QPieSlice *slice = pie->append(ReviewCharts::tr("%1: %2").arg(EngagementTiers::displayName(tier)).arg(count),
                                       std::max(count, 0));
        slice->setColor(colors.at(int(tier)));
        slice->setBorderColor(Qt::white);
        data.tiers.append(tier);
    }
    data.chart->addSeries(pie);
    data.chart->legend()->setAlignment(Qt::AlignRight);
}

void joinsLeaves(ReviewChartData &data, const ReviewSeries &series)
{
    QStringList categories;
    QBarSet *joins = barSet(ReviewCharts::tr("Joined"), checkInColor);
    QBarSet *leaves = barSet(ReviewCharts::tr("Left"), targetColor);
    double top = 1;
    for (const DayFigure &day : series.days) {
        data.days.append(day.day);
        categories.append(ReviewCharts::dayLabel(day.day));
        *joins << day.joins;
        *leaves << day.leaves;
        top = std::max({top, double(day.joins), double(day.leaves)});
    }
    QBarCategoryAxis *x = categoryAxis(data.chart, categories);
    QValueAxis *y = countAxis(data.chart, top, Qt::AlignLeft);
    auto *bars = new QBarSeries;
    bars->append(joins);
    bars->append(leaves);
    attach(data.chart, bars, x, y);
}

} // namespace

QString ReviewCharts::shortTitle(const QString &title)
{
    constexpr qsizetype Longest = 18;
    return title.size() > Longest ? title.left(Longest - 1) + QChar(0x2026) : title;
}

int ReviewCharts::activitiesHeight(const ReviewSeries &series)
{
    int bars = 0;
    for (const ActivityFigure &activity : series.activities)
        bars += activity.happened && ReviewTables::isEngagement(activity.type) ? 1 : 0;
    return 120 + 26 * std::min(bars, MaxActivityBars);
}

QString ReviewCharts::dayLabel(QDate day)
{
    // Month/day reads the same in English and Chinese and stays short.
    return day.toString(QStringLiteral("M/d"));
}

ReviewChartData ReviewCharts::build(ReviewChart kind, const ReviewSeries &series, const ReviewSeries *comparison,
                                    const QString &comparisonName)
{
    ReviewChartData data;
    data.kind = kind;
    data.chart = newChart(ReviewTables::title(kind));
    switch (kind) {
    case ReviewChart::ActiveRate:
        activeRate(data, series, comparison, comparisonName);
        break;
    case ReviewChart::CheckIns:
        checkIns(data, series);
        break;
    case ReviewChart::Subgroups:
        subgroups(data, series);
        break;
    case ReviewChart::Activities:
        activities(data, series);
        break;
    case ReviewChart::Tiers:
        tiers(data, series);
        break;
    case ReviewChart::JoinsLeaves:
        joinsLeaves(data, series);
        break;
    }
    return data;
}

} // namespace CampDesk
