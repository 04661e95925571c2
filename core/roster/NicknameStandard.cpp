#include "roster/NicknameStandard.h"

#include "search/TextMatcher.h"

#include <QRegularExpression>

namespace CampDesk {

QStringList NicknameStandard::placeholders()
{
    return {QStringLiteral("{subgroup}"), QStringLiteral("{nickname}"), QStringLiteral("{city}"),
            QStringLiteral("{occupation}"), QStringLiteral("{title}")};
}

QString NicknameStandard::expected(const QString &pattern, const RosterEntry &entry)
{
    QString result = pattern;
    result.replace(QStringLiteral("{subgroup}"), entry.subgroup);
    result.replace(QStringLiteral("{nickname}"), entry.person.displayName);
    result.replace(QStringLiteral("{city}"), entry.person.city);
    result.replace(QStringLiteral("{occupation}"), entry.person.occupation);
    result.replace(QStringLiteral("{title}"), entry.membership.title);
    // A missing part leaves two separators together or one at an end.
    static const QRegularExpression doubled(QStringLiteral("([-_|｜·\\s])\\1+"));
    result.replace(doubled, QStringLiteral("\\1"));
    static const QRegularExpression ends(QStringLiteral("^[-_|｜·\\s]+|[-_|｜·\\s]+$"));
    result.remove(ends);
    return result;
}

bool NicknameStandard::follows(const QString &pattern, const RosterEntry &entry)
{
    if (pattern.trimmed().isEmpty())
        return true;
    return TextMatcher::fold(entry.membership.groupNickname).trimmed()
        == TextMatcher::fold(expected(pattern, entry)).trimmed();
}

} // namespace CampDesk
