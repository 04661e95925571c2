#pragma once

#include "cli/Command.h"

namespace CampDesk {

// history: a team workspace's record of changes, oldest first, for one camp
// or the whole workspace, filtered by operator, table and time.
class HistoryCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    HistoryCommand();

private:
    QList<QCommandLineOption> options() const override;
    Outcome<void> prepare(const QCommandLineParser &parser) override;
    Outcome<void> run(Context &context) override;

    QCommandLineOption m_who;
    QCommandLineOption m_what;
    QCommandLineOption m_since;
    QCommandLineOption m_last;
    QDateTime m_from;
    int m_newest = 0;
};

} // namespace CampDesk
