#pragma once

#include "core/Error.h"
#include "core/capture/ChatMessage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace CampDesk {

// A conversation of a file that holds several (a Telegram whole-account
// export, a QQ “全部消息记录” export).
struct ChatCandidate final {
    QString name;
    int messages = -1; // -1: the format does not tell before it is read
};

// CampDesk imports one conversation into a camp. Which one, when a file holds
// several, is the operator's choice: choosing the biggest or the first for
// them would put another group's people into the camp's figures.
class ChatChoice final {
    Q_DECLARE_TR_FUNCTIONS(ChatChoice)

public:
    // The candidate at `options.chatPlace` (1-based, as listed), or named
    // `options.chat` ("#N": the Nth as listed, when no chat has that name),
    // or the only one when nothing is wanted. Refused, the candidates' names
    // in Error::choices, when several are there and none is wanted, or when
    // what is wanted is none of them or more than one.
    [[nodiscard]] static Result<qsizetype> choose(const QList<ChatCandidate> &candidates, const ParseOptions &options);

private:
    static QString listed(const QList<ChatCandidate> &candidates);
    static std::unexpected<Error> refuse(QString message, const QList<ChatCandidate> &candidates);
};

} // namespace CampDesk
