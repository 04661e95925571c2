// Parsing alone, for the side-by-side with the npm package
// whatsapp-chat-parser: reads and decodes FILE, then parses it RUNS times
// and prints the median parse time and the message count as JSON. Timing
// lives here (not in the driver) so process start-up is not counted for
// either side. Also timed: the first pass that reads every date of the file
// for its day/month order (part of every parse and import), on its own.
#include "core/capture/ChatParsers.h"
#include "core/roster/TextDecoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>

using namespace CampDesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2) {
        QTextStream(stderr) << "usage: campdesk_bench_parse FILE [RUNS]\n";
        return 2;
    }
    const int runs = arguments.size() > 2 ? arguments.at(2).toInt() : 5;
    QFile file(arguments.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << arguments.at(1) << ": " << file.errorString() << '\n';
        return 1;
    }
    QElapsedTimer readTimer;
    readTimer.start();
    const QString text = TextDecoder::decode(file.readAll()).text;
    const double readMs = readTimer.nsecsElapsed() / 1e6;
    const auto format = ChatParsers::detect(text);
    if (!format) {
        QTextStream(stderr) << "not a chat export\n";
        return 1;
    }
    QList<double> times;
    qint64 messages = 0;
    for (int run = 0; run < std::max(1, runs); ++run) {
        messages = 0;
        QElapsedTimer timer;
        timer.start();
        auto report = ChatParsers::parse(*format, text, {}, [&messages](ChatMessage &&) {
            ++messages;
            return true;
        });
        times << timer.nsecsElapsed() / 1e6;
        if (!report) {
            QTextStream(stderr) << report.error().message << '\n';
            return 1;
        }
    }
    std::sort(times.begin(), times.end());
    QList<double> passes;
    for (int run = 0; run < std::max(1, runs) && ChatParsers::hasDateOrder(*format); ++run) {
        QElapsedTimer timer;
        timer.start();
        FileSurvey survey;
        ChatParsers::survey(*format, text, 1, survey);
        passes << timer.nsecsElapsed() / 1e6;
    }
    std::sort(passes.begin(), passes.end());
    QTextStream(stdout) << QStringLiteral("{\"messages\": %1, \"read_ms\": %2, \"parse_ms\": %3, \"min_ms\": %4, "
                                          "\"max_ms\": %5, \"date_pass_ms\": %6}\n")
                               .arg(messages)
                               .arg(readMs, 0, 'f', 1)
                               .arg(times.at(times.size() / 2), 0, 'f', 1)
                               .arg(times.first(), 0, 'f', 1)
                               .arg(times.last(), 0, 'f', 1)
                               .arg(passes.isEmpty() ? 0.0 : passes.at(passes.size() / 2), 0, 'f', 1);
    return 0;
}
