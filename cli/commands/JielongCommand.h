#pragma once

#include "cli/Command.h"
#include "core/capture/JielongMatcher.h"

#include <QByteArray>
#include <QDate>
#include <QHash>

namespace CampDesk {

// jielong FILE|-: a pasted 接龙 list recorded as check-ins of a course day.
class JielongCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    JielongCommand();

private:
    QList<QCommandLineOption> options() const override;
    Outcome<void> prepare(const QCommandLineParser &parser) override;
    Outcome<void> run(Context &context) override;
    void printSummary(QTextStream &out, const QString &name, QDate date, const QList<JielongMatch> &matches,
                      const QHash<qint64, QString> &names, const JielongRecordResult &recorded, int accepted) const;
    // The entries that name no member exactly, and whom they may mean.
    static void printUnmatched(QTextStream &out, const QString &name, const QList<JielongMatch> &matches,
                               const QHash<qint64, QString> &names);

    const QCommandLineOption m_day;
    const QCommandLineOption m_activity;
    const QCommandLineOption m_accept;
    int m_dayNumber = 0;
    qint64 m_activityId = 0;
    // The list, read before the workspace opens.
    QByteArray m_bytes;
};

} // namespace CampDesk
