#pragma once

#include "cli/Command.h"

#include <QTime>

namespace CampDesk {

// speech render ID: a speech template with its placeholders filled for a camp
// and day.
class SpeechRenderCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    SpeechRenderCommand();

private:
    QList<QCommandLineOption> options() const override;
    QString wrongArgumentCount() const override;
    Outcome<void> checkArgument(const QString &argument) override;
    Outcome<void> prepare(const QCommandLineParser &parser) override;
    Outcome<void> run(Context &context) override;

    const QCommandLineOption m_day;
    const QCommandLineOption m_time;
    const QCommandLineOption m_member;
    const QCommandLineOption m_staff;
    const QCommandLineOption m_subgroup;
    const QCommandLineOption m_record;
    qint64 m_templateId = 0;
    int m_courseDay = 0;
    QTime m_at;
};

} // namespace CampDesk
