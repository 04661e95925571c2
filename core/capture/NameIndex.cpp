#include "core/capture/NameIndex.h"

#include "core/search/TextMatcher.h"

#include <QRegularExpression>

namespace CampDesk {

namespace {

bool isOpening(QChar c)
{
    return c == u'(' || c == u'[' || c == u'{' || c == u'<' || c == u'（' || c == u'【' || c == u'［' || c == u'《'
        || c == u'「' || c == u'『' || c == u'〔' || c == u'〈';
}

bool isClosing(QChar c)
{
    return c == u')' || c == u']' || c == u'}' || c == u'>' || c == u'）' || c == u'】' || c == u'］' || c == u'》'
        || c == u'」' || c == u'』' || c == u'〕' || c == u'〉';
}

// Remarks in brackets are not part of a name ("林晓雨（杭州）", "【管理员】老王");
// an unbalanced bracket only loses itself.
QString withoutBrackets(QStringView name)
{
    QString out;
    out.reserve(name.size());
    int depth = 0;
    for (QChar c : name) {
        if (isOpening(c)) {
            ++depth;
        } else if (isClosing(c)) {
            depth = std::max(0, depth - 1);
        } else if (depth == 0) {
            out.append(c);
        }
    }
    // "Summernmz（雪涛)B组" style leftovers aside, a name that was all bracket
    // (someone typed only "【老王】") keeps its content.
    if (out.trimmed().isEmpty()) {
        for (QChar c : name) {
            if (!isOpening(c) && !isClosing(c))
                out.append(c);
        }
    }
    return out;
}

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u'-' || c == u'_' || c == u'|' || c == u'·' || c == u'/' || c == u'、' || c == u','
        || c == u'，' || c == u'~' || c == u'～' || c == u'—' || c == u'–' || c == u'.' || c == u'。' || c == u'+'
        || c == u'＋' || c == u'丨' || c == u'｜' || c == u':' || c == u'：';
}

// Subgroup markers operators put before or after names: "A组", "第3组",
// "3队", "红队".
const QRegularExpression &subgroupMarker()
{
    static const QRegularExpression marker(
        QStringLiteral("^(第?[0-9a-z一二三四五六七八九十红橙黄绿蓝紫]{1,3}[组組队隊班])|([0-9a-z一二三四五六七八九十]{"
                       "1,3}[组組队隊班])$"));
    return marker;
}

QString foldKeepingLetters(QStringView text)
{
    const QString folded = text.toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(folded.size());
    for (QChar c : folded) {
        // Letters and digits only: emoji, punctuation and spaces go.
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

QString pinyinInitials(const QString &folded)
{
    QString initials;
    for (QChar c : folded) {
        const QChar initial = TextMatcher::pinyinInitial(c);
        if (initial.isNull())
            return {};
        initials.append(initial);
    }
    return initials;
}

bool isAsciiLetters(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() > 0x7f || !c.isLetter())
            return false;
    }
    return !text.isEmpty();
}

// A three-character Chinese name: a one-character family name and a
// two-character given name.
bool isChineseName(const QString &folded)
{
    if (folded.size() != 3)
        return false;
    for (QChar c : folded) {
        if (c.unicode() < 0x4e00 || c.unicode() > 0x9fff)
            return false;
    }
    return true;
}

} // namespace

QString NameIndex::normalize(QStringView name)
{
    return foldKeepingLetters(withoutBrackets(name));
}

QStringList NameIndex::keys(QStringView name)
{
    QStringList keys;
    const QString whole = normalize(name);
    if (whole.isEmpty())
        return keys;
    keys.append(whole);
    const auto addKey = [&keys](const QString &key) {
        if (key.size() >= 2 && !keys.contains(key))
            keys.append(key);
    };
    addKey(QString(whole).remove(subgroupMarker()));
    const QString plain = withoutBrackets(name).normalized(QString::NormalizationForm_KC);
    QString part;
    const auto flush = [&] {
        const QString folded = foldKeepingLetters(part);
        const QString bare = QString(folded).remove(subgroupMarker());
        // A part that is only a subgroup marker ("A组") names a group, not a person.
        if (!bare.isEmpty())
            addKey(folded);
        addKey(bare);
        part.clear();
    };
    for (QChar c : plain) {
        if (isSeparator(c))
            flush();
        else
            part.append(c);
    }
    flush();
    return keys;
}

void NameIndex::insert(QHash<QString, QList<qint64>> &map, const QString &key, qint64 personId)
{
    if (key.isEmpty())
        return;
    QList<qint64> &ids = map[key];
    if (!ids.contains(personId))
        ids.append(personId);
}

QStringList NameIndex::folded(const QStringList &names)
{
    QStringList keys;
    for (const QString &name : names) {
        if (const QString key = normalize(name); !key.isEmpty())
            keys.append(key);
    }
    return keys;
}

void NameIndex::addMember(qint64 personId, const QStringList &names, const QStringList &placeParts)
{
    const QStringList places = folded(placeParts);
    for (const QString &name : names) {
        const QStringList nameKeys = keys(name);
        if (nameKeys.isEmpty())
            continue;
        const QString &whole = nameKeys.first();
        insert(m_full, whole, personId);
        for (qsizetype i = 1; i < nameKeys.size(); ++i) {
            if (!places.contains(nameKeys.at(i)))
                insert(m_parts, nameKeys.at(i), personId);
        }
        for (const QString &key : nameKeys)
            insert(m_initials, pinyinInitials(key), personId);
        // Members often sign with the given name alone: 浩然 for 陈浩然.
        if (isChineseName(whole))
            insert(m_given, whole.mid(1), personId);
        if (const QString bare = withoutDigits(whole); bare.size() >= 2 && bare != whole)
            insert(m_noDigits, bare, personId);
        if (whole.size() >= 4) {
            insert(m_deletions, whole, personId);
            for (const QString &shorter : deletions(whole))
                insert(m_deletions, shorter, personId);
        }
    }
}

QList<NameIndex::Suggestion> NameIndex::suggestions(QStringView name, const QStringList &placeParts) const
{
    const QStringList places = folded(placeParts);
    QList<Suggestion> found;
    const auto add = [&found](const QList<qint64> &ids, Reason reason) {
        for (qint64 id : ids) {
            const bool known = std::any_of(found.cbegin(), found.cend(),
                                           [id](const Suggestion &suggestion) { return suggestion.personId == id; });
            if (!known)
                found.append({id, reason});
        }
    };
    const QStringList nameKeys = keys(name);
    if (nameKeys.isEmpty())
        return found;
    const QString &whole = nameKeys.first();
    add(m_full.value(whole), Reason::FoldedName);
    if (const QString bare = withoutDigits(whole); bare.size() >= 2) {
        add(m_noDigits.value(bare), Reason::WithoutDigits);
        add(m_full.value(bare), Reason::WithoutDigits);
    }
    if (whole.size() >= 3) {
        // A letter added (the name one shorter is a member's), dropped (the
        // member's one shorter is the name) or changed (both one shorter).
        add(m_deletions.value(whole), Reason::Spelling);
        for (const QString &shorter : deletions(whole)) {
            if (shorter.size() >= 3)
                add(m_deletions.value(shorter), Reason::Spelling);
        }
    }
    for (qsizetype i = 1; i < nameKeys.size(); ++i) {
        if (!places.contains(nameKeys.at(i)))
            add(m_full.value(nameKeys.at(i)), Reason::NicknamePart);
    }
    for (const QString &key : nameKeys) {
        if (!places.contains(key))
            add(m_parts.value(key), Reason::NicknamePart);
    }
    for (const QString &key : nameKeys)
        add(m_given.value(key), Reason::GivenName);
    if (isAsciiLetters(whole) && whole.size() >= 2)
        add(m_initials.value(whole), Reason::PinyinInitials);
    return found;
}

QString NameIndex::withoutDigits(const QString &folded)
{
    QString out;
    out.reserve(folded.size());
    for (QChar c : folded) {
        if (!c.isDigit())
            out.append(c);
    }
    return out;
}

QStringList NameIndex::deletions(const QString &folded)
{
    QStringList shorter;
    shorter.reserve(folded.size());
    for (qsizetype i = 0; i < folded.size(); ++i) {
        QString one = folded;
        one.remove(i, 1);
        if (!shorter.contains(one))
            shorter.append(one);
    }
    return shorter;
}

} // namespace CampDesk
