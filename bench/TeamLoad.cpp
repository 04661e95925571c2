// A simulated team on one team workspace: operator processes writing at once,
// then every change checked against the server's history.
//
//   campdesk_team_load ADDRESS [--operators K] [--changes N] [--interval MS] [--json]
//
// ADDRESS is an empty team workspace. The camp is set up (a member and a
// check-in activity for each operator, one speech line), then K processes of
// this program each make N changes, one every MS milliseconds (default 10
// operators, 300 changes, 1000 ms: 60 a minute for 5 minutes), in turn:
// a tick (the operator's member, a day), a 接龙 record (the same member,
// the activity, that day), an edit (the activity's title) and a copy of the
// line. Each write is timed. Then the history must hold each change exactly
// once and the tables exactly what was written: nothing lost, nothing
// twice. Prints the write latencies (median, 95th percentile; target under
// 200 ms) and the check; exits 1 if any change is missing or doubled.
//
// (--operator I --camp C runs one operator process; the first form starts them.)
#include "core/Workspace.h"
#include "core/capture/ParticipationRepository.h"
#include "core/domain/ActivityRepository.h"
#include "core/domain/CampRepository.h"
#include "core/domain/MembershipRepository.h"
#include "core/domain/PersonRepository.h"
#include "core/speech/SpeechRepository.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>
#include <QThread>

#include <algorithm>

using namespace CampDesk;

namespace {

const QDate FirstDay(2027, 3, 1);
constexpr int CourseDays = 120;

int exitWith(const QString &message)
{
    QTextStream(stderr) << "campdesk_team_load: " << message << '\n';
    return 1;
}

int option(const QStringList &arguments, const QString &name, int fallback)
{
    const qsizetype at = arguments.indexOf(name);
    return at > 0 ? arguments.value(at + 1).toInt() : fallback;
}

// The operator's member and activity are the I-th of the camp's, in id order.
struct Desk {
    qint64 personId = 0;
    Activity activity;
    qint64 lineId = 0;
};

Result<Desk> deskOf(Workspace &workspace, qint64 campId, int operatorIndex)
{
    auto members = workspace.memberships().listForCamp(campId);
    auto activities = workspace.activities().listForCamp(campId);
    auto lines = workspace.speeches().list(campId);
    if (!members || !activities || !lines)
        return fail(QStringLiteral("the camp could not be read"));
    const auto line = std::find_if(lines->cbegin(), lines->cend(),
                                   [campId](const SpeechTemplate &speech) { return speech.campId == campId; });
    if (members->size() <= operatorIndex || activities->size() <= operatorIndex || line == lines->cend())
        return fail(QStringLiteral("the camp has no desk for operator %1").arg(operatorIndex));
    return Desk {.personId = members->at(operatorIndex).membership.personId,
                 .activity = activities->at(operatorIndex),
                 .lineId = line->id};
}

// One operator: N changes, one every interval; prints its latencies (ms)
// and how many changes of each kind it made, as one JSON line.
int runOperator(const QString &address, qint64 campId, int operatorIndex, int changes, int interval)
{
    auto workspace = Workspace::open(address);
    if (!workspace)
        return exitWith(workspace.error().message);
    auto desk = deskOf(**workspace, campId, operatorIndex);
    if (!desk)
        return exitWith(desk.error().message);
    QJsonArray latencies;
    int checkIns = 0, edits = 0, copies = 0;
    QElapsedTimer pace;
    pace.start();
    for (int change = 0; change < changes; ++change) {
        const QDate day = FirstDay.addDays((change / 4) % CourseDays);
        QElapsedTimer clock;
        clock.start();
        Result<void> done;
        switch (change % 4) {
        case 0:
        case 1: {
            const bool jielong = change % 4 == 1;
            const CheckIn checkIn {.personId = desk->personId,
                                   .day = day,
                                   .activityId = jielong ? desk->activity.id : 0,
                                   .source = jielong ? CheckInSource::Jielong : CheckInSource::Manual};
            auto added = (*workspace)->participation().changeCheckIns(campId, {checkIn}, {});
            if (added && added->size() != 1)
                return exitWith(QStringLiteral("change %1 added %2 check-ins").arg(change).arg(added->size()));
            done = added ? Result<void>() : Result<void>(std::unexpected(added.error()));
            ++checkIns;
            break;
        }
        case 2:
            desk->activity.title = QStringLiteral("Operator %1, edit %2").arg(operatorIndex).arg(change);
            done = (*workspace)->activities().update(desk->activity);
            ++edits;
            break;
        default:
            done = (*workspace)
                       ->speeches()
                       .recordUse(desk->lineId, campId, int(day.toJulianDay() - FirstDay.toJulianDay()) + 1,
                                  desk->activity.id, QDateTime::currentDateTimeUtc());
            ++copies;
            break;
        }
        if (!done)
            return exitWith(
                QStringLiteral("operator %1, change %2: %3").arg(operatorIndex).arg(change).arg(done.error().message));
        latencies.append(double(clock.nsecsElapsed()) / 1e6);
        const qint64 next = qint64(change + 1) * interval;
        if (pace.elapsed() < next)
            QThread::msleep(quint64(next - pace.elapsed()));
    }
    QTextStream(stdout) << QJsonDocument(QJsonObject {{QStringLiteral("latencies"), latencies},
                                                      {QStringLiteral("check_ins"), checkIns},
                                                      {QStringLiteral("edits"), edits},
                                                      {QStringLiteral("copies"), copies}})
                               .toJson(QJsonDocument::Compact)
                        << '\n';
    return 0;
}

Result<qint64> setUp(Workspace &workspace, int operators)
{
    auto camp = workspace.camps().insert(
        Camp::withDefaults(QStringLiteral("Team load"), FirstDay, FirstDay.addDays(CourseDays - 1)));
    if (!camp)
        return camp;
    for (int index = 0; index < operators; ++index) {
        auto person = workspace.people().insert({.displayName = QStringLiteral("Member %1").arg(index + 1)});
        if (!person)
            return std::unexpected(person.error());
        Membership membership;
        membership.campId = *camp;
        membership.personId = *person;
        if (auto added = workspace.memberships().add(membership); !added)
            return std::unexpected(added.error());
        Activity activity;
        activity.campId = *camp;
        activity.type = ActivityType::CheckIn;
        activity.title = QStringLiteral("Check-in %1").arg(index + 1);
        activity.start = FirstDay.startOfDay().addSecs(7 * 3600);
        activity.end = activity.start.addSecs(3600);
        if (auto inserted = workspace.activities().insert(activity); !inserted)
            return std::unexpected(inserted.error());
    }
    SpeechTemplate line;
    line.title = QStringLiteral("Morning");
    line.category = SpeechCategory::Hype;
    line.body = QStringLiteral("早上好！");
    line.campId = *camp;
    if (auto inserted = workspace.speeches().insert(line); !inserted)
        return std::unexpected(inserted.error());
    return camp;
}

// How many history entries of a table and action the camp has, and how many
// distinct rows they name (a doubled change names one row twice).
std::pair<qint64, qint64> recorded(Workspace &workspace, qint64 campId, const QString &table, const QString &action,
                                   const QString &key)
{
    auto rows = Sql::exec(workspace.database(),
                          QStringLiteral("SELECT count(*), count(DISTINCT coalesce(after, before) ->> CAST(? AS text))"
                                         " FROM campdesk_history WHERE camp_id = ? AND table_name = ? AND action = ?"),
                          {key, campId, table, action});
    if (!rows || !rows->next())
        return {-1, -1};
    return {rows->value(0).toLongLong(), rows->value(1).toLongLong()};
}

int runTeam(const QString &address, int operators, int changes, int interval, bool json)
{
    auto workspace = Workspace::open(address);
    if (!workspace)
        return exitWith(workspace.error().message);
    auto camp = setUp(**workspace, operators);
    if (!camp)
        return exitWith(camp.error().message);
    if (changes / 4 > CourseDays)
        return exitWith(QStringLiteral("--changes: at most %1").arg(CourseDays * 4));

    QElapsedTimer wall;
    wall.start();
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int index = 0; index < operators; ++index) {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QCoreApplication::applicationFilePath(),
                       {address, QStringLiteral("--operator"), QString::number(index), QStringLiteral("--camp"),
                        QString::number(*camp), QStringLiteral("--changes"), QString::number(changes),
                        QStringLiteral("--interval"), QString::number(interval)});
        processes.push_back(std::move(process));
    }
    QList<double> latencies;
    qint64 checkIns = 0, edits = 0, copies = 0;
    int failed = 0;
    for (auto &process : processes) {
        process->waitForFinished(-1);
        const QJsonObject result = QJsonDocument::fromJson(process->readAllStandardOutput()).object();
        if (process->exitCode() != 0 || result.isEmpty()) {
            ++failed;
            continue;
        }
        for (const QJsonValue &latency : result.value(QStringLiteral("latencies")).toArray())
            latencies << latency.toDouble();
        checkIns += result.value(QStringLiteral("check_ins")).toInteger();
        edits += result.value(QStringLiteral("edits")).toInteger();
        copies += result.value(QStringLiteral("copies")).toInteger();
    }
    const double seconds = double(wall.elapsed()) / 1000;
    if (failed > 0 || latencies.isEmpty())
        return exitWith(QStringLiteral("%1 of %2 operators failed").arg(failed).arg(operators));

    // Against the history: each change once, and the tables holding them.
    const auto [checkInEntries, checkInRows]
        = recorded(**workspace, *camp, QStringLiteral("check_ins"), QStringLiteral("insert"), QStringLiteral("id"));
    const auto [editEntries, editTitles]
        = recorded(**workspace, *camp, QStringLiteral("activities"), QStringLiteral("update"), QStringLiteral("title"));
    const auto [copyEntries, copyRows]
        = recorded(**workspace, *camp, QStringLiteral("speech_uses"), QStringLiteral("insert"), QStringLiteral("id"));
    const qint64 storedCheckIns
        = Sql::scalar((*workspace)->database(), QStringLiteral("SELECT count(*) FROM check_ins WHERE camp_id = ?"),
                      {*camp})
              .value_or(-1);
    const qint64 storedCopies
        = Sql::scalar((*workspace)->database(), QStringLiteral("SELECT count(*) FROM speech_uses WHERE camp_id = ?"),
                      {*camp})
              .value_or(-1);
    const qint64 made = checkIns + edits + copies;
    const qint64 lost = std::max<qint64>(0, checkIns - checkInRows) + std::max<qint64>(0, edits - editTitles)
        + std::max<qint64>(0, copies - copyRows) + std::max<qint64>(0, checkIns - storedCheckIns)
        + std::max<qint64>(0, copies - storedCopies);
    const qint64 doubled = (checkInEntries - checkInRows) + (editEntries - editTitles) + (copyEntries - copyRows)
        + std::max<qint64>(0, storedCheckIns - checkIns) + std::max<qint64>(0, storedCopies - copies);

    std::sort(latencies.begin(), latencies.end());
    const double median = latencies.at(latencies.size() / 2);
    const double p95 = latencies.at(std::min(latencies.size() - 1, qsizetype(double(latencies.size()) * 0.95)));
    const bool ok = lost == 0 && doubled == 0;
    QTextStream out(stdout);
    if (json) {
        out << QJsonDocument(QJsonObject {{QStringLiteral("operators"), operators},
                                          {QStringLiteral("changes"), made},
                                          {QStringLiteral("seconds"), seconds},
                                          {QStringLiteral("median_ms"), median},
                                          {QStringLiteral("p95_ms"), p95},
                                          {QStringLiteral("max_ms"), latencies.last()},
                                          {QStringLiteral("recorded"), checkInEntries + editEntries + copyEntries},
                                          {QStringLiteral("lost"), lost},
                                          {QStringLiteral("doubled"), doubled},
                                          {QStringLiteral("ok"), ok}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
    } else {
        out << QStringLiteral("%1 operators, %2 changes in %3 s: write median %4 ms, p95 %5 ms, max %6 ms "
                              "(target p95 < 200 ms)\nhistory: %7 entries; lost %8, doubled %9: %10\n")
                   .arg(operators)
                   .arg(made)
                   .arg(seconds, 0, 'f', 1)
                   .arg(median, 0, 'f', 2)
                   .arg(p95, 0, 'f', 2)
                   .arg(latencies.last(), 0, 'f', 2)
                   .arg(checkInEntries + editEntries + copyEntries)
                   .arg(lost)
                   .arg(doubled)
                   .arg(ok ? QStringLiteral("every change once") : QStringLiteral("NOT every change once"));
    }
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2 || arguments.at(1).startsWith(u'-'))
        return exitWith(QStringLiteral("usage: campdesk_team_load ADDRESS [--operators K] [--changes N] [--interval MS]"
                                       " [--json]"));
    const int changes = option(arguments, QStringLiteral("--changes"), 300);
    const int interval = option(arguments, QStringLiteral("--interval"), 1000);
    if (arguments.contains(QStringLiteral("--operator")))
        return runOperator(arguments.at(1), option(arguments, QStringLiteral("--camp"), 0),
                           option(arguments, QStringLiteral("--operator"), 0), changes, interval);
    return runTeam(arguments.at(1), option(arguments, QStringLiteral("--operators"), 10), changes, interval,
                   arguments.contains(QStringLiteral("--json")));
}
