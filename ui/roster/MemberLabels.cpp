#include "ui/roster/MemberLabels.h"

#include <QCollator>
#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace CampDesk {

namespace {

QString joined(const QStringList &parts)
{
    QStringList present;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty() && !present.contains(part.trimmed()))
            present.append(part.trimmed());
    }
    return present.join(QStringLiteral(" · "));
}

} // namespace

QList<std::pair<qint64, QString>> MemberLabels::choices(const QList<RosterEntry> &roster)
{
    // Context beside every name (subgroup and city), the group nickname
    // where that is shared, and the member number only when all of it is.
    const auto level = [](const RosterEntry &entry, int detail) {
        QStringList parts {entry.person.displayName, entry.subgroup, entry.person.city};
        if (detail >= 1)
            parts.append(entry.membership.groupNickname);
        if (detail >= 2)
            parts.append(QCoreApplication::translate("MemberLabels", "member %1").arg(entry.person.id));
        return joined(parts);
    };
    QList<std::pair<qint64, QString>> labels;
    labels.reserve(roster.size());
    QList<int> detail(roster.size(), 0);
    for (int round = 0; round < 2; ++round) {
        QHash<QString, int> uses;
        for (qsizetype i = 0; i < roster.size(); ++i)
            ++uses[level(roster.at(i), detail.at(i))];
        bool shared = false;
        for (qsizetype i = 0; i < roster.size(); ++i) {
            if (uses.value(level(roster.at(i), detail.at(i))) > 1) {
                ++detail[i];
                shared = true;
            }
        }
        if (!shared)
            break;
    }
    for (qsizetype i = 0; i < roster.size(); ++i)
        labels.append({roster.at(i).person.id, level(roster.at(i), detail.at(i))});
    QCollator collator {QLocale()};
    collator.setNumericMode(true);
    std::stable_sort(labels.begin(), labels.end(),
                     [&collator](const auto &a, const auto &b) { return collator.compare(a.second, b.second) < 0; });
    return labels;
}

} // namespace CampDesk
