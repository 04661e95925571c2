#include "core/speech/SpeechChecker.h"

namespace CampDesk {

QStringList SpeechChecker::check(const QString &text, SpeechCategory category, const SpeechLimits &limits,
                                 const QStringList &watchWords)
{
    QStringList warnings;
    const QStringList lines = text.split(u'\n');
    if (lines.size() > limits.maxLines)
        warnings << tr("%1 lines: more than one phone screen (%2 lines).").arg(lines.size()).arg(limits.maxLines);
    // Characters as people count them: a Chinese character or an emoji is one.
    const qsizetype characters = text.toUcs4().size();
    if (characters > limits.maxCharacters)
        warnings << tr("%1 characters: more than one phone screen (%2).").arg(characters).arg(limits.maxCharacters);
    if (category == SpeechCategory::DailyAnnouncement) {
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (!lines.at(i - 1).trimmed().isEmpty() && !lines.at(i).trimmed().isEmpty()) {
                warnings << tr("Lines %1 and %2 need a blank line between them: announcements keep paragraphs apart.")
                                .arg(i)
                                .arg(i + 1);
                break;
            }
        }
    }
    for (const QString &word : watchWords) {
        if (!word.trimmed().isEmpty() && text.contains(word.trimmed(), Qt::CaseInsensitive))
            warnings << tr("Contains “%1” from the camp's watch list.").arg(word.trimmed());
    }
    return warnings;
}

} // namespace CampDesk
