#include "core/Workspace.h"
#include "core/capture/ChatImporter.h"
#include "core/domain/CampRepository.h"
#include "core/io/DataTable.h"
#include "core/plan/CampPlanner.h"
#include "core/review/CheckInGrid.h"
#include "core/review/ReviewCalculator.h"
#include "core/review/ReviewHeadline.h"
#include "core/review/ReviewInput.h"
#include "core/review/ReviewJson.h"
#include "core/review/ReviewTables.h"
#include "demo/ChatGenerator.h"
#include "demo/DemoWorkspace.h"
#include "tests/support/ReviewFixture.h"
#include "tests/support/TempWorkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <gtest/gtest.h>

#include <cmath>

using namespace CampDesk;
using namespace CampDesk::Testing;

namespace {

double rounded(double value)
{
    return std::round(value * 100.0) / 100.0;
}

// Every way CampDesk states a camp's check-ins — the grid's cells and
// headers, the review's days and averages, the check-in table (PDF and CSV)
// and the JSON of `report` and of an activity review — must give the same
// numbers. The grid is counted cell by cell here, so a second definition
// anywhere shows up as a difference.
void expectOneTruth(const ReviewInput &input, const ReviewSeries &series, const std::string &where)
{
    SCOPED_TRACE(where);
    const CheckInGrid days = CheckInGrid::build(input, series, CheckInGrid::Columns::CourseDays);
    const DataTable table = ReviewTables::table(ReviewChart::CheckIns, series);
    ASSERT_EQ(table.rows.size(), days.columns().size()) << "one table row per course day";
    int countedMembers = 0;
    int countedCheckedIn = 0;
    for (qsizetype column = 0; column < days.columns().size(); ++column) {
        const CheckInGrid::Column &figure = days.columns().at(column);
        SCOPED_TRACE(figure.day.toString(Qt::ISODate).toStdString());
        int inCamp = 0;
        int ticked = 0;
        for (qsizetype row = 0; row < days.rows().size(); ++row) {
            inCamp += days.cell(int(row), int(column)) != CheckInGrid::Cell::OutOfCamp ? 1 : 0;
            ticked += days.cell(int(row), int(column)) == CheckInGrid::Cell::Checked ? 1 : 0;
        }
        const DayFigure *day = series.dayFigure(figure.day);
        ASSERT_NE(day, nullptr);
        EXPECT_EQ(inCamp, day->members) << "the grid's rows in the camp that day are the review's members";
        EXPECT_EQ(figure.rate.has_value(), day->checkInRate.has_value());
        if (day->elapsed) {
            EXPECT_EQ(ticked, day->checkedIn) << "ticked cells are the review's check-ins";
            EXPECT_EQ(figure.checkedIn, ticked);
        }
        if (day->checkInRate) {
            EXPECT_DOUBLE_EQ(*figure.rate, *day->checkInRate);
        }
        const QVariantList &row = table.rows.at(column);
        EXPECT_EQ(row.at(0).toDate(), figure.day);
        EXPECT_EQ(row.at(2).toInt(), day->members);
        if (day->elapsed) {
            EXPECT_EQ(row.at(3).toInt(), ticked);
            EXPECT_DOUBLE_EQ(row.at(4).toDouble(), *day->checkInRate);
        }
        if (day->complete && day->phase == CampPhase::Course) {
            countedMembers += inCamp;
            countedCheckedIn += ticked;
        }
    }
    // The header's average is the grid's ticks over its cells of the counted days.
    ASSERT_EQ(series.averageCheckInRate.has_value(), countedMembers > 0);
    if (countedMembers > 0) {
        EXPECT_DOUBLE_EQ(*series.averageCheckInRate, 100.0 * countedCheckedIn / countedMembers);
    }

    const QJsonObject json = ReviewJson::series(input, series);
    EXPECT_EQ(json.value(QStringLiteral("average_check_in_rate")),
              ReviewJson::headline(series).value(QStringLiteral("average_check_in_rate")));
    if (series.averageCheckInRate) {
        EXPECT_EQ(json.value(QStringLiteral("average_check_in_rate")).toDouble(), rounded(*series.averageCheckInRate));
    }
    EXPECT_EQ(json.value(QStringLiteral("members_counted")).toInt(), series.memberCount);

    const CheckInGrid activities = CheckInGrid::build(input, series, CheckInGrid::Columns::CheckInActivities);
    const QJsonArray checkIns = json.value(QStringLiteral("check_in_activities")).toArray();
    int happened = 0;
    for (qsizetype column = 0; column < activities.columns().size(); ++column) {
        const CheckInGrid::Column &figure = activities.columns().at(column);
        SCOPED_TRACE(figure.title.toStdString());
        if (!figure.rate)
            continue;
        int ticked = 0;
        for (qsizetype row = 0; row < activities.rows().size(); ++row)
            ticked += activities.cell(int(row), int(column)) == CheckInGrid::Cell::Checked ? 1 : 0;
        EXPECT_EQ(ticked, figure.checkedIn) << "the activity's ticked cells are the review's check-ins for it";
        ASSERT_LT(happened, checkIns.size());
        const QJsonObject stated = checkIns.at(happened++).toObject();
        EXPECT_EQ(stated.value(QStringLiteral("checked_in")).toInt(), ticked);
        EXPECT_EQ(stated.value(QStringLiteral("rate")).toDouble(), rounded(*figure.rate));
        // An activity review freezes the same figure.
        const QJsonObject review = ReviewJson::activity(input, series, figure.activityId);
        EXPECT_EQ(review.value(QStringLiteral("checked_in")).toInt(), ticked);
        EXPECT_EQ(review.value(QStringLiteral("check_in_rate")).toDouble(), rounded(*figure.rate));
    }
    EXPECT_EQ(happened, checkIns.size()) << "every check-in activity of the review is a grid column";
}

} // namespace

TEST(OneTruthTest, TheHandWorkedCampReadsTheSameEverywhere)
{
    ReviewFixture fixture;
    auto input = ReviewInputLoader::load(fixture.workspace(), fixture.campId());
    ASSERT_TRUE(input.has_value()) << input.error().message.toStdString();
    expectOneTruth(*input, ReviewCalculator::compute(*input, {}), "after the camp");
    for (int day = 1; day <= 7; ++day) {
        const QDate today(2027, 3, day);
        expectOneTruth(*input, ReviewCalculator::compute(*input, {}, ReviewCalculator::optionsOn(today, input->camp)),
                       today.toString(Qt::ISODate).toStdString());
    }
}

TEST(OneTruthTest, TheDemoCampsReadTheSameEverywhere)
{
    TempDir dir;
    auto workspace = Workspace::open(dir.path(QStringLiteral("demo.campdesk")));
    ASSERT_TRUE(workspace.has_value());
    const QDate today(2026, 11, 22);
    ASSERT_TRUE(DemoWorkspace::populate(**workspace, today, DemoWorkspace::Language::Chinese).has_value());
    auto camps = (*workspace)->camps().list();
    ASSERT_TRUE(camps.has_value());
    for (const Camp &camp : *camps) {
        auto input = ReviewInputLoader::load(**workspace, camp.id);
        ASSERT_TRUE(input.has_value()) << input.error().message.toStdString();
        const ReviewSeries series
            = ReviewCalculator::compute(*input, {}, ReviewCalculator::optionsOn(today, input->camp));
        expectOneTruth(*input, series, camp.name.toStdString());
        if (camp.statusOn(today) == CampStatus::Running) {
            EXPECT_GT(series.countedCourseDays, 0);
            EXPECT_FALSE(series.checkInActivities.isEmpty()) << "the demo's running camp has check-in activities";
        }
    }
}

// A generated camp: 120 members' WhatsApp export (check-in posts among the
// messages), members made from the senders, a check-in activity a day and
// two on one day, reviewed in the middle of the course and after it.
TEST(OneTruthTest, AGeneratedCampReadsTheSameEverywhere)
{
    TempDir dir;
    auto opened = Workspace::open(dir.path(QStringLiteral("generated.campdesk")));
    ASSERT_TRUE(opened.has_value());
    Workspace &workspace = **opened;
    ChatGeneratorOptions generated;
    generated.members = 120;
    generated.days = 10;
    generated.messages = 6000;
    generated.firstDay = QDate(2027, 3, 1);
    const qint64 campId = *workspace.camps().insert(
        Camp::withDefaults(QStringLiteral("Generated"), generated.firstDay.addDays(1), generated.firstDay.addDays(8)));
    QList<Activity> checkIns;
    for (int day = 1; day <= 8; ++day) {
        for (int second = 0; second < (day == 4 ? 2 : 1); ++second) {
            Activity activity;
            activity.type = ActivityType::CheckIn;
            activity.title = QStringLiteral("Day %1 check-in %2").arg(day).arg(second + 1);
            activity.start = QDateTime(generated.firstDay.addDays(day), QTime(9 + 8 * second, 0));
            activity.end = activity.start.addSecs(3600);
            checkIns.append(activity);
        }
    }
    ASSERT_TRUE(CampPlanner::addToCamp(workspace, campId, checkIns).has_value());
    const QString path = dir.path(QStringLiteral("chat.txt"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_TRUE(ChatGenerator::writeWhatsApp(file, generated));
    }
    ChatImportOptions options;
    options.createMembers = true;
    auto imported = ChatImporter(workspace).run(campId, path, options);
    ASSERT_TRUE(imported.has_value()) << imported.error().message.toStdString();
    ASSERT_GT(imported->checkIns, 0) << "the export has check-in posts";

    auto input = ReviewInputLoader::load(workspace, campId);
    ASSERT_TRUE(input.has_value()) << input.error().message.toStdString();
    for (const QDate today : {QDate(2027, 3, 6), QDate(2027, 3, 20)}) {
        const ReviewSeries series
            = ReviewCalculator::compute(*input, {}, ReviewCalculator::optionsOn(today, input->camp));
        EXPECT_GT(series.countedCourseDays, 0);
        expectOneTruth(*input, series, today.toString(Qt::ISODate).toStdString());
    }
}

// A frozen review's page shows an activity's rates as the review's table
// does: 6 of 13 is 46.2 % on both, not 46.1 % from the snapshot's rate
// rounded to two decimals (46.15) and then to one.
TEST(OneTruthHeadlineTest, AFrozenReviewShowsTheRatesTheTableShows)
{
    const QLocale english(QLocale::English);
    QJsonObject snapshot {{QStringLiteral("start"), QStringLiteral("2027-03-02T20:00:00")},
                          {QStringLiteral("end"), QStringLiteral("2027-03-02T21:00:00")},
                          {QStringLiteral("participants"), 6},
                          {QStringLiteral("members"), 13},
                          {QStringLiteral("participation_rate"), 46.15},
                          {QStringLiteral("checked_in"), 15},
                          {QStringLiteral("check_in_members"), 101},
                          {QStringLiteral("check_in_rate"), 14.85},
                          {QStringLiteral("day_members"), 13},
                          {QStringLiteral("day_active"), 6},
                          {QStringLiteral("day_active_rate"), 46.15},
                          {QStringLiteral("target_active_rate"), 60.0}};
    const auto figures = ReviewHeadline::activityFigures(snapshot, english);
    const auto valueOf = [&figures](const QString &labelStart) {
        for (const auto &[label, value] : figures) {
            if (label.startsWith(labelStart))
                return value;
        }
        return QString();
    };
    const QString sixOfThirteen = DataTable::percent(ReviewCalculator::percent(6, 13), english);
    EXPECT_EQ(sixOfThirteen, QStringLiteral("46.2 %"));
    EXPECT_TRUE(valueOf(QStringLiteral("Spoke in the chat")).contains(sixOfThirteen))
        << valueOf(QStringLiteral("Spoke in the chat")).toStdString();
    EXPECT_TRUE(
        valueOf(QStringLiteral("Checked in")).contains(DataTable::percent(ReviewCalculator::percent(15, 101), english)))
        << valueOf(QStringLiteral("Checked in")).toStdString();
    EXPECT_TRUE(valueOf(QStringLiteral("Active rate that day")).startsWith(sixOfThirteen))
        << valueOf(QStringLiteral("Active rate that day")).toStdString();

    // A snapshot frozen before the day's counts were kept gives its rate.
    snapshot.remove(QStringLiteral("day_members"));
    snapshot.remove(QStringLiteral("day_active"));
    snapshot.insert(QStringLiteral("day_active_rate"), 40.0);
    EXPECT_TRUE(ReviewHeadline::activityFigures(snapshot, english).last().second.startsWith(QStringLiteral("40.0 %")))
        << ReviewHeadline::activityFigures(snapshot, english).last().second.toStdString();
}

// Before the first course day ends, the active rate is over the preparation
// days that did, and its label says so (it said "no course day has ended
// yet" beside a figure); the check-in rate has none, and says why.
TEST(OneTruthHeadlineTest, ARateOverNoCourseDaySaysWhichDaysItIsOver)
{
    ReviewFixture fixture; // preparation 1–2 March, course 3–6 March 2027
    auto input = ReviewInputLoader::load(fixture.workspace(), fixture.campId());
    ASSERT_TRUE(input.has_value()) << input.error().message.toStdString();
    const ReviewSeries early
        = ReviewCalculator::compute(*input, {}, ReviewCalculator::optionsOn(QDate(2027, 3, 3), input->camp));
    EXPECT_EQ(early.countedCourseDays, 0);
    EXPECT_EQ(early.countedOtherDays, 2);
    EXPECT_TRUE(early.averageActiveRate.has_value());
    EXPECT_TRUE(ReviewHeadline::activeRateLabel(early).contains(QStringLiteral("outside the course")))
        << ReviewHeadline::activeRateLabel(early).toStdString();
    EXPECT_FALSE(early.averageCheckInRate.has_value());
    EXPECT_TRUE(ReviewHeadline::checkInLabel(early).contains(QStringLiteral("no course day has ended yet")))
        << ReviewHeadline::checkInLabel(early).toStdString();
    EXPECT_EQ(ReviewJson::headline(early).value(QStringLiteral("counted_other_days")).toInt(), 2);

    // A range of preparation days alone, after the camp: no course day in it.
    ReviewFilter preparation;
    preparation.from = QDate(2027, 3, 1);
    preparation.to = QDate(2027, 3, 2);
    const ReviewSeries ranged = ReviewCalculator::compute(*input, preparation);
    EXPECT_TRUE(ReviewHeadline::checkInLabel(ranged).contains(QStringLiteral("no course day in the range")))
        << ReviewHeadline::checkInLabel(ranged).toStdString();

    // Once a course day is counted, the rate is over course days only.
    const ReviewSeries later
        = ReviewCalculator::compute(*input, {}, ReviewCalculator::optionsOn(QDate(2027, 3, 5), input->camp));
    EXPECT_EQ(later.countedOtherDays, 0);
    EXPECT_TRUE(ReviewHeadline::activeRateLabel(later).contains(QStringLiteral("course days 1–2")))
        << ReviewHeadline::activeRateLabel(later).toStdString();
}

// A review's figures taken before any data reached its activity's day are
// none, said as such, not "0 of 13 members"; an average of nobody is said
// as that, not as "the first of its type".
TEST(OneTruthHeadlineTest, AnActivityWithoutDataYetHasNoFigures)
{
    const QLocale english(QLocale::English);
    QJsonObject snapshot {{QStringLiteral("start"), QStringLiteral("2027-03-02T20:00:00")},
                          {QStringLiteral("end"), QStringLiteral("2027-03-02T21:00:00")},
                          {QStringLiteral("happened"), false},
                          {QStringLiteral("participants"), 0},
                          {QStringLiteral("members"), 13}};
    const auto none = ReviewHeadline::activityFigures(snapshot, english);
    ASSERT_EQ(none.size(), 1);
    EXPECT_TRUE(none.first().second.contains(QStringLiteral("no chat or check-in had been imported")))
        << none.first().second.toStdString();
    EXPECT_FALSE(ReviewHeadline::reviewFigures(snapshot, QDateTime::currentDateTime(), english)
                     .contains(QStringLiteral("0 of 13")));

    snapshot.insert(QStringLiteral("happened"), true);
    snapshot.insert(QStringLiteral("same_type_count"), 3);
    snapshot.insert(QStringLiteral("same_type_average_participants"), 0.0);
    QString compared;
    for (const auto &[label, value] : ReviewHeadline::activityFigures(snapshot, english)) {
        if (label == QLatin1String("Compared"))
            compared = value;
    }
    EXPECT_TRUE(compared.startsWith(QStringLiteral("nobody spoke at any of the"))) << compared.toStdString();
}
