#include "core/capture/ChatChoice.h"

#include <QLocale>
#include <QStringList>

namespace CampDesk {

Result<qsizetype> ChatChoice::choose(const QList<ChatCandidate> &candidates, const ParseOptions &options)
{
    if (options.chatPlace > 0) {
        if (options.chatPlace <= candidates.size())
            return options.chatPlace - 1;
        return refuse(tr("The file holds no chat #%1. It holds: %2.").arg(options.chatPlace).arg(listed(candidates)),
                      candidates);
    }
    const QString name = options.chat.trimmed();
    if (name.isEmpty()) {
        if (candidates.size() == 1)
            return 0;
        return refuse(tr("The file holds %n chat(s): %1. CampDesk imports one chat into a camp; choose the one "
                         "to import.",
                         nullptr, int(candidates.size()))
                          .arg(listed(candidates)),
                      candidates);
    }
    qsizetype found = -1;
    int named = 0;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        if (candidates.at(i).name.trimmed() == name) {
            found = i;
            ++named;
        }
    }
    if (named == 1)
        return found;
    // "#2": the second as listed, for chats of one name (this season's group
    // and last season's) and for the wizard, which chooses by place.
    if (named == 0 && name.startsWith(u'#')) {
        bool number = false;
        const qsizetype place = name.mid(1).toLongLong(&number);
        if (number && place >= 1 && place <= candidates.size())
            return place - 1;
    }
    if (named > 1) {
        return refuse(
            tr("%n chat(s) of the file are named “%1”; choose one by its place in the list: %2.", nullptr, named)
                .arg(name, listed(candidates)),
            candidates);
    }
    return refuse(tr("The file holds no chat named “%1”. It holds: %2.").arg(name, listed(candidates)), candidates);
}

QString ChatChoice::listed(const QList<ChatCandidate> &candidates)
{
    QStringList names;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const ChatCandidate &candidate = candidates.at(i);
        const QString name = candidate.name.isEmpty() ? tr("(no name)") : candidate.name;
        if (candidate.messages < 0)
            names.append(tr("#%1 “%2”").arg(i + 1).arg(name));
        else
            names.append(tr("#%1 “%2” (%n message(s))", nullptr, candidate.messages).arg(i + 1).arg(name));
    }
    return names.join(tr(", "));
}

std::unexpected<Error> ChatChoice::refuse(QString message, const QList<ChatCandidate> &candidates)
{
    Error error {std::move(message)};
    for (const ChatCandidate &candidate : candidates)
        error.choices.append(candidate.name);
    return std::unexpected(std::move(error));
}

} // namespace CampDesk
