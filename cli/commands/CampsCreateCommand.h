#pragma once

#include "cli/Command.h"

namespace CampDesk {

// camps create: a new camp (and the workspace, when there is none yet).
class CampsCreateCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CampsCreateCommand();

private:
    QList<QCommandLineOption> options() const override;
    Outcome<void> prepare(const QCommandLineParser &parser) override;
    Outcome<void> run(Context &context) override;

    const QCommandLineOption m_name;
    const QCommandLineOption m_courseStart;
    const QCommandLineOption m_courseEnd;
    const QCommandLineOption m_prepDays;
    const QCommandLineOption m_activeRate;
    const QCommandLineOption m_timeZone;
    // The camp the options describe, checked before the workspace opens.
    Camp m_camp;
};

} // namespace CampDesk
