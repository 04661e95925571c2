#pragma once
// Timing helpers the in-process benchmarks share: medians of repeated runs
// after a warm-up, with min and max, printed for people or as one JSON line
// for bench/run_benchmarks.py.

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTextStream>

#include <algorithm>
#include <functional>

namespace CampDesk::Bench {

struct Figure {
    double median = 0;
    double min = 0;
    double max = 0;
    int runs = 0;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("median"), median},
                {QStringLiteral("min"), min},
                {QStringLiteral("max"), max},
                {QStringLiteral("runs"), runs}};
    }
};

// One warm-up call (run -1), then `runs` timed calls (run 0, 1, …), in ms.
inline Figure measure(int runs, const std::function<void(int)> &work)
{
    work(-1);
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work(i);
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return {times.at(times.size() / 2), times.first(), times.last(), int(times.size())};
}

inline Figure measure(int runs, const std::function<void()> &work)
{
    return measure(runs, [&work](int) { work(); });
}

// A figure in ms beside a reference measured in the same run.
struct Row {
    QString key; // stable, for the driver
    QString figure; // what was measured, for people
    Figure campdesk;
    QString referenceName;
    Figure reference;
    double targetMs = 0; // the figure must stay under it

    QJsonObject toJson() const
    {
        return {{QStringLiteral("key"), key},
                {QStringLiteral("figure"), figure},
                {QStringLiteral("unit"), QStringLiteral("ms")},
                {QStringLiteral("campdesk"), campdesk.toJson()},
                {QStringLiteral("reference_name"), referenceName},
                {QStringLiteral("reference"), reference.toJson()},
                {QStringLiteral("target_ms"), targetMs}};
    }
};

inline void printHuman(QTextStream &out, const Row &row)
{
    out << QStringLiteral("%1\n  CampDesk  median %2 ms (min %3, max %4, %5 runs)\n  reference %6: median %7 ms\n"
                          "  ratio to reference %8, target < %9 ms: %10\n")
               .arg(row.figure)
               .arg(row.campdesk.median, 0, 'f', 2)
               .arg(row.campdesk.min, 0, 'f', 2)
               .arg(row.campdesk.max, 0, 'f', 2)
               .arg(row.campdesk.runs)
               .arg(row.referenceName)
               .arg(row.reference.median, 0, 'f', 2)
               .arg(row.campdesk.median / std::max(row.reference.median, 1e-6), 0, 'f', 2)
               .arg(row.targetMs)
               .arg(row.campdesk.median < row.targetMs ? QStringLiteral("met") : QStringLiteral("NOT met"));
    out.flush();
}

// Prints the rows as text, or with `json` as one line {"rows": […], …extra}.
inline void print(const QList<Row> &rows, bool json, const QJsonObject &extra = {})
{
    QTextStream out(stdout);
    if (!json) {
        for (const Row &row : rows)
            printHuman(out, row);
        return;
    }
    QJsonArray array;
    for (const Row &row : rows)
        array.append(row.toJson());
    QJsonObject object = extra;
    object.insert(QStringLiteral("rows"), array);
    out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
}

inline bool wantsJson(const QStringList &arguments)
{
    return arguments.contains(QStringLiteral("--json"));
}

} // namespace CampDesk::Bench
