#pragma once

#include "cli/Command.h"
#include "core/speech/SpeechTemplate.h"

#include <optional>

namespace CampDesk {

// speech list: the speech library, for every camp and, with --camp, that
// camp's.
class SpeechListCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    SpeechListCommand();

private:
    QList<QCommandLineOption> options() const override;
    Outcome<void> prepare(const QCommandLineParser &parser) override;
    Outcome<void> run(Context &context) override;

    const QCommandLineOption m_category;
    const QCommandLineOption m_search;
    std::optional<SpeechCategory> m_only;
};

} // namespace CampDesk
