#pragma once

#include "cli/Command.h"
#include "demo/ChatGenerator.h"

namespace CampDesk {

// generate: a deterministic chat export or roster for benchmarks, or
// deterministic activities added to a camp's plan.
class GenerateCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    GenerateCommand();

private:
    QList<QCommandLineOption> options() const override;
    Outcome<void> prepare(const QCommandLineParser &parser) override;
    Outcome<void> run(Context &context) override;
    Outcome<void> addActivities(Context &context);
    Outcome<void> writeFile(Context &context);

    const QCommandLineOption m_format;
    const QCommandLineOption m_members;
    const QCommandLineOption m_days;
    const QCommandLineOption m_messages;
    const QCommandLineOption m_activities;
    const QCommandLineOption m_firstDay;
    const QCommandLineOption m_seed;
    const QCommandLineOption m_output;
    QString m_kind;
    ChatGeneratorOptions m_options;
    int m_activityCount = 0;
};

} // namespace CampDesk
