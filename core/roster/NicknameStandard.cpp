#include "core/roster/NicknameStandard.h"

#include "core/search/TextMatcher.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace CampDesk {

namespace {

// Placeholder names as the interface language writes them, one word each,
// no braces.
QString displayName(const QString &placeholder)
{
    if (placeholder == QLatin1String("{subgroup}"))
        return QCoreApplication::translate("NicknameStandard", "subgroup", "nickname pattern placeholder");
    if (placeholder == QLatin1String("{nickname}"))
        return QCoreApplication::translate("NicknameStandard", "nickname", "nickname pattern placeholder");
    if (placeholder == QLatin1String("{city}"))
        return QCoreApplication::translate("NicknameStandard", "city", "nickname pattern placeholder");
    if (placeholder == QLatin1String("{occupation}"))
        return QCoreApplication::translate("NicknameStandard", "occupation", "nickname pattern placeholder");
    return QCoreApplication::translate("NicknameStandard", "title", "nickname pattern placeholder");
}

QString braced(const QString &name)
{
    return QLatin1Char('{') + name + QLatin1Char('}');
}

} // namespace

QStringList NicknameStandard::placeholders()
{
    return {QStringLiteral("{subgroup}"), QStringLiteral("{nickname}"), QStringLiteral("{city}"),
            QStringLiteral("{occupation}"), QStringLiteral("{title}")};
}

QString NicknameStandard::toDisplay(const QString &pattern)
{
    QString result = pattern;
    for (const QString &placeholder : placeholders())
        result.replace(placeholder, braced(displayName(placeholder)));
    return result;
}

QString NicknameStandard::fromDisplay(const QString &text)
{
    QString result = text.trimmed();
    result.replace(QChar(0xFF5B), QLatin1Char('{')).replace(QChar(0xFF5D), QLatin1Char('}'));
    for (const QString &placeholder : placeholders())
        result.replace(braced(displayName(placeholder)), placeholder, Qt::CaseInsensitive);
    return result;
}

QString NicknameStandard::displayPlaceholders()
{
    QStringList names;
    for (const QString &placeholder : placeholders())
        names.append(braced(displayName(placeholder)));
    return names.join(QLatin1Char(' '));
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
