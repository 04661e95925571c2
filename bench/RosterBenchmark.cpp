// Re-filtering the roster on one keystroke over 5,000 members (target under
// 20 ms), beside a reference measured in the same run: the same filter over
// 500 members. Medians of repeated runs after a warm-up, with min and max.
// With --json, prints one JSON line instead (for bench/run_benchmarks.py).
#include "bench/BenchTiming.h"
#include "ui/roster/RosterFilterModel.h"
#include "ui/roster/RosterModel.h"

#include <QApplication>
#include <QLocale>

#include <algorithm>

using namespace CampDesk;
using namespace CampDesk::Bench;

namespace {

QList<RosterEntry> members(int count)
{
    const QStringList family {QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"),
                              QStringLiteral("陈"), QStringLiteral("杨"), QStringLiteral("黄"), QStringLiteral("赵")};
    const QStringList given {QStringLiteral("晓雨"), QStringLiteral("子涵"), QStringLiteral("思远"),
                             QStringLiteral("雨桐"), QStringLiteral("浩然"), QStringLiteral("一诺"),
                             QStringLiteral("佳怡"), QStringLiteral("明轩")};
    const QStringList cities {QStringLiteral("杭州"), QStringLiteral("北京"), QStringLiteral("上海"),
                              QStringLiteral("深圳")};
    QList<RosterEntry> entries;
    for (int i = 0; i < count; ++i) {
        RosterEntry entry;
        entry.membership.id = i + 1;
        entry.person.id = i + 1;
        entry.person.displayName = family.at(i % family.size()) + given.at((i / 8) % given.size());
        entry.person.city = cities.at(i % cities.size());
        entry.person.tags = {QStringLiteral("第%1期").arg(i % 6 + 1)};
        entry.person.chatIds = {{QStringLiteral("wechat"), QStringLiteral("wxid_%1").arg(i)}};
        entry.membership.groupNickname
            = QStringLiteral("%1组-%2-%3").arg(i % 8 + 1).arg(entry.person.displayName, entry.person.city);
        entries << entry;
    }
    return entries;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const bool json = wantsJson(app.arguments());
    constexpr int Runs = 21;
    // Typing "w", "wx", "wxi" … "lxy": each keystroke re-filters the whole roster.
    const QStringList keystrokes {QStringLiteral("l"),      QStringLiteral("lx"),     QStringLiteral("lxy"),
                                  QStringLiteral("h"),      QStringLiteral("hz"),     QStringLiteral("杭"),
                                  QStringLiteral("wxid_4"), QStringLiteral("wxid_49")};
    // --members N measures N members instead of 5,000 (the reliability
    // check's 100,000-member roster, tests/tools/large_inputs.py).
    int large = 5000;
    if (const qsizetype at = app.arguments().indexOf(QStringLiteral("--members"));
        at > 0 && at + 1 < app.arguments().size())
        large = std::max(1, app.arguments().at(at + 1).toInt());
    Figure figures[2];
    const int sizes[2] = {large, 500};
    for (int k = 0; k < 2; ++k) {
        RosterModel model(nullptr);
        model.setEntries(members(sizes[k]), QStringLiteral("{subgroup}-{nickname}-{city}"));
        RosterFilterModel filter;
        filter.setSourceModel(&model);
        filter.sort(RosterModel::RoleColumn); // sorted, as the Members tab shows it
        figures[k] = measure(Runs, [&](int run) {
            filter.setSearch(keystrokes.at((run + int(keystrokes.size())) % keystrokes.size()));
            filter.rowCount();
        });
    }
    const QString id
        = large == 5000 ? QStringLiteral("roster_refilter") : QStringLiteral("roster_refilter_%1").arg(large);
    print({Row {id,
                QStringLiteral("Roster re-filter on one keystroke, %1 members")
                    .arg(QLocale(QLocale::English).toString(large)),
                figures[0], QStringLiteral("500 members"), figures[1], 20}},
          json);
    return 0;
}
