#pragma once

#include "cli/Command.h"
#include "core/team/Team.h"

namespace CampDesk {

// team add LOGIN and team set-role LOGIN: an operator's role, camps and
// staff person. A login new to the server gets a password, asked for on a
// terminal or read from standard input's first line, never from the
// command line.
class TeamChangeCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Mode { Add, SetRole };
    explicit TeamChangeCommand(Mode mode);

private:
    QList<QCommandLineOption> options() const override;
    Outcome<void> prepare(const QCommandLineParser &parser) override;
    Outcome<void> run(Context &context) override;
    Outcome<qint64> personId(Workspace &workspace, const QString &text) const;

    Mode m_mode;
    const QCommandLineOption m_role;
    const QCommandLineOption m_camps;
    const QCommandLineOption m_person;
    Operator m_operator;
};

} // namespace CampDesk
