#pragma once

#include "cli/Command.h"

#include <QDate>

namespace CampDesk {

// plan: sets a camp's dates from a template and adds the template's
// activities.
class PlanCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    PlanCommand();

private:
    QList<QCommandLineOption> options() const override;
    Outcome<void> prepare(const QCommandLineParser &parser) override;
    Outcome<void> run(Context &context) override;

    const QCommandLineOption m_template;
    const QCommandLineOption m_firstDay;
    const QCommandLineOption m_days;
    const QCommandLineOption m_prepDays;
    const QCommandLineOption m_without;
    const QCommandLineOption m_language;
    QDate m_first;
    int m_courseDays = 0;
    QString m_lang;
};

} // namespace CampDesk
