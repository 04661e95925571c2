#pragma once

#include "cli/Command.h"

namespace CampDesk {

// camps edit: changes a camp's name, theme, dates or goals.
class CampsEditCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CampsEditCommand();

private:
    QList<QCommandLineOption> options() const override;
    Outcome<void> run(Context &context) override;
    Outcome<void> applyTo(const QCommandLineParser &parser, Camp &camp) const;

    const QCommandLineOption m_name;
    const QCommandLineOption m_theme;
    const QCommandLineOption m_courseStart;
    const QCommandLineOption m_courseEnd;
    const QCommandLineOption m_preparationStart;
    const QCommandLineOption m_wrapUpEnd;
    const QCommandLineOption m_targetMembers;
    const QCommandLineOption m_activeRate;
    const QCommandLineOption m_checkinRate;
    const QCommandLineOption m_timeZone;
};

} // namespace CampDesk
