#pragma once

#include "cli/Command.h"
#include "core/capture/ChatImporter.h"

#include <QTimeZone>

namespace CampDesk {

// import FILE: a chat export into a camp, in one transaction.
class ChatImportCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    ChatImportCommand();

private:
    QList<QCommandLineOption> options() const override;
    Outcome<void> prepare(const QCommandLineParser &parser) override;
    Outcome<void> run(Context &context) override;
    static void printSummary(QTextStream &out, const ChatImportSummary &summary, const QTimeZone &zone,
                             const QHash<qint64, QString> &names);
    static void printOutsideStay(QTextStream &out, const QList<MemberDayRef> &checkIns,
                                 const QHash<qint64, QString> &names);

    const QStringList m_formatKeys;
    const QCommandLineOption m_format;
    const QCommandLineOption m_encoding;
    const QCommandLineOption m_dateOrder;
    const QCommandLineOption m_chat;
    const QCommandLineOption m_createMembers;
    const QCommandLineOption m_acceptSuggestions;
    ChatImportOptions m_options;
};

} // namespace CampDesk
