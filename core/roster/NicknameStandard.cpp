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

QHash<QString, QString> NicknameStandard::fields(const QString &pattern, const QString &nickname)
{
    // The pattern as placeholders and the literal text between them.
    static const QRegularExpression placeholder(QStringLiteral("\\{[a-z]+\\}"));
    QStringList names;
    QStringList literals; // literals[i] comes before names[i]; one more after the last
    qsizetype from = 0;
    for (auto it = placeholder.globalMatch(pattern); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        literals.append(pattern.mid(from, match.capturedStart() - from));
        names.append(match.captured());
        from = match.capturedEnd();
    }
    literals.append(pattern.mid(from));
    if (names.isEmpty())
        return {};
    const QString text = nickname.trimmed();
    if (!text.startsWith(literals.first()) || !text.endsWith(literals.last()))
        return {};
    QHash<QString, QString> values;
    qsizetype at = literals.first().size();
    const qsizetype end = text.size() - literals.last().size();
    for (qsizetype i = 0; i < names.size(); ++i) {
        qsizetype next = end;
        if (i + 1 < names.size()) {
            next = literals.at(i + 1).isEmpty() ? -1 : text.indexOf(literals.at(i + 1), at);
            if (next < 0 || next > end)
                return {};
        }
        const QString value = text.mid(at, next - at).trimmed();
        if (value.isEmpty())
            return {};
        values.insert(names.at(i), value);
        at = next + (i + 1 < names.size() ? literals.at(i + 1).size() : 0);
    }
    return values;
}

} // namespace CampDesk
