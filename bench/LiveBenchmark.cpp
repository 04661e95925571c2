// How soon one operator's change shows in another's window on a team
// workspace (ChangeFeed, the server's NOTIFY):
//
//   campdesk_bench_live ADDRESS [--changes N] [--json]
//
// ADDRESS is an empty team workspace (bench/run_benchmarks.py gives a
// schema of its own). Two windows' documents are opened on it, as two
// laptops would. One ticks and clears a member's check-in, N times in all
// (default 200); each time, the latency is from the start of that write to
// the other document's participationChanged signal, which its check-in grid
// follows. Printed: median, 95th percentile, min and max, beside the
// reference, the server's round trip (SELECT 1) on the same connection,
// measured in the same run, and how much of it the write itself took (a
// tick is a transaction of several statements: the check-in and the
// member's figures). Target: 95th percentile under a second, the median
// near the round trip.
#include "bench/BenchTiming.h"
#include "core/Workspace.h"
#include "core/capture/ParticipationRepository.h"
#include "core/domain/CampRepository.h"
#include "core/domain/MembershipRepository.h"
#include "core/domain/PersonRepository.h"
#include "core/storage/SqlQuery.h"
#include "ui/WorkspaceDocument.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

using namespace CampDesk;
using namespace CampDesk::Bench;

namespace {

int exitWith(const QString &message)
{
    QTextStream(stderr) << "campdesk_bench_live: " << message << '\n';
    return 1;
}

Figure figureOf(QList<double> times)
{
    std::sort(times.begin(), times.end());
    return {times.at(times.size() / 2), times.first(), times.last(), int(times.size())};
}

double percentile95(QList<double> times)
{
    std::sort(times.begin(), times.end());
    return times.at(std::min(times.size() - 1, qsizetype(double(times.size()) * 0.95)));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2)
        return exitWith(QStringLiteral("usage: campdesk_bench_live ADDRESS [--changes N] [--json]"));
    const qsizetype changesAt = arguments.indexOf(QStringLiteral("--changes"));
    const int changes = changesAt > 0 ? arguments.value(changesAt + 1).toInt() : 200;
    if (changes < 2)
        return exitWith(QStringLiteral("--changes: at least 2"));

    auto theirs = Workspace::open(arguments.at(1));
    if (!theirs)
        return exitWith(theirs.error().message);
    auto camp
        = (*theirs)->camps().insert(Camp::withDefaults(QStringLiteral("Live"), QDate(2027, 3, 1), QDate(2027, 3, 21)));
    auto person = (*theirs)->people().insert({.displayName = QStringLiteral("Member")});
    if (!camp || !person)
        return exitWith(QStringLiteral("could not set up the camp"));
    Membership membership;
    membership.campId = *camp;
    membership.personId = *person;
    if (auto added = (*theirs)->memberships().add(membership); !added)
        return exitWith(added.error().message);

    auto mine = Workspace::open(arguments.at(1));
    if (!mine)
        return exitWith(mine.error().message);
    WorkspaceDocument watching(std::move(*mine));
    QString failure;
    QObject::connect(&watching, &WorkspaceDocument::errorOccurred, &app,
                     [&failure](const QString &message) { failure = message; });
    QCoreApplication::processEvents();
    if (!failure.isEmpty())
        return exitWith(failure);

    QList<double> latencies;
    QList<double> writes; // the write alone, of each latency
    const CheckIn tick {.personId = *person, .day = QDate(2027, 3, 2)};
    for (int change = 0; change < changes; ++change) {
        QEventLoop loop;
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        const auto arrived = QObject::connect(&watching, &WorkspaceDocument::participationChanged, &loop,
                                              [&loop, id = *camp](qint64 campId) {
                                                  if (campId == id)
                                                      loop.quit();
                                              });
        QElapsedTimer clock;
        clock.start();
        const bool adding = change % 2 == 0;
        auto written
            = (*theirs)->participation().changeCheckIns(*camp, adding ? QList<CheckIn> {tick} : QList<CheckIn> {},
                                                        adding ? QList<CheckIn> {} : QList<CheckIn> {tick});
        if (!written)
            return exitWith(written.error().message);
        writes << double(clock.nsecsElapsed()) / 1e6;
        timeout.start(5000);
        loop.exec();
        QObject::disconnect(arrived);
        if (!timeout.isActive())
            return exitWith(QStringLiteral("change %1 did not arrive within 5 s").arg(change + 1));
        latencies << double(clock.nsecsElapsed()) / 1e6;
    }

    QList<double> roundTrips;
    for (int trip = 0; trip < changes; ++trip) {
        QElapsedTimer clock;
        clock.start();
        if (auto answered = Sql::scalar((*theirs)->database(), QStringLiteral("SELECT 1")); !answered)
            return exitWith(answered.error().message);
        roundTrips << double(clock.nsecsElapsed()) / 1e6;
    }

    const Row row {.key = QStringLiteral("live_latency"),
                   .figure = QStringLiteral("Change to another window, %1 changes").arg(changes),
                   .campdesk = figureOf(latencies),
                   .referenceName = QStringLiteral("the server's round trip (SELECT 1)"),
                   .reference = figureOf(roundTrips),
                   .targetMs = 1000};
    const double p95 = percentile95(latencies);
    const Figure write = figureOf(writes);
    if (wantsJson(arguments)) {
        print({row}, true, QJsonObject {{QStringLiteral("p95"), p95}, {QStringLiteral("write"), write.toJson()}});
    } else {
        print({row}, false);
        QTextStream(stdout) << QStringLiteral("  95th percentile %1 ms (target < 1000 ms); of the median, the write"
                                              " itself %2 ms\n")
                                   .arg(p95, 0, 'f', 2)
                                   .arg(write.median, 0, 'f', 2);
    }
    return 0;
}
