#pragma once

#include "cli/Command.h"
#include "core/speech/SpeechTemplate.h"

#include <QTime>

namespace CampDesk {

// speech render ID: a speech template with its placeholders filled for a camp
// and day. speech next CATEGORY: the line of the category the crew's
// rotation gives next that day (one not copied yet that day by anyone),
// filled the same way and recorded as copied, as the quick palette does.
class SpeechRenderCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Mode { Render, Next };
    explicit SpeechRenderCommand(Mode mode = Mode::Render);

private:
    // Every category's key, as the command line takes them.
    static QString categoryKeys();
    QList<QCommandLineOption> options() const override;
    QString wrongArgumentCount() const override;
    Outcome<void> checkArgument(const QString &argument) override;
    Outcome<void> prepare(const QCommandLineParser &parser) override;
    Outcome<void> run(Context &context) override;

    // Before the options: the constructor sets it first.
    Mode m_mode;
    const QCommandLineOption m_day;
    const QCommandLineOption m_time;
    const QCommandLineOption m_member;
    const QCommandLineOption m_staff;
    const QCommandLineOption m_subgroup;
    const QCommandLineOption m_record;
    qint64 m_templateId = 0;
    SpeechCategory m_category = SpeechCategory::Custom;
    int m_courseDay = 0;
    QTime m_at;
};

} // namespace CampDesk
